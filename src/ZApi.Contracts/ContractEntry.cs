using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace ZApi.Contracts;

/// <summary>
/// What one call of a generated method came to: a failure's status, documented hint and message
/// (from <c>ZApiException</c>), or the success body the client read, written back as JSON.
/// </summary>
public readonly record struct ContractOutcome(bool Failed, int StatusCode, string? Hint, string? Json, string? Message);

/// <summary>
/// How the harness calls one generated method: the shape of each value of the generated
/// <c>ZApiContractEntries.All</c> (emitted when the consumer sets <c>ZApiContracts</c> to true).
/// Arguments: the HTTP client (pointed at the stub), the token to send, the path and query values (a
/// JSON object of strings, by parameter name), the request body (JSON, or null), a cancellation token.
/// </summary>
public delegate Task<ContractOutcome> ContractEntry(
    HttpClient http, string token, string? parametersJson, string? requestJson, CancellationToken cancellationToken);

/// <summary>Adapts the generated <c>ZApiContractEntries.All</c>, whose values are plain <see cref="Func{T1, T2, T3, T4, T5, TResult}"/>s.</summary>
public static class ContractEntries
{
    /// <summary>One generated entry as a <see cref="ContractEntry"/>.</summary>
    public static ContractEntry From(GeneratedContractEntry entry)
    {
        if (entry is null)
        {
            throw new ArgumentNullException(nameof(entry));
        }

        return async (http, token, parameters, request, cancellationToken) =>
        {
            (bool failed, int status, string? hint, string? json, string? message) = await entry(http, token, parameters, request, cancellationToken).ConfigureAwait(false);
            return new ContractOutcome(failed, status, hint, json, message);
        };
    }

    /// <summary>The generated entries by spec id, adapted; null for an id the client does not have.</summary>
    internal static Func<string, ContractEntry?> Lookup(IReadOnlyDictionary<string, GeneratedContractEntry> generated)
    {
        if (generated is null)
        {
            throw new ArgumentNullException(nameof(generated));
        }

        return id => generated.TryGetValue(id, out var entry) ? From(entry) : null;
    }
}
