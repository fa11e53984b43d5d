using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;
using ZApi.Tool.Commands;
using ZApi.Tool.Docs;
using ZApi.Tool.Import;

namespace ZApi.Tool.Check;

/// <summary>One difference between a spec and its page, with where it stands on both sides.</summary>
internal sealed record Drift(string SpecFile, int SpecLine, string PageFile, int PageLine, string At, string Message);

/// <summary>
/// <c>zapi check</c>: imports each spec's page again and compares the two. Route, method and
/// credentials changed; attributes added, removed or retyped; examples changed; statuses added or
/// removed; pages no spec mirrors. Event specs (webhook payloads) are compared with the webhook
/// pages by <see cref="EventCheck"/>. A spec's <c>departures</c> silence what it fixes on purpose.
/// </summary>
internal static partial class DriftCheck
{
    /// <summary>The <c>page:</c> line of a spec, read without the parser (for a spec that does not parse).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^page:\s*['""]?([A-Za-z0-9_/.-]+)", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex PageLine();

    public static int Run(DirectoryInfo docs, DirectoryInfo specs, bool github)
    {
        if (!docs.Exists)
        {
            throw new UsageException($"{docs.FullName}: no such documentation folder.");
        }

        if (!specs.Exists)
        {
            throw new UsageException($"{specs.FullName}: no such specs folder.");
        }

        List<Drift> drifts = Compare(docs, specs);
        foreach (Drift drift in drifts)
        {
            Console.WriteLine(github
                ? $"::error file={drift.SpecFile},line={drift.SpecLine},title=zapi check ({drift.At})::{drift.Message} (documentation: {drift.PageFile}:{drift.PageLine})"
                : $"{drift.SpecFile}:{drift.SpecLine}: {drift.PageFile}:{drift.PageLine}: {drift.Message}");
        }

        Console.Error.WriteLine(drifts.Count == 0 ? "zapi check: every spec matches its page." : $"zapi check: {drifts.Count} difference(s) between the specs and the documentation.");
        return drifts.Count == 0 ? ToolExit.Success : ToolExit.Findings;
    }

