using System;
using System.Collections.Generic;
using System.Linq;
using ZApi.Specs.Json;
using ZApi.Specs.Model;
using ZApi.Specs.Plans;
using ZApi.Tool.Docs;
using ZApi.Tool.Import;

namespace ZApi.Tool.Check;

/// <summary>
/// <c>zapi check</c> for event specs (the payloads Z-API posts to a webhook), against the webhook
/// pages. Each spec names its page (<c>page:</c>); the page must still be there. The payloads of all
/// webhook pages are one pool, compared as JSON values after the importer's repairs: every payload
/// of a page must be an example of some event spec (else "a new example"), and every example of a
/// spec must be a payload of some page (else the page changed or dropped it): helpers take examples
/// from a second page (<c>on-message-received-notify-fromme</c>). Every member the page's attribute
/// table documents (top level, and one level down: <c>text.message</c>) must be declared by some
/// spec of the page. A page with payloads that no spec mirrors is a new page. A spec's
/// <c>departures</c> (<c>at: event.example</c>, <c>at: event.text.message</c>) silence what it
/// departs from on purpose, as for endpoint specs.
/// </summary>
internal sealed partial class EventCheck
{
    /// <summary>The path drifts of examples are named by, and which departures name (<c>event.examples</c> too).</summary>
    private const string ExamplePath = "event.example";

    private readonly IReadOnlyList<WebhookPage> _pages;
    private readonly string _pagesRoot;
    private readonly List<(EventSpec Spec, string File)> _specs;
    private readonly Dictionary<EventSpec, HashSet<Departure>> _used = new();

    private readonly Departures _departures = new();

    /// <summary>Every departure of the specs compared, with the pin of the page text it answers today.</summary>
    public List<(string File, Departure Departure, string Pin)> Pins { get; } = new();

    /// <summary>The part of its own webhook page a departure of a spec answers.</summary>
    private PageFragment Fragment(EventSpec spec, Departure departure) => PageFragments.Webhook(_pages.First(p => Mirrors(spec, p)), departure.At);

    private readonly ISet<string> _claimed;

    /// <param name="claimed">The page ids named by event specs that do not parse: those pages are not compared (nor new).</param>
    public EventCheck(IReadOnlyList<WebhookPage> pages, string pagesRoot, List<(EventSpec Spec, string File)> specs, ISet<string> claimed)
    {
        _claimed = claimed;
        _pages = pages;
        _pagesRoot = pagesRoot;
        _specs = specs;
    }

    public List<Drift> Drifts { get; } = new();

    /// <summary>The webhook pages some event spec mirrors (its own page, or a page it took examples from).</summary>
    public HashSet<WebhookPage> Mirrored { get; } = new();

    /// <summary>One payload of a page: a JSON value of one of its blocks (a block may hold several), or the block and why it is not JSON.</summary>
    private sealed record Payload(WebhookPage Page, int Line, string? Caption, JsonValue? Json, string Text, string? Error);

    /// <summary>One example of a spec.</summary>
    private sealed record Example(EventSpec Spec, string File, int Line, JsonValue? Json, string Text);

