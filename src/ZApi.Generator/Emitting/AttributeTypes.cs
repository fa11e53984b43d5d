using ZApi.Specs.Model;

namespace ZApi.Generator.Emitting;

/// <summary>How each spec type appears in C#, and how it is written to and read from JSON.</summary>
internal static class AttributeTypes
{
    public static string CSharpType(AttributeType type) => type switch
    {
        AttributeType.Boolean => "bool",
        AttributeType.Integer => "int",
        AttributeType.Number => "double",
        AttributeType.Timestamp => "global::System.DateTimeOffset",
        _ => "string",
    };

    /// <summary>Required attributes are non-nullable; optional ones nullable (unset means omitted).</summary>
    public static string PropertyType(SpecAttribute attribute) =>
        attribute.IsRequired ? CSharpType(attribute.Type) : CSharpType(attribute.Type) + "?";

    public static bool IsValueType(AttributeType type) => type != AttributeType.String;

    /// <summary>The <c>ZApiJson</c> method that reads a member of this type (lenient where the server is loose).</summary>
    public static string ReadMethod(AttributeType type) => type switch
    {
        AttributeType.Boolean => "ReadBoolean",
        AttributeType.Integer => "ReadInt32",
        AttributeType.Number => "ReadDouble",
        AttributeType.Timestamp => "ReadTimestamp",
        _ => "ReadString",
    };

    /// <summary>The statement that writes <paramref name="value"/> (non-null) under the encoded member name.</summary>
    public static string WriteStatement(AttributeType type, string member, string value) => type switch
    {
        AttributeType.Boolean => $"writer.WriteBoolean({member}, {value});",
        AttributeType.Integer or AttributeType.Number => $"writer.WriteNumber({member}, {value});",
        AttributeType.Timestamp => $"writer.WriteNumber({member}, {value}.ToUnixTimeMilliseconds());",
        _ => $"writer.WriteString({member}, {value});",
    };
}
