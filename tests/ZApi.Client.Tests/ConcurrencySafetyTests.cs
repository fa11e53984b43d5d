using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace ZApi.Client.Tests;

/// <summary>
/// The client reuses per-thread scratch state: <c>ZApiJsonContent</c>'s writer and buffer, the body
/// time-out's spare <c>CancellationTokenSource</c>, and pooled response buffers. Calls interleave on
/// the thread pool and move between threads at every await, so these tests run thousands of calls,
/// many in flight, through a server that yields and waits at random points (while reading the
/// request, between response chunks), and check that every request carried exactly what its own
/// call asked for and every call read exactly its own answer. No timing is asserted: a generous
/// watchdog only turns a hang into a failure.
/// </summary>
public sealed class ConcurrencySafetyTests
{
    private const int InFlight = 64;
    private static readonly TimeSpan Watchdog = TimeSpan.FromMinutes(3);

    private static readonly JsonWriterOptions ExpectedWriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task ManyInterleavedSendTextCalls_EachSendsItsOwnBody_AndReadsItsOwnAnswer()
    {
        const int calls = 2_000;
        var server = new InterleavingServer();
        using var http = new HttpClient(server, disposeHandler: false);
        InstanceClient client = Client(http);
        using var notCancelled = new CancellationTokenSource();

        await RunAsync(calls, async index =>
        {
            SendTextRequest request = Request(index, stall: false);
            // Half the calls pass a cancellable token (the body time-out then links it), half none.
            CancellationToken token = index % 2 == 0 ? notCancelled.Token : CancellationToken.None;
            MessageSent sent = await client.SendTextAsync(request, token);
            AssertOwnAnswer(index, request, sent);
        });

        server.AssertEveryBodyWasItsCallsOwn(Enumerable.Range(0, calls), index => Request(index, stall: false));
        Assert.True(server.AsyncBodies > calls / 4, $"Only {server.AsyncBodies} answers went through the waiting read path.");
        Assert.True(server.BufferedBodies > calls / 4, $"Only {server.BufferedBodies} answers were already buffered.");
    }

    [Fact]
    public async Task CallsCancelledOrTimedOutMidBody_LeaveTheOthersAndLaterCallsIntact()
    {
        const int calls = 1_200;
        var server = new InterleavingServer();
        using var http = new HttpClient(server, disposeHandler: false);
        using var shortTimeoutHttp = new HttpClient(server, disposeHandler: false) { Timeout = TimeSpan.FromSeconds(1) };
        InstanceClient client = Client(http);
        InstanceClient shortTimeoutClient = Client(shortTimeoutHttp);
        int cancelled = 0, timedOut = 0;

        await RunAsync(calls, async index =>
        {
            switch (index % 10)
            {
                case 3:
                {
                    // Stalls mid-body; the caller cancels while the body read waits.
                    using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(5 + index % 40));
                    OperationCanceledException exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(
                        () => client.SendTextAsync(Request(index, stall: true), cancellation.Token));
                    Assert.Equal(cancellation.Token, exception.CancellationToken);
                    Interlocked.Increment(ref cancelled);
                    break;
                }

                case 7:
                {
                    // Stalls mid-body with no caller token: the body time-out (HttpClient.Timeout) ends it.
                    ZApiException exception = await Assert.ThrowsAsync<ZApiException>(() => shortTimeoutClient.SendTextAsync(Request(index, stall: true)));
                    Assert.Equal("send-text", exception.Operation);
                    Assert.IsAssignableFrom<OperationCanceledException>(exception.InnerException);
                    Interlocked.Increment(ref timedOut);
                    break;
                }

                default:
                {
                    SendTextRequest request = Request(index, stall: false);
                    using var notCancelled = new CancellationTokenSource();
                    MessageSent sent = await client.SendTextAsync(request, index % 2 == 0 ? notCancelled.Token : CancellationToken.None);
                    AssertOwnAnswer(index, request, sent);
                    break;
                }
            }
        });

        Assert.Equal(calls / 10, cancelled);
        Assert.Equal(calls / 10, timedOut);

        // Afterwards, on whatever threads ran the failed calls: no cancelled or timed-out source was kept for reuse.
        const int later = 1_000;
        await RunAsync(later, async offset =>
        {
            int index = calls + offset;
            SendTextRequest request = Request(index, stall: false);
            MessageSent sent = await client.SendTextAsync(request, CancellationToken.None);
            AssertOwnAnswer(index, request, sent);
        });

