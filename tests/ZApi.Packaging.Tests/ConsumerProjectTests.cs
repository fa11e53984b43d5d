using System;
using System.IO;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace ZApi.Packaging.Tests;

/// <summary>
/// Brand-new projects that reference the packages by version from the local feed (no project
/// references), as a user would: install, add a spec, build, run.
/// </summary>
[Collection(PackagingCollection.Name)]
public sealed class ConsumerProjectTests
{
    private static readonly string Spec = File.ReadAllText(Path.Combine(PackageFeed.RepositoryRoot, "specs", "partner", "create-instance.zapi.yaml"));

    private readonly PackageFeed _feed;

    public ConsumerProjectTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public void A_new_console_project_installs_the_package_builds_clean_for_native_aot_and_calls_the_api()
    {
        string app = _feed.NewWorkspace("console");
        DotNet.Run(app, "new", "console", "--framework", "net10.0", "--name", "Consumer", "--output", ".");
        DotNet.Run(app, "add", "package", "ZApi.Generator", "--version", _feed.Version);
        DotNet.Run(app, "add", "package", "Microsoft.Extensions.Http", "--version", "11.0.0");
        DotNet.Run(app, "add", "package", "Microsoft.Extensions.DependencyInjection", "--version", "11.0.0");
        Directory.CreateDirectory(Path.Combine(app, "specs", "partner"));
        File.WriteAllText(Path.Combine(app, "specs", "partner", "create-instance.zapi.yaml"), Spec);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Consumers", "ConsoleProgram.cs.txt"), Path.Combine(app, "Program.cs"), overwrite: true);
        SetProperties(app, "Consumer.csproj", """
            <IsAotCompatible>true</IsAotCompatible>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
            <UseSharedCompilation>false</UseSharedCompilation>
            <ZApiEndpoints>none</ZApiEndpoints>
            """);

        string build = DotNet.Run(app, "build", "-c", "Release");
        string run = DotNet.Run(app, "run", "-c", "Release", "--no-build");

        Assert.Contains("0 Warning(s)", build);
        Assert.DoesNotContain("IL2", build);
        Assert.DoesNotContain("IL3", build);
        Assert.Contains("created 8823XWIE982KII99012K2L due 329000002121", run);
        string generated = Path.Combine(app, "obj", "Release", "net10.0", "generated", "ZApi.Generator", "ZApi.Generator.ZApiGenerator");
        Assert.Equal(
            new[]
            {
                "ZApi.PartnerClient.CreateInstance.g.cs", "ZApi.PartnerClient.g.cs", "ZApi.ZApiCalls.g.cs", "ZApi.ZApiClientOptions.g.cs", "ZApi.ZApiConfiguration.g.cs", "ZApi.ZApiException.g.cs", "ZApi.ZApiHttpLogger.g.cs",
                "ZApi.ZApiInstance.g.cs", "ZApi.ZApiJson.g.cs", "ZApi.ZApiJsonBody.g.cs", "ZApi.ZApiJsonContent.g.cs", "ZApi.ZApiQuery.g.cs", "ZApi.ZApiRequests.g.cs", "ZApi.ZApiResponses.g.cs", "ZApi.ZApiRoute.g.cs",
                "ZApi.ZApiServiceCollectionExtensions.AddClient.g.cs", "ZApi.ZApiServiceCollectionExtensions.g.cs",
            },
            Directory.GetFiles(generated).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void A_native_aot_app_binds_its_options_from_configuration_and_calls_the_instance_api()
    {
        string app = _feed.NewWorkspace("aot");
        DotNet.Run(app, "new", "console", "--framework", "net10.0", "--name", "AotConsumer", "--output", ".");
        DotNet.Run(app, "add", "package", "ZApi.Generator", "--version", _feed.Version);
        DotNet.Run(app, "add", "package", "Microsoft.Extensions.Http", "--version", "11.0.0");
        DotNet.Run(app, "add", "package", "Microsoft.Extensions.Configuration.EnvironmentVariables", "--version", "11.0.0");
        // send-text is built in: no spec to copy.
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Consumers", "AotConfigurationProgram.cs.txt"), Path.Combine(app, "Program.cs"), overwrite: true);
        SetProperties(app, "AotConsumer.csproj", """
            <PublishAot>true</PublishAot>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <UseSharedCompilation>false</UseSharedCompilation>
            """);

        string publish = DotNet.Run(app, "publish", "-c", "Release", "-o", "native");
        int port = FreeLoopbackPort();
        string run = DotNet.RunProgram(Path.Combine(app, "native", "AotConsumer"), app, new Dictionary<string, string>
        {
            ["ZApi__BaseAddress"] = $"http://127.0.0.1:{port}/",
            ["ZApi__InstanceId"] = "3C01AOT",
            ["ZApi__InstanceToken"] = "F1A2AOT",
            ["ZApi__ClientToken"] = "aot-client-token",
        });

        Assert.DoesNotContain("warning", publish, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("sent M1 on 3C01AOT", run);
    }

    private static int FreeLoopbackPort()
    {
        var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        int port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    [Fact]
    public void Two_projects_using_the_generator_one_referencing_the_other_compile_together()
    {
        string root = _feed.NewWorkspace("two-projects");
        string library = Path.Combine(root, "Library");
        string app = Path.Combine(root, "App");
        DotNet.Run(root, "new", "classlib", "--framework", "net10.0", "--name", "Library", "--output", library);
        DotNet.Run(root, "new", "console", "--framework", "net10.0", "--name", "App", "--output", app);
        foreach (string project in new[] { library, app })
        {
            DotNet.Run(project, "add", "package", "ZApi.Generator", "--version", _feed.Version);
            Directory.CreateDirectory(Path.Combine(project, "specs", "partner"));
            File.WriteAllText(Path.Combine(project, "specs", "partner", "create-instance.zapi.yaml"), Spec);
        }

        // A library keeps its generated client to itself; the app has its own, public one.
        // The catalogue off: this is about two generated clients side by side, each from its own spec.
        SetProperties(library, "Library.csproj", "<ZApiAccessibility>internal</ZApiAccessibility><TreatWarningsAsErrors>true</TreatWarningsAsErrors><ZApiEndpoints>none</ZApiEndpoints>");
        SetProperties(app, "App.csproj", "<TreatWarningsAsErrors>true</TreatWarningsAsErrors><ZApiEndpoints>none</ZApiEndpoints>");
        File.WriteAllText(Path.Combine(library, "Class1.cs"), "namespace Library; public static class Names { public static string Operation => ZApi.CreateInstanceEndpoint.Operation; }");
        File.WriteAllText(Path.Combine(app, "Program.cs"), "System.Console.WriteLine(Library.Names.Operation + \" \" + typeof(ZApi.PartnerClient).Assembly.GetName().Name);");
        DotNet.Run(app, "add", "reference", library);

        DotNet.Run(app, "build", "-c", "Release", "-p:UseSharedCompilation=false");
        string run = DotNet.Run(app, "run", "-c", "Release", "--no-build");

        // Each project's client is compiled into an assembly of its own, named after the project.
        Assert.Contains("create-instance App.ZApi", run);
    }

    private static void SetProperties(string directory, string projectFile, string properties)
    {
        string path = Path.Combine(directory, projectFile);
        string project = File.ReadAllText(path);
        File.WriteAllText(path, project.Replace("</PropertyGroup>", properties + "\n  </PropertyGroup>", StringComparison.Ordinal));
    }
}
