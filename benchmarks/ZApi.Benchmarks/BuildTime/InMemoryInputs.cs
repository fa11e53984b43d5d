extern alias ZApiGeneratorAssembly;

using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ZApi.Benchmarks.BuildTime;

/// <summary>A spec handed to the driver as MSBuild hands an AdditionalFiles item.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, System.Text.Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>No MSBuild properties: the generators' defaults (namespace ZApi).</summary>
internal sealed class EmptyOptionsProvider : AnalyzerConfigOptionsProvider
{
    public static readonly EmptyOptionsProvider Instance = new();

    public override AnalyzerConfigOptions GlobalOptions => EmptyOptions.Instance;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => EmptyOptions.Instance;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => EmptyOptions.Instance;

    private sealed class EmptyOptions : AnalyzerConfigOptions
    {
        public static readonly EmptyOptions Instance = new();

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            value = null;
            return false;
        }
    }
}

/// <summary>The two generators under test.</summary>
internal static class Generators
{
    public static IIncrementalGenerator ZApi() => new ZApiGeneratorAssembly::ZApi.Generator.ZApiGenerator();

    private static readonly System.Lazy<System.Type> RefitGeneratorType = new(LoadRefitGenerator);

    /// <summary>Refit's own incremental generator, loaded from the Refit 16.4.0 package's analyzer folder.</summary>
    public static IIncrementalGenerator Refit() => (IIncrementalGenerator)System.Activator.CreateInstance(RefitGeneratorType.Value)!;

    public static string RefitAnalyzerPath { get; } = System.IO.Path.Combine(
        System.Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? System.IO.Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
        "refit", "16.4.0", "analyzers", "dotnet", "roslyn4.8", "cs", "InterfaceStubGeneratorV2.dll");

    private static System.Type LoadRefitGenerator()
    {
        System.Reflection.Assembly assembly = System.Reflection.Assembly.LoadFrom(RefitAnalyzerPath);
        foreach (System.Type type in assembly.GetTypes())
        {
            if (!type.IsAbstract && typeof(IIncrementalGenerator).IsAssignableFrom(type))
            {
                return type;
            }
        }

        throw new System.InvalidOperationException("No IIncrementalGenerator in " + RefitAnalyzerPath);
    }

    /// <summary>The framework's assemblies and Refit's: what a consumer's compilation references.</summary>
    public static IReadOnlyList<MetadataReference> References { get; } = LoadReferences();

    private static IReadOnlyList<MetadataReference> LoadReferences()
    {
        var references = new List<MetadataReference>();
        string tpa = (string)System.AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        string frameworkDirectory = System.IO.Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        foreach (string path in tpa.Split(System.IO.Path.PathSeparator))
        {
            if (System.IO.Path.GetDirectoryName(path) == frameworkDirectory)
            {
                references.Add(MetadataReference.CreateFromFile(path));
            }
        }

        references.Add(MetadataReference.CreateFromFile(typeof(global::Refit.RestService).Assembly.Location));
        return references;
    }
}
