using System.Collections.Generic;
using System.Globalization;
using ZApi.Specs.Model;

namespace ZApi.Generator.Emitting;

/// <summary>
/// How each spec type appears in C#, and the code that reads, writes and formats it. Knows the
/// named types in reach, since an enum is a value type and an object is not.
/// </summary>
internal sealed class TypeMapper
{
    private const string ListType = "global::System.Collections.Generic.IReadOnlyList";
    private const string MapType = "global::System.Collections.Generic.IReadOnlyDictionary";
    private const string DateTimeOffset = "global::System.DateTimeOffset";
    private const string JsonElement = "global::System.Text.Json.JsonElement";
    private const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";

    private readonly Dictionary<string, TypeDefinition> _types = new();
    private readonly string _namespace;

    public TypeMapper(IEnumerable<TypeDefinition> types, string @namespace)
    {
        _namespace = @namespace;
        foreach (TypeDefinition type in types)
        {
            _types[type.Name] = type;
        }
    }

    public string CSharpType(TypeRef type) => type.Kind switch
    {
        AttributeType.Boolean => "bool",
        AttributeType.Integer => "int",
        AttributeType.Long => "long",
        AttributeType.Number => "double",
        AttributeType.Timestamp or AttributeType.TimestampSeconds or AttributeType.DateTime => DateTimeOffset,
        AttributeType.Json => JsonElement,
        AttributeType.Named => type.Name!,
        AttributeType.Array => $"{ListType}<{CSharpType(type.Items!)}>",
        AttributeType.Map => $"{MapType}<string, {CSharpType(type.Items!)}>",
        _ => "string",
    };

    /// <summary>Required attributes are non-nullable; optional ones nullable (unset means omitted).</summary>
    public string PropertyType(SpecAttribute attribute) =>
        attribute.IsRequired ? CSharpType(attribute.Type) : CSharpType(attribute.Type) + "?";

    public bool IsValueType(TypeRef type) =>
        (type.Kind is not (AttributeType.String or AttributeType.Named or AttributeType.Array or AttributeType.Map)) || IsEnum(type);

    /// <summary>A closed enum (a C# enum) or an open one (a struct holding the JSON string).</summary>
    public bool IsEnum(TypeRef type) => type.Kind == AttributeType.Named && _types.TryGetValue(type.Name!, out TypeDefinition? named) && named.IsEnum;

    public bool IsOpenEnum(TypeRef type) => type.Kind == AttributeType.Named && _types.TryGetValue(type.Name!, out TypeDefinition? named) && named.IsEnum && named.IsOpen;

    /// <summary>The expression that reads a member's value, the reader standing on its name; null when JSON has null.</summary>
    public string ReadCall(TypeRef type, string memberLiteral, long? forever = null) => type.Kind switch
    {
        AttributeType.Named => $"{JsonClass(type.Name!)}.Read(ref reader, {memberLiteral})",
        AttributeType.Array => $"ZApiJson.ReadArray(ref reader, {memberLiteral}, {ItemReader(type.Items!)})",
        AttributeType.Map => $"ZApiJson.ReadMap(ref reader, {memberLiteral}, {ItemReader(type.Items!)})",
        _ when forever is long value && type.Kind.IsEpoch() => $"ZApiJson.{ScalarName(type.Kind)}(ref reader, {memberLiteral}, {value.ToString(CultureInfo.InvariantCulture)})",
        _ => $"ZApiJson.{ScalarName(type.Kind)}(ref reader, {memberLiteral})",
    };

    /// <summary>The method that reads one non-null array item or map value.</summary>
    public string ItemReader(TypeRef item) => item.Kind switch
    {
        AttributeType.Named => $"{JsonClass(item.Name!)}.ReadItem",
        AttributeType.Array or AttributeType.Map => throw new System.InvalidOperationException("Arrays and maps of arrays or maps are refused by the spec reader."),
        _ => $"ZApiJson.{ScalarName(item.Kind)}Item",
    };

    /// <summary>Writes a member: its name and its (non-null) value.</summary>
    public void WriteMember(SourceWriter writer, TypeRef type, string name, string value, long? forever = null)
    {
        switch (type.Kind)
        {
            case AttributeType.String:
                writer.Line($"writer.WriteString({name}, {value});");
                return;
            case AttributeType.DateTime:
                writer.Line($"writer.WriteString({name}, ZApiJson.DateTimeText({value}));");
                return;
            case AttributeType.Boolean:
                writer.Line($"writer.WriteBoolean({name}, {value});");
                return;
            case AttributeType.Integer:
            case AttributeType.Long:
            case AttributeType.Number:
            case AttributeType.Timestamp:
            case AttributeType.TimestampSeconds:
                writer.Line($"writer.WriteNumber({name}, {NumberValue(type, value, forever)});");
                return;
            case AttributeType.Named when IsEnum(type):
                writer.Line($"writer.WriteString({name}, {JsonClass(type.Name!)}.ToJson({value}));");
                return;
            default:
                writer.Line($"writer.WritePropertyName({name});");
                WriteValue(writer, type, value);
                return;
        }
    }

