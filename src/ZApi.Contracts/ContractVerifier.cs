using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using WireMock.Logging;
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

    /// <summary>
    /// The same route segment by segment, each compared unescaped: a path value may be sent with a
    /// reserved character escaped or not (<c>id%40newsletter</c> and <c>id@newsletter</c> are one
    /// segment), and the stub server reports paths decoded.
    /// </summary>
    private static bool SamePath(string expected, string actual)
    {
        string[] expectedSegments = expected.Split('/');
        string[] actualSegments = actual.Split('/');
        return expectedSegments.Length == actualSegments.Length
            && expectedSegments.Zip(actualSegments, (e, a) => Uri.UnescapeDataString(e) == Uri.UnescapeDataString(a)).All(same => same);
    }

    private void CheckRequest(Spec spec, SpecExample? requestExample, ContractFailures failures)
    {
        List<ILogEntry> requests = _server.LogEntries.ToList();
        if (requests.Count != 1)
        {
            failures.Add("requests sent", "1", requests.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (requests.Count == 0)
            {
                return;
            }
        }

        WireMock.IRequestMessage request = requests[0].RequestMessage;
        if (!string.Equals(request.Method, spec.Method, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add("HTTP method", spec.Method, request.Method);
        }

        string expectedPath = ParameterValues.ContractPath(spec);
        if (!SamePath(expectedPath, request.Path))
        {
            failures.Add("route", expectedPath, request.Path);
        }

        string expectedQuery = ExpectedQuery(spec);
        string actualQuery = ActualQuery(spec, request);
        if (expectedQuery != actualQuery)
        {
            failures.Add("query string (sorted)", expectedQuery.Length == 0 ? "(none)" : expectedQuery, actualQuery.Length == 0 ? "(none)" : actualQuery);
        }

        string? headerName = spec.Credentials.HeaderName();
        if (headerName is not null)
        {
            string expected = spec.Credentials == Credentials.PartnerToken ? "Bearer " + Token : Token;
            string? actual = Header(request, headerName);
            if (actual != expected)
            {
                failures.Add($"credential header {headerName}", expected, actual ?? "(missing)");
            }
        }

        string? body = request.Body ?? (request.BodyAsBytes is { Length: > 0 } bytes ? System.Text.Encoding.UTF8.GetString(bytes) : null);
        bool bodySent = spec.Request.HasBody && (!spec.Request.IsBodyOptional || requestExample is not null);
        if (bodySent)
        {
            string? contentType = Header(request, "Content-Type");
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
            JsonNode? actual = TryParse(body);
            if (!JsonNode.DeepEquals(expected, actual))
            {
                failures.Add("request body (JSON, member order ignored)", Compact(expected), body ?? "(none)");
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

        JsonNode? documented = TryParse(example.Json);
        JsonNode? read = TryParse(body);
        var comparer = new DocumentedValueComparer(spec, failures);
        if (response.BodyType is { } whole)
        {
            comparer.Compare(whole, documented, read, "response");
        }
        else
        {
            comparer.CompareMembers(response.Body, documented, read, "response");
        }
    }

    private static void CheckError(ResponseSpec response, ContractOutcome outcome, ContractFailures failures)
    {
        (bool failed, int status, string? hint) = (outcome.Failed, outcome.StatusCode, outcome.Hint);
        if (!failed)
        {
            failures.Add("outcome", $"ZApiException with status {response.StatusCode}", "no exception: the client treated the error as success");
            return;
        }

        if (status != response.StatusCode)
        {
            failures.Add("ZApiException.StatusCode", response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture), status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (hint != response.Hint)
        {
            failures.Add("ZApiException.Hint", response.Hint ?? "(null)", hint ?? "(null)");
        }
    }

    /// <summary>The documented query parameters with their example values, as sorted <c>name=value</c> pairs.</summary>
    private static string ExpectedQuery(Spec spec) => string.Join("&", spec.Request.Query
        .Select(p => (p.Name, Value: ParameterValues.ForContract(p, spec)))
        .Where(p => p.Value is not null)
        .Select(p => p.Name + "=" + p.Value)
        .OrderBy(p => p, StringComparer.Ordinal));

    /// <summary>What was sent, as sorted <c>name=value</c> pairs; a value equal in its type to the documented one (the same instant of a date-time) is shown as documented.</summary>
    private static string ActualQuery(Spec spec, WireMock.IRequestMessage request) => request.Query is null
        ? string.Empty
        : string.Join("&", request.Query.SelectMany(q => q.Value.Select(v => q.Key + "=" + AsDocumented(spec, q.Key, v))).OrderBy(p => p, StringComparer.Ordinal));

    private static string AsDocumented(Spec spec, string name, string value)
    {
        SpecAttribute? parameter = spec.Request.Query.FirstOrDefault(p => p.Name == name);
        string? documented = parameter is null ? null : ParameterValues.ForContract(parameter, spec);
        if (parameter?.Type.Kind == AttributeType.DateTime && documented is not null
            && DateTimeOffset.TryParse(documented, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out DateTimeOffset expected)
            && DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out DateTimeOffset actual)
            && expected == actual)
        {
            return documented;
        }

        return value;
    }

    private static JsonNode? TryParse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(json);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static string Compact(JsonNode? node) => node?.ToJsonString() ?? "null";

    private static string? Header(WireMock.IRequestMessage request, string name)
    {
        if (request.Headers is null)
        {
            return null;
        }

        foreach (KeyValuePair<string, WireMock.Types.WireMockList<string>> header in request.Headers)
        {
            if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return string.Join(", ", header.Value);
            }
        }

        return null;
    }

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
        _oneAtATime.Dispose();
    }
}
