using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using Xunit;

namespace ZApi.Packaging.Tests;

/// <summary>
/// Issue 21, in brand-new projects from the local feed: the generated client is compiled once into
/// an assembly of its own (<c>&lt;AssemblyName&gt;.ZApi.dll</c> under <c>obj/zapi/</c>) that the
/// project references. The project's own compile sees it as metadata, with doc comments and
/// embedded sources; an edit of the project's code does not compile it again; a spec, the spec set
/// or an option does; an IDE's design-time build has it before the first build.
/// </summary>
[Collection(PackagingCollection.Name)]
public sealed class CompiledClientTests
{
    private readonly PackageFeed _feed;

    public CompiledClientTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public void A_web_app_with_only_the_package_gets_the_whole_api_compiled_once_and_maps_webhooks()
    {
        string app = NewApp("web", "WebApp", "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>");
        DotNet.Run(app, "add", "package", "Microsoft.Extensions.Http", "--version", "11.0.0");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Consumers", "WebhookProgram.cs.txt"), Path.Combine(app, "Program.cs"), overwrite: true);

        string build = DotNet.Run(app, "build", "-c", "Release");
        string run = DotNet.Run(app, "run", "-c", "Release", "--no-build");

        Assert.Contains("0 Warning(s)", build);
        Assert.Contains("webhook ReceivedTextEvent from 5544999999999: teste; status 200", run);
        Assert.Contains("registered InstanceClient and PartnerClient", run);

        // The client: one assembly under obj/zapi, with its XML docs beside it and its sources embedded.
        string client = ClientAssembly(app, "WebApp");
        string docs = File.ReadAllText(Path.ChangeExtension(client, ".xml"));
        Assert.Matches(new Regex(@"<member name=""M:ZApi\.InstanceClient\.SendTextAsync\([^""]*\)"">\s*<summary>"), docs);
        Assert.Contains("ZApi.InstanceClient.SendText.g.cs", EmbeddedSources(client));
        Assert.True(File.Exists(Path.Combine(app, "bin", "Release", "net10.0", "WebApp.ZApi.dll")), "the client assembly is not in the output folder");

        // A one-line edit of the app's own code compiles the app, not the client.
        DateTime clientWritten = File.GetLastWriteTimeUtc(client);
        DateTime appWritten = File.GetLastWriteTimeUtc(Path.Combine(app, "bin", "Release", "net10.0", "WebApp.dll"));
        File.AppendAllText(Path.Combine(app, "Program.cs"), "\n// one more line\n");
        DotNet.Run(app, "build", "-c", "Release");
        Assert.Equal(clientWritten, File.GetLastWriteTimeUtc(client));
        Assert.NotEqual(appWritten, File.GetLastWriteTimeUtc(Path.Combine(app, "bin", "Release", "net10.0", "WebApp.dll")));
        Assert.Single(Directory.GetFiles(Path.Combine(app, "obj", "zapi"), "*.dll", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_spec_an_option_or_the_spec_set_changes_the_compiled_client_on_the_next_build()
    {
        string app = NewApp("console", "OptionsApp", "<TreatWarningsAsErrors>true</TreatWarningsAsErrors><ZApiEndpoints>partner;message/send-text</ZApiEndpoints>");
        string spec = Path.Combine(Directory.CreateDirectory(Path.Combine(app, "specs", "instance")).FullName, "ring-bell.zapi.yaml");
        File.WriteAllText(spec, OwnSpec(extraAttribute: false));
        File.WriteAllText(Path.Combine(app, "Program.cs"), Program("ZApi"));

        // A spec of the project's own is a method of the same InstanceClient as the built-in ones.
        string first = BuildAndRun(app);
        Assert.Contains("public True; RingBellAsync SendTextAsync; RingBellRequest: Phone", first);

        // Editing that spec in place: the next build has the new attribute.
        File.WriteAllText(spec, OwnSpec(extraAttribute: true));
        Assert.Contains("RingBellRequest: Phone Volume", BuildAndRun(app));

        // Options: another namespace, and internal (the project still sees it: the client grants it its internals).
        SetProperties(app, "<ZApiNamespace>Acme.WhatsApp</ZApiNamespace><ZApiAccessibility>internal</ZApiAccessibility>");
        File.WriteAllText(Path.Combine(app, "Program.cs"), Program("Acme.WhatsApp"));
        Assert.Contains("public False; RingBellAsync SendTextAsync; RingBellRequest: Phone Volume", BuildAndRun(app));

        // The spec set: deleting the project's spec (and its folder, which would be an empty specs folder: ZAPI019) removes its method.
        Directory.Delete(Path.Combine(app, "specs"), recursive: true);
        File.WriteAllText(Path.Combine(app, "Program.cs"), Program("Acme.WhatsApp", callOwn: false));
        string last = BuildAndRun(app);
        Assert.Contains("public False; SendTextAsync;", last);
        Assert.DoesNotContain("RingBell", last);

        // One client assembly is kept per configuration and framework: the stale ones were removed.
        Assert.Single(Directory.GetFiles(Path.Combine(app, "obj", "zapi"), "*.dll", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_project_spec_that_changes_a_type_built_in_endpoints_share_is_one_error_at_its_own_file()
    {
        string app = NewApp("console", "SharedTypeApp", "<ZApiEndpoints>message</ZApiEndpoints>");
        string specs = Directory.CreateDirectory(Path.Combine(app, "specs", "message")).FullName;
        File.WriteAllText(Path.Combine(specs, "send-shout.zapi.yaml"), OwnSpec(extraAttribute: false).Replace("id: ring-bell", "id: send-shout").Replace("/ring-bell", "/send-shout")
            + "types:\n  MessageSent:\n    required:\n      - { name: zaapId, type: string }\n      - { name: shoutedAt, type: timestamp }\n");
        File.WriteAllText(Path.Combine(app, "Program.cs"), "System.Console.WriteLine(typeof(ZApi.InstanceClient).GetMethod(\"SendTextAsync\") is not null);");

        string output = DotNet.RunExpectingFailure(app, "build", "-c", "Release");

        string[] errors = output.Split('\n').Where(l => Regex.IsMatch(l, @"error [A-Z]+\d+")).Select(l => l.Trim()).Distinct().ToArray();
        string error = Assert.Single(errors);
        Assert.StartsWith(Path.Combine(specs, "send-shout.zapi.yaml") + "(", error);
        Assert.Contains("error ZAPI018: The type 'MessageSent' differs from the built-in one that ", error);
        Assert.Contains("keep it identical to the built-in definition, or give yours a name of its own", error);
    }

    [Fact]
    public void A_strong_named_project_keeps_the_client_in_its_own_compile_and_builds_clean()
    {
        string app = NewApp("console", "SignedApp", "<TreatWarningsAsErrors>true</TreatWarningsAsErrors><ZApiEndpoints>partner</ZApiEndpoints><SignAssembly>true</SignAssembly><AssemblyOriginatorKeyFile>app.snk</AssemblyOriginatorKeyFile>");
        using (var rsa = new System.Security.Cryptography.RSACryptoServiceProvider(1024))
        {
            File.WriteAllBytes(Path.Combine(app, "app.snk"), rsa.ExportCspBlob(includePrivateParameters: true));
        }

        File.WriteAllText(Path.Combine(app, "Program.cs"), "System.Console.WriteLine(typeof(ZApi.PartnerClient).Assembly.GetName().Name + \" \" + (typeof(ZApi.PartnerClient).Assembly.GetName().GetPublicKeyToken()?.Length ?? 0));");

        string run = BuildAndRun(app);

        Assert.Contains("SignedApp 8", run);
        Assert.False(Directory.Exists(Path.Combine(app, "obj", "zapi")), "a strong-named project compiled the client apart");
    }

    [Fact]
    public void A_design_time_build_references_the_whole_api_before_the_first_build()
    {
        string app = NewApp("console", "IdeApp", string.Empty);
        // What an IDE reads from a design-time build: the compiler's command line, not its output.
        string project = Path.Combine(app, "IdeApp.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("</Project>", """
              <Target Name="ShowCompilerArguments" AfterTargets="CoreCompile">
                <Message Importance="high" Text="csc-argument: %(CscCommandLineArgs.Identity)" />
              </Target>
            </Project>
            """, StringComparison.Ordinal));

        string output = DotNet.Run(app, "msbuild", "-restore", "-t:Compile", "-p:DesignTimeBuild=true", "-p:BuildingProject=false", "-p:SkipCompilerExecution=true", "-p:ProvideCommandLineArgs=true", "-p:UseSharedCompilation=false", "-p:Configuration=Debug");

        Assert.False(File.Exists(Path.Combine(app, "obj", "Debug", "net10.0", "IdeApp.dll")), "the design-time build compiled the project");
        string reference = Assert.Single(output.Split('\n').Select(l => l.Trim()), l => l.StartsWith("csc-argument: /reference:", StringComparison.Ordinal) && l.EndsWith("IdeApp.ZApi.dll", StringComparison.Ordinal));
        string client = reference.Substring("csc-argument: /reference:".Length);
        Assert.Equal(ClientAssembly(app, "IdeApp", "Debug"), client);
        Assert.Contains("SendTextAsync", MethodNames(client, "InstanceClient"));
        Assert.Contains("CreateInstanceAsync", MethodNames(client, "PartnerClient"));
        Assert.Contains("GetChatsAsync", MethodNames(client, "InstanceClient"));
        Assert.DoesNotContain(output.Split('\n'), l => l.Contains("csc-argument: ") && l.Contains("ZApi.Generator.dll", StringComparison.Ordinal));
    }

    /// <summary>A brand-new project from <c>dotnet new &lt;template&gt;</c> with the generator package, in a workspace of its own named after it.</summary>
    private string NewApp(string template, string name, string properties)
    {
        string app = _feed.NewWorkspace(name);
        DotNet.Run(app, "new", template, "--framework", "net10.0", "--name", name, "--output", ".");
        DotNet.Run(app, "add", "package", "ZApi.Generator", "--version", _feed.Version);
        SetProperties(app, properties + "<UseSharedCompilation>false</UseSharedCompilation>");
        return app;
    }

    private static string BuildAndRun(string app)
    {
        DotNet.Run(app, "build", "-c", "Release");
        return DotNet.Run(app, "run", "-c", "Release", "--no-build");
    }

    private static string Program(string ns, bool callOwn = true) => $$"""
        using System;
        using System.Linq;
        using {{ns}};

        if (args.Length > 0)
        {
            // Compiled, not run: the project's own endpoint is called like a built-in one.
            var zapi = new InstanceClient(new System.Net.Http.HttpClient(), new ZApiClientOptions { InstanceId = "i", InstanceToken = "t" });
            await zapi.SendTextAsync(new SendTextRequest { Phone = "5511999999999", Message = "Olá" });
            {{(callOwn ? "await zapi.RingBellAsync(new RingBellRequest { Phone = \"5511999999999\" });" : string.Empty)}}
        }

        Type client = typeof(InstanceClient);
        string methods = string.Join(" ", client.GetMethods().Select(m => m.Name).Where(n => n.EndsWith("Async")).Distinct().OrderBy(n => n, StringComparer.Ordinal));
        Type? request = client.Assembly.GetType("{{ns}}.RingBellRequest");
        string members = request is null ? "" : "RingBellRequest: " + string.Join(" ", request.GetProperties().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
        Console.WriteLine($"public {client.IsPublic}; {methods}; {members}");
        """;

    private static string OwnSpec(bool extraAttribute) => $"""
        id: ring-bell
        client: instance
        title: Tocar a campainha
        summary: Um endpoint do próprio projeto, ao lado do catálogo.
        method: POST
        route: /instances/{"{instanceId}"}/token/{"{instanceToken}"}/ring-bell
        credentials: instance
        request:
          body:
            required:
              - name: phone
                type: string
                description: Telefone
        {(extraAttribute ? "    optional:\n      - name: volume\n        type: integer\n        description: Volume\n" : string.Empty)}responses:
          200:
            body:
              required:
                - name: value
                  type: boolean

        """;

    /// <summary>The one client assembly of that configuration, under obj/zapi/&lt;configuration&gt;/net10.0/&lt;hash&gt;/.</summary>
    private static string ClientAssembly(string app, string name, string configuration = "Release") =>
        Assert.Single(Directory.GetFiles(Path.Combine(app, "obj", "zapi", configuration, "net10.0"), name + ".ZApi.dll", SearchOption.AllDirectories));

    /// <summary>The names of the source files embedded in the assembly's embedded portable PDB.</summary>
    private static List<string> EmbeddedSources(string assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly));
        DebugDirectoryEntry entry = pe.ReadDebugDirectory().Single(e => e.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
        using MetadataReaderProvider provider = pe.ReadEmbeddedPortablePdbDebugDirectoryData(entry);
        MetadataReader pdb = provider.GetMetadataReader();
        var embeddedSource = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
        return pdb.Documents
            .Where(d => pdb.GetCustomDebugInformation(d).Any(c => pdb.GetGuid(pdb.GetCustomDebugInformation(c).Kind) == embeddedSource))
            .Select(d => Path.GetFileName(pdb.GetString(pdb.GetDocument(d).Name)))
            .ToList();
    }

    private static List<string> MethodNames(string assembly, string typeName)
    {
        using var pe = new PEReader(File.OpenRead(assembly));
        MetadataReader metadata = pe.GetMetadataReader();
        TypeDefinition type = metadata.TypeDefinitions.Select(metadata.GetTypeDefinition).Single(t => metadata.GetString(t.Name) == typeName);
        return type.GetMethods().Select(m => metadata.GetString(metadata.GetMethodDefinition(m).Name)).ToList();
    }

    private static void SetProperties(string directory, string properties)
    {
        string path = Directory.GetFiles(directory, "*.csproj").Single();
        string project = File.ReadAllText(path);
        File.WriteAllText(path, project.Replace("</PropertyGroup>", properties + "\n  </PropertyGroup>", StringComparison.Ordinal));
    }
}