    public void Run()
    {
        List<Payload> payloads = _pages.SelectMany(Payloads).ToList();
        List<Example> examples = _specs.SelectMany(s => s.Spec.Examples.Select(e => new Example(s.Spec, s.File, e.Span.StartLine + 1, Parse(e.Json), e.Json))).ToList();

        var present = new HashSet<EventSpec>();
        foreach ((EventSpec spec, string file) in _specs)
        {
            if (!_pages.Any(p => Mirrors(spec, p)))
            {
                Add(spec, file, spec.IdSpan.StartLine + 1, "-", 0, "page", $"the page '{spec.PageId}' is not in the documentation (removed or renamed?); set 'page' to the id of the webhook page this event spec mirrors.");
                continue;
            }

            present.Add(spec);
        }

        // The pool: a payload and an example match when they are the same JSON value.
        var matches = new Dictionary<Payload, List<Example>>();
        var matched = new HashSet<Example>();
        foreach (Payload payload in payloads)
        {
            List<Example> same = payload.Json is null ? new() : examples.Where(e => e.Json is not null && Same(payload.Json, e.Json)).ToList();
            matches[payload] = same;
            matched.UnionWith(same);
        }

        // What is left on both sides pairs by likeness (the member names they write): an example the spec changed, or repaired by hand.
        List<Payload> lonePayloads = payloads.Where(p => matches[p].Count == 0).ToList();
        List<Example> loneExamples = examples.Where(e => !matched.Contains(e) && present.Contains(e.Spec)).ToList();
        var pairs = new List<(Payload Payload, Example Example)>();
        var candidates = new List<(Payload Payload, Example Example, double Score)>();
        foreach (Payload payload in lonePayloads)
        {
            HashSet<string> names = Names(payload.Json, payload.Text);
            EventSpec? kind = payload.Json is null ? null : Kind(payload.Json, _specs.Select(s => s.Spec).Where(present.Contains).ToList());
            foreach (Example example in loneExamples)
            {
                HashSet<string> theirs = Names(example.Json, null);
                int union = names.Union(theirs).Count();
                int shared = names.Intersect(theirs).Count();
                double likeness = union == 0 ? 0 : (double)shared / union;
                if (shared >= 2 && (names.IsSubsetOf(theirs) || theirs.IsSubsetOf(names)))
                {
                    likeness = Math.Max(likeness, MinimumLikeness); // a member added or dropped, all the others kept
                }

                if (likeness >= MinimumLikeness)
                {
                    candidates.Add((payload, example, likeness + (kind == example.Spec ? 1 : 0) + (Mirrors(example.Spec, payload.Page) ? 0.5 : 0)));
                }
            }
        }

        var pairedPayloads = new HashSet<Payload>();
        var pairedExamples = new HashSet<Example>();
        foreach ((Payload payload, Example example, _) in candidates.OrderByDescending(c => c.Score))
        {
            if (!pairedPayloads.Contains(payload) && !pairedExamples.Contains(example))
            {
                pairedPayloads.Add(payload);
                pairedExamples.Add(example);
                pairs.Add((payload, example));
            }
        }

        // The specs that took examples from each page (as they are, or changed).
        _drawing = _pages.ToDictionary(
            p => p,
            p => payloads.Where(x => x.Page == p).SelectMany(x => matches[x]).Concat(pairs.Where(x => x.Payload.Page == p).Select(x => x.Example)).Select(e => e.Spec).ToHashSet());
        foreach (WebhookPage page in _pages)
        {
            if (_specs.Any(s => Mirrors(s.Spec, page)) || _drawing[page].Count > 0)
            {
                Mirrored.Add(page);
            }
        }

        foreach ((Payload payload, Example example) in pairs.OrderBy(p => p.Example.File, StringComparer.Ordinal).ThenBy(p => p.Example.Line))
        {
            if (payload.Json is null)
            {
                Add(example.Spec, example.File, example.Line, PageFile(payload.Page), payload.Line, ExamplePath, $"the page's example at line {payload.Line}{Caption(payload)} is not JSON even after the repairs the importer makes ({payload.Error}): the spec's example that writes its members is compared with it by hand; record a departure at '{ExamplePath}' saying what the spec repairs.");
                continue;
            }

            List<ExampleDifference> differences = ExampleDiff.Differences(payload.Json, example.Json!);
            int pageLine = differences.Count > 0 ? payload.Line + differences[0].PageLine : payload.Line;
            int specLine = differences.Count > 0 ? ExampleLine(example, differences[0].SpecLine) : example.Line;
            string listed = ExampleDiff.Summary(differences);
            Add(example.Spec, example.File, specLine, PageFile(payload.Page), pageLine, ExamplePath, $"the example differs from the page's payload at line {payload.Line}{Caption(payload)}: {listed}; update it, or record a departure at '{ExamplePath}' saying why the spec differs.");
        }

        // A payload no spec has: a new example (of a page some spec mirrors; a page none does is new as a whole).
        foreach (Payload payload in lonePayloads.Where(p => !pairedPayloads.Contains(p) && Mirrored.Contains(p.Page) && !IsClaimed(p.Page)))
        {
            List<EventSpec> owners = Owners(payload.Page).Where(present.Contains).ToList();
            if (payload.Json is null)
            {
                EventSpec? owner = owners.Count == 1 ? owners[0] : null;
                Add(owner, owner is null ? "-" : FileOf(owner), owner is null ? 0 : FirstExampleLine(owner), PageFile(payload.Page), payload.Line, ExamplePath, $"the page's example at line {payload.Line}{Caption(payload)} is not JSON even after the repairs the importer makes ({payload.Error}), and no spec example writes its members: add it, repaired, to the event spec of its kind (and record a departure at '{ExamplePath}' saying what the spec repairs).");
                continue;
            }

            EventSpec? kind = Kind(payload.Json, owners);
            string type = payload.Json["type"] is { Kind: JsonKind.String, Text: { } t } ? t : "?";
            Add(kind, kind is null ? "-" : FileOf(kind), kind is null ? 0 : FirstExampleLine(kind), PageFile(payload.Page), payload.Line, ExamplePath,
                $"a new example: the page's payload at line {payload.Line}{Caption(payload)} is an example of no event spec"
                + (kind is null ? $", and no event spec of the page takes payloads like it (type '{type}'): write one." : $"; it is a payload of '{kind.Id}': add it to its examples."));
        }

        // An example no page has any more.
        foreach (Example example in loneExamples.Where(e => !pairedExamples.Contains(e)))
        {
            WebhookPage page = _pages.First(p => Mirrors(example.Spec, p));
            Add(example.Spec, example.File, example.Line, PageFile(page), page.ResponseLine, ExamplePath, $"the spec's example at line {example.Line} is a payload of no webhook page (compared as JSON after the importer's repairs): the page changed or dropped it; update or remove it, or record a departure at '{ExamplePath}' saying why the spec keeps it.");
        }

        foreach (WebhookPage page in _pages.Where(p => Mirrored.Contains(p) && !IsClaimed(p)))
        {
            Attributes(page, Owners(page).Where(present.Contains).ToList());
        }

        foreach ((EventSpec spec, string file) in _specs.Where(s => present.Contains(s.Spec) && !_pages.Any(p => Mirrors(s.Spec, p) && IsClaimed(p))))
        {
            Declared(spec, file, payloads);
        }

        foreach (WebhookPage page in _pages.Where(p => !Mirrored.Contains(p) && !IsClaimed(p) && p.Payloads.Count > 0))
        {
            Drifts.Add(new Drift("-", 0, PageFile(page), page.Payloads[0].Line, "page", $"a new webhook page: the page '{DriftCheck.Key(page.Path, page.Id, _pagesRoot)}' documents {page.Payloads.Count} payload example(s) and no event spec mirrors it; write one event spec per kind of payload, with 'page: {page.Id}'."));
        }

        foreach ((EventSpec spec, string file) in _specs.Where(s => present.Contains(s.Spec)))
        {
            HashSet<Departure> used = _used.TryGetValue(spec, out HashSet<Departure>? u) ? u : new();
            WebhookPage page = _pages.First(p => Mirrors(spec, p));
            Drifts.AddRange(_departures.Stale(spec.Departures, file, PageFile(page), d => Fragment(spec, d)));
            foreach (Departure departure in spec.Departures.Where(d => !used.Contains(d)))
            {
                PageFragment fragment = Fragment(spec, departure);
                Drifts.Add(new Drift(file, departure.Span.StartLine + 1, PageFile(page), fragment.Line, "departures", Departures.Unused(departure, fragment)));
            }

            Pins.AddRange(spec.Departures.Select(d => (file, d, Fragment(spec, d).Pin)));
        }
    }

