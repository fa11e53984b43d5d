using System.Text.Json.Serialization;

namespace ZApi.Benchmarks.PerCall;

/// <summary>The send-text request as a Refit or System.Text.Json user writes it: the same members as the generated record.</summary>
public sealed class SendTextRequestDto
{
    [JsonPropertyName("phone")]
    public required string Phone { get; init; }

    [JsonPropertyName("message")]
    public required string Message { get; init; }

    [JsonPropertyName("delayMessage")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? DelayMessage { get; init; }

    [JsonPropertyName("delayTyping")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? DelayTyping { get; init; }

    [JsonPropertyName("editMessageId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? EditMessageId { get; init; }
}

/// <summary>The documented 200 body of every send method (MessageSent): zaapId and messageId required, id optional.</summary>
public sealed class MessageSentDto
{
    [JsonPropertyName("zaapId")]
    public required string ZaapId { get; init; }

    [JsonPropertyName("messageId")]
    public required string MessageId { get; init; }

    [JsonPropertyName("id")]
    public string? Id { get; init; }
}
