using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ZApi.Generator.Tests.Infrastructure;

/// <summary>Runs <see cref="ZApiGenerator"/> in a <see cref="CSharpGeneratorDriver"/> over a .NET 8 compilation, the way a consumer's build does.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Consumer{i}.cs")),
            Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> specs, IReadOnlyDictionary<string, string>? properties = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new ZApiGenerator().AsSourceGenerator() },
            specs,
            ParseOptions,
            new TestOptionsProvider(properties ?? new Dictionary<string, string>()),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once and compiles its output with the consumer's code.</summary>
    public static GeneratorRun Run(IEnumerable<AdditionalText> specs, IReadOnlyDictionary<string, string>? properties = null, string consumerSource = "")
    {
        CSharpCompilation compilation = CreateCompilation(consumerSource);
        GeneratorDriver driver = CreateDriver(specs, properties).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        return new GeneratorRun(driver.GetRunResult(), output);
    }

    public static GeneratorRun Run(params AdditionalText[] specs) => Run(specs, null);

    /// <summary>A spec from the repository's <c>specs/</c> folder, e.g. <c>partner/create-instance.zapi.yaml</c>.</summary>
    public static InMemoryAdditionalText RepositorySpec(string relativePath)
    {
        string path = Path.Combine(RepositoryRoot, "specs", relativePath);
        return new InMemoryAdditionalText(path, File.ReadAllText(path));
    }

    /// <summary>A spec written in a test; the path mirrors where a user keeps it.</summary>
    public static InMemoryAdditionalText Spec(string fileName, string yaml) =>
        new($"/project/specs/{fileName}", yaml.Replace("\r\n", "\n"));

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>
    /// The assemblies this test process runs with (the runtime, ASP.NET Core, Microsoft.Extensions, xunit,
    /// ZApi.Contracts), but not the generator: what a project that references all of them compiles against.
    /// </summary>
    public static IReadOnlyList<MetadataReference> HostReferences => LazyHostReferences.Value;

    private static readonly Lazy<IReadOnlyList<MetadataReference>> LazyHostReferences = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => !Path.GetFileName(path).StartsWith("ZApi.Generator", StringComparison.Ordinal))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList());

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ZApi.Generator.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ZApi.Generator.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>What one generator run gave: its result, and the compilation with the generated code added.</summary>
internal sealed record GeneratorRun(GeneratorDriverRunResult Result, Compilation Output)
{
    public GeneratorRunResult Generator => Result.Results.Single();

    public ImmutableArray<Diagnostic> GeneratorDiagnostics => Generator.Diagnostics;

    public IEnumerable<GeneratedSourceResult> Sources => Generator.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal);

    /// <summary>Errors and warnings of compiling the generated code with the consumer's.</summary>
    public IEnumerable<Diagnostic> CompilationProblems =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning);

    /// <summary>One line per diagnostic: id, severity, file, location, message.</summary>
    public static string Format(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(
            "\n",
            diagnostics
                .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
                .ThenBy(d => d.Location.SourceSpan.Start)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .Select(d =>
                {
                    FileLinePositionSpan span = d.Location.GetLineSpan();
                    string where = d.Location == Location.None
                        ? "(no location)"
                        : $"{Path.GetFileName(span.Path)}: ({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})-({span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1})";
                    return $"{d.Id} {d.Severity} {where}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
                })) + "\n";
}
