using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace ZApi.Client.Tests;

/// <summary>
/// <c>ZApiWebhooks.Read</c> over the built-in event specs: each payload becomes the record of its
/// kind; what no spec describes is an unknown event, never an error; what is not a payload is a
/// <see cref="ZApiWebhookException"/> that names the problem and never a value of the payload.
/// </summary>
public sealed class WebhookReadingTests
{
    private const string ReceivedText = """
        {"isStatusReply": false, "senderLid": "81896604192873@lid", "connectedPhone": "554499999999", "waitingMessage": false,
         "isEdit": false, "isGroup": false, "isNewsletter": false, "instanceId": "A20DA9C0183A2D35A260F53F5D2B9244",
         "messageId": "A20DA9C0183A2D35A260F53F5D2B9244", "phone": "5544999999999", "fromMe": false, "momment": 1632228638000,
         "status": "RECEIVED", "chatName": "name", "senderPhoto": "https://", "senderName": "name", "participantPhone": null,
         "participantLid": null, "photo": "https://", "broadcast": false, "type": "ReceivedCallback",
         "text": {"message": "teste"}}
        """;

    private static ZApiWebhookEvent Read(string json) => ZApiWebhooks.Read(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void A_received_text_is_read_into_its_record_with_every_member()
    {
        ReceivedTextEvent text = Assert.IsType<ReceivedTextEvent>(Read(ReceivedText));

        Assert.Equal("5544999999999", text.Phone);
        Assert.Equal("teste", text.Text.Message);
        Assert.False(text.FromMe);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1632228638000), text.Momment);
        Assert.Equal("81896604192873@lid", text.SenderLid);
        Assert.Null(text.ParticipantPhone);
    }

    [Theory]
    [InlineData("ReceivedCallback")]
    [InlineData("ReceivedCallBack")]
    [InlineData("RECEIVEDCALLBACK")]
    public void The_type_is_compared_as_the_documentation_writes_it_both_ways(string type)
    {
        Assert.IsType<ReceivedTextEvent>(Read(ReceivedText.Replace("\"ReceivedCallback\"", $"\"{type}\"")));
    }

    [Fact]
    public void The_type_may_come_after_the_content_and_in_escaped_form()
    {
        string reordered = """{"text": {"message": "a"}, "phone": "1", "fromMe": true, "messageId": "m", "status": "SENT", "momment": 1, "type": "Received\u0043allback"}""";

        Assert.IsType<ReceivedTextEvent>(Read(reordered));
    }

    [Fact]
    public void Member_names_written_with_escapes_are_read_as_the_names_they_spell()
    {
        string escaped = ReceivedText.Replace("\"phone\":", "\"\\u0070hone\":").Replace("\"text\": {", "\"t\\u0065xt\": {");

        ReceivedTextEvent text = Assert.IsType<ReceivedTextEvent>(Read(escaped));

        Assert.Equal("5544999999999", text.Phone);
        Assert.Equal("teste", text.Text.Message);
    }

    [Fact]
    public void The_content_member_picks_the_kind_and_a_notification_code_picks_it_too()
    {
        Assert.IsType<ReceivedImageEvent>(Read(ReceivedText.Replace("\"text\": {\"message\": \"teste\"}", "\"image\": {\"mimeType\": \"image/jpeg\", \"imageUrl\": \"https://x\"}")));
        Assert.IsType<ReceivedCallEvent>(Read(ReceivedText.Replace("\"text\": {\"message\": \"teste\"}", "\"notification\": \"CALL_VOICE\", \"callId\": \"C1\"")));
    }

    [Fact]
    public void A_received_message_of_a_kind_no_spec_describes_is_the_default_received_message()
    {
        ZApiWebhookEvent read = Read(ReceivedText.Replace("\"text\": {\"message\": \"teste\"}", "\"hologram\": {\"depth\": 3}"));

        ReceivedMessageEvent message = Assert.IsType<ReceivedMessageEvent>(read);
        Assert.Equal("5544999999999", message.Phone);
    }

    [Fact]
    public void An_unknown_type_is_an_unknown_event_that_keeps_the_payload()
    {
        const string payload = """{"type": "TeleportCallback", "phone": "5544999999999"}""";

        ZApiUnknownEvent unknown = Assert.IsType<ZApiUnknownEvent>(Read(payload));
        Assert.Equal("TeleportCallback", unknown.Type);
        Assert.Equal(payload, unknown.Json);
        Assert.DoesNotContain("5544999999999", unknown.ToString(), StringComparison.Ordinal);
        Assert.Null(Assert.IsType<ZApiUnknownEvent>(Read("{}")).Type);
    }

    [Fact]
    public void Every_other_documented_event_type_has_its_record()
    {
        Assert.IsType<MessageStatusEvent>(Read("""{"status": "READ", "ids": ["1"], "momment": 1, "phoneDevice": 0, "phone": "1", "type": "MessageStatusCallback", "isGroup": false}"""));
        Assert.IsType<ChatPresenceEvent>(Read("""{"type": "PresenceChatCallback", "phone": "1", "status": "COMPOSING", "lastSeen": null}"""));
        Assert.IsType<DisconnectedEvent>(Read("""{"momment": 1580163342, "error": "Device has been disconnected", "disconnected": true, "type": "DisconnectedCallback"}"""));
        Assert.IsType<ConnectedEvent>(Read("""{"type": "ConnectedCallback", "connected": true, "momment": 26151515154, "phone": "5544999999999"}"""));
    }

    [Fact]
    public void An_id_sent_as_a_number_is_read_as_its_text()
    {
        ReceivedTextEvent text = Assert.IsType<ReceivedTextEvent>(Read(ReceivedText.Replace("\"messageId\": \"A20DA9C0183A2D35A260F53F5D2B9244\"", "\"messageId\": 12345678901234567890")));

        Assert.Equal("12345678901234567890", text.MessageId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("{\"type\": \"ReceivedCallback\"")]
    [InlineData("{\"type\": \"ReceivedCallback\"} {}")]
    public void A_body_that_is_not_one_json_object_is_invalid_json(string body)
    {
        ZApiWebhookException exception = Assert.Throws<ZApiWebhookException>(() => Read(body));

        Assert.Equal(ZApiWebhookError.InvalidJson, exception.Error);
    }

    [Fact]
    public void Nesting_deeper_than_the_reader_allows_is_invalid_json_not_a_crash()
    {
        string deep = "{\"type\": \"X\", \"a\": " + string.Concat(Enumerable.Repeat("{\"a\": ", 200)) + "1" + new string('}', 201);

        Assert.Equal(ZApiWebhookError.InvalidJson, Assert.Throws<ZApiWebhookException>(() => Read(deep)).Error);
    }

    [Fact]
    public void A_documented_member_of_another_type_names_the_kind_and_member_and_no_value()
    {
        string wrong = ReceivedText.Replace("\"phone\": \"5544999999999\"", "\"phone\": {\"secret\": \"5511987654321\"}");

        ZApiWebhookException exception = Assert.Throws<ZApiWebhookException>(() => Read(wrong));

        Assert.Equal(ZApiWebhookError.UndocumentedShape, exception.Error);
        Assert.Equal("received-text", exception.Kind);
        Assert.Contains("phone", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("5511987654321", exception.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The received text with <paramref name="from"/> replaced by raw bytes (an invalid UTF-8 sequence inside).</summary>
    private static byte[] WithBytes(string json, string from, params byte[] bytes)
    {
        int at = json.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, from);
        return [.. Encoding.UTF8.GetBytes(json[..at]), .. bytes, .. Encoding.UTF8.GetBytes(json[(at + from.Length)..])];
    }

    public static TheoryData<string, byte[]> InvalidUtf8() => new()
    {
        // Each place a payload's text can be: what the dispatcher reads (type, notification, the names of
        // content members), an unknown type, a member name at the top and inside, a value a kind's reader reads.
        { "in the type", WithBytes(ReceivedText, "\"ReceivedCallback\"", [.. "\"Received"u8, 0xFF, .. "Callback\""u8]) },
        { "in an unknown type", WithBytes("""{"type": "Teleport!", "where": "Marte"}""", "!", 0xC3, 0x28) },
        { "in a notification code", WithBytes(ReceivedText, "\"text\": {\"message\": \"teste\"}", [.. "\"notification\": \"CALL_"u8, 0xE2, 0x82, .. "VOICE\""u8]) },
        { "in a content member's name", WithBytes(ReceivedText, "\"text\": {", [.. "\"te"u8, 0xF0, 0x9F, .. "xt\": {"u8]) },
        { "in a top-level member name", WithBytes(ReceivedText, "\"phone\":", [.. "\"pho"u8, 0x80, .. "ne\":"u8]) },
        { "in a nested member name", WithBytes(ReceivedText, "{\"message\":", [.. "{\"mess"u8, 0xFE, .. "age\":"u8]) },
        { "in a value the kind's reader reads", WithBytes(ReceivedText, "\"teste\"", [.. "\"tes"u8, 0xC0, 0xAF, .. "te\""u8]) },
        { "in an undocumented member's value", WithBytes(ReceivedText, "\"name\"", [.. "\"na"u8, 0xED, 0xA0, 0x80, .. "me\""u8]) },
        { "as an escaped lone surrogate in the type", Encoding.UTF8.GetBytes(ReceivedText.Replace("\"ReceivedCallback\"", "\"Received\\ud800Callback\"")) },
        { "as an escaped lone surrogate in a member name", Encoding.UTF8.GetBytes(ReceivedText.Replace("\"phone\":", "\"pho\\udc00ne\":")) },
        { "as an escaped lone surrogate in a nested value", Encoding.UTF8.GetBytes(ReceivedText.Replace("\"teste\"", "\"tes\\ud83dte\"")) },
        { "as an escaped lone surrogate in an unknown type", Encoding.UTF8.GetBytes("""{"type": "Teleport\udfff"}""") },
    };

    [Theory]
    [MemberData(nameof(InvalidUtf8))]
    public void Text_that_is_not_valid_unicode_anywhere_is_invalid_json_and_never_another_exception(string place, byte[] body)
    {
        Exception? thrown = Record.Exception(() => ZApiWebhooks.Read(body));

        ZApiWebhookException exception = Assert.IsType<ZApiWebhookException>(thrown);
        Assert.True(exception.Error == ZApiWebhookError.InvalidJson, place);
        Assert.Null(exception.InnerException);
    }

    [Theory]
    [InlineData("{\"type\": \"ReceivedCallback\", \u00a7}", "\u00a7")]
    [InlineData("{\"type\": \"ReceivedCallback\", \"phone\": Q5544}", "Q")]
    [InlineData("{\"type\": \"ReceivedCallback\" \"phone\": \"1\"}", "'\"'")]
    public void A_json_error_gives_a_position_and_never_a_character_of_the_body(string body, string character)
    {
        ZApiWebhookException exception = Assert.Throws<ZApiWebhookException>(() => Read(body));

        Assert.Equal(ZApiWebhookError.InvalidJson, exception.Error);
        Assert.Contains("line 1, byte", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(character, exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("0x", exception.Message, StringComparison.Ordinal);
        Assert.Null(exception.InnerException);
    }

    [Fact]
    public async Task A_documented_kind_its_reader_cannot_read_is_kept_as_an_unreadable_event_when_asked()
    {
        string missing = ReceivedText.Replace("\"messageId\": \"A20DA9C0183A2D35A260F53F5D2B9244\"", "\"messageld\": \"5511987654321\"");

        ZApiWebhookException strict = Assert.Throws<ZApiWebhookException>(() => Read(missing));
        ZApiUnreadableEvent kept = Assert.IsType<ZApiUnreadableEvent>(await ZApiWebhooks.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(missing)), ZApiWebhooks.DefaultMaxBodyBytes, keepUnreadable: true, default));

        Assert.Equal(ZApiWebhookError.UndocumentedShape, strict.Error);
        Assert.Equal("received-text", kept.Kind);
        Assert.Equal(strict.Reason, kept.Reason);
        Assert.Contains("\"messageId\"", kept.Reason, StringComparison.Ordinal);
        Assert.Equal(missing, kept.Json);
        Assert.DoesNotContain("5511987654321", kept.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("5511987654321", kept.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_too_large_whether_read_from_bytes_or_a_stream()
    {
        byte[] body = Encoding.UTF8.GetBytes(ReceivedText);

        Assert.Equal(ZApiWebhookError.TooLarge, Assert.Throws<ZApiWebhookException>(() => ZApiWebhooks.Read(body, maxBodyBytes: 100)).Error);
        Assert.Equal(ZApiWebhookError.TooLarge, (await Assert.ThrowsAsync<ZApiWebhookException>(() => ZApiWebhooks.ReadAsync(new MemoryStream(body), maxBodyBytes: 100))).Error);
    }

    [Fact]
    public async Task A_stream_read_in_small_pieces_gives_the_same_event()
    {
        await using var trickle = new TrickleStream(Encoding.UTF8.GetBytes(ReceivedText), chunk: 7);

        ReceivedTextEvent text = Assert.IsType<ReceivedTextEvent>(await ZApiWebhooks.ReadAsync(trickle));

        Assert.Equal("teste", text.Text.Message);
    }

    [Fact]
    public async Task Many_concurrent_reads_each_get_their_own_payload()
    {
        Task<ZApiWebhookEvent>[] reads = Enumerable.Range(0, 200)
            .Select(i => Task.Run(() => ZApiWebhooks.ReadAsync(new TrickleStream(Encoding.UTF8.GetBytes(ReceivedText.Replace("teste", "message " + i)), chunk: 64))))
            .ToArray();

        ZApiWebhookEvent[] events = await Task.WhenAll(reads);

        Assert.Equal(Enumerable.Range(0, 200).Select(i => "message " + i), events.Select(e => ((ReceivedTextEvent)e).Text.Message));
    }

    /// <summary>A stream that hands out at most <c>chunk</c> bytes per read, as a slow network does.</summary>
    private sealed class TrickleStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, System.Threading.CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, chunk), cancellationToken);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, System.Threading.CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);
    }
}
