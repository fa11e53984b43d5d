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
        var command = new Command("import", "Import a documentation page into a spec: route, credentials, attributes, types, examples, documented statuses.") { page, har, noHar, output, quiet };
        command.SetAction(parse => Run.Safely(() => Execute(parse.GetValue(page)!, parse.GetValue(har), parse.GetValue(noHar), parse.GetValue(output), parse.GetValue(quiet))));
        return command;
    }

    private static int Execute(string input, FileInfo? har, bool noHar, string? output, bool quiet)
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

            return ImportFolder(new DirectoryInfo(input), noHar, output, quiet);
        }

        var file = new FileInfo(input);
        if (!file.Exists)
        {
            throw new UsageException($"{file.FullName}: no such page or folder.");
        }

        return ImportPage(file, har, noHar, output, quiet, alone: true) switch
        {
            PageOutcome.Imported => ToolExit.Success,
            _ => ToolExit.Findings,
        };
    }

    private static int ImportFolder(DirectoryInfo folder, bool noHar, string? output, bool quiet)
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        string pagesRoot = Directory.Exists(Path.Combine(folder.FullName, "docs")) ? Path.Combine(folder.FullName, "docs") : folder.FullName;
        var outcomes = new List<PageOutcome>();
        foreach (string path in Directory.GetFiles(pagesRoot, "*.md", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            string area = Path.GetRelativePath(pagesRoot, Path.GetDirectoryName(path)!);
            string? target = output is null ? area : Path.Combine(output, area);
            outcomes.Add(ImportPage(new FileInfo(path), null, noHar, target + Path.DirectorySeparatorChar, quiet, alone: false));
        }

        int imported = outcomes.Count(o => o == PageOutcome.Imported);
        int failing = outcomes.Count(o => o == PageOutcome.HasErrors);
        int skipped = outcomes.Count(o => o == PageOutcome.NotAnEndpoint);
        Console.WriteLine($"{outcomes.Count} page(s): {imported} imported into specs that parse, {failing} with errors to edit, {skipped} not endpoint pages ({stopwatch.Elapsed.TotalSeconds:F1} s).");
        return failing == 0 ? ToolExit.Success : ToolExit.Findings;
    }

    private enum PageOutcome
    {
        Imported,
        HasErrors,
        NotAnEndpoint,
    }

    private static PageOutcome ImportPage(FileInfo page, FileInfo? har, bool noHar, string? output, bool quiet, bool alone)
    {
        PageReadResult read = PageReader.Read(page.FullName);
        if (read.Page is null)
        {
            (alone ? Console.Error : Console.Out).WriteLine($"zapi: {page.Name}: {read.NotAnEndpoint}.");
            return PageOutcome.NotAnEndpoint;
        }

        HarRequest? request = har is not null ? HarRequest.Read(har.FullName)
            : noHar ? null
            : HarRequest.NamedBy(read.Page, problem => Console.WriteLine($"{page.Name}:{read.Page.Har?.Line}: warning: HAR: {problem} It is not used."));
        PageOutcome outcome = PageOutcome.Imported;
        foreach (PageRoute route in read.Page.Routes)
        {
            string id = PageImporter.SpecId(read.Page, route);
            string target = Target(output, id, read.Page.Routes.Count > 1);
            ImportResult result = PageImporter.Import(read.Page, route, read.Page.Routes.Count == 1 ? request : null, target);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
            File.WriteAllText(target, result.Yaml);
            foreach (string line in ImportReport.Lines(result, page.Name, quiet))
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
