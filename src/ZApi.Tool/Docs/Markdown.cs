using System;
using System.Collections.Generic;
using System.Linq;

namespace ZApi.Tool.Docs;

/// <summary>A block of a Markdown page, with the 1-based line it starts on.</summary>
internal abstract record MarkdownBlock(int Line);

/// <summary>A heading: <c>## Response</c> is level 2.</summary>
internal sealed record Heading(int Line, int Level, string Text) : MarkdownBlock(Line);

/// <summary>A pipe table: header cells and rows of cells (each with its line).</summary>
internal sealed record Table(int Line, IReadOnlyList<string> Header, IReadOnlyList<TableRow> Rows) : MarkdownBlock(Line)
{
    /// <summary>The index of the first column whose header contains one of <paramref name="names"/> (ignoring case and accents), or -1.</summary>
    public int Column(params string[] names)
    {
        for (int i = 0; i < Header.Count; i++)
        {
            string header = Text.Fold(Header[i]);
            if (names.Any(n => header.Contains(Text.Fold(n))))
            {
                return i;
            }
        }

        return -1;
    }
}

internal sealed record TableRow(int Line, IReadOnlyList<string> Cells)
{
    public string Cell(int index) => index >= 0 && index < Cells.Count ? Cells[index] : string.Empty;
}

/// <summary>A fenced code block (<c>```json</c>), its text, and the line its first content line is on.</summary>
internal sealed record CodeBlock(int Line, string Language, string Code, int ContentLine) : MarkdownBlock(Line);

/// <summary>
/// A note box (a Docusaurus admonition): <c>:::caution Atenção</c>, its lines, and a closing <c>:::</c>.
/// Its text is the Markdown between the two fences as the page writes it, lines kept, blank lines at
/// either end and the common indentation dropped.
/// </summary>
internal sealed record Admonition(int Line, string Kind, string? Title, string Text) : MarkdownBlock(Line);

/// <summary>Consecutive lines of text (a paragraph, a list, an admonition line).</summary>
internal sealed record Paragraph(int Line, string Text) : MarkdownBlock(Line);

/// <summary>
/// Reads Markdown into blocks with their line numbers: enough of the syntax the documentation
/// uses (front matter, ATX headings, pipe tables, fenced code, paragraphs), nothing more.
/// </summary>
internal static class Markdown
{
    public static (IReadOnlyDictionary<string, (string Value, int Line)> FrontMatter, IReadOnlyList<MarkdownBlock> Blocks) Read(string text)
    {
        string[] lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var frontMatter = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        var blocks = new List<MarkdownBlock>();
        int i = 0;
        if (lines.Length > 0 && lines[0].Trim() == "---")
        {
            for (i = 1; i < lines.Length && lines[i].Trim() != "---"; i++)
            {
                int colon = lines[i].IndexOf(':');
                if (colon > 0)
                {
                    // 'id:id: x' happens: the key is the first word, the value what follows the last 'key:'.
                    string key = lines[i].Substring(0, colon).Trim();
                    string value = lines[i].Substring(colon + 1).Trim();
                    while (value.StartsWith(key + ":", StringComparison.Ordinal))
                    {
                        value = value.Substring(key.Length + 1).Trim();
                    }

                    frontMatter[key] = (value.Trim('"', '\''), i + 1);
                }
            }

            i++;
        }

        var paragraph = new List<string>();
        int paragraphLine = 0;
        void Flush()
        {
            if (paragraph.Count > 0)
            {
                blocks.Add(new Paragraph(paragraphLine, string.Join("\n", paragraph)));
                paragraph.Clear();
            }
        }

        while (i < lines.Length)
        {
            string line = lines[i];
            string trimmed = line.Trim();
            if (trimmed == "````")
            {
                // A stray four-backtick line (the documentation has one): it opens nothing here,
                // where CommonMark would swallow the rest of the page into code.
                i++;
                continue;
            }

            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                Flush();
                string fence = trimmed.Substring(0, 3);
                string language = trimmed.Substring(3).Trim();
                int start = i + 1;
                var code = new List<string>();
                int indent = line.Length - line.TrimStart().Length;
                for (i++; i < lines.Length && !lines[i].Trim().StartsWith(fence, StringComparison.Ordinal); i++)
                {
                    code.Add(Unindent(lines[i], indent));
                }

                blocks.Add(new CodeBlock(start, language, string.Join("\n", code), start + 1));
                i++;
                continue;
            }

            if (AdmonitionOpening(trimmed) is var (colons, kind, title))
            {
                Flush();
                int start = i + 1;
                var body = new List<string>();
                for (i++; i < lines.Length && !IsAdmonitionClosing(lines[i].Trim(), colons); i++)
                {
                    body.Add(lines[i]);
                }

                blocks.Add(new Admonition(start, kind, title, AdmonitionText(body)));

                // A closing fence with words after it ('::: Exemplo no WhatsApp'): the words are text of the page.
                string closing = i < lines.Length ? lines[i].Trim() : string.Empty;
                if (closing.Length > colons && closing.Substring(colons).Trim() is { Length: > 0 } rest)
                {
                    blocks.Add(new Paragraph(i + 1, rest));
                }

                i++;
                continue;
            }

            if (trimmed.StartsWith("#", StringComparison.Ordinal) && HeadingLevel(trimmed) is int level and > 0)
            {
                Flush();
                blocks.Add(new Heading(i + 1, level, trimmed.Substring(level).Trim().TrimEnd('#').Trim()));
                i++;
                continue;
            }

            if (trimmed.StartsWith("|", StringComparison.Ordinal) && i + 1 < lines.Length && IsSeparator(lines[i + 1]))
            {
                Flush();
                int start = i + 1;
                IReadOnlyList<string> header = Cells(trimmed);
                var rows = new List<TableRow>();
                for (i += 2; i < lines.Length && lines[i].Trim().StartsWith("|", StringComparison.Ordinal); i++)
                {
                    rows.Add(new TableRow(i + 1, Cells(lines[i].Trim())));
                }

                blocks.Add(new Table(start, header, rows));
                continue;
            }

            if (trimmed.Length == 0 || trimmed == "---")
            {
                Flush();
                i++;
                continue;
            }

            if (paragraph.Count == 0)
            {
                paragraphLine = i + 1;
            }

            paragraph.Add(trimmed);
            i++;
        }

