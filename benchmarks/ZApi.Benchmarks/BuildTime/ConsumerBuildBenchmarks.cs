extern alias ZApiGeneratorAssembly;

using System;
using System.Diagnostics;
using System.IO;
using BenchmarkDotNet.Attributes;

namespace ZApi.Benchmarks.BuildTime;

/// <summary>
/// What a user waits for: <c>dotnet build</c> of a console app after a one-line C# edit, with the
/// whole built-in catalogue (<c>ZApiEndpoints</c> all) and without it (none). The app uses the
/// package's props and the generator as an analyzer, as installed from the package; the catalogue
/// folder is the repository's <c>specs/</c>. The builds use the compiler server, as a developer's do.
/// </summary>
public class ConsumerBuildBenchmarks
{
    private string _project = null!;
    private int _edit;

    [Params("none", "all")]
    public string Endpoints { get; set; } = "all";

    [GlobalSetup]
    public void Setup()
    {
        _project = Directory.CreateTempSubdirectory("zapi-consumer-build-").FullName;
        string analyzers = Path.GetDirectoryName(typeof(ZApiGeneratorAssembly::ZApi.Generator.ZApiGenerator).Assembly.Location)!;
        File.WriteAllText(Path.Combine(_project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{Path.Combine(Repository.Root, "src", "ZApi.Generator", "build", "ZApi.Generator.props")}" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <ZApiCatalogueFolder>{Path.Combine(Repository.Root, "specs")}/</ZApiCatalogueFolder>
                <ZApiEndpoints>{Endpoints}</ZApiEndpoints>
              </PropertyGroup>
              <ItemGroup>
                <Analyzer Include="{Path.Combine(analyzers, "ZApi.Generator.dll")}" />
                <Analyzer Include="{Path.Combine(analyzers, "ZApi.Specs.dll")}" />
                <Analyzer Include="{Path.Combine(analyzers, "YamlDotNet.dll")}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(_project, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(_project, "Directory.Packages.props"), "<Project />");
        WriteProgram();
        Build("restore");
        Build("build", "--no-restore");
    }

    [IterationSetup]
    public void EditOneLine() => WriteProgram();

    [Benchmark(Description = "dotnet build after a one-line C# edit")]
    public void BuildAfterOneLineEdit() => Build("build", "--no-restore");

    [GlobalCleanup]
    public void Cleanup()
    {
        try
        {
            Directory.Delete(_project, recursive: true);
        }
        catch (IOException)
        {
            // the build server may still hold a file
        }
    }

    private void WriteProgram() =>
        File.WriteAllText(Path.Combine(_project, "Program.cs"), $"System.Console.WriteLine({++_edit});\n");

    private void Build(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _project, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 || output.Contains("warning ZAPI", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} in {_project} failed or warned:\n{output}");
        }
    }
}
