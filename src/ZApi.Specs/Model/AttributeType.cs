namespace ZApi.Specs.Model;

/// <summary>The attribute types a spec may declare (the <c>type</c> key).</summary>
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
}

/// <summary>Spellings of <see cref="AttributeType"/> in spec files.</summary>
public static class AttributeTypeNames
{
    public static readonly string[] All = { "string", "boolean", "integer", "number", "timestamp" };

    public static bool TryParse(string text, out AttributeType type)
    {
        switch (text)
        {
            case "string": type = AttributeType.String; return true;
            case "boolean": type = AttributeType.Boolean; return true;
            case "integer": type = AttributeType.Integer; return true;
            case "number": type = AttributeType.Number; return true;
            case "timestamp": type = AttributeType.Timestamp; return true;
            default: type = default; return false;
        }
    }

    public static string ToName(this AttributeType type) => All[(int)type];
}
