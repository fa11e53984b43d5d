namespace ZApi.Specs.Model;

/// <summary>The kinds of type a spec may declare (the <c>type</c> key).</summary>
public enum AttributeType
{
    /// <summary><c>string</c>: a JSON string.</summary>
    String,

    /// <summary><c>boolean</c>: JSON <c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary><c>integer</c>: a JSON number without fraction (32-bit).</summary>
    Integer,

    /// <summary><c>number</c>: any JSON number.</summary>
    Number,

    /// <summary><c>timestamp</c>: Unix epoch milliseconds, as a JSON number or a digit string.</summary>
    Timestamp,

    /// <summary>A named type of the spec's <c>types</c> section: an object or an enum of strings.</summary>
    Named,

    /// <summary><c>array</c> with <c>items</c>: a JSON array.</summary>
    Array,
}

/// <summary>Spellings of the scalar <see cref="AttributeType"/>s in spec files.</summary>
public static class AttributeTypeNames
{
    public static readonly string[] Scalars = { "string", "boolean", "integer", "number", "timestamp" };

    public const string ArrayName = "array";

    public static bool TryParseScalar(string text, out AttributeType type)
    {
        int index = System.Array.IndexOf(Scalars, text);
        type = index < 0 ? default : (AttributeType)index;
        return index >= 0;
    }

    public static bool IsScalar(this AttributeType type) => type <= AttributeType.Timestamp;
}
