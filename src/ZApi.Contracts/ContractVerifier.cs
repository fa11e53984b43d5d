using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;

namespace ZApi.Contracts;

/// <summary>
/// Runs contract cases: stubs the documented response on a loopback WireMock.Net server, calls the
/// generated method with the documented request example, and checks the request it sent and what
/// it read against the spec. One verifier serves many cases, one at a time.
/// </summary>
public sealed partial class ContractVerifier : IDisposable
{
    /// <summary>The token the harness sends; a credential check compares the header with it.</summary>
    public const string Token = "contract-test-token";

    private static readonly Lazy<ContractVerifier> SharedVerifier = new(() => new ContractVerifier(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>
    /// One verifier (one loopback server) for the whole test run, started on first use: what a test
    /// class of any framework uses without a fixture. Cases run one at a time on it.
    /// </summary>
    public static ContractVerifier Shared => SharedVerifier.Value;

    /// <summary>
    /// Verifies a case from <see cref="ContractCases"/> with the generated entries, as they come:
    /// <c>VerifyAsync(contract, ZApiContractEntries.All)</c>.
    /// </summary>
    public Task VerifyAsync(
        ContractCase contractCase,
        IReadOnlyDictionary<string, GeneratedContractEntry> generatedEntries,
        CancellationToken cancellationToken = default) =>
        VerifyAsync(contractCase, ContractEntries.Lookup(generatedEntries), cancellationToken);

    /// <summary>Verifies a case from <see cref="ContractCases"/> with the given entries.</summary>
    public Task VerifyAsync(ContractCase contractCase, IReadOnlyDictionary<string, ContractEntry> entries, CancellationToken cancellationToken = default) =>
        VerifyAsync(contractCase, name => entries.TryGetValue(name, out ContractEntry? entry) ? entry : null, cancellationToken);

    private Task VerifyAsync(ContractCase contractCase, Func<string, ContractEntry?> findEntry, CancellationToken cancellationToken)
    {
        if (contractCase is null)
        {
            throw new ArgumentNullException(nameof(contractCase));
        }

        SpecParseResult parsed = contractCase.SpecText is { } text ? SpecParser.Parse(contractCase.SpecPath, text) : SpecParser.ParseFile(contractCase.SpecPath);
        if (parsed.Spec is null)
        {
            throw new ContractViolationException($"{contractCase.SpecPath}: the spec has errors, so no contract can be checked:\n{string.Join("\n", parsed.Errors)}");
        }

        ContractEntry? entry = findEntry(parsed.Spec.Id);
        if (entry is null)
        {
            throw new ContractViolationException($"{contractCase} ({contractCase.SpecPath}): the generated client has no entry for '{parsed.Spec.Id}'. Is ZApiContracts true and the spec among the AdditionalFiles?");
        }

        return VerifyAsync(parsed.Spec, contractCase.StatusCode, entry, cancellationToken);
    }

    /// <summary>Verifies one documented status of <paramref name="spec"/> against <paramref name="entry"/>, once per documented example.</summary>
    public async Task VerifyAsync(Spec spec, int statusCode, ContractEntry entry, CancellationToken cancellationToken = default)
    {
        ResponseSpec response = spec.Responses.FirstOrDefault(r => r.StatusCode == statusCode)
            ?? throw new ArgumentException($"{spec.Id} documents no status {statusCode}.", nameof(statusCode));
        var failures = new ContractFailures(spec, statusCode);
        IReadOnlyList<SpecExample?> examples = response.Examples.IsEmpty ? new SpecExample?[] { null } : response.Examples.ToArray();
        IReadOnlyList<SpecExample?> requests = spec.Request.Examples.IsEmpty ? new SpecExample?[] { null } : spec.Request.Examples.ToArray();

        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Every documented request example, each against every documented response example of the status.
            for (int r = 0; r < requests.Count; r++)
            {
                for (int i = 0; i < examples.Count; i++)
                {
                    failures.Example = examples.Count > 1 ? i + 1 : null;
                    failures.RequestExample = requests.Count > 1 ? r + 1 : null;
                    _server.Reset();
                    Stub(response, examples[i]);

                    using var http = new HttpClient { BaseAddress = new Uri(_server.Url! + "/"), Timeout = TimeSpan.FromSeconds(30) };
                    ContractOutcome outcome = await entry(http, Token, ParameterJson.Documented(spec), requests[r]?.Json, cancellationToken).ConfigureAwait(false);

                    CheckRequest(spec, requests[r], failures);
                    if (response.IsSuccess)
                    {
                        CheckSuccess(spec, response, examples[i], outcome, failures);
                    }
                    else
                    {
                        CheckError(response, outcome, failures);
                    }
                }
            }
        }
        finally
        {
            _oneAtATime.Release();
        }

        failures.ThrowIfAny();
    }

    private void Stub(ResponseSpec response, SpecExample? example)
    {
        IResponseBuilder answer = Response.Create().WithStatusCode(response.StatusCode);
        if (example is not null)
        {
            answer = answer.WithBody(example.Json).WithHeader("Content-Type", response.Content == ResponseContent.Json ? "application/json" : "text/plain; charset=utf-8");
        }
        else if (!response.IsSuccess && response.Hint is not null)
        {
            answer = answer.WithBody(response.Hint).WithHeader("Content-Type", "text/plain; charset=utf-8");
        }
        else if (response.IsSuccess && response.Content == ResponseContent.Json)
        {
            // No documented example: the smallest body of the documented shape, so the case still
            // proves the client reads a success that carries none of the optional members.
            answer = answer.WithBody(response.HasArrayBody ? "[]" : "{}").WithHeader("Content-Type", "application/json");
        }

        // Any path and method: the checks below say precisely what differs, instead of a bare 404.
        _server.Given(Request.Create().WithPath("/*").UsingAnyMethod()).RespondWith(answer);
    }

    private void CheckRequest(Spec spec, SpecExample? requestExample, ContractFailures failures)
    {
        if (ContractChecks.OneRequest(_server.LogEntries, spec.Method, failures) is not { } request)
        {
            return;
        }

        string expectedPath = ParameterValues.ContractPath(spec);
        if (!ContractChecks.SameSegments(expectedPath.Split('/'), request.Path.Split('/')))
        {
            failures.Add("route", expectedPath, request.Path);
        }

        ContractChecks.Query(ExpectedQuery(spec), request, (name, value) => AsDocumented(spec, name, value), failures);
        ContractChecks.Credential(spec, request, spec.Credentials == Credentials.PartnerToken ? "Bearer " + Token : Token, failures);
        string? body = ContractChecks.Body(request);
        bool bodySent = spec.Request.HasBody && (!spec.Request.IsBodyOptional || requestExample is not null);
        if (bodySent)
        {
            string? contentType = ContractChecks.Header(request, "Content-Type");
            if (contentType is null || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            {
                failures.Add("Content-Type", "application/json", contentType ?? "(missing)");
            }
        }

        if (!bodySent && !string.IsNullOrEmpty(body))
        {
            failures.Add("request body", "(none)", body);
        }

        if (requestExample is not null)
        {
            JsonNode? expected = JsonNode.Parse(requestExample.Json);
            JsonNode? actual = ContractChecks.TryParse(body);
            if (!JsonNode.DeepEquals(expected, actual))
            {
                failures.Add("request body (JSON, member order ignored)", ContractChecks.Compact(expected), body ?? "(none)");
            }
        }
    }

    private static void CheckSuccess(Spec spec, ResponseSpec response, SpecExample? example, ContractOutcome outcome, ContractFailures failures)
    {
        if (outcome.Failed)
        {
            failures.Add("outcome", $"the documented {response.StatusCode} response read", $"ZApiException with status {outcome.StatusCode}: {outcome.Message}");
            return;
        }

        string? body = outcome.Json;

        if (example is null)
        {
            return;
        }

        if (response.Content == ResponseContent.Text)
        {
            if (body?.Trim() != example.Json.Trim())
            {
                failures.Add("response text", example.Json.Trim(), body ?? "(nothing)");
            }

            return;
        }

        if (response.Content != ResponseContent.Json)
        {
            return;
        }

        ContractChecks.ReadValues(spec, response, ContractChecks.TryParse(example.Json), ContractChecks.TryParse(body), failures);
    }

    private static void CheckError(ResponseSpec response, ContractOutcome outcome, ContractFailures failures)
    {
        if (ContractChecks.FailedWith(response.StatusCode, outcome, "error", failures) && outcome.Hint != response.Hint)
        {
            failures.Add("ZApiException.Hint", response.Hint ?? "(null)", outcome.Hint ?? "(null)");
        }
    }

    /// <summary>The documented query parameters with their example values.</summary>
    private static IEnumerable<KeyValuePair<string, string>> ExpectedQuery(Spec spec) => spec.Request.Query
        .Select(p => new KeyValuePair<string, string>(p.Name, ParameterValues.ForContract(p, spec)!))
        .Where(p => p.Value is not null);

    /// <summary>A sent value equal in its type to the documented one (the same instant of a date-time) is shown as documented.</summary>
    private static string AsDocumented(Spec spec, string name, string value)
    {
        SpecAttribute? parameter = spec.Request.Query.FirstOrDefault(p => p.Name == name);
        string? documented = parameter is null ? null : ParameterValues.ForContract(parameter, spec);
        if (parameter?.Type.Kind == AttributeType.DateTime && documented is not null && ContractChecks.SameInstant(documented, value))
        {
            return documented;
        }

        return value;
    }

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
        _oneAtATime.Dispose();
    }
}
