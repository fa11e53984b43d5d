using System;
using System.Collections.Generic;
using ZApi.Benchmarks.Paired;

namespace ZApi.Benchmarks.PerCall;

/// <summary>
/// <c>--paired</c>: the per-call time ratios by <see cref="PairedRounds"/>, the two clients alternating in
/// short rounds. The same calls as the BenchmarkDotNet classes (their GlobalSetup, with its equivalence
/// checks, runs first). Every call here completes synchronously on the calling thread (the in-memory
/// handler never waits), so each is run as <c>GetAwaiter().GetResult()</c>.
/// <para>
/// <c>--paired --thread-cpu</c> (read from the process's command line, so <c>Program</c> needs no
/// option of its own): only the two generated/d) pairs, 201 rounds of about 3 ms (1,000 calls at
/// least), each timed by the calling thread's CPU clock instead of the wall clock, so time the thread
/// spends preempted by other processes drops out: the mode for a machine shared with builds. Linux
/// only; elsewhere it falls back to the wall clock and says so.
/// </para>
/// </summary>
internal static class PairedCallRatios
{
    public static List<PairedRounds.Result> Run(int rounds = 15)
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
            return new List<PairedRounds.Result>
            {
                PairedRounds.Pair("call time generated/d) [thread CPU]", () => create.Generated().GetAwaiter().GetResult(), () => create.Utf8ByHand().GetAwaiter().GetResult(), 1.05, atMost: true, 201, roundMilliseconds: 3),
                PairedRounds.Pair("send-text time generated/d) [thread CPU]", () => send.SendTextGenerated().GetAwaiter().GetResult(), () => send.SendTextUtf8ByHand().GetAwaiter().GetResult(), 1.05, atMost: true, 201, roundMilliseconds: 3),
            };
        }

        return new List<PairedRounds.Result>
        {
            PairedRounds.Pair("call time generated/d)", () => create.Generated().GetAwaiter().GetResult(), () => create.Utf8ByHand().GetAwaiter().GetResult(), 1.05, atMost: true, rounds, roundMilliseconds: 60),
            PairedRounds.Pair("call time refit a)/generated", () => create.RefitDefault().GetAwaiter().GetResult(), () => create.Generated().GetAwaiter().GetResult(), 2.5, atMost: false, rounds, roundMilliseconds: 60),
            PairedRounds.Pair("send-text time generated/d)", () => send.SendTextGenerated().GetAwaiter().GetResult(), () => send.SendTextUtf8ByHand().GetAwaiter().GetResult(), 1.05, atMost: true, rounds, roundMilliseconds: 60),
            PairedRounds.Pair("send-text time refit a)/generated", () => send.SendTextRefit().GetAwaiter().GetResult(), () => send.SendTextGenerated().GetAwaiter().GetResult(), 2.5, atMost: false, rounds, roundMilliseconds: 60),
        };
    }
}
