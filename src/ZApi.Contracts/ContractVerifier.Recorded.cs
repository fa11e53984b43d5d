using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using ZApi.Contracts.Recorded;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;
using ZApi.Specs.Plans;

namespace ZApi.Contracts;

/// <summary>
/// Recorded traffic: the generated method, called with a recorded request's values, must send an
/// equivalent request (method, route, query, credential header, JSON body) and must read the
/// recorded response, every documented member with its recorded value.
/// </summary>
public sealed partial class ContractVerifier
{
    /// <summary>Verifies a recorded exchange from <see cref="RecordedCases"/> with the generated entries: <c>VerifyAsync(recorded, ZApiContractEntries.All)</c>.</summary>
    public Task VerifyAsync(
        RecordedCase recorded,
        IReadOnlyDictionary<string, GeneratedContractEntry> generatedEntries,
        CancellationToken cancellationToken = default) =>
        VerifyRecordedAsync(recorded, ContractEntries.Lookup(generatedEntries), cancellationToken);

    /// <summary>Verifies a recorded exchange with the given entries.</summary>
    public Task VerifyAsync(RecordedCase recorded, IReadOnlyDictionary<string, ContractEntry> entries, CancellationToken cancellationToken = default) =>
        VerifyRecordedAsync(recorded, name => entries.TryGetValue(name, out ContractEntry? entry) ? entry : null, cancellationToken);

    private async Task VerifyRecordedAsync(RecordedCase recorded, Func<string, ContractEntry?> findEntry, CancellationToken cancellationToken)
    {
        if (recorded is null)
        {
            throw new ArgumentNullException(nameof(recorded));
        }

        if (recorded.Id is null || recorded.SpecText is null)
        {
            throw new ContractViolationException($"Recorded {recorded}: no compiled spec has the method {recorded.Method} and this route, so the client cannot make this call. Add a spec for it (dotnet zapi import of its page, or dotnet zapi new), or remove the entry from the recording.");
        }

        Spec spec = SpecParser.Parse("compiled spec '" + recorded.Id + "'", recorded.SpecText).Spec
            ?? throw new ContractViolationException($"Recorded {recorded}: the compiled spec does not parse.");
        ContractEntry entry = findEntry(spec.Id)
            ?? throw new ContractViolationException($"Recorded {recorded}: the generated client has no entry for '{spec.Id}'. Is ZApiContracts true?");
        IReadOnlyList<HarEntry> recording = HarReader.Read(recorded.HarPath);
        if (recorded.Entry < 1 || recorded.Entry > recording.Count)
        {
            throw new ContractViolationException($"Recorded {recorded}: the recording has {recording.Count} exchange(s) now; it changed since the cases were listed. Run the tests again.");
        }

        HarEntry exchange = recording[recorded.Entry - 1];
        EndpointPlan plan = EndpointPlanner.Plan(spec);
        RouteMatch match = RouteMatch.Find(new[] { plan }, exchange.Method, exchange.Url.AbsolutePath, exchange.RequestBody)
            ?? throw new ContractViolationException($"Recorded {recorded}: the recording changed since the cases were listed.");

        var failures = new ContractFailures($"Recorded {recorded}: the generated client differs from the recorded exchange");
        Secrets.HideAll(exchange, failures);
        string parameters = RecordedParameters(spec, exchange, match, failures);
        string? requestJson = RecordedBody(spec, exchange, failures);
        failures.ThrowIfAny(); // the call could not be made with what was recorded

        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _server.Reset();
            StubRecorded(exchange);
            using var http = new HttpClient { BaseAddress = new Uri(_server.Url! + "/"), Timeout = TimeSpan.FromSeconds(30) };
            ContractOutcome outcome;
            try
            {
                outcome = await entry(http, Token, parameters, requestJson, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                failures.Add("call with the recorded values", "the generated method called", $"{exception.GetType().Name}: {exception.Message}");
                failures.ThrowIfAny();
                return;
            }

            CheckRecordedRequest(spec, plan, exchange, requestJson, failures);
            CheckRecordedResponse(spec, exchange, outcome, failures);
        }
        finally
        {
            _oneAtATime.Release();
        }

        failures.ThrowIfAny();
    }

