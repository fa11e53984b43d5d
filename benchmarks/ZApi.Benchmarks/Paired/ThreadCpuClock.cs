using System;
using System.Linq;
using System.Runtime.InteropServices;

namespace ZApi.Benchmarks.Paired;

/// <summary>
/// The calling thread's CPU time (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>), for
/// <c>--thread-cpu</c> (the paired modes): time spent preempted by other processes is not counted, which the
/// wall clock of a shared 2-core machine mixes into every round.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    /// <summary>Whether the command line asks for the thread CPU clock.</summary>
    public static bool Requested { get; } = Environment.GetCommandLineArgs().Contains("--thread-cpu");

    /// <summary>Whether this system has the clock (Linux).</summary>
    public static bool Available { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    public static double Milliseconds()
    {
        TryRead(out TimeSpec now);
        return now.Seconds * 1_000.0 + now.Nanoseconds / 1_000_000.0;
    }

    private static bool TryRead(out TimeSpec time) => clock_gettime(ClockThreadCpuTimeId, out time) == 0;

    [DllImport("libc", SetLastError = false)]
    private static extern int clock_gettime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
