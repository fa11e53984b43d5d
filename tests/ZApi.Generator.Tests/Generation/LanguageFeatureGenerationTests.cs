using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;
using ZApi.Generator.Tests.Infrastructure;

namespace ZApi.Generator.Tests.Generation;

/// <summary>
/// The spec language's features as generated code: the feature fixtures of the client tests
/// (<c>tests/ZApi.Client.Tests/Specs/features</c>), one snapshot per generated file, and code that
/// compiles with no warning; the client tests prove how it behaves.
/// </summary>
public sealed class LanguageFeatureGenerationTests
{
    private static readonly string Features = Path.Combine(GeneratorHarness.RepositoryRoot, "tests", "ZApi.Client.Tests", "Specs", "features");

    private static GeneratorRun Run() => GeneratorHarness.Run(
        Directory.GetFiles(Features, "*.zapi.yaml").OrderBy(p => p, System.StringComparer.Ordinal)
            .Select(path => (AdditionalText)new InMemoryAdditionalText(path, File.ReadAllText(path).Replace("\r\n", "\n")))
            .ToArray());

    [Fact]
    public void The_feature_specs_generate_code_that_compiles_with_no_diagnostic_and_no_warning()
    {
        GeneratorRun run = Run();

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorRun.Format(run.GeneratorDiagnostics));
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void Every_feature_file_matches_its_snapshot()
    {
        GeneratorRun run = Run();

        // The runtime is snapshotted once, by CreateInstanceGenerationTests.
        Snapshot.MatchSources(run.Sources
            .Where(s => s.HintName.StartsWith("ZApi.FeaturesClient", System.StringComparison.Ordinal) || s.HintName.StartsWith("ZApi.Types.", System.StringComparison.Ordinal))
            .Select(s => (s.HintName, s.SourceText.ToString())));
    }
}
