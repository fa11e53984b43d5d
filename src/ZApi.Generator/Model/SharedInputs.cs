namespace ZApi.Generator.Model;

/// <summary>Everything the shared files (runtime, clients, dispatcher, contract entries, DI) depend on, and nothing more.</summary>
/// <param name="Specs">The emitted specs.</param>
/// <param name="Features">What the project references, which decides the optional files.</param>
/// <param name="Options">The MSBuild options.</param>
internal sealed record SharedInputs(EmittedSpecs Specs, ConsumerFeatures Features, GeneratorOptions Options);
