using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using ZApi.Generator.Diagnostics;
using ZApi.Generator.Model;
using ZApi.Specs.Model;
using ZApi.Specs.Validation;

namespace ZApi.Generator.Pipeline;

/// <summary>
/// The outputs of <see cref="ZApiGenerator"/>: diagnostics become Roslyn diagnostics and sources are
/// added here, at output time only, so no step before them holds a <see cref="Diagnostic"/>.
/// </summary>
internal static class Outputs
{
    public static void ReportErrors(this IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<EquatableArray<SpecError>> errors) =>
        context.RegisterSourceOutput(errors, static (spc, errors) => SpecDiagnostics.Report(spc, errors));

    public static void ReportErrors(this IncrementalGeneratorInitializationContext context, IncrementalValueProvider<EquatableArray<SpecError>> errors) =>
        context.RegisterSourceOutput(errors, static (spc, errors) => SpecDiagnostics.Report(spc, errors));

    /// <summary>ZAPI020 once, when the project cannot compile the client and there is a client to compile.</summary>
    public static void ReportUnsupported(this IncrementalGeneratorInitializationContext context, IncrementalValueProvider<string?> unsupported, IncrementalValueProvider<SpecCatalog> catalog) =>
        context.RegisterSourceOutput(
            unsupported.Combine(catalog.Select(static (c, _) => !c.Clients.IsEmpty), static (problem, hasEndpoints) => hasEndpoints ? problem : null),
            static (spc, problem) =>
            {
                if (problem is not null)
                {
                    spc.ReportDiagnostic(SpecDiagnostics.ToDiagnostic(new SpecError(SpecErrorKind.UnsupportedConsumer, problem, string.Empty, default)));
                }
            });

    /// <summary>The file of one spec, unless the spec is skipped or the project cannot compile it; a failed emit is ZAPI016 at the spec.</summary>
    public static void AddSpecSources(this IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<GeneratedSource?> sources, IncrementalValueProvider<EquatableArray<string>> skippedSpecs, IncrementalValueProvider<string?> unsupported) =>
        context.RegisterSourceOutput(
            sources.Combine(skippedSpecs.Combine(unsupported, static (skipped, problem) => new SpecOutputGate(skipped, problem)), static (source, gate) => gate.Admit(source)),
            static (spc, source) =>
            {
                if (source is null)
                {
                    return;
                }

                if (source.HintName.Length == 0)
                {
                    var error = new SpecError(SpecErrorKind.InternalError, $"ZApi.Generator failed on this spec ({source.Text}); no code was generated for it. Please report it with the spec.", source.SpecPath ?? string.Empty, default);
                    spc.ReportDiagnostic(SpecDiagnostics.ToDiagnostic(error));
                    return;
                }

                spc.AddSource(source.HintName, source.Text);
            });

    /// <summary>Files shared by all specs, unless the project cannot compile them (ZAPI020).</summary>
    public static void AddSharedSources(this IncrementalGeneratorInitializationContext context, IncrementalValueProvider<EquatableArray<GeneratedSource>> sources, IncrementalValueProvider<string?> unsupported) =>
        context.RegisterSourceOutput(
            sources.Combine(unsupported, static (all, problem) => problem is null ? all : EquatableArray<GeneratedSource>.Empty),
            static (spc, sources) =>
            {
                foreach (GeneratedSource source in sources)
                {
                    spc.AddSource(source.HintName, source.Text);
                }
            });

    /// <summary>What keeps a spec's file out of the output: its spec is skipped, or the project cannot compile the client.</summary>
    private sealed record SpecOutputGate(EquatableArray<string> SkippedSpecs, string? Unsupported)
    {
        public GeneratedSource? Admit(GeneratedSource? source) =>
            Unsupported is not null || source is null || (source.SpecPath is not null && SkippedSpecs.Contains(source.SpecPath)) ? null : source;
    }
}
