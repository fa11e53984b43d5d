using System;
using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace ZApi.Benchmarks.PerCall;

/// <summary>
/// <c>--profile</c>: the generated client's call taken apart step by step, each step next to what
/// the hand-written floor d) does instead, with time and allocated bytes per operation. The
/// generated runtime types are internal to this assembly (the generator emits them here), so each
/// step is called exactly as <c>CreateInstanceAsync</c> calls it.
/// </summary>
internal static class CallProfile
{
    private const int Iterations = 200_000;

    private static readonly Uri AbsoluteEndpoint = new("https://api.z-api.io/instances/integrator/on-demand");

    public static void Run()
    {
        DocumentedExample example = Repository.CreateInstanceExample;
        var options = new ZApi.ZApiClientOptions { PartnerToken = CreateInstanceCallBenchmarks.PartnerToken };
        var plainHttp = new HttpClient(new InMemoryHandler(example.ResponseBody, example.StatusCode), disposeHandler: false);
        var baseHttp = new HttpClient(new InMemoryHandler(example.ResponseBody, example.StatusCode), disposeHandler: false) { BaseAddress = new Uri("https://api.z-api.io/") };
        var request = new ZApi.CreateInstanceRequest
        {
            Name = example.Name,
            SessionName = example.SessionName,
            DeliveryCallbackUrl = example.DeliveryCallbackUrl,
            ReceivedCallbackUrl = example.ReceivedCallbackUrl,
            DisconnectedCallbackUrl = example.DisconnectedCallbackUrl,
            ConnectedCallbackUrl = example.ConnectedCallbackUrl,
            MessageStatusCallbackUrl = example.MessageStatusCallbackUrl,
        };
        byte[] body = example.ResponseBody;
        string authorization = "Bearer " + CreateInstanceCallBenchmarks.PartnerToken;
        var utf8 = new Utf8HandWrittenClient(plainHttp, CreateInstanceCallBenchmarks.PartnerToken);
        var dto = new InstanceRequestDto { Name = example.Name, SessionName = example.SessionName, DeliveryCallbackUrl = example.DeliveryCallbackUrl, ReceivedCallbackUrl = example.ReceivedCallbackUrl, DisconnectedCallbackUrl = example.DisconnectedCallbackUrl, ConnectedCallbackUrl = example.ConnectedCallbackUrl, MessageStatusCallbackUrl = example.MessageStatusCallbackUrl };
        var generated = new ZApi.PartnerClient(plainHttp, options);

        Console.WriteLine("== per-call profile: generated client step by step (ns and bytes per operation) ==");
        Step("whole call, generated (no HttpClient.BaseAddress)", () => generated.CreateInstanceAsync(request).GetAwaiter().GetResult());
        Step("whole call, d) by hand", () => utf8.CreateInstanceAsync(dto).GetAwaiter().GetResult());
        Step("whole call, generated with a cached Uri", () => GeneratedVariant(plainHttp, options, request, cachedUri: true, pooledRead: false).GetAwaiter().GetResult());
        Step("whole call, generated with a pooled response read", () => GeneratedVariant(plainHttp, options, request, cachedUri: false, pooledRead: true).GetAwaiter().GetResult());
        Step("whole call, generated with both", () => GeneratedVariant(plainHttp, options, request, cachedUri: true, pooledRead: true).GetAwaiter().GetResult());

        Step("URI: ZApiRequests.Resolve, no HttpClient.BaseAddress (new Uri(base, route))", () => ZApi.ZApiRequests.Resolve(plainHttp, options, "instances/integrator/on-demand"));
        Step("URI: ZApiRequests.Resolve, HttpClient.BaseAddress set (new Uri(route, Relative))", () => ZApi.ZApiRequests.Resolve(baseHttp, options, "instances/integrator/on-demand"));
        Step("URI: d) static readonly absolute Uri", () => AbsoluteEndpoint);

        Step("message: new HttpRequestMessage(Post, uri) + Dispose", () =>
        {
            var m = new HttpRequestMessage(HttpMethod.Post, AbsoluteEndpoint);
            m.Dispose();
            return m;
        });
        Step("header: ZApiRequests.AddPartnerToken", () =>
        {
            using var m = new HttpRequestMessage(HttpMethod.Post, AbsoluteEndpoint);
            ZApi.ZApiRequests.AddPartnerToken(m, options, "create-instance");
            return m;
        }, subtract: "message: new HttpRequestMessage(Post, uri) + Dispose");
        Step("header: d) TryAddWithoutValidation(cached string)", () =>
        {
            using var m = new HttpRequestMessage(HttpMethod.Post, AbsoluteEndpoint);
            m.Headers.TryAddWithoutValidation("Authorization", authorization);
            return m;
        }, subtract: "message: new HttpRequestMessage(Post, uri) + Dispose");

        Step("request body: ZApiJsonContent.Create (pooled scratch + exact copy + content)", () => ZApi.ZApiJsonContent.Create(request, ZApi.CreateInstanceEndpoint.WriteRequest));
        Step("request body: d) ArrayBufferWriter + ByteArrayContent + Content-Type", () => Utf8Write(dto));

        Step("response bytes: Content.ReadAsByteArrayAsync (generated)", () =>
        {
            using var content = new ByteArrayContent(body);
            return content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        });
        Step("response bytes: d) ReadAsStreamAsync into a pooled buffer", () =>
        {
            using var content = new ByteArrayContent(body);
            Stream stream = content.ReadAsStreamAsync().GetAwaiter().GetResult();
            byte[] buffer = ArrayPool<byte>.Shared.Rent(1024);
            int read = stream.Read(buffer, 0, buffer.Length);
            ArrayPool<byte>.Shared.Return(buffer);
            return read;
        });
        Step("response bytes: new ByteArrayContent only (subtracted above)", () => new ByteArrayContent(body));

        Step("parse: ZApiJsonBody.Read(body, ..., CreateInstanceEndpoint.ReadResponse)", () => ZApi.ZApiJsonBody.Read(body, "create-instance", System.Net.HttpStatusCode.Created, ZApi.CreateInstanceEndpoint.ReadResponse));
        Step("parse: d) Utf8JsonReader by hand", () => Utf8Parse(body));
        Console.WriteLine();
    }

