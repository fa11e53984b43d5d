using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using WireMock.Logging;
using ZApi.Specs.Model;

namespace ZApi.Contracts;

/// <summary>
/// The checks a case makes of the request the client sent and of what it read, the same for a
/// documented example and for a recorded exchange: each path says what it expected, these say how
/// it differs, so the two never drift apart in what they compare or how they word it.
/// </summary>
internal static class ContractChecks
{
    /// <summary>The one request the call sent, its method checked; null when it sent none.</summary>
    public static WireMock.IRequestMessage? OneRequest(IEnumerable<ILogEntry> log, string method, ContractFailures failures)
    {
        List<ILogEntry> requests = log.ToList();
        if (requests.Count != 1)
        {
            failures.Add("requests sent", "1", requests.Count.ToString(CultureInfo.InvariantCulture));
            if (requests.Count == 0)
            {
                return null;
            }
        }

        WireMock.IRequestMessage request = requests[0].RequestMessage;
        if (!string.Equals(request.Method, method, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add("HTTP method", method, request.Method);
        }

        return request;
    }

    /// <summary>
    /// The expected and the sent query, as sorted <c>name=value</c> pairs; <paramref name="asExpected"/>
    /// shows a sent value as the expected one when the two are equal in their type.
    /// </summary>
    public static void Query(IEnumerable<KeyValuePair<string, string>> expected, WireMock.IRequestMessage sent, Func<string, string, string> asExpected, ContractFailures failures)
    {
        string expectedQuery = Sorted(expected);
        string sentQuery = sent.Query is null ? string.Empty : Sorted(sent.Query.SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, asExpected(q.Key, v)))));
        if (expectedQuery != sentQuery)
        {
            failures.Add("query string (sorted)", expectedQuery.Length == 0 ? "(none)" : expectedQuery, sentQuery.Length == 0 ? "(none)" : sentQuery);
        }
    }

    /// <summary>The same instant, for a <c>date-time</c> sent in another offset or precision.</summary>
    public static bool SameInstant(string expected, string sent) =>
        DateTimeOffset.TryParse(expected, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out DateTimeOffset a)
        && DateTimeOffset.TryParse(sent, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out DateTimeOffset b)
        && a == b;

    /// <summary>The spec's credential header was sent, with <paramref name="expected"/> as its value when given.</summary>
    public static void Credential(Spec spec, WireMock.IRequestMessage sent, string? expected, ContractFailures failures)
    {
        if (spec.Credentials.HeaderName() is not { } name)
        {
            return;
        }

        string? actual = Header(sent, name);
        if (expected is null ? actual is null : actual != expected)
        {
            failures.Add($"credential header {name}", expected ?? "present", actual ?? "(missing)");
        }
    }

    /// <summary>An error status read as a <c>ZApiException</c> with that status.</summary>
    public static bool FailedWith(int status, ContractOutcome outcome, string what, ContractFailures failures)
    {
        if (!outcome.Failed)
        {
            failures.Add("outcome", $"ZApiException with status {status}", $"no exception: the client treated the {what} as success");
            return false;
        }

        if (outcome.StatusCode != status)
        {
            failures.Add("ZApiException.StatusCode", status.ToString(CultureInfo.InvariantCulture), outcome.StatusCode.ToString(CultureInfo.InvariantCulture));
        }

        return true;
    }

    /// <summary>Every documented member of the answer read with the value it had (the whole body or its members).</summary>
    public static void ReadValues(Spec spec, ResponseSpec response, JsonNode? answered, JsonNode? read, ContractFailures failures)
    {
        var comparer = new DocumentedValueComparer(spec, failures);
        if (response.BodyType is { } whole)
        {
            comparer.Compare(whole, answered, read, "response");
        }
        else
        {
            comparer.CompareMembers(response.Body, answered, read, "response");
        }
    }

    /// <summary>The body the request carried, as text.</summary>
    public static string? Body(WireMock.IRequestMessage request) =>
        request.Body ?? (request.BodyAsBytes is { Length: > 0 } bytes ? System.Text.Encoding.UTF8.GetString(bytes) : null);

    /// <summary>A header of the request (case-insensitive), its values joined; null when absent.</summary>
    public static string? Header(WireMock.IRequestMessage request, string name)
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

    /// <summary>
    /// The same path segment by segment, each compared unescaped (<c>id%40newsletter</c> and
    /// <c>id@newsletter</c> are one segment; the stub server reports paths decoded); the segments
    /// <paramref name="aside"/> names are not compared.
    /// </summary>
    public static bool SameSegments(string[] expected, string[] actual, Func<int, bool>? aside = null)
    {
        if (expected.Length != actual.Length)
        {
            return false;
        }

        for (int i = 0; i < expected.Length; i++)
        {
            if (aside?.Invoke(i) != true && Uri.UnescapeDataString(expected[i]) != Uri.UnescapeDataString(actual[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static JsonNode? TryParse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(json!);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    public static string Compact(JsonNode? node) => node?.ToJsonString() ?? "null";

    private static string Sorted(IEnumerable<KeyValuePair<string, string>> pairs) =>
        string.Join("&", pairs.Select(p => p.Key + "=" + p.Value).OrderBy(p => p, StringComparer.Ordinal));
}
