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
}
