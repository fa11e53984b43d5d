using System;
using System.Collections;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace ZApi.Client.Tests;

/// <summary>What a <see cref="HostileStream"/> does once its scripted bytes are delivered.</summary>
internal enum BodyEnd
{
    /// <summary>Ends normally (read returns 0).</summary>
    Eof,

    /// <summary>Never delivers another byte; a read waits until its token is cancelled (or the stream is disposed).</summary>
    Stall,

    /// <summary>The connection is reset: the read throws <see cref="IOException"/>.</summary>
    Reset,
}

/// <summary>
/// A response body that behaves the way WireMock cannot: endless, stalling or reset mid-body. Counts what the
/// client actually pulled out of it, delivering at most <see cref="ChunkSize"/> bytes per read like a socket.
/// </summary>
internal sealed class HostileStream : Stream
{
    /// <summary>The most a single read delivers (a network read rarely returns more).</summary>
    public const int ChunkSize = 16 * 1024;

    /// <summary>Reading this much from a stream means the client would read forever: the stream refuses to go on.</summary>
    public const long RunawayLimit = 64L * 1024 * 1024;

    private readonly byte[] _prefix;
    private readonly long _length;
    private readonly byte _filler;
    private readonly BodyEnd _end;
    private readonly CancellationTokenSource _disposed = new();
    private long _delivered;

    /// <param name="prefix">The first bytes of the body.</param>
    /// <param name="length">Total bytes before <paramref name="end"/> happens (at least the prefix); <see cref="long.MaxValue"/> for endless.</param>
    /// <param name="filler">The byte repeated after the prefix.</param>
    /// <param name="end">What happens after <paramref name="length"/> bytes.</param>
    public HostileStream(string prefix, long length, BodyEnd end, char filler = 'x')
    {
        _prefix = Encoding.UTF8.GetBytes(prefix);
        _length = Math.Max(length, _prefix.Length);
        _end = end;
        _filler = (byte)filler;
    }

    /// <summary>Bytes handed to the client so far.</summary>
    public long Delivered => Interlocked.Read(ref _delivered);

    /// <summary>Whether the client (or the response it disposed) disposed the body.</summary>
    public bool IsDisposed => _disposed.IsCancellationRequested;

    /// <summary>Set once a read waits in <see cref="BodyEnd.Stall"/>: the headers and all scripted bytes are out.</summary>
    public TaskCompletionSource Stalled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        if (buffer.IsEmpty)
        {
            return ValueTask.FromResult(0);
        }

        long position = Delivered;
        if (position >= RunawayLimit)
        {
            throw new InvalidOperationException($"The client read {position} bytes of one body and still asks for more: it would read forever.");
        }

        if (position >= _length)
        {
            return _end switch
            {
                BodyEnd.Eof => ValueTask.FromResult(0),
                BodyEnd.Reset => ValueTask.FromException<int>(new IOException("Connection reset by peer (hostile test stream)")),
                _ => new ValueTask<int>(StallAsync(cancellationToken)),
            };
        }

        int count = (int)Math.Min(Math.Min(buffer.Length, ChunkSize), _length - position);
        Span<byte> target = buffer.Span.Slice(0, count);
        for (int i = 0; i < count; i++)
        {
            long at = position + i;
            target[i] = at < _prefix.Length ? _prefix[at] : _filler;
        }

        Interlocked.Add(ref _delivered, count);
        return ValueTask.FromResult(count);
    }

    private async Task<int> StallAsync(CancellationToken cancellationToken)
    {
        Stalled.TrySetResult();
        using var both = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _disposed.Token);
        try
        {
            await Task.Delay(Timeout.Infinite, both.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // What a socket read does when its token is cancelled.
            throw new OperationCanceledException(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw new ObjectDisposedException(nameof(HostileStream));
        }

        return 0;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed.IsCancellationRequested)
        {
            _disposed.Cancel();
        }

        base.Dispose(disposing);
    }
}

