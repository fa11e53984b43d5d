using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;

namespace ZApi.Benchmarks.PerCall;

/// <summary>
/// Time ratios of two clients measured side by side: many short rounds, the two clients alternating
/// (A B, then B A), each round's ratio from two adjacent measurements, and the median over rounds.
/// A burst of load from another process then skews a round or two, not a whole benchmark, which is
/// what BenchmarkDotNet's sequential short job suffers from on a shared 2-core machine. The same
/// calls as the BenchmarkDotNet classes (their GlobalSetup, with its equivalence checks, runs first).
/// <para>
/// <c>--paired --thread-cpu</c> (read from the process's command line, so <c>Program</c> needs no
/// option of its own): only the two generated/d) pairs, 201 rounds of about 3 ms (1,000 calls at
/// least), each timed by the calling thread's CPU clock instead of the wall clock. Every call here runs synchronously on that thread
/// (the in-memory handler never waits), so time the thread spends preempted by other processes
/// drops out: the mode for a machine shared with builds. Linux only; elsewhere it falls back to the
/// wall clock and says so.
/// </para>
/// </summary>
internal static class PairedCallRatios
{
    public sealed record Result(string Name, double Median, double Low, double High, double Target, bool AtMost)
    {
        public bool Met => AtMost ? Median <= Target : Median >= Target;
    }

    public static List<Result> Run(int rounds = 15)
    {
        var create = new CreateInstanceCallBenchmarks();
        create.Setup();
        var send = new SendTextCallBenchmarks();
        send.Setup();

        if (ThreadCpuClock.Requested)
        {
            Console.WriteLine(ThreadCpuClock.Available
                ? "paired rounds timed by the thread's CPU clock (--thread-cpu), generated/d) only"
                : "--thread-cpu: no thread CPU clock on this system; wall clock used");
            return new List<Result>
            {
                Pair("call time generated/d) [thread CPU]", () => create.Generated(), () => create.Utf8ByHand(), 1.05, atMost: true, 201, roundMilliseconds: 3),
                Pair("send-text time generated/d) [thread CPU]", () => send.SendTextGenerated(), () => send.SendTextUtf8ByHand(), 1.05, atMost: true, 201, roundMilliseconds: 3),
            };
        }

        var results = new List<Result>
        {
            Pair("call time generated/d)", () => create.Generated(), () => create.Utf8ByHand(), 1.05, atMost: true, rounds),
            Pair("call time refit a)/generated", () => create.RefitDefault(), () => create.Generated(), 2.5, atMost: false, rounds),
            Pair("send-text time generated/d)", () => send.SendTextGenerated(), () => send.SendTextUtf8ByHand(), 1.05, atMost: true, rounds),
            Pair("send-text time refit a)/generated", () => send.SendTextRefit(), () => send.SendTextGenerated(), 2.5, atMost: false, rounds),
        };
        return results;
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

    private static Result Pair(string name, Func<Task> a, Func<Task> b, double target, bool atMost, int rounds, double roundMilliseconds = 60)
    {
        // Warm-up long enough for tiered compilation (with its PGO pass) to finish; it also sizes the rounds: about 60 ms for the slower client.
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

    /// <summary>Runs the call for about 1.5 s; returns milliseconds per call over the last part.</summary>
    private static double WarmUp(Func<Task> call)
    {
        long start = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(start).TotalMilliseconds < 1_200)
        {
            Measure(call, 1_000);
        }

        return Measure(call, 10_000) / 10_000;
    }

    /// <summary>Milliseconds for <paramref name="calls"/> calls: wall clock, or the thread's CPU clock with <c>--thread-cpu</c>.</summary>
    private static double Measure(Func<Task> call, int calls)
    {
        if (ThreadCpuClock.Requested && ThreadCpuClock.Available)
        {
            double cpuStart = ThreadCpuClock.Milliseconds();
            for (int i = 0; i < calls; i++)
            {
                call().GetAwaiter().GetResult();
            }

            return ThreadCpuClock.Milliseconds() - cpuStart;
        }

        long start = Stopwatch.GetTimestamp();
        for (int i = 0; i < calls; i++)
        {
            call().GetAwaiter().GetResult();
        }

        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}
