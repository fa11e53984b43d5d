using System;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ZApi.Benchmarks.Webhooks;

/// <summary>
/// The webhook events as a System.Text.Json user writes them: an abstract base record, one derived
/// record per <c>type</c> value, read by STJ's polymorphic deserialization with a source-generated
/// context (<see cref="WebhookStjContext"/>). STJ dispatches on <c>type</c> only, so all received
/// messages (<c>ReceivedCallback</c>) share one record that carries every content member the
/// benchmark reads (<c>text</c>, <c>image</c>); the generated reader picks a record per content.
/// </summary>
/// <remarks>
/// Differences that are STJ's, not the benchmark's: the discriminator is compared case-sensitively
/// (the generated dispatcher also accepts <c>ReceivedCallBack</c>, as the documentation spells it),
/// and it is metadata, so no derived record has a <c>Type</c> member (STJ rejects a property named
/// like the discriminator); the generated records keep it as a string.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(StjReceivedMessageEvent), "ReceivedCallback")]
[JsonDerivedType(typeof(StjMessageStatusEvent), "MessageStatusCallback")]
[JsonDerivedType(typeof(StjDeliveryEvent), "DeliveryCallback")]
[JsonDerivedType(typeof(StjChatPresenceEvent), "PresenceChatCallback")]
[JsonDerivedType(typeof(StjConnectedEvent), "ConnectedCallback")]
[JsonDerivedType(typeof(StjDisconnectedEvent), "DisconnectedCallback")]
public abstract record StjWebhookEvent;

/// <summary>
/// <c>ReceivedCallback</c>: the members of the generated <c>ReceivedTextEvent</c> and
/// <c>ReceivedImageEvent</c> (the common members, in the specs' order, with the same C# types and
/// the same required ones), plus both contents, each optional here, and the members of
/// <c>ReceivedCallEvent</c> (<c>notification</c>, <c>notificationParameters</c>, <c>callId</c>).
/// </summary>
public sealed record StjReceivedMessageEvent : StjWebhookEvent
{
    [JsonPropertyName("phone")]
    public required string Phone { get; init; }

    [JsonPropertyName("fromMe")]
    public required bool FromMe { get; init; }

    [JsonPropertyName("messageId")]
    public required string MessageId { get; init; }

    [JsonPropertyName("status")]
    public required string Status { get; init; }

    /// <summary>Epoch milliseconds to <see cref="DateTimeOffset"/>, as the generated reader does.</summary>
    [JsonPropertyName("momment")]
    [JsonConverter(typeof(WebhookEpochMillisecondsConverter))]
    public required DateTimeOffset Momment { get; init; }

    [JsonPropertyName("text")]
    public StjReceivedText? Text { get; init; }

    [JsonPropertyName("image")]
    public StjReceivedImage? Image { get; init; }

    [JsonPropertyName("isStatusReply")]
    public bool? IsStatusReply { get; init; }

    [JsonPropertyName("senderLid")]
    public string? SenderLid { get; init; }

    [JsonPropertyName("connectedPhone")]
    public string? ConnectedPhone { get; init; }

    [JsonPropertyName("waitingMessage")]
    public bool? WaitingMessage { get; init; }

    [JsonPropertyName("isEdit")]
    public bool? IsEdit { get; init; }

    [JsonPropertyName("isGroup")]
    public bool? IsGroup { get; init; }

    [JsonPropertyName("isNewsletter")]
    public bool? IsNewsletter { get; init; }

    [JsonPropertyName("participantPhone")]
    public string? ParticipantPhone { get; init; }

    [JsonPropertyName("participantLid")]
    public string? ParticipantLid { get; init; }

    [JsonPropertyName("referenceMessageId")]
    public string? ReferenceMessageId { get; init; }

    [JsonPropertyName("messageExpirationSeconds")]
    public int? MessageExpirationSeconds { get; init; }

    [JsonPropertyName("requestMethod")]
    public string? RequestMethod { get; init; }

    [JsonPropertyName("photo")]
    public string? Photo { get; init; }

    [JsonPropertyName("instanceId")]
    public string? InstanceId { get; init; }

    [JsonPropertyName("chatLid")]
    public string? ChatLid { get; init; }

    [JsonPropertyName("chatName")]
    public string? ChatName { get; init; }

    [JsonPropertyName("senderName")]
    public string? SenderName { get; init; }

    [JsonPropertyName("senderPhoto")]
    public string? SenderPhoto { get; init; }

    [JsonPropertyName("broadcast")]
    public bool? Broadcast { get; init; }

    [JsonPropertyName("externalAdReply")]
    public StjReceivedExternalAdReply? ExternalAdReply { get; init; }

