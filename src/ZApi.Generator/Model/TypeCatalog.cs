using ZApi.Specs.Model;
using ZApi.Specs.Validation;

namespace ZApi.Generator.Model;

/// <summary>The named types of all specs, each once, and the specs whose definition clashes with an earlier one.</summary>
/// <param name="Types">One definition per name, sorted by name.</param>
/// <param name="ConflictingSpecs">Spec files not emitted because a type they define differs from the same-named type of an earlier file.</param>
/// <param name="Errors">The clash diagnostics.</param>
internal sealed record TypeCatalog(EquatableArray<TypeDefinition> Types, EquatableArray<string> ConflictingSpecs, EquatableArray<SpecError> Errors);
