using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ZApi.Specs.Naming;

namespace ZApi.Generator.Emitting;

/// <summary>
/// The only way spec text enters generated code. In string literals, quotes, backslashes, line
/// terminators and every invisible character (controls, bidirectional overrides, separators) come
/// out as escapes, so no spec text can end a literal or a line, nor hide code (Trojan Source);
/// letters such as Portuguese accents stay readable. Doc comments are XML-escaped, split on every
/// C# line terminator and stripped of invisible characters, so no spec text can leave the comment.
/// </summary>
internal static class CSharpText
{
    /// <summary>A C# string literal holding exactly <paramref name="value"/>.</summary>
    public static string Literal(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (IsInvisible(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A UTF-8 literal (<c>"name"u8</c>) holding exactly <paramref name="value"/>.</summary>
    public static string Utf8Literal(string value) => Literal(value) + "u8";

    /// <summary>The lines of a doc comment body, XML-escaped; empty lines dropped at both ends.</summary>
    public static IReadOnlyList<string> DocLines(string text)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (IsLineTerminator(c))
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                lines.Add(current.ToString().TrimEnd());
                current.Clear();
                continue;
            }

            switch (c)
            {
                case '&': current.Append("&amp;"); break;
                case '<': current.Append("&lt;"); break;
                case '>': current.Append("&gt;"); break;
                default:
                    // Invisible characters have no place in a comment; drop them.
                    if (!IsInvisible(c))
                    {
                        current.Append(c);
                    }

                    break;
            }
        }

        lines.Add(current.ToString().TrimEnd());
        while (lines.Count > 0 && lines[lines.Count - 1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        while (lines.Count > 0 && lines[0].Length == 0)
        {
            lines.RemoveAt(0);
        }

        return lines;
    }

    /// <summary>One line of doc text (line breaks folded to spaces), XML-escaped.</summary>
    public static string DocInline(string text) => string.Join(" ", DocLines(text));

    /// <summary>Text for a <c>//</c> comment: line terminators and control characters become spaces.</summary>
    public static string CommentText(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(IsInvisible(c) || IsLineTerminator(c) ? ' ' : c);
        }

        return builder.ToString();
    }

    /// <summary>Characters a reader cannot see or that change how a line reads (<see cref="VisibleText.IsInvisible"/>).</summary>
    public static bool IsInvisible(char c) => VisibleText.IsInvisible(c);

    /// <summary>The characters C# ends a line at (a <c>//</c> comment ends there too).</summary>
    public static bool IsLineTerminator(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';
}
