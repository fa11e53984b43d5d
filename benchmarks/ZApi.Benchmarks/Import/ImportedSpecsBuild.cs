extern alias ZApiGeneratorAssembly;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ZApi.Benchmarks.BuildTime;

namespace ZApi.Benchmarks.Import;

/// <summary>
/// The importer's yardstick (issue 12): does each spec <c>zapi import</c> wrote build a client, untouched?
/// Every spec alone goes through the generator and the C# compiler, as a consumer's build would take it;
/// then all of them together (names that collide across specs). Prints one line per spec that does not
/// build, with its first errors, and the totals.
/// <code>dotnet run -c Release --project benchmarks/ZApi.Benchmarks -- --imported &lt;folder of specs&gt;</code>
/// </summary>
internal static class ImportedSpecsBuild
{
    public static int Run(string folder)
    {
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"{folder}: no such folder.");
            return 2;
        }

        string[] files = Directory.GetFiles(folder, "*.zapi.yaml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        var failures = new Dictionary<string, int>(StringComparer.Ordinal);
        int clean = 0;
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        foreach (string file in files)
        {
            List<Diagnostic> errors = Errors(new[] { file });
            if (errors.Count == 0)
            {
                clean++;
                continue;
            }

            Console.WriteLine($"{Path.GetRelativePath(folder, file)}: {string.Join(" | ", errors.Take(3).Select(Describe))}");
            foreach (string id in errors.Select(e => e.Id).Distinct())
            {
                failures[id] = failures.GetValueOrDefault(id) + 1;
            }
        }

        Console.WriteLine($"{files.Length} spec(s): {clean} build alone with no error ({100.0 * clean / Math.Max(1, files.Length):F1} %), {files.Length - clean} do not ({stopwatch.Elapsed.TotalSeconds:F1} s).");
        foreach ((string id, int count) in failures.OrderByDescending(f => f.Value))
        {
            Console.WriteLine($"  {id}: {count} spec(s)");
        }

        List<Diagnostic> together = Errors(files);
        Console.WriteLine($"All {files.Length} together: {together.Count} error(s).");
        foreach (Diagnostic error in together.Take(20))
        {
            Console.WriteLine("  " + Describe(error));
        }

        return 0;
    }

    private static List<Diagnostic> Errors(IEnumerable<string> files)
    {
        AdditionalText[] specs = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f, File.ReadAllText(f))).ToArray();
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("namespace Consumer; public static class Program { public static void Main() { } }", BuildScenario.ParseOptions) },
            Generators.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { Generators.ZApi().AsSourceGenerator() }, specs, BuildScenario.ParseOptions, EmptyOptionsProvider.Instance);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out var generatorDiagnostics);
        return generatorDiagnostics.Concat(output.GetDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
    }

    private static string Describe(Diagnostic diagnostic)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        return $"{diagnostic.Id} {Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1}): {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
    }
}
