using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ZApi.Generator.Model;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;
using ZApi.Specs.Validation;

namespace ZApi.Generator.Parsing;

/// <summary>Merges the named types of all specs: identical definitions become one type, different ones clash.</summary>
internal static class TypeCatalogBuilder
{
    /// <param name="skipped">Specs that generate nothing (replaced built-ins, duplicates): their types are not merged.</param>
    /// <param name="selection">Tells the project's specs from built-in ones. Built-in types come first: a type the
    /// built-in endpoints share (<c>MessageSent</c>) keeps its built-in shape, and a project spec that defines it
    /// differently gets one error at its own file, instead of every built-in endpoint that uses it being skipped.</param>
    /// <summary>The named types one spec declares (endpoint or event), or none.</summary>
    public static EquatableArray<TypeDefinition> Declared(SpecParseResult result) =>
        result.Spec?.Types ?? result.Event?.Types ?? EquatableArray<TypeDefinition>.Empty;

    public static TypeCatalog Merge(ImmutableArray<EquatableArray<TypeDefinition>> perSpec, EquatableArray<string> skipped, EndpointSelection selection)
    {
        // Ignoring case: each type is a file, and generated file names compare ignoring case.
        var first = new Dictionary<string, TypeDefinition>(System.StringComparer.OrdinalIgnoreCase);
        var conflicting = new SortedSet<string>(System.StringComparer.Ordinal);
        var errors = new List<SpecError>();
        var skippedFiles = new HashSet<string>(skipped, System.StringComparer.Ordinal);
        List<TypeDefinition> all = perSpec.SelectMany(types => types)
            .Where(t => !skippedFiles.Contains(t.FilePath))
            .OrderBy(t => selection.CatalogueKey(t.FilePath) is null ? 1 : 0)
            .ThenBy(t => t.FilePath, System.StringComparer.Ordinal)
            .ToList();
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
                    $"The type '{type.Name}' differs only in case from '{earlier.Name}', which {Describe(earlier, selection)} defines; generated file names compare ignoring case, so use one spelling. This spec is skipped.",
                    type.FilePath,
                    type.NameSpan));
                conflicting.Add(type.FilePath);
            }
            else if (!earlier.SameAs(type))
            {
                errors.Add(new SpecError(
                    SpecErrorKind.TypeConflict,
                    Conflict(type, earlier, all, selection),
                    type.FilePath,
                    type.NameSpan));
                conflicting.Add(type.FilePath);
            }
        }

        EquatableArray<TypeDefinition> types = first.Values.OrderBy(t => t.Name, System.StringComparer.Ordinal).ToEquatableArray();
        return new TypeCatalog(types, conflicting.ToEquatableArray(), errors.ToEquatableArray());
    }

    /// <summary>What a spec whose type differs from an earlier definition is told, and what to do.</summary>
    private static string Conflict(TypeDefinition type, TypeDefinition earlier, List<TypeDefinition> all, EndpointSelection selection)
    {
        if (selection.CatalogueKey(earlier.FilePath) is not null && selection.CatalogueKey(type.FilePath) is null)
        {
            List<string> users = all
                .Where(t => t.Name == type.Name && selection.CatalogueKey(t.FilePath) is not null)
                .Select(t => selection.CatalogueKey(t.FilePath)!)
                .Distinct(System.StringComparer.Ordinal)
                .ToList();
            string examples = string.Join(", ", users.Take(3)) + (users.Count > 3 ? ", ..." : string.Empty);
            return $"The type '{type.Name}' differs from the built-in one that {users.Count} built-in endpoint{(users.Count == 1 ? string.Empty : "s")} share ({examples}); " +
                $"keep it identical to the built-in definition, or give yours a name of its own. This spec is skipped; the built-in endpoints keep theirs.";
        }

        return $"The type '{type.Name}' differs from the one {Describe(earlier, selection)} defines; specs that share a type must define it identically (or name them apart). This spec is skipped.";
    }

    private static string Describe(TypeDefinition type, EndpointSelection selection) =>
        selection.CatalogueKey(type.FilePath) is { } key ? "the built-in spec " + key : type.FilePath;
}
