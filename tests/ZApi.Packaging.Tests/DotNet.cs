using System;
using System.Collections;
using System.Diagnostics;
using System.Text;
using Xunit.Sdk;

namespace ZApi.Packaging.Tests;

/// <summary>Runs the dotnet CLI as a user would, in a clean environment, and fails with its output.</summary>
internal static class DotNet
{
    public static string Run(string workingDirectory, params string[] arguments) => Run(workingDirectory, expectSuccess: true, arguments);

    /// <summary>Runs a program that is not dotnet (a published native binary), with these environment variables.</summary>
    public static string RunProgram(string program, string workingDirectory, System.Collections.Generic.IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        Execute(program, workingDirectory, expectSuccess: true, arguments, environment);

    /// <summary>Runs a command that must fail (a build with errors); returns its output.</summary>
    public static string RunExpectingFailure(string workingDirectory, params string[] arguments) => Run(workingDirectory, expectSuccess: false, arguments);

    /// <summary>Runs dotnet with these environment variables added (such as DOTNET_ROLL_FORWARD).</summary>
    public static string RunWith(string workingDirectory, System.Collections.Generic.IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        Execute("dotnet", workingDirectory, expectSuccess: true, arguments, environment);

    /// <summary>Runs a dotnet command that must fail, with these environment variables added.</summary>
    public static string RunExpectingFailureWith(string workingDirectory, System.Collections.Generic.IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        Execute("dotnet", workingDirectory, expectSuccess: false, arguments, environment);

    private static string Run(string workingDirectory, bool expectSuccess, string[] arguments) =>
        Execute("dotnet", workingDirectory, expectSuccess, arguments, environment: null);

    private static string Execute(string program, string workingDirectory, bool expectSuccess, string[] arguments, System.Collections.Generic.IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs under `dotnet test`: its MSBuild variables would steer the child build.
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            string name = (string)variable.Key;
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(name);
            }
        }

        foreach (System.Collections.Generic.KeyValuePair<string, string> variable in environment ?? new System.Collections.Generic.Dictionary<string, string>())
        {
            start.Environment[variable.Key] = variable.Value;
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // A watchdog for hangs, not a speed check: a solution of several test projects builds for minutes on 2 cores.
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new XunitException($"{program} {string.Join(' ', arguments)} did not finish in 10 minutes:\n{output}");
        }

        process.WaitForExit();
        if ((process.ExitCode == 0) != expectSuccess)
        {
            throw new XunitException($"{program} {string.Join(' ', arguments)} (in {workingDirectory}) exited with {process.ExitCode}, {(expectSuccess ? "expected success" : "expected a failure")}:\n{output}");
        }

        return output.ToString();
    }
}
