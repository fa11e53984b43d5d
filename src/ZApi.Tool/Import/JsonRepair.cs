using System;
using System.Collections.Generic;
using System.Linq;
using ZApi.Specs.Json;

namespace ZApi.Tool.Import;

/// <summary>One repair made to a documented JSON example: what, and on which line of the example.</summary>
internal sealed record JsonFix(int ExampleLine, string What);

/// <summary>
/// Repairs documented JSON examples only where the fix is unambiguous: a comma missing between two
/// members or items, and a trailing comma. Anything else (single quotes, comments, placeholders) is
/// left as it is and reported: the importer does not guess. A block that holds several values one
/// after the other is split into them (<see cref="Values"/>), for the importer and for <c>zapi check</c>
/// alike: both see a page's examples the same way.
/// </summary>
internal static class JsonRepair
{
    private const int MaxFixes = 100;

    /// <summary>The repaired text and its fixes; <c>Error</c> is why it still is not JSON, or null.</summary>
    public static (string Text, IReadOnlyList<JsonFix> Fixes, string? Error) Repair(string json)
    {
        var fixes = new List<JsonFix>();
        string text = json;
        for (int attempt = 0; attempt <= MaxFixes; attempt++)
        {
            try
            {
                JsonTextParser.Parse(text);
                return (text, fixes, null);
            }
            catch (JsonSyntaxException exception)
            {
                int offset = Offset(text, exception.Position);
                if (exception.Reason.StartsWith("a ',' is missing", StringComparison.Ordinal) && offset >= 0)
                {
                    text = text.Insert(offset, ",");
                    fixes.Add(new JsonFix(exception.Position.Line, "added the missing ',' " + exception.Reason.Substring("a ',' is missing ".Length)));
                    continue;
                }

                if (exception.Reason.StartsWith("a trailing ','", StringComparison.Ordinal) && offset >= 0 && offset < text.Length && text[offset] == ',')
                {
                    text = text.Remove(offset, 1);
                    fixes.Add(new JsonFix(exception.Position.Line, "removed a trailing ','"));
                    continue;
                }

                return (json, Array.Empty<JsonFix>(), $"{exception.Reason} (line {exception.Position.Line + 1} of the example)");
            }
        }

        return (json, Array.Empty<JsonFix>(), "too many errors to repair");
    }

    /// <summary>
    /// The JSON values of a page's block, as the importer makes examples of it: the block repaired
    /// where that is unambiguous, or, when it holds several values one after the other, each value
    /// repaired. <c>Line</c> is the value's first line within <paramref name="code"/> (0-based);
    /// <c>Error</c> is why the block is still not JSON (and <c>Values</c> is empty), or null.
    /// </summary>
    public static (IReadOnlyList<(string Json, int Line)> Values, string? Error) Values(string code)
    {
        string trimmed = code.Trim() + "\n";
        int leading = code.Substring(0, code.Length - code.TrimStart().Length).Count(c => c == '\n');
        (string text, _, string? error) = Repair(trimmed);
        if (error is null)
        {
            return (new[] { (text, leading) }, null);
        }

        List<(string Json, int Line)>? parts = SplitValues(trimmed);
        return parts is null ? (Array.Empty<(string, int)>(), error) : (parts.Select(p => (p.Json, p.Line + leading)).ToList(), null);
    }

    /// <summary>The JSON values of a block that holds several, with any lines of text between them (each repaired, with its first line in the block), or null.</summary>
    public static List<(string Json, int Line)>? SplitValues(string code)
    {
        var parts = new List<(string Json, int Line)>();
        var current = new List<string>();
        int depth = 0;
        bool inString = false;
        int number = -1;
        int first = 0;
        foreach (string line in code.Split('\n'))
        {
            number++;
            if (depth == 0 && current.Count == 0 && !line.TrimStart().StartsWith("{", StringComparison.Ordinal) && !line.TrimStart().StartsWith("[", StringComparison.Ordinal))
            {
                continue; // text between values
            }

            if (current.Count == 0)
            {
                first = number;
            }

            current.Add(line);
            for (int i = 0; i < line.Length; i++)
            {
                char c = line[i];
                if (inString)
                {
                    if (c == '\\')
                    {
                        i++;
                    }
                    else if (c == '"')
                    {
                        inString = false;
                    }

                    continue;
                }

                if (c == '"')
                {
                    inString = true;
                }
                else if (c is '{' or '[')
                {
                    depth++;
                }
                else if (c is '}' or ']')
                {
                    depth--;
                }
            }

            if (depth == 0 && current.Count > 0)
            {
                string value = string.Join("\n", current).Trim() + "\n";
                (string repaired, _, string? error) = Repair(value);
                if (error is not null)
                {
                    return null;
                }

                parts.Add((repaired, first));
                current.Clear();
            }
        }

        return parts.Count > 1 && current.Count == 0 ? parts : null;
    }

    private static int Offset(string text, JsonPosition position)
    {
        int line = 0;
        int index = 0;
        while (line < position.Line && index < text.Length)
        {
            if (text[index] == '\n')
            {
                line++;
            }

            index++;
        }

        int offset = index + position.Column;
        return offset <= text.Length ? offset : -1;
    }
}
