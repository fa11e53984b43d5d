using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;

namespace ZApi.Benchmarks.Paired;

/// <summary>
/// Two operations measured side by side: many short rounds, the two alternating (A B, then B A),
/// each round's ratio from two adjacent measurements, and the median over rounds. A slow patch of
/// the machine (another process, or the host of this virtual machine) then skews a round or two, not
/// one side of a whole benchmark, which is what BenchmarkDotNet's sequential jobs suffer from here.
/// With <c>--thread-cpu</c> (<see cref="ThreadCpuClock"/>) each round is timed by the calling thread's
/// CPU clock instead of the wall clock.
/// </summary>
internal static class PairedRounds
{
    /// <summary>A ratio of two operations: the median of the rounds, the lowest and highest, and its target.</summary>
    public sealed record Result(string Name, double Median, double Low, double High, double Target, bool AtMost)
    {
        public bool Met => AtMost ? Median <= Target : Median >= Target;
    }

    /// <summary>
    /// The ratio time(<paramref name="a"/>) / time(<paramref name="b"/>), each run synchronously. After a warm-up
    /// long enough for tiered compilation (with its PGO pass) to finish, each round runs the slower
    /// operation for about <paramref name="roundMilliseconds"/> (at least 1,000 times).
    /// </summary>
    public static Result Pair(string name, Action a, Action b, double target, bool atMost, int rounds, double roundMilliseconds)
    {
        double perCallA = WarmUp(a), perCallB = WarmUp(b);
        int callsPerRound = Math.Max(1_000, (int)(roundMilliseconds / Math.Max(perCallA, perCallB)));
        var ratios = new double[rounds];
        for (int round = 0; round < rounds; round++)
        {
            double timeA, timeB;
            if (round % 2 == 0)
            {
                timeA = Measure(a, callsPerRound);
                timeB = Measure(b, callsPerRound);
            }
            else
            {
                timeB = Measure(b, callsPerRound);
                timeA = Measure(a, callsPerRound);
            }

            ratios[round] = timeA / timeB;
        }

        Array.Sort(ratios);
        return new Result(name, ratios[rounds / 2], ratios[0], ratios[^1], target, atMost);
    }

    public static void Print(IEnumerable<Result> results)
    {
        foreach (Result r in results)
        {
            string relation = r.AtMost ? "<=" : ">=";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ratio {r.Name} (paired, median of interleaved rounds): {r.Median:F2} (rounds {r.Low:F2}..{r.High:F2}; target {relation} {r.Target:F2}: {(r.Met ? "met" : "MISSED")})"));
        }
    }

    /// <summary>Runs the operation for about 1.2 s; returns milliseconds per call over the last part.</summary>
    private static double WarmUp(Action operation)
    {
        long start = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(start).TotalMilliseconds < 1_200)
        {
            Measure(operation, 1_000);
        }

        return Measure(operation, 10_000) / 10_000;
    }

    /// <summary>Milliseconds for <paramref name="calls"/> calls: wall clock, or the thread's CPU clock with <c>--thread-cpu</c>.</summary>
    private static double Measure(Action operation, int calls)
    {
        if (ThreadCpuClock.Requested && ThreadCpuClock.Available)
        {
            double cpuStart = ThreadCpuClock.Milliseconds();
            for (int i = 0; i < calls; i++)
            {
                operation();
            }

            return ThreadCpuClock.Milliseconds() - cpuStart;
        }

        long start = Stopwatch.GetTimestamp();
        for (int i = 0; i < calls; i++)
        {
            operation();
        }

        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}
