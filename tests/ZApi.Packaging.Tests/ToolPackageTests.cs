using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Xunit;

namespace ZApi.Packaging.Tests;

/// <summary>
/// The zapi tool as a user installs it: from the local feed into a brand-new folder, as a local tool
/// (<c>dotnet tool install --add-source &lt;feed&gt; ZApi.Tool</c>, then <c>dotnet zapi ...</c>).
/// </summary>
[Collection(PackagingCollection.Name)]
public sealed class ToolPackageTests
{
    private static readonly string FixtureDocs = Path.Combine(PackageFeed.RepositoryRoot, "tests", "ZApi.Tool.Tests", "Fixtures", "documentation");

    private readonly PackageFeed _feed;

    public ToolPackageTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public void The_tool_package_is_a_dotnet_tool_named_zapi_with_its_spec_library()
    {
        using ZipArchive package = ZipFile.OpenRead(_feed.ToolPackage);
        string[] files = package.Entries.Select(e => e.FullName).ToArray();

        Assert.Contains("tools/net8.0/any/zapi.dll", files);
        Assert.Contains("tools/net8.0/any/ZApi.Specs.dll", files);
        Assert.Contains("tools/net8.0/any/DotnetToolSettings.xml", files);
        using StreamReader settings = new(package.GetEntry("tools/net8.0/any/DotnetToolSettings.xml")!.Open());
        Assert.Contains("<Command Name=\"zapi\"", settings.ReadToEnd());
    }

    [Fact]
    public void The_tool_installs_from_the_local_feed_in_a_new_folder_and_imports_checks_and_starts_specs()
    {
        string folder = _feed.NewWorkspace("tool");
        DotNet.Run(folder, "new", "tool-manifest");
        DotNet.Run(folder, "tool", "install", "--add-source", _feed.Feed, "ZApi.Tool", "--version", _feed.ToolVersion);

        string help = DotNet.Run(folder, "zapi", "--help");
        string imported = DotNet.Run(folder, "zapi", "import", FixtureDocs, "--out", "specs", "--quiet");
        // The webhook pages' payloads are event specs, written by hand (the tool tests' fixtures).
        Directory.CreateDirectory(Path.Combine(folder, "specs", "events"));
        foreach (string eventSpec in Directory.GetFiles(Path.Combine(Path.GetDirectoryName(FixtureDocs)!, "event-specs"), "*.zapi.yaml"))
        {
            File.Copy(eventSpec, Path.Combine(folder, "specs", "events", Path.GetFileName(eventSpec)));
        }

        string check = DotNet.Run(folder, "zapi", "check", "--docs", FixtureDocs, "specs");
        string created = DotNet.Run(folder, "zapi", "new", "send-greeting");
        string drift = DotNet.RunExpectingFailure(folder, "zapi", "check", "--docs", FixtureDocs, "specs");

        Assert.Contains("import", help);
        Assert.Contains("9 imported into specs that parse, 0 with errors to edit, 2 webhook payload pages", imported);
        Assert.Contains("zapi check: every spec matches its page.", check);
        Assert.Contains("send-greeting.zapi.yaml", created);
        Assert.Contains("the page 'send-greeting' is not in the documentation", drift);
    }

    [Fact]
    public void The_readme_ci_step_passes_in_an_app_with_a_replaced_built_in_and_a_made_up_endpoint_and_fails_with_one_located_line_on_a_page_change()
    {
        string folder = _feed.NewWorkspace("tool-ci");
        DotNet.Run(folder, "new", "tool-manifest");
        DotNet.Run(folder, "tool", "install", "--add-source", _feed.Feed, "ZApi.Tool", "--version", _feed.ToolVersion);

        // The documentation as the CI step clones it (the fixture pages, copied so that one can change),
        // and the built-in catalogue the app compiles (standing in for the package's: the specs of those pages).
        string docs = Path.Combine(folder, "cloned-documentation");
        CopyFolder(FixtureDocs, docs);
        DotNet.Run(folder, "zapi", "import", docs, "--out", "catalogue", "--quiet");
        // The app's own specs: a built-in replaced (copied, as 'zapi show --out' does), and a made-up endpoint.
        Directory.CreateDirectory(Path.Combine(folder, "specs", "notes"));
        File.Copy(Path.Combine(folder, "catalogue", "notes", "create-note.zapi.yaml"), Path.Combine(folder, "specs", "notes", "create-note.zapi.yaml"));
        DotNet.Run(folder, "zapi", "new", "ring-bell", "--undocumented");
        string[] step = { "zapi", "check", "--docs", docs, "specs", "--only", "specs", "--catalogue", "catalogue", "--format", "github" };

        string pass = DotNet.Run(folder, step);

        // The page the replaced built-in mirrors changes one row: one located line, and the step fails.
        string page = Path.Combine(docs, "docs", "notes", "create-note.md");
        string before = File.ReadAllText(page);
        string after = before.Replace("| color     | integer |", "| color     | string  |", StringComparison.Ordinal);
        Assert.NotEqual(before, after);
        File.WriteAllText(page, after);
        string fail = DotNet.RunExpectingFailure(folder, step);

        Assert.Contains("zapi check: every spec matches its page.", pass);
        string line = Assert.Single(fail.Split('\n'), l => l.StartsWith("::error ", StringComparison.Ordinal));
        Assert.StartsWith("::error file=specs/notes/create-note.zapi.yaml,line=", line);
        Assert.Contains("'color' changed type", line);
        Assert.Contains("create-note.md:", line);
    }

    private static void CopyFolder(string source, string destination)
    {
        foreach (string file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(destination, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
