using System;

namespace ZApi.Specs.Plans;

/// <summary>
/// The ISO 8601 profile the client reads a <c>date-time</c> from (System.Text.Json's
/// <c>Utf8JsonReader.TryGetDateTimeOffset</c>, which the runtime calls), written out because this
/// assembly targets netstandard2.0 without System.Text.Json: <c>yyyy-MM-dd</c>, then optionally
/// <c>THH:mm</c>, <c>:ss</c>, <c>.</c> and up to 16 fraction digits, and <c>Z</c> or <c>±HH</c> / <c>±HH:mm</c>.
/// A lower-case <c>t</c>, a space for the <c>T</c> or an offset without its colon does not read.
/// </summary>
internal static class IsoDateTime
{
    public static bool IsValid(string text)
    {
        if (text.Length < 10 || text.Length > 42
            || !Number(text, 0, 4, out int year) || text[4] != '-' || !Number(text, 5, 2, out int month) || text[7] != '-' || !Number(text, 8, 2, out int day)
            || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year == 0 ? 1 : year, month) || year == 0)
        {
            return false;
        }

        if (text.Length == 10)
        {
            return true;
        }

        if (text.Length < 16 || text[10] != 'T' || !Number(text, 11, 2, out int hour) || text[13] != ':' || !Number(text, 14, 2, out int minute) || hour > 23 || minute > 59)
        {
            return false;
        }

        int seconds = 0;
        int i = 16;
        if (i < text.Length && text[i] == ':')
        {
            if (!Number(text, 17, 2, out seconds) || seconds > 59)
            {
                return false;
            }

            i = 19;
            if (i < text.Length && text[i] == '.')
            {
                if (i + 1 == text.Length)
                {
                    return false; // a point with nothing after it (".Z", oddly, reads)
                }

                int end = Math.Min(i + 17, text.Length);
                for (i++; i < end && text[i] >= '0' && text[i] <= '9'; i++)
                {
                }
            }
        }

        var local = new DateTime(year, month, day, hour, minute, seconds, DateTimeKind.Unspecified);
        return i == text.Length || Offset(text, i, local);
    }

    /// <summary>Z, or ±HH / ±HH:mm within ±14:00, with the moment inside the range of a <see cref="DateTimeOffset"/>.</summary>
    private static bool Offset(string text, int i, DateTime local)
    {
        if (text[i] == 'Z')
        {
            return i + 1 == text.Length;
        }

        if ((text[i] != '+' && text[i] != '-') || !Number(text, i + 1, 2, out int hours))
        {
            return false;
        }

        int minutes = 0;
        int rest = text.Length - (i + 3);
        if (rest != 0 && (rest != 3 || text[i + 3] != ':' || !Number(text, i + 4, 2, out minutes) || minutes > 59))
        {
            return false;
        }

        var offset = new TimeSpan(hours, minutes, 0);
        if (offset > TimeSpan.FromHours(14))
        {
            return false;
        }

        long utcTicks = local.Ticks - (text[i] == '-' ? -offset.Ticks : offset.Ticks);
        return utcTicks >= DateTime.MinValue.Ticks && utcTicks <= DateTime.MaxValue.Ticks;
    }

    private static bool Number(string text, int start, int length, out int value)
    {
        value = 0;
        if (start + length > text.Length)
        {
            return false;
        }

        for (int i = start; i < start + length; i++)
        {
            if (text[i] < '0' || text[i] > '9')
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }
}