    /// <summary>The generated CreateInstanceAsync, copied, with the two candidate fixes switchable.</summary>
    private static async Task<ZApi.CreateInstanceResponse> GeneratedVariant(HttpClient http, ZApi.ZApiClientOptions options, ZApi.CreateInstanceRequest request, bool cachedUri, bool pooledRead, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        Uri uri = cachedUri ? AbsoluteEndpoint : ZApi.ZApiRequests.Resolve(http, options, ZApi.CreateInstanceEndpoint.Route);
        using var httpRequest = new HttpRequestMessage(HttpMethod.Post, uri);
        ZApi.ZApiRequests.AddPartnerToken(httpRequest, options, ZApi.CreateInstanceEndpoint.Operation);
        httpRequest.Content = ZApi.ZApiJsonContent.Create(request, ZApi.CreateInstanceEndpoint.WriteRequest);

        HttpResponseMessage? httpResponse = null;
        try
        {
            httpResponse = await http.SendAsync(httpRequest, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!httpResponse.IsSuccessStatusCode)
            {
                throw await ZApi.ZApiRequests.ErrorAsync(httpResponse, ZApi.CreateInstanceEndpoint.Operation, ZApi.CreateInstanceEndpoint.HintFor(httpResponse.StatusCode), cancellationToken).ConfigureAwait(false);
            }

            if (!pooledRead)
            {
                byte[] body = await httpResponse.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                return ZApi.ZApiJsonBody.Read(body, ZApi.CreateInstanceEndpoint.Operation, httpResponse.StatusCode, ZApi.CreateInstanceEndpoint.ReadResponse);
            }

            Stream stream = await httpResponse.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            byte[] buffer = ArrayPool<byte>.Shared.Rent(1024);
            int length = 0;
            try
            {
                int read;
                while ((read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    length += read;
                    if (length == buffer.Length)
                    {
                        byte[] larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        Buffer.BlockCopy(buffer, 0, larger, 0, length);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                }

                return ZApi.ZApiJsonBody.Read(new ReadOnlySpan<byte>(buffer, 0, length), ZApi.CreateInstanceEndpoint.Operation, httpResponse.StatusCode, ZApi.CreateInstanceEndpoint.ReadResponse);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (Exception exception) when (ZApi.ZApiRequests.IsTransportFailure(exception, cancellationToken))
        {
            throw ZApi.ZApiRequests.TransportFailure(ZApi.CreateInstanceEndpoint.Operation, httpResponse, exception);
        }
        finally
        {
            httpResponse?.Dispose();
        }
    }

    private static readonly System.Collections.Generic.Dictionary<string, (double Ns, double Bytes)> Results = new();

    private static void Step(string name, Func<object> action, string? subtract = null)
    {
        for (int i = 0; i < 20_000; i++)
        {
            action();
        }

        double bestNs = double.MaxValue;
        double bytes = 0;
        for (int round = 0; round < 3; round++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            long start = Stopwatch.GetTimestamp();
            for (int i = 0; i < Iterations; i++)
            {
                action();
            }

            double ns = Stopwatch.GetElapsedTime(start).TotalMilliseconds * 1_000_000 / Iterations;
            bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)Iterations;
            bestNs = Math.Min(bestNs, ns);
        }

        Results[name] = (bestNs, bytes);
        string note = string.Empty;
        if (subtract is not null && Results.TryGetValue(subtract, out var b))
        {
            note = FormattableString.Invariant($"  (step alone: {bestNs - b.Ns,7:F0} ns, {bytes - b.Bytes,6:F0} B)");
        }

        Console.WriteLine(FormattableString.Invariant($"{name,-86} {bestNs,8:F0} ns {bytes,7:F0} B{note}"));
    }

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private static ByteArrayContent Utf8Write(InstanceRequestDto request)
    {
        ArrayBufferWriter<byte> buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        Utf8JsonWriter writer = t_writer ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true });
        writer.Reset(buffer);
        writer.WriteStartObject();
        writer.WriteString("name"u8, request.Name);
        writer.WriteString("sessionName"u8, request.SessionName);
        writer.WriteString("deliveryCallbackUrl"u8, request.DeliveryCallbackUrl);
        writer.WriteString("receivedCallbackUrl"u8, request.ReceivedCallbackUrl);
        writer.WriteString("disconnectedCallbackUrl"u8, request.DisconnectedCallbackUrl);
        writer.WriteString("connectedCallbackUrl"u8, request.ConnectedCallbackUrl);
        writer.WriteString("messageStatusCallbackUrl"u8, request.MessageStatusCallbackUrl);
        writer.WriteEndObject();
        writer.Flush();
        var content = new ByteArrayContent(buffer.WrittenSpan.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        return content;
    }

    private static object Utf8Parse(byte[] body)
    {
        var reader = new Utf8JsonReader(body);
        reader.Read();
        string? id = null, token = null;
        long due = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8)) { reader.Read(); id = reader.GetString(); }
            else if (reader.ValueTextEquals("token"u8)) { reader.Read(); token = reader.GetString(); }
            else if (reader.ValueTextEquals("due"u8)) { reader.Read(); due = EpochMillisecondsConverter.ReadMilliseconds(ref reader); }
            else { reader.Read(); reader.Skip(); }
        }

        return new InstanceResponseDto { Id = id!, Token = token!, Due = DateTimeOffset.FromUnixTimeMilliseconds(due) };
    }
}
