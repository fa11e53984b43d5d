using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ZApi.Tool.Docs;

/// <summary>What a page is: an endpoint page, or why it is not one.</summary>
/// <param name="Webhook">For a webhook payload page: its id and the configuration routes it documents (<c>PUT /update-webhook-chat-presence</c>), which specs may mirror.</param>
internal sealed record PageReadResult(EndpointPage? Page, string? NotAnEndpoint, WebhookPage? Webhook = null);

/// <summary>A webhook payload page: what Z-API posts to the user's URL, and the routes that configure that URL.</summary>
/// <param name="ConfigurationRoutes">The routes that set the URL (<c>PUT /update-webhook-received</c>); possibly none.</param>
/// <param name="Payloads">The JSON blocks of the page's Response section: the payloads Z-API posts (not the configuration route's <c>{"value": ...}</c> body, nor the code snippets of "Notification Response").</param>
/// <param name="Attributes">The rows of the Response section's attribute tables (<c>text.message</c>: a member of the object <c>text</c>).</param>
/// <param name="ResponseLine">The line of the Response heading, or the page's id line when it has none.</param>
internal sealed record WebhookPage(string Path, string Id, IReadOnlyList<PageRoute> ConfigurationRoutes)
{
    public IReadOnlyList<PageExample> Payloads { get; init; } = System.Array.Empty<PageExample>();

    public IReadOnlyList<AttributeRow> Attributes { get; init; } = System.Array.Empty<AttributeRow>();

    public int ResponseLine { get; init; } = 1;

    /// <summary>The page's note boxes outside its Response section (about the webhook and the route that sets it, not one payload).</summary>
    public IReadOnlyList<PageBox> Notes { get; init; } = System.Array.Empty<PageBox>();
}

/// <summary>
/// Reads a documentation page in the layout of the Z-API documentation (see its README): front
/// matter, <c>## Método</c> with the method and URL, header table, attribute tables under
/// Obrigatórios/Opcionais (nested objects under their own headings or captions such as
/// <c>Object (Note)</c>), request examples, <c>## Response</c> with a section per status, and the
/// iframe that names the HAR example. Each part keeps its line, for warnings and <c>check</c>.
/// </summary>
internal static partial class PageReader
{
    [GeneratedRegex(@"`(GET|POST|PUT|DELETE|PATCH)`\s*<?(https?://[^\s<>]+)>?(?:\s*\*\*(\{[^}]+\})\*\*)?", RegexOptions.IgnoreCase)]
    private static partial Regex MethodLine();

    [GeneratedRegex(@"^`(GET|POST|PUT|DELETE|PATCH)`$", RegexOptions.IgnoreCase)]
    private static partial Regex MethodAlone();

    [GeneratedRegex(@"^<?(https?://api\.z-api\.io[^\s<>]*)>?$")]
    private static partial Regex BareUrl();

    [GeneratedRegex(@"json-examples/([^&""'\s]*)\.json")]
    private static partial Regex HarReference();

