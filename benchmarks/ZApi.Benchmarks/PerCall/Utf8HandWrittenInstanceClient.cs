using System;
using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace ZApi.Benchmarks.PerCall;

/// <summary>
/// d) The floor for send-text: Utf8JsonWriter/Utf8JsonReader by hand, as a careful engineer writes it
/// for one instance. The absolute URI (instance id and token escaped once) and the Client-Token value
/// are cached, the request is written with a per-thread writer and buffer, the response read into a
/// pooled buffer and parsed in place. Like d) for create-instance it has no body time-out, no size cap
/// and no error excerpt.
/// </summary>
public sealed class Utf8HandWrittenInstanceClient
{
    private static readonly JsonEncodedText Phone = JsonEncodedText.Encode("phone");
    private static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText DelayMessage = JsonEncodedText.Encode("delayMessage");
    private static readonly JsonEncodedText DelayTyping = JsonEncodedText.Encode("delayTyping");
    private static readonly JsonEncodedText EditMessageId = JsonEncodedText.Encode("editMessageId");

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private readonly HttpClient _http;
    private readonly Uri _sendText;
    private readonly string _clientToken;

    public Utf8HandWrittenInstanceClient(HttpClient http, string instanceId, string instanceToken, string clientToken)
    {
        _http = http;
        _sendText = new Uri($"https://api.z-api.io/instances/{Uri.EscapeDataString(instanceId)}/token/{Uri.EscapeDataString(instanceToken)}/send-text");
        _clientToken = clientToken;
    }

    public async Task<MessageSentDto> SendTextAsync(SendTextRequestDto request, CancellationToken cancellationToken = default)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, _sendText) { Content = WriteBody(request) };
        message.Headers.TryAddWithoutValidation("Client-Token", _clientToken);

        using HttpResponseMessage response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"send-text failed with HTTP {(int)response.StatusCode}", null, response.StatusCode);
        }

        Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(1024);
        int length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    byte[] larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    Buffer.BlockCopy(buffer, 0, larger, 0, length);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                int read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            return ReadResponse(new ReadOnlySpan<byte>(buffer, 0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    internal static ByteArrayContent WriteBody(SendTextRequestDto request)
    {
        ArrayBufferWriter<byte> buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        Utf8JsonWriter writer = t_writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        writer.Reset(buffer);

        writer.WriteStartObject();
        writer.WriteString(Phone, request.Phone);
        writer.WriteString(Message, request.Message);
        if (request.DelayMessage is double delayMessage)
        {
            writer.WriteNumber(DelayMessage, delayMessage);
        }

        if (request.DelayTyping is double delayTyping)
        {
            writer.WriteNumber(DelayTyping, delayTyping);
        }

        if (request.EditMessageId is not null)
        {
            writer.WriteString(EditMessageId, request.EditMessageId);
        }

        writer.WriteEndObject();
        writer.Flush();

        var content = new ByteArrayContent(buffer.WrittenSpan.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        return content;
    }

    internal static MessageSentDto ReadResponse(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("send-text: a JSON object was expected.");
        }

        string? zaapId = null;
        string? messageId = null;
        string? id = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("zaapId"u8))
            {
                reader.Read();
                zaapId = reader.GetString();
            }
            else if (reader.ValueTextEquals("messageId"u8))
            {
                reader.Read();
                messageId = reader.GetString();
            }
            else if (reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                id = reader.GetString();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new MessageSentDto
        {
            ZaapId = zaapId ?? throw new JsonException("send-text: zaapId is missing."),
            MessageId = messageId ?? throw new JsonException("send-text: messageId is missing."),
            Id = id,
        };
    }
}
