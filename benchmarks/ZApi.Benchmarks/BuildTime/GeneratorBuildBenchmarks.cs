using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace ZApi.Benchmarks.BuildTime;

/// <summary>
/// The generator in a CSharpGeneratorDriver, side by side with Refit's generator on as many
/// endpoints: a cold run, a re-run after an unrelated C# edit, a re-run after editing one endpoint.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBuildBenchmarks
{
    private BuildScenario _zapi = null!;
    private BuildScenario _refit = null!;

    [Params(1, 100, 1000)]
    public int Specs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _zapi = BuildScenario.ZApi(Specs);
        _refit = BuildScenario.Refit(Specs);
        _zapi.Verify();
        _refit.Verify();
    }

    [Benchmark(Description = "ZApi cold")]
    public GeneratorDriver ZApiCold() => _zapi.RunCold();

    [Benchmark(Description = "ZApi unrelated C# edit")]
    public GeneratorDriver ZApiUnrelatedEdit() => _zapi.RunAfterUnrelatedEdit();

    [Benchmark(Description = "ZApi one spec edited")]
    public GeneratorDriver ZApiOneSpecEdited() => _zapi.RunAfterEditingOne();

    [Benchmark(Description = "Refit cold")]
    public GeneratorDriver RefitCold() => _refit.RunCold();

    [Benchmark(Description = "Refit unrelated C# edit")]
    public GeneratorDriver RefitUnrelatedEdit() => _refit.RunAfterUnrelatedEdit();

    [Benchmark(Description = "Refit one method edited")]
    public GeneratorDriver RefitOneMethodEdited() => _refit.RunAfterEditingOne();
}
