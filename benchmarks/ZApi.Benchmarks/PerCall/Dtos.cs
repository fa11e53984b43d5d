using System;
using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ZApi.Benchmarks.PerCall;

/// <summary>The create-instance request as a user of Refit or System.Text.Json writes it: the same members as the generated record.</summary>
public sealed class InstanceRequestDto
{
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("sessionName")]
    public string? SessionName { get; init; }

    [JsonPropertyName("deliveryCallbackUrl")]
    public string? DeliveryCallbackUrl { get; init; }

    [JsonPropertyName("receivedCallbackUrl")]
    public string? ReceivedCallbackUrl { get; init; }

    [JsonPropertyName("disconnectedCallbackUrl")]
    public string? DisconnectedCallbackUrl { get; init; }

    [JsonPropertyName("connectedCallbackUrl")]
    public string? ConnectedCallbackUrl { get; init; }

    [JsonPropertyName("messageStatusCallbackUrl")]
    public string? MessageStatusCallbackUrl { get; init; }
}

/// <summary>The documented 201 body. Required members are enforced, as the generated reader does.</summary>
public sealed class InstanceResponseDto
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("token")]
    public required string Token { get; init; }

    /// <summary>Epoch milliseconds, documented as a digit string: the same mapping as the generated <c>timestamp</c>.</summary>
    [JsonPropertyName("due")]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public required DateTimeOffset Due { get; init; }
}

/// <summary>
/// <c>long</c> epoch milliseconds, as a JSON number or a digit string, to <see cref="DateTimeOffset"/>:
/// what System.Text.Json users need for <c>due</c>, shared by a), b) and c).
/// </summary>
public sealed class EpochMillisecondsConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.FromUnixTimeMilliseconds(ReadMilliseconds(ref reader));

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.ToUnixTimeMilliseconds());

    /// <summary>Shared with the hand-written reader d).</summary>
    internal static long ReadMilliseconds(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.GetInt64();
            case JsonTokenType.String when !reader.ValueIsEscaped && !reader.HasValueSequence:
                if (Utf8Parser.TryParse(reader.ValueSpan, out long parsed, out int used) && used == reader.ValueSpan.Length)
                {
                    return parsed;
                }

                break;
            case JsonTokenType.String:
                if (long.TryParse(reader.GetString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long unescaped))
                {
                    return unescaped;
                }

                break;
        }

        throw new JsonException("due must be epoch milliseconds, as a number or a digit string.");
    }
}

/// <summary>System.Text.Json source generation for b) and c): the same naming and null handling as the generated client.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(InstanceRequestDto))]
[JsonSerializable(typeof(InstanceResponseDto))]
public sealed partial class BenchJsonContext : JsonSerializerContext
{
}