    /// <summary>The path values of the route and the recorded query values the spec declares, as the entry's JSON.</summary>
    private static string RecordedParameters(Spec spec, HarEntry exchange, RouteMatch match, ContractFailures failures)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (SpecAttribute parameter in spec.Request.Path)
        {
            values.Add(new(parameter.Name, match.PathValues[parameter.Name]));
        }

        foreach (KeyValuePair<string, string> query in exchange.Query)
        {
            if (spec.Request.Query.Any(p => p.Name == query.Key))
            {
                values.Add(query);
            }
            else
            {
                failures.Add($"query parameter \"{query.Key}\"", "a parameter of the spec (request.query)", $"recorded as {query.Key}={query.Value}, which the client cannot send: the spec would have to declare it");
            }
        }

        foreach (SpecAttribute parameter in spec.Request.Query.Where(p => p.IsRequired && !exchange.Query.Any(q => q.Key == p.Name)))
        {
            failures.Add($"query parameter \"{parameter.Name}\"", "sent (required in the spec)", "not in the recorded request: the spec would have to make it optional");
        }

        return ParameterJson.Write(values);
    }

    /// <summary>The recorded request body the method is called with, or null when the spec documents none.</summary>
    private static string? RecordedBody(Spec spec, HarEntry exchange, ContractFailures failures)
    {
        if (!spec.Request.HasBody)
        {
            if (exchange.RequestBody is not null)
            {
                failures.Add("request body", "(none: the spec documents no body)", Excerpt(exchange.RequestBody));
            }

            return null;
        }

        if (exchange.RequestBody is null)
        {
            if (!spec.Request.IsBodyOptional)
            {
                failures.Add("request body", "a JSON body (required in the spec)", "(none recorded)");
            }

            return null;
        }

        if (ContractChecks.TryParse(exchange.RequestBody) is null)
        {
            failures.Add("request body", "JSON", Excerpt(exchange.RequestBody));
        }

        return exchange.RequestBody;
    }

    private void StubRecorded(HarEntry exchange)
    {
        IResponseBuilder answer = Response.Create().WithStatusCode(exchange.Status);
        if (exchange.ResponseBody is { } body)
        {
            answer = answer.WithBody(body).WithHeader("Content-Type", HarEntry.Header(exchange.ResponseHeaders, "Content-Type") ?? "application/json");
        }

        _server.Given(Request.Create().WithPath("/*").UsingAnyMethod()).RespondWith(answer);
    }

    private void CheckRecordedRequest(Spec spec, EndpointPlan plan, HarEntry exchange, string? requestJson, ContractFailures failures)
    {
        if (ContractChecks.OneRequest(_server.LogEntries, exchange.Method, failures) is not { } sent)
        {
            return;
        }

        if (!SameRoute(plan, exchange.Url.AbsolutePath, sent.Path))
        {
            failures.Add("route (instance id and token aside)", RouteMatch.Shown(exchange.Url.AbsolutePath, plan), RouteMatch.Shown(sent.Path, plan));
        }

        ContractChecks.Query(exchange.Query.Where(q => spec.Request.Query.Any(p => p.Name == q.Key)), sent, (name, value) => AsRecorded(spec, exchange, name, value), failures);
        ContractChecks.Credential(spec, sent, expected: null, failures);

        if (requestJson is null)
        {
            return;
        }

        string? body = ContractChecks.Body(sent);
        JsonNode? expected = ContractChecks.TryParse(requestJson);
        JsonNode? actual = ContractChecks.TryParse(body);
        if (JsonNode.DeepEquals(expected, actual))
        {
            return;
        }

        if (expected is JsonObject recordedMembers && actual is JsonObject sentMembers)
        {
            foreach (KeyValuePair<string, JsonNode?> member in recordedMembers)
            {
                if (!sentMembers.TryGetPropertyValue(member.Key, out JsonNode? value))
                {
                    failures.Add($"request member \"{member.Key}\"", Excerpt(ContractChecks.Compact(member.Value)), "(not sent: the spec has no such attribute; it would have to list it under request.body)");
                }
                else if (!JsonNode.DeepEquals(member.Value, value))
                {
                    failures.Add($"request member \"{member.Key}\"", Excerpt(ContractChecks.Compact(member.Value)), Excerpt(ContractChecks.Compact(value)));
                }
            }

            foreach (KeyValuePair<string, JsonNode?> member in sentMembers.Where(m => !recordedMembers.ContainsKey(m.Key)))
            {
                failures.Add($"request member \"{member.Key}\"", "(not recorded)", Excerpt(ContractChecks.Compact(member.Value)));
            }

            return;
        }

        failures.Add("request body (JSON, member order ignored)", Excerpt(ContractChecks.Compact(expected)), Excerpt(body ?? "(none)"));
    }

    private static void CheckRecordedResponse(Spec spec, HarEntry exchange, ContractOutcome outcome, ContractFailures failures)
    {
        bool success = exchange.Status is >= 200 and <= 299;
        if (!success)
        {
            ContractChecks.FailedWith(exchange.Status, outcome, "recorded error", failures);
            return;
        }

        ResponseSpec? documented = spec.SuccessResponse;
        if (documented is null)
        {
            return;
        }

        JsonNode? recordedBody = documented.Content == ResponseContent.Json ? ContractChecks.TryParse(exchange.ResponseBody) : null;
        if (outcome.Failed)
        {
            failures.Add($"reading the recorded {exchange.Status} response", "read as the documented success", $"ZApiException: {outcome.Message}");
            if (documented.Content == ResponseContent.Json && recordedBody is null)
            {
                failures.Add("response body", "JSON, as the spec documents", Excerpt(string.IsNullOrEmpty(exchange.ResponseBody) ? "(empty)" : exchange.ResponseBody!));
            }
            else if (documented.Content == ResponseContent.Json)
            {
                new ShapeAdvisor(spec, failures).Explain(documented, recordedBody);
            }

            return;
        }

        if (documented.Content == ResponseContent.Text)
        {
            if (outcome.Json?.Trim() != exchange.ResponseBody?.Trim())
            {
                failures.Add("response text", Excerpt(exchange.ResponseBody ?? "(none)"), Excerpt(outcome.Json ?? "(nothing)"));
            }

            return;
        }

        if (documented.Content != ResponseContent.Json || recordedBody is null)
        {
            return;
        }

        // Every documented member the recording has, read with its recorded value; then what drifted without breaking the read (a renamed optional member).
        ContractChecks.ReadValues(spec, documented, recordedBody, ContractChecks.TryParse(outcome.Json), failures);

        new ShapeAdvisor(spec, failures).Explain(documented, recordedBody);
    }

    /// <summary>The same route, segment by segment and unescaped, the instance id and token aside (the harness binds its own).</summary>
    private static bool SameRoute(EndpointPlan plan, string recorded, string sent)
    {
        EquatableArray<RouteSegment> template = plan.Route.Segments;
        string[] left = RouteMatch.Segments(recorded);
        return left.Length == template.Count
            && ContractChecks.SameSegments(left, RouteMatch.Segments(sent), i => template[i].IsInstanceCredential);
    }

    /// <summary>A sent query value equal in its type to the recorded one (the same instant, number or boolean) is shown as recorded.</summary>
    private static string AsRecorded(Spec spec, HarEntry exchange, string name, string value)
    {
        string? recorded = exchange.Query.Where(q => q.Key == name).Select(q => q.Value).FirstOrDefault();
        if (recorded is null || recorded == value)
        {
            return value;
        }

        AttributeType? kind = spec.Request.Query.FirstOrDefault(p => p.Name == name)?.Type.Kind;
        bool same = kind switch
        {
            AttributeType.DateTime => ContractChecks.SameInstant(recorded, value),
            AttributeType.Integer or AttributeType.Long or AttributeType.Number or AttributeType.Timestamp or AttributeType.TimestampSeconds =>
                decimal.TryParse(recorded, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal x) && decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal y) && x == y,
            AttributeType.Boolean => bool.TryParse(recorded, out bool p) && bool.TryParse(value, out bool q) && p == q,
            _ => false,
        };
        return same ? recorded : value;
    }

    /// <summary>At most 300 characters of a body or value, so a failure stays readable.</summary>
    private static string Excerpt(string text) => text.Length <= 300 ? text : text.Substring(0, 297) + "...";
}
