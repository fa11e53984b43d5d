using System;
using System.Collections.Immutable;
using System.Linq;
using ZApi.Generator.Emitting;
using ZApi.Generator.Model;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;
using ZApi.Specs.Plans;

namespace ZApi.Generator.Pipeline;

/// <summary>The steps of <see cref="ZApiGenerator"/> that turn models into generated files: which emitter runs for what.</summary>
internal static class SourceSteps
{
    /// <summary>Every decision about one endpoint, made once; a planner failure is carried to the emit step and reported there (ZAPI016).</summary>
    public static PlannedEndpoint? PlanEndpoint(SpecParseResult result)
    {
        if (result.Spec is null)
        {
            return null;
        }

        try
        {
            return new PlannedEndpoint(result.FilePath, EndpointPlanner.Plan(result.Spec), Failure: null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new PlannedEndpoint(result.FilePath, Plan: null, Failure(exception));
        }
    }

    public static GeneratedSource? EmitEndpoint(PlannedEndpoint? planned, GeneratorOptions options) =>
        planned is null ? null
        : planned.Plan is null ? new GeneratedSource(string.Empty, planned.Failure!, planned.FilePath)
        : Guarded(planned.FilePath, () => EndpointEmitter.Emit(planned.Plan, options));

    public static GeneratedSource? EmitEvent(PlannedEvent? planned, GeneratorOptions options) =>
        planned is null ? null : Guarded(planned.Spec.FilePath, () => EventEmitter.Emit(planned, options));

    public static EquatableArray<GeneratedSource> EmitTypes(EquatableArray<TypeDefinition> types, GeneratorOptions options)
    {
        var mapper = new TypeMapper(types, options.Namespace);
        return types.Select(type => TypeEmitter.Emit(type, mapper, options)).ToEquatableArray();
    }

    public static EquatableArray<GeneratedSource> EmitShared(SharedInputs inputs)
    {
        (EmittedSpecs specs, ConsumerFeatures features, GeneratorOptions options) = inputs;
        if (specs.IsEmpty)
        {
            return EquatableArray<GeneratedSource>.Empty;
        }

        var sources = ImmutableArray.CreateBuilder<GeneratedSource>();
        if (options.ContractsOnly)
        {
            // The client, its runtime and its events are the referenced project's: only the entries and their JSON helpers.
            sources.AddRange(RuntimeEmitter.EmitContractSupport(options));
            sources.Add(ContractEmitter.EmitRegistry(specs.Endpoints, specs.Events, options));
            return new EquatableArray<GeneratedSource>(sources.ToArray());
        }

        sources.AddRange(RuntimeEmitter.Emit(options));
        if (!specs.Events.IsEmpty)
        {
            sources.AddRange(RuntimeEmitter.EmitWebhooks(options));
            sources.Add(EventDispatchEmitter.Emit(specs.Events, options));
        }

        foreach (ClientGroup client in specs.Clients)
        {
            sources.Add(ClientEmitter.Emit(client, options));
        }

        if (options.EmitContracts)
        {
            sources.Add(ContractEmitter.EmitRegistry(specs.Endpoints, specs.Events, options));
        }

        if (features.AspNetCore && !specs.Events.IsEmpty)
        {
            sources.AddRange(RuntimeEmitter.EmitAspNetCore(options));
            sources.Add(EventHandlersEmitter.Emit(specs.Events, options));
        }

        if (features.Configuration)
        {
            sources.AddRange(RuntimeEmitter.EmitConfiguration(options));
        }

        if (features.HttpClientFactory)
        {
            sources.AddRange(RuntimeEmitter.EmitDependencyInjection(options));
            sources.Add(DependencyInjectionEmitter.Emit(specs.Clients, features, options));
        }

        return new EquatableArray<GeneratedSource>(sources.ToArray());
    }

    /// <summary>Never takes the build down: a failure becomes an empty hint name and its message, reported at the spec (ZAPI016), and nothing is emitted for it.</summary>
    private static GeneratedSource Guarded(string specPath, Func<GeneratedSource> emit)
    {
        try
        {
            return emit();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new GeneratedSource(string.Empty, Failure(exception), specPath);
        }
    }

    private static string Failure(Exception exception) => exception.GetType().Name + ": " + exception.Message;
}
