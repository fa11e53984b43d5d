using System.Collections.Generic;

namespace ZApi.Specs.Json;

/// <summary>The JSON value kinds an example can hold.</summary>
public enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>A position inside a JSON text: zero-based line and column.</summary>
public readonly record struct JsonPosition(int Line, int Column);

/// <summary>
/// A parsed JSON value with its position in the example text, so the generator can point a
/// diagnostic at the exact member of an example, and the contract harness can compare bodies.
/// </summary>
public sealed class JsonValue
{
    private JsonValue(JsonKind kind, JsonPosition position, string? text, IReadOnlyList<JsonMember>? members, IReadOnlyList<JsonValue>? items)
    {
        Kind = kind;
        Position = position;
        Text = text;
        Members = members ?? System.Array.Empty<JsonMember>();
        Items = items ?? System.Array.Empty<JsonValue>();
    }

    public JsonKind Kind { get; }

    public JsonPosition Position { get; }

    /// <summary>The decoded string, or the number exactly as written; null for other kinds.</summary>
    public string? Text { get; }

    /// <summary>Object members in document order.</summary>
    public IReadOnlyList<JsonMember> Members { get; }

    /// <summary>Array items in order.</summary>
    public IReadOnlyList<JsonValue> Items { get; }

    /// <summary>A number written without fraction or exponent.</summary>
    public bool IsInteger => Kind == JsonKind.Number && Text!.IndexOfAny(new[] { '.', 'e', 'E' }) < 0;

    public static JsonValue Object(JsonPosition position, IReadOnlyList<JsonMember> members) => new(JsonKind.Object, position, null, members, null);

    public static JsonValue Array(JsonPosition position, IReadOnlyList<JsonValue> items) => new(JsonKind.Array, position, null, null, items);

    public static JsonValue String(JsonPosition position, string value) => new(JsonKind.String, position, value, null, null);

    public static JsonValue Number(JsonPosition position, string raw) => new(JsonKind.Number, position, raw, null, null);

    public static JsonValue Literal(JsonKind kind, JsonPosition position) => new(kind, position, null, null, null);

    /// <summary>The first member with that name, or null.</summary>
    public JsonValue? this[string name]
    {
        get
        {
            foreach (JsonMember member in Members)
            {
                if (member.Name == name)
                {
                    return member.Value;
                }
            }

            return null;
        }
    }
}

/// <summary>An object member: its name, where the name stands, and its value.</summary>
public sealed record JsonMember(string Name, JsonPosition NamePosition, JsonValue Value);
