namespace ZApi.Specs.Naming;

/// <summary>The shape of ids, client groups and page ids: lower-case words joined by '-'.</summary>
public static class SpecIds
{
    /// <summary><c>send-text</c>, <c>create-instance</c>: at most <see cref="Parsing.SpecLimits.MaxIdLength"/> characters.</summary>
    public static bool IsKebabCase(string value)
    {
        if (value.Length == 0 || value.Length > Parsing.SpecLimits.MaxIdLength || value[0] < 'a' || value[0] > 'z' || value[value.Length - 1] == '-')
        {
            return false;
        }

        char previous = ' ';
        foreach (char c in value)
        {
            bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && previous != '-');
            if (!ok)
            {
                return false;
            }

            previous = c;
        }

        return true;
    }
}
