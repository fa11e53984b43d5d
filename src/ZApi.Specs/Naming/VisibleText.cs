using System.Globalization;

namespace ZApi.Specs.Naming;

/// <summary>
/// The one definition of the characters a reviewer cannot see, or that change how a line of code
/// reads: controls, format characters (bidirectional overrides, zero-width joiners), line and
/// paragraph separators, NEL, lone surrogates, private-use and unassigned code points, combining
/// joiners and variation selectors, and the "filler" letters that render as nothing (U+3164 and
/// its kin). The generator escapes them in literals, drops them from comments, and the spec reader
/// refuses them in every name that becomes a C# identifier.
/// </summary>
public static class VisibleText
{
    /// <summary>Whether <paramref name="c"/> is invisible or line-breaking (see the class summary).</summary>
    public static bool IsInvisible(char c)
    {
        switch (char.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
                return true;
        }

        return c switch
        {
            '\u0085' => true, // NEL: C# ends a line there
            '\u034F' => true, // combining grapheme joiner
            '\u115F' or '\u1160' or '\u3164' or '\uFFA0' => true, // Hangul fillers: letters that render as nothing
            '\u17B4' or '\u17B5' => true, // Khmer inherent vowels, invisible
            >= '\u180B' and <= '\u180F' => true, // Mongolian variation selectors and vowel separator
            >= '\uFE00' and <= '\uFE0F' => true, // variation selectors
            '\u2800' => true, // braille pattern blank
            _ => false,
        };
    }

    /// <summary>A space other than U+0020: it reads as a space but is another character.</summary>
    public static bool IsUnusualSpace(char c) => c != ' ' && char.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator;

    /// <summary>The index of the first character of <paramref name="text"/> a name may not hold (invisible, or a space other than U+0020), or -1.</summary>
    public static int FirstHiddenInName(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (IsInvisible(text[i]) || IsUnusualSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The text with every invisible character written as <c>\uXXXX</c>: for messages that quote spec text.</summary>
    public static string EscapeHidden(string text)
    {
        int first = 0;
        while (first < text.Length && !IsInvisible(text[first]))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length + 16);
        builder.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (IsInvisible(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary><c>U+200B</c>: how a message names a character without printing it.</summary>
    public static string Describe(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
}
