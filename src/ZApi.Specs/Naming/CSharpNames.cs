using System.Globalization;
using System.Text;

namespace ZApi.Specs.Naming;

/// <summary>
/// Turns documented names (<c>sessionName</c>, <c>create-instance</c>, <c>session_name</c>) into
/// C# identifiers. The result holds only letters, digits and underscores, so it is always a valid
/// identifier that cannot carry code; it never equals a C# keyword because it starts upper-case
/// or with an underscore.
/// </summary>
public static class CSharpNames
{
    /// <summary>
    /// <c>sessionName</c> → <c>SessionName</c>; <c>create-instance</c> → <c>CreateInstance</c>; words in
    /// capitals become .NET style: <c>READ_BY_ME</c> → <c>ReadByMe</c>, <c>URL</c> → <c>Url</c>.
    /// </summary>
    public static string ToPascalCase(string name)
    {
        var builder = new StringBuilder(name.Length);
        int wordStart = 0;
        bool upperNext = true;
        foreach (char c in name)
        {
            if (!IsIdentifierPart(c))
            {
                LowerCapitalWord(builder, wordStart);
                wordStart = builder.Length;
                upperNext = true;
                continue;
            }

            builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        LowerCapitalWord(builder, wordStart);
        if (builder.Length == 0)
        {
            return "_";
        }

        if (!IsIdentifierStart(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    /// <summary>A word written all in capitals (two letters or more) keeps its first letter only: <c>SENT</c> → <c>Sent</c>.</summary>
    private static void LowerCapitalWord(StringBuilder builder, int start)
    {
        int letters = 0;
        for (int i = start; i < builder.Length; i++)
        {
            char c = builder[i];
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return;
                }

                letters++;
            }
        }

        if (letters < 2)
        {
            return;
        }

        for (int i = start + 1; i < builder.Length; i++)
        {
            builder[i] = char.ToLowerInvariant(builder[i]);
        }
    }

    /// <summary><c>sessionName</c> → <c>sessionName</c>; <c>create-instance</c> → <c>createInstance</c>; keywords, contextual ones too, get an <c>@</c>.</summary>
    public static string ToCamelCase(string name)
    {
        string pascal = ToPascalCase(name);
        if (pascal[0] == '_')
        {
            return pascal;
        }

        string camel = char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        return CSharpKeywords.IsKeyword(camel) || CSharpKeywords.IsContextualKeyword(camel) ? "@" + camel : camel;
    }

    private static bool IsIdentifierStart(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber => true,
        _ => c == '_',
    };

    private static bool IsIdentifierPart(char c) =>
        (c < 128 && (char.IsLetterOrDigit(c)))
        || (c >= 128 && (IsIdentifierStart(c) || char.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber));
}
