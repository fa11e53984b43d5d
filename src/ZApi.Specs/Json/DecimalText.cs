namespace ZApi.Specs.Json;

/// <summary>
/// A decimal number written as text: <c>[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?</c>. The
/// same grammar is YAML 1.2's core float (how a spec's plain scalar becomes a JSON number) and the
/// number string the client reads (<c>Utf8Parser</c>'s default format), so it is written once.
/// </summary>
internal static class DecimalText
{
    public static bool IsDecimal(string text)
    {
        int i = text.Length > 0 && (text[0] == '-' || text[0] == '+') ? 1 : 0;
        int digits = Digits(text, ref i);
        if (i < text.Length && text[i] == '.')
        {
            i++;
            digits += Digits(text, ref i);
        }

        if (digits == 0)
        {
            return false;
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            i++;
            if (i < text.Length && (text[i] == '-' || text[i] == '+'))
            {
                i++;
            }

            if (Digits(text, ref i) == 0)
            {
                return false;
            }
        }

        return i == text.Length;
    }

    private static int Digits(string text, ref int i)
    {
        int start = i;
        while (i < text.Length && text[i] >= '0' && text[i] <= '9')
        {
            i++;
        }

        return i - start;
    }
}
