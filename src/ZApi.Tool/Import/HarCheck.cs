using System;
using System.Collections.Generic;
using System.Linq;
using ZApi.Specs.Json;
using ZApi.Specs.Model;
using ZApi.Tool.Docs;

namespace ZApi.Tool.Import;

/// <summary>
/// A HAR request example against what the importer read from the page: method, route, query and
/// credential header confirmed or reported, and its body added as a request example when it agrees
/// with the page. A disagreement is reported, never taken over.
/// </summary>
internal static class HarCheck
{
    public static RequestSpec Compare(HarRequest har, ReadRoute page, string method, Credentials credentials, RequestSpec request, List<Finding> findings, int line)
    {
        string where = System.IO.Path.GetFileName(har.Path);
        if (!string.Equals(har.Method, method, StringComparison.OrdinalIgnoreCase))
        {
            findings.Add(new Finding(FindingKind.HarDisagrees, line, $"{where} sends {har.Method}; the page says {method}. The spec keeps the page's."));
        }

        ReadRoute harRoute = RouteReader.Read(har.Url);
        if (!SameRoute(harRoute.Route, page.Route))
        {
            findings.Add(new Finding(FindingKind.HarDisagrees, line, $"{where} calls {harRoute.Route}; the page's route is {page.Route}. The spec keeps the page's."));
        }

        var harQuery = har.Query.Select(q => q.Key).Concat(harRoute.Query.Select(q => q.Name)).Where(k => !string.Equals(k, "Client-Token", StringComparison.OrdinalIgnoreCase)).Distinct().ToList();
        foreach (string name in harQuery.Where(q => !request.Query.Any(p => p.Name == q)))
        {
            findings.Add(new Finding(FindingKind.HarDisagrees, line, $"{where} sends the query parameter '{name}', which the spec does not declare."));
        }

        string? header = credentials.HeaderName();
        if (header is not null && har.Header(header) is null)
        {
            findings.Add(new Finding(FindingKind.HarDisagrees, line, $"{where} sends no {header} header; the spec sends it{(credentials.IsHeaderOptional() ? " when the client has one" : string.Empty)}."));
        }

        if (har.Body is null || !request.HasBody)
        {
            return request;
        }

        JsonValue body;
        try
        {
            body = JsonTextParser.Parse(har.Body);
        }
        catch (JsonSyntaxException exception)
        {
            findings.Add(new Finding(FindingKind.HarDisagrees, line, $"{where}'s body is not valid JSON ({exception.Reason}); it is not used."));
            return request;
        }

        bool agrees = request.HasArrayBody ? body.Kind == JsonKind.Array
            : body.Kind == JsonKind.Object && body.Members.All(m => request.Body.Any(a => a.Name == m.Name)) && request.Body.Where(a => a.IsRequired).All(a => body[a.Name] is not null);
        if (!agrees)
        {
            string extra = body.Kind == JsonKind.Object ? string.Join(", ", body.Members.Where(m => !request.Body.Any(a => a.Name == m.Name)).Select(m => m.Name)) : body.Kind.ToString();
            findings.Add(new Finding(FindingKind.HarDisagrees, line, $"{where}'s body does not fit the page's attributes{(extra.Length == 0 ? " (a required attribute is missing)" : $" (it has {extra})")}; it is not added as an example."));
            return request;
        }

        string json = har.Body.Trim() + "\n";
        if (request.Examples.Any(e => JsonEquals(e.Json, json)))
        {
            return request;
        }

        findings.Add(new Finding(FindingKind.Check, line, $"{where}'s body agrees with the page and is added as a request example."));
        return request with { Examples = request.Examples.Concat(new[] { new SpecExample(json, default) }).ToEquatableArray() };
    }

    /// <summary>Whether the HAR's path is the page's route: a parameter of the page matches any value the HAR gives it.</summary>
    private static bool SameRoute(string har, string page)
    {
        string[] actual = har.Trim('/').Split('/');
        string[] expected = page.Trim('/').Split('/');
        return actual.Length == expected.Length
            && expected.Zip(actual).All(pair => pair.First.StartsWith("{", StringComparison.Ordinal) || string.Equals(pair.First, pair.Second, StringComparison.OrdinalIgnoreCase));
    }

    private static bool JsonEquals(string a, string b)
    {
        try
        {
            return System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(a), System.Text.Json.Nodes.JsonNode.Parse(b));
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }
}
