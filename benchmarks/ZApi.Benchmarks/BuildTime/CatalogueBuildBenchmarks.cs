using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace ZApi.Benchmarks.BuildTime;

/// <summary>
/// The generator over the whole built-in catalogue (every spec of <c>specs/</c>): a cold run, a re-run
/// after an unrelated C# edit (the budget: under 10 ms), a re-run after editing one spec.
/// </summary>
[MemoryDiagnoser]
public class CatalogueBuildBenchmarks
{
    private BuildScenario _catalogue = null!;

    [GlobalSetup]
    public void Setup()
    {
        _catalogue = BuildScenario.Catalogue();
        _catalogue.Verify();
    }

    [Benchmark(Description = "Catalogue cold")]
    public GeneratorDriver Cold() => _catalogue.RunCold();

    [Benchmark(Description = "Catalogue unrelated C# edit")]
    public GeneratorDriver UnrelatedEdit() => _catalogue.RunAfterUnrelatedEdit();

    [Benchmark(Description = "Catalogue one spec edited")]
    public GeneratorDriver OneSpecEdited() => _catalogue.RunAfterEditingOne();
}
