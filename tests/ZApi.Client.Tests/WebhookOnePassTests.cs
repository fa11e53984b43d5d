using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;

namespace ZApi.Client.Tests;

/// <summary>
/// <c>ZApiWebhooks.Read</c> reads a payload in one pass (<c>ReadOnePass</c>) and leaves what that pass
/// does not read as it is to the checked way (<c>ReadChecked</c>: the scan, then the kind's reader). Every
/// documented payload is read by the one pass, into the same event the checked way gives; the payloads the
/// one pass must not read alone go the checked way.
/// </summary>
public sealed class WebhookOnePassTests
{
    private static readonly JsonSerializerOptions Describe = new() { WriteIndented = false };

    public static TheoryData<string, int> Examples() => WebhookEndpointTests.Examples();

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_documented_example_is_read_in_one_pass_into_the_event_the_checked_way_reads(string file, int example)
    {
        EventSpec spec = SpecParser.ParseFile(Path.Combine(AppContext.BaseDirectory, "specs", "events", file)).Event!;
        byte[] payload = Encoding.UTF8.GetBytes(spec.Examples[example].Json);

        Assert.True(ZApiWebhookPayload.IsPlain(payload));
        ZApiWebhookEvent onePass = ZApiWebhooks.ReadOnePass(payload) ?? throw new Xunit.Sdk.XunitException($"{file} example {example + 1} was not read in one pass.");
        ZApiWebhookEvent checkedWay = ZApiWebhooks.ReadChecked(payload);

        Assert.Equal(checkedWay.GetType(), onePass.GetType());
        Assert.Equal(spec.RecordName, onePass.GetType().Name);
        Assert.Equal(JsonSerializer.Serialize(checkedWay, checkedWay.GetType(), Describe), JsonSerializer.Serialize(onePass, onePass.GetType(), Describe));
    }

    [Fact]
    public void The_type_string_of_a_documented_spelling_is_the_same_string_every_time()
    {
        byte[] payload = Encoding.UTF8.GetBytes("""{"type": "DeliveryCallback", "phone": "1", "zaapId": "z", "messageId": "m"}""");

        var first = Assert.IsType<DeliveryEvent>(ZApiWebhooks.Read(payload));
        var second = Assert.IsType<DeliveryEvent>(ZApiWebhooks.Read(payload));

        Assert.Equal("DeliveryCallback", first.Type);
        Assert.Same(first.Type, second.Type);
    }

    [Theory]
    [InlineData("an escaped surrogate", """{"type": "ReceivedCallback", "x": "\ud83d\ude00"}""")]
    [InlineData("an escaped lone surrogate", """{"type": "ReceivedCallback", "x": "\udfff"}""")]
    public void A_payload_with_an_escaped_surrogate_is_scanned_first(string what, string json)
    {
        Assert.False(ZApiWebhookPayload.IsPlain(Encoding.UTF8.GetBytes(json)), what);
    }

    [Theory]
    [InlineData("""{"type": "NoSuchCallback", "phone": "1"}""")]
    [InlineData("""{"phone": "1"}""")]
    public void A_payload_no_documented_kind_claims_is_left_to_the_checked_way(string json)
    {
        Assert.Null(ZApiWebhooks.ReadOnePass(Encoding.UTF8.GetBytes(json)));
        Assert.IsType<ZApiUnknownEvent>(ZApiWebhooks.Read(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void A_member_another_kind_declares_that_does_not_fit_it_is_ignored_as_the_checked_way_ignores_it()
    {
        // "image" is received-image's content (an object); in a received text it is no member of the kind, so its value does not matter.
        string json = """{"type": "ReceivedCallback", "phone": "1", "messageId": "m", "image": "not an object", "text": {"message": "hi"}}""";

        Assert.Throws<JsonException>(() => ZApiWebhooks.ReadOnePass(Encoding.UTF8.GetBytes(json)));
        ReceivedTextEvent text = Assert.IsType<ReceivedTextEvent>(ZApiWebhooks.Read(Encoding.UTF8.GetBytes(json)));
        Assert.Equal("hi", text.Text.Message);
    }

    [Fact]
    public void A_kind_that_reads_a_shared_member_its_own_way_reads_it_from_where_the_pass_met_it()
    {
        // "status" is a string in received messages, an enum in message-status: read both ways from one pass.
        string json = """{"status": "READ", "ids": ["a"], "momment": 1, "phoneDevice": 0, "phone": "1", "isGroup": false, "type": "MessageStatusCallback"}""";

        MessageStatusEvent status = Assert.IsType<MessageStatusEvent>(ZApiWebhooks.ReadOnePass(Encoding.UTF8.GetBytes(json)));
        Assert.Equal(JsonSerializer.Serialize(ZApiWebhooks.ReadChecked(Encoding.UTF8.GetBytes(json)), typeof(MessageStatusEvent)), JsonSerializer.Serialize(status));
    }
}