    [GeneratedRegex(@"^(?:object|array(?:\s+string|\s+object)?|string)\s*\(([^)]+)\)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    [GeneratedRegex(@"^array\s+([A-Za-z][A-Za-z0-9]*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ArrayCaption();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex HtmlComment();

    public static PageReadResult Read(string path)
    {
        string raw = File.ReadAllText(path);
        // Comments hide real structure (commented iframes, rows): drop them, keeping every line's number.
        string text = HtmlComment().Replace(raw.Replace("\r\n", "\n"), m => new string('\n', m.Value.Count(c => c == '\n')));
        (IReadOnlyDictionary<string, (string Value, int Line)> front, IReadOnlyList<MarkdownBlock> blocks) = Markdown.Read(text);

        string fileId = System.IO.Path.GetFileNameWithoutExtension(path);
        (string id, int idLine) = front.TryGetValue("id", out var frontId) && frontId.Value.Length > 0 ? frontId
            : front.TryGetValue("id:id", out var doubled) ? doubled
            : (fileId, 1);
        string title = front.TryGetValue("title", out var frontTitle) ? frontTitle.Value.Trim() : id;

        var located = Locate(blocks);
        List<(PageRoute Route, Located Where)> methodLines = MethodLines(located).ToList();
        if (path.Replace('\\', '/').Contains("/webhooks/on-", StringComparison.Ordinal))
        {
            return new PageReadResult(
                null,
                "a webhook payload page: it documents what Z-API sends to your URL, not an endpoint to call (write each kind of payload as an event spec with 'page: " + id.Trim() + "'"
                    + (methodLines.Count > 0 ? ", and the configuration route it names as an endpoint spec with the same 'page')" : ")"),
                Webhook(path, id.Trim(), idLine, located, methodLines.Select(l => l.Route).GroupBy(r => r.Method + " " + r.Url).Select(g => g.First()).ToList()));
        }

        if (methodLines.Count == 0)
        {
            return new PageReadResult(null, "the page documents no method and URL (no line such as `POST` https://api.z-api.io/...): it is not an endpoint page");
        }

        (List<PageRoute> routes, List<PageRoute> examples) = SplitRoutes(methodLines);
        Located? response = located.FirstOrDefault(l => l.Block is Heading { Level: 2 } h && IsResponseHeading(h.Text));
        int responseLine = response?.Block.Line ?? int.MaxValue;
        int responseEnd = response is null ? int.MaxValue : located.FirstOrDefault(l => l.Block.Line > responseLine && l.Block is Heading { Level: 2 } h && !IsResponseHeading(h.Text) && h.Text.Length > 0)?.Block.Line ?? int.MaxValue;

        return new PageReadResult(
            new EndpointPage
            {
                Path = path,
                Id = id.Trim(),
                IdLine = idLine,
                Title = title,
                Summary = Summary(located),
                Routes = routes,
                ExampleRoutes = examples,
                ClientTokenHeader = located.Any(l => l.Block is Table t && t.Rows.Any(r => Text.Fold(r.Cell(0)) == "client-token")),
                RequestTables = AttributeTables(located.Where(l => l.Block.Line < responseLine || l.Block.Line >= responseEnd)),
                RequestExamples = RequestExamples(located, responseLine),
                Responses = Responses(located, responseLine, responseEnd),
                LooseResponseExamples = LooseExamples(located, responseLine, responseEnd),
                Har = located.Select(l => l.Block is Paragraph p && HarReference().Match(p.Text) is { Success: true } m ? (m.Groups[1].Value, p.Line) : ((string, int)?)null).FirstOrDefault(h => h is not null),
                AllText = text,
                Notes = located.Where(l => l.Block is Admonition).Select(l => (Admonition)l.Block).Zip(located.Where(l => l.Block is Admonition), (a, l) => new PageBox(a.Kind, a.Title, a.Text, a.Line, l.H2, l.H3, l.H4)).ToList(),
            },
            null);
    }

    /// <summary>
    /// A webhook page: its payloads are the JSON blocks of its <c>## Response</c> section (under
    /// <c>### 200</c> and the <c>### Exemplo de retorno ...</c> headings), up to the next titled h2
    /// (<c>## Notification Response</c>, whose blocks are code snippets); its attributes, the rows
    /// of that section's tables.
    /// </summary>
    private static WebhookPage Webhook(string path, string id, int idLine, List<Located> located, List<PageRoute> routes)
    {
        Located? response = located.FirstOrDefault(l => l.Block is Heading { Level: 2 } h && IsResponseHeading(h.Text));
        List<PageBox> notes = located
            .Where(l => l.Block is Admonition && (l.H2 is null || !IsResponseHeading(l.H2)))
            .Select(l => (Admonition)l.Block is var a ? new PageBox(a.Kind, a.Title, a.Text, a.Line, l.H2, l.H3, l.H4) : null!)
            .ToList();
        if (response is null)
        {
            return new WebhookPage(path, id, routes) { ResponseLine = idLine, Notes = notes };
        }

        int start = response.Block.Line;
        int end = located.FirstOrDefault(l => l.Block.Line > start && l.Block is Heading { Level: <= 2 } h && !IsResponseHeading(h.Text) && h.Text.Trim().Length > 0)?.Block.Line ?? int.MaxValue;
        List<Located> section = located.Where(l => l.Block.Line > start && l.Block.Line < end).ToList();
        var payloads = new List<PageExample>();
        foreach (Located where in section)
        {
            // A block under an error status (### 405) is not a payload; the blocks under ### 200 and the example headings are.
            bool errorStatus = where.H3 is not null && int.TryParse(where.H3.Trim(), out int status) && status is < 200 or >= 300;
            if (where.Block is CodeBlock code && IsJsonBlock(code) && !errorStatus)
            {
                payloads.Add(new PageExample(code.Code, code.ContentLine, CaptionOf(where)));
            }
        }

        List<AttributeRow> attributes = AttributeTables(section).SelectMany(t => t.Rows).ToList();
        return new WebhookPage(path, id, routes) { Payloads = payloads, Attributes = attributes, ResponseLine = start, Notes = notes };
    }

    private static bool IsResponseHeading(string text)
    {
        string folded = Text.Fold(text);
        return folded.StartsWith("response", StringComparison.Ordinal) || folded.StartsWith("retorno do endpoint", StringComparison.Ordinal);
    }

    /// <summary>A block with the headings above it (h2, h3, h4).</summary>
    private sealed record Located(MarkdownBlock Block, string? H2, string? H3, string? H4, Located? Previous);

    private static List<Located> Locate(IReadOnlyList<MarkdownBlock> blocks)
    {
        var located = new List<Located>();
        string? h2 = null, h3 = null, h4 = null;
        Located? previous = null;
        foreach (MarkdownBlock block in blocks)
        {
            if (block is Heading heading)
            {
                switch (heading.Level)
                {
                    case <= 2:
                        h2 = heading.Text;
                        h3 = null;
                        h4 = null;
                        break;
                    case 3:
                        h3 = heading.Text;
                        h4 = null;
                        break;
                    default:
                        h4 = heading.Text;
                        break;
                }
            }

            var current = new Located(block, h2, h3, h4, previous);
            located.Add(current);
            previous = current;
        }

        return located;
    }

    private static IEnumerable<(PageRoute, Located)> MethodLines(List<Located> located)
    {
        foreach (Located where in located)
        {
            if (where.Block is not Paragraph paragraph)
            {
                continue;
            }

            string[] lines = paragraph.Text.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                Match match = MethodLine().Match(lines[i]);
                if (match.Success)
                {
                    string url = match.Groups[2].Value + (match.Groups[3].Success ? match.Groups[3].Value : string.Empty);
                    yield return (new PageRoute(match.Groups[1].Value.ToUpperInvariant(), url, paragraph.Line + i), where);
                    continue;
                }

                // `DELETE` on one line, the URL on the next.
                Match alone = MethodAlone().Match(lines[i].Trim());
                if (alone.Success && i + 1 < lines.Length && BareUrl().Match(lines[i + 1].Trim()) is { Success: true } next)
                {
                    yield return (new PageRoute(alone.Groups[1].Value.ToUpperInvariant(), next.Groups[1].Value, paragraph.Line + i), where);
                    i++;
                }
            }
        }
    }

    /// <summary>
    /// The documented routes: the method lines of the first "Método(s)" section. Several of them,
    /// each under its own <c>#### /route</c> heading, are several routes (the QR-code page); the
    /// other method lines of the page are examples ("URL exemplo").
    /// </summary>
    private static (List<PageRoute> Routes, List<PageRoute> Examples) SplitRoutes(List<(PageRoute Route, Located Where)> lines)
    {
        string? methodSection = lines.Select(l => l.Where.H2).FirstOrDefault(h => h is not null && Text.Fold(h).StartsWith("metodo", StringComparison.Ordinal))
            ?? lines.Select(l => l.Where.H3).FirstOrDefault(h => h is not null && Text.Fold(h).StartsWith("metodo", StringComparison.Ordinal));
        var inSection = lines.Where(l => methodSection is not null && (l.Where.H2 == methodSection || l.Where.H3 == methodSection)).ToList();
        var routes = new List<PageRoute>();
        if (inSection.Count > 1 && inSection.Select(l => l.Where.H4).Where(h => h is not null && h.TrimStart().StartsWith("/", StringComparison.Ordinal)).Distinct().Count() == inSection.Count)
        {
            routes.AddRange(inSection.Select(l => l.Route));
        }
        else
        {
            routes.Add((inSection.Count > 0 ? inSection[0] : lines[0]).Route);
        }

        return (routes, lines.Select(l => l.Route).Where(r => !routes.Contains(r)).ToList());
    }

    private static string? Summary(List<Located> located)
    {
        foreach (Located where in located)
        {
            if (where.Block is Paragraph paragraph && where.H2 is not null && Text.Fold(where.H2).StartsWith("conceitua", StringComparison.Ordinal)
                && !paragraph.Text.StartsWith(":::", StringComparison.Ordinal) && !paragraph.Text.StartsWith("!", StringComparison.Ordinal)
                && !paragraph.Text.StartsWith("<", StringComparison.Ordinal))
            {
                string plain = Text.Plain(paragraph.Text);
                if (plain.Length > 0)
                {
                    return plain;
                }
            }
        }

        return null;
    }

    /// <summary>The attribute tables (<c>| Atributos | Tipo | Descrição |</c>) among these blocks, each with its owner and presence.</summary>
    private static List<AttributeTable> AttributeTables(IEnumerable<Located> blocks)
    {
        var tables = new List<AttributeTable>();
        foreach (Located where in blocks)
        {
            if (where.Block is not Table table || !IsAttributeTable(table))
            {
                continue;
            }

            (string? owner, Presence presence) = OwnerAndPresence(where);
            int name = table.Column("atribut", "attribute");
            int type = table.Column("tipo", "type");
            int description = table.Column("descri");
            var rows = table.Rows
                .Select(r => new AttributeRow(Text.Name(r.Cell(name)), Text.Plain(r.Cell(type)), Text.Plain(r.Cell(description)), r.Line))
                .Where(r => r.Name.Length > 0)
                .ToList();
            if (rows.Count > 0)
            {
                tables.Add(new AttributeTable(owner, presence, rows, table.Line));
            }
        }

        return tables;
    }

    private static bool IsAttributeTable(Table table) => table.Column("atribut", "attribute") == 0 && table.Column("tipo", "type") >= 0;

    /// <summary>The object a table describes and whether its rows are required, from its caption and the headings above it.</summary>
    private static (string? Owner, Presence Presence) OwnerAndPresence(Located where)
    {
        string? owner = null;
        if (where.Previous?.Block is Paragraph caption)
        {
            string plain = Text.Plain(caption.Text.Split('\n').Last());
            Match match = Caption().Match(plain);
            if (match.Success)
            {
                owner = match.Groups[1].Value.Trim();
            }
            else if (ArrayCaption().Match(plain) is { Success: true } array)
            {
                owner = array.Groups[1].Value;
            }
        }

        Presence presence = Presence.Unstated;
        foreach (string? heading in new[] { where.H4, where.H3 })
        {
            if (heading is null)
            {
                continue;
            }

            string folded = Text.Fold(Text.Plain(heading));
            string? rest = null;
            if (folded.StartsWith("obrigatori", StringComparison.Ordinal))
            {
                presence = presence == Presence.Unstated ? Presence.Required : presence;
                rest = After(heading, 1);
            }
            else if (folded.StartsWith("opciona", StringComparison.Ordinal))
            {
                presence = presence == Presence.Unstated ? Presence.Optional : presence;
                rest = After(heading, 1);
            }
            else if (folded.StartsWith("atributos d", StringComparison.Ordinal))
            {
                rest = After(heading, 2);
            }
            else if (!IsStructuralHeading(folded))
            {
                rest = Text.Plain(heading);
            }

            owner ??= string.IsNullOrWhiteSpace(rest) ? null : rest;
        }

        return (owner, presence);
    }

    /// <summary>The heading's words after the first <paramref name="words"/> (<c>Opcionais Button</c> → <c>Button</c>).</summary>
    private static string? After(string heading, int words)
    {
        string[] parts = Text.Plain(heading).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > words ? string.Join(" ", parts.Skip(words)) : null;
    }

    /// <summary>Headings that organise a page rather than name an object.</summary>
    private static bool IsStructuralHeading(string folded) =>
        folded.StartsWith("atributo", StringComparison.Ordinal) || folded.StartsWith("attribute", StringComparison.Ordinal)
        || folded.StartsWith("request", StringComparison.Ordinal) || folded == "body" || folded.StartsWith("header", StringComparison.Ordinal)
        || folded.StartsWith("metodo", StringComparison.Ordinal) || folded.StartsWith("url", StringComparison.Ordinal) || folded.StartsWith("exemplo", StringComparison.Ordinal)
        || folded.StartsWith("parametro", StringComparison.Ordinal) || folded.StartsWith("query", StringComparison.Ordinal) || folded.StartsWith("api", StringComparison.Ordinal)
        || folded.StartsWith("/", StringComparison.Ordinal) || folded.StartsWith("caso", StringComparison.Ordinal) || folded.StartsWith("quando", StringComparison.Ordinal)
        || folded.All(char.IsDigit) || folded.StartsWith("response", StringComparison.Ordinal) || folded.StartsWith("retorno", StringComparison.Ordinal);

    private static List<PageExample> RequestExamples(List<Located> located, int responseLine)
    {
        var examples = new List<PageExample>();
        foreach (Located where in located)
        {
            if (where.Block.Line >= responseLine || where.Block is not CodeBlock code || !IsJsonBlock(code))
            {
                continue;
            }

            string? h2 = where.H2 is null ? null : Text.Fold(where.H2);
            if (h2 is not null && (h2.StartsWith("conceitua", StringComparison.Ordinal) || h2.StartsWith("webhook", StringComparison.Ordinal) || h2.StartsWith("exemplo", StringComparison.Ordinal)))
            {
                continue;
            }

            examples.Add(new PageExample(code.Code, code.ContentLine, CaptionOf(where)));
        }

        return examples;
    }

    private static bool IsJsonBlock(CodeBlock code)
    {
        string language = code.Language.ToLowerInvariant();
        string start = code.Code.TrimStart();
        return language is "json" or "" && start.Length > 0 && (start[0] is '{' or '[' || language == "json");
    }

    private static string? CaptionOf(Located where)
    {
        if (where.Previous?.Block is Paragraph paragraph)
        {
            string plain = Text.Plain(paragraph.Text);
            if (plain.Length is > 0 and <= 80 && !plain.StartsWith(":::", StringComparison.Ordinal))
            {
                return plain.TrimEnd(':');
            }
        }

        return where.Previous?.Block is Heading heading ? Text.Plain(heading.Text) : null;
    }

    private static List<StatusSection> Responses(List<Located> located, int responseLine, int responseEnd)
    {
        var sections = new List<StatusSection>();
        IEnumerable<IGrouping<string, Located>> byStatus = located
            .Where(l => l.Block.Line > responseLine && l.Block.Line < responseEnd && l.H3 is not null && int.TryParse(l.H3.Trim(), out _))
            .GroupBy(l => l.H3!.Trim());
        foreach (IGrouping<string, Located> group in byStatus)
        {
            int status = int.Parse(group.Key, System.Globalization.CultureInfo.InvariantCulture);
            List<Located> blocks = group.ToList();
            int line = located.First(l => l.Block is Heading { Level: 3 } h && h.Text.Trim() == group.Key && l.Block.Line > responseLine).Block.Line;
            var prose = new StringBuilder();
            foreach (Located where in blocks)
            {
                if (where.Block is Paragraph paragraph && !IsCaption(paragraph.Text) && !IsTableCaption(paragraph.Text) && !paragraph.Text.StartsWith(":::", StringComparison.Ordinal))
                {
                    prose.Append(prose.Length == 0 ? string.Empty : " ").Append(Text.Plain(paragraph.Text.Replace(":::", string.Empty)));
                }
            }

            sections.Add(new StatusSection(
                status,
                line,
                AttributeTables(blocks.Where(b => b.Block is Table)),
                blocks.Where(b => b.Block is CodeBlock c && IsJsonBlock(c)).Select(b => new PageExample(((CodeBlock)b.Block).Code, ((CodeBlock)b.Block).ContentLine, CaptionOf(b))).ToList(),
                prose.ToString().Trim()));
        }

        if (sections.Count == 0 && responseLine != int.MaxValue)
        {
            // A Response section that names no status: what sits right under it is the success.
            List<Located> unnamed = located.Where(l => l.Block.Line > responseLine && l.Block.Line < responseEnd && l.H3 is null).ToList();
            List<AttributeTable> tables = AttributeTables(unnamed.Where(b => b.Block is Table));
            List<PageExample> examples = unnamed.Where(b => b.Block is CodeBlock c && IsJsonBlock(c)).Select(b => new PageExample(((CodeBlock)b.Block).Code, ((CodeBlock)b.Block).ContentLine, CaptionOf(b))).ToList();
            if (tables.Count > 0 || examples.Count > 0)
            {
                sections.Add(new StatusSection(200, responseLine, tables, examples, string.Empty, Assumed: true));
            }
        }

        return sections;
    }

    /// <summary>A paragraph whose every line names a table's object (<c>Object (Note)</c>, <c>Array String (participants)</c>, <c>Array Messages</c>): not prose.</summary>
    private static bool IsTableCaption(string text) =>
        text.Split('\n').All(line => Text.Plain(line) is var plain && (Caption().IsMatch(plain) || ArrayCaption().IsMatch(plain)));

    private static bool IsCaption(string text)
    {
        string folded = Text.Fold(Text.Plain(text)).TrimEnd(':');
        return folded is "exemplo" or "exemplos" or "example" || folded.StartsWith("exemplo", StringComparison.Ordinal) && folded.Length < 30;
    }

    /// <summary>Success examples written beside their status: <c>### Exemplo</c> inside Response, <c>## Exemplo</c> anywhere.</summary>
    private static List<PageExample> LooseExamples(List<Located> located, int responseLine, int responseEnd)
    {
        var examples = new List<PageExample>();
        foreach (Located where in located)
        {
            if (where.Block is not CodeBlock code || !IsJsonBlock(code))
            {
                continue;
            }

            bool siblingInResponse = where.Block.Line > responseLine && where.Block.Line < responseEnd && where.H3 is not null && Text.Fold(where.H3).StartsWith("exemplo", StringComparison.Ordinal);
            bool exampleSection = where.H2 is not null && Text.Fold(where.H2).StartsWith("exemplo", StringComparison.Ordinal) && where.H3 is null;
            if (siblingInResponse || exampleSection)
            {
                examples.Add(new PageExample(code.Code, code.ContentLine, CaptionOf(where)));
            }
        }

        return examples;
    }
}
