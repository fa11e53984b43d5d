using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using ZApi.Generator.Diagnostics;
using ZApi.Generator.Emitting;
using ZApi.Generator.Model;
using ZApi.Generator.Parsing;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;
using ZApi.Specs.Validation;

namespace ZApi.Generator;

/// <summary>
/// Reads <c>*.zapi.yaml</c> AdditionalFiles and emits a typed Z-API client. This file only wires
/// the pipeline: parsing lives in ZApi.Specs, text in <see cref="Emitting"/>.
/// </summary>
/// <remarks>
/// Caching: a spec is parsed and emitted again only when its own text changes; C# edits touch
/// no step. Cross-spec facts (client groups, clashes) are collected from small identities, so
/// editing one spec re-runs only that spec's parse and emit.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class ZApiGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<GeneratorOptions> options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => OptionsReader.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        // The built-in catalogue (the package's specs) and the project's choice of it (ZApiEndpoints).
        IncrementalValueProvider<EndpointSelection> selection = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => OptionsReader.ReadSelection(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.EndpointSelection);

        // Built-in specs left out by ZApiEndpoints are never read.
        IncrementalValuesProvider<AdditionalText> specFiles = context.AdditionalTextsProvider
            .Where(static file => SpecParser.IsSpecFile(file.Path))
            .Combine(selection)
            .Where(static input => input.Right.Includes(input.Left.Path))
            .Select(static (input, _) => input.Left)
            .WithTrackingName(TrackingNames.SelectedSpecFiles);

        IncrementalValuesProvider<SpecParseResult> specs = specFiles
            .Select(static (file, cancellationToken) => SpecFileReader.Read(file, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedSpecs);

        IncrementalValueProvider<SpecCatalog> catalog = specs
            .Combine(selection)
            .Select(static (input, _) => CatalogBuilder.Identify(input.Left, input.Right))
            .WithTrackingName(TrackingNames.SpecIdentities)
            .Collect()
            .Select(static (identities, _) => CatalogBuilder.Build(identities))
            .WithTrackingName(TrackingNames.Catalog);

        // Webhook payloads (event specs): each planned once; which kind claims which payload, across all of them.
        IncrementalValuesProvider<PlannedEvent?> eventPlans = specs.Select(static (result, _) => PlannedEvent.Of(result)).WithTrackingName(TrackingNames.EventPlans);
        IncrementalValueProvider<EventCatalog> eventCatalog = eventPlans
            .Combine(selection)
            .Select(static (input, _) => EventCatalogBuilder.Identify(input.Left, input.Right))
            .WithTrackingName(TrackingNames.EventRoutes)
            .Collect()
            .Select(static (routes, _) => EventCatalogBuilder.Build(routes))
            .WithTrackingName(TrackingNames.EventCatalog);

        IncrementalValueProvider<TypeCatalog> typeCatalog = specs
            .Select(static (result, _) => result.Spec?.Types ?? result.Event?.Types ?? EquatableArray<TypeDefinition>.Empty)
            .WithTrackingName(TrackingNames.SpecTypes)
            .Collect()
            .Combine(catalog.Combine(eventCatalog).Select(static (c, _) => c.Left.SkippedSpecs.Concat(c.Right.SkippedSpecs).ToEquatableArray()))
            .Combine(selection)
            .Select(static (input, _) => TypeCatalogBuilder.Merge(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.TypeCatalog);

        IncrementalValueProvider<EquatableArray<GeneratedSource>> typeSources = typeCatalog
            .Select(static (c, _) => c.Types)
            .Combine(options)
            .Select(static (input, _) => EmitTypes(input.Left, input.Right))
            .WithTrackingName(TrackingNames.TypeSources);

        IncrementalValuesProvider<GeneratedSource?> endpointSources = specs
            .Combine(options)
            .Select(static (input, _) => EmitEndpoint(input.Left, input.Right))
            .WithTrackingName(TrackingNames.EndpointSources);

        IncrementalValuesProvider<GeneratedSource?> eventSources = eventPlans
            .Combine(options)
            .Select(static (input, _) => EmitEvent(input.Left, input.Right))
            .WithTrackingName(TrackingNames.EventSources);

        // A cheap look-up per compilation; its equal result keeps everything after it cached.
        IncrementalValueProvider<ConsumerFeatures> features = context.CompilationProvider
            .Select(static (compilation, _) => ConsumerFeatures.Of(compilation))
            .WithTrackingName(TrackingNames.DependencyInjection);

        IncrementalValueProvider<EquatableArray<GeneratedSource>> sharedSources = catalog
            .Combine(typeCatalog.Select(static (c, _) => c.ConflictingSpecs))
            .Select(static (input, _) => (input.Left.Clients, Endpoints: EmittedEndpoints(input.Left, input.Right), Conflicting: input.Right))
            .Combine(eventCatalog.Select(static (c, _) => c.Events))
            .Select(static (input, _) => (input.Left.Clients, input.Left.Endpoints, Events: EmittedEvents(input.Right, input.Left.Conflicting)))
            .Combine(features)
            .Select(static (input, _) => new SharedInputs(input.Left.Clients, input.Left.Endpoints, input.Left.Events, input.Right))
            .Combine(options)
            .Select(static (input, _) => EmitShared(input.Left, input.Right))
            .WithTrackingName(TrackingNames.SharedSources);

        // The specs folder as the build found it, and the spec files the compiler was given.
        IncrementalValueProvider<SpecFolder> specFolder = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => SpecFolderCheck.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.SpecFolder);
        IncrementalValueProvider<ImmutableArray<string>> specPaths = context.AdditionalTextsProvider
            .Where(static file => SpecParser.IsSpecFile(file.Path))
            .Select(static (file, _) => file.Path)
            .Collect();

        // Null when the project can compile the generated client; otherwise every reason why not (ZAPI020).
        IncrementalValueProvider<string?> unsupported = context.CompilationProvider
            .Select(static (compilation, _) => ConsumerSupport.MissingApis(compilation))
            .Combine(context.ParseOptionsProvider.Select(static (parseOptions, _) => ConsumerSupport.OldLanguageVersion(parseOptions)))
            .Select(static (input, _) => ConsumerSupport.Problem(input.Right, input.Left))
            .WithTrackingName(TrackingNames.ConsumerSupport);

        context.RegisterSourceOutput(specs.Select(static (result, _) => result.Errors), static (spc, errors) => SpecDiagnostics.Report(spc, errors));
        context.RegisterSourceOutput(catalog.Select(static (c, _) => c.Errors), static (spc, errors) => SpecDiagnostics.Report(spc, errors));
        context.RegisterSourceOutput(eventCatalog.Select(static (c, _) => c.Errors), static (spc, errors) => SpecDiagnostics.Report(spc, errors));
        context.RegisterSourceOutput(options.Select(static (o, _) => o.Errors), static (spc, errors) => SpecDiagnostics.Report(spc, errors));
        context.RegisterSourceOutput(
            selection.Combine(context.AdditionalTextsProvider.Where(static file => SpecParser.IsSpecFile(file.Path)).Select(static (file, _) => file.Path).Collect())
                .Select(static (input, _) => SelectionCheck.Check(input.Left, input.Right)),
            static (spc, errors) => SpecDiagnostics.Report(spc, errors));
        context.RegisterSourceOutput(typeCatalog.Select(static (c, _) => c.Errors), static (spc, errors) => SpecDiagnostics.Report(spc, errors));
        context.RegisterSourceOutput(
            specFolder.Combine(specPaths).Select(static (input, _) => SpecFolderCheck.Check(input.Left, input.Right)),
            static (spc, errors) => SpecDiagnostics.Report(spc, errors));
        context.RegisterSourceOutput(
            unsupported.Combine(catalog.Select(static (c, _) => !c.Clients.IsEmpty)),
            static (spc, input) => ReportUnsupported(spc, input.Left, input.Right));

        IncrementalValueProvider<EquatableArray<string>> skippedSpecs = catalog
            .Combine(typeCatalog)
            .Combine(eventCatalog.Select(static (c, _) => c.SkippedSpecs))
            .Select(static (input, _) => input.Left.Left.SkippedSpecs.Concat(input.Left.Right.ConflictingSpecs).Concat(input.Right).ToEquatableArray());
        context.RegisterSourceOutput(
            endpointSources.Combine(skippedSpecs).Combine(unsupported),
            static (spc, input) => AddEndpoint(spc, input.Left.Left, input.Left.Right, input.Right));
        context.RegisterSourceOutput(
            eventSources.Combine(skippedSpecs).Combine(unsupported),
            static (spc, input) => AddEndpoint(spc, input.Left.Left, input.Left.Right, input.Right));
        context.RegisterSourceOutput(sharedSources.Combine(unsupported), static (spc, input) => AddAll(spc, input.Left, input.Right));
        context.RegisterSourceOutput(typeSources.Combine(unsupported), static (spc, input) => AddAll(spc, input.Left, input.Right));
    }

    private static GeneratedSource? EmitEndpoint(SpecParseResult result, GeneratorOptions options)
    {
        if (result.Spec is null)
        {
            return null;
        }

        try
        {
            return EndpointEmitter.Emit(result.Spec, options);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Never take the build down: report it at the spec, emit nothing for it.
            return new GeneratedSource(string.Empty, exception.GetType().Name + ": " + exception.Message, result.FilePath, MethodKey: null);
        }
    }

    private static GeneratedSource? EmitEvent(PlannedEvent? planned, GeneratorOptions options)
    {
        if (planned is null)
        {
            return null;
        }

        try
        {
            return EventEmitter.Emit(planned, options);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new GeneratedSource(string.Empty, exception.GetType().Name + ": " + exception.Message, planned.Spec.FilePath, MethodKey: null);
        }
    }

    /// <summary>The event kinds whose code is emitted: not those skipped for a clashing type (ZAPI018).</summary>
    private static EquatableArray<EventRoute> EmittedEvents(EquatableArray<EventRoute> events, EquatableArray<string> conflicting) =>
        conflicting.IsEmpty ? events : events.Where(e => !conflicting.Contains(e.FilePath)).ToEquatableArray();

    /// <summary>The endpoints whose code is emitted: not those skipped for a type that clashes with another spec's (ZAPI018).</summary>
    private static EquatableArray<string> EmittedEndpoints(SpecCatalog catalog, EquatableArray<string> conflicting) =>
        conflicting.IsEmpty
            ? catalog.Endpoints
            : catalog.Endpoints.Where((id, i) => !conflicting.Contains(catalog.EndpointFiles[i])).ToEquatableArray();

    private static EquatableArray<GeneratedSource> EmitTypes(EquatableArray<TypeDefinition> types, GeneratorOptions options)
    {
        var mapper = new TypeMapper(types, options.Namespace);
        return types.Select(type => TypeEmitter.Emit(type, mapper, options)).ToEquatableArray();
    }

    private static void AddAll(SourceProductionContext context, EquatableArray<GeneratedSource> sources, string? unsupported)
    {
        if (unsupported is not null)
        {
            return;
        }

        foreach (GeneratedSource source in sources)
        {
            context.AddSource(source.HintName, source.Text);
        }
    }

    private static EquatableArray<GeneratedSource> EmitShared(SharedInputs inputs, GeneratorOptions options)
    {
        if (inputs.Clients.IsEmpty && inputs.Events.IsEmpty)
        {
            return EquatableArray<GeneratedSource>.Empty;
        }

        var sources = ImmutableArray.CreateBuilder<GeneratedSource>();
        if (options.ContractsOnly)
        {
            // The client, its runtime and its events are the referenced project's: only the entries and their JSON helpers.
            sources.AddRange(RuntimeEmitter.EmitContractSupport(options));
            sources.Add(ContractEmitter.EmitRegistry(inputs.Endpoints, inputs.Events, options));
            return new EquatableArray<GeneratedSource>(sources.ToArray());
        }

        sources.AddRange(RuntimeEmitter.Emit(options));
        if (!inputs.Events.IsEmpty)
        {
            sources.AddRange(RuntimeEmitter.EmitWebhooks(options));
            sources.Add(EventDispatchEmitter.Emit(inputs.Events, options));
        }

        foreach (ClientGroup client in inputs.Clients)
        {
            sources.Add(ClientEmitter.Emit(client, options));
        }

        if (options.EmitContracts)
        {
            sources.Add(ContractEmitter.EmitRegistry(inputs.Endpoints, inputs.Events, options));
        }

        if (inputs.Features.AspNetCore && !inputs.Events.IsEmpty)
        {
            sources.AddRange(RuntimeEmitter.EmitAspNetCore(options));
            sources.Add(EventHandlersEmitter.Emit(inputs.Events, options));
        }

        if (inputs.Features.Configuration)
        {
            sources.Add(ConfigurationEmitter.Emit(options));
        }

        if (inputs.Features.HttpClientFactory)
        {
            sources.Add(DependencyInjectionEmitter.Emit(inputs.Clients, inputs.Features, options));
        }

        return new EquatableArray<GeneratedSource>(sources.ToArray());
    }

    private static void ReportUnsupported(SourceProductionContext context, string? unsupported, bool hasEndpoints)
    {
        if (unsupported is not null && hasEndpoints)
        {
            context.ReportDiagnostic(SpecDiagnostics.ToDiagnostic(new SpecError(SpecErrorKind.UnsupportedConsumer, unsupported, string.Empty, default)));
        }
    }

    private static void AddEndpoint(SourceProductionContext context, GeneratedSource? source, EquatableArray<string> skippedSpecs, string? unsupported)
    {
        if (unsupported is not null || source is null || (source.SpecPath is not null && System.Linq.Enumerable.Contains(skippedSpecs, source.SpecPath)))
        {
            return;
        }

        if (source.HintName.Length == 0)
        {
            var error = new SpecError(SpecErrorKind.InternalError, $"ZApi.Generator failed on this spec ({source.Text}); no code was generated for it. Please report it with the spec.", source.SpecPath ?? string.Empty, default);
            context.ReportDiagnostic(SpecDiagnostics.ToDiagnostic(error));
            return;
        }

        context.AddSource(source.HintName, source.Text);
    }

    /// <summary>What the shared files depend on: client groups, endpoint ids (contract registry), event kinds (dispatcher), and what the project references.</summary>
    private sealed record SharedInputs(EquatableArray<ClientGroup> Clients, EquatableArray<string> Endpoints, EquatableArray<EventRoute> Events, ConsumerFeatures Features);
}