    /// <summary>How alike (shared member names over all member names) a changed example and its payload must be to be taken as one.</summary>
    private const double MinimumLikeness = 0.75;

    private Dictionary<WebhookPage, HashSet<EventSpec>> _drawing = new();

    /// <summary>
    /// The specs a page's payloads and table belong to: the specs of the page; for a page no spec
    /// names (a second page helpers took examples from), the specs of the pages of the specs that
    /// took examples from it.
    /// </summary>
    private List<EventSpec> Owners(WebhookPage page)
    {
        List<EventSpec> own = _specs.Select(s => s.Spec).Where(s => Mirrors(s, page)).ToList();
        if (own.Count > 0)
        {
            return own;
        }

        HashSet<EventSpec> drawing = _drawing.TryGetValue(page, out HashSet<EventSpec>? d) ? d : new();
        return _specs.Select(s => s.Spec).Where(s => drawing.Contains(s) || drawing.Any(x => x.PageId == s.PageId)).ToList();
    }

    /// <summary>A page an event spec with errors names: what it mirrors cannot be told.</summary>
    private bool IsClaimed(WebhookPage page) => _claimed.Contains(page.Id) || _claimed.Contains(DriftCheck.Key(page.Path, page.Id, _pagesRoot));

    private string FileOf(EventSpec spec) => _specs.First(s => s.Spec == spec).File;

