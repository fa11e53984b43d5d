using System.Text.RegularExpressions;

namespace ZApi.Tool.Docs;

/// <summary>Markdown text as a spec keeps it: the page's words, without its markup.</summary>
internal static class Text
{
    private static readonly Regex Image = new(@"!\[[^\]]*\]\([^)]*\)", RegexOptions.Compiled);
    private static readonly Regex Link = new(@"\[([^\]]*)\]\([^)]*\)", RegexOptions.Compiled);
    private static readonly Regex ReferenceLink = new(@"\[([^\]]+)\]\[[^\]]*\]", RegexOptions.Compiled);
    private static readonly Regex Html = new(@"<[^>]+>", RegexOptions.Compiled);
    private static readonly Regex Spaces = new(@"[ \t]+", RegexOptions.Compiled);

    // Portuguese and Spanish letters with their base letter. A table rather than Unicode
    // decomposition, so folding gives the same answer in invariant globalization mode (containers).
    private const string Accented = "áàâãäåçéèêëíìîïñóòôõöúùûüýÿÁÀÂÃÄÅÇÉÈÊËÍÌÎÏÑÓÒÔÕÖÚÙÛÜÝ";
    private static readonly char[] AccentedLetters = Accented.ToCharArray();
    private const string Unaccented = "aaaaaaceeeeiiiinooooouuuuyyAAAAAACEEEEIIIINOOOOOUUUUY";

    /// <summary>Lower case without accents, for comparing headings and keywords: <c>Obrigatórios</c> → <c>obrigatorios</c>.</summary>
    public static string Fold(string text) => WithoutAccents(text).ToLowerInvariant().Trim();

    /// <summary>The text with its accents dropped, case kept: <c>coleção</c> → <c>colecao</c>.</summary>
    public static string WithoutAccents(string text)
    {
        if (text.IndexOfAny(AccentedLetters) < 0)
        {
            return text;
        }

        char[] letters = text.ToCharArray();
        for (int i = 0; i < letters.Length; i++)
        {
            int at = Accented.IndexOf(letters[i]);
            if (at >= 0)
            {
                letters[i] = Unaccented[at];
            }
        }

        return new string(letters);
    }

    /// <summary>
    /// The words of a cell or paragraph: images dropped, links reduced to their text, bold, italics,
    /// code spans and HTML tags removed (<c>&lt;br&gt;</c> becomes a space), whitespace collapsed.
    /// </summary>
    public static string Plain(string markdown)
    {
        string text = Image.Replace(markdown, string.Empty);
        text = Link.Replace(text, "$1");
        text = ReferenceLink.Replace(text, "$1");
        text = text.Replace("<br>", " ").Replace("<br/>", " ").Replace("<br />", " ");
        text = Html.Replace(text, string.Empty);
        text = text.Replace("**", string.Empty).Replace("__", string.Empty).Replace("`", string.Empty);
        text = text.Replace("&nbsp;", " ").Replace("&lt;", "<").Replace("&gt;", ">").Replace("&amp;", "&");
        return Spaces.Replace(text.Replace('\n', ' '), " ").Trim();
    }

    /// <summary>A name cell: the plain text, also without surrounding quotes or a leading '*' (<c>**phone**</c>, <c>`phone`</c>).</summary>
    public static string Name(string cell) => Plain(cell).Trim('"', '\'', '*', ' ').Trim();
}
