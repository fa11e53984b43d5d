using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ZApi.Specs.Json;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;
using ZApi.Specs.Validation;
using ZApi.Specs.Writing;
using ZApi.Tool.Docs;

namespace ZApi.Tool.Import;

/// <summary>
/// A documentation page (and optionally its HAR example) into a spec: the first draft of a spec,
/// which a human then checks against the page. It repairs only what is unambiguous, says so in a
/// comment at that line, and reports what it could not decide instead of guessing.
/// </summary>
internal sealed partial class PageImporter
{
    [GeneratedRegex(@"^\s*(ok|no content)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PlainSuccess();

    private readonly EndpointPage _page;
    private readonly PageRoute _route;
    private readonly HarRequest? _har;
    private readonly string _specPath;
    private readonly List<Finding> _findings = new();
    private readonly SpecNotes _notes = new();
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    private readonly IReadOnlyList<TypeDefinition> _shared;

    private PageImporter(EndpointPage page, PageRoute route, HarRequest? har, string specPath, IReadOnlyList<TypeDefinition> shared)
    {
        _page = page;
        _route = route;
        _har = har;
        _shared = shared;
        _specPath = specPath;
    }

    /// <summary>The spec id for a route of a page: the page id, or, on a page with several routes, one per route.</summary>
    public static string SpecId(EndpointPage page, PageRoute route)
    {
        string id = Regex.Replace(Text.Fold(page.Id), "[^a-z0-9-]+", "-").Trim('-');
        if (page.Routes.Count == 1)
        {
            return id.Length == 0 ? "endpoint" : id;
        }

        // The QR-code page: qr-code, qr-code-image, phone-code.
        ReadRoute read = RouteReader.Read(route.Url);
        string tail = read.Route.StartsWith(CredentialsNames.InstanceRoutePrefix, StringComparison.Ordinal) ? read.Route.Substring(CredentialsNames.InstanceRoutePrefix.Length) : read.Route.Trim('/');
        string fromRoute = Regex.Replace(Regex.Replace(tail, @"\{[^}]*\}", string.Empty).ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-');
        return fromRoute.Length == 0 ? id : fromRoute;
    }

    /// <param name="shared">Object types to reuse (<c>--types</c>): a success body with exactly a shared type's members becomes <c>type: &lt;Name&gt;</c>.</param>
    public static ImportResult Import(EndpointPage page, PageRoute route, HarRequest? har, string specPath, IReadOnlyList<TypeDefinition>? shared = null) =>
        new PageImporter(page, route, har, specPath, shared ?? Array.Empty<TypeDefinition>()).Run();

    private ImportResult Run()
    {
        string id = SpecId(_page, _route);
        ReadRoute read = RouteReader.Read(_route.Url);
        Line("route", _route.Line);
        Line("method", _route.Line);
        Credentials credentials = Credentials(read);
        string method = _route.Method;

        // Request: path, query and body attributes, then the examples that show them.
        List<PageExample> exampleBlocks = _page.Routes.Count == 1 ? _page.RequestExamples.ToList() : new List<PageExample>();
        List<(string Json, int Line)> requestExamples = exampleBlocks.SelectMany(e => Repaired(e, "request.example")).ToList();
        JsonValue? firstExample = requestExamples.Select(e => TryParse(e.Json)).FirstOrDefault(v => v is not null);
        var requestTypes = new TypeReader(_page.Routes.Count == 1 ? _page.RequestTables : Array.Empty<AttributeTable>(), _findings, openEnums: false);
        RequestSpec request = Request(read, method, requestTypes, requestExamples, firstExample);

        var responseTypes = new TypeReader(_page.Responses.SelectMany(s => s.Tables), _findings, openEnums: true);
        List<ResponseSpec> responses = _page.Routes.Count == 1 ? Responses(id, responseTypes) : new List<ResponseSpec>();
        if (_page.Routes.Count > 1)
        {
            _findings.Add(new Finding(FindingKind.LeftOut, _route.Line, $"The page documents {_page.Routes.Count} routes and describes none of their responses: the spec documents only the route. Read the page's prose for what it answers."));
        }
        else if (!responses.Any(r => r.IsSuccess))
        {
            _findings.Add(new Finding(FindingKind.LeftOut, _route.Line, "The page documents no success response the importer could read: the spec has none; read the page's prose (and the HAR) for what a success returns."));
        }

        foreach (AttributeTable unclaimed in requestTypes.Unclaimed.Concat(responseTypes.Unclaimed))
        {
            _findings.Add(new Finding(FindingKind.LeftOut, unclaimed.Line, $"The table of '{unclaimed.Owner}' belongs to no attribute the importer could match; it is not in the spec."));
        }

        if (_har is not null)
        {
            request = HarCheck.Compare(_har, read, method, credentials, request, _findings, _route.Line);
        }

        responses = responses.Select(r => Shared(r, responseTypes)).ToList();
        List<TypeDefinition> types = requestTypes.Types.Concat(responseTypes.Types).Where(t => t is not null)
            .GroupBy(t => t.Name).Select(g => WithValueDescriptions(g.First() with { FilePath = _specPath }))
            .OrderBy(t => t.Name, StringComparer.Ordinal).ToList();

        var spec = new Spec(
            _specPath,
            id,
            default,
            credentials == Specs.Model.Credentials.PartnerToken ? "partner" : "instance",
            default,
            _page.Title,
            _page.Summary,
            method,
            read.Route,
            credentials,
            request,
            responses.ToEquatableArray(),
            types.ToEquatableArray(),
            Page: id == _page.Id ? null : _page.Id);
        spec = WithNotes(spec);

        foreach (KeyValuePair<string, int> member in requestTypes.MemberLines.Concat(responseTypes.MemberLines))
        {
            Line(member.Key, member.Value);
        }

        NoteRepairs();
        _notes.Add(SpecNotes.Header, $"Imported by zapi from {Path.GetFileName(_page.Path)} (page '{_page.Id}', line {_route.Line}): the page is the truth; check this draft against it.");
        string schema = SchemaLocation.For(Path.GetDirectoryName(Path.GetFullPath(_specPath))!);
        string yaml = SpecWriter.Write(spec, _notes, schema);
        SpecParseResult parsed = SpecParser.Parse(_specPath, yaml);
        return new ImportResult
        {
            Spec = parsed.Spec ?? spec,
            Notes = _notes,
            Findings = _findings,
            PageLines = _lines,
            PagePath = _page.Path,
            Yaml = yaml,
            Problems = parsed.Errors,
        };
    }

    private Credentials Credentials(ReadRoute read)
    {
        if (!read.CredentialsGuessed)
        {
            if (read.Credentials == Specs.Model.Credentials.Instance && !_page.ClientTokenHeader)
            {
                _findings.Add(new Finding(FindingKind.Check, _route.Line, "The page documents no Client-Token header; the spec sends it anyway when the client has one, as every instance call may."));
            }

            return read.Credentials;
        }

        _findings.Add(new Finding(FindingKind.Check, _route.Line, $"The URL '{_route.Url}' is neither an instance route nor the partner API; the spec says 'credentials: {(_page.ClientTokenHeader ? "client-token" : "none")}'."));
        return _page.ClientTokenHeader ? Specs.Model.Credentials.ClientToken : Specs.Model.Credentials.None;
    }

    // ------------------------------------------------------------------------------------ request

    private RequestSpec Request(ReadRoute read, string method, TypeReader types, List<(string Json, int Line)> examples, JsonValue? firstExample)
    {
        // A GET, or a DELETE without a JSON example, sends no body: its attributes travel in the query.
        bool hasBody = method is not ("GET" or "DELETE") || (method == "DELETE" && examples.Count > 0);
        var path = new List<SpecAttribute>();
        var query = new List<SpecAttribute>();
        var body = new List<SpecAttribute>();
        Dictionary<string, string> pathValues = ExampleValues(read);
        var unmatched = read.Path.Where(p => !(read.Credentials == Specs.Model.Credentials.PartnerToken && p.Name is "id" or "token")).ToList();
        if (read.Credentials == Specs.Model.Credentials.PartnerToken)
        {
            foreach (RouteParameter partner in read.Path.Where(p => p.Name is "id" or "token"))
            {
                path.Add(new SpecAttribute(partner.Name, TypeRef.String, partner.Name == "id" ? "ID da instância" : "TOKEN da instância", true, default, partner.Name == "id" ? ParameterValues.ContractInstanceId : ParameterValues.ContractInstanceToken));
            }
        }

        IEnumerable<AttributeTable> topLevel = _page.Routes.Count == 1 ? _page.RequestTables.Where(t => t.Owner is null) : Array.Empty<AttributeTable>();
        bool arrayBody = firstExample?.Kind == JsonKind.Array;
        foreach (AttributeTable table in topLevel)
        {
            foreach (AttributeRow row in table.Rows)
            {
                bool required = table.Presence != Presence.Optional;
                string description = row.Description;
                if (required && (Text.Fold(description).Contains("(opcional)", StringComparison.Ordinal) || Text.Fold(description).Contains("nao possui mais efeito", StringComparison.Ordinal)))
                {
                    required = false;
                    _findings.Add(new Finding(FindingKind.Repaired, row.Line, $"'{row.Name}' is listed as required but its description says it is optional (or has no effect); the spec makes it optional."));
                }

                RouteParameter? placeholder = unmatched.FirstOrDefault(p => Same(p.Name, row.Name));
                if (placeholder is not null)
                {
                    unmatched.Remove(placeholder);
                    TypeRef pathType = types.Read(row.Name, row.Type, description, null, row.Line, out _);
                    path.Add(new SpecAttribute(placeholder.Name, pathType.Kind.IsScalar() ? pathType : TypeRef.String, description.Length == 0 ? null : description, true, default, pathValues.GetValueOrDefault(placeholder.Name)));
                    Line($"request.path.{placeholder.Name}", row.Line);
                    continue;
                }

                QueryParameter? inUrl = read.Query.FirstOrDefault(q => Same(q.Name, row.Name));
                if (!hasBody || inUrl is not null)
                {
                    TypeRef queryType = types.Read(row.Name, row.Type, description, null, row.Line, out bool optionalCell);
                    if (!queryType.Kind.IsScalar() && !(queryType.Kind == AttributeType.Named && types.Types.Any(t => t is not null && t.Name == queryType.Name && t.IsEnum)))
                    {
                        _findings.Add(new Finding(FindingKind.LeftOut, row.Line, $"'{row.Name}' would travel in the query string of a {method}, but its type is '{row.Type}'; it is left out."));
                        continue;
                    }

                    string? example = inUrl?.Example ?? QueryExample(row.Name);
                    query.Add(new SpecAttribute(inUrl?.Name ?? row.Name, queryType, description.Length == 0 ? null : description, required && !optionalCell, default, example));
                    Line($"request.query.{row.Name}", row.Line);
                    continue;
                }

                if (arrayBody)
                {
                    continue; // the table describes the items of an array body: handled below
                }

                JsonValue? value = firstExample?.Kind == JsonKind.Object ? firstExample[row.Name] : null;
                TypeRef type = types.Read(row.Name, row.Type, description, value, row.Line, out bool optional);
                body.Add(new SpecAttribute(row.Name, type, description.Length == 0 ? null : description, required && !optional, default));
                Line($"request.body.{row.Name}", row.Line);
            }
        }

        foreach (RouteParameter placeholder in unmatched)
        {
            path.Add(new SpecAttribute(placeholder.Name, TypeRef.String, null, true, default, pathValues.GetValueOrDefault(placeholder.Name)));
            _findings.Add(new Finding(FindingKind.Check, _route.Line, $"The route's parameter '{placeholder.Written}' matches no attribute of the page; the spec calls it '{placeholder.Name}' (a string, undescribed)."));
        }

        foreach (QueryParameter inUrl in read.Query.Where(q => !query.Any(a => a.Name == q.Name)))
        {
            query.Add(new SpecAttribute(inUrl.Name, TypeRef.String, null, true, default, inUrl.Example));
            _findings.Add(new Finding(FindingKind.Check, _route.Line, $"The URL has the query parameter '{inUrl.Name}', which no table describes; the spec makes it a required string."));
        }

        TypeRef? items = null;
        var kept = new List<SpecExample>();
        if (hasBody && arrayBody)
        {
            items = ArrayItems(types, topLevel, firstExample!);
        }

        if (!hasBody && examples.Count > 0)
        {
            _findings.Add(new Finding(FindingKind.LeftOut, examples[0].Line, $"A {method} sends no body, but the page shows one: its values are read as query parameters, the example is left out."));
        }
        else if (hasBody)
        {
            if (body.Count == 0 && items is null && examples.Count > 0 && firstExample?.Kind == JsonKind.Object)
            {
                // No table: the members the example shows (an empty object documents an empty body).
                foreach (JsonMember member in firstExample.Members)
                {
                    body.Add(new SpecAttribute(member.Name, types.FromExample(member.Value, member.Name, examples[0].Line), null, false, default));
                }

                if (body.Count > 0)
                {
                    _findings.Add(new Finding(FindingKind.Check, examples[0].Line, $"No table describes the request body; its attributes ({string.Join(", ", body.Select(b => b.Name))}) were read from the example, all optional and undescribed."));
                }
            }

            foreach ((string json, int line) in examples)
            {
                kept.Add(new SpecExample(json, default));
                Line(kept.Count == 1 ? "request.example" : "request.examples", line);
                Line($"request.example#{kept.Count - 1}", line);
            }

            if (body.Count == 0 && items is null && kept.Count > 0)
            {
                _findings.Add(new Finding(FindingKind.LeftOut, examples[0].Line, "The request example shows no attribute the spec can declare; it is left out."));
                kept.Clear();
            }
        }

        return new RequestSpec(path.ToEquatableArray(), query.ToEquatableArray(), body.ToEquatableArray(), kept.ToEquatableArray(), items);
    }

    /// <summary>The type of the items of an array body: the page's table describes them, or the example shows them.</summary>
    private TypeRef ArrayItems(TypeReader types, IEnumerable<AttributeTable> tables, JsonValue example)
    {
        JsonValue? first = example.Items.FirstOrDefault();
        List<AttributeRow> rows = tables.SelectMany(t => t.Rows).ToList();
        if (first?.Kind == JsonKind.Object && rows.Count > 0)
        {
            string name = TypeReader.TypeName(_page.Id + "-item");
            var reader = new TypeReader(new[] { new AttributeTable(name, Presence.Unstated, rows, rows[0].Line) }, _findings, openEnums: false);
            TypeRef items = reader.Read(name, "object", string.Empty, first, rows[0].Line, out _);
            foreach (TypeDefinition type in reader.Types)
            {
                types.Adopt(type);
            }

            _findings.Add(new Finding(FindingKind.Check, rows[0].Line, $"The request body is a JSON array; its items are the page's attribute table, named {name} here: give it a better name if one reads more naturally."));
            return items;
        }

        return first is null ? TypeRef.String : types.FromExample(first, "item", 0);
    }

    // ------------------------------------------------------------------------------------ responses

    private List<ResponseSpec> Responses(string id, TypeReader types)
    {
        var responses = new List<ResponseSpec>();
        foreach (StatusSection section in _page.Responses.OrderBy(s => s.Status))
        {
            string path = "responses." + section.Status.ToString(CultureInfo.InvariantCulture);
            Line(path, section.Line);
            bool success = section.Status is >= 200 and <= 299;
            if (!success)
            {
                string? hint = section.Prose.Length == 0 ? null : section.Prose.Length > SpecLimits.MaxHintLength ? section.Prose.Substring(0, SpecLimits.MaxHintLength) : section.Prose;
                EquatableArray<SpecExample> errorExamples = section.Examples.Select(e => new SpecExample(e.Code.TrimEnd() + "\n", default)).ToEquatableArray();
                responses.Add(new ResponseSpec(section.Status, null, hint, ResponseContent.Text, EquatableArray<SpecAttribute>.Empty, null, errorExamples, default));
                continue;
            }

            if (responses.Any(r => r.IsSuccess))
            {
                _findings.Add(new Finding(FindingKind.LeftOut, section.Line, $"Status {section.Status} is a second success; the spec keeps the first."));
                continue;
            }

            if (section.Assumed)
            {
                _findings.Add(new Finding(FindingKind.Repaired, section.Line, "The Response section names no status; its table and example are read as the success, 200 (any 2xx is read as it). Check the status against the server."));
                _notes.Add(path, $"The page's Response section names no status (line {section.Line}): read as 200.");
            }

            ResponseSpec ok = Success(section, path, id, types);

            // The section's own words (not "OK", which is the body): the response's description.
            if (section.Prose.Length > 0 && PlainSuccess().Match(section.Prose) is not { Success: true })
            {
                ok = ok with { Description = section.Prose };
            }

            responses.Add(ok);
        }

        return responses;
    }

    private ResponseSpec Success(StatusSection section, string path, string id, TypeReader types)
    {
        IEnumerable<PageExample> blocks = section.Examples.Count > 0 ? section.Examples : _page.LooseResponseExamples;
        List<(string Json, int Line)> examples = blocks.SelectMany(e => Repaired(e, path + ".example")).ToList();
        List<JsonValue> parsed = examples.Select(e => TryParse(e.Json)).Where(v => v is not null).Select(v => v!).ToList();
        List<AttributeRow> rows = section.Tables.Where(t => t.Owner is null).SelectMany(t => t.Rows).ToList();

        if (rows.Count == 0 && parsed.Count == 0)
        {
            // "OK" (the partner API), "No content" (204), or nothing at all.
            if (PlainSuccess().Match(section.Prose) is { Success: true } plain && Text.Fold(plain.Value) == "ok")
            {
                return new ResponseSpec(section.Status, null, null, ResponseContent.Text, EquatableArray<SpecAttribute>.Empty, null, new[] { new SpecExample("OK", default) }.ToEquatableArray(), default);
            }

            _notes.Add(path, $"The page documents no body for {section.Status} (line {section.Line}); nothing is read.");
            return new ResponseSpec(section.Status, null, null, ResponseContent.None, EquatableArray<SpecAttribute>.Empty, null, EquatableArray<SpecExample>.Empty, default);
        }

        JsonValue? first = parsed.FirstOrDefault();
        if (first?.Kind == JsonKind.Object && first.Members.Count == 0 && rows.Count == 0)
        {
            _notes.Add(path, $"The page's example for {section.Status} is an empty object (line {section.Line}); nothing is read.");
            return new ResponseSpec(section.Status, null, null, ResponseContent.None, EquatableArray<SpecAttribute>.Empty, null, EquatableArray<SpecExample>.Empty, default);
        }

        if (first?.Kind == JsonKind.Array)
        {
            // The table describes the items of an array response.
            JsonValue? item = first.Items.FirstOrDefault();
            TypeRef items;
            if (rows.Count > 0 && item?.Kind == JsonKind.Object)
            {
                string name = TypeReader.TypeName(id + "-item");
                var reader = new TypeReader(new[] { new AttributeTable(name, Presence.Unstated, rows, rows[0].Line) }.Concat(section.Tables.Where(t => t.Owner is not null)), _findings, openEnums: true);
                items = reader.Read(name, "object", string.Empty, item, rows[0].Line, out _);
                foreach (KeyValuePair<string, int> member in reader.MemberLines)
                {
                    Line(member.Key, member.Value); // the items' rows, for check
                }

                foreach (TypeDefinition type in reader.Types)
                {
                    types.Adopt(RequiredWhereEveryExampleHasIt(type, parsed.SelectMany(p => p.Items).ToList()));
                }

                _findings.Add(new Finding(FindingKind.Check, section.Line, $"The {section.Status} response is a JSON array; its items are the page's table, named {name} here: give it a better name if one reads more naturally."));
            }
            else
            {
                items = item is null ? new TypeRef(AttributeType.Json) : types.FromExample(item, id + "-item", section.Line);
            }

            return new ResponseSpec(section.Status, null, null, ResponseContent.Json, EquatableArray<SpecAttribute>.Empty, items, Examples(examples, path), default);
        }

        var body = new List<SpecAttribute>();
        foreach (AttributeRow row in rows)
        {
            if (row.Name.StartsWith("{", StringComparison.Ordinal))
            {
                // {{INDICE_DA_COR}}: the member names are data. A map.
                TypeRef values = types.Read("value", row.Type, row.Description, first?.Members.FirstOrDefault()?.Value, row.Line, out _);
                _findings.Add(new Finding(FindingKind.Check, row.Line, $"The member name '{row.Name}' is a placeholder: the {section.Status} body is read as a map of {values}."));
                return new ResponseSpec(section.Status, null, null, ResponseContent.Json, EquatableArray<SpecAttribute>.Empty, null, Examples(examples, path), default, values);
            }

            JsonValue? value = parsed.Select(p => p.Kind == JsonKind.Object ? p[row.Name] : null).FirstOrDefault(v => v is not null && v.Kind != JsonKind.Null);
            TypeRef type = types.Read(row.Name, row.Type, row.Description, value, row.Line, out _);
            // Required only where every documented example has it: the server is looser than its docs.
            bool always = parsed.Count > 0 && parsed.All(p => p.Kind == JsonKind.Object && p[row.Name] is { Kind: not JsonKind.Null });
            string? description = row.Description.Length == 0 ? null : row.Description;
            string? deprecated = Text.Fold(row.Description).Contains("descontinuado", StringComparison.Ordinal) ? "descontinuado" : null;
            body.Add(new SpecAttribute(row.Name, type, description, always, default, Deprecated: deprecated));
            Line($"{path}.body.{row.Name}", row.Line);
        }

        if (body.Count == 0 && first?.Kind == JsonKind.Object)
        {
            foreach (JsonMember member in first.Members)
            {
                body.Add(new SpecAttribute(member.Name, types.FromExample(member.Value, member.Name, section.Line), null, parsed.All(p => p.Kind == JsonKind.Object && p[member.Name] is not null), default));
            }

            _findings.Add(new Finding(FindingKind.Check, section.Line, $"No table describes the {section.Status} body; its members ({string.Join(", ", body.Select(b => b.Name))}) were read from the example, undescribed."));
        }

        foreach (JsonValue example in parsed.Where(p => p.Kind == JsonKind.Object))
        {
            foreach (JsonMember member in example.Members.Where(m => !body.Any(b => b.Name == m.Name)))
            {
                _findings.Add(new Finding(FindingKind.Check, section.Line, $"The {section.Status} example has the member '{member.Name}', which the page's table does not list (ZAPI009 will say so): declare it if the server sends it."));
            }
        }

        return new ResponseSpec(section.Status, null, null, ResponseContent.Json, Distinct(body).ToEquatableArray(), null, Examples(examples, path), default);
    }

    /// <summary>
    /// A success body that a shared type describes (each member one of the type's, with its type; each
    /// required member of the type present) as that type: one C# type for one meaning.
    /// </summary>
    private ResponseSpec Shared(ResponseSpec response, TypeReader types)
    {
        if (!response.IsSuccess || response.Body.IsEmpty)
        {
            return response;
        }

        bool Describes(TypeDefinition type) =>
            response.Body.All(member => type.Attributes.Any(a => a.Name == member.Name && a.Type == member.Type))
            && type.Attributes.Where(a => a.IsRequired).All(a => response.Body.Any(member => member.Name == a.Name));
        TypeDefinition? shared = _shared.FirstOrDefault(t => !t.IsEnum && Describes(t));
        if (shared is null)
        {
            return response;
        }

        types.Adopt(shared);
        _notes.Add($"responses.{response.StatusCode.ToString(CultureInfo.InvariantCulture)}", $"The page's {response.StatusCode} body ({string.Join(", ", response.Body.Select(b => b.Name))}) is the shared type {shared.Name}: the spec returns it, with the descriptions and presence {shared.Name} declares.");
        return response with { Body = EquatableArray<SpecAttribute>.Empty, Type = TypeRef.Named(shared.Name) };
    }

    private static TypeDefinition RequiredWhereEveryExampleHasIt(TypeDefinition type, List<JsonValue> items)
    {
        if (type.IsEnum || items.Count == 0 || items.Any(i => i.Kind != JsonKind.Object))
        {
            return type;
        }

        return type with
        {
            Attributes = type.Attributes.Select(a => a with { IsRequired = items.All(i => i[a.Name] is { Kind: not JsonKind.Null }) }).ToEquatableArray(),
        };
    }

    private EquatableArray<SpecExample> Examples(List<(string Json, int Line)> examples, string path)
    {
        for (int i = 0; i < examples.Count; i++)
        {
            Line(i == 0 ? path + ".example" : path + ".examples", examples[i].Line);
            Line($"{path}.example#{i}", examples[i].Line);
        }

        return examples.Select(e => new SpecExample(e.Json, default)).ToEquatableArray();
    }

    // ------------------------------------------------------------------------------------ examples

    /// <summary>A page's JSON block as examples: repaired where that is unambiguous, split when it holds several values, left out (and reported) otherwise.</summary>
    private IEnumerable<(string Json, int Line)> Repaired(PageExample block, string path)
    {
        string code = block.Code.Trim() + "\n";
        (string text, IReadOnlyList<JsonFix> fixes, string? error) = JsonRepair.Repair(code);
        if (error is null)
        {
            foreach (JsonFix fix in fixes)
            {
                int line = block.Line + fix.ExampleLine;
                _findings.Add(new Finding(FindingKind.Repaired, line, $"The example is not valid JSON: {fix.What}."));
                _notes.Add(path, $"Repaired from the page (line {line}): {fix.What}; the page's example is not valid JSON.");
            }

            yield return (text, block.Line);
            yield break;
        }

        // Several values in one block (two objects; "Forma antiga -" / "Forma nova -" prose between them).
        List<string>? parts = JsonRepair.SplitValues(code)?.Select(p => p.Json).ToList();
        if (parts is not null)
        {
            _findings.Add(new Finding(FindingKind.Repaired, block.Line, $"The block holds {parts.Count} JSON values{(block.Caption is null ? string.Empty : $" ('{block.Caption}')")}: each is an example of its own."));
            _notes.Add(path, $"The page's block at line {block.Line} holds {parts.Count} JSON values one after the other (a block holds one); each is an example here.");
            foreach (string part in parts)
            {
                yield return (part, block.Line);
            }

            yield break;
        }

        _findings.Add(new Finding(FindingKind.LeftOut, block.Line, $"An example is not valid JSON and has no unambiguous repair ({error}); it is left out."));
    }

    private static JsonValue? TryParse(string json)
    {
        try
        {
            return JsonTextParser.Parse(json);
        }
        catch (JsonSyntaxException)
        {
            return null;
        }
    }

    // ------------------------------------------------------------------------------------ helpers

    /// <summary>Concrete path values from the page's example URLs (<c>/chats/5511999999999</c>).</summary>
    private Dictionary<string, string> ExampleValues(ReadRoute read)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (PageRoute example in _page.ExampleRoutes.Where(r => r.Method == _route.Method))
        {
            foreach (KeyValuePair<string, string> value in RouteReader.Values(read, example.Url))
            {
                values.TryAdd(value.Key, value.Value);
            }
        }

        return values;
    }

    /// <summary>A concrete value a page's example URL gives a query parameter (<c>?page=1&amp;pageSize=20</c>).</summary>
    private string? QueryExample(string name)
    {
        foreach (PageRoute example in _page.ExampleRoutes)
        {
            QueryParameter? value = RouteReader.Read(example.Url).Query.FirstOrDefault(q => Same(q.Name, name));
            if (value?.Example is not null)
            {
                return value.Example;
            }
        }

        return null;
    }

    private static bool Same(string a, string b) => string.Equals(Text.Fold(a).Replace("-", string.Empty).Replace("_", string.Empty), Text.Fold(b).Replace("-", string.Empty).Replace("_", string.Empty), StringComparison.Ordinal);

    private static IEnumerable<SpecAttribute> Distinct(List<SpecAttribute> attributes) =>
        attributes.GroupBy(a => Specs.Naming.GeneratedNames.Property(a.Name)).Select(g => g.First());

    private void Line(string path, int line) => _lines.TryAdd(path, line);

    /// <summary>Each repair as a comment at the part of the spec it changed (the part read from the repaired line), unless a part read from that line has its comment already.</summary>
    private void NoteRepairs()
    {
        foreach (Finding repair in _findings.Where(f => f.Kind == FindingKind.Repaired))
        {
            List<string> paths = _lines.Where(l => l.Value == repair.PageLine && l.Key is not "route" and not "method").Select(l => l.Key).ToList();
            if (paths.All(p => _notes.For(p).Count == 0))
            {
                foreach (string path in paths)
                {
                    _notes.Add(path, $"Repaired from the page (line {repair.PageLine}): {repair.Message}");
                }
            }
        }
    }
}
