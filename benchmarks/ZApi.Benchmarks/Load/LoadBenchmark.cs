using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Refit;
using ZApi.Benchmarks.PerCall;

namespace ZApi.Benchmarks.Load;

/// <summary>
/// <c>--load</c>: many <c>SendTextAsync</c> calls, <see cref="Concurrency"/> in flight, against an
/// in-memory server with about 1 ms of latency (<see cref="LatencyLine"/>), for the generated client, Refit
/// and the hand-written floor d). Every request body is checked byte for byte by the server and every
/// response value by the caller, so the run measures real work. Per client: throughput, process CPU
/// time per call, bytes allocated per call and GC counts; the median of several repetitions.
/// </summary>
internal static class LoadBenchmark
{
    public const int Concurrency = 64;

    public static List<LoadResult> Run(int calls, int repetitions, int warmupCalls)
    {
        var server = new LoadServer(calls);
        var clients = new LoadClient[]
        {
            new GeneratedLoadClient(server),
            new RefitLoadClient(server),
            new FloorLoadClient(server),
        };

        Console.WriteLine(FormattableString.Invariant($"== load: send-text, {calls:N0} calls x {repetitions} repetitions per client, {Concurrency} in flight, ~1 ms server latency (a 1 ms clock thread completes waiting requests), GC {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, thread-pool spin limit {AppContext.GetData("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit") ?? "default"} =="));
        foreach (LoadClient client in clients)
        {
            // Warm-up: tiered JIT, pools, connection-free handler; the same checks as measured runs.
            Measure(client, server, warmupCalls);
        }

        var samples = clients.ToDictionary(c => c.Name, _ => new List<LoadSample>());
        for (int repetition = 0; repetition < repetitions; repetition++)
        {
            // Interleaved, so a burst of load from elsewhere hits every client alike.
            foreach (LoadClient client in clients)
            {
                samples[client.Name].Add(Measure(client, server, calls));
            }
        }

        List<LoadResult> results = clients.Select(c => LoadResult.Median(c.Name, samples[c.Name])).ToList();
        // Each repetition's ratios from its own adjacent runs, then their median: steadier than a ratio of medians under outside load.
        List<LoadSample> generated = samples[GeneratedLoadClient.ClientName], refit = samples[RefitLoadClient.ClientName], floor = samples[FloorLoadClient.ClientName];
        PairedCpuGeneratedToFloor = MedianOf(Enumerable.Range(0, repetitions).Select(i => generated[i].CpuMicrosecondsPerCall / floor[i].CpuMicrosecondsPerCall));
        PairedCpuRefitToGenerated = MedianOf(Enumerable.Range(0, repetitions).Select(i => refit[i].CpuMicrosecondsPerCall / generated[i].CpuMicrosecondsPerCall));
        return results;
    }

    /// <summary>The median over repetitions of generated/d) CPU per call, each from the same repetition.</summary>
    public static double PairedCpuGeneratedToFloor { get; private set; }

    /// <summary>The median over repetitions of Refit/generated CPU per call, each from the same repetition.</summary>
    public static double PairedCpuRefitToGenerated { get; private set; }

