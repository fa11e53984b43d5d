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
/// credentials changed; deprecation; attributes added, removed, retyped or moved between required
/// and optional; the shape of an answer; examples member by member (<see cref="ExampleDiff"/>);
/// statuses added or removed; shared types' members (<see cref="SharedTypes"/>); pages no spec (nor
/// the built-in catalogue, <see cref="BuiltInCatalogue"/>) mirrors. Event specs (webhook payloads)
/// are compared with the webhook pages by <see cref="EventCheck"/>. A spec's <c>departures</c>
/// silence what it fixes on purpose while the page says the same there (<see cref="Departures"/>);
/// <c>undocumented: true</c> specs are left alone. Lines are printed by <see cref="Locations"/>.
/// </summary>
internal static partial class DriftCheck
{
    public static int Run(DirectoryInfo docs, DirectoryInfo specs, bool github, CheckOptions options)
    {
        if (!docs.Exists)
        {
            throw new UsageException($"{docs.FullName}: no such documentation folder.");
        }

        if (!specs.Exists)
        {
            throw new UsageException($"{specs.FullName}: no such specs folder.");
        }

        if (options.Pin)
        {
            return Departures.PinAll(docs, specs, options);
        }

        List<Drift> drifts = Compare(docs, specs, options);
        foreach (Drift drift in drifts)
        {
            Console.WriteLine(github ? Locations.GitHub(drift) : Locations.Text(drift));
        }

        Console.Error.WriteLine(drifts.Count == 0 ? "zapi check: every spec matches its page." : $"zapi check: {drifts.Count} difference(s) between the specs and the documentation.");
        return drifts.Count == 0 ? ToolExit.Success : ToolExit.Findings;
    }

