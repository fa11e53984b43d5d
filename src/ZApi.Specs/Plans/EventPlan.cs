using ZApi.Specs.Model;

namespace ZApi.Specs.Plans;

/// <summary>
/// Everything decided about one event spec, once, by <see cref="EventPlanner"/>: the names it
/// generates, the discriminators that tell its kind apart, and the members its reader reads. No doc
/// text: a new description leaves the plan equal, so nothing that reads plans runs again.
/// Immutable and value-equal.
/// </summary>
/// <param name="Id">The spec id (<c>received-text</c>): the kind's name in logs and errors.</param>
/// <param name="Names">The generated names.</param>
/// <param name="Kind">What tells the kind apart.</param>
/// <param name="Members">The members the kind's reader reads, in the spec's order.</param>
public sealed record EventPlan(string Id, EventNames Names, EventKind Kind, EquatableArray<EventMember> Members);

/// <summary>The C# names one event spec generates, all derived from its id.</summary>
/// <param name="Record">The event record: the PascalCase id and <c>Event</c> (<c>ReceivedTextEvent</c>).</param>
/// <param name="Reader">The static class that reads it (<c>ReceivedTextEventJson</c>).</param>
/// <param name="Handler">Its handler property of <c>ZApiWebhookHandlers</c> (<c>OnReceivedText</c>): it starts with <c>On</c>, so it is never <c>Fallback</c>, <c>Unreadable</c>, <c>KindOf</c> or <c>DispatchAsync</c>.</param>
/// <param name="HintName">The generated file (<c>ZApi.Events.ReceivedTextEvent.g.cs</c>).</param>
public sealed record EventNames(string Record, string Reader, string Handler, string HintName);

/// <summary>One member an event's reader reads.</summary>
/// <param name="Name">The JSON member name, as documented.</param>
/// <param name="Property">The record's property (<c>messageId</c> → <c>MessageId</c>).</param>
/// <param name="Type">The declared type.</param>
/// <param name="IsRequired">A payload without it (or with null) does not fit the spec.</param>
/// <param name="Forever">For timestamps: the number the page documents as "forever", or null.</param>
public sealed record EventMember(string Name, string Property, TypeRef Type, bool IsRequired, long? Forever);
