using System;
using System.Collections.Generic;

namespace ZApi.Specs.Parsing;

/// <summary>
/// Suggests the known name closest to a misspelt one (edit distance), for "did you mean" messages of
/// the parser and for the contract harness's "renamed member" advice.
/// </summary>
public static class ClosestName
{
    /// <summary>Callers offer at most this many candidates: a suggestion is help, not a search.</summary>
    public const int MaxCandidates = 200;

    /// <summary>Names longer than this are not compared (the distance is quadratic in the lengths).</summary>
    private const int MaxCompared = 64;

    public static string? Find(string given, IEnumerable<string> known)
    {
        if (given.Length == 0 || given.Length > MaxCompared)
        {
            return null;
        }

        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in known)
        {
            if (given.Length >= 3 && candidate.StartsWith(given, StringComparison.OrdinalIgnoreCase))
            {
                return candidate; // "partner" → "partner-token"
            }
        }

        foreach (string candidate in known)
        {
            int distance = Distance(given.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // Beyond half the word, a suggestion is noise rather than help.
        return best is not null && bestDistance <= Math.Max(2, best.Length / 2) ? best : null;
    }

    /// <summary>The edit (Levenshtein) distance of two names, case as given; <see cref="int.MaxValue"/> for names too long to compare.</summary>
    public static int Distance(string a, string b)
    {
        if (a.Length > MaxCompared || b.Length > MaxCompared)
        {
            return int.MaxValue;
        }

        int[] previous = new int[b.Length + 1];
        int[] current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
