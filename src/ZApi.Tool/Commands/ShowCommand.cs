using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Reflection;
using ZApi.Specs.Parsing;

namespace ZApi.Tool.Commands;

/// <summary>
/// <c>zapi show &lt;id&gt;</c>: a spec of the built-in catalogue (the one the generator package ships),
/// an endpoint or a webhook event, to read, or to copy into the project (<c>--out</c>) and edit: a
/// spec of the project with a built-in id replaces it. <c>zapi show --list</c>: the catalogue by area
/// (the webhook events are the area <c>events</c>).
/// </summary>
internal static partial class ShowCommand
{
    private const string Prefix = "catalogue/";

    public static Command Create()
    {
        var id = new Argument<string?>("id") { Description = "A built-in endpoint or webhook event: its id (send-text, received-text) or area/id (message/send-text, events/received-text).", Arity = ArgumentArity.ZeroOrOne };
        var list = new Option<bool>("--list") { Description = "List the built-in catalogue: every area and its endpoints, and the webhook events." };
        var output = new Option<string?>("--out", "-o") { Description = "Write the spec to this file or folder (a folder gets specs/<area>/<id>.zapi.yaml beneath it) instead of printing it." };
        var command = new Command("show", "Print a spec of the built-in catalogue (an endpoint or a webhook event), or copy it into the project to edit (it then replaces the built-in one).") { id, list, output };
        command.SetAction(parse => Run.Safely(() => Execute(parse.GetValue(id), parse.GetValue(list), parse.GetValue(output))));
        return command;
    }

    /// <summary>The built-in specs, keyed <c>area/id</c>, as embedded in the tool from the same folder the generator package ships.</summary>
    public static IReadOnlyDictionary<string, string> Catalogue { get; } = Load();

    private static int Execute(string? id, bool list, string? output)
    {
        if (list)
        {
            foreach (IGrouping<string, string> area in Catalogue.Keys.GroupBy(k => k.Split('/')[0]).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                int events = area.Count(IsEvent);
                string kind = events == 0 ? string.Empty : events == area.Count() ? " webhook events" : $", {events} webhook event(s)";
                Console.WriteLine($"{area.Key} ({area.Count()}{kind}): {string.Join(", ", area.Select(k => k.Substring(area.Key.Length + 1)).OrderBy(k => k, StringComparer.Ordinal))}");
            }

            int eventCount = Catalogue.Keys.Count(IsEvent);
            string eventsTotal = eventCount == 0 ? string.Empty : $" and {eventCount} webhook event(s)";
            Console.WriteLine($"{Catalogue.Count - eventCount} endpoint(s){eventsTotal} in {Catalogue.Keys.Select(k => k.Split('/')[0]).Distinct().Count()} area(s).");
            return ToolExit.Success;
        }

        if (string.IsNullOrWhiteSpace(id))
        {
            throw new UsageException("name a built-in endpoint (such as send-text) or webhook event (such as received-text), or use --list.");
        }

        string key = Find(id!.Trim());
        string text = Catalogue[key];
        if (output is null)
        {
            Console.Write(text);
            return ToolExit.Success;
        }

        string target = output.EndsWith(SpecParser.FileSuffix, StringComparison.OrdinalIgnoreCase)
            ? output
            : Path.Combine(output, "specs", key + SpecParser.FileSuffix);
        if (File.Exists(target))
        {
            throw new UsageException($"{Path.GetFullPath(target)} exists already; choose another --out.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        File.WriteAllText(target, text);
        Console.WriteLine($"Wrote {target}: edit it and build; it replaces the built-in '{key}' (ZAPI021 says so).");
        return ToolExit.Success;
    }

    private static string Find(string id)
    {
        string lowered = id.ToLowerInvariant();
        if (Catalogue.ContainsKey(lowered))
        {
            return lowered;
        }

        List<string> matches = Catalogue.Keys.Where(k => k.EndsWith("/" + lowered, StringComparison.Ordinal)).ToList();
        if (matches.Count == 1)
        {
            return matches[0];
        }

        if (matches.Count > 1)
        {
            throw new UsageException($"'{id}' is the id of several built-in specs ({string.Join(", ", matches)}); name one as area/id.");
        }

        string[] near = Catalogue.Keys.Where(k => k.Contains(lowered, StringComparison.Ordinal)).Take(5).ToArray();
        throw new UsageException($"'{id}' is not a built-in endpoint or webhook event{(near.Length > 0 ? "; did you mean " + string.Join(", ", near) + "?" : string.Empty)} ('zapi show --list' lists them).");
    }

    /// <summary>Whether a built-in spec is a webhook event (its root has an <c>event</c> section), as the parser reads it.</summary>
    private static bool IsEvent(string key) => ZApi.Specs.Parsing.SpecParser.Parse(key + ZApi.Specs.Parsing.SpecParser.FileSuffix, Catalogue[key]).IsEventFile;

    private static IReadOnlyDictionary<string, string> Load()
    {
        Assembly assembly = typeof(ShowCommand).Assembly;
        var catalogue = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using Stream stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            string key = name.Substring(Prefix.Length, name.Length - Prefix.Length - SpecParser.FileSuffix.Length).Replace('\\', '/');
            catalogue[key] = reader.ReadToEnd();
        }

        return catalogue;
    }
}
