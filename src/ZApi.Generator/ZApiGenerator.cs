using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ZApi.Generator.Model;
using ZApi.Generator.Parsing;
using ZApi.Generator.Pipeline;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;
using ZApi.Specs.Validation;

namespace ZApi.Generator;

/// <summary>
/// Reads <c>*.zapi.yaml</c> AdditionalFiles and emits a typed Z-API client. This file is the
/// pipeline's table of contents, one line per step: what each step does lives in the file its
/// name points to (parsing in ZApi.Specs and <see cref="Parsing"/>, text in <see cref="Emitting"/>,
/// which emitter runs for what in <see cref="SourceSteps"/>, the outputs in <see cref="Outputs"/>).
/// </summary>
/// <remarks>
/// Caching: a spec is parsed and emitted again only when its own text changes; C# edits touch
/// no step. Cross-spec facts (client groups, clashes) are collected from small identities, so
/// editing one spec re-runs only that spec's parse and emit. Every model between steps is
/// immutable and value-equal, and holds no symbol, syntax node or compilation.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class ZApiGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // What the build gives: the options, the choice of built-in specs (ZApiEndpoints), the specs folder, the spec files, what the project references.
        IncrementalValueProvider<GeneratorOptions> options = context.AnalyzerConfigOptionsProvider.Select(static (provider, _) => OptionsReader.Read(provider.GlobalOptions)).WithTrackingName(TrackingNames.Options);
        IncrementalValueProvider<EndpointSelection> selection = context.AnalyzerConfigOptionsProvider.Select(static (provider, _) => OptionsReader.ReadSelection(provider.GlobalOptions)).WithTrackingName(TrackingNames.EndpointSelection);
        IncrementalValueProvider<SpecFolder> specFolder = context.AnalyzerConfigOptionsProvider.Select(static (provider, _) => SpecFolderCheck.Read(provider.GlobalOptions)).WithTrackingName(TrackingNames.SpecFolder);
        IncrementalValuesProvider<AdditionalText> specFiles = context.AdditionalTextsProvider.Where(static file => SpecParser.IsSpecFile(file.Path));
        IncrementalValueProvider<ImmutableArray<string>> specPaths = specFiles.Select(static (file, _) => file.Path).Collect().WithTrackingName(TrackingNames.SpecPaths);
        // A cheap look-up per compilation; its equal result keeps everything after it cached.
        IncrementalValueProvider<ConsumerFeatures> features = context.CompilationProvider.Select(static (compilation, _) => ConsumerFeatures.Of(compilation)).WithTrackingName(TrackingNames.DependencyInjection);
        // Null when the project can compile the generated client; otherwise every reason why not (ZAPI020).
        IncrementalValueProvider<string?> oldLanguage = context.ParseOptionsProvider.Select(static (parseOptions, _) => ConsumerSupport.OldLanguageVersion(parseOptions));
        IncrementalValueProvider<string?> unsupported = context.CompilationProvider.Select(static (compilation, _) => ConsumerSupport.MissingApis(compilation)).Combine(oldLanguage, static (missing, old) => ConsumerSupport.Problem(old, missing)).WithTrackingName(TrackingNames.ConsumerSupport);
        // Each spec on its own: an edit re-runs only its file's steps. Plans hold every decision (an endpoint's names, parameter order, route parts and shapes; an event's names and kind); the emitters print them.
        IncrementalValuesProvider<AdditionalText> selectedFiles = specFiles.SelectedBy(selection).WithTrackingName(TrackingNames.SelectedSpecFiles);
        IncrementalValuesProvider<SpecParseResult> specs = selectedFiles.Select(static (file, cancellationToken) => SpecFileReader.Read(file, cancellationToken)).WithTrackingName(TrackingNames.ParsedSpecs);
        IncrementalValuesProvider<PlannedEndpoint?> plans = specs.Select(static (result, _) => SourceSteps.PlanEndpoint(result)).WithTrackingName(TrackingNames.EndpointPlans);
        IncrementalValuesProvider<GeneratedSource?> endpointSources = plans.Combine(options, SourceSteps.EmitEndpoint).WithTrackingName(TrackingNames.EndpointSources);
        IncrementalValuesProvider<PlannedEvent?> eventPlans = specs.Select(static (result, _) => PlannedEvent.Of(result)).WithTrackingName(TrackingNames.EventPlans);
        IncrementalValuesProvider<GeneratedSource?> eventSources = eventPlans.Combine(options, SourceSteps.EmitEvent).WithTrackingName(TrackingNames.EventSources);

        // Across specs, from small identities: client groups and clashes, event kinds, named types, and the specs left out.
        IncrementalValuesProvider<SpecIdentity?> identities = plans.Combine(selection, CatalogBuilder.Identify).WithTrackingName(TrackingNames.SpecIdentities);
        IncrementalValueProvider<SpecCatalog> catalog = identities.Collect().Select(static (all, _) => CatalogBuilder.Build(all)).WithTrackingName(TrackingNames.Catalog);
        IncrementalValuesProvider<EventRoute?> eventRoutes = eventPlans.Combine(selection, EventCatalogBuilder.Identify).WithTrackingName(TrackingNames.EventRoutes);
        IncrementalValueProvider<EventCatalog> eventCatalog = eventRoutes.Collect().Select(static (all, _) => EventCatalogBuilder.Build(all)).WithTrackingName(TrackingNames.EventCatalog);
        IncrementalValueProvider<EquatableArray<string>> duplicateSpecs = catalog.Combine(eventCatalog, SkippedSpecs.Duplicates).WithTrackingName(TrackingNames.DuplicateSpecs);
        IncrementalValuesProvider<EquatableArray<TypeDefinition>> specTypes = specs.Select(static (result, _) => TypeCatalogBuilder.Declared(result)).WithTrackingName(TrackingNames.SpecTypes);
        IncrementalValueProvider<TypeCatalog> typeCatalog = specTypes.Collect().Combine(duplicateSpecs, selection, TypeCatalogBuilder.Merge).WithTrackingName(TrackingNames.TypeCatalog);
        IncrementalValueProvider<EquatableArray<string>> skippedSpecs = duplicateSpecs.Combine(typeCatalog, SkippedSpecs.All).WithTrackingName(TrackingNames.SkippedSpecs);
        IncrementalValueProvider<EmittedSpecs> emittedSpecs = catalog.Combine(eventCatalog, typeCatalog, EmittedSpecs.From).WithTrackingName(TrackingNames.EmittedSpecs);

        // The files shared by all specs: named types, and the runtime, clients, dispatcher, contract entries and DI.
        IncrementalValueProvider<EquatableArray<GeneratedSource>> typeSources = typeCatalog.Select(static (types, _) => types.Types).Combine(options, SourceSteps.EmitTypes).WithTrackingName(TrackingNames.TypeSources);
        IncrementalValueProvider<SharedInputs> sharedInputs = emittedSpecs.Combine(features, options, static (emitted, consumer, generator) => new SharedInputs(emitted, consumer, generator)).WithTrackingName(TrackingNames.SharedInputs);
        IncrementalValueProvider<EquatableArray<GeneratedSource>> sharedSources = sharedInputs.Select(static (inputs, _) => SourceSteps.EmitShared(inputs)).WithTrackingName(TrackingNames.SharedSources);

        // Outputs: every diagnostic, then the code.
        context.ReportErrors(specs.Select(static (result, _) => result.Errors));
        context.ReportErrors(catalog.Select(static (c, _) => c.Errors));
        context.ReportErrors(eventCatalog.Select(static (c, _) => c.Errors));
        context.ReportErrors(options.Select(static (o, _) => o.Errors));
        context.ReportErrors(selection.Combine(specPaths, SelectionCheck.Check));
        context.ReportErrors(typeCatalog.Select(static (c, _) => c.Errors));
        context.ReportErrors(specFolder.Combine(specPaths, SpecFolderCheck.Check));
        context.ReportUnsupported(unsupported, catalog);
        context.AddSpecSources(endpointSources, skippedSpecs, unsupported);
        context.AddSpecSources(eventSources, skippedSpecs, unsupported);
        context.AddSharedSources(sharedSources, unsupported);
        context.AddSharedSources(typeSources, unsupported);
    }
}
