using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using ZApi.Tool.Docs;

namespace ZApi.Tool.Check;

/// <summary>The text of a page a departure answers, and where it starts.</summary>
internal sealed record PageFragment(string Text, int Line)
{
    /// <summary>The pin written into the departure: a short hash of the text, its runs of blanks as one space.</summary>
    public string Pin => "sha256:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(Text)))).Substring(0, 12).ToLowerInvariant();

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>
/// What part of a page a departure answers, found from what it names: the table row of an
/// attribute, the code block of an example, the section of a status (with its tables and
/// examples), the method line of a route; a part the page does not locate (a response the page
/// never describes) is the whole page. A departure is pinned to a hash of that text, so a later
/// change there is reported instead of silenced for good.
/// </summary>
internal static class PageFragments
{
    /// <summary>The fragment of an endpoint page a departure at <paramref name="at"/> answers.</summary>
    public static PageFragment Endpoint(string pagePath, IReadOnlyDictionary<string, int> pageLines, string at)
    {
        string[] lines = File.ReadAllLines(pagePath);
        string key = at is "method" or "credentials" ? "route" : at;
        foreach (string? start in new[] { key, key.StartsWith("request.path.", StringComparison.Ordinal) ? "route" : null })
        {
            if (start is null)
            {
                continue;
            }

            // A path parameter no table row describes is a placeholder of the route: the route's line.
            PageFragment? found = Find(lines, pageLines, start, stopAt: key.StartsWith("request.path.", StringComparison.Ordinal) ? "request.path" : null);
            if (found is not null)
            {
                return found;
            }
        }

        return new PageFragment(string.Join("\n", lines), 1);
    }

    private static PageFragment? Find(string[] lines, IReadOnlyDictionary<string, int> pageLines, string key, string? stopAt)
    {
        for (string? path = key; path is not null && path != stopAt; path = Parent(path))
        {
            string here = path;
            List<int> starts = pageLines.Where(p => p.Key == here || p.Key.StartsWith(here + ".", StringComparison.Ordinal) || p.Key.StartsWith(here + "#", StringComparison.Ordinal))
                .Select(p => p.Value).Where(l => l >= 1 && l <= lines.Length).Distinct().OrderBy(l => l).ToList();
            if (starts.Count > 0)
            {
                // Blocks that one of them already holds (a row of a status section) are not repeated.
                var text = new StringBuilder();
                int covered = 0;
                foreach (int start in starts.Where(s => s > covered))
                {
                    (string block, int end) = Block(lines, start);
                    text.AppendLine(block);
                    covered = end;
                }

                return new PageFragment(text.ToString(), starts[0]);
            }
        }

        return null;
    }

    /// <summary>The fragment of a webhook page a departure of an event spec answers: its payloads (<c>event.example</c>), or the rows of a member.</summary>
    public static PageFragment Webhook(WebhookPage page, string at)
    {
        if (at is "event.example" or "event.examples" && page.Payloads.Count > 0)
        {
            return new PageFragment(string.Join("\n", page.Payloads.Select(p => p.Code)), page.Payloads[0].Line);
        }

        if (at.StartsWith("event.", StringComparison.Ordinal))
        {
            string member = at.Substring("event.".Length);
            List<AttributeRow> rows = page.Attributes.Where(r => Name(r) == member || Name(r).StartsWith(member + ".", StringComparison.Ordinal)).ToList();
            if (rows.Count > 0)
            {
                return new PageFragment(string.Join("\n", rows.Select(r => $"{r.Name} | {r.Type} | {r.Description}")), rows[0].Line);
            }
        }

        return new PageFragment(File.ReadAllText(page.Path), 1);
    }

    private static string Name(AttributeRow row) => string.Join('.', row.Name.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Replace("[]", string.Empty).Trim()));

    private static string? Parent(string path)
    {
        int dot = path.LastIndexOf('.');
        return dot < 0 ? null : path.Substring(0, dot);
    }

    /// <summary>The block at a 1-based line: a table row, a code block (from its first line of content or its fence), a heading's section, or the line; and its last line.</summary>
    private static (string Text, int End) Block(string[] lines, int line)
    {
        string first = lines[line - 1].Trim();
        if (first.StartsWith('|'))
        {
            return (lines[line - 1], line);
        }

        bool opensFence = first.StartsWith("```", StringComparison.Ordinal);
        bool insideFence = line >= 2 && lines[line - 2].Trim().StartsWith("```", StringComparison.Ordinal) && !opensFence;
        if (opensFence || insideFence)
        {
            int start = opensFence ? line + 1 : line;
            int end = start;
            while (end <= lines.Length && !lines[end - 1].Trim().StartsWith("```", StringComparison.Ordinal))
            {
                end++;
            }

            return (string.Join("\n", lines.Skip(start - 1).Take(end - start)), end);
        }

        int level = first.TakeWhile(c => c == '#').Count();
        if (level > 0)
        {
            int end = line + 1;
            bool fenced = false;
            while (end <= lines.Length)
            {
                string next = lines[end - 1].Trim();
                fenced ^= next.StartsWith("```", StringComparison.Ordinal);
                int nextLevel = next.TakeWhile(c => c == '#').Count();
                if (!fenced && nextLevel > 0 && nextLevel <= level && next.Length > nextLevel && next[nextLevel] == ' ')
                {
                    break;
                }

                end++;
            }

            return (string.Join("\n", lines.Skip(line - 1).Take(end - line)), end - 1);
        }

        return (lines[line - 1], line);
    }
}
