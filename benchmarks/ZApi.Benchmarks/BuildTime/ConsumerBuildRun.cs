using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace ZApi.Benchmarks.BuildTime;

/// <summary>
/// <c>-- --consumer-build</c>: what a new user waits for, measured as a new user builds. The
/// generator is packed into a local feed; brand-new console apps get it with
/// <c>dotnet add package</c>; then <c>dotnet build</c> (compiler server on, as a developer's) is
/// timed for each app in turn, three rounds, medians:
/// the first build after <c>dotnet add package</c>, a build after a one-line edit of Program.cs,
/// and a clean build (<c>bin</c> and <c>obj/Debug</c> removed).
/// The apps: the whole catalogue (the default), none of it (<c>ZApiEndpoints=none</c>), the whole
/// catalogue with 50 specs of the user's own, and the whole catalogue compiled inside the project
/// as before issue 21 (<c>ZApiCompileSeparately=false</c>). A plain runner: each build takes seconds,
/// BenchmarkDotNet's statistics add nothing but time.
/// </summary>
internal static class ConsumerBuildRun
{
    private const int Rounds = 3;

    private static readonly (string Name, string Properties, int OwnSpecs)[] Apps =
    {
        ("none", "<ZApiEndpoints>none</ZApiEndpoints>", 0),
        ("whole catalogue", string.Empty, 0),
        ("whole catalogue + 50 own specs", string.Empty, 50),
        ("whole catalogue, compiled in the project (before)", "<ZApiCompileSeparately>false</ZApiCompileSeparately>", 0),
    };

    public static int Run()
    {
        string root = Directory.CreateTempSubdirectory("zapi-consumer-build-").FullName;
        try
        {
            string feed = Directory.CreateDirectory(Path.Combine(root, "feed")).FullName;
            Dotnet(Repository.Root, "pack", Path.Combine(Repository.Root, "src", "ZApi.Generator"), "-c", "Release", "-o", feed);
            string version = Path.GetFileNameWithoutExtension(Directory.GetFiles(feed, "ZApi.Generator.*.nupkg").Single()).Substring("ZApi.Generator.".Length);
            File.WriteAllText(Path.Combine(root, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="zapi-local" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            // Outside the repository: none of its Directory.*.props apply.
            File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project />");
            File.WriteAllText(Path.Combine(root, "Directory.Packages.props"), "<Project />");

            var first = Apps.ToDictionary(a => a.Name, _ => new List<double>());
            var edit = Apps.ToDictionary(a => a.Name, _ => new List<double>());
            var clean = Apps.ToDictionary(a => a.Name, _ => new List<double>());
            for (int round = 0; round < Rounds; round++)
            {
                foreach ((string name, string properties, int ownSpecs) in Apps)
                {
                    string app = NewApp(root, $"app{round}-{Array.FindIndex(Apps, a => a.Name == name)}", version, properties, ownSpecs);
                    first[name].Add(Time(app, "build"));
                    File.AppendAllText(Path.Combine(app, "Program.cs"), $"System.Console.WriteLine({round});\n");
                    edit[name].Add(Time(app, "build"));
                    Directory.Delete(Path.Combine(app, "bin"), recursive: true);
                    Directory.Delete(Path.Combine(app, "obj", "Debug"), recursive: true);
                    clean[name].Add(Time(app, "build"));
                    Console.WriteLine($"round {round + 1}, {name}: first {first[name][^1]:F2} s, edit {edit[name][^1]:F2} s, clean {clean[name][^1]:F2} s");
                }
            }

            Print(first, edit, clean);
            return 0;
        }
        finally
        {
            Dotnet(root, "build-server", "shutdown");
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A build server may still hold a file; the temp folder is the system's to clean.
            }
        }
    }

    private static void Print(Dictionary<string, List<double>> first, Dictionary<string, List<double>> edit, Dictionary<string, List<double>> clean)
    {
        Console.WriteLine();
        Console.WriteLine($"consumer build, brand-new console app, package from a local feed: medians of {Rounds} rounds, apps alternating");
        Console.WriteLine("| app | first build after `dotnet add package` | after a one-line edit | clean (`bin`, `obj/Debug` removed) | edit / none | clean / none |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        double noneEdit = Median(edit["none"]);
        double noneClean = Median(clean["none"]);
        foreach ((string name, _, _) in Apps)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {Median(first[name]):F2} s | {Median(edit[name]):F2} s | {Median(clean[name]):F2} s | {Median(edit[name]) / noneEdit:F2}× | {Median(clean[name]) / noneClean:F2}× |"));
        }

        double editRatio = Median(edit["whole catalogue"]) / noneEdit;
        double cleanRatio = Median(clean["whole catalogue"]) / noneClean;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"target: whole catalogue after a one-line edit <= 1.15x none: {editRatio:F2}x {(editRatio <= 1.15 ? "met" : "MISSED")}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"target: whole catalogue clean <= 1.30x none: {cleanRatio:F2}x {(cleanRatio <= 1.30 ? "met" : "MISSED")}"));
    }

    private static string NewApp(string root, string folder, string version, string properties, int ownSpecs)
    {
        string app = Directory.CreateDirectory(Path.Combine(root, folder)).FullName;
        Dotnet(app, "new", "console", "--framework", "net10.0", "--name", "Consumer", "--output", ".");
        Dotnet(app, "add", "package", "ZApi.Generator", "--version", version);
        string project = Path.Combine(app, "Consumer.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("</PropertyGroup>", properties + "</PropertyGroup>", StringComparison.Ordinal));
        if (ownSpecs > 0)
        {
            string specs = Directory.CreateDirectory(Path.Combine(app, "specs", "partner")).FullName;
            for (int i = 0; i < ownSpecs; i++)
            {
                File.WriteAllText(Path.Combine(specs, SyntheticSpecs.Id(i) + ".zapi.yaml"), SyntheticSpecs.Yaml(i));
            }
        }

        return app;
    }

    private static double Time(string app, params string[] arguments)
    {
        var stopwatch = Stopwatch.StartNew();
        string output = Dotnet(app, arguments);
        stopwatch.Stop();
        if (output.Contains("warning ZAPI", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} in {app} warned:\n{output}");
        }

        return stopwatch.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> values)
    {
        double[] sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Dotnet(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Not the benchmark's own MSBuild environment (dotnet run sets some): a user's shell.
        foreach (string name in Environment.GetEnvironmentVariables().Keys.Cast<string>().Where(n => n.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using Process process = Process.Start(start)!;
        System.Threading.Tasks.Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd() + error.Result;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} in {directory} failed:\n{output}");
        }

        return output;
    }
}
