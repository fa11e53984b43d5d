using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace ZApi.Tool.Tests.Infrastructure;

/// <summary>What a run of <c>zapi</c> printed and returned.</summary>
internal sealed record ZapiRun(int ExitCode, string Out, string Error);

/// <summary>
/// Runs the built tool (<c>zapi.dll</c>, copied beside the tests) as a user's shell does:
/// exit codes, stdout and stderr as they are. A watchdog of two minutes stops a hang; it asserts nothing about speed.
/// </summary>
internal static class ZapiProcess
{
    private static readonly TimeSpan Watchdog = TimeSpan.FromMinutes(2);

    public static string ToolPath { get; } = Path.Combine(AppContext.BaseDirectory, "zapi.dll");

    public static async Task<ZapiRun> RunAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ToolPath);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        Task exited = process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(Watchdog)) != exited)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"zapi {string.Join(' ', arguments)} did not finish within {Watchdog.TotalMinutes} minutes.");
        }

        return new ZapiRun(process.ExitCode, (await output).Replace("\r\n", "\n"), (await error).Replace("\r\n", "\n"));
    }
}
