using System.Collections.Generic;

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

    /// <summary>Writes a line of doc XML the generator built itself (no spec text in it unescaped).</summary>
    public static void Raw(SourceWriter writer, string xml) => writer.Line("/// " + xml);
}
