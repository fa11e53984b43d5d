using System.Collections.Generic;

namespace ZApi.Tool.Docs;

/// <summary>A method and URL as a page writes it: <c>`POST` https://api.z-api.io/instances/SUA_INSTANCIA/token/SEU_TOKEN/send-text</c>.</summary>
internal sealed record PageRoute(string Method, string Url, int Line);

/// <summary>One row of an attribute table: name, type and description as written, and its line.</summary>
internal sealed record AttributeRow(string Name, string Type, string Description, int Line);

/// <summary>Whether a table's rows are required, optional, or follow no heading that says.</summary>
internal enum Presence
{
    Unstated,
    Required,
    Optional,
}

/// <summary>
/// An attribute table with what the page says about it: the object it describes (<see cref="Owner"/>,
/// null for the request or response itself), and whether its rows are required.
/// </summary>
/// <param name="Owner">The object the rows are members of (<c>Note</c>, <c>Button List</c>), from a heading or a caption such as <c>Object (Note)</c>; null for the top level.</param>
/// <param name="Presence">What the nearest Obrigatórios/Opcionais heading says.</param>
internal sealed record AttributeTable(string? Owner, Presence Presence, IReadOnlyList<AttributeRow> Rows, int Line);

/// <summary>A JSON block of a page, with a caption when one precedes it, and the line its content starts on.</summary>
internal sealed record PageExample(string Code, int Line, string? Caption);

/// <summary>One <c>### 200</c> section of a response: its tables, JSON examples, prose, and text outside code (such as <c>OK</c>).</summary>
/// <param name="Assumed">The Response section names no status at all: its table and examples were taken as the success, 200.</param>
internal sealed record StatusSection(int Status, int Line, IReadOnlyList<AttributeTable> Tables, IReadOnlyList<PageExample> Examples, string Prose, bool Assumed = false);

/// <summary>A note box of a page with the headings it stands under (<c>## Response</c>, <c>### 200</c>), for placing it.</summary>
internal sealed record PageBox(string Kind, string? Title, string Text, int Line, string? H2, string? H3, string? H4);

/// <summary>What an endpoint page documents, read from its Markdown with the line of each part.</summary>
internal sealed class EndpointPage
{
    public required string Path { get; init; }

    public required string Id { get; init; }

    public required int IdLine { get; init; }

    public required string Title { get; init; }

    public string? Summary { get; init; }

    /// <summary>The routes the page documents (one, or several on a page like the QR-code one).</summary>
    public required IReadOnlyList<PageRoute> Routes { get; init; }

    /// <summary>Further method lines ("URL exemplo"): concrete values for path and query parameters.</summary>
    public required IReadOnlyList<PageRoute> ExampleRoutes { get; init; }

    /// <summary>Whether a header table documents <c>Client-Token</c>.</summary>
    public bool ClientTokenHeader { get; init; }

    public required IReadOnlyList<AttributeTable> RequestTables { get; init; }

    public required IReadOnlyList<PageExample> RequestExamples { get; init; }

    public required IReadOnlyList<StatusSection> Responses { get; init; }

    /// <summary>Response examples written outside their status section (a sibling <c>### Exemplo</c>, a <c>## Exemplo</c>).</summary>
    public required IReadOnlyList<PageExample> LooseResponseExamples { get; init; }

    /// <summary>The HAR request example the page's iframe names, and where.</summary>
    public (string Name, int Line)? Har { get; init; }

    /// <summary>The page's note boxes (<c>:::tip</c> ... <c>:::</c>), in page order.</summary>
    public IReadOnlyList<PageBox> Notes { get; init; } = System.Array.Empty<PageBox>();

    /// <summary>Prose lines that say something about parameters (such as "Enviado no PATH").</summary>
    public string AllText { get; init; } = string.Empty;
}