    /// <summary>
    /// "Attribute added": a row of the page's tables whose member (top level, or one level down in
    /// the object of the first) no spec of the page declares.
    /// </summary>
    private void Attributes(WebhookPage page, List<EventSpec> specs)
    {
        if (specs.Count == 0)
        {
            return;
        }

        List<(EventSpec Spec, string File)> owners = specs.Select(s => (s, FileOf(s))).ToList();
        (EventSpec Spec, string File) main = owners.Any(o => o.Spec.IsDefaultOfType) ? owners.First(o => o.Spec.IsDefaultOfType) : owners[0];
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (AttributeRow row in page.Attributes)
        {
            string[] path = row.Name.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Replace("[]", string.Empty).Trim()).Where(p => p.Length > 0).ToArray();
            if (path.Length == 0)
            {
                continue;
            }

            List<(EventSpec Spec, string File, SpecAttribute Member)> declaring = owners
                .SelectMany(o => o.Spec.Members.Where(m => m.Name == path[0]).Select(m => (o.Spec, o.File, m)))
                .ToList();
            if (declaring.Count == 0)
            {
                if (reported.Add(path[0]))
                {
                    Add(main.Spec, main.File, MembersLine(main.Spec), PageFile(page), row.Line, "event." + path[0], $"the page documents '{path[0]}' ({(path.Length == 1 ? row.Type : "object")}) in its attribute table, which no event spec of the page declares.", owners.Select(o => o.Spec));
                }

                continue;
            }

            if (path.Length < 2)
            {
                continue;
            }

            // One level down: some spec that declares the object declares the member in it (a member of json type takes anything).
            var objects = declaring.Select(x => (x.Spec, x.File, x.Member, Members: ObjectMembers(x.Member.Type, x.Spec))).ToList();
            if (objects.Any(x => x.Members is null) || objects.Any(x => x.Members!.Value.Any(m => m.Name == path[1])))
            {
                continue;
            }

            string name = path[0] + "." + path[1];
            if (reported.Add(name))
            {
                var first = objects[0];
                Add(first.Spec, first.File, first.Member.NameSpan.StartLine + 1, PageFile(page), row.Line, "event." + name, $"the page documents '{name}' ({row.Type}) in its attribute table, which no event spec of the page declares in '{path[0]}'.", owners.Select(o => o.Spec));
            }
        }
    }

    /// <summary>The members of the object a member is (a named type, or an array or map of one); null when it is not an object the spec describes (json, a scalar, an enum).</summary>
    private EquatableArray<SpecAttribute>? ObjectMembers(TypeRef type, EventSpec spec)
    {
        TypeRef inner = type.Kind is AttributeType.Array or AttributeType.Map ? type.Items! : type;
        if (inner.Kind != AttributeType.Named)
        {
            return null;
        }

        TypeDefinition? definition = spec.Types.FirstOrDefault(t => t.Name == inner.Name)
            ?? _specs.SelectMany(s => s.Spec.Types).FirstOrDefault(t => t.Name == inner.Name);
        return definition is { IsEnum: false } ? definition.Attributes : null;
    }

    /// <summary>The payload's kind among <paramref name="candidates"/>: the one its <c>type</c>, <c>present</c> member or <c>notification</c> code names; the default of its type otherwise.</summary>
    private static EventSpec? Kind(JsonValue payload, List<EventSpec> candidates) => EventKinds.Choose(candidates, c => c.Kind, payload);

    /// <summary>Whether some payload of the page is an example of one of <paramref name="specs"/> (a page the built-in catalogue's event specs take examples from).</summary>
    public static bool ShowsAnExampleOf(WebhookPage page, IReadOnlyList<EventSpec> specs)
    {
        List<JsonValue> examples = specs.SelectMany(s => s.Examples).Select(e => Parse(e.Json)).OfType<JsonValue>().ToList();
        return examples.Count > 0 && Payloads(page).Any(p => p.Json is not null && examples.Any(e => Same(p.Json, e)));
    }

    private static IEnumerable<Payload> Payloads(WebhookPage page)
    {
        foreach (PageExample block in page.Payloads)
        {
            (IReadOnlyList<(string Json, int Line)> values, string? error) = JsonRepair.Values(block.Code);
            if (error is not null)
            {
                yield return new Payload(page, block.Line, block.Caption, null, block.Code, error);
                continue;
            }

            foreach ((string json, int line) in values)
            {
                yield return new Payload(page, block.Line + line, block.Caption, Parse(json), json, null);
            }
        }
    }

    /// <summary>
    /// The member names a payload or an example writes, at any depth: from the parsed JSON, or, for a
    /// page's block that is not JSON, read from its text by the JSON reader's tolerant name scan.
    /// </summary>
    private static HashSet<string> Names(JsonValue? json, string? pageText) => json is not null
        ? JsonWalk.Members(json).Select(m => m.Name).ToHashSet(StringComparer.Ordinal)
        : JsonTextParser.MemberNames(pageText ?? string.Empty).ToHashSet(StringComparer.Ordinal);

    private static JsonValue? Parse(string json) => ExampleDiff.Parse(json);

    /// <summary>The spec file's line of a line of an example (a literal block's JSON starts on the line after its key).</summary>
    private static int ExampleLine(Example example, int line) => example.Text.Contains('\n') ? example.Line + 1 + line : example.Line;

    private static bool Same(JsonValue a, JsonValue b) => ExampleDiff.Same(a, b);

    private bool Mirrors(EventSpec spec, WebhookPage page) => DriftCheck.Key(page.Path, page.Id, _pagesRoot) == spec.PageId || page.Id == spec.PageId;

    private static string Caption(Payload payload) => payload.Caption is { Length: > 0 } caption ? $" ('{caption}')" : string.Empty;

    private static int FirstExampleLine(EventSpec spec) => spec.Examples.IsEmpty ? MembersLine(spec) : spec.Examples[0].Span.StartLine + 1;

    private static int MembersLine(EventSpec spec) => spec.Members.IsEmpty ? spec.TypeSpan.StartLine + 1 : spec.Members[0].NameSpan.StartLine + 1;

    private static string PageFile(WebhookPage page) => DriftCheck.Relative(page.Path);

    /// <param name="silencers">The specs whose departures may silence the drift (a page's table is every spec of the page's); <paramref name="spec"/> alone by default.</param>
    private void Add(EventSpec? spec, string file, int specLine, string pageFile, int pageLine, string at, string message, IEnumerable<EventSpec>? silencers = null)
    {
        foreach (EventSpec candidate in silencers ?? (spec is null ? Enumerable.Empty<EventSpec>() : new[] { spec }))
        {
            Departure? departure = candidate.Departures.FirstOrDefault(d => Covers(d.At, at));
            if (departure is not null)
            {
                if (!_used.TryGetValue(candidate, out HashSet<Departure>? used))
                {
                    _used[candidate] = used = new HashSet<Departure>();
                }

                used.Add(departure);
                if (_pages.Any(p => Mirrors(candidate, p)))
                {
                    _departures.Silenced(departure, Fragment(candidate, departure), message);
                }

                return; // a deliberate departure, recorded in the spec (unless the page changed under it: reported once, at the departure)
            }
        }

        Drifts.Add(new Drift(file, spec is null ? 0 : Math.Max(1, specLine), pageFile, pageLine, at, message));
    }

    /// <summary>Whether a departure's <c>at</c> names the drift's path or a path above it; <c>event.examples</c> is <c>event.example</c>.</summary>
    private static bool Covers(string departure, string at)
    {
        string path = departure == "event.examples" ? ExamplePath : departure;
        return at == path || at.StartsWith(path + ".", StringComparison.Ordinal);
    }
}