        Flush();
        return (frontMatter, blocks);
    }

    /// <summary><c>:::tip Dica</c> (three colons or more, a kind of letters, an optional title): the colons, kind and title; otherwise null.</summary>
    private static (int Colons, string Kind, string? Title)? AdmonitionOpening(string line)
    {
        int colons = 0;
        while (colons < line.Length && line[colons] == ':')
        {
            colons++;
        }

        int kindEnd = colons;
        while (kindEnd < line.Length && line[kindEnd] is >= 'a' and <= 'z')
        {
            kindEnd++;
        }

        if (colons < 3 || kindEnd == colons || (kindEnd < line.Length && line[kindEnd] != ' '))
        {
            return null;
        }

        string title = line.Substring(kindEnd).Trim();
        return (colons, line.Substring(colons, kindEnd - colons), title.Length == 0 ? null : title);
    }

    /// <summary>The fence that closes a box of <paramref name="colons"/> colons: those colons alone, or followed by a space.</summary>
    private static bool IsAdmonitionClosing(string line, int colons) =>
        line.Length >= colons && line.Substring(0, colons).All(c => c == ':') && (line.Length == colons || line[colons] == ' ');

    private static string AdmonitionText(List<string> body)
    {
        int first = body.FindIndex(l => l.Trim().Length > 0);
        int last = body.FindLastIndex(l => l.Trim().Length > 0);
        if (first < 0)
        {
            return string.Empty;
        }

        List<string> kept = body.GetRange(first, last - first + 1).Select(l => l.TrimEnd()).ToList();
        int indent = kept.Where(l => l.Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", kept.Select(l => l.Length >= indent ? l.Substring(indent) : l));
    }

    private static int HeadingLevel(string line)
    {
        int level = 0;
        while (level < line.Length && line[level] == '#')
        {
            level++;
        }

        return level is >= 1 and <= 6 && (line.Length == level || line[level] == ' ') ? level : 0;
    }

    private static bool IsSeparator(string line)
    {
        string trimmed = line.Trim();
        return trimmed.StartsWith("|", StringComparison.Ordinal) && trimmed.Contains("-") && trimmed.All(c => c is '|' or '-' or ':' or ' ' or '\t');
    }

    /// <summary>The cells of a table row; a pipe inside backticks or escaped (<c>\|</c>) is text.</summary>
    private static IReadOnlyList<string> Cells(string row)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        bool code = false;
        for (int i = 0; i < row.Length; i++)
        {
            char c = row[i];
            if (c == '\\' && i + 1 < row.Length && row[i + 1] == '|')
            {
                cell.Append('|');
                i++;
            }
            else if (c == '`')
            {
                code = !code;
                cell.Append(c);
            }
            else if (c == '|' && !code)
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString().Trim());

        // A row written '| a | b |' has an empty cell before the first and after the last pipe.
        if (cells.Count > 0 && cells[0].Length == 0 && row.StartsWith("|", StringComparison.Ordinal))
        {
            cells.RemoveAt(0);
        }

        if (cells.Count > 0 && cells[cells.Count - 1].Length == 0 && row.EndsWith("|", StringComparison.Ordinal))
        {
            cells.RemoveAt(cells.Count - 1);
        }

        return cells;
    }

    private static string Unindent(string line, int indent)
    {
        int remove = 0;
        while (remove < indent && remove < line.Length && line[remove] == ' ')
        {
            remove++;
        }

        return line.Substring(remove);
    }
}
