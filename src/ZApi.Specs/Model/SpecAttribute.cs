namespace ZApi.Specs.Model;

/// <summary>One documented attribute: a body member, a query or path parameter, or a member of a named type.</summary>
/// <param name="Name">The JSON member or parameter name, exactly as documented (for example <c>sessionName</c>).</param>
/// <param name="Type">The declared type.</param>
/// <param name="Description">The documented description, kept in the page's language.</param>
/// <param name="IsRequired">Whether the attribute is listed under <c>required</c> (path parameters always are).</param>
/// <param name="NameSpan">Where the attribute's name stands in the spec file.</param>
/// <param name="Example">For path and query parameters: the documented example value, as text; null when none is given.</param>
/// <param name="Deprecated">The page's deprecation notice (<c>deprecated</c>), or null; the property or parameter becomes <c>[Obsolete]</c>.</param>
/// <param name="Notes">The page's note boxes about this attribute (<c>notes</c>); they go into its doc comment.</param>
/// <param name="Forever">For <c>timestamp</c> and <c>timestamp-seconds</c>: the raw number the page documents as "forever" (<c>forever: -1</c>), read as <c>DateTimeOffset.MaxValue</c>.</param>
public sealed record SpecAttribute(
    string Name,
    TypeRef Type,
    string? Description,
    bool IsRequired,
    SourceSpan NameSpan,
    string? Example = null,
    string? Deprecated = null,
    long? Forever = null,
    EquatableArray<PageNote> Notes = default)
{
    /// <summary>Equal apart from where it stands: how identical types of two files are recognised.</summary>
    public bool SameAs(SpecAttribute other) =>
        Name == other.Name && Type == other.Type && Description == other.Description && IsRequired == other.IsRequired && Example == other.Example
        && Deprecated == other.Deprecated && Forever == other.Forever && NotesAlike(Notes, other.Notes);

    /// <summary>Two lists of notes with the same kinds, titles and texts in order, wherever they stand.</summary>
    public static bool NotesAlike(EquatableArray<PageNote> a, EquatableArray<PageNote> b) =>
        a.Count == b.Count && System.Linq.Enumerable.All(System.Linq.Enumerable.Range(0, a.Count), i => a[i].SameAs(b[i]));
}