    [JsonPropertyName("forwarded")]
    public bool? Forwarded { get; init; }

    [JsonPropertyName("fromApi")]
    public bool? FromApi { get; init; }

    [JsonPropertyName("statusImage")]
    public StjReceivedStatusImage? StatusImage { get; init; }

    [JsonPropertyName("broadcastRecipients")]
    public IReadOnlyList<string>? BroadcastRecipients { get; init; }

    [JsonPropertyName("notification")]
    public string? Notification { get; init; }

    [JsonPropertyName("notificationParameters")]
    public IReadOnlyList<string>? NotificationParameters { get; init; }

    [JsonPropertyName("callId")]
    public string? CallId { get; init; }
}

/// <summary>The generated <c>ReceivedText</c>.</summary>
public sealed record StjReceivedText
{
    [JsonPropertyName("message")]
    public required string Message { get; init; }

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    [JsonPropertyName("title")]
    public string? Title { get; init; }

    [JsonPropertyName("url")]
    public string? Url { get; init; }

    [JsonPropertyName("thumbnailUrl")]
    public string? ThumbnailUrl { get; init; }
}

/// <summary>The generated <c>ReceivedImage</c>.</summary>
public sealed record StjReceivedImage
{
    [JsonPropertyName("mimeType")]
    public required string MimeType { get; init; }

    [JsonPropertyName("caption")]
    public string? Caption { get; init; }

    [JsonPropertyName("imageUrl")]
    public string? ImageUrl { get; init; }

    [JsonPropertyName("thumbnailUrl")]
    public string? ThumbnailUrl { get; init; }

    [JsonPropertyName("downloadError")]
    public string? DownloadError { get; init; }

    [JsonPropertyName("width")]
    public int? Width { get; init; }

    [JsonPropertyName("height")]
    public int? Height { get; init; }

    [JsonPropertyName("viewOnce")]
    public bool? ViewOnce { get; init; }
}

/// <summary>The generated <c>ReceivedExternalAdReply</c> (absent from the benchmarked payloads).</summary>
public sealed record StjReceivedExternalAdReply
{
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    [JsonPropertyName("body")]
    public string? Body { get; init; }

    [JsonPropertyName("mediaType")]
    public int? MediaType { get; init; }

    [JsonPropertyName("thumbnailUrl")]
    public string? ThumbnailUrl { get; init; }

    [JsonPropertyName("sourceType")]
    public string? SourceType { get; init; }

    [JsonPropertyName("sourceId")]
    public string? SourceId { get; init; }

    [JsonPropertyName("ctwaClid")]
    public string? CtwaClid { get; init; }

    [JsonPropertyName("sourceUrl")]
    public string? SourceUrl { get; init; }

    [JsonPropertyName("containsAutoReply")]
    public bool? ContainsAutoReply { get; init; }

    [JsonPropertyName("renderLargerThumbnail")]
    public bool? RenderLargerThumbnail { get; init; }

    [JsonPropertyName("showAdAttribution")]
    public bool? ShowAdAttribution { get; init; }
}

/// <summary>The generated <c>ReceivedStatusImage</c> (absent from the benchmarked payloads).</summary>
public sealed record StjReceivedStatusImage
{
    [JsonPropertyName("imageUrl")]
    public string? ImageUrl { get; init; }

    [JsonPropertyName("thumbnailUrl")]
    public string? ThumbnailUrl { get; init; }

    [JsonPropertyName("caption")]
    public string? Caption { get; init; }

    [JsonPropertyName("mimetype")]
    public string? Mimetype { get; init; }

    [JsonPropertyName("viewOnce")]
    public bool? ViewOnce { get; init; }

    [JsonPropertyName("width")]
    public int? Width { get; init; }

    [JsonPropertyName("height")]
    public int? Height { get; init; }
}

// The other documented kinds, so STJ's discriminator table has the generated dispatcher's six
// type values. Message status and connected are measured; their enums are kept as strings.

/// <summary>
/// The generated <c>MessageStatusEvent</c>, member for member (measured: the <c>MessageStatusCallback</c>
/// payload). Its <c>status</c> is an open enum in the generated record (a struct over the string); a string here.
/// </summary>
public sealed record StjMessageStatusEvent : StjWebhookEvent
{
    [JsonPropertyName("phone")]
    public required string Phone { get; init; }

    [JsonPropertyName("status")]
    public string? Status { get; init; }

    [JsonPropertyName("momment")]
    [JsonConverter(typeof(WebhookNullableEpochMillisecondsConverter))]
    public DateTimeOffset? Momment { get; init; }

