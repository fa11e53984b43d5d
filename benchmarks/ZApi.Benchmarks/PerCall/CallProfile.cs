using ZApi.Benchmarks.Paired;
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
/// step is called exactly as <c>CreateInstanceAsync</c> calls it. With <c>--thread-cpu</c> each step
/// is timed by the thread's CPU clock (<see cref="ThreadCpuClock"/>), for a machine shared with builds.
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
        Step("whole call, generated create-instance (no HttpClient.BaseAddress)", () => generated.CreateInstanceAsync(request).GetAwaiter().GetResult());
        Step("whole call, d) create-instance by hand", () => utf8.CreateInstanceAsync(dto).GetAwaiter().GetResult());

        SendTextExample sendText = Repository.SendTextExample;
        var instanceOptions = new ZApi.ZApiClientOptions { InstanceId = SendTextCallBenchmarks.InstanceId, InstanceToken = SendTextCallBenchmarks.InstanceToken, ClientToken = SendTextCallBenchmarks.ClientToken };
        var instanceHttp = new HttpClient(new InMemoryHandler(sendText.ResponseBody, sendText.StatusCode), disposeHandler: false);
        var instance = new ZApi.InstanceClient(instanceHttp, instanceOptions);
        var utf8Instance = new Utf8HandWrittenInstanceClient(instanceHttp, SendTextCallBenchmarks.InstanceId, SendTextCallBenchmarks.InstanceToken, SendTextCallBenchmarks.ClientToken);
        var sendRequest = new ZApi.SendTextRequest { Phone = sendText.Phone, Message = sendText.Message };
        var sendDto = new SendTextRequestDto { Phone = sendText.Phone, Message = sendText.Message };
        ZApi.ZApiInstance boundInstance = InstanceOf(instance);
        Step("whole call, generated send-text", () => instance.SendTextAsync(sendRequest).GetAwaiter().GetResult());
        Step("whole call, d) send-text by hand", () => utf8Instance.SendTextAsync(sendDto).GetAwaiter().GetResult());

        Step("send-text body: ZApiJsonContent.Create", () => ZApi.ZApiJsonContent.Create(sendRequest, ZApi.SendTextEndpoint.WriteRequest));
        Step("send-text body: d) WriteBody", () => Utf8HandWrittenInstanceClient.WriteBody(sendDto));
        byte[] sendBody = sendText.ResponseBody;
        Step("send-text parse: ZApiJsonBody.Read(..., SendTextEndpoint.ReadResponse)", () => ZApi.ZApiJsonBody.Read(sendBody, "send-text", System.Net.HttpStatusCode.OK, ZApi.SendTextEndpoint.ReadResponse));
        Step("send-text parse: d) ReadResponse", () => Utf8HandWrittenInstanceClient.ReadResponse(sendBody));
        Step("send-text parse: generated reader, comments skipped (as ZApiJsonBody.Read)", () =>
        {
            var reader = new Utf8JsonReader(sendBody, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            reader.Read();
            ZApi.MessageSent sent = ZApi.SendTextEndpoint.ReadResponse(ref reader);
            return reader.Read() ? null! : sent;
        });
        Step("send-text parse: generated reader, comments disallowed", () =>
        {
            var reader = new Utf8JsonReader(sendBody);
            reader.Read();
            ZApi.MessageSent sent = ZApi.SendTextEndpoint.ReadResponse(ref reader);
            return reader.Read() ? null! : sent;
        });
        Step("send-text header: ZApiRequests.AddClientToken", () =>
        {
            using var m = new HttpRequestMessage(HttpMethod.Post, AbsoluteEndpoint);
            ZApi.ZApiRequests.AddClientToken(m, instanceOptions);
            return m;
        });
        var okResponse = new HttpResponseMessage(System.Net.HttpStatusCode.OK);
        Step("send-text read+parse: ZApiResponses.ReadJsonAsync (buffered)", () =>
        {
            okResponse.Content = Content(sendBody);
            return ZApi.ZApiResponses.ReadJsonAsync(instanceHttp, okResponse, "send-text", 4096, ZApi.SendTextEndpoint.HintFor, ZApi.SendTextEndpoint.ReadResponse, default).GetAwaiter().GetResult();
        });

        Step("URI: CreateInstanceEndpoint.RouteUri.Resolve (cached per base address)", () => ZApi.CreateInstanceEndpoint.RouteUri.Resolve(plainHttp, options));
        Step("URI: SendTextEndpoint.RouteUri.Resolve (cached per instance and base address)", () => ZApi.SendTextEndpoint.RouteUri.Resolve(instanceHttp, instanceOptions, boundInstance, ZApi.SendTextEndpoint.Operation));
        Step("URI: before, instance prefix + route, ZApiRequests.Resolve (new Uri per call)", () => ZApi.ZApiRequests.Resolve(instanceHttp, instanceOptions, "instances/" + SendTextCallBenchmarks.InstanceId + "/token/" + SendTextCallBenchmarks.InstanceToken + "/send-text"));
        Step("URI: d) cached absolute Uri", () => AbsoluteEndpoint);

        Step("body time-out: TakeSource + ReturnUnarmed, body already there (what ReadAsync does)", () =>
        {
            CancellationTokenSource? source = ZApi.ZApiBodyTimeout.TakeSource(plainHttp);
            ZApi.ZApiBodyTimeout.ReturnUnarmed(source);
            return plainHttp;
        });
        Step("body time-out: before, Take + Release, body already there (the struct on every call)", () =>
        {
            ZApi.ZApiBodyTimeout t = ZApi.ZApiBodyTimeout.Take(plainHttp, default);
            t.Release();
            return plainHttp;
        });
        Step("body time-out: Take + Arm + Release (a read waited; as every call did before)", () =>
        {
            ZApi.ZApiBodyTimeout t = ZApi.ZApiBodyTimeout.Take(plainHttp, default);
            t.Arm();
            t.Release();
            return plainHttp;
        });
        using var callerSource = new CancellationTokenSource();
        Step("body time-out: Take + Arm + Release, cancellable caller token", () =>
        {
            ZApi.ZApiBodyTimeout t = ZApi.ZApiBodyTimeout.Take(plainHttp, callerSource.Token);
            t.Arm();
            t.Release();
            return plainHttp;
        });
        Step("body time-out: before, CreateLinkedTokenSource + CancelAfter + Dispose (cancellable caller)", () =>
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(callerSource.Token);
            linked.CancelAfter(plainHttp.Timeout);
            return plainHttp;
        });

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

        Step("request body: ZApiJsonContent.Create (per-thread scratch + exact copy + content)", () => ZApi.ZApiJsonContent.Create(request, ZApi.CreateInstanceEndpoint.WriteRequest));
        Step("request body: d) ArrayBufferWriter + ByteArrayContent + Content-Type", () => Utf8Write(dto));

        Step("response: new ByteArrayContent + Content-Type (subtracted below)", () => Content(body));
        Step("response: Content.Headers.ContentLength (computed, then stored in the headers)", () => Content(body).Headers.ContentLength ?? 0, subtract: "response: new ByteArrayContent + Content-Type (subtracted below)");
        Step("response: Content.Headers.NonValidated Content-Length (what ReadAsync uses)", () => Content(body).Headers.NonValidated.TryGetValues("Content-Length", out _), subtract: "response: new ByteArrayContent + Content-Type (subtracted below)");
        var response = new HttpResponseMessage(System.Net.HttpStatusCode.Created);
        Step("response bytes: ZApiResponses.ReadAsync (buffered: no async step, no timer)", () =>
        {
            response.Content = Content(body);
            (byte[] buffer, int length) = ZApi.ZApiResponses.ReadAsync(plainHttp, response, "create-instance", options.MaxResponseBytes, default).GetAwaiter().GetResult();
            ArrayPool<byte>.Shared.Return(buffer);
            return length;
        }, subtract: "response: new ByteArrayContent + Content-Type (subtracted below)");
        Step("response bytes: d) ReadAsStreamAsync into a pooled buffer", () =>
        {
            using var content = Content(body);
            Stream stream = content.ReadAsStreamAsync().GetAwaiter().GetResult();
            byte[] buffer = ArrayPool<byte>.Shared.Rent(1024);
            int length = 0, read;
            while ((read = stream.ReadAsync(buffer.AsMemory(length)).AsTask().GetAwaiter().GetResult()) > 0)
            {
                length += read;
            }

            ArrayPool<byte>.Shared.Return(buffer);
            return length;
        }, subtract: "response: new ByteArrayContent + Content-Type (subtracted below)");

        Step("parse: ZApiJsonBody.Read(body, ..., CreateInstanceEndpoint.ReadResponse)", () => ZApi.ZApiJsonBody.Read(body, "create-instance", System.Net.HttpStatusCode.Created, ZApi.CreateInstanceEndpoint.ReadResponse));
        Step("parse: d) Utf8JsonReader by hand", () => Utf8Parse(body));
        Console.WriteLine();
    }

    private static ByteArrayContent Content(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        return content;
    }

    /// <summary>The client's instance, as its generated methods pass it (a private field; read once, outside the measured loop).</summary>
    private static ZApi.ZApiInstance InstanceOf(ZApi.InstanceClient client) =>
        (ZApi.ZApiInstance)typeof(ZApi.InstanceClient).GetField("_instance", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(client)!;

    private static readonly System.Collections.Generic.Dictionary<string, (double Ns, double Bytes)> Results = new();

    private static void Step(string name, Func<object> action, string? subtract = null)
    {
        for (int i = 0; i < 20_000; i++)
        {
            action();
        }

        double bestNs = double.MaxValue;
        double bytes = 0;
        bool cpu = ThreadCpuClock.Requested && ThreadCpuClock.Available;
        for (int round = 0; round < 3; round++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            long start = Stopwatch.GetTimestamp();
            double cpuStart = cpu ? ThreadCpuClock.Milliseconds() : 0;
            for (int i = 0; i < Iterations; i++)
            {
                action();
            }

            double ms = cpu ? ThreadCpuClock.Milliseconds() - cpuStart : Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            double ns = ms * 1_000_000 / Iterations;
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
        Utf8JsonWriter writer = t_writer ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
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
