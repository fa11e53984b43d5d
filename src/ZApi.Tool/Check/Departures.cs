using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;
using ZApi.Specs.Writing;

namespace ZApi.Tool.Check;

/// <summary>
/// Departures pinned to what they depart from. A departure's <c>pin</c> is a hash of the page text
/// it answers (<see cref="PageFragments"/>). While the page says the same there, the departure
/// silences what it fixes; once the page changed there, it silences nothing by itself: the
/// differences it covers are reported as one line at the departure, which says it may be stale.
/// An unpinned departure silences its path as before; <c>zapi check --pin</c> pins them all.
/// </summary>
internal sealed class Departures
{
    private readonly Dictionary<Departure, (PageFragment Fragment, List<string> Messages)> _moved = new();

    /// <summary>A difference a departure covers; kept when the page changed under the departure.</summary>
    public void Silenced(Departure departure, PageFragment fragment, string message)
    {
        if (departure.Pin is null || departure.Pin == fragment.Pin)
        {
            return;
        }

        if (!_moved.TryGetValue(departure, out var moved))
        {
            _moved[departure] = moved = (fragment, new List<string>());
        }

        moved.Messages.Add(message);
    }

    /// <summary>One line per departure whose page text changed and that still covers differences (those silencing none are reported as such by the check).</summary>
    public IEnumerable<Drift> Stale(IEnumerable<Departure> departures, string specFile, string pageFile, Func<Departure, PageFragment> fragment)
    {
        foreach (Departure departure in departures.Where(_moved.ContainsKey))
        {
            (PageFragment now, List<string> messages) = _moved[departure];
            string shown = string.Join(" ", messages.Take(2)) + (messages.Count > 2 ? $" (and {messages.Count - 2} more)" : string.Empty);
            yield return new Drift(specFile, departure.Span.StartLine + 1, pageFile, now.Line, departure.At,
                $"the page changed where the departure at '{departure.At}' applies (pinned {departure.Pin}, now {now.Pin}): the departure may be stale. What differs there now: {shown} Update the spec or the departure's reason, then run 'zapi check --pin'.");
        }
    }

    /// <summary>A pinned departure that silences nothing: the page changed there and agrees now, or it never covered a difference.</summary>
    public static string Unused(Departure departure, PageFragment fragment) =>
        departure.Pin is not null && departure.Pin != fragment.Pin
            ? $"the page changed where the departure at '{departure.At}' applies (pinned {departure.Pin}, now {fragment.Pin}), and the page agrees with the spec there now: remove the departure."
            : $"the departure at '{departure.At}' silences no difference: the page agrees with the spec there now (or the path is not one check names); remove it.";

    /// <summary><c>zapi check --pin</c>: writes into each spec the pin of each departure (the page text it answers today).</summary>
    public static int PinAll(DirectoryInfo docs, DirectoryInfo specs, CheckOptions options)
    {
        var pins = new List<(string File, Departure Departure, string Pin)>();
        DriftCheck.Compare(docs, specs, options with { Pin = false }, pins);
        int written = 0;
        int files = 0;
        foreach (IGrouping<string, (string File, Departure Departure, string Pin)> spec in pins.GroupBy(p => p.File))
        {
            string text = File.ReadAllText(spec.Key);
            string pinned = DeparturePins.Write(text, spec.Select(p => (p.Departure, p.Pin)).ToList());
            if (pinned == text)
            {
                continue;
            }

            if (!SpecParser.Parse(spec.Key, pinned).IsClean && SpecParser.Parse(spec.Key, text).IsClean)
            {
                throw new InvalidOperationException($"{spec.Key}: writing the pins would break the spec; it is left as it was.");
            }

            File.WriteAllText(spec.Key, pinned);
            written += spec.Count(p => p.Departure.Pin != p.Pin);
            files++;
        }

        Console.Error.WriteLine($"zapi check --pin: {written} departure(s) pinned in {files} spec(s); {pins.Count - written} already pinned to the page as it is.");
        return Commands.ToolExit.Success;
    }
}
