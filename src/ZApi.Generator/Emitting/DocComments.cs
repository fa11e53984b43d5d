using System.Collections.Generic;
using ZApi.Specs.Model;

namespace ZApi.Generator.Emitting;

/// <summary>Writes XML doc comments from spec text, escaped through <see cref="CSharpText"/>.</summary>
internal static class DocComments
{
    public static void Summary(SourceWriter writer, string? text) => Element(writer, "summary", text);

    public static void Remarks(SourceWriter writer, string? text) => Element(writer, "remarks", text);

    /// <summary>Writes <c>&lt;tag&gt;</c> with <paramref name="text"/> (spec text: escaped here).</summary>
    public static void Element(SourceWriter writer, string tag, string? text)
    {
        IReadOnlyList<string> lines = CSharpText.DocLines(text ?? string.Empty);
        if (lines.Count == 0)
        {
            return;
        }

        if (lines.Count == 1)
        {
            writer.Line($"/// <{tag}>{lines[0]}</{tag}>");
            return;
        }

        writer.Line($"/// <{tag}>");
        foreach (string line in lines)
        {
            writer.Line(line.Length == 0 ? "///" : "/// " + line);
        }

        writer.Line($"/// </{tag}>");
    }

    /// <summary>
    /// Writes the page's notes as paragraphs inside an element the caller opened (<c>&lt;remarks&gt;</c>):
    /// <c>&lt;para&gt;&lt;b&gt;Atenção:&lt;/b&gt; ...&lt;/para&gt;</c>, the title (or the kind) escaped like the text.
    /// </summary>
    /// <param name="prefix">Generator text before the heading, such as <c>HTTP 405 — </c> (no spec text).</param>
    public static void NoteParagraphs(SourceWriter writer, EquatableArray<PageNote> notes, string prefix = "")
    {
        foreach (PageNote note in notes)
        {
            IReadOnlyList<string> lines = CSharpText.DocLines(note.Text);
            string first = $"<para>{prefix}<b>{NoteHeading(note)}:</b>";
            if (lines.Count <= 1)
            {
                writer.Line($"/// {first} {(lines.Count == 1 ? lines[0] : string.Empty)}</para>");
                continue;
            }

            writer.Line($"/// {first} {lines[0]}");
            for (int i = 1; i < lines.Count; i++)
            {
                writer.Line(lines[i].Length == 0 ? "///" : "/// " + lines[i]);
            }

            writer.Line("/// </para>");
        }
    }

    /// <summary>
    /// <c>&lt;remarks&gt;</c> holding <paramref name="xml"/> (generator text), after the page's notes as
    /// paragraphs when there are any.
    /// </summary>
    public static void RemarksWithNotes(SourceWriter writer, EquatableArray<PageNote> notes, string xml)
    {
        if (notes.IsEmpty)
        {
            Raw(writer, $"<remarks>{xml}</remarks>");
            return;
        }

        Raw(writer, "<remarks>");
        NoteParagraphs(writer, notes);
        Raw(writer, $"<para>{xml}</para>");
        Raw(writer, "</remarks>");
    }

    /// <summary>The notes on one line, for a <c>&lt;param&gt;</c>: <c> &lt;b&gt;Dica:&lt;/b&gt; ...</c> each.</summary>
    public static string InlineNotes(EquatableArray<PageNote> notes)
    {
        var text = new System.Text.StringBuilder();
        foreach (PageNote note in notes)
        {
            text.Append(" <b>").Append(NoteHeading(note)).Append(":</b> ").Append(CSharpText.DocInline(note.Text));
        }

        return text.ToString();
    }

    /// <summary>A note's title without its trailing colon (<c>Dica:</c>), or its kind; escaped.</summary>
    private static string NoteHeading(PageNote note) => CSharpText.DocInline((note.Title ?? char.ToUpperInvariant(note.Kind[0]) + note.Kind.Substring(1)).TrimEnd(':', ' '));

    /// <summary>Writes a line of doc XML the generator built itself (no spec text in it unescaped).</summary>
    public static void Raw(SourceWriter writer, string xml) => writer.Line("/// " + xml);
}
