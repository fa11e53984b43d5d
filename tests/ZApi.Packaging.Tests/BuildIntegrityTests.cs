using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace ZApi.Packaging.Tests;

/// <summary>
/// Issue 10, part 2, in brand-new projects from the local feed: the build never serves a stale or
/// silent client. The spec set is a compile input, a folder that gives no spec says so once, a
/// project that cannot compile the client gets one clear error, and the JSON Schema lands beside
/// the specs.
/// </summary>
[Collection(PackagingCollection.Name)]
public sealed class BuildIntegrityTests
{
    private static readonly string SpecsRoot = Path.Combine(PackageFeed.RepositoryRoot, "specs", "partner");

    private const string ListMethods = """
        foreach (string name in typeof(ZApi.PartnerClient).GetMethods().Select(m => m.Name).Where(n => n.EndsWith("Async")).OrderBy(n => n))
        {
            System.Console.WriteLine("method " + name);
        }
        """;

    private readonly PackageFeed _feed;

    public BuildIntegrityTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public void Deleting_a_spec_or_adding_one_with_an_old_timestamp_changes_the_client_on_the_next_build()
    {
        string app = NewConsole("spec-set");
        string specs = Directory.CreateDirectory(Path.Combine(app, "specs", "partner")).FullName;
        File.Copy(Path.Combine(SpecsRoot, "create-instance.zapi.yaml"), Path.Combine(specs, "create-instance.zapi.yaml"));
        File.Copy(Path.Combine(SpecsRoot, "list-instances.zapi.yaml"), Path.Combine(specs, "list-instances.zapi.yaml"));
        File.WriteAllText(Path.Combine(app, "Program.cs"), "using System.Linq;\n" + ListMethods);

        string first = BuildAndRun(app);
        Assert.Contains("method CreateInstanceAsync", first);
        Assert.Contains("method ListInstancesAsync", first);

        File.Delete(Path.Combine(specs, "list-instances.zapi.yaml"));
        string second = BuildAndRun(app);
        Assert.Contains("method CreateInstanceAsync", second);
        Assert.DoesNotContain("ListInstancesAsync", second);

        // Older than the assembly: a timestamp comparison alone would skip the compile.
        string added = Path.Combine(specs, "sign-instance.zapi.yaml");
        File.Copy(Path.Combine(SpecsRoot, "sign-instance.zapi.yaml"), added);
        File.SetLastWriteTimeUtc(added, new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        string third = BuildAndRun(app);
        Assert.Contains("method SignInstanceAsync", third);

        // The schema the specs' comment points at is there, beside them.
        Assert.Contains("$schema=../zapi-spec.schema.json", File.ReadAllText(Path.Combine(specs, "create-instance.zapi.yaml")));
        Assert.True(File.Exists(Path.Combine(app, "specs", "zapi-spec.schema.json")), "the build did not copy the JSON Schema beside the specs");
    }

    [Fact]
    public void A_specs_folder_that_gives_no_spec_says_where_the_generator_looked_once()
    {
        string app = NewConsole("spec-folder");
        File.WriteAllText(Path.Combine(app, "Program.cs"), "System.Console.WriteLine(\"ok\");");

        // The default folder, absent: quiet (a project may use only what the package brings).
        string quiet = Build(app);
        Assert.DoesNotContain("ZAPI019", quiet);

        // A configured folder that does not exist.
        SetProperties(app, "<ZApiSpecsDirectory>spex</ZApiSpecsDirectory>");
        string missing = Build(app);
        Assert.Equal(1, Warnings(missing, "ZAPI019"));
        Assert.Contains(Path.Combine(app, "spex"), missing);

        // It exists, with YAML files that are not named *.zapi.yaml.
        Directory.CreateDirectory(Path.Combine(app, "spex", "partner"));
        File.Copy(Path.Combine(SpecsRoot, "create-instance.zapi.yaml"), Path.Combine(app, "spex", "partner", "create-instance.yaml"));
        File.WriteAllText(Path.Combine(app, "spex", "notes.yml"), "a: b\n");
        string stray = Build(app);
        Assert.Equal(1, Warnings(stray, "ZAPI019"));
        Assert.Contains("holds no '*.zapi.yaml' file", stray);
        Assert.Contains("partner/create-instance.yaml", stray);
    }

    [Fact]
    public void Specs_in_a_folder_named_nearly_specs_get_one_warning_naming_it()
    {
        string app = NewConsole("near-miss");
        File.WriteAllText(Path.Combine(app, "Program.cs"), "System.Console.WriteLine(\"ok\");");
        Directory.CreateDirectory(Path.Combine(app, "Specs", "partner"));
        File.Copy(Path.Combine(SpecsRoot, "create-instance.zapi.yaml"), Path.Combine(app, "Specs", "partner", "create-instance.zapi.yaml"));

        string output = Build(app);

        Assert.Equal(1, Warnings(output, "ZAPI019"));
        Assert.Contains("the project holds 1 spec-like file(s) elsewhere that it did not read (Specs/partner/create-instance.zapi.yaml)", output);
        Assert.Contains("set <ZApiSpecsDirectory>Specs</ZApiSpecsDirectory>", output);

        // Said so, and done: the specs are read.
        SetProperties(app, "<ZApiSpecsDirectory>Specs</ZApiSpecsDirectory>");
        Assert.DoesNotContain("ZAPI019", Build(app));
    }

    [Fact]
    public void A_project_that_cannot_compile_the_client_gets_one_error_naming_the_requirement()
    {
        string library = _feed.NewWorkspace("netstandard");
        DotNet.Run(library, "new", "classlib", "--framework", "net10.0", "--name", "Library", "--output", ".");
        // C# 12 on netstandard2.0 (as with a polyfill package): the language is new enough, the target's APIs are not.
        SetFramework(library, "Library.csproj", "netstandard2.0");
        SetProperties(library, "<LangVersion>12</LangVersion>");
        DotNet.Run(library, "add", "package", "ZApi.Generator", "--version", _feed.Version);
        Directory.CreateDirectory(Path.Combine(library, "specs", "partner"));
        File.Copy(Path.Combine(SpecsRoot, "create-instance.zapi.yaml"), Path.Combine(library, "specs", "partner", "create-instance.zapi.yaml"));

        string netstandard = DotNet.RunExpectingFailure(library, "build", "-c", "Release", "-p:UseSharedCompilation=false");
        Assert.Equal(1, Errors(netstandard));
        Assert.Contains("error ZAPI020", netstandard);
        Assert.Contains(".NET 8 or later", netstandard);

        SetFramework(library, "Library.csproj", "net10.0");
        string project = Path.Combine(library, "Library.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("<LangVersion>12</LangVersion>", "<LangVersion>10</LangVersion>", StringComparison.Ordinal));
        string csharp10 = DotNet.RunExpectingFailure(library, "build", "-c", "Release", "-p:UseSharedCompilation=false");
        Assert.Equal(1, Errors(csharp10));
        Assert.Contains("error ZAPI020", csharp10);
        Assert.Contains("C# 11 or later", csharp10);
    }

    private string NewConsole(string name)
    {
        string app = _feed.NewWorkspace(name);
        DotNet.Run(app, "new", "console", "--framework", "net10.0", "--name", "Consumer", "--output", ".");
        DotNet.Run(app, "add", "package", "ZApi.Generator", "--version", _feed.Version);
        // The catalogue off: these builds are about the project's own spec set.
        SetProperties(app, "<TreatWarningsAsErrors>false</TreatWarningsAsErrors><ImplicitUsings>enable</ImplicitUsings><ZApiEndpoints>none</ZApiEndpoints>");
        return app;
    }

    private static string Build(string app) => DotNet.Run(app, "build", "-c", "Release", "-p:UseSharedCompilation=false");

    private static string BuildAndRun(string app)
    {
        Build(app);
        return DotNet.Run(app, "run", "-c", "Release", "--no-build");
    }

    /// <summary>Distinct warnings with that id (MSBuild repeats each in its summary).</summary>
    private static int Warnings(string output, string id) =>
        output.Split('\n').Where(l => l.Contains("warning " + id, StringComparison.Ordinal)).Select(l => l.Trim()).Distinct().Count();

    private static int Errors(string output) =>
        output.Split('\n').Where(l => Regex.IsMatch(l, @"error [A-Z]+\d+")).Select(l => l.Trim()).Distinct().Count();

    private static void SetProperties(string directory, string properties)
    {
        string path = Directory.GetFiles(directory, "*.csproj").Single();
        string project = File.ReadAllText(path);
        File.WriteAllText(path, project.Replace("</PropertyGroup>", properties + "\n  </PropertyGroup>", StringComparison.Ordinal));
    }

    private static void SetFramework(string directory, string projectFile, string framework)
    {
        string path = Path.Combine(directory, projectFile);
        File.WriteAllText(path, Regex.Replace(File.ReadAllText(path), "<TargetFramework>[^<]*</TargetFramework>", $"<TargetFramework>{framework}</TargetFramework>"));
    }
}
