using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;
using ZApi.Generator.Tests.Infrastructure;

namespace ZApi.Generator.Tests.Hostile;

/// <summary>What the seeded mutation run found.</summary>
public sealed record MutationResult(int Inputs, int Diagnostics, int GeneratorExceptions, int CompileErrors, int Generated, TimeSpan Elapsed, IReadOnlyList<string> Problems);

/// <summary>
/// Issue 7: 500 seeded random mutations of the real specs (deletions, insertions, swaps, line
/// duplications and deletions, injected payloads). Diagnostics are fine; generator exceptions,
/// forbidden compiler diagnostics and compile errors in generated code are not.
/// </summary>
public sealed class SpecMutationTests
{
    public const int Seed = 20240607;
    public const int Count = 500;
    private const int BatchSize = 50;

    private static readonly Lazy<MutationResult> Outcome = new(Run);

    private static readonly string[] Insertions =
    {
        "\"", "'", "\\", ":", ": ", "-", "- ", "#", "&a ", "*a", "!", "|", ">", "[", "]", "{", "}", ",", "?", "%", "@", "`", "\t", "\n", "\r\n", "  ", "\u00A0",
        "\uFEFF", "\u2028", "\u0085", "\u202E", "\u0000", "0", "9", "é", "日", "😀", "\uD800", "*/", "</summary>", "#error x", "\n#line 1 \"e\"\n", "\"\"\"",
    };

    private readonly ITestOutputHelper _output;

    public SpecMutationTests(ITestOutputHelper output) => _output = output;

    internal static MutationResult Result => Outcome.Value;

