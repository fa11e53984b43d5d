using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace ZApi.Contracts;

/// <summary>
/// How the harness calls one generated method: the shape of each value of the generated
/// <c>ZApiContractEntries.All</c> (emitted when the consumer sets <c>ZApiContracts</c> to true).
/// Arguments: the HTTP client (pointed at the stub), the token to send, the documented request
/// example (JSON, or null), a cancellation token. The outcome is either a failure's status and
/// hint (from <c>ZApiException</c>) or the success body the client read, written back as JSON.
/// </summary>
public delegate Task<(bool Failed, int StatusCode, string? Hint, string? Json)> ContractEntry(
    HttpClient http, string token, string? requestJson, CancellationToken cancellationToken);

/// <summary>Adapts the generated dictionary's <see cref="Func{T1, T2, T3, T4, TResult}"/> values.</summary>
public static class ContractEntries
{
    public static ContractEntry From(Func<HttpClient, string, string?, CancellationToken, Task<(bool Failed, int StatusCode, string? Hint, string? Json)>> entry) =>
        new(entry);
}
