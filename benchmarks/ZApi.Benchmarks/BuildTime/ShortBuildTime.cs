using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace ZApi.Benchmarks.BuildTime;

/// <summary>The short mode's build-time part: a Stopwatch loop (one warm-up, a few runs, the median).</summary>
internal static class ShortBuildTime
{
    public static IEnumerable<Measurement> Run()
    {
        var results = new List<Measurement>();
        foreach (int specs in new[] { 1, 100, 1000 })
        {
            int runs = specs >= 1000 ? 3 : specs >= 100 ? 7 : 25;
            BuildScenario zapi = BuildScenario.ZApi(specs);
            BuildScenario refit = BuildScenario.Refit(specs);
            zapi.Verify();
            refit.Verify();
            results.Add(Measure("ZApiCold", specs, runs, () => zapi.RunCold()));
            results.Add(Measure("ZApiUnrelatedEdit", specs, runs * 10, () => zapi.RunAfterUnrelatedEdit()));
            results.Add(Measure("ZApiOneSpecEdited", specs, runs * 10, () => zapi.RunAfterEditingOne()));
            results.Add(Measure("RefitCold", specs, runs, () => refit.RunCold()));
            results.Add(Measure("RefitUnrelatedEdit", specs, runs, () => refit.RunAfterUnrelatedEdit()));
            results.Add(Measure("RefitOneMethodEdited", specs, runs, () => refit.RunAfterEditingOne()));
        }

        return results;
    }

    /// <summary>The generator over the built-in catalogue (every spec of <c>specs/</c>): cold, unrelated edit, one spec edited.</summary>
    public static List<Measurement> RunCatalogue()
    {
        BuildScenario catalogue = BuildScenario.Catalogue();
        catalogue.Verify();
        return new List<Measurement>
        {
            Measure("Cold", 0, 7, () => catalogue.RunCold()),
            Measure("UnrelatedEdit", 0, 70, () => catalogue.RunAfterUnrelatedEdit()),
            Measure("OneSpecEdited", 0, 70, () => catalogue.RunAfterEditingOne()),
        };
    }

    private static Measurement Measure(string method, int specs, int runs, Func<object> run)
    {
        run();
        var times = new double[runs];
        long allocated = 0;
        for (int i = 0; i < runs; i++)
        {
            long before = GC.GetTotalAllocatedBytes(precise: true);
            long start = Stopwatch.GetTimestamp();
            run();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds * 1_000_000;
            allocated += GC.GetTotalAllocatedBytes(precise: true) - before;
        }

        Array.Sort(times);
        var measurement = new Measurement(method, specs, times[runs / 2], allocated / runs);
        Console.WriteLine(FormattableString.Invariant($"build {method} {specs} specs: median {measurement.MeanNanoseconds / 1_000_000:F3} ms of {runs}, {measurement.AllocatedBytes:N0} B"));
        return measurement;
    }
}
