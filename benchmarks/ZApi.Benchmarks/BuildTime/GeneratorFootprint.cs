using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ZApi.Specs.Parsing;

namespace ZApi.Benchmarks.BuildTime;

/// <summary>
/// Where the generator's cold run at N specs allocates (<c>-- --footprint</c>): reading the specs,
/// and Roslyn parsing the generated C#, next to the whole run. Allocations are exact; times are one
/// warm run each, a guide for where to look, not a benchmark.
/// </summary>
internal static class GeneratorFootprint
{
    public static void Run(int count)
    {
        BuildScenario zapi = BuildScenario.ZApi(count);
        BuildScenario refit = BuildScenario.Refit(count);
        string[] yaml = Enumerable.Range(0, count).Select(i => SyntheticSpecs.Yaml(i)).ToArray();

        Measure("ZApi cold run (driver)", () => zapi.RunCold());
        Measure("Refit cold run (driver)", () => refit.RunCold());
        Measure("  reading the specs (SpecParser)", () =>
        {
            for (int i = 0; i < count; i++)
            {
                SpecParser.Parse(SyntheticSpecs.Path(i), yaml[i]);
            }
        });

        Measure("    of which YamlDotNet's parser (events only)", () =>
        {
            for (int i = 0; i < count; i++)
            {
                var parser = new YamlDotNet.Core.Parser(new System.IO.StringReader(yaml[i]));
                while (parser.MoveNext())
                {
                }
            }
        });

        if (Environment.GetEnvironmentVariable("ZAPI_FOOTPRINT_TREE") == "1")
        {
            // Diagnostics only: the spec reader's YAML tree alone (internal), through reflection.
            var read = typeof(SpecParser).Assembly.GetType("ZApi.Specs.Yaml.YamlTreeReader")!.GetMethod("Read")!;
            Measure("    YAML tree (YamlTreeReader, incl. YamlDotNet)", () =>
            {
                for (int i = 0; i < count; i++)
                {
                    read.Invoke(null, new object[] { yaml[i], SyntheticSpecs.Path(i), new System.Collections.Generic.List<ZApi.Specs.Validation.SpecError>() });
                }
            });
        }

        GeneratorRunResult result = zapi.ColdResult();
        string[] texts = result.GeneratedSources.Select(s => s.SourceText.ToString()).ToArray();
        long bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
        Console.WriteLine($"  generated: {texts.Length} files, {bytes:N0} bytes of C# ({bytes / count:N0} per spec)");
        string[] lines = texts.SelectMany(t => t.Split('\n')).ToArray();
        long docBytes = lines.Where(l => l.TrimStart().StartsWith("///", StringComparison.Ordinal)).Sum(l => (long)l.Length + 1);
        long indentBytes = lines.Sum(l => (long)(l.Length - l.TrimStart().Length));
        long globalBytes = lines.Sum(l => (long)CountOf(l, "global::") * "global::".Length);
        Console.WriteLine($"    doc comments {docBytes * 100.0 / bytes:N0} %, indentation {indentBytes * 100.0 / bytes:N0} %, 'global::' {globalBytes * 100.0 / bytes:N0} %");
        Measure("  Roslyn parsing the generated C#", () =>
        {
            foreach (string text in texts)
            {
                CSharpSyntaxTree.ParseText(text, BuildScenario.ParseOptions);
            }
        });
    }

    private static int CountOf(string line, string token)
    {
        int n = 0;
        for (int at = line.IndexOf(token, StringComparison.Ordinal); at >= 0; at = line.IndexOf(token, at + token.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    private static void Measure(string what, Action action)
    {
        action(); // warm: JIT, caches
        GC.Collect();
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        action();
        watch.Stop();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Console.WriteLine($"{what,-40} {allocated / 1048576.0,8:N1} MB {watch.Elapsed.TotalMilliseconds,9:N1} ms");
    }
}
