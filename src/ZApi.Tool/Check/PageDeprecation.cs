using System;
using System.IO;
using System.Linq;
using ZApi.Tool.Docs;

namespace ZApi.Tool.Check;

/// <summary>A page's notice that its endpoint is deprecated: the line of its box, and its title.</summary>
internal sealed record DeprecationNotice(int Line, string Title);

/// <summary>
/// Whether a page marks its endpoint deprecated: a Docusaurus box (<c>:::danger</c>,
/// <c>:::warning</c>, <c>:::caution</c>, <c>:::info</c>, <c>:::note</c>) whose title or first line says
/// obsoleto, descontinuado (or em descontinuação) or deprecated. A word in an attribute's row
/// (a deprecated member) is not the endpoint's.
/// </summary>
internal static class PageDeprecation
{
    private static readonly string[] Words = { "obsolet", "descontinua", "deprecat" };

    public static DeprecationNotice? Find(string pagePath)
    {
        string[] lines = File.ReadAllLines(pagePath);
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (!line.StartsWith(":::", StringComparison.Ordinal) || line.Length == 3)
            {
                continue;
            }

            string title = string.Join(' ', line.Substring(3).Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)); // past the kind (danger, warning ...)
            string first = i + 1 < lines.Length ? lines[i + 1] : string.Empty;
            if (Says(title, first))
            {
                return new DeprecationNotice(i + 1, title);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a box's title or first line says the endpoint is deprecated: such a box is the
    /// deprecation notice (the spec's <c>deprecated</c>), compared as that and not again as a note.
    /// </summary>
    public static bool Says(string? title, string text)
    {
        string first = text.Split('\n').FirstOrDefault(l => l.Trim().Length > 0) ?? string.Empty;
        string said = Text.Fold((title ?? string.Empty) + " " + first).ToLowerInvariant();
        return Words.Any(w => said.Contains(w, StringComparison.Ordinal));
    }
}