        IEnumerable<int> completed = Enumerable.Range(0, calls + later).Where(i => i >= calls || (i % 10 != 3 && i % 10 != 7));
        server.AssertEveryBodyWasItsCallsOwn(completed, index => Request(index, stall: false));
    }

    [Fact]
    public async Task ClientsOfSeveralInstances_UsedInTurn_EachCallGoesToItsOwnInstancesRoute()
    {
        // Each instance keeps the resolved URIs of its routes: interleaved instances must never get another's.
        const int calls = 1_500;
        var server = new InterleavingServer();
        using var http = new HttpClient(server, disposeHandler: false);
        InstanceClient root = Client(http);
        InstanceClient[] instances = Enumerable.Range(0, 5).Select(i => root.ForInstance("INSTANCE-" + i, "TOKEN/" + i)).ToArray();

        await RunAsync(calls, async index =>
        {
            SendTextRequest request = Request(index, stall: false);
            MessageSent sent = await instances[index % instances.Length].SendTextAsync(request);
            AssertOwnAnswer(index, request, sent);
        });

        for (int index = 0; index < calls; index++)
        {
            int instance = index % instances.Length;
            Assert.Equal($"https://api.z-api.io/instances/INSTANCE-{instance}/token/TOKEN%2F{instance}/send-text", server.RequestUri(index));
        }
    }

    private static InstanceClient Client(HttpClient http) =>
        new(http, new ZApiClientOptions { InstanceId = "3C01A5C2E0B7A2A8", InstanceToken = "F2B4C1D6E8A0B3C5", ClientToken = "CLIENT-TOKEN-concurrency" });

    /// <summary>Runs <paramref name="calls"/> calls, <see cref="InFlight"/> at a time, on the thread pool; fails on the first failure or after the watchdog.</summary>
    private static async Task RunAsync(int calls, Func<int, Task> call)
    {
        int next = -1;
        var workers = new Task[InFlight];
        for (int w = 0; w < workers.Length; w++)
        {
            workers[w] = Task.Run(async () =>
            {
                int index;
                while ((index = Interlocked.Increment(ref next)) < calls)
                {
                    await call(index);
                }
            });
        }

        await Task.WhenAll(workers).WaitAsync(Watchdog);
    }

    /// <summary>
    /// The call's request: its index first (the server finds the call by it), then text of a length and
    /// kind chosen by the index: empty, short, a few KB, past the 64 KB the scratch buffer keeps;
    /// accents, emoji, quotes, backslashes, line breaks. Stalling calls say so.
    /// </summary>
    private static SendTextRequest Request(int index, bool stall)
    {
        var random = new Random(index);
        int length = (index % 50) switch
        {
            0 => 70_000 + random.Next(10_000),
            1 => 0,
            < 10 => random.Next(1_000, 6_000),
            _ => random.Next(0, 300),
        };
        string[] pieces = { "a", "b", "z", " ", "Á", "ç", "ã", "õ", "\"", "\\", "/", "\n", "\t", "<", ">", "&", "'", "0", "9", "🚀", "😀", "Olá, tudo bem?", "\u0001" };
        var text = new StringBuilder(length + 32);
        text.Append('#').Append(index).Append(stall ? "|stall|" : "|");
        while (text.Length < length)
        {
            text.Append(pieces[random.Next(pieces.Length)]);
        }

        return new SendTextRequest { Phone = "55119" + index.ToString("D8", System.Globalization.CultureInfo.InvariantCulture), Message = text.ToString() };
    }

    /// <summary>The request body exactly as the client must write it, by a writer of the test's own.</summary>
    private static byte[] ExpectedBody(SendTextRequest request)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, ExpectedWriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("phone", request.Phone);
            writer.WriteString("message", request.Message);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void AssertOwnAnswer(int index, SendTextRequest request, MessageSent sent)
    {
        // The server echoes the call's own message and phone: any mix-up of bodies or buffers shows here.
        Assert.Equal(request.Message, sent.ZaapId);
        Assert.Equal("m-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture), sent.MessageId);
        Assert.Equal(request.Phone, sent.Id);
    }

    /// <summary>
    /// An in-memory server that interleaves: it yields or waits before and while reading each request
    /// body, records it, and answers 200 with a body derived from the request (the message echoed as
    /// <c>zaapId</c>, <c>m-&lt;index&gt;</c> as <c>messageId</c>, the phone as <c>id</c>, plus padding of a
    /// size chosen by the index, up to 200 KB). The answer comes buffered, or as a stream that hands out
    /// small chunks with yields and waits in between (with or without Content-Length), or, for a
    /// stalling call, as a stream that stops mid-body until the read is cancelled.
    /// </summary>
    private sealed class InterleavingServer : HttpMessageHandler
    {
        private readonly ConcurrentDictionary<int, byte[]> _bodies = new();
        private readonly ConcurrentDictionary<int, string> _uris = new();
        private int _asyncBodies;
        private int _bufferedBodies;

        public int AsyncBodies => Volatile.Read(ref _asyncBodies);

        public int BufferedBodies => Volatile.Read(ref _bufferedBodies);

        public string? RequestUri(int index) => _uris.TryGetValue(index, out string? uri) ? uri : null;

        public void AssertEveryBodyWasItsCallsOwn(IEnumerable<int> indexes, Func<int, SendTextRequest> request)
        {
            foreach (int index in indexes)
            {
                Assert.True(_bodies.TryGetValue(index, out byte[]? body), $"No request body recorded for call {index}.");
                byte[] expected = ExpectedBody(request(index));
                if (!body.AsSpan().SequenceEqual(expected))
                {
                    Assert.Fail($"Call {index} sent {body.Length} bytes that are not its own {expected.Length}-byte body: {Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, 200)))}");
                }
            }
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            int seed = Environment.CurrentManagedThreadId ^ Environment.TickCount;
            await Jitter(seed);

            // Read the body in pieces through a sink that yields before taking each write.
            var sink = new YieldingSink(seed);
            await request.Content!.CopyToAsync(sink, cancellationToken);
            byte[] body = sink.ToArray();

            string message, phone;
            using (JsonDocument document = JsonDocument.Parse(body))
            {
                message = document.RootElement.GetProperty("message").GetString()!;
                phone = document.RootElement.GetProperty("phone").GetString()!;
            }

            int index = int.Parse(message.AsSpan(1, message.IndexOf('|') - 1), System.Globalization.CultureInfo.InvariantCulture);
            _uris[index] = request.RequestUri!.AbsoluteUri;
            if (!_bodies.TryAdd(index, body))
            {
                throw new InvalidOperationException($"Call {index} reached the server twice.");
            }

            bool stall = message.Contains("|stall|", StringComparison.Ordinal);
            byte[] answer = Answer(index, message, phone);
            await Jitter(seed + 1);

            HttpContent content;
            int mode = stall ? 3 : index % 3;
            if (mode == 0)
            {
                Interlocked.Increment(ref _bufferedBodies);
                content = new ByteArrayContent(answer);
            }
            else
            {
                if (mode != 3)
                {
                    Interlocked.Increment(ref _asyncBodies);
                }

                content = new StreamContent(new ChunkedStream(answer, seed, stallAfter: stall ? answer.Length / 2 : -1));
                if (mode == 2)
                {
                    content.Headers.ContentLength = answer.Length;
                }
            }

            content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
        }

        private static byte[] Answer(int index, string message, string phone)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("padding", new string('p', (index % 7) switch { 0 => 200_000, 1 => 5_000, _ => index % 500 }));
                writer.WriteString("zaapId", message);
                writer.WriteString("messageId", "m-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture));
                writer.WriteString("id", phone);
                writer.WriteEndObject();
            }

            return buffer.WrittenSpan.ToArray();
        }

        private static Task Jitter(int seed) => (seed & 3) switch
        {
            0 => Task.Delay(1),
            1 => Task.CompletedTask,
            _ => YieldAsync(),
        };

        private static async Task YieldAsync() => await Task.Yield();
    }

    /// <summary>A write-only stream that yields before taking each write: the content's bytes must stay intact across awaits.</summary>
    private sealed class YieldingSink : Stream
    {
        private readonly MemoryStream _received = new();
        private int _writes;

        public YieldingSink(int seed) => _writes = seed & 1;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _received.Length;

        public override long Position { get => _received.Position; set => throw new NotSupportedException(); }

        public byte[] ToArray() => _received.ToArray();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_writes++ % 2 == 0)
            {
                await Task.Yield();
            }
            else
            {
                await Task.Delay(1, cancellationToken);
            }

            _received.Write(buffer.Span);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(new ReadOnlyMemory<byte>(buffer, offset, count), cancellationToken).AsTask();

        public override void Write(byte[] buffer, int offset, int count) => _received.Write(buffer, offset, count);

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>A response body handed out in small chunks, with yields and short waits between them; a stalling one stops halfway until cancelled.</summary>
    private sealed class ChunkedStream : Stream
    {
        private readonly byte[] _data;
        private readonly int _stallAfter;
        private readonly Random _random;
        private int _position;

        public ChunkedStream(byte[] data, int seed, int stallAfter)
        {
            _data = data;
            _stallAfter = stallAfter;
            _random = new Random(seed);
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_stallAfter >= 0 && _position >= _stallAfter)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            switch (_random.Next(4))
            {
                case 0:
                    await Task.Delay(1, cancellationToken);
                    break;
                case 1:
                    await Task.Yield();
                    break;
            }

            int limit = _stallAfter >= 0 ? _stallAfter : _data.Length;
            int count = Math.Min(Math.Min(buffer.Length, 1 + _random.Next(16 * 1024)), limit - _position);
            _data.AsSpan(_position, count).CopyTo(buffer.Span);
            _position += count;
            return count;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(new Memory<byte>(buffer, offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
