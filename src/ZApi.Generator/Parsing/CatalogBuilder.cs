using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ZApi.Generator.Model;
using ZApi.Specs.Model;
using ZApi.Specs.Plans;
using ZApi.Specs.Validation;

namespace ZApi.Generator.Parsing;

/// <summary>
/// The cross-spec checks: client groups, and endpoints whose generated names two specs would
/// share. Generated names become hint names and files, which compare ignoring case, so stems and
/// client classes must differ ignoring case too (all of them are ASCII).
/// </summary>
internal static class CatalogBuilder
{
    public static SpecIdentity? Identify(PlannedEndpoint? planned, EndpointSelection selection)
    {
        if (planned?.Plan is not EndpointPlan plan)
        {
            return null;
        }

        Spec spec = plan.Spec;
        return new SpecIdentity(spec.FilePath, spec.Id, spec.IdSpan, spec.Client, spec.ClientSpan, plan.Names, plan.IsInstanceBound, selection.CatalogueKey(spec.FilePath));
    }

    public static SpecCatalog Build(ImmutableArray<SpecIdentity?> identities)
    {
        // The project's specs first, so a spec of the project replaces the built-in of its id; then by
        // path, so the same files always win, whatever order the compiler lists them in.
        List<SpecIdentity> specs = identities.Where(i => i is not null).Select(i => i!)
            .OrderBy(i => i.BuiltIn is null ? 0 : 1).ThenBy(i => i.FilePath, StringComparer.Ordinal).ToList();
        var errors = new List<SpecError>();
        var skipped = new List<string>();
        var firstById = new Dictionary<string, SpecIdentity>(StringComparer.Ordinal);
        var firstByStem = new Dictionary<string, SpecIdentity>(StringComparer.OrdinalIgnoreCase);
        var clientByFoldedName = new Dictionary<string, SpecIdentity>(StringComparer.OrdinalIgnoreCase);

        foreach (SpecIdentity spec in specs)
        {
            if (spec.BuiltIn is not null && (firstById.TryGetValue(spec.Id, out SpecIdentity? replacement) || firstByStem.TryGetValue(spec.Stem, out replacement)) && replacement.BuiltIn is null)
            {
                // "Extend by editing a spec": the project's spec of this id (or of its names) replaces the built-in one.
                errors.Add(new SpecError(
                    SpecErrorKind.ReplacesBuiltIn,
                    $"This spec replaces the built-in endpoint '{spec.BuiltIn}' of ZApi.Generator's catalogue ({replacement.ClientClass}.{replacement.Names.Method} is generated from this file).",
                    replacement.FilePath,
                    replacement.IdSpan));
                skipped.Add(spec.FilePath);
                continue;
            }

            if (firstById.TryGetValue(spec.Id, out SpecIdentity? first))
            {
                Skip(spec, spec.IdSpan, $"The endpoint id '{spec.Id}' is already defined by {first.FilePath}; each endpoint has one spec. This file is skipped.");
                continue;
            }

            if (firstByStem.TryGetValue(spec.Stem, out first))
            {
                Skip(spec, spec.IdSpan, $"The id '{spec.Id}' generates the names {spec.Names.RequestType}, {spec.Names.Method}, ..., which '{first.Id}' ({first.FilePath}) already generates as {first.Stem}...; generated names compare ignoring case, so rename one. This file is skipped.");
                continue;
            }

            if (clientByFoldedName.TryGetValue(spec.ClientClass, out first) && first.ClientClass != spec.ClientClass)
            {
                Skip(spec, spec.ClientSpan, $"The client group '{spec.Client}' generates {spec.ClientClass}, which differs only in case from {first.ClientClass} of '{first.Client}' ({first.FilePath}); generated names compare ignoring case, so use one group name. This file is skipped.");
                continue;
            }

            firstById.Add(spec.Id, spec);
            firstByStem.Add(spec.Stem, spec);
            if (!clientByFoldedName.ContainsKey(spec.ClientClass))
            {
                clientByFoldedName.Add(spec.ClientClass, spec);
            }
        }

        EquatableArray<ClientGroup> clients = firstById.Values
            .GroupBy(s => s.Client, StringComparer.Ordinal)
            .Select(g => new ClientGroup(g.Key, g.Any(s => s.IsInstanceBound), ClientNames.For(g.Key)))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToEquatableArray();
        List<SpecIdentity> emitted = firstById.Values.OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        EquatableArray<string> endpoints = emitted.Select(s => s.Names.EndpointClass).ToEquatableArray();
        EquatableArray<string> endpointFiles = emitted.Select(s => s.FilePath).ToEquatableArray();
        return new SpecCatalog(clients, skipped.ToEquatableArray(), errors.ToEquatableArray(), endpoints, endpointFiles);

        void Skip(SpecIdentity spec, SourceSpan span, string message)
        {
            errors.Add(new SpecError(SpecErrorKind.DuplicateEndpoint, message, spec.FilePath, span));
            skipped.Add(spec.FilePath);
        }
    }
}
