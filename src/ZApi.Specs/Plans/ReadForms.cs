using System;
using System.Collections.Generic;
using ZApi.Specs.Json;
using ZApi.Specs.Model;

namespace ZApi.Specs.Plans;

/// <summary>One JSON form a declared type is read from: the JSON kind, and what its text must be.</summary>
/// <param name="Kind">The JSON kind of the value.</param>
/// <param name="Says">The form in words, for messages and documentation.</param>
/// <param name="Text">Whether the decoded text of the value (a string's characters, a number as written) is of this form; every value of the kind when null.</param>
/// <param name="Unescaped">The form reads only when the JSON string holds no escape sequence (the runtime parses the raw bytes).</param>
public sealed record ReadForm(JsonKind Kind, string Says, Func<string, bool>? Text = null, bool Unescaped = false)
{
    /// <summary>Whether a value of <paramref name="kind"/> with <paramref name="text"/> (null for literals) is of this form.</summary>
    public bool Accepts(JsonKind kind, string? text, bool escaped) =>
        kind == Kind && (Text is null || (text is not null && Text(text))) && !(Unescaped && escaped);
}

/// <summary>
/// The forms the generated client reads an answer from, for each declared type: the one rule the
/// example validator and the recorded-traffic advisor apply, so an example or a recording is called
/// wrong exactly when the client would refuse it. The client's readers (<c>Runtime/ZApiJson</c>, plain
/// BCL code in the user's assembly) cannot call this; a client test runs every form here, and the
/// forms beside them, through those readers and fails on any difference.
/// </summary>
/// <remarks>
/// JSON <c>null</c> is no form of any type: it reads as "absent", which only an optional member may be.
/// Booleans read from <c>"true"</c>/<c>"false"</c> but not from <c>"0"</c>/<c>"1"</c>: the client refuses those.
/// </remarks>
public static class ReadForms
{
    private static readonly ReadForm AnyString = new(JsonKind.String, "a string");

    private static readonly IReadOnlyList<ReadForm>[] Scalars =
    {
        // String: a member documented as text that drifts to a number is read as the number's text.
        new[] { AnyString, new ReadForm(JsonKind.Number, "a number, read as its text") },
        new[]
        {
            new ReadForm(JsonKind.True, "true"),
            new ReadForm(JsonKind.False, "false"),
            new ReadForm(JsonKind.String, "the string \"true\" or \"false\"", text => text is "true" or "false"),
        },
        Whole("a 32-bit integer", int.MinValue, int.MaxValue),
        Whole("a 64-bit integer", long.MinValue, long.MaxValue),
        new[]
        {
            new ReadForm(JsonKind.Number, "a number"),
            new ReadForm(JsonKind.String, "a string holding a number (NaN and Infinity included)", IsNumberText, Unescaped: true),
        },
        Whole("epoch milliseconds", ParameterValues.MinMilliseconds, ParameterValues.MaxMilliseconds),
        Whole("epoch seconds", ParameterValues.MinMilliseconds / 1000, ParameterValues.MaxMilliseconds / 1000),
        new[] { new ReadForm(JsonKind.String, "an ISO 8601 date and time (yyyy-MM-dd, then optionally THH:mm, :ss, .fraction, Z or ±HH[:mm])", IsoDateTime.IsValid) },
        new[]
        {
            new ReadForm(JsonKind.Object, "any JSON"), new ReadForm(JsonKind.Array, "any JSON"), new ReadForm(JsonKind.String, "any JSON"),
            new ReadForm(JsonKind.Number, "any JSON"), new ReadForm(JsonKind.True, "any JSON"), new ReadForm(JsonKind.False, "any JSON"),
        },
    };

    private static readonly IReadOnlyList<ReadForm> ObjectForms = new[] { new ReadForm(JsonKind.Object, "an object") };
    private static readonly IReadOnlyList<ReadForm> ArrayForms = new[] { new ReadForm(JsonKind.Array, "an array") };
    private static readonly IReadOnlyList<ReadForm> MapForms = new[] { new ReadForm(JsonKind.Object, "an object of named values") };
    private static readonly IReadOnlyList<ReadForm> EnumForms = new[] { new ReadForm(JsonKind.String, "a string among the enum's values (any string when it is open)") };

    /// <summary>
    /// The forms <paramref name="type"/> reads from. <see cref="AttributeType.Named"/> stands for an
    /// object type here (see <see cref="Enum"/>); an array's or a map's items read by their own type.
    /// </summary>
    public static IReadOnlyList<ReadForm> Of(AttributeType type) => type switch
    {
        AttributeType.Named => ObjectForms,
        AttributeType.Array => ArrayForms,
        AttributeType.Map => MapForms,
        _ => Scalars[(int)type],
    };

    /// <summary>The forms of an enum type: a string; whether its value is listed is the enum's own rule.</summary>
    public static IReadOnlyList<ReadForm> Enum => EnumForms;

    /// <summary>
    /// Whether the client reads a JSON value of <paramref name="kind"/> with <paramref name="text"/> (a
    /// string's decoded characters or a number as written; null for other kinds) as <paramref name="type"/>.
    /// <paramref name="escaped"/>: the string was written with escape sequences (callers that cannot tell pass false).
    /// </summary>
    public static bool Reads(AttributeType type, JsonKind kind, string? text, bool escaped = false)
    {
        foreach (ReadForm form in Of(type))
        {
            if (form.Accepts(kind, text, escaped))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><see cref="Reads(AttributeType, JsonKind, string?, bool)"/> for a parsed example value.</summary>
    public static bool Reads(AttributeType type, JsonValue value) => Reads(type, value.Kind, value.Text);

    /// <summary>A whole number in [min, max]: a JSON number without fraction or exponent, or a string of digits with an optional sign.</summary>
    private static IReadOnlyList<ReadForm> Whole(string what, long min, long max) => new[]
    {
        new ReadForm(JsonKind.Number, what, text => InRange(text, signed: false, min, max)),
        new ReadForm(JsonKind.String, "a string of digits holding " + what, text => InRange(text, signed: true, min, max), Unescaped: true),
    };

    /// <summary>Digits with a leading '-' (and '+' when <paramref name="signed"/>: JSON numbers have none), within [min, max].</summary>
    private static bool InRange(string text, bool signed, long min, long max)
    {
        int start = text.Length > 0 && (text[0] == '-' || (signed && text[0] == '+')) ? 1 : 0;
        if (start == text.Length)
        {
            return false;
        }

        for (int i = start; i < text.Length; i++)
        {
            if (text[i] < '0' || text[i] > '9')
            {
                return false;
            }
        }

        return long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out long value)
            && value >= min && value <= max;
    }

    /// <summary>A number as the client reads it from a string: a decimal, or NaN / Infinity in any case with an optional sign.</summary>
    private static bool IsNumberText(string text)
    {
        string unsigned = text.Length > 0 && (text[0] == '-' || text[0] == '+') ? text.Substring(1) : text;
        return DecimalText.IsDecimal(text)
            || string.Equals(unsigned, "NaN", StringComparison.OrdinalIgnoreCase)
            || string.Equals(unsigned, "Infinity", StringComparison.OrdinalIgnoreCase);
    }
}
