namespace ZApi.Specs.Model;

/// <summary>
/// One note box of a documentation page (a Docusaurus admonition: <c>:::tip Dica</c> ... <c>:::</c>),
/// kept at the level it belongs to: the endpoint, an attribute or a response. It becomes part of the
/// generated doc comment (<c>&lt;remarks&gt;</c>, or the property's comment).
/// </summary>
/// <param name="Kind">The admonition kind, as the page writes it: <c>tip</c>, <c>info</c>, <c>note</c>, <c>caution</c>, <c>warning</c>, <c>danger</c> or <c>important</c>.</param>
/// <param name="Title">The box's title (<c>Atenção</c> of <c>:::caution Atenção</c>), or null when the page gives none.</param>
/// <param name="Text">The box's text in the page's language, as the page gives it (Markdown; lines kept).</param>
/// <param name="Span">Where the note's kind stands in the spec file.</param>
public sealed record PageNote(string Kind, string? Title, string Text, SourceSpan Span)
{
    /// <summary>The admonition kinds the documentation uses (Docusaurus's, and <c>important</c>).</summary>
    public static readonly string[] Kinds = { "note", "tip", "info", "important", "caution", "warning", "danger" };

    /// <summary>Equal apart from where it stands.</summary>
    public bool SameAs(PageNote other) => Kind == other.Kind && Title == other.Title && Text == other.Text;

    /// <summary>The heading a doc comment gives the note: its title, or its kind when it has none (<c>Atenção</c>, <c>warning</c>).</summary>
    public string Heading => Title ?? Kind;
}

/// <summary>What the page says one value of an enum means (<c>{ value: contacts, description: Apenas contatos }</c>).</summary>
/// <param name="Value">The enum's JSON string.</param>
/// <param name="Description">The page's words for it.</param>
public sealed record EnumValueDescription(string Value, string Description);