/// <summary>An in-process server: answers every request with a fresh scripted response and counts the requests.</summary>
internal sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly Func<HttpResponseMessage> _respond;
    private int _requests;

    public ScriptedHandler(Func<HttpResponseMessage> respond) => _respond = respond;

    /// <summary>How many requests reached the "server".</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>A status with the given body stream; <paramref name="contentLength"/> is declared when set.</summary>
    public static HttpResponseMessage Response(HttpStatusCode status, Stream body, string contentType = "application/json", long? contentLength = null)
    {
        var content = new StreamContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        if (contentLength is not null)
        {
            content.Headers.ContentLength = contentLength;
        }

        return new HttpResponseMessage(status) { Content = content };
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        HttpResponseMessage response = _respond();
        response.RequestMessage = request;
        return Task.FromResult(response);
    }
}

/// <summary>
/// A raw loopback TCP server: answers each request with <c>head</c> (status line, headers and as much body as
/// wanted), keeps the connection open for <c>hold</c> (or until disposed), then resets it (RST, not FIN).
/// </summary>
internal sealed class RawTcpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly TimeSpan _hold;
    private readonly Task _serve;
    private int _connections;

    public RawTcpServer(string head, TimeSpan hold)
    {
        _hold = hold;
        _listener.Start();
        _serve = ServeAsync(Encoding.ASCII.GetBytes(head));
    }

    public Uri BaseAddress => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    /// <summary>How many connections were accepted (each one carried one request).</summary>
    public int Connections => Volatile.Read(ref _connections);

    private async Task ServeAsync(byte[] head)
    {
        while (true)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException or OperationCanceledException)
            {
                return;
            }

            Interlocked.Increment(ref _connections);
            _ = AnswerAsync(socket, head);
        }
    }

    private async Task AnswerAsync(Socket socket, byte[] head)
    {
        using (socket)
        {
            try
            {
                // Wait for the request headers and its (small) body, then answer.
                var request = new byte[64 * 1024];
                int received = 0;
                while (received < request.Length)
                {
                    int read = await socket.ReceiveAsync(request.AsMemory(received), SocketFlags.None, _stop.Token).ConfigureAwait(false);
                    if (read == 0)
                    {
                        break;
                    }

                    received += read;
                    string text = Encoding.ASCII.GetString(request, 0, received);
                    int headerEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                    if (headerEnd >= 0 && received - (headerEnd + 4) >= DeclaredLength(text.Substring(0, headerEnd)))
                    {
                        break;
                    }
                }

                await socket.SendAsync(head, SocketFlags.None, _stop.Token).ConfigureAwait(false);
                await Task.Delay(_hold, _stop.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away, or the test ended.
            }

            try
            {
                socket.LingerState = new LingerOption(true, 0); // close with RST, not FIN
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
            {
            }
        }
    }

    private static int DeclaredLength(string headers)
    {
        foreach (string line in headers.Split("\r\n"))
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                return int.Parse(line.AsSpan("Content-Length:".Length).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _listener.Dispose();
        _serve.Wait(TimeSpan.FromSeconds(5));
        _stop.Dispose();
    }
}

/// <summary>Searches an exception, its inner exceptions and their Data for secrets.</summary>
internal static class Secrets
{
    /// <summary>Fails when any of <paramref name="secrets"/> appears in a Message, ToString(), Data key or value of the exception tree.</summary>
    public static void AssertNotIn(Exception root, params string[] secrets)
    {
        int visited = 0;
        foreach (Exception exception in Tree(root))
        {
            visited++;
            var texts = new System.Collections.Generic.List<(string Where, string? Text)>
            {
                ($"{exception.GetType().Name}.Message", exception.Message),
                ($"{exception.GetType().Name}.ToString()", exception.ToString()),
            };
            foreach (DictionaryEntry entry in exception.Data)
            {
                texts.Add(($"{exception.GetType().Name}.Data key", entry.Key.ToString()));
                texts.Add(($"{exception.GetType().Name}.Data[{entry.Key}]", entry.Value?.ToString()));
            }

            foreach ((string where, string? text) in texts)
            {
                foreach (string secret in secrets)
                {
                    Assert.False(text?.Contains(secret, StringComparison.Ordinal) == true, $"A token leaked into {where}: {text}");
                }
            }
        }

        Assert.True(visited >= 1);
    }

    private static System.Collections.Generic.IEnumerable<Exception> Tree(Exception root)
    {
        var pending = new System.Collections.Generic.Stack<Exception>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            Exception exception = pending.Pop();
            yield return exception;
            if (exception is AggregateException aggregate)
            {
                foreach (Exception inner in aggregate.InnerExceptions)
                {
                    pending.Push(inner);
                }
            }
            else if (exception.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }
}