    [Fact]
    public void Five_hundred_seeded_mutations_of_the_real_specs_never_throw_nor_generate_broken_code()
    {
        MutationResult result = Result;
        _output.WriteLine($"mutations: {result.Inputs} inputs, {result.Diagnostics} diagnostics, {result.GeneratorExceptions} generator exceptions, {result.CompileErrors} compile errors, {result.Generated} generated, {result.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(Count, result.Inputs);
        Assert.True(result.Problems.Count == 0, string.Join("\n\n", result.Problems.Take(20)));
    }

    /// <summary>The real specs, each mutated with <see cref="Random"/> seeded by <see cref="Seed"/>; ids made unique per mutant so a batch compiles together.</summary>
    internal static IReadOnlyList<(string Path, string Text, string Description)> Mutants()
    {
        string root = System.IO.Path.Combine(GeneratorHarness.RepositoryRoot, "specs");
        List<string> specs = System.IO.Directory.GetFiles(root, "*.zapi.yaml", System.IO.SearchOption.AllDirectories)
            .Select(p => System.IO.Path.GetRelativePath(root, p).Replace('\\', '/'))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
        var random = new Random(Seed);
        var mutants = new List<(string, string, string)>();
        for (int i = 0; i < Count; i++)
        {
            string relative = specs[i % specs.Count];
            InMemoryAdditionalText original = GeneratorHarness.RepositorySpec(relative);
            string id = System.IO.Path.GetFileName(relative).Replace(".zapi.yaml", string.Empty, StringComparison.Ordinal);
            string unique = id + "-m" + i.ToString(CultureInfo.InvariantCulture);
            string text = original.GetText()!.ToString().Replace("id: " + id, "id: " + unique, StringComparison.Ordinal);
            var described = new List<string>();
            int mutations = 1 + random.Next(3);
            for (int m = 0; m < mutations; m++)
            {
                text = Mutate(text, random, described);
            }

            mutants.Add(($"/project/specs/m{i:000}/{unique}.zapi.yaml", text, $"#{i} of {relative}: {string.Join("; ", described)}"));
        }

        return mutants;
    }

    private static string Mutate(string text, Random random, List<string> described)
    {
        if (text.Length == 0)
        {
            described.Add("insert into empty");
            return Insertions[random.Next(Insertions.Length)];
        }

        int at = random.Next(text.Length);
        string[] lines = text.Split('\n');
        int line = random.Next(lines.Length);
        switch (random.Next(8))
        {
            case 0:
                described.Add($"delete char {at}");
                return text.Remove(at, 1);
            case 1:
                int length = 1 + random.Next(Math.Min(40, text.Length - at));
                described.Add($"delete {length} chars at {at}");
                return text.Remove(at, Math.Min(length, text.Length - at));
            case 2:
                string insertion = Insertions[random.Next(Insertions.Length)];
                described.Add($"insert {HostileCorpus.Show(insertion)} at {at}");
                return text.Insert(at, insertion);
            case 3:
                if (at + 1 >= text.Length)
                {
                    goto case 0;
                }

                described.Add($"swap chars at {at}");
                char[] chars = text.ToCharArray();
                (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                return new string(chars);
            case 4:
                described.Add($"duplicate line {line + 1}");
                return string.Join("\n", lines.Take(line + 1).Append(lines[line]).Concat(lines.Skip(line + 1)));
            case 5:
                described.Add($"delete line {line + 1}");
                return string.Join("\n", lines.Where((_, i) => i != line));
            case 6:
                (string name, string payload) = HostileCorpus.Payloads[random.Next(HostileCorpus.Payloads.Length)];
                described.Add($"inject payload {name} at {at}");
                return text.Insert(at, payload);
            default:
                (string name2, string payload2) = HostileCorpus.Payloads[random.Next(HostileCorpus.Payloads.Length)];
                int colon = lines[line].IndexOf(": ", StringComparison.Ordinal);
                if (colon < 0)
                {
                    goto case 2;
                }

                described.Add($"replace the value on line {line + 1} with payload {name2}");
                lines[line] = lines[line].Substring(0, colon + 2) + (random.Next(2) == 0 ? HostileCorpus.Yq(payload2) : payload2);
                return string.Join("\n", lines);
        }
    }

    private static MutationResult Run()
    {
        IReadOnlyList<(string Path, string Text, string Description)> mutants = Mutants();
        var problems = new List<string>();
        int diagnostics = 0, exceptions = 0, compileErrors = 0, generated = 0;
        TimeSpan total = TimeSpan.Zero;
        for (int start = 0; start < mutants.Count; start += BatchSize)
        {
            List<(string Path, string Text, string Description)> batch = mutants.Skip(start).Take(BatchSize).ToList();
            (int d, bool exception, List<Diagnostic> errors, int g, TimeSpan elapsed, List<string> batchProblems) = RunBatch(batch);
            total += elapsed;
            diagnostics += d;
            generated += g;
            exceptions += exception ? 1 : 0;
            compileErrors += errors.Count;
            if (batchProblems.Count > 0 || errors.Count > 0)
            {
                // Name the culprits: run each mutant of the failing batch alone.
                foreach ((string Path, string Text, string Description) mutant in batch)
                {
                    (_, bool alone, List<Diagnostic> aloneErrors, _, _, List<string> aloneProblems) = RunBatch(new List<(string, string, string)> { mutant });
                    if (alone || aloneErrors.Count > 0 || aloneProblems.Count > 0)
                    {
                        problems.Add($"{mutant.Description}\n  " + string.Join("\n  ", aloneProblems.Concat(aloneErrors.Take(5).Select(e => "compile error: " + e))) + "\n  --- spec ---\n" + mutant.Text);
                    }
                }

                if (problems.Count == 0)
                {
                    problems.AddRange(batchProblems);
                    problems.AddRange(errors.Take(5).Select(e => "compile error (batch only): " + e));
                }
            }
        }

        return new MutationResult(mutants.Count, diagnostics, exceptions, compileErrors, generated, total, problems);
    }

    private static (int Diagnostics, bool Exception, List<Diagnostic> Errors, int Generated, TimeSpan Elapsed, List<string> Problems) RunBatch(List<(string Path, string Text, string Description)> batch)
    {
        var problems = new List<string>();
        AdditionalText[] texts = batch.Select(m => (AdditionalText)new InMemoryAdditionalText(m.Path, m.Text)).ToArray();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(texts);
        var stopwatch = Stopwatch.StartNew();
        driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(string.Empty), out Compilation output, out ImmutableArray<Diagnostic> driverDiagnostics);
        stopwatch.Stop();
        GeneratorDriverRunResult result = driver.GetRunResult();
        GeneratorRunResult generator = result.Results.Single();
        if (generator.Exception is not null)
        {
            problems.Add("generator exception: " + generator.Exception);
        }

        foreach (Diagnostic forbidden in driverDiagnostics.Concat(result.Diagnostics).Where(d => d.Id is "CS8784" or "CS8785" or "AD0001"))
        {
            problems.Add("forbidden diagnostic: " + forbidden);
        }

        var paths = new HashSet<string>(batch.Select(m => m.Path), StringComparer.Ordinal);
        foreach (Diagnostic diagnostic in generator.Diagnostics)
        {
            if (!diagnostic.Id.StartsWith("ZAPI", StringComparison.Ordinal) || diagnostic.Location.Kind != LocationKind.ExternalFile || !paths.Contains(diagnostic.Location.GetLineSpan().Path))
            {
                problems.Add("diagnostic not located in a spec: " + diagnostic);
            }
        }

        List<Diagnostic> errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        int endpoints = generator.GeneratedSources.Count(s => HostileRunner.IsEndpointFile(s.HintName));
        return (generator.Diagnostics.Length, generator.Exception is not null, errors, endpoints, stopwatch.Elapsed, problems);
    }
}
