using System;
using System.Collections.Generic;
using ZApi.Specs.Json;

namespace ZApi.Tool.Import;

/// <summary>One repair made to a documented JSON example: what, and on which line of the example.</summary>
internal sealed record JsonFix(int ExampleLine, string What);

/// <summary>
/// Repairs documented JSON examples only where the fix is unambiguous: a comma missing between two
/// members or items, and a trailing comma. Anything else (single quotes, comments, placeholders) is
/// left as it is and reported: the importer does not guess.
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
