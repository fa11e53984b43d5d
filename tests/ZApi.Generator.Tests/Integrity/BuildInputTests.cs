using System.Collections.Generic;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using ZApi.Generator.Tests.Infrastructure;

namespace ZApi.Generator.Tests.Integrity;

/// <summary>
/// A build that reads no spec says where it looked (ZAPI019), and a project that cannot compile the
/// client gets one ZAPI020 and no generated code. The packaging tests prove the same through MSBuild
/// in brand-new projects; these pin down what the generator does with what MSBuild tells it.
/// </summary>
public sealed class BuildInputTests
{
    private const string SpecsFolder = "/project/specs";

    [Fact]
    public void A_configured_specs_folder_that_does_not_exist_gets_one_warning_naming_it()
    {
        GeneratorRun run = GeneratorHarness.Run(System.Array.Empty<AdditionalText>(), Folder("missing"));

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("ZAPI019", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("'/project/specs', which does not exist", diagnostic.GetMessage());
    }

    [Fact]
    public void The_default_specs_folder_missing_is_quiet()
    {
        GeneratorRun run = GeneratorHarness.Run(System.Array.Empty<AdditionalText>(), Folder("default-missing"));

        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void No_specs_folder_but_a_near_miss_one_gets_one_warning_naming_it()
    {
        Dictionary<string, string> properties = Folder("default-missing");
        properties["ZApiNearMissSpecs"] = "/project/Specs/message/send-shout.zapi.yaml|/project/Specs/partner/ping.zapi.yaml";

        GeneratorRun run = GeneratorHarness.Run(System.Array.Empty<AdditionalText>(), properties);

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("ZAPI019", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal(
            "The generator reads specs from the folder 'specs' beside the project file ('/project/specs'), which does not exist, but the project holds 2 spec-like file(s) elsewhere that it did not read (Specs/message/send-shout.zapi.yaml, Specs/partner/ping.zapi.yaml). Rename the folder 'Specs' to 'specs', or set <ZApiSpecsDirectory>Specs</ZApiSpecsDirectory> in the project file.",
            diagnostic.GetMessage());
    }

    [Fact]
    public void Specs_elsewhere_that_reach_the_generator_as_additional_files_are_quiet()
    {
        Dictionary<string, string> properties = Folder("default-missing");
        properties["ZApiNearMissSpecs"] = "/project/Specs/ping.zapi.yaml";

        GeneratorRun run = GeneratorHarness.Run(new[] { new InMemoryAdditionalText("/project/Specs/ping.zapi.yaml", SpecTexts.Ping) }, properties);

        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void A_folder_without_specs_names_the_yaml_files_it_holds()
    {
        GeneratorRun run = GeneratorHarness.Run(System.Array.Empty<AdditionalText>(), Folder("exists", "partner/create-instance.yaml|send-text.yml"));

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("ZAPI019", diagnostic.Id);
        Assert.Contains("holds no '*.zapi.yaml' file", diagnostic.GetMessage());
        Assert.Contains("partner/create-instance.yaml, send-text.yml", diagnostic.GetMessage());
    }

    [Fact]
    public void Stray_yaml_files_beside_real_specs_get_one_warning()
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { GeneratorHarness.Spec("ping.zapi.yaml", SpecTexts.Ping) }, Folder("exists", "pong.yaml"));

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("ZAPI019", diagnostic.Id);
        Assert.Contains("does not read (pong.yaml)", diagnostic.GetMessage());
        Assert.Contains(run.Sources, s => s.HintName == "ZApi.PartnerClient.Ping.g.cs");
    }

    [Fact]
    public void A_folder_with_specs_and_nothing_else_is_quiet()
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { new InMemoryAdditionalText("/project/specs/../specs/ping.zapi.yaml", SpecTexts.Ping.Replace("\r\n", "\n")) }, Folder("exists"));

        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void Csharp_older_than_11_gets_one_error_and_no_generated_code()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp10);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(string.Empty);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new ZApiGenerator().AsSourceGenerator() },
            new[] { GeneratorHarness.Spec("ping.zapi.yaml", SpecTexts.Ping) },
            parseOptions,
            new TestOptionsProvider(new Dictionary<string, string>()));
        GeneratorRunResult result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("ZAPI020", diagnostic.Id);
        Assert.Contains("C# 11 or later", diagnostic.GetMessage());
        Assert.Contains("C# 10.0", diagnostic.GetMessage());
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void A_target_without_the_apis_the_client_uses_gets_one_error_and_no_generated_code()
    {
        // .NET 8's reference assemblies without System.Text.Json stand in for a target that lacks it.
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(string.Empty, GeneratorHarness.ParseOptions) },
            Net80.References.All.Where(r => r.Display?.Contains("System.Text.Json", System.StringComparison.Ordinal) != true),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        GeneratorRunResult result = GeneratorHarness.CreateDriver(new[] { GeneratorHarness.Spec("ping.zapi.yaml", SpecTexts.Ping) })
            .RunGenerators(compilation).GetRunResult().Results.Single();

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("ZAPI020", diagnostic.Id);
        Assert.Contains("System.Text.Json.Utf8JsonWriter", diagnostic.GetMessage());
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void A_netstandard_library_on_its_default_language_hears_of_both_requirements_in_one_error()
    {
        // A netstandard2.0 library compiles C# 7.3 by default and lacks the APIs: .NET 8's reference
        // assemblies without System.Text.Json and System.Net.Http stand in for its target.
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(string.Empty, new CSharpParseOptions(LanguageVersion.CSharp7_3)) },
            Net80.References.All.Where(r => r.Display?.Contains("System.Text.Json", System.StringComparison.Ordinal) != true
                && r.Display?.Contains("System.Net.Http", System.StringComparison.Ordinal) != true),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new ZApiGenerator().AsSourceGenerator() },
            new[] { GeneratorHarness.Spec("ping.zapi.yaml", SpecTexts.Ping) },
            new CSharpParseOptions(LanguageVersion.CSharp7_3),
            new TestOptionsProvider(new Dictionary<string, string>()));
        GeneratorRunResult result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("ZAPI020", diagnostic.Id);
        string message = diagnostic.GetMessage();
        Assert.Contains("C# 11 or later", message);
        Assert.Contains("C# 7.3", message);
        Assert.Contains(".NET 8 or later", message);
        Assert.Contains("System.Text.Json.Utf8JsonWriter, System.Net.Http.HttpClient", message);
        Assert.Contains("<LangVersion>11</LangVersion>", message);
        Assert.Contains("target net8.0 or later", message);
        Assert.Empty(result.GeneratedSources);
    }

    private static Dictionary<string, string> Folder(string state, string stray = "") => new()
    {
        ["ZApiSpecsFolder"] = SpecsFolder,
        ["ZApiSpecsFolderState"] = state,
        ["ZApiStraySpecs"] = stray,
    };
}
