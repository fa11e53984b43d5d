namespace ZApi.Specs.Model;

/// <summary>One documented attribute of a request or response body.</summary>
/// <param name="Name">The JSON member name, exactly as documented (for example <c>sessionName</c>).</param>
/// <param name="Type">The declared type.</param>
/// <param name="Description">The documented description, kept in the page's language.</param>
/// <param name="IsRequired">Whether the attribute is listed under <c>required</c>.</param>
/// <param name="NameSpan">Where the attribute's name stands in the spec file.</param>
public sealed record SpecAttribute(
    string Name,
    AttributeType Type,
    string? Description,
    bool IsRequired,
    SourceSpan NameSpan);
