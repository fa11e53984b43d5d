using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Threading;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace ZApi.Benchmarks.Webhooks;

/// <summary>
/// One documented webhook payload (received text, received image, a message status, the connected
/// notification) read into a typed event: the generated <c>ZApiWebhooks.Read</c> (one pass) against
/// System.Text.Json's source-generated polymorphic deserialization of equivalent records
/// (<see cref="StjWebhookEvent"/>). Grouped by payload, so each ratio is against the generated
/// reader of the same payload.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class WebhookParsingBenchmarks
{
    public const string ReceivedText = "received-text";
    public const string ReceivedImage = "received-image";
    public const string MessageStatus = "message-status";
    public const string Connected = "connected";
    public const string ReceivedCall = "received-call";

    private byte[] _receivedText = null!;
    private byte[] _receivedImage = null!;
    private byte[] _messageStatus = null!;
    private byte[] _connected = null!;
    private byte[] _receivedCall = null!;
    private JsonSerializerOptions _stjOptions = null!;

    [GlobalSetup]
    public void Setup()
    {
        _receivedText = WebhookPayloads.ReceivedText;
        _receivedImage = WebhookPayloads.ReceivedImage;
        _messageStatus = WebhookPayloads.MessageStatus;
        _connected = WebhookPayloads.Connected;
        _receivedCall = WebhookPayloads.ReceivedCall;
        _stjOptions = WebhookStjContext.Webhooks.Options;
        CheckEquivalence();
        WarmUp();
    }

    /// <summary>
    /// Runs both parsers on every payload until the tiered JIT has settled. --webhooks uses the short
    /// job (2 warm-ups of 150 ms); in-process, BenchmarkDotNet's own JIT work keeps postponing tier-1
    /// promotion (100 ms after the last tier-0 compilation), so on a busy 2-core machine the first
    /// category was measured partly at tier 0 (STJ's larger code most). Same treatment for both sides.
    /// </summary>
    internal static void WarmUp()
    {
        for (int round = 0; round < 4; round++)
        {
            for (int i = 0; i < 500; i++)
            {
                ZApi.ZApiWebhooks.Read(WebhookPayloads.ReceivedText);
                ZApi.ZApiWebhooks.Read(WebhookPayloads.ReceivedImage);
                JsonSerializer.Deserialize(WebhookPayloads.ReceivedText, WebhookStjContext.Webhooks.StjWebhookEvent);
                JsonSerializer.Deserialize(WebhookPayloads.ReceivedImage, WebhookStjContext.Webhooks.StjWebhookEvent);
                ZApi.ZApiWebhooks.Read(WebhookPayloads.MessageStatus);
                ZApi.ZApiWebhooks.Read(WebhookPayloads.Connected);
                JsonSerializer.Deserialize(WebhookPayloads.MessageStatus, WebhookStjContext.Webhooks.StjWebhookEvent);
                JsonSerializer.Deserialize(WebhookPayloads.Connected, WebhookStjContext.Webhooks.StjWebhookEvent);
                ZApi.ZApiWebhooks.Read(WebhookPayloads.ReceivedCall);
                JsonSerializer.Deserialize(WebhookPayloads.ReceivedCall, WebhookStjContext.Webhooks.StjWebhookEvent);
            }

            Thread.Sleep(200);
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(ReceivedText)]
    public ZApi.ZApiWebhookEvent Generated_ReceivedText() => ZApi.ZApiWebhooks.Read(_receivedText);

    [Benchmark]
    [BenchmarkCategory(ReceivedText)]
    public StjWebhookEvent? Stj_ReceivedText() => JsonSerializer.Deserialize(_receivedText, WebhookStjContext.Webhooks.StjWebhookEvent);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(ReceivedImage)]
    public ZApi.ZApiWebhookEvent Generated_ReceivedImage() => ZApi.ZApiWebhooks.Read(_receivedImage);

    [Benchmark]
    [BenchmarkCategory(ReceivedImage)]
    public StjWebhookEvent? Stj_ReceivedImage() => JsonSerializer.Deserialize(_receivedImage, WebhookStjContext.Webhooks.StjWebhookEvent);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(MessageStatus)]
    public ZApi.ZApiWebhookEvent Generated_MessageStatus() => ZApi.ZApiWebhooks.Read(_messageStatus);

    [Benchmark]
    [BenchmarkCategory(MessageStatus)]
    public StjWebhookEvent? Stj_MessageStatus() => JsonSerializer.Deserialize(_messageStatus, WebhookStjContext.Webhooks.StjWebhookEvent);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(Connected)]
    public ZApi.ZApiWebhookEvent Generated_Connected() => ZApi.ZApiWebhooks.Read(_connected);

    [Benchmark]
    [BenchmarkCategory(Connected)]
    public StjWebhookEvent? Stj_Connected() => JsonSerializer.Deserialize(_connected, WebhookStjContext.Webhooks.StjWebhookEvent);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(ReceivedCall)]
    public ZApi.ZApiWebhookEvent Generated_ReceivedCall() => ZApi.ZApiWebhooks.Read(_receivedCall);

    [Benchmark]
    [BenchmarkCategory(ReceivedCall)]
    public StjWebhookEvent? Stj_ReceivedCall() => JsonSerializer.Deserialize(_receivedCall, WebhookStjContext.Webhooks.StjWebhookEvent);

    /// <summary>Fails the setup unless both parsers read every member of every payload to the same values.</summary>
    private void CheckEquivalence()
    {
        if (!_stjOptions.AllowOutOfOrderMetadataProperties)
        {
            throw new InvalidOperationException("The STJ options must allow the 'type' discriminator after other members.");
        }

        var text = Generated_ReceivedText() as ZApi.ReceivedTextEvent
            ?? throw new InvalidOperationException($"The generated reader read {ReceivedText} as {Generated_ReceivedText().GetType().Name}, not ReceivedTextEvent.");
        var stjText = Stj_ReceivedText() as StjReceivedMessageEvent
            ?? throw new InvalidOperationException($"STJ read {ReceivedText} as {Stj_ReceivedText()?.GetType().Name ?? "null"}, not StjReceivedMessageEvent.");
        Check(ReceivedText, "type", text.Type, "ReceivedCallback");
        Check(ReceivedText, "text.message", text.Text.Message, "teste");
        Check(ReceivedText, "image", stjText.Image is null ? "absent" : "present", "absent");
        Check(ReceivedText, "all members", Describe(stjText), Describe(text));

        var image = Generated_ReceivedImage() as ZApi.ReceivedImageEvent
            ?? throw new InvalidOperationException($"The generated reader read {ReceivedImage} as {Generated_ReceivedImage().GetType().Name}, not ReceivedImageEvent.");
        var stjImage = Stj_ReceivedImage() as StjReceivedMessageEvent
            ?? throw new InvalidOperationException($"STJ read {ReceivedImage} as {Stj_ReceivedImage()?.GetType().Name ?? "null"}, not StjReceivedMessageEvent.");
        Check(ReceivedImage, "type", image.Type, "ReceivedCallback");
        Check(ReceivedImage, "image.imageUrl", image.Image.ImageUrl, "https://");
        Check(ReceivedImage, "text", stjImage.Text is null ? "absent" : "present", "absent");
        Check(ReceivedImage, "all members", Describe(stjImage), Describe(image));

        var status = Generated_MessageStatus() as ZApi.MessageStatusEvent
            ?? throw new InvalidOperationException($"The generated reader read {MessageStatus} as {Generated_MessageStatus().GetType().Name}, not MessageStatusEvent.");
        var stjStatus = Stj_MessageStatus() as StjMessageStatusEvent
            ?? throw new InvalidOperationException($"STJ read {MessageStatus} as {Stj_MessageStatus()?.GetType().Name ?? "null"}, not StjMessageStatusEvent.");
        Check(MessageStatus, "type", status.Type, "MessageStatusCallback");
        Check(MessageStatus, "all members",
            Describe(stjStatus.Phone, stjStatus.Status, stjStatus.Momment, stjStatus.PhoneDevice, stjStatus.IsGroup, stjStatus.Ids, stjStatus.InstanceId),
            Describe(status.Phone, status.Status?.Value, status.Momment, status.PhoneDevice, status.IsGroup, status.Ids, status.InstanceId));

        var connected = Generated_Connected() as ZApi.ConnectedEvent
            ?? throw new InvalidOperationException($"The generated reader read {Connected} as {Generated_Connected().GetType().Name}, not ConnectedEvent.");
        var stjConnected = Stj_Connected() as StjConnectedEvent
            ?? throw new InvalidOperationException($"STJ read {Connected} as {Stj_Connected()?.GetType().Name ?? "null"}, not StjConnectedEvent.");
        Check(Connected, "type", connected.Type, "ConnectedCallback");
        Check(Connected, "all members",
            Line("phone", stjConnected.Phone) + Line("connected", stjConnected.Connected) + Line("momment", stjConnected.Momment) + Line("instanceId", stjConnected.InstanceId),
            Line("phone", connected.Phone) + Line("connected", connected.Connected) + Line("momment", connected.Momment) + Line("instanceId", connected.InstanceId));

        var call = Generated_ReceivedCall() as ZApi.ReceivedCallEvent
            ?? throw new InvalidOperationException($"The generated reader read {ReceivedCall} as {Generated_ReceivedCall().GetType().Name}, not ReceivedCallEvent.");
        var stjCall = Stj_ReceivedCall() as StjReceivedMessageEvent
            ?? throw new InvalidOperationException($"STJ read {ReceivedCall} as {Stj_ReceivedCall()?.GetType().Name ?? "null"}, not StjReceivedMessageEvent.");
        Check(ReceivedCall, "notification", call.Notification, "CALL_VOICE");
        Check(ReceivedCall, "text and image", (stjCall.Text is null && stjCall.Image is null) ? "absent" : "present", "absent");
        Check(ReceivedCall, "all members", Describe(stjCall) + Call(stjCall.Notification, stjCall.NotificationParameters, stjCall.CallId), Describe(call));
    }

    private static string Describe(ZApi.ReceivedCallEvent e) =>
        Common(e.Phone, e.FromMe, e.MessageId, e.Status, e.Momment, e.IsStatusReply, e.SenderLid, e.ConnectedPhone, e.WaitingMessage, e.IsEdit, e.IsGroup, e.IsNewsletter,
            e.ParticipantPhone, e.ParticipantLid, e.ReferenceMessageId, e.MessageExpirationSeconds, e.RequestMethod, e.Photo, e.InstanceId, e.ChatLid, e.ChatName,
            e.SenderName, e.SenderPhoto, e.Broadcast, e.ExternalAdReply is not null, e.Forwarded, e.FromApi)
        + Call(e.Notification, e.NotificationParameters, e.CallId);

    private static string Call(string? notification, IReadOnlyList<string>? parameters, string? callId) =>
        Line("notification", notification) + Line("notificationParameters", parameters is null ? null : "[" + string.Join(",", parameters) + "]") + Line("callId", callId);

    private static string Describe(string phone, string? status, DateTimeOffset? momment, int? phoneDevice, bool? isGroup, IReadOnlyList<string>? ids, string? instanceId) =>
        Line("phone", phone) + Line("status", status) + Line("momment", momment) + Line("phoneDevice", phoneDevice) + Line("isGroup", isGroup)
        + Line("ids", ids is null ? null : string.Join(",", ids)) + Line("instanceId", instanceId);

    // One line per member, in the same order for both parsers: a difference names the member.

    private static string Describe(ZApi.ReceivedTextEvent e) =>
        Common(e.Phone, e.FromMe, e.MessageId, e.Status, e.Momment, e.IsStatusReply, e.SenderLid, e.ConnectedPhone, e.WaitingMessage, e.IsEdit, e.IsGroup, e.IsNewsletter,
            e.ParticipantPhone, e.ParticipantLid, e.ReferenceMessageId, e.MessageExpirationSeconds, e.RequestMethod, e.Photo, e.InstanceId, e.ChatLid, e.ChatName,
            e.SenderName, e.SenderPhoto, e.Broadcast, e.ExternalAdReply is not null, e.Forwarded, e.FromApi)
        + Text(e.Text.Message, e.Text.Description, e.Text.Title, e.Text.Url, e.Text.ThumbnailUrl)
        + Line("statusImage", e.StatusImage is not null)
        + Line("broadcastRecipients", e.BroadcastRecipients is null ? null : string.Join(",", e.BroadcastRecipients));

    private static string Describe(ZApi.ReceivedImageEvent e) =>
        Common(e.Phone, e.FromMe, e.MessageId, e.Status, e.Momment, e.IsStatusReply, e.SenderLid, e.ConnectedPhone, e.WaitingMessage, e.IsEdit, e.IsGroup, e.IsNewsletter,
            e.ParticipantPhone, e.ParticipantLid, e.ReferenceMessageId, e.MessageExpirationSeconds, e.RequestMethod, e.Photo, e.InstanceId, e.ChatLid, e.ChatName,
            e.SenderName, e.SenderPhoto, e.Broadcast, e.ExternalAdReply is not null, e.Forwarded, e.FromApi)
        + Image(e.Image.MimeType, e.Image.Caption, e.Image.ImageUrl, e.Image.ThumbnailUrl, e.Image.DownloadError, e.Image.Width, e.Image.Height, e.Image.ViewOnce);

    private static string Describe(StjReceivedMessageEvent e) =>
        Common(e.Phone, e.FromMe, e.MessageId, e.Status, e.Momment, e.IsStatusReply, e.SenderLid, e.ConnectedPhone, e.WaitingMessage, e.IsEdit, e.IsGroup, e.IsNewsletter,
            e.ParticipantPhone, e.ParticipantLid, e.ReferenceMessageId, e.MessageExpirationSeconds, e.RequestMethod, e.Photo, e.InstanceId, e.ChatLid, e.ChatName,
            e.SenderName, e.SenderPhoto, e.Broadcast, e.ExternalAdReply is not null, e.Forwarded, e.FromApi)
        + (e.Text is { } t
            ? Text(t.Message, t.Description, t.Title, t.Url, t.ThumbnailUrl)
                + Line("statusImage", e.StatusImage is not null)
                + Line("broadcastRecipients", e.BroadcastRecipients is null ? null : string.Join(",", e.BroadcastRecipients))
            : string.Empty)
        + (e.Image is { } i ? Image(i.MimeType, i.Caption, i.ImageUrl, i.ThumbnailUrl, i.DownloadError, i.Width, i.Height, i.ViewOnce) : string.Empty);

    private static string Common(string phone, bool? fromMe, string messageId, string? status, DateTimeOffset? momment, bool? isStatusReply, string? senderLid,
        string? connectedPhone, bool? waitingMessage, bool? isEdit, bool? isGroup, bool? isNewsletter, string? participantPhone, string? participantLid,
        string? referenceMessageId, int? messageExpirationSeconds, string? requestMethod, string? photo, string? instanceId, string? chatLid, string? chatName,
        string? senderName, string? senderPhoto, bool? broadcast, bool externalAdReply, bool? forwarded, bool? fromApi) =>
        Line("phone", phone) + Line("fromMe", fromMe) + Line("messageId", messageId) + Line("status", status)
        + Line("momment", momment is { } m ? m.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) + " " + m.ToString("O", CultureInfo.InvariantCulture) : null)
        + Line("isStatusReply", isStatusReply) + Line("senderLid", senderLid) + Line("connectedPhone", connectedPhone) + Line("waitingMessage", waitingMessage)
        + Line("isEdit", isEdit) + Line("isGroup", isGroup) + Line("isNewsletter", isNewsletter) + Line("participantPhone", participantPhone)
        + Line("participantLid", participantLid) + Line("referenceMessageId", referenceMessageId) + Line("messageExpirationSeconds", messageExpirationSeconds)
        + Line("requestMethod", requestMethod) + Line("photo", photo) + Line("instanceId", instanceId) + Line("chatLid", chatLid) + Line("chatName", chatName)
        + Line("senderName", senderName) + Line("senderPhoto", senderPhoto) + Line("broadcast", broadcast) + Line("externalAdReply", externalAdReply)
        + Line("forwarded", forwarded) + Line("fromApi", fromApi);

    private static string Text(string? message, string? description, string? title, string? url, string? thumbnailUrl) =>
        Line("text.message", message) + Line("text.description", description) + Line("text.title", title) + Line("text.url", url) + Line("text.thumbnailUrl", thumbnailUrl);

    private static string Image(string? mimeType, string? caption, string? imageUrl, string? thumbnailUrl, string? downloadError, int? width, int? height, bool? viewOnce) =>
        Line("image.mimeType", mimeType) + Line("image.caption", caption) + Line("image.imageUrl", imageUrl) + Line("image.thumbnailUrl", thumbnailUrl)
        + Line("image.downloadError", downloadError) + Line("image.width", width) + Line("image.height", height) + Line("image.viewOnce", viewOnce);

    private static string Line<T>(string member, T value) =>
        member + " = " + (value is null ? "(null)" : value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value.ToString()) + "\n";

    private static void Check(string payload, string what, string? actual, string? expected)
    {
        if (!string.Equals(actual, expected, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Not equivalent on {payload}, {what}:\n  got      {actual ?? "(null)"}\n  expected {expected ?? "(null)"}");
        }
    }
}