    public static List<Drift> Compare(DirectoryInfo docs, DirectoryInfo specs)
    {
        string pagesRoot = Directory.Exists(Path.Combine(docs.FullName, "docs")) ? Path.Combine(docs.FullName, "docs") : docs.FullName;
        var pages = new List<EndpointPage>();
        var webhooks = new List<WebhookPage>();
        foreach (string file in Directory.GetFiles(pagesRoot, "*.md", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            PageReadResult read = PageReader.Read(file);
            if (read.Page is { } page)
            {
                pages.Add(page);
            }
            else if (read.Webhook is { } webhook)
            {
                webhooks.Add(webhook);
            }
        }

        var drifts = new List<Drift>();
        var mirrored = new HashSet<EndpointPage>();
        var events = new List<(EventSpec Spec, string File)>();
        var brokenEventPages = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in Directory.GetFiles(specs.FullName, "*" + SpecParser.FileSuffix, SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            string specFile = Relative(file);
            SpecParseResult parsed = SpecParser.ParseFile(file);
            if (parsed.Event is { } eventSpec)
            {
                events.Add((eventSpec, specFile));
                continue;
            }

            if (parsed.Spec is not Spec spec)
            {
                // Its page is still the one its file is named after (or, for an event spec, the one it names): not "a new endpoint" as well.
                string stem = Path.GetFileName(file).Substring(0, Path.GetFileName(file).Length - SpecParser.FileSuffix.Length);
                mirrored.UnionWith(pages.Where(p => p.Id == stem));
                if (PageLine().Match(File.ReadAllText(file)) is { Success: true } named)
                {
                    brokenEventPages.Add(named.Groups[1].Value);
                }

                drifts.Add(new Drift(specFile, 1, "-", 0, "spec", "the spec has errors, so it cannot be compared: " + string.Join("; ", parsed.Errors.Where(e => e.IsFatal).Take(3))));
                continue;
            }

            List<EndpointPage> candidates = pages.Where(p => Key(p.Path, p.Id, pagesRoot) == spec.PageId || p.Id == spec.PageId).ToList();
            if (candidates.Count == 0 && webhooks.FirstOrDefault(w => Key(w.Path, w.Id, pagesRoot) == spec.PageId || w.Id == spec.PageId) is { } webhook)
            {
                // A configuration route told on a webhook payload page: its method and route are what the page documents.
                if (!webhook.ConfigurationRoutes.Any(r => r.Method == spec.Method && Normalize(RouteReader.Read(r.Url).Route) == Normalize(spec.Route))
                    && !spec.Departures.Any(d => d.At is "route" or "method"))
                {
                    int documented = webhook.ConfigurationRoutes.Count > 0 ? webhook.ConfigurationRoutes[0].Line : webhook.ResponseLine;
                    drifts.Add(new Drift(specFile, spec.RouteSpan.StartLine + 1, Relative(webhook.Path), documented, "route", $"the page documents the configuration routes {string.Join(", ", webhook.ConfigurationRoutes.Select(r => r.Method + " " + RouteReader.Read(r.Url).Route))}, not {spec.Method} {spec.Route}."));
                }

                // The page's notes about the webhook (outside its Response section) are the configuration route's.
                var lines = webhook.Notes.GroupBy(n => PageImporter.NotePath(n.Text)).ToDictionary(g => g.Key, g => g.First().Line);
                foreach ((string at, int specLine, string message) in NoteDrifts(Comparison.AllNotes(spec), webhook.Notes.Select(n => new PageNote(n.Kind, n.Title, n.Text, default)), spec.IdSpan.StartLine + 1))
                {
                    if (!spec.Departures.Any(d => at == d.At || at.StartsWith(d.At + ".", StringComparison.Ordinal)))
                    {
                        drifts.Add(new Drift(specFile, specLine, Relative(webhook.Path), lines.TryGetValue(at, out int pageLine) ? pageLine : webhook.ResponseLine, at, message));
                    }
                }

                continue;
            }

            if (candidates.Count == 0)
            {
                drifts.Add(new Drift(specFile, spec.IdSpan.StartLine + 1, "-", 0, "page", $"the page '{spec.PageId}' is not in the documentation (removed or renamed?); set 'page' to the id of the page this spec mirrors."));
                continue;
            }

            EndpointPage page = candidates.First();
            mirrored.UnionWith(candidates.Where(c => c.Id == page.Id && candidates.Count == 1 || Key(c.Path, c.Id, pagesRoot) == spec.PageId));
            mirrored.Add(page);
            // On a page with several routes, the spec's is the one with its method and route (ids may have been renamed).
            PageRoute route = page.Routes.FirstOrDefault(r => r.Method == spec.Method && Normalize(RouteReader.Read(r.Url).Route) == Normalize(spec.Route))
                ?? page.Routes.FirstOrDefault(r => PageImporter.SpecId(page, r) == spec.Id)
                ?? page.Routes[0];
            HarRequest? har = HarRequest.NamedBy(page, _ => { });
            ImportResult imported = PageImporter.Import(page, route, har, file);
            var comparison = new Comparison(spec, imported, specFile, Relative(page.Path));
            comparison.Run();
            comparison.ReportStaleDepartures();
            drifts.AddRange(comparison.Drifts);
        }

        foreach (EndpointPage page in pages.Where(p => !mirrored.Contains(p)))
        {
            drifts.Add(new Drift("-", 0, Relative(page.Path), page.Routes[0].Line, "page", $"a new endpoint: the page '{Key(page.Path, page.Id, pagesRoot)}' ({page.Routes[0].Method} {RouteReader.Read(page.Routes[0].Url).Route}) has no spec; 'zapi import' writes one."));
        }

        // Event specs: the payloads of the webhook pages (a spec with errors still claims its page: not "a new webhook page" as well).
        var eventCheck = new EventCheck(webhooks, pagesRoot, events, brokenEventPages);
        eventCheck.Run();
        drifts.AddRange(eventCheck.Drifts);

        return drifts;
    }

    /// <summary>
    /// The page's note boxes against the spec's, wherever each stands in the spec (its level is the
    /// spec's to choose): a box the spec lacks is added, one whose text changed (same kind and title)
    /// is changed, one the page no longer has is removed. Each is named <c>notes.&lt;first words&gt;</c>.
    /// </summary>
    /// <param name="topLine">The spec line for a note the spec lacks.</param>
    internal static List<(string At, int SpecLine, string Message)> NoteDrifts(IEnumerable<PageNote> spec, IEnumerable<PageNote> page, int topLine)
    {
        var drifts = new List<(string, int, string)>();
        List<PageNote> ours = spec.ToList();
        List<PageNote> theirs = page.ToList();
        foreach (PageNote documented in theirs.ToList())
        {
            PageNote? same = ours.FirstOrDefault(n => n.Kind == documented.Kind && n.Title == documented.Title && Comparison.Collapse(n.Text) == Comparison.Collapse(documented.Text));
            if (same is not null)
            {
                ours.Remove(same);
                theirs.Remove(documented);
            }
        }

        foreach (PageNote documented in theirs)
        {
            string at = PageImporter.NotePath(documented.Text);
            PageNote? changed = ours.FirstOrDefault(n => n.Kind == documented.Kind && n.Title == documented.Title);
            if (changed is not null)
            {
                ours.Remove(changed);
                drifts.Add((at, changed.Span.StartLine + 1, $"the note {Comparison.Describe(documented)} changed: the page says \"{Comparison.Excerpt(documented.Text)}\", the spec \"{Comparison.Excerpt(changed.Text)}\"."));
                continue;
            }

            drifts.Add((at, topLine, $"the page has the note {Comparison.Describe(documented)} \"{Comparison.Excerpt(documented.Text)}\", which the spec does not; add it under 'notes' where it belongs (the endpoint, an attribute or a response), or a departure at '{at}' when it is not about the API."));
        }

        foreach (PageNote kept in ours)
        {
            drifts.Add((PageImporter.NotePath(kept.Text), kept.Span.StartLine + 1, $"the spec has the note {Comparison.Describe(kept)} \"{Comparison.Excerpt(kept.Text)}\", which the page no longer gives."));
        }

        return drifts;
    }

    /// <summary>JSON equality; an example with a member twice (which JsonNode refuses when compared) is compared as text.</summary>
    internal static bool SameJson(JsonNode? a, JsonNode? b)
    {
        try
        {
            return JsonNode.DeepEquals(a, b);
        }
        catch (ArgumentException)
        {
            return a?.ToJsonString() == b?.ToJsonString();
        }
    }

    internal static JsonNode? ParseJson(string json)
    {
        try
        {
            return JsonNode.Parse(json);
        }
        catch (System.Text.Json.JsonException)
        {
            return JsonValue.Create(json.Trim());
        }
    }

    /// <summary>A page's id, qualified by its area when another page shares the id (<c>communities/redefine-invitation-link</c>).</summary>
    internal static string Key(string path, string id, string pagesRoot)
    {
        string area = Path.GetRelativePath(pagesRoot, Path.GetDirectoryName(path)!).Replace('\\', '/');
        return area + "/" + id;
    }

    /// <summary>A route with its parameters' names dropped: <c>/chats/{phone}</c> and <c>/chats/{id}</c> are one route.</summary>
    private static string Normalize(string route) => System.Text.RegularExpressions.Regex.Replace(route, @"\{[^}]*\}", "{}");

    internal static string Relative(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path).Replace('\\', '/');

    /// <summary>The comparison of one spec with the spec its page gives today.</summary>
    private sealed class Comparison
    {
        private readonly Spec _spec;
        private readonly ImportResult _page;
        private readonly string _specFile;
        private readonly string _pageFile;

        public Comparison(Spec spec, ImportResult page, string specFile, string pageFile)
        {
            _spec = spec;
            _page = page;
            _specFile = specFile;
            _pageFile = pageFile;
        }

        public List<Drift> Drifts { get; } = new();

        private readonly HashSet<Departure> _used = new();

        /// <summary>A departure that silences no difference any more: the page now agrees (or the path is misspelt), so it would hide the next real change.</summary>
        public void ReportStaleDepartures()
        {
            foreach (Departure departure in _spec.Departures.Where(d => !_used.Contains(d)))
            {
                Drifts.Add(new Drift(_specFile, Line(departure.Span), _pageFile, _page.PageLines.TryGetValue("route", out int route) ? route : 1, "departures", $"the departure at '{departure.At}' silences no difference: the page agrees with the spec there now (or the path is not one check names); remove it."));
            }
        }

        public void Run()
        {
            Spec page = _page.Spec;
            int routeLine = Line(_spec.RouteSpan);
            if (page.Method != _spec.Method)
            {
                Add("method", routeLine, $"the method changed: the page says {page.Method}, the spec {_spec.Method}.");
            }

            if (Normalize(page.Route) != Normalize(_spec.Route))
            {
                Add("route", routeLine, $"the route changed: the page says {page.Route}, the spec {_spec.Route}.");
            }

            if (page.Credentials != _spec.Credentials)
            {
                Add("credentials", routeLine, $"the credentials changed: the page implies '{CredentialsNames.All[(int)page.Credentials]}', the spec says '{CredentialsNames.All[(int)_spec.Credentials]}'.");
            }

            Members("request.path", _spec.Request.Path, page.Request.Path, _spec, page);
            Members("request.query", _spec.Request.Query, page.Request.Query, _spec, page);
            Members("request.body", _spec.Request.Body, page.Request.Body, _spec, page);
            Examples("request.example", _spec.Request.Examples, page.Request.Examples, routeLine);

            foreach (ResponseSpec response in page.Responses.Where(r => !_spec.Responses.Any(s => s.StatusCode == r.StatusCode)))
            {
                Add($"responses.{response.StatusCode}", _spec.Responses.IsEmpty ? 1 : _spec.Responses[0].StatusSpan.StartLine + 1, $"the page documents status {response.StatusCode}, which the spec does not.");
            }

            foreach (ResponseSpec response in _spec.Responses)
            {
                string path = $"responses.{response.StatusCode}";
                ResponseSpec? documented = page.Responses.FirstOrDefault(r => r.StatusCode == response.StatusCode);
                if (documented is null)
                {
                    Add(path, response.StatusSpan.StartLine + 1, $"the spec documents status {response.StatusCode}, which the page no longer does.");
                    continue;
                }

                if (!response.IsSuccess)
                {
                    continue;
                }

                if (documented.Description is { } said && Collapse(said) != Collapse(response.Description ?? string.Empty))
                {
                    Add(path + ".description", response.StatusSpan.StartLine + 1, $"the page describes response {response.StatusCode} as \"{Excerpt(said)}\"; the spec says {(response.Description is null ? "nothing" : "\"" + Excerpt(response.Description) + "\"")}: write it as its 'description'.");
                }

                Members(path + ".body", BodyMembers(response, _spec), BodyMembers(documented, page), _spec, page, shared: response.Type is not null);
                if (response.Items is { } items && documented.Items is { } pageItems && Object(items, _spec) is { } itemMembers && Object(pageItems, page) is { } pageItemMembers)
                {
                    // A JSON array body: the members of its items.
                    Members(path + ".items", itemMembers, pageItemMembers, _spec, page, pageLines: "types." + pageItems.Name);
                }
                Examples(path + ".example", response.Examples, documented.Examples, response.StatusSpan.StartLine + 1);
            }

            Notes();
        }

        /// <summary>
        /// The page's note boxes against the spec's, wherever each stands in the spec (its level is the
        /// spec's to choose): a box the spec lacks is added, one whose text changed is changed, one the
        /// page no longer has is removed. Each is named <c>notes.&lt;first words&gt;</c>.
        /// </summary>
        private void Notes()
        {
            foreach ((string at, int specLine, string message) in NoteDrifts(AllNotes(_spec), AllNotes(_page.Spec), _spec.IdSpan.StartLine + 1))
            {
                Add(at, specLine, message, message.Contains("which the page no longer gives", StringComparison.Ordinal) ? "route" : null);
            }
        }

        /// <summary>Every note of a spec: the endpoint's, its attributes' (request, types) and its responses'.</summary>
        internal static IEnumerable<PageNote> AllNotes(Spec spec) =>
            spec.Notes
                .Concat(spec.Request.Path.Concat(spec.Request.Query).Concat(spec.Request.Body).SelectMany(a => a.Notes))
                .Concat(spec.Responses.SelectMany(r => r.Notes.Concat(r.Body.SelectMany(a => a.Notes))))
                .Concat(spec.Types.SelectMany(t => t.Attributes.SelectMany(a => a.Notes)));

        internal static string Describe(PageNote note) => $"':::{note.Kind}{(note.Title is null ? string.Empty : " " + note.Title)}'";

        internal static string Collapse(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();

        internal static string Excerpt(string text)
        {
            string flat = Collapse(text);
            return flat.Length <= 80 ? flat : flat.Substring(0, 77) + "...";
        }

        /// <summary>What the page says the values of an enum mean, against the spec's: a value whose meaning the page gives (or changed) and the spec does not say.</summary>
        private void ValueDescriptions(string path, int line, TypeRef spec, TypeRef page, Spec specModel, Spec pageModel)
        {
            if (specModel.FindType(Inner(spec).Name ?? string.Empty) is not { IsEnum: true } ours || pageModel.FindType(Inner(page).Name ?? string.Empty) is not { IsEnum: true } theirs)
            {
                return;
            }

            foreach (EnumValueDescription documented in theirs.EnumDescriptions.Where(d => ours.EnumValues.Contains(d.Value)))
            {
                string? said = ours.DescriptionOf(documented.Value);
                if (said is null || Collapse(said) != Collapse(documented.Description))
                {
                    Add(path, line, $"the page says the value '{documented.Value}' of {ours.Name} means \"{Excerpt(documented.Description)}\"; the spec says {(said is null ? "nothing" : "\"" + Excerpt(said) + "\"")}: write it as '{{ value: {documented.Value}, description: ... }}' under 'enum'.");
                }
            }
        }

        /// <param name="pageLines">Where the page's lines of these members are keyed: the section itself, or <c>types.&lt;Name&gt;</c> for a nested object.</param>
        /// <param name="shared">The spec's members are a type shared by several pages (<c>type: MessageSent</c>): an optional member this page does not list is another page's, not drift.</param>
        private void Members(string path, EquatableArray<SpecAttribute> spec, EquatableArray<SpecAttribute> page, Spec specModel, Spec pageModel, int depth = 0, string? pageLines = null, bool shared = false)
        {
            pageLines ??= path;
            if (depth > 8)
            {
                return;
            }

            foreach (SpecAttribute documented in page.Where(p => !spec.Any(s => s.Name == p.Name)))
            {
                Add($"{path}.{documented.Name}", SectionLine(path, spec), $"the page documents '{documented.Name}' ({Shape(documented.Type, pageModel)}) in {Section(path)}, which the spec does not.", $"{pageLines}.{documented.Name}");
            }

            foreach (SpecAttribute attribute in spec)
            {
                int line = attribute.NameSpan.StartLine + 1;
                SpecAttribute? documented = page.FirstOrDefault(p => p.Name == attribute.Name);
                if (documented is null && !(shared && !attribute.IsRequired))
                {
                    Add($"{path}.{attribute.Name}", line, $"the spec has '{attribute.Name}' in {Section(path)}, which the page no longer documents.", page.IsEmpty ? "route" : $"{pageLines}.{page[0].Name}");
                    continue;
                }

                if (documented is null)
                {
                    continue;
                }

                string shape = Shape(attribute.Type, specModel);
                string pageShape = Shape(documented.Type, pageModel);
                if (shape != pageShape)
                {
                    Add($"{path}.{attribute.Name}", line, $"'{attribute.Name}' changed type: the page says {pageShape}, the spec {shape}.", $"{pageLines}.{attribute.Name}");
                    continue;
                }

                ValueDescriptions($"{path}.{attribute.Name}", line, attribute.Type, documented.Type, specModel, pageModel);
                if (Object(attribute.Type, specModel) is { } members && Object(documented.Type, pageModel) is { } pageMembers)
                {
                    Members($"{path}.{attribute.Name}", members, pageMembers, specModel, pageModel, depth + 1, "types." + Inner(documented.Type).Name);
                }
            }
        }

        private void Examples(string path, EquatableArray<SpecExample> spec, EquatableArray<SpecExample> page, int line)
        {
            List<JsonNode?> ours = spec.Select(e => ParseJson(e.Json)).ToList();
            List<JsonNode?> theirs = page.Select(e => ParseJson(e.Json)).ToList();
            bool same = ours.Count == theirs.Count && ours.All(o => theirs.Any(t => SameJson(o, t)));
            if (!same)
            {
                Add(path, spec.Count > 0 ? Line(spec[0].Span) : line, $"the examples changed: the page has {theirs.Count}, the spec {ours.Count}{(ours.Count == theirs.Count ? ", with different content" : string.Empty)}.");
            }
        }

        /// <summary>A type as the page can tell it: built-in types by name, named types as object or enum (their names are the spec's to choose).</summary>
        private static string Shape(TypeRef type, Spec spec) => type.Kind switch
        {
            AttributeType.Named => spec.FindType(type.Name!) is { IsEnum: true } ? "enum" : "object",
            AttributeType.Array => "array of " + Shape(type.Items!, spec),
            AttributeType.Map => "map of " + Shape(type.Items!, spec),
            _ => type.ToString(),
        };

        /// <summary>The members of an object body: its own, or those of the named type it is (<c>type: MessageSent</c>).</summary>
        private static EquatableArray<SpecAttribute> BodyMembers(ResponseSpec response, Spec spec) =>
            response.Type is { } named && spec.FindType(named.Name!) is { } type ? type.Attributes : response.Body;

        private static TypeRef Inner(TypeRef type) => type.Kind is AttributeType.Array or AttributeType.Map ? type.Items! : type;

        /// <summary>Where a member the page added belongs in the spec: beside the section's first member, or the top of the file.</summary>
        private static int SectionLine(string path, EquatableArray<SpecAttribute> members) => members.IsEmpty ? 1 : members[0].NameSpan.StartLine + 1;

        private static EquatableArray<SpecAttribute>? Object(TypeRef type, Spec spec)
        {
            TypeRef inner = Inner(type);
            return inner.Kind == AttributeType.Named && spec.FindType(inner.Name!) is { IsEnum: false } named ? named.Attributes : null;
        }

        private static string Section(string path) => path.Replace("request.", "the request ").Replace("responses.", "response ").Replace(".body", " body");

        private int Line(SourceSpan span) => span.StartLine + 1;

        /// <param name="pageAt">The key of the page's line when it is not <paramref name="at"/> (a nested object's members are keyed by their type).</param>
        private void Add(string at, int specLine, string message, string? pageAt = null)
        {
            Departure? departure = _spec.Departures.FirstOrDefault(d => at == d.At || at.StartsWith(d.At + ".", StringComparison.Ordinal));
            if (departure is not null)
            {
                _used.Add(departure);
                return; // a deliberate departure, recorded in the spec
            }

            int pageLine = _page.PageLines.TryGetValue(pageAt ?? at, out int line) ? line
                : _page.PageLines.TryGetValue(at, out line) ? line
                : _page.PageLines.TryGetValue("route", out int route) ? route : 1;
            Drifts.Add(new Drift(_specFile, Math.Max(1, specLine), _pageFile, pageLine, at, message));
        }
    }
}