    /// <param name="pins">When given, receives every departure of the specs compared with the pin of the page text it answers today.</param>
    public static List<Drift> Compare(DirectoryInfo docs, DirectoryInfo specs, CheckOptions? options = null, List<(string File, Departure Departure, string Pin)>? pins = null)
    {
        options ??= CheckOptions.Default;
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
        var parsedFiles = Directory.GetFiles(specs.FullName, "*" + SpecParser.FileSuffix, SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (File: f, Parsed: SpecParser.ParseFile(f))).ToList();

        // The built-in catalogue covers the pages it mirrors, unless a project spec of the same id replaces it.
        var projectIds = parsedFiles.Select(f => f.Parsed.Spec?.Id ?? f.Parsed.Event?.Id ?? Stem(f.File)).ToHashSet(StringComparer.Ordinal);
        HashSet<string> covered = options.Catalogue.CoveredPages(projectIds);
        var shared = new SharedTypes();
        mirrored.UnionWith(pages.Where(p => covered.Contains(p.Id) || covered.Contains(Key(p.Path, p.Id, pagesRoot))));
        brokenEventPages.UnionWith(covered);
        List<EventSpec> builtInEvents = options.Catalogue.Events.Where(e => !projectIds.Contains(e.Id)).ToList();
        brokenEventPages.UnionWith(webhooks.Where(w => EventCheck.ShowsAnExampleOf(w, builtInEvents)).Select(w => w.Id));
        foreach ((string file, SpecParseResult parsed) in parsedFiles)
        {
            string specFile = Relative(file);
            if (parsed.Event is { } eventSpec)
            {
                events.Add((eventSpec, specFile));
                continue;
            }

            if (parsed.Spec is not Spec spec)
            {
                // Its page is still the one its file is named after (or, for an event spec, the one it names): not "a new endpoint" as well.
                string stem = Stem(file);
                mirrored.UnionWith(pages.Where(p => p.Id == stem || p.Id == parsed.NamedPage || Key(p.Path, p.Id, pagesRoot) == parsed.NamedPage));
                if (parsed.NamedPage is { } named)
                {
                    brokenEventPages.Add(named);
                }

                drifts.Add(new Drift(specFile, 1, "-", 0, "spec", "the spec has errors, so it cannot be compared: " + string.Join("; ", parsed.Errors.Where(e => e.IsFatal).Take(3))));
                continue;
            }

            if (spec.Undocumented)
            {
                continue; // no page describes it, on purpose
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
                drifts.Add(new Drift(specFile, spec.IdSpan.StartLine + 1, "-", 0, "page", $"the page '{spec.PageId}' is not in the documentation: if the endpoint is gone, delete this spec; if the page was renamed, set 'page' to its new id; if you keep the endpoint on purpose, mark the spec 'undocumented: true'."));
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
            var comparison = new Comparison(spec, imported, page, specFile, Relative(page.Path)) { Shared = shared };
            comparison.Run();
            comparison.ReportStaleDepartures();
            drifts.AddRange(comparison.Drifts);
            pins?.AddRange(spec.Departures.Select(d => (file, d, comparison.Fragment(d).Pin)));
        }

        drifts.AddRange(shared.Unlisted());

        foreach (EndpointPage page in pages.Where(p => !mirrored.Contains(p) && options.Only.Count == 0))
        {
            drifts.Add(new Drift("-", 0, Relative(page.Path), page.Routes[0].Line, "page", $"a new endpoint: the page '{Key(page.Path, page.Id, pagesRoot)}' ({page.Routes[0].Method} {RouteReader.Read(page.Routes[0].Url).Route}) has no spec; 'zapi import' writes one."));
        }

        // Event specs: the payloads of the webhook pages (a spec with errors still claims its page: not "a new webhook page" as well).
        var eventCheck = new EventCheck(webhooks, pagesRoot, events, brokenEventPages);
        eventCheck.Run();
        pins?.AddRange(eventCheck.Pins);
        drifts.AddRange(eventCheck.Drifts.Where(d => options.Only.Count == 0 || d.SpecFile != "-"));

        return options.Only.Count == 0 ? drifts : drifts.Where(d => options.Only.Any(o => IsUnder(d.SpecFile, o))).ToList();
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

    internal static string Relative(string path) => Locations.Display(path);

    private static string Stem(string file) => Path.GetFileName(file).Substring(0, Path.GetFileName(file).Length - SpecParser.FileSuffix.Length);

    /// <summary>Whether a spec file (as a drift names it) is <paramref name="only"/> or under it.</summary>
    private static bool IsUnder(string specFile, string only)
    {
        if (specFile == "-")
        {
            return false;
        }

        string file = Path.GetFullPath(specFile);
        string limit = Path.GetFullPath(only).TrimEnd('/', '\\');
        return file == limit || file.StartsWith(limit + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    /// <summary>The comparison of one spec with the spec its page gives today.</summary>
    private sealed partial class Comparison
    {
        private readonly Spec _spec;
        private readonly ImportResult _page;
        private readonly EndpointPage _markdown;
        private readonly string _specFile;
        private readonly string _pageFile;

        public Comparison(Spec spec, ImportResult page, EndpointPage markdown, string specFile, string pageFile)
        {
            _spec = spec;
            _page = page;
            _markdown = markdown;
            _specFile = specFile;
            _pageFile = pageFile;
        }

        public List<Drift> Drifts { get; } = new();

        /// <summary>The optional members of shared types, with whether this page lists them (set by <see cref="Compare"/>).</summary>
        public SharedTypes Shared { get; init; } = new();

        private readonly HashSet<Departure> _used = new();

        /// <summary>The members the page's examples of the answer being compared write (a shared type's member may be shown only there).</summary>
        private ISet<string> _exampleMembers = new HashSet<string>();

        private readonly Departures _departures = new();

        private readonly Dictionary<Departure, PageFragment> _fragments = new();

        /// <summary>The part of the page a departure answers, as the page is today.</summary>
        public PageFragment Fragment(Departure departure)
        {
            if (!_fragments.TryGetValue(departure, out PageFragment? fragment))
            {
                _fragments[departure] = fragment = PageFragments.Endpoint(_markdown.Path, _page.PageLines, PageKey(departure.At));
            }

            return fragment;
        }

        /// <summary>
        /// Where the page's lines of a path are keyed: the members of an array answer's items
        /// (<c>responses.200.items.unread</c>) are the members of its item type (<c>types.Chat.unread</c>).
        /// </summary>
        private string PageKey(string at)
        {
            string[] parts = at.Split('.');
            if (parts.Length >= 4 && parts[0] == "responses" && parts[2] == "items" && int.TryParse(parts[1], out int status)
                && _page.Spec.Responses.FirstOrDefault(r => r.StatusCode == status)?.Items is { Kind: AttributeType.Named, Name: { } name })
            {
                return "types." + name + "." + string.Join(".", parts.Skip(3));
            }

            return at;
        }

        /// <summary>A departure that silences no difference any more: the page now agrees (or the path is misspelt), so it would hide the next real change.</summary>
        public void ReportStaleDepartures()
        {
            Drifts.AddRange(_departures.Stale(_spec.Departures, _specFile, _pageFile, Fragment));
            foreach (Departure departure in _spec.Departures.Where(d => !_used.Contains(d)))
            {
                Drifts.Add(new Drift(_specFile, Line(departure.Span), _pageFile, Fragment(departure).Line, "departures", Departures.Unused(departure, Fragment(departure))));
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

            Deprecation();
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

                if (ShapeChanged(path, response, documented))
                {
                    continue;
                }

                _exampleMembers = SharedTypes.ExampleMembers(documented.Examples);
                Members(path + ".body", BodyMembers(response, _spec), BodyMembers(documented, page), _spec, page, sharedType: response.Type?.Name);
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
            // A box that says the endpoint is deprecated is compared as 'deprecated' (DriftCheck.Deprecation), once.
            foreach ((string at, int specLine, string message) in NoteDrifts(
                AllNotes(_spec).Where(n => !PageDeprecation.Says(n.Title, n.Text)),
                AllNotes(_page.Spec).Where(n => !PageDeprecation.Says(n.Title, n.Text)),
                _spec.IdSpan.StartLine + 1))
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
        /// <param name="sharedType">The spec's members are a type shared by several pages (<c>type: MessageSent</c>): an optional member this page does not list may be another page's; <see cref="SharedTypes"/> reports it when no page lists it.</param>
        private void Members(string path, EquatableArray<SpecAttribute> spec, EquatableArray<SpecAttribute> page, Spec specModel, Spec pageModel, int depth = 0, string? pageLines = null, string? sharedType = null)
        {
            pageLines ??= path;
            if (depth > 8)
            {
                return;
            }

            foreach (SpecAttribute documented in page.Where(p => !spec.Any(s => s.Name == p.Name)))
            {
                Add($"{path}.{documented.Name}", SectionLine(path, spec), $"the page documents '{documented.Name}' ({AsWritten($"{pageLines}.{documented.Name}", Shape(documented.Type, pageModel))}) in {Section(path)}, which the spec does not.", $"{pageLines}.{documented.Name}");
            }

            foreach (SpecAttribute attribute in spec)
            {
                int line = attribute.NameSpan.StartLine + 1;
                SpecAttribute? documented = page.FirstOrDefault(p => p.Name == attribute.Name);
                bool shared = sharedType is not null;
                if (shared && !attribute.IsRequired)
                {
                    Shared.Member(sharedType!, attribute, documented is not null || _exampleMembers.Contains(attribute.Name), _spec, _specFile, $"{path}.{attribute.Name}", _pageFile, RouteLine);
                }

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
                    Add($"{path}.{attribute.Name}", line, $"'{attribute.Name}' changed type: the page says {AsWritten($"{pageLines}.{attribute.Name}", pageShape)}, the spec {shape}.", $"{pageLines}.{attribute.Name}");
                    continue;
                }

                ValueDescriptions($"{path}.{attribute.Name}", line, attribute.Type, documented.Type, specModel, pageModel);
                Presence(path, $"{pageLines}.{attribute.Name}", attribute, documented);
                if (Object(attribute.Type, specModel) is { } members && Object(documented.Type, pageModel) is { } pageMembers)
                {
                    Members($"{path}.{attribute.Name}", members, pageMembers, specModel, pageModel, depth + 1, "types." + Inner(documented.Type).Name);
                }
            }
        }

        /// <summary>
        /// The examples, member by member: those that are the same JSON on both sides pair first;
        /// what is left pairs in order and each pair is one line naming what differs, at the first
        /// difference on both sides; an example left on one side is added or dropped.
        /// </summary>
        private void Examples(string path, EquatableArray<SpecExample> spec, EquatableArray<SpecExample> page, int line)
        {
            var ours = spec.Select((e, i) => (Example: e, Json: ExampleDiff.Parse(e.Json))).ToList();
            var theirs = page.Select((e, i) => (Index: i, Example: e, Json: ExampleDiff.Parse(e.Json))).ToList();
            foreach (var example in ours.ToList())
            {
                var same = theirs.FirstOrDefault(t => example.Json is not null && t.Json is not null ? ExampleDiff.Same(t.Json, example.Json) : t.Example.Json.Trim() == example.Example.Json.Trim());
                if (same.Example is not null)
                {
                    theirs.Remove(same);
                    ours.Remove(example);
                }
            }

            for (int i = 0; i < Math.Min(ours.Count, theirs.Count); i++)
            {
                var (example, json) = ours[i];
                var documented = theirs[i];
                int pageStart = PageExampleLine(path, documented.Index);
                if (json is null || documented.Json is null)
                {
                    Add(path, Line(example.Span), $"the example changed: {(documented.Json is null ? "the page's" : "the spec's")} is not JSON, so it is compared as text, and the texts differ.", pageLine: pageStart);
                    continue;
                }

                List<ExampleDifference> differences = ExampleDiff.Differences(documented.Json, json);
                ExampleDifference first = differences[0];
                Add(path, SpecExampleLine(example, first.SpecLine), $"the example changed: {ExampleDiff.Summary(differences)}.", pageLine: pageStart + first.PageLine);
            }

            foreach (var documented in theirs.Skip(ours.Count))
            {
                Add(path, spec.Count > 0 ? Line(spec[spec.Count - 1].Span) : line, $"the page has an example the spec does not (line {PageExampleLine(path, documented.Index)}): add it.", pageLine: PageExampleLine(path, documented.Index));
            }

            foreach (var (example, _) in ours.Skip(theirs.Count))
            {
                Add(path, Line(example.Span), "the spec has an example the page no longer shows: update or remove it.");
            }
        }

        private int PageExampleLine(string path, int index) =>
            _page.PageLines.TryGetValue($"{path}#{index}", out int line) ? line : _page.PageLines.TryGetValue(path, out line) ? line : RouteLine;

        /// <summary>The spec file's line of a line of an example (a literal block's JSON starts on the line after its key).</summary>
        private static int SpecExampleLine(SpecExample example, int line) => example.Json.Contains('\n') ? example.Span.StartLine + 2 + line : example.Span.StartLine + 1;

        private int RouteLine => _page.PageLines.TryGetValue("route", out int route) ? route : 1;

        /// <summary>A page's type as it writes it, with what it reads as when that differs (<c>'timetamp' (read as json)</c>).</summary>
        private string AsWritten(string pageAt, string shape)
        {
            if (!_page.PageLines.TryGetValue(pageAt, out int line))
            {
                return shape;
            }

            AttributeRow? row = _markdown.RequestTables.Concat(_markdown.Responses.SelectMany(r => r.Tables)).SelectMany(t => t.Rows).FirstOrDefault(r => r.Line == line);
            string? written = row?.Type.Trim();
            return written is null || written.Length == 0 || string.Equals(written, shape, StringComparison.OrdinalIgnoreCase) ? shape : $"'{written}' (read as {shape})";
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
        private void Add(string at, int specLine, string message, string? pageAt = null, int? pageLine = null)
        {
            Departure? departure = _spec.Departures.FirstOrDefault(d => at == d.At || at.StartsWith(d.At + ".", StringComparison.Ordinal));
            if (departure is not null)
            {
                _used.Add(departure);
                _departures.Silenced(departure, Fragment(departure), message);
                return; // a deliberate departure, recorded in the spec (unless the page changed under it: reported once, by ReportStaleDepartures)
            }

            int located = pageLine ?? (_page.PageLines.TryGetValue(pageAt ?? at, out int line) ? line
                : _page.PageLines.TryGetValue(at, out line) ? line
                : RouteLine);
            Drifts.Add(new Drift(_specFile, Math.Max(1, specLine), _pageFile, located, at, message));
        }
    }
}
