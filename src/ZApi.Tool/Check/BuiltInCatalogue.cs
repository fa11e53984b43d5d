using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;
using ZApi.Tool.Commands;

namespace ZApi.Tool.Check;

/// <summary>
/// The built-in catalogue a project compiles besides its own specs: the specs that ship with the
/// package (the ones <c>zapi show</c> prints), or a folder of them (<c>--catalogue</c>: the
/// repository's <c>specs/</c>, a package's <c>catalogue/</c>). <c>check</c> does not compare them,
/// but the pages they mirror are covered: a user's project is told only about its own specs and the
/// pages neither covers. A project spec with a built-in id replaces the built-in one.
/// </summary>
internal sealed class BuiltInCatalogue
{
    private BuiltInCatalogue(IReadOnlyList<Spec> endpoints, IReadOnlyList<EventSpec> events, string source)
    {
        Endpoints = endpoints;
        Events = events;
        Source = source;
    }

    public static BuiltInCatalogue None { get; } = new(Array.Empty<Spec>(), Array.Empty<EventSpec>(), "none");

    public IReadOnlyList<Spec> Endpoints { get; }

    public IReadOnlyList<EventSpec> Events { get; }

    /// <summary>Where the catalogue was read from, for the summary line.</summary>
    public string Source { get; }

    /// <summary>The catalogue the tool ships (the package's).</summary>
    public static BuiltInCatalogue Shipped() =>
        From(ShowCommand.Catalogue.Select(c => (c.Key + SpecParser.FileSuffix, c.Value)), "the built-in catalogue");

    /// <summary>Every spec under <paramref name="folder"/>.</summary>
    public static BuiltInCatalogue Folder(DirectoryInfo folder)
    {
        if (!folder.Exists)
        {
            throw new UsageException($"{folder.FullName}: no such catalogue folder.");
        }

        return From(
            Directory.GetFiles(folder.FullName, "*" + SpecParser.FileSuffix, SearchOption.AllDirectories).Select(f => (f, File.ReadAllText(f))),
            Locations.Display(folder.FullName));
    }

    private static BuiltInCatalogue From(IEnumerable<(string Path, string Text)> files, string source)
    {
        var endpoints = new List<Spec>();
        var events = new List<EventSpec>();
        foreach ((string path, string text) in files)
        {
            SpecParseResult parsed = SpecParser.Parse(path, text);
            if (parsed.Spec is { } spec)
            {
                endpoints.Add(spec);
            }
            else if (parsed.Event is { } webhookEvent)
            {
                events.Add(webhookEvent);
            }
        }

        return new BuiltInCatalogue(endpoints, events, source);
    }

    /// <summary>The page ids (<c>page</c>, or the id) the built-in specs mirror that the project's own specs do not replace.</summary>
    public HashSet<string> CoveredPages(ISet<string> projectIds) =>
        Endpoints.Where(s => !s.Undocumented && !projectIds.Contains(s.Id)).Select(s => s.PageId)
            .Concat(Events.Where(e => !projectIds.Contains(e.Id)).Select(e => e.PageId))
            .ToHashSet(StringComparer.Ordinal);
}
