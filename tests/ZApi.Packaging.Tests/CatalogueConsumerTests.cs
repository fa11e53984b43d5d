using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Xunit;

namespace ZApi.Packaging.Tests;

/// <summary>
/// The built-in catalogue as a user meets it: a new app with the package and no spec has every
/// documented endpoint; <c>ZApiEndpoints</c> keeps a subset; a spec of the app replaces a built-in one.
/// </summary>
[Collection(PackagingCollection.Name)]
public sealed class CatalogueConsumerTests
{
    private readonly PackageFeed _feed;

    public CatalogueConsumerTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public void A_new_app_with_the_package_and_no_spec_calls_built_in_endpoints()
    {
        string app = NewApp("catalogue", "CatalogueApp", """
            <IsAotCompatible>true</IsAotCompatible>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
            """);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Consumers", "CatalogueProgram.cs.txt"), Path.Combine(app, "Program.cs"), overwrite: true);

        string build = DotNet.Run(app, "build", "-c", "Release");
        string run = DotNet.Run(app, "run", "-c", "Release", "--no-build");

        Assert.Contains("0 Warning(s)", build);
        Assert.Contains("sent D241XXXX732339502B68; 1 chat(s): Z-API SUPORTE (5511999999999)", run);
        Assert.Contains("webhook teste from 5544999999999", run);
        Assert.Equal(CatalogueKeys().Count(k => !k.StartsWith("events/", StringComparison.Ordinal)), EndpointFiles(app).Length);
        Assert.Equal(CatalogueKeys().Count(k => k.StartsWith("events/", StringComparison.Ordinal)), EventFiles(app).Length);
    }

    [Fact]
    public void ZApiEndpoints_keeps_a_subset_and_leaves_the_rest_out()
    {
        string app = NewApp("subset", "SubsetApp", """
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
            <ZApiEndpoints>message;-message/send-image</ZApiEndpoints>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), "System.Console.WriteLine(typeof(ZApi.InstanceClient).GetMethods().Length);");

        DotNet.Run(app, "build", "-c", "Release");

        string[] files = EndpointFiles(app);
        Assert.Contains("ZApi.InstanceClient.SendText.g.cs", files);
        Assert.DoesNotContain("ZApi.InstanceClient.SendImage.g.cs", files);
        Assert.DoesNotContain("ZApi.InstanceClient.GetChats.g.cs", files);
        Assert.DoesNotContain(files, f => f.StartsWith("ZApi.PartnerClient.", StringComparison.Ordinal));
        Assert.Equal(CatalogueKeys().Count(k => k.StartsWith("message/", StringComparison.Ordinal)) - 1, files.Length);
    }

    [Fact]
    public void A_spec_of_the_app_with_a_built_in_id_replaces_the_built_in_one()
    {
        string app = NewApp("override", "OverrideApp", """
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
            """);
        // What `zapi show message/send-text --out .` writes, edited: one more optional attribute.
        string builtIn = CatalogueSpec("message/send-text");
        int optional = builtIn.IndexOf("    optional:\n", StringComparison.Ordinal); // the request body's (MessageSent, shared, stays as it is)
        string own = builtIn.Insert(optional + "    optional:\n".Length, "      - name: linkUrl\n        type: string\n        description: Um atributo que a página ainda não documenta\n");
        Assert.NotEqual(builtIn, own);
        Directory.CreateDirectory(Path.Combine(app, "specs", "message"));
        File.WriteAllText(Path.Combine(app, "specs", "message", "send-text.zapi.yaml"), own);
        File.WriteAllText(Path.Combine(app, "Program.cs"), "var request = new ZApi.SendTextRequest { Phone = \"5511999999999\", Message = \"Olá\", LinkUrl = \"https://z-api.io\" };\nSystem.Console.WriteLine(\"own \" + request.LinkUrl);");

        // Normal verbosity: ZAPI021 is an info diagnostic, and the build shows it all the same.
        string build = DotNet.Run(app, "build", "-c", "Release");
        string run = DotNet.Run(app, "run", "-c", "Release", "--no-build");

        Assert.Contains("own https://z-api.io", run);
        Assert.Contains("ZAPI021", build);
        Assert.Contains("replaces the built-in endpoint 'message/send-text'", build);
        Assert.Contains("ZApi.InstanceClient.SendText.g.cs", EndpointFiles(app));
    }

    private string NewApp(string workspace, string name, string properties)
    {
        string app = _feed.NewWorkspace(workspace);
        DotNet.Run(app, "new", "console", "--framework", "net10.0", "--name", name, "--output", ".");
        DotNet.Run(app, "add", "package", "ZApi.Generator", "--version", _feed.Version);
        string project = Path.Combine(app, name + ".csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("</PropertyGroup>", properties + "\n    <UseSharedCompilation>false</UseSharedCompilation>\n  </PropertyGroup>", StringComparison.Ordinal));
        return app;
    }

    /// <summary>The endpoint files the generator wrote (<c>ZApi.&lt;Group&gt;Client.&lt;Operation&gt;.g.cs</c>).</summary>
    private static string[] EndpointFiles(string app) =>
        Directory.GetFiles(Path.Combine(app, "obj", "Release", "net10.0", "generated", "ZApi.Generator", "ZApi.Generator.ZApiGenerator"))
            .Select(Path.GetFileName)
            .Select(f => f!)
            .Where(f => f.Split('.').Length == 5 && f.Split('.')[1].EndsWith("Client", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();

    private static string[] EventFiles(string app) =>
        Directory.GetFiles(Path.Combine(app, "obj", "Release", "net10.0", "generated", "ZApi.Generator", "ZApi.Generator.ZApiGenerator"), "ZApi.Events.*.g.cs");

    /// <summary>The catalogue the package ships, as <c>area/id</c>.</summary>
    private string[] CatalogueKeys()
    {
        using ZipArchive package = ZipFile.OpenRead(_feed.GeneratorPackage);
        return package.Entries.Select(e => e.FullName).Where(n => n.StartsWith("catalogue/", StringComparison.Ordinal) && n.EndsWith(".zapi.yaml", StringComparison.Ordinal))
            .Select(n => n.Substring("catalogue/".Length, n.Length - "catalogue/".Length - ".zapi.yaml".Length)).ToArray();
    }

    private string CatalogueSpec(string key)
    {
        using ZipArchive package = ZipFile.OpenRead(_feed.GeneratorPackage);
        using var reader = new StreamReader(package.GetEntry("catalogue/" + key + ".zapi.yaml")!.Open());
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }
}
