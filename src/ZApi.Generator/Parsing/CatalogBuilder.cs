using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ZApi.Generator.Emitting;
using ZApi.Generator.Model;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;
using ZApi.Specs.Validation;

namespace ZApi.Generator.Parsing;

/// <summary>The cross-spec checks: client groups, and endpoints two specs both define.</summary>
internal static class CatalogBuilder
{
    public static SpecIdentity? Identify(SpecParseResult result)
    {
        Spec? spec = result.Spec;
        return spec is null ? null : new SpecIdentity(spec.FilePath, spec.Id, spec.IdSpan, spec.Client, new EndpointNames(spec).MethodKey);
    }

    public static SpecCatalog Build(ImmutableArray<SpecIdentity?> identities)
    {
        // Order by path so the same files always win, whatever order the compiler lists them in.
        List<SpecIdentity> specs = identities.Where(i => i is not null).Select(i => i!).OrderBy(i => i.FilePath, System.StringComparer.Ordinal).ToList();
        var errors = new List<SpecError>();
        var skipped = new List<string>();
        var firstById = new Dictionary<string, SpecIdentity>();
        var firstByMethod = new Dictionary<string, SpecIdentity>();

        foreach (SpecIdentity spec in specs)
        {
            if (firstById.TryGetValue(spec.Id, out SpecIdentity? first))
            {
                errors.Add(new SpecError(SpecErrorKind.DuplicateEndpoint, $"The endpoint id '{spec.Id}' is already defined by {first.FilePath}; each endpoint has one spec. This file is skipped.", spec.FilePath, spec.IdSpan));
                skipped.Add(spec.FilePath);
                continue;
            }

            if (firstByMethod.TryGetValue(spec.MethodKey, out first))
            {
                errors.Add(new SpecError(SpecErrorKind.DuplicateEndpoint, $"The id '{spec.Id}' generates {spec.MethodKey}, which '{first.Id}' ({first.FilePath}) already generates; rename one. This file is skipped.", spec.FilePath, spec.IdSpan));
                skipped.Add(spec.FilePath);
                continue;
            }

            firstById.Add(spec.Id, spec);
            firstByMethod.Add(spec.MethodKey, spec);
        }

        EquatableArray<string> clients = firstById.Values.Select(s => s.Client).Distinct().OrderBy(c => c, System.StringComparer.Ordinal).ToEquatableArray();
        EquatableArray<string> endpoints = firstById.Keys.OrderBy(id => id, System.StringComparer.Ordinal).ToEquatableArray();
        return new SpecCatalog(clients, skipped.ToEquatableArray(), errors.ToEquatableArray(), endpoints);
    }
}
