using System;
using System.Collections.Generic;
using System.Linq;
using ZApi.Specs.Model;

namespace ZApi.Specs.Writing;

/// <summary>
/// Writes the <c>pin</c> of departures into a spec's text without rewriting the rest of the file
/// (its comments and layout are the author's): the places come from the parser's spans, a new pin
/// goes on the line after its departure's <c>at</c>, at the same indentation, and an existing pin's
/// value is replaced where it stands.
/// </summary>
public static class DeparturePins
{
    /// <param name="text">The spec file's text, as parsed.</param>
    /// <param name="pins">Each departure (as parsed from <paramref name="text"/>) and the pin to write.</param>
    public static string Write(string text, IReadOnlyList<(Departure Departure, string Pin)> pins)
    {
        var lines = text.Split('\n').ToList();

        // From the bottom up, so that the lines above keep their numbers.
        foreach ((Departure departure, string pin) in pins.OrderByDescending(p => p.Departure.Span.StartLine))
        {
            if (departure.Pin == pin)
            {
                continue;
            }

            if (departure.Pin is not null)
            {
                SourceSpan span = departure.PinSpan;
                string line = lines[span.StartLine];
                lines[span.StartLine] = line.Substring(0, span.StartColumn) + pin + line.Substring(Math.Min(line.Length, span.EndLine == span.StartLine ? span.EndColumn : line.TrimEnd('\r').Length));
                continue;
            }

            // The 'at' key's column: the value's, less "at: " (a departure is written '- at: value').
            string atLine = lines[departure.Span.StartLine];
            int keyColumn = atLine.LastIndexOf("at:", departure.Span.StartColumn, StringComparison.Ordinal);
            if (keyColumn < 0 || atLine.Substring(0, keyColumn).Trim().TrimStart('-').Trim().Length > 0)
            {
                continue; // a flow mapping ('- { at: x, reason: y }'): no line of its own to add
            }

            int indent = keyColumn;
            lines.Insert(departure.Span.StartLine + 1, new string(' ', indent) + "pin: " + pin + (atLine.EndsWith("\r", StringComparison.Ordinal) ? "\r" : string.Empty));
        }

        return string.Join("\n", lines);
    }
}