    /// <summary>Writes a (non-null) value where a value belongs: an array item, a map value, or after a member name.</summary>
    public void WriteValue(SourceWriter writer, TypeRef type, string value)
    {
        switch (type.Kind)
        {
            case AttributeType.String:
                writer.Line($"writer.WriteStringValue({value});");
                return;
            case AttributeType.DateTime:
                writer.Line($"writer.WriteStringValue(ZApiJson.DateTimeText({value}));");
                return;
            case AttributeType.Boolean:
                writer.Line($"writer.WriteBooleanValue({value});");
                return;
            case AttributeType.Integer:
            case AttributeType.Long:
            case AttributeType.Number:
            case AttributeType.Timestamp:
            case AttributeType.TimestampSeconds:
                writer.Line($"writer.WriteNumberValue({NumberValue(type, value, forever: null)});");
                return;
            case AttributeType.Json:
                writer.Line($"{value}.WriteTo(writer);");
                return;
            case AttributeType.Named when IsEnum(type):
                writer.Line($"writer.WriteStringValue({JsonClass(type.Name!)}.ToJson({value}));");
                return;
            case AttributeType.Named:
                writer.Line($"{JsonClass(type.Name!)}.Write(writer, {value});");
                return;
            case AttributeType.Map:
                writer.Line("writer.WriteStartObject();");
                using (writer.Open($"foreach (global::System.Collections.Generic.KeyValuePair<string, {CSharpType(type.Items!)}> entry in {value})"))
                {
                    writer.Line("writer.WritePropertyName(entry.Key);");
                    WriteValue(writer, type.Items!, "entry.Value");
                }

                writer.Line("writer.WriteEndObject();");
                return;
            default:
                writer.Line("writer.WriteStartArray();");
                using (writer.Open($"foreach ({CSharpType(type.Items!)} item in {value})"))
                {
                    WriteValue(writer, type.Items!, "item");
                }

                writer.Line("writer.WriteEndArray();");
                return;
        }
    }

    /// <summary>The number written for a numeric or epoch value.</summary>
    private static string NumberValue(TypeRef type, string value, long? forever) => type.Kind switch
    {
        AttributeType.Timestamp when forever is long f => $"ZApiJson.EpochMilliseconds({value}, {f.ToString(CultureInfo.InvariantCulture)})",
        AttributeType.TimestampSeconds when forever is long f => $"ZApiJson.EpochSeconds({value}, {f.ToString(CultureInfo.InvariantCulture)})",
        AttributeType.Timestamp => $"{value}.ToUnixTimeMilliseconds()",
        AttributeType.TimestampSeconds => $"{value}.ToUnixTimeSeconds()",
        _ => value,
    };

    /// <summary>The text a parameter's (non-null) value takes in a route or query string, before URL escaping.</summary>
    public string ToText(TypeRef type, string value) => type.Kind switch
    {
        AttributeType.Boolean => $"({value} ? \"true\" : \"false\")",
        AttributeType.Integer or AttributeType.Long or AttributeType.Number => $"{value}.ToString({Invariant})",
        AttributeType.Timestamp => $"{value}.ToUnixTimeMilliseconds().ToString({Invariant})",
        AttributeType.TimestampSeconds => $"{value}.ToUnixTimeSeconds().ToString({Invariant})",
        AttributeType.DateTime => $"ZApiJson.DateTimeText({value})",
        AttributeType.Named => $"{JsonClass(type.Name!)}.ToJson({value})",
        _ => value,
    };

    /// <summary>A C# literal of a documented parameter example (already checked against its type).</summary>
    public string Literal(TypeRef type, string example) => type.Kind switch
    {
        AttributeType.Boolean => example == "true" ? "true" : "false",
        AttributeType.Integer => int.Parse(example, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        AttributeType.Long => long.Parse(example, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + "L",
        AttributeType.Number => double.Parse(example, NumberStyles.Float, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture) + "d",
        AttributeType.Timestamp => $"{DateTimeOffset}.FromUnixTimeMilliseconds({long.Parse(example, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)})",
        AttributeType.TimestampSeconds => $"{DateTimeOffset}.FromUnixTimeSeconds({long.Parse(example, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)})",
        AttributeType.DateTime => $"{DateTimeOffset}.Parse({CSharpText.Literal(example)}, {Invariant}, global::System.Globalization.DateTimeStyles.RoundtripKind)",
        AttributeType.Named when IsOpenEnum(type) => $"new global::{_namespace}.{type.Name}({CSharpText.Literal(example)})",
        AttributeType.Named => EnumValue(type.Name!, example),
        _ => CSharpText.Literal(example),
    };

    /// <summary><c>Middleware</c> → <c>MiddlewareJson</c>: the internal class with a named type's JSON code.</summary>
    public static string JsonClass(string typeName) => typeName + "Json";

    /// <summary><c>web</c> → <c>Web</c>: the enum member of a JSON string.</summary>
    public static string EnumMember(string value) => Specs.Naming.CSharpNames.ToPascalCase(value);

    /// <summary>
    /// An enum member in an expression, qualified from <c>global::</c>: an enum named like a member of
    /// the class the expression stands in (<c>Operation</c>, <c>Read</c>) cannot be shadowed by it.
    /// </summary>
    public string EnumValue(string typeName, string value) => $"global::{_namespace}.{typeName}.{EnumMember(value)}";

    private static string ScalarName(AttributeType kind) => kind switch
    {
        AttributeType.Boolean => "ReadBoolean",
        AttributeType.Integer => "ReadInt32",
        AttributeType.Long => "ReadInt64",
        AttributeType.Number => "ReadDouble",
        AttributeType.Timestamp => "ReadTimestamp",
        AttributeType.TimestampSeconds => "ReadTimestampSeconds",
        AttributeType.DateTime => "ReadDateTime",
        AttributeType.Json => "ReadJson",
        _ => "ReadString",
    };
}
