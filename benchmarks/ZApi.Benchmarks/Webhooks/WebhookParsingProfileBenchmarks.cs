using System;
using System.Reflection;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace ZApi.Benchmarks.Webhooks;

/// <summary>
/// <c>--filter '*WebhookParsingProfile*'</c>: <c>ZApiWebhooks.Read</c> taken apart, each step called
/// exactly as <c>Read</c> calls it (the generated runtime is internal to this assembly), next to the
/// floors of one pass over the payload: where the generated reader's time and bytes go.
/// </summary>
[MemoryDiagnoser]
public class WebhookParsingProfileBenchmarks
{
    private byte[] _json = null!;
    private byte[][] _types = null!;
    private byte[][] _notifications = null!;
    private byte[][] _contents = null!;

    [Params(WebhookParsingBenchmarks.ReceivedText, WebhookParsingBenchmarks.ReceivedImage)]
    public string Payload { get; set; } = WebhookParsingBenchmarks.ReceivedText;

    [GlobalSetup]
    public void Setup()
    {
        _json = Payload == WebhookParsingBenchmarks.ReceivedText ? WebhookPayloads.ReceivedText : WebhookPayloads.ReceivedImage;

        // The dispatcher's own tables (private to the generated ZApiWebhooks), read once.
        _types = Table("DocumentedTypes");
        _notifications = Table("DocumentedNotifications");
        _contents = Table("ContentMembers");
        WebhookParsingBenchmarks.WarmUp();
    }

    [Benchmark(Baseline = true, Description = "ZApiWebhooks.Read, whole")]
    public ZApi.ZApiWebhookEvent Whole() => ZApi.ZApiWebhooks.Read(_json);

    [Benchmark(Description = "1. ZApiWebhookPayload.Scan (which kind)")]
    public int Scan() => ZApi.ZApiWebhookPayload.Scan(_json, _types, _notifications, _contents).Type;

    [Benchmark(Description = "2. the kind's ReadValue (the records)")]
    public ZApi.ZApiWebhookEvent KindReader()
    {
        var reader = new Utf8JsonReader(_json);
        reader.Read();
        return Payload == WebhookParsingBenchmarks.ReceivedText
            ? ZApi.ReceivedTextEventJson.ReadValue(ref reader)
            : ZApi.ReceivedImageEventJson.ReadValue(ref reader);
    }

    [Benchmark(Description = "2a. of which: the member-name if/else chains only")]
    public int NameChains()
    {
        // Every member name tested against the reader's names in its order, as the generated
        // ReadValue's if/else chain does (ValueTextEquals each), values skipped, nothing built.
        byte[][] top = Payload == WebhookParsingBenchmarks.ReceivedText ? TextEventMembers : ImageEventMembers;
        byte[][] content = Payload == WebhookParsingBenchmarks.ReceivedText ? TextMembers : ImageMembers;
        var reader = new Utf8JsonReader(_json);
        int tests = 0;
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            byte[][] names = reader.CurrentDepth == 1 ? top : content;
            for (int i = 0; i < names.Length; i++)
            {
                tests++;
                if (reader.ValueTextEquals(names[i]))
                {
                    break;
                }
            }
        }

        return tests;
    }

    [Benchmark(Description = "floor: Utf8JsonReader over every token")]
    public int TokenWalk()
    {
        var reader = new Utf8JsonReader(_json);
        int tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    [Benchmark(Description = "floor: every token, GetString on every string")]
    public int TokenWalkStrings()
    {
        var reader = new Utf8JsonReader(_json);
        int length = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                length += reader.GetString()!.Length;
            }
        }

        return length;
    }

    [Benchmark(Description = "STJ source gen, whole")]
    public StjWebhookEvent? Stj() => JsonSerializer.Deserialize(_json, WebhookStjContext.Webhooks.StjWebhookEvent);

    // The members in the order of the generated readers' if/else chains (ReceivedTextEventJson.ReadValue, ...).
    private static readonly byte[][] CommonHead = Names("phone", "fromMe", "messageId", "status", "momment", "type");
    private static readonly byte[][] CommonTail = Names("isStatusReply", "senderLid", "connectedPhone", "waitingMessage", "isEdit", "isGroup", "isNewsletter",
        "participantPhone", "participantLid", "referenceMessageId", "messageExpirationSeconds", "requestMethod", "photo", "instanceId", "chatLid", "chatName",
        "senderName", "senderPhoto", "broadcast", "externalAdReply", "forwarded", "fromApi");
    private static readonly byte[][] TextEventMembers = [.. CommonHead, .. Names("text"), .. CommonTail, .. Names("statusImage", "broadcastRecipients")];
    private static readonly byte[][] ImageEventMembers = [.. CommonHead, .. Names("image"), .. CommonTail];
    private static readonly byte[][] TextMembers = Names("message", "description", "title", "url", "thumbnailUrl");
    private static readonly byte[][] ImageMembers = Names("mimeType", "caption", "imageUrl", "thumbnailUrl", "downloadError", "width", "height", "viewOnce");

    private static byte[][] Names(params string[] names) => Array.ConvertAll(names, System.Text.Encoding.UTF8.GetBytes);

    private static byte[][] Table(string name) =>
        (byte[][])(typeof(ZApi.ZApiWebhooks).GetField(name, BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null)
            ?? throw new InvalidOperationException($"ZApiWebhooks.{name} is gone: update the profile."));
}
