using System;
using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace ZApi.Benchmarks.PerCall;

/// <summary>
/// d) The floor: Utf8JsonWriter/Utf8JsonReader by hand, as a careful engineer writes it. Pre-encoded
/// member names, a cached absolute URI and Authorization value, a per-thread reusable writer and
/// buffer for the request, the response read into a pooled buffer and parsed in place.
/// </summary>
public sealed class Utf8HandWrittenClient
{
    private static readonly Uri Endpoint = new("https://api.z-api.io/instances/integrator/on-demand");

    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText SessionName = JsonEncodedText.Encode("sessionName");
    private static readonly JsonEncodedText DeliveryCallbackUrl = JsonEncodedText.Encode("deliveryCallbackUrl");
    private static readonly JsonEncodedText ReceivedCallbackUrl = JsonEncodedText.Encode("receivedCallbackUrl");
    private static readonly JsonEncodedText DisconnectedCallbackUrl = JsonEncodedText.Encode("disconnectedCallbackUrl");
    private static readonly JsonEncodedText ConnectedCallbackUrl = JsonEncodedText.Encode("connectedCallbackUrl");
    private static readonly JsonEncodedText MessageStatusCallbackUrl = JsonEncodedText.Encode("messageStatusCallbackUrl");

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
    private readonly string _authorization;

    public Utf8HandWrittenClient(HttpClient http, string partnerToken)
    {
        _http = http;
        _authorization = "Bearer " + partnerToken;
    }

    public async Task<InstanceResponseDto> CreateInstanceAsync(InstanceRequestDto request, CancellationToken cancellationToken = default)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = WriteBody(request) };
        message.Headers.TryAddWithoutValidation("Authorization", _authorization);

        using HttpResponseMessage response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"create-instance failed with HTTP {(int)response.StatusCode}", null, response.StatusCode);
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

    private static ByteArrayContent WriteBody(InstanceRequestDto request)
    {
        ArrayBufferWriter<byte> buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        Utf8JsonWriter writer = t_writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        writer.Reset(buffer);

        writer.WriteStartObject();
        writer.WriteString(Name, request.Name);
        WriteOptional(writer, SessionName, request.SessionName);
        WriteOptional(writer, DeliveryCallbackUrl, request.DeliveryCallbackUrl);
        WriteOptional(writer, ReceivedCallbackUrl, request.ReceivedCallbackUrl);
        WriteOptional(writer, DisconnectedCallbackUrl, request.DisconnectedCallbackUrl);
        WriteOptional(writer, ConnectedCallbackUrl, request.ConnectedCallbackUrl);
        WriteOptional(writer, MessageStatusCallbackUrl, request.MessageStatusCallbackUrl);
        writer.WriteEndObject();
        writer.Flush();

        var content = new ByteArrayContent(buffer.WrittenSpan.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        return content;
    }

    private static void WriteOptional(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static InstanceResponseDto ReadResponse(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("create-instance: a JSON object was expected.");
        }

        string? id = null;
        string? token = null;
        long? due = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                id = reader.GetString();
            }
            else if (reader.ValueTextEquals("token"u8))
            {
                reader.Read();
                token = reader.GetString();
            }
            else if (reader.ValueTextEquals("due"u8))
            {
                reader.Read();
                due = EpochMillisecondsConverter.ReadMilliseconds(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new InstanceResponseDto
        {
            Id = id ?? throw new JsonException("create-instance: id is missing."),
            Token = token ?? throw new JsonException("create-instance: token is missing."),
            Due = DateTimeOffset.FromUnixTimeMilliseconds(due ?? throw new JsonException("create-instance: due is missing.")),
        };
    }
}
