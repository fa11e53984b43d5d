using System.Text;
using System.Text.Json;
using Xunit;

namespace ZApi.Client.Tests;

/// <summary>
/// The one-pass reader keeps the strings of the members that repeat from payload to payload (the
/// discriminators, <c>status</c>, the instance's id and phone) in bounded tables (<c>ZApiWebhookTexts</c>):
/// a value read again is the same string, a table never grows past its bound, and past it every value is
/// still read as sent.
/// </summary>
public sealed class WebhookKeptTextsTests
{
    [Fact]
    public void A_value_read_again_is_the_string_kept_the_first_time()
    {
        var texts = new ZApiWebhookTexts(4);

        string? first = Read(texts, "\"A20DA9C0183A2D35A260F53F5D2B9244\"");
        string? second = Read(texts, "\"A20DA9C0183A2D35A260F53F5D2B9244\"");

        Assert.Equal("A20DA9C0183A2D35A260F53F5D2B9244", first);
        Assert.Same(first, second);
    }

    [Fact]
    public void Past_its_bound_the_table_keeps_no_more_and_every_value_is_still_read_as_sent()
    {
        var texts = new ZApiWebhookTexts(2);
        Read(texts, "\"one\"");
        Read(texts, "\"two\"");

        string? third = Read(texts, "\"three\"");
        string? thirdAgain = Read(texts, "\"three\"");

        Assert.Equal("three", third);
        Assert.Equal("three", thirdAgain);
        Assert.NotSame(third, thirdAgain);
        Assert.Same(Read(texts, "\"two\""), Read(texts, "\"two\""));
    }

    [Theory]
    [InlineData("null", null)]
    [InlineData("5544999999999", "5544999999999")]
    [InlineData("\"caf\\u00e9\"", "café")]
    public void Anything_but_a_plain_string_reads_as_the_client_reads_a_string_member(string json, string? expected)
    {
        var texts = new ZApiWebhookTexts(4);

        Assert.Equal(expected, Read(texts, json));
        Assert.Equal(expected, Read(texts, json));
    }

    [Fact]
    public void A_value_of_another_type_is_refused_naming_the_member()
    {
        var texts = new ZApiWebhookTexts(4);

        JsonException error = Assert.Throws<JsonException>(() => Read(texts, "true"));

        Assert.Contains("instanceId", error.Message);
    }

    [Fact]
    public void Webhooks_of_more_instances_than_a_table_keeps_each_read_their_own_instance_and_status()
    {
        for (int i = 0; i < 12; i++)
        {
            string instance = $"INSTANCE-{i:D2}";
            string status = $"STATUS_{i % 7}";
            byte[] payload = Encoding.UTF8.GetBytes(
                "{\"type\": \"ReceivedCallback\", \"phone\": \"5544999999999\", \"fromMe\": false, \"messageId\": \"m" + i + "\", \"status\": \"" + status + "\", "
                + "\"momment\": 1632228638000, \"instanceId\": \"" + instance + "\", \"connectedPhone\": \"55449999" + i.ToString("D4") + "\", \"text\": {\"message\": \"oi\"}}");

            var text = Assert.IsType<ReceivedTextEvent>(ZApiWebhooks.ReadOnePass(payload));

            Assert.Equal(instance, text.InstanceId);
            Assert.Equal(status, text.Status);
            Assert.Equal($"55449999{i:D4}", text.ConnectedPhone);
        }
    }

    private static string? Read(ZApiWebhookTexts texts, string value)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("{\"instanceId\": " + value + "}"));
        reader.Read();
        reader.Read();
        return texts.Read(ref reader, "instanceId");
    }
}
