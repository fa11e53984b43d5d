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
/// The cross-spec checks of event specs: one spec per id and record, and every payload claimed by
/// one kind at most (per <c>type</c>: one default, each content member and each notification code once).
/// </summary>
internal static class EventCatalogBuilder
{
    /// <summary>At most this many content members tell kinds apart (a bit each in the scan).</summary>
    public const int MaxContentMembers = 64;

    public static EventRoute? Identify(PlannedEvent? planned, EndpointSelection selection) =>
        planned is null ? null : new EventRoute(planned.Plan, planned.Spec.FilePath, planned.Spec.IdSpan, planned.Spec.TypeSpan, selection.CatalogueKey(planned.Spec.FilePath));

    public static EventCatalog Build(ImmutableArray<EventRoute?> routes)
    {
        // The project's specs first, so one of the project replaces the built-in of its id; then by path.
        List<EventRoute> all = routes.Where(r => r is not null).Select(r => r!)
            .OrderBy(r => r.BuiltIn is null ? 0 : 1).ThenBy(r => r.FilePath, StringComparer.Ordinal).ToList();
        var errors = new List<SpecError>();
        var skipped = new List<string>();
        var byRecord = new Dictionary<string, EventRoute>(StringComparer.OrdinalIgnoreCase);
        var claims = new Dictionary<string, EventRoute>(StringComparer.Ordinal);
        var contents = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<EventRoute>();
        foreach (EventRoute route in all)
        {
            if (byRecord.TryGetValue(route.Record, out EventRoute? first))
            {
                if (route.BuiltIn is not null && first.BuiltIn is null && string.Equals(first.Id, route.Id, StringComparison.Ordinal))
                {
                    errors.Add(new SpecError(SpecErrorKind.ReplacesBuiltIn, $"This spec replaces the built-in event '{route.BuiltIn}' of ZApi.Generator's catalogue ({first.Record} is generated from this file).", first.FilePath, first.IdSpan));
                }
                else
                {
                    errors.Add(new SpecError(SpecErrorKind.DuplicateEndpoint, $"The event id '{route.Id}' generates the record {route.Record}, which {first.FilePath} already generates; generated names compare ignoring case, so rename one. This file is skipped.", route.FilePath, route.IdSpan));
                }

                skipped.Add(route.FilePath);
                continue;
            }

            List<(string Key, string What)> keys = EventKinds.Claims(route.Kind).ToList();
            (string Key, string What)? taken = keys.Cast<(string Key, string What)?>().FirstOrDefault(k => claims.ContainsKey(k!.Value.Key));
            if (taken is not null)
            {
                EventRoute owner = claims[taken.Value.Key];
                if (route.BuiltIn is not null && owner.BuiltIn is null)
                {
                    // The project's spec reads these payloads its own way: it replaces the built-in kind, as a spec of its id would.
                    errors.Add(new SpecError(SpecErrorKind.ReplacesBuiltIn, $"This spec claims {taken.Value.What}, which the built-in event '{route.BuiltIn}' of ZApi.Generator's catalogue claimed; it replaces it ({owner.Record} is read instead of {route.Record}).", owner.FilePath, owner.TypeSpan));
                }
                else
                {
                    errors.Add(new SpecError(SpecErrorKind.DuplicateEndpoint, $"The event '{route.Id}' claims {taken.Value.What}, which '{owner.Id}' ({owner.FilePath}) already claims; a payload is read as one kind, so tell them apart ('present' or 'notification'). This file is skipped.", route.FilePath, route.TypeSpan));
                }

                skipped.Add(route.FilePath);
                continue;
            }

            if (route.Kind.Present is not null && !contents.Contains(route.Kind.Present) && contents.Count == MaxContentMembers)
            {
                errors.Add(new SpecError(SpecErrorKind.InvalidValue, $"The event '{route.Id}' is told apart by a content member, '{route.Kind.Present}', beyond the {MaxContentMembers} the dispatcher distinguishes. This file is skipped.", route.FilePath, route.TypeSpan));
                skipped.Add(route.FilePath);
                continue;
            }

            foreach ((string key, _) in keys)
            {
                claims.Add(key, route);
            }

            if (route.Kind.Present is not null)
            {
                contents.Add(route.Kind.Present);
            }

            byRecord.Add(route.Record, route);
            kept.Add(route);
        }

        return new EventCatalog(kept.OrderBy(r => r.Id, StringComparer.Ordinal).ToEquatableArray(), skipped.ToEquatableArray(), errors.ToEquatableArray());
    }
}
