using ZApi.Specs.Model;
using ZApi.Specs.Validation;

namespace ZApi.Generator.Model;

/// <summary>How one event kind is told apart: the few facts of an event spec the dispatcher needs.</summary>
/// <param name="Id">The event spec id (<c>received-text</c>).</param>
/// <param name="Record">The generated record (<c>ReceivedTextEvent</c>).</param>
/// <param name="Type">The payload's <c>type</c> value.</param>
/// <param name="Present">The content member that tells the kind apart, or null.</param>
/// <param name="Notifications">The notification codes that tell the kind apart, or empty.</param>
/// <param name="FilePath">The spec file.</param>
/// <param name="IdSpan">Where the id stands.</param>
/// <param name="TypeSpan">Where <c>event.type</c> stands.</param>
/// <param name="BuiltIn">The catalogue key of a built-in spec, or null for a spec of the project.</param>
internal sealed record EventRoute(string Id, string Record, string Type, string? Present, EquatableArray<string> Notifications, string FilePath, SourceSpan IdSpan, SourceSpan TypeSpan, string? BuiltIn)
{
    public bool IsDefault => Present is null && Notifications.IsEmpty;
}

/// <summary>The event kinds the dispatcher reads, each once, and the specs left out with why.</summary>
/// <param name="Events">The emitted kinds, sorted by id.</param>
/// <param name="SkippedSpecs">Event spec files not emitted (a duplicate, or a kind another spec already claims).</param>
/// <param name="Errors">Why.</param>
internal sealed record EventCatalog(EquatableArray<EventRoute> Events, EquatableArray<string> SkippedSpecs, EquatableArray<SpecError> Errors);
