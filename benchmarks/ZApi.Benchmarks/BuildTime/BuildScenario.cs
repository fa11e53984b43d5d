using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ZApi.Benchmarks.BuildTime;

/// <summary>
/// One generator over <c>Count</c> endpoints, ready for the three measured runs. Drivers are
/// immutable: every run starts from the same warm driver, so each measures exactly one re-run.
/// </summary>
internal sealed class BuildScenario
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    private static readonly CSharpCompilationOptions CompilationOptions =
        new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

    private readonly Func<IIncrementalGenerator> _generator;
    private readonly ImmutableArray<AdditionalText> _additionalTexts;
    private readonly CSharpCompilation _compilation;
    private readonly SyntaxTree _unrelatedEdit;
    private readonly Func<GeneratorDriver, GeneratorDriver> _editOne;
    private readonly Func<CSharpCompilation> _compilationAfterEditOne;
    private readonly bool _track;

    private BuildScenario(
        string name,
        int count,
        Func<IIncrementalGenerator> generator,
        ImmutableArray<AdditionalText> additionalTexts,
        CSharpCompilation compilation,
        Func<GeneratorDriver, GeneratorDriver> editOne,
        Func<CSharpCompilation> compilationAfterEditOne,
        bool track)
    {
        Name = name;
        Count = count;
        _generator = generator;
        _additionalTexts = additionalTexts;
        _compilation = compilation;
        _editOne = editOne;
        _compilationAfterEditOne = compilationAfterEditOne;
        _track = track;
        _unrelatedEdit = CSharpSyntaxTree.ParseText("namespace Consumer;\n\npublic static class Unrelated\n{\n    public static int Answer() => 42;\n}\n", ParseOptions, path: "Unrelated.cs");
        Warm = CreateDriver().RunGenerators(_compilation);
    }

    public string Name { get; }

    public int Count { get; }

    /// <summary>The driver after a first run over the unedited inputs.</summary>
    public GeneratorDriver Warm { get; }

    /// <summary>The ZApi generator over <paramref name="count"/> synthetic specs and a one-file consumer.</summary>
    public static BuildScenario ZApi(int count, bool track = false)
    {
        var specs = new InMemoryAdditionalText[count];
        for (int i = 0; i < count; i++)
        {
            specs[i] = new InMemoryAdditionalText(SyntheticSpecs.Path(i), SyntheticSpecs.Yaml(i));
        }

        int edited = count / 2;
        var editedSpec = new InMemoryAdditionalText(SyntheticSpecs.Path(edited), SyntheticSpecs.Yaml(edited, titleSuffix: " (editada)"));
        CSharpCompilation compilation = CreateCompilation(ConsumerTree());
        return new BuildScenario(
            "ZApi.Generator",
            count,
            Generators.ZApi,
            ImmutableArray.Create<AdditionalText>(specs),
            compilation,
            driver => driver.ReplaceAdditionalText(specs[edited], editedSpec),
            () => compilation,
            track);
    }

    /// <summary>
    /// The ZApi generator over the built-in catalogue (every spec of the repository's <c>specs/</c>, as
    /// the package hands them over); the edited spec is send-text (its title).
    /// </summary>
    public static BuildScenario Catalogue(bool track = false)
    {
        string folder = System.IO.Path.Combine(Repository.Root, "specs");
        InMemoryAdditionalText[] specs = System.IO.Directory.GetFiles(folder, "*.zapi.yaml", System.IO.SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new InMemoryAdditionalText(p, System.IO.File.ReadAllText(p)))
            .ToArray();
        InMemoryAdditionalText sendText = specs.Single(s => s.Path.EndsWith("send-text.zapi.yaml", StringComparison.Ordinal));
        string edited = sendText.GetText()!.ToString().Replace("title: Enviar texto simples", "title: Enviar texto simples (editado)", StringComparison.Ordinal);
        var editedSpec = new InMemoryAdditionalText(sendText.Path, edited);
        CSharpCompilation compilation = CreateCompilation(ConsumerTree());
        return new BuildScenario(
            "ZApi catalogue",
            specs.Length,
            Generators.ZApi,
            ImmutableArray.Create<AdditionalText>(specs),
            compilation,
            driver => driver.ReplaceAdditionalText(sendText, editedSpec),
            () => compilation,
            track);
    }

    /// <summary>Refit's generator over an interface of <paramref name="count"/> methods, each with its own body types.</summary>
    public static BuildScenario Refit(int count, bool track = false)
    {
        SyntaxTree bodies = CSharpSyntaxTree.ParseText(SyntheticSpecs.RefitBodies(count), ParseOptions, path: "Bodies.cs");
        SyntaxTree api = CSharpSyntaxTree.ParseText(SyntheticSpecs.RefitInterface(count), ParseOptions, path: "IPartnerApi.cs");
        SyntaxTree editedApi = CSharpSyntaxTree.ParseText(SyntheticSpecs.RefitInterface(count, editedIndex: count / 2), ParseOptions, path: "IPartnerApi.cs");
        CSharpCompilation compilation = CreateCompilation(ConsumerTree(), bodies, api);
        return new BuildScenario(
            "Refit",
            count,
            Generators.Refit,
            ImmutableArray<AdditionalText>.Empty,
            compilation,
            driver => driver,
            () => compilation.ReplaceSyntaxTree(api, editedApi),
            track);
    }

    /// <summary>A build from scratch: a new driver, a compilation with nothing bound yet.</summary>
    public GeneratorDriver RunCold() => CreateDriver().RunGenerators(_compilation.Clone());

    /// <summary>An edit of C# that concerns no endpoint: a new file in a new compilation.</summary>
    public GeneratorDriver RunAfterUnrelatedEdit() => Warm.RunGenerators(_compilation.AddSyntaxTrees(_unrelatedEdit));

    /// <summary>One endpoint edited: its spec (ZApi) or its method in the interface (Refit).</summary>
    public GeneratorDriver RunAfterEditingOne() => _editOne(Warm).RunGenerators(_compilationAfterEditOne());

    /// <summary>What the cold run generated, and its errors, for the size report and the sanity check.</summary>
    public GeneratorRunResult ColdResult() => RunCold().GetRunResult().Results.Single();

    private GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            new[] { _generator().AsSourceGenerator() },
            _additionalTexts,
            ParseOptions,
            EmptyOptionsProvider.Instance,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: _track));

    private static SyntaxTree ConsumerTree() =>
        CSharpSyntaxTree.ParseText("namespace Consumer;\n\npublic static class Program\n{\n    public static void Main() { }\n}\n", ParseOptions, path: "Program.cs");

    private static CSharpCompilation CreateCompilation(params SyntaxTree[] trees) =>
        CSharpCompilation.Create("Consumer", trees, Generators.References, CompilationOptions);

    /// <summary>Generated bytes (UTF-8) per endpoint: the endpoint's own file for ZApi, the interface's file over its methods for Refit.</summary>
    public static string SizeReport(BuildScenario scenario)
    {
        GeneratorRunResult result = scenario.ColdResult();
        long Bytes(GeneratedSourceResult s) => Encoding.UTF8.GetByteCount(s.SourceText.ToString());
        long total = result.GeneratedSources.Sum(Bytes);
        var endpointFiles = result.GeneratedSources
            .Where(s => scenario.Name == "Refit" ? s.HintName.Contains("IPartnerApi", StringComparison.Ordinal) : s.HintName.StartsWith("ZApi.PartnerClient.", StringComparison.Ordinal) && s.HintName != "ZApi.PartnerClient.g.cs")
            .ToList();
        long endpointBytes = endpointFiles.Sum(Bytes);
        return $"{scenario.Name,-15} {scenario.Count,5} endpoints: {result.GeneratedSources.Length,5} files, {total,10:N0} bytes in all; "
            + $"endpoint code {endpointBytes / (double)scenario.Count,8:N0} bytes per endpoint ({endpointFiles.Count} endpoint file(s)); shared {total - endpointBytes:N0} bytes";
    }

    /// <summary>Throws unless the generator ran cleanly: no error diagnostics, no exception, the expected files.</summary>
    public void Verify()
    {
        GeneratorRunResult result = ColdResult();
        if (result.Exception is not null)
        {
            throw new InvalidOperationException($"{Name} threw: {result.Exception}");
        }

        Diagnostic[] problems = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        if (problems.Length > 0)
        {
            throw new InvalidOperationException($"{Name} reported: " + string.Join("\n", problems.Take(5)));
        }

        if (result.GeneratedSources.IsEmpty)
        {
            throw new InvalidOperationException($"{Name} generated nothing for {Count} endpoints.");
        }
    }

    /// <summary>Where a tracked run's time goes: the driver's total, the generator's, and each tracked step's sum.</summary>
    public static string TimingReport(BuildScenario scenario, Func<BuildScenario, GeneratorDriver> run)
    {
        GeneratorDriver driver = run(scenario);
        GeneratorDriverTimingInfo timing = driver.GetTimingInfo();
        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        var lines = new List<string> { FormattableString.Invariant($"    driver total {timing.ElapsedTime.TotalMilliseconds:F1} ms, generator {timing.GeneratorTimes.Single().ElapsedTime.TotalMilliseconds:F1} ms") };
        foreach (KeyValuePair<string, ImmutableArray<IncrementalGeneratorRunStep>> step in result.TrackedSteps.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            lines.Add(FormattableString.Invariant($"    step {step.Key}: {step.Value.Sum(s => s.ElapsedTime.TotalMilliseconds):F1} ms over {step.Value.Length} runs"));
        }

        return string.Join("\n", lines);
    }

    /// <summary>Per tracked step: how many outputs were New/Modified/Cached/Unchanged after each edit (ZApi only tracks steps).</summary>
    public static string StepReport(BuildScenario scenario, Func<BuildScenario, GeneratorDriver> run)
    {
        GeneratorRunResult result = run(scenario).GetRunResult().Results.Single();
        var lines = new List<string>();
        foreach (KeyValuePair<string, ImmutableArray<IncrementalGeneratorRunStep>> step in result.TrackedSteps.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var reasons = step.Value.SelectMany(s => s.Outputs).GroupBy(o => o.Reason).OrderBy(g => g.Key)
                .Select(g => $"{g.Key} {g.Count()}");
            lines.Add($"    {step.Key}: {string.Join(", ", reasons)}");
        }

        return string.Join("\n", lines);
    }
}
