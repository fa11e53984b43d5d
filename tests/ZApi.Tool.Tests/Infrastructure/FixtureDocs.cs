using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ZApi.Generator.Tests.Infrastructure;
using ZApi.Tool.Docs;
using ZApi.Tool.Import;

namespace ZApi.Tool.Tests.Infrastructure;

/// <summary>
/// The fixture documentation (<c>Fixtures/documentation</c>): pages written for these tests in the
/// documentation's layout. Tests never read the real documentation.
/// </summary>
internal static class FixtureDocs
{
    public static string Root { get; } = Path.Combine(GeneratorHarness.RepositoryRoot, "tests", "ZApi.Tool.Tests", "Fixtures", "documentation");

    /// <summary>The event specs written for the fixture webhook pages (<c>Fixtures/event-specs</c>): <c>zapi import</c> writes no event spec.</summary>
    public static string EventSpecs { get; } = Path.Combine(GeneratorHarness.RepositoryRoot, "tests", "ZApi.Tool.Tests", "Fixtures", "event-specs");

    /// <summary>Copies the fixture event specs into <paramref name="specsFolder"/>/events.</summary>
    public static void CopyEventSpecs(string specsFolder)
    {
        Directory.CreateDirectory(Path.Combine(specsFolder, "events"));
        foreach (string file in Directory.GetFiles(EventSpecs, "*.zapi.yaml"))
        {
            File.Copy(file, Path.Combine(specsFolder, "events", Path.GetFileName(file)));
        }
    }

    /// <summary>Every fixture page, as <c>area/page.md</c>.</summary>
    public static IEnumerable<string> Pages() =>
        Directory.GetFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Path.Combine(Root, "docs"), p).Replace('\\', '/'))
            .OrderBy(p => p, StringComparer.Ordinal);

    public static string PagePath(string page) => Path.Combine(Root, "docs", page);

    /// <summary>Imports a page the way <c>zapi import</c> does (with the HAR example it names): one result per route.</summary>
    public static IReadOnlyList<ImportResult> Import(string page, string? docsRoot = null, string specsFolder = "/project/specs")
    {
        string path = Path.Combine(docsRoot ?? Root, "docs", page);
        EndpointPage endpoint = PageReader.Read(path).Page ?? throw new InvalidOperationException(page + " is not an endpoint page");
        HarRequest? har = HarRequest.NamedBy(endpoint, problem => throw new InvalidOperationException(problem));
        return endpoint.Routes
            .Select(route => PageImporter.Import(endpoint, route, endpoint.Routes.Count == 1 ? har : null, Path.Combine(specsFolder, PageImporter.SpecId(endpoint, route) + ".zapi.yaml")))
            .ToList();
    }

    /// <summary>The one spec a single-route page imports into.</summary>
    public static ImportResult ImportOne(string page) => Import(page).Single();

    /// <summary>A copy of the fixture documentation in a new temporary folder, for tests that edit pages.</summary>
    public static TemporaryFolder Copy()
    {
        var folder = new TemporaryFolder();
        foreach (string file in Directory.GetFiles(Root, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(folder.Path, "documentation", Path.GetRelativePath(Root, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return folder;
    }

    /// <summary>Every endpoint page of <paramref name="docsRoot"/> imported into <paramref name="specsFolder"/>/&lt;area&gt;/&lt;id&gt;.zapi.yaml.</summary>
    public static void ImportAll(string docsRoot, string specsFolder)
    {
        string pages = Path.Combine(docsRoot, "docs");
        foreach (string file in Directory.GetFiles(pages, "*.md", SearchOption.AllDirectories))
        {
            if (PageReader.Read(file).Page is null)
            {
                continue;
            }

            string page = Path.GetRelativePath(pages, file);
            string area = Path.GetDirectoryName(page)!;
            foreach (ImportResult result in Import(page, docsRoot, Path.Combine(specsFolder, area)))
            {
                string target = Path.Combine(specsFolder, area, result.Spec.Id + ".zapi.yaml");
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, result.Yaml);
            }
        }
    }
}

/// <summary>A folder under the system's temporary folder, deleted when disposed.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "zapi-tool-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // a process still holds a file; the system's temporary folder is cleaned eventually
        }
    }
}
