using ZApi.Specs.Model;
using ZApi.Specs.Plans;
using ZApi.Specs.Validation;

namespace ZApi.Generator.Model;

/// <summary>An event spec and its plan, computed once per spec: what the event's file and the catalogue read.</summary>
/// <param name="Spec">The spec (its text: titles, descriptions, examples, types).</param>
/// <param name="Plan">Every decision about it: names, discriminators, the members its reader reads.</param>
internal sealed record PlannedEvent(EventSpec Spec, EventPlan Plan)
{
    public static PlannedEvent? Of(Specs.Parsing.SpecParseResult result) =>
        result.Event is null ? null : new PlannedEvent(result.Event, EventPlanner.Plan(result.Event));
}

/// <summary>One event kind in the catalogue: its plan, and where its spec stands.</summary>
/// <param name="Plan">The kind's plan (no doc text, so a new description leaves the catalogue as it was).</param>
/// <param name="FilePath">The spec file.</param>
/// <param name="IdSpan">Where the id stands.</param>
/// <param name="TypeSpan">Where <c>event.type</c> stands.</param>
/// <param name="BuiltIn">The catalogue key of a built-in spec, or null for a spec of the project.</param>
internal sealed record EventRoute(EventPlan Plan, string FilePath, SourceSpan IdSpan, SourceSpan TypeSpan, string? BuiltIn)
{
    public string Id => Plan.Id;

    public string Record => Plan.Names.Record;

    public EventKind Kind => Plan.Kind;
}

/// <summary>The event kinds the dispatcher reads, each once, and the specs left out with why.</summary>
/// <param name="Events">The emitted kinds, sorted by id.</param>
/// <param name="SkippedSpecs">Event spec files not emitted (a duplicate, or a kind another spec already claims).</param>
/// <param name="Errors">Why.</param>
internal sealed record EventCatalog(EquatableArray<EventRoute> Events, EquatableArray<string> SkippedSpecs, EquatableArray<SpecError> Errors);
