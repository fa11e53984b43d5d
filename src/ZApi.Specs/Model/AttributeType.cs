namespace ZApi.Specs.Model;

/// <summary>The kinds of type a spec may declare (the <c>type</c> key).</summary>
public enum AttributeType
{
    /// <summary><c>string</c>: a JSON string.</summary>
    String,

    /// <summary><c>boolean</c>: JSON <c>true</c> or <c>false</c> (read from <c>"true"</c>/<c>"false"</c> too).</summary>
    Boolean,

    /// <summary><c>integer</c>: a JSON number without fraction, 32-bit (read from a digit string too).</summary>
    Integer,

    /// <summary><c>long</c>: a JSON number without fraction, 64-bit (read from a digit string too).</summary>
    Long,

    /// <summary><c>number</c>: any JSON number (read from a numeric string too).</summary>
    Number,

    /// <summary><c>timestamp</c>: Unix epoch milliseconds, as a JSON number or a digit string.</summary>
    Timestamp,

    /// <summary><c>timestamp-seconds</c>: Unix epoch seconds, as a JSON number or a digit string.</summary>
    TimestampSeconds,

    /// <summary><c>date-time</c>: an ISO 8601 date and time in a JSON string.</summary>
    DateTime,

    /// <summary><c>json</c>: any JSON value the page does not describe, kept as it came.</summary>
    Json,

    /// <summary>A named type of the spec's <c>types</c> section: an object or an enum of strings.</summary>
    Named,

    /// <summary><c>array</c> with <c>items</c>: a JSON array.</summary>
    Array,

    /// <summary><c>map</c> with <c>values</c>: a JSON object whose member names are data (<c>{"0": "#FF9485"}</c>).</summary>
    Map,
}

/// <summary>Spellings of the scalar <see cref="AttributeType"/>s in spec files.</summary>
public static class AttributeTypeNames
{
    /// <summary>The built-in type names, in the order of <see cref="AttributeType"/>.</summary>
    public static readonly string[] Scalars = { "string", "boolean", "integer", "long", "number", "timestamp", "timestamp-seconds", "date-time", "json" };

    public const string ArrayName = "array";

    public const string MapName = "map";

    public static bool TryParseScalar(string text, out AttributeType type)
    {
        int index = System.Array.IndexOf(Scalars, text);
        type = index < 0 ? default : (AttributeType)index;
        return index >= 0;
    }

    /// <summary>A single value that can travel in a route or query string (every built-in type but <c>json</c>).</summary>
    public static bool IsScalar(this AttributeType type) => type <= AttributeType.DateTime;

    /// <summary>A point in time: <c>timestamp</c>, <c>timestamp-seconds</c> or <c>date-time</c>.</summary>
    public static bool IsTime(this AttributeType type) => type is AttributeType.Timestamp or AttributeType.TimestampSeconds or AttributeType.DateTime;

    /// <summary>Read from a JSON number (or a digit string): the types a <c>forever</c> sentinel applies to.</summary>
    public static bool IsEpoch(this AttributeType type) => type is AttributeType.Timestamp or AttributeType.TimestampSeconds;
}
