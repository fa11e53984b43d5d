namespace ZApi.Specs.Model;

/// <summary>
/// One kind of payload Z-API sends to the user's webhook URL, as documented by a webhook page and
/// described by one <c>*.zapi.yaml</c> file with an <c>event</c> section. It has no route: it is
/// read, never sent. Immutable and value-equal, like <see cref="Spec"/>.
/// </summary>
/// <param name="FilePath">The spec file.</param>
/// <param name="Id">The spec id; the C# record is <see cref="RecordName"/>.</param>
/// <param name="IdSpan">Where the id stands.</param>
/// <param name="Title">The kind's title, as the page gives it.</param>
/// <param name="Summary">The page's text for this kind, or null.</param>
/// <param name="Page">The documentation page id, when it is not the spec id.</param>
/// <param name="Type">The payload's <c>type</c> value that tells the event apart (<c>ReceivedCallback</c>), compared ignoring case as the documentation writes it both ways.</param>
/// <param name="TypeSpan">Where <c>event.type</c> stands.</param>
/// <param name="Present">The content member whose presence (a JSON object, not null) tells this kind apart among payloads of one <see cref="Type"/>, or null.</param>
/// <param name="Notifications">The <c>notification</c> codes that tell this kind apart, or empty.</param>
/// <param name="Members">The payload's documented members.</param>
/// <param name="Examples">The documented payloads of this kind.</param>
/// <param name="Types">The named types of the spec's <c>types</c> section.</param>
/// <param name="Deprecated">The page's deprecation notice, or null.</param>
/// <param name="Departures">The documented quirks this spec fixes on purpose.</param>
public sealed record EventSpec(
    string FilePath,
    string Id,
    SourceSpan IdSpan,
    string Title,
    string? Summary,
    string? Page,
    string Type,
    SourceSpan TypeSpan,
    string? Present,
    EquatableArray<string> Notifications,
    EquatableArray<SpecAttribute> Members,
    EquatableArray<SpecExample> Examples,
    EquatableArray<TypeDefinition> Types,
    string? Deprecated = null,
    EquatableArray<Departure> Departures = default)
{
    /// <summary>The documentation page the spec mirrors.</summary>
    public string PageId => Page ?? Id;

    /// <summary>The C# record of the event (<c>received-text</c> → <c>ReceivedTextEvent</c>), as its plan names it.</summary>
    public string RecordName => Plans.EventPlanner.Names(Id).Record;

    /// <summary>What tells this kind apart: its type, and its content member or notification codes.</summary>
    public Plans.EventKind Kind => new(Type, Present, Notifications);

    /// <summary>The kind every payload of <see cref="Type"/> that no other kind claims falls to (neither <c>present</c> nor <c>notification</c>).</summary>
    public bool IsDefaultOfType => Kind.IsDefaultOfType;
}
