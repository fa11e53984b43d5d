using System;

namespace ZApi.Specs.Json;

/// <summary>A JSON text is not valid JSON; <see cref="Position"/> says where.</summary>
public sealed class JsonSyntaxException : Exception
{
    public JsonSyntaxException(string reason, JsonPosition position)
        : base($"{reason} (line {position.Line + 1}, column {position.Column + 1} of the example)")
    {
        Reason = reason;
        Position = position;
    }

    public string Reason { get; }

    public JsonPosition Position { get; }
}
