using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ZApi.Generator.Model;
using ZApi.Specs.Model;
using ZApi.Specs.Validation;

namespace ZApi.Generator.Parsing;

/// <summary>Merges the named types of all specs: identical definitions become one type, different ones clash.</summary>
internal static class TypeCatalogBuilder
{
    /// <param name="skipped">Specs that generate nothing (replaced built-ins, duplicates): their types are not merged.</param>
    /// <param name="selection">Tells the project's specs from built-in ones: the project's types come first, so a type it changes is the one kept.</param>
    public static TypeCatalog Merge(ImmutableArray<EquatableArray<TypeDefinition>> perSpec, EquatableArray<string> skipped, EndpointSelection selection)
    {
        // Ignoring case: each type is a file, and generated file names compare ignoring case.
        var first = new Dictionary<string, TypeDefinition>(System.StringComparer.OrdinalIgnoreCase);
        var conflicting = new SortedSet<string>(System.StringComparer.Ordinal);
        var errors = new List<SpecError>();
        var skippedFiles = new HashSet<string>(skipped, System.StringComparer.Ordinal);
        IEnumerable<TypeDefinition> all = perSpec.SelectMany(types => types)
            .Where(t => !skippedFiles.Contains(t.FilePath))
            .OrderBy(t => selection.CatalogueKey(t.FilePath) is null ? 0 : 1)
            .ThenBy(t => t.FilePath, System.StringComparer.Ordinal);
        foreach (TypeDefinition type in all)
        {
            if (!first.TryGetValue(type.Name, out TypeDefinition? earlier))
            {
                first.Add(type.Name, type);
                continue;
            }

            if (earlier.Name != type.Name)
            {
                errors.Add(new SpecError(
                    SpecErrorKind.TypeConflict,
                    $"The type '{type.Name}' differs only in case from '{earlier.Name}', which {earlier.FilePath} defines; generated file names compare ignoring case, so use one spelling. This spec is skipped.",
                    type.FilePath,
                    type.NameSpan));
                conflicting.Add(type.FilePath);
            }
            else if (!earlier.SameAs(type))
            {
                errors.Add(new SpecError(
                    SpecErrorKind.TypeConflict,
                    $"The type '{type.Name}' differs from the one {earlier.FilePath} defines; specs that share a type must define it identically (or name them apart). This spec is skipped.",
                    type.FilePath,
                    type.NameSpan));
                conflicting.Add(type.FilePath);
            }
        }

        EquatableArray<TypeDefinition> types = first.Values.OrderBy(t => t.Name, System.StringComparer.Ordinal).ToEquatableArray();
        return new TypeCatalog(types, conflicting.ToEquatableArray(), errors.ToEquatableArray());
    }
}
