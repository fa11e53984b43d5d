using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using ZApi.Specs.Parsing;
using ZApi.Tool.Docs;
using ZApi.Tool.Import;

namespace ZApi.Tool.Commands;

/// <summary>
/// <c>zapi import &lt;page.md | folder&gt; [--har &lt;example.json&gt;] [--out &lt;file or folder&gt;]</c>: a
/// documentation page (or every page of a folder) into a spec, with what was repaired, left out and still to check.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var page = new Argument<string>("page") { Description = "A documentation page (Markdown) in the Z-API documentation's layout, or a folder: every page under it." };
        var har = new Option<FileInfo?>("--har") { Description = "The page's HAR request example: it confirms method, route, query and credential header, and adds its body as an example when it agrees with the page. Default: the json-examples/<name>.json the page's code iframe names, when the documentation folder has it." };
        var noHar = new Option<bool>("--no-har") { Description = "Do not look for the HAR example a page names." };
        var output = new Option<string?>("--out", "-o") { Description = "Where to write: a .zapi.yaml file, or a folder (default: the current folder, <id>.zapi.yaml). A folder of pages keeps its areas as sub-folders." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only warnings, errors and the files written." };
        var types = new Option<FileInfo[]>("--types") { Description = "A spec whose object types the import reuses (repeatable): a success body the type describes (its members among the type's, the type's required ones present) becomes 'type: <Name>', so specs that mean the same thing share one C# type." };
        var command = new Command("import", "Import a documentation page into a spec: route, credentials, attributes, types, examples, documented statuses.") { page, har, noHar, output, quiet, types };
        command.SetAction(parse => Run.Safely(() => Execute(
            parse.GetValue(page)!,
            parse.GetValue(har),
            new Options(parse.GetValue(noHar), parse.GetValue(output), parse.GetValue(quiet), SharedTypes(parse.GetValue(types) ?? Array.Empty<FileInfo>())))));
        return command;
    }

    /// <summary>What applies to every page of one run.</summary>
    private sealed record Options(bool NoHar, string? Output, bool Quiet, IReadOnlyList<ZApi.Specs.Model.TypeDefinition> Shared);

    /// <summary>The object types the <c>--types</c> specs declare; a spec that does not parse is a usage error.</summary>
    private static IReadOnlyList<ZApi.Specs.Model.TypeDefinition> SharedTypes(FileInfo[] files)
    {
        var shared = new List<ZApi.Specs.Model.TypeDefinition>();
        foreach (FileInfo file in files)
        {
            if (!file.Exists)
            {
                throw new UsageException($"{file.FullName}: no such spec (--types).");
            }

            SpecParseResult parsed = SpecParser.ParseFile(file.FullName);
            if (parsed.Spec is null || parsed.Errors.Any(e => e.IsFatal))
            {
                throw new UsageException($"{file.FullName}: the spec has errors, so its types cannot be reused ({parsed.Errors.First(e => e.IsFatal)}).");
            }

            shared.AddRange(parsed.Spec.Types.Where(t => !t.IsEnum));
        }

        return shared;
    }

    private static int Execute(string input, FileInfo? har, Options options)
    {
        if (har is { Exists: false })
        {
            throw new UsageException($"{har.FullName}: no such HAR file.");
        }

        if (Directory.Exists(input))
        {
            if (har is not null)
            {
                throw new UsageException("--har names one page's example; with a folder, each page's own example is used.");
            }

            return ImportFolder(new DirectoryInfo(input), options);
        }

        var file = new FileInfo(input);
        if (!file.Exists)
        {
            throw new UsageException($"{file.FullName}: no such page or folder.");
        }

        return ImportPage(file, har, options, alone: true) switch
        {
            PageOutcome.Imported => ToolExit.Success,
            _ => ToolExit.Findings,
        };
    }

    private static int ImportFolder(DirectoryInfo folder, Options options)
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        string pagesRoot = Directory.Exists(Path.Combine(folder.FullName, "docs")) ? Path.Combine(folder.FullName, "docs") : folder.FullName;
        var outcomes = new List<PageOutcome>();
        foreach (string path in Directory.GetFiles(pagesRoot, "*.md", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            string area = Path.GetRelativePath(pagesRoot, Path.GetDirectoryName(path)!);
            string target = options.Output is null ? area : Path.Combine(options.Output, area);
            outcomes.Add(ImportPage(new FileInfo(path), null, options with { Output = target + Path.DirectorySeparatorChar }, alone: false));
        }

        int imported = outcomes.Count(o => o == PageOutcome.Imported);
        int failing = outcomes.Count(o => o == PageOutcome.HasErrors);
        int webhooks = outcomes.Count(o => o == PageOutcome.Webhook);
        int skipped = outcomes.Count(o => o == PageOutcome.NotAnEndpoint);
        Console.WriteLine($"{outcomes.Count} page(s): {imported} imported into specs that parse, {failing} with errors to edit, {webhooks} webhook payload pages (their event specs are written by hand; 'zapi check' compares them), {skipped} not endpoint pages ({stopwatch.Elapsed.TotalSeconds:F1} s).");
        return failing == 0 ? ToolExit.Success : ToolExit.Findings;
    }

    private enum PageOutcome
    {
        Imported,
        HasErrors,
        NotAnEndpoint,
        Webhook,
    }

    private static PageOutcome ImportPage(FileInfo page, FileInfo? har, Options options, bool alone)
    {
        PageReadResult read = PageReader.Read(page.FullName);
        if (read.Page is null)
        {
            (alone ? Console.Error : Console.Out).WriteLine($"zapi: {page.Name}: {read.NotAnEndpoint}.");
            return read.Webhook is null ? PageOutcome.NotAnEndpoint : PageOutcome.Webhook;
        }

        HarRequest? request = har is not null ? HarRequest.Read(har.FullName)
            : options.NoHar ? null
            : HarRequest.NamedBy(read.Page, problem => Console.WriteLine($"{page.Name}:{read.Page.Har?.Line}: warning: HAR: {problem} It is not used."));
        PageOutcome outcome = PageOutcome.Imported;
        foreach (PageRoute route in read.Page.Routes)
        {
            string id = PageImporter.SpecId(read.Page, route);
            string target = Target(options.Output, id, read.Page.Routes.Count > 1);
            ImportResult result = PageImporter.Import(read.Page, route, read.Page.Routes.Count == 1 ? request : null, target, options.Shared);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
            File.WriteAllText(target, result.Yaml);
            foreach (string line in ImportReport.Lines(result, page.Name, options.Quiet))
            {
                Console.WriteLine(line);
            }

            Console.WriteLine(result.HasErrors
                ? $"Wrote {target}: it does not build yet ({result.Problems.Count(p => p.IsFatal)} error(s) above)."
                : $"Wrote {target}.");
            if (result.HasErrors)
            {
                outcome = PageOutcome.HasErrors;
            }
        }

        return outcome;
    }

    private static string Target(string? output, string id, bool several)
    {
        string file = id + SpecParser.FileSuffix;
        if (output is null)
        {
            return Path.Combine(Environment.CurrentDirectory, file);
        }

        return output.EndsWith(SpecParser.FileSuffix, StringComparison.OrdinalIgnoreCase) && !several ? output : Path.Combine(output, file);
    }
}
