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
    /// <summary><c>sessionName</c> → <c>SessionName</c>; <c>create-instance</c> → <c>CreateInstance</c>.</summary>
    public static string ToPascalCase(string name)
    {
        var builder = new StringBuilder(name.Length);
        bool upperNext = true;
        foreach (char c in name)
        {
            if (!IsIdentifierPart(c))
            {
                upperNext = true;
                continue;
            }

            builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

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