    private static double MedianOf(IEnumerable<double> values)
    {
        double[] sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static LoadSample Measure(LoadClient client, LoadServer server, int calls)
    {
        server.Reset(calls);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        // The process's CPU time, user and kernel, as Process.TotalProcessorTime reports it, but from
        // getrusage (microseconds) rather than /proc's 10 ms ticks.
        TimeSpan cpu = Environment.CpuUsage.TotalTime;
        long start = Stopwatch.GetTimestamp();

        var state = new LoadRun(calls);
        var workers = new Task[Concurrency];
        for (int i = 0; i < workers.Length; i++)
        {
            workers[i] = Task.Run(() => client.WorkAsync(state));
        }

        Task.WaitAll(workers);
        TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
        TimeSpan cpuUsed = Environment.CpuUsage.TotalTime - cpu;
        long bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var sample = new LoadSample(
            calls / elapsed.TotalSeconds,
            cpuUsed.TotalMilliseconds * 1000 / calls,
            (double)bytes / calls,
            GC.CollectionCount(0) - gen0,
            GC.CollectionCount(1) - gen1,
            GC.CollectionCount(2) - gen2);

        if (state.Verified != calls)
        {
            throw new InvalidOperationException($"{client.Name}: {state.Verified} of {calls} responses verified.");
        }

        server.CheckEveryRequestSeenOnce(client.Name);
        return sample;
    }

    public static void Print(IReadOnlyList<LoadResult> results)
    {
        LoadResult generated = results.Single(r => r.Name == GeneratedLoadClient.ClientName);
        LoadResult refit = results.Single(r => r.Name == RefitLoadClient.ClientName);
        LoadResult floor = results.Single(r => r.Name == FloorLoadClient.ClientName);
        Console.WriteLine();
        Console.WriteLine("| client | calls/s | CPU us/call | allocated B/call | gen0 / gen1 / gen2 per run | CPU / d) | Refit CPU / this |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (LoadResult r in results)
        {
            Console.WriteLine(F($"| {r.Name} | {r.CallsPerSecond:N0} | {r.CpuMicrosecondsPerCall:F2} | {r.BytesPerCall:N0} | {r.Gen0} / {r.Gen1} / {r.Gen2} | {r.CpuMicrosecondsPerCall / floor.CpuMicrosecondsPerCall:F2} | {refit.CpuMicrosecondsPerCall / r.CpuMicrosecondsPerCall:F2}x |"));
        }

        Console.WriteLine();
        double cpuRatio = generated.CpuMicrosecondsPerCall / floor.CpuMicrosecondsPerCall;
        double refitRatio = refit.CpuMicrosecondsPerCall / generated.CpuMicrosecondsPerCall;
        Console.WriteLine(F($"ratio load CPU per call generated/d): {cpuRatio:F2} of the medians ({generated.CpuMicrosecondsPerCall:F2} us vs {floor.CpuMicrosecondsPerCall:F2} us); paired per repetition {PairedCpuGeneratedToFloor:F2} (target <= 1.10: {(PairedCpuGeneratedToFloor <= 1.10 ? "met" : "MISSED")})"));
        Console.WriteLine(F($"ratio load CPU per call refit a)/generated: {refitRatio:F2}x of the medians; paired per repetition {PairedCpuRefitToGenerated:F2}x (target >= 2: {(PairedCpuRefitToGenerated >= 2 ? "met" : "MISSED")})"));
        Console.WriteLine(F($"ratio load allocated per call generated/d): {generated.BytesPerCall / floor.BytesPerCall:F2} ({generated.BytesPerCall:N0} B vs {floor.BytesPerCall:N0} B); refit a)/generated: {refit.BytesPerCall / generated.BytesPerCall:F2}x"));
        Console.WriteLine(F($"ratio load throughput generated/d): {generated.CallsPerSecond / floor.CallsPerSecond:F2}; generated/refit a): {generated.CallsPerSecond / refit.CallsPerSecond:F2}"));
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

internal sealed record LoadSample(double CallsPerSecond, double CpuMicrosecondsPerCall, double BytesPerCall, int Gen0, int Gen1, int Gen2);

internal sealed record LoadResult(string Name, double CallsPerSecond, double CpuMicrosecondsPerCall, double BytesPerCall, int Gen0, int Gen1, int Gen2, int Repetitions)
{
    public static LoadResult Median(string name, List<LoadSample> samples) => new(
        name,
        MedianOf(samples.Select(s => s.CallsPerSecond)),
        MedianOf(samples.Select(s => s.CpuMicrosecondsPerCall)),
        MedianOf(samples.Select(s => s.BytesPerCall)),
        (int)MedianOf(samples.Select(s => (double)s.Gen0)),
        (int)MedianOf(samples.Select(s => (double)s.Gen1)),
        (int)MedianOf(samples.Select(s => (double)s.Gen2)),
        samples.Count);

    private static double MedianOf(IEnumerable<double> values)
    {
        double[] sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}

/// <summary>One measured run: the next call index to take, and how many responses were verified.</summary>
internal sealed class LoadRun
{
    private int _next = -1;
    private int _verified;

    public LoadRun(int calls) => Calls = calls;

    public int Calls { get; }

    public int Verified => Volatile.Read(ref _verified);

    /// <summary>The next call's index, or -1 when all are taken.</summary>
    public int Take()
    {
        int index = Interlocked.Increment(ref _next);
        return index < Calls ? index : -1;
    }

    public void Verify(int index, string zaapId, string messageId, LoadServer server)
    {
        if (!string.Equals(zaapId, server.ZaapIds[index], StringComparison.Ordinal) || !string.Equals(messageId, server.MessageIds[index], StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Call {index} read {zaapId}/{messageId}, expected {server.ZaapIds[index]}/{server.MessageIds[index]}.");
        }

        Interlocked.Increment(ref _verified);
    }
}

/// <summary>A client under load: each of the <see cref="LoadBenchmark.Concurrency"/> workers takes call indexes until none are left.</summary>
internal abstract class LoadClient
{
    public abstract string Name { get; }

    public abstract Task WorkAsync(LoadRun run);

    protected static HttpClient Http(LoadServer server) => new(server, disposeHandler: false);
}

internal sealed class GeneratedLoadClient : LoadClient
{
    public const string ClientName = "generated client";
    private readonly LoadServer _server;
    private readonly ZApi.InstanceClient _client;
    private readonly ZApi.SendTextRequest[] _requests;

    public GeneratedLoadClient(LoadServer server)
    {
        _server = server;
        _client = new ZApi.InstanceClient(Http(server), new ZApi.ZApiClientOptions { InstanceId = SendTextCallBenchmarks.InstanceId, InstanceToken = SendTextCallBenchmarks.InstanceToken, ClientToken = SendTextCallBenchmarks.ClientToken });
        _requests = server.Messages.Select(m => new ZApi.SendTextRequest { Phone = server.Phone, Message = m }).ToArray();
    }

    public override string Name => ClientName;

    public override async Task WorkAsync(LoadRun run)
    {
        int index;
        while ((index = run.Take()) >= 0)
        {
            ZApi.MessageSent sent = await _client.SendTextAsync(_requests[index]).ConfigureAwait(false);
            run.Verify(index, sent.ZaapId, sent.MessageId, _server);
        }
    }
}

internal sealed class RefitLoadClient : LoadClient
{
    public const string ClientName = "a) Refit default";
    private readonly LoadServer _server;
    private readonly IRefitInstanceApi _client;
    private readonly SendTextRequestDto[] _requests;

    public RefitLoadClient(LoadServer server)
    {
        _server = server;
        HttpClient http = Http(server);
        http.BaseAddress = new Uri("https://api.z-api.io");
        _client = RestService.For<IRefitInstanceApi>(http);
        _requests = server.Messages.Select(m => new SendTextRequestDto { Phone = server.Phone, Message = m }).ToArray();
    }

    public override string Name => ClientName;

    public override async Task WorkAsync(LoadRun run)
    {
        int index;
        while ((index = run.Take()) >= 0)
        {
            MessageSentDto sent = await _client.SendTextAsync(SendTextCallBenchmarks.InstanceId, SendTextCallBenchmarks.InstanceToken, _requests[index], SendTextCallBenchmarks.ClientToken).ConfigureAwait(false);
            run.Verify(index, sent.ZaapId, sent.MessageId, _server);
        }
    }
}

internal sealed class FloorLoadClient : LoadClient
{
    public const string ClientName = "d) Utf8JsonWriter/Reader by hand";
    private readonly LoadServer _server;
    private readonly Utf8HandWrittenInstanceClient _client;
    private readonly SendTextRequestDto[] _requests;

    public FloorLoadClient(LoadServer server)
    {
        _server = server;
        _client = new Utf8HandWrittenInstanceClient(Http(server), SendTextCallBenchmarks.InstanceId, SendTextCallBenchmarks.InstanceToken, SendTextCallBenchmarks.ClientToken);
        _requests = server.Messages.Select(m => new SendTextRequestDto { Phone = server.Phone, Message = m }).ToArray();
    }

    public override string Name => ClientName;

    public override async Task WorkAsync(LoadRun run)
    {
        int index;
        while ((index = run.Take()) >= 0)
        {
            MessageSentDto sent = await _client.SendTextAsync(_requests[index]).ConfigureAwait(false);
            run.Verify(index, sent.ZaapId, sent.MessageId, _server);
        }
    }
}

/// <summary>
/// The server, in memory, with latency: reads the whole request body, finds its call index in the
/// message text, checks the body byte for byte against what that call must send (and the Client-Token),
/// waits for the next tick of a 1 ms clock (<see cref="LatencyLine"/>), then answers 200 with a body of that call's own ids (bytes prepared up front).
/// </summary>
internal sealed class LoadServer : HttpMessageHandler
{
    private const string MessagePrefix = "load message ";

    [ThreadStatic]
    private static MemoryStream? t_sink;

    private byte[][] _requestBodies = Array.Empty<byte[]>();
    private byte[][] _responseBodies = Array.Empty<byte[]>();
    private int[] _seen = Array.Empty<int>();
    private int _calls;
    private readonly LatencyLine _latency = new();

    public LoadServer(int calls)
    {
        Phone = Repository.SendTextExample.Phone;
        Prepare(calls);
    }

    public string Phone { get; }

    public string[] Messages { get; private set; } = Array.Empty<string>();

    public string[] ZaapIds { get; private set; } = Array.Empty<string>();

    public string[] MessageIds { get; private set; } = Array.Empty<string>();

    public void Reset(int calls)
    {
        if (calls > Messages.Length)
        {
            throw new InvalidOperationException("More calls than prepared.");
        }

        Array.Clear(_seen);
        _calls = calls;
    }

    public void CheckEveryRequestSeenOnce(string client)
    {
        for (int i = 0; i < _seen.Length; i++)
        {
            int expected = i < _calls ? 1 : 0;
            if (_seen[i] != expected)
            {
                throw new InvalidOperationException($"{client}: request {i} reached the server {_seen[i]} times, not {expected}.");
            }
        }
    }

    private void Prepare(int calls)
    {
        Messages = new string[calls];
        ZaapIds = new string[calls];
        MessageIds = new string[calls];
        _requestBodies = new byte[calls][];
        _responseBodies = new byte[calls][];
        _seen = new int[calls];
        for (int i = 0; i < calls; i++)
        {
            string number = i.ToString("D7", CultureInfo.InvariantCulture);
            Messages[i] = MessagePrefix + number;
            ZaapIds[i] = "3999984263738042930CD6EC" + number;
            MessageIds[i] = "D241XXXX7323" + number;
            _requestBodies[i] = Encoding.UTF8.GetBytes($"{{\"phone\":\"{Phone}\",\"message\":\"{Messages[i]}\"}}");
            _responseBodies[i] = Encoding.UTF8.GetBytes($"{{\"zaapId\":\"{ZaapIds[i]}\",\"messageId\":\"{MessageIds[i]}\",\"id\":\"{MessageIds[i]}\"}}");
        }
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // A sink per thread, taken while in use: two requests never share it. In-memory contents copy
        // synchronously; the server then answers at the next tick of the latency clock.
        MemoryStream sink = t_sink ?? new MemoryStream(256);
        t_sink = null;
        sink.SetLength(0);
        Task copy = request.Content!.CopyToAsync(sink, cancellationToken);
        if (!copy.IsCompletedSuccessfully)
        {
            return ReadSlowlyAsync(request, sink, copy);
        }

        int index = Check(request, new ReadOnlySpan<byte>(sink.GetBuffer(), 0, (int)sink.Length));
        t_sink = sink;
        return _latency.Answer(Response(request, index));
    }

    private async Task<HttpResponseMessage> ReadSlowlyAsync(HttpRequestMessage request, MemoryStream sink, Task copy)
    {
        await copy.ConfigureAwait(false);
        int index = Check(request, new ReadOnlySpan<byte>(sink.GetBuffer(), 0, (int)sink.Length));
        return await _latency.Answer(Response(request, index)).ConfigureAwait(false);
    }

    private HttpResponseMessage Response(HttpRequestMessage request, int index)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = new ByteArrayContent(_responseBodies[index]) };
        response.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        return response;
    }

    private int Check(HttpRequestMessage request, ReadOnlySpan<byte> body)
    {
        int index = IndexOf(body);
        if (!body.SequenceEqual(_requestBodies[index]))
        {
            throw new InvalidOperationException($"Request {index}: body {Encoding.UTF8.GetString(body)}, expected {Encoding.UTF8.GetString(_requestBodies[index])}.");
        }

        if (!request.Headers.NonValidated.TryGetValues("Client-Token", out var token) || token.ToString() != SendTextCallBenchmarks.ClientToken)
        {
            throw new InvalidOperationException($"Request {index}: no Client-Token.");
        }

        Interlocked.Increment(ref _seen[index]);
        return index;
    }

    /// <summary>The call index at the end of the message text (its last seven digits).</summary>
    private static int IndexOf(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("message"u8))
            {
                reader.Read();
                ReadOnlySpan<byte> text = reader.ValueSpan;
                int index = 0;
                foreach (byte digit in text.Slice(text.Length - 7))
                {
                    index = index * 10 + (digit - (byte)'0');
                }

                return index;
            }
        }

        throw new InvalidOperationException("A request without a message.");
    }
}

/// <summary>
/// The network's latency, as a socket handler sees it: requests wait for the next tick of one
/// clock thread (Thread.Sleep(1), about 1 ms), which completes them in a batch; their continuations
/// run on the thread pool, as I/O completions do. Cheaper per call than a Task.Delay timer each,
/// so the client's own work is a larger part of the CPU measured.
/// </summary>
internal sealed class LatencyLine
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<(TaskCompletionSource<HttpResponseMessage> Completion, HttpResponseMessage Response)> _pending = new();

    public LatencyLine()
    {
        var clock = new Thread(Run) { IsBackground = true, Name = "load latency clock" };
        clock.Start();
    }

    /// <summary>The response, handed over at the clock's next tick.</summary>
    public Task<HttpResponseMessage> Answer(HttpResponseMessage response)
    {
        var completion = new TaskCompletionSource<HttpResponseMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending.Enqueue((completion, response));
        return completion.Task;
    }

    private void Run()
    {
        while (true)
        {
            Thread.Sleep(1);
            while (_pending.TryDequeue(out var pending))
            {
                pending.Completion.SetResult(pending.Response);
            }
        }
    }
}