    [JsonPropertyName("phoneDevice")]
    public int? PhoneDevice { get; init; }

    [JsonPropertyName("isGroup")]
    public bool? IsGroup { get; init; }

    [JsonPropertyName("ids")]
    public IReadOnlyList<string>? Ids { get; init; }

    [JsonPropertyName("instanceId")]
    public string? InstanceId { get; init; }
}

/// <summary>The generated <c>DeliveryEvent</c>.</summary>
public sealed record StjDeliveryEvent : StjWebhookEvent
{
    [JsonPropertyName("phone")]
    public required string Phone { get; init; }

    [JsonPropertyName("zaapId")]
    public required string ZaapId { get; init; }

    [JsonPropertyName("messageId")]
    public string? MessageId { get; init; }

    [JsonPropertyName("instanceId")]
    public string? InstanceId { get; init; }
}

/// <summary>The generated <c>ChatPresenceEvent</c>.</summary>
public sealed record StjChatPresenceEvent : StjWebhookEvent
{
    [JsonPropertyName("phone")]
    public required string Phone { get; init; }

    [JsonPropertyName("status")]
    public required string Status { get; init; }

    [JsonPropertyName("lastSeen")]
    [JsonConverter(typeof(WebhookNullableEpochMillisecondsConverter))]
    public DateTimeOffset? LastSeen { get; init; }

    [JsonPropertyName("instanceId")]
    public string? InstanceId { get; init; }
}

/// <summary>The generated <c>ConnectedEvent</c>, member for member (measured: the connected notification).</summary>
public sealed record StjConnectedEvent : StjWebhookEvent
{
    [JsonPropertyName("phone")]
    public required string Phone { get; init; }

    [JsonPropertyName("connected")]
    public bool? Connected { get; init; }

    [JsonPropertyName("momment")]
    [JsonConverter(typeof(WebhookNullableEpochMillisecondsConverter))]
    public DateTimeOffset? Momment { get; init; }

    [JsonPropertyName("instanceId")]
    public string? InstanceId { get; init; }
}

/// <summary>The generated <c>DisconnectedEvent</c>.</summary>
public sealed record StjDisconnectedEvent : StjWebhookEvent
{
    [JsonPropertyName("momment")]
    [JsonConverter(typeof(WebhookEpochMillisecondsConverter))]
    public required DateTimeOffset Momment { get; init; }

    [JsonPropertyName("error")]
    public required string Error { get; init; }

    [JsonPropertyName("disconnected")]
    public required bool Disconnected { get; init; }

    [JsonPropertyName("instanceId")]
    public string? InstanceId { get; init; }
}

/// <summary>
/// Epoch milliseconds, as a JSON number or a digit string (the generated <c>ZApiJson.ReadTimestamp</c>
/// accepts both), to <see cref="DateTimeOffset"/>. No reflection: the source-generated context
/// instantiates it directly.
/// </summary>
public sealed class WebhookEpochMillisecondsConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.FromUnixTimeMilliseconds(ReadMilliseconds(ref reader));

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.ToUnixTimeMilliseconds());

    internal static long ReadMilliseconds(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.GetInt64();
        }

        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence
            && Utf8Parser.TryParse(reader.ValueSpan, out long parsed, out int used) && used == reader.ValueSpan.Length)
        {
            return parsed;
        }

        throw new JsonException($"A timestamp (epoch milliseconds as a number or digit string) was expected, not {reader.TokenType}.");
    }
}

/// <summary><see cref="WebhookEpochMillisecondsConverter"/> for an optional member: JSON null reads as null.</summary>
public sealed class WebhookNullableEpochMillisecondsConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : DateTimeOffset.FromUnixTimeMilliseconds(WebhookEpochMillisecondsConverter.ReadMilliseconds(ref reader));

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is DateTimeOffset v)
        {
            writer.WriteNumberValue(v.ToUnixTimeMilliseconds());
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>
/// The source-generated context for the base type (STJ finds the derived records through
/// <see cref="JsonDerivedTypeAttribute"/>). Use <see cref="Webhooks"/>: its options allow the
/// <c>type</c> discriminator anywhere in the object, which Z-API payloads need (it is never first).
/// </summary>
[JsonSerializable(typeof(StjWebhookEvent))]
public sealed partial class WebhookStjContext : JsonSerializerContext
{
    /// <summary>The context with <see cref="JsonSerializerOptions.AllowOutOfOrderMetadataProperties"/>; without it STJ fails on every Z-API payload.</summary>
    public static WebhookStjContext Webhooks { get; } = new(new JsonSerializerOptions { AllowOutOfOrderMetadataProperties = true });
}
