using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using Xunit;

namespace ZApi.Client.Tests;

/// <summary>
/// Issue 7, client side: answers looser or nastier than the documentation (HTML, huge or endless bodies, 5xx pages,
/// rate limits, bodies that stall or break off) end as a ZApiException that names the operation and status, keeps
/// a bounded excerpt and the cause, reads a bounded amount, is never retried and never shows a token.
/// WireMock serves what a real server can send with a length; <see cref="ScriptedHandler"/> and
/// <see cref="HostileStream"/> produce what WireMock cannot (no length, endless, stalled, reset mid-body).
/// </summary>
public sealed class HostileResponseTests : IClassFixture<WireMockServerFixture>
{
    private const string PartnerToken = "HOSTILE-PARTNER-TOKEN-5e8d0c2b-never-print";
    private const string ClientToken = "HOSTILE-CLIENT-TOKEN-91f4a7d3-never-print";
    private const string InstanceId = "3C01A5C2E0B7A2A8A9C77B8D31C5D1F3";
    private const string InstanceToken = "HOSTILE-INSTANCE-TOKEN-3a6b0e77";
    private const string PartialJson = "{\"id\":\"8823XWIE982KII99012K2L\",";
    private const int SmallLimit = 64 * 1024;
    private const int DefaultLimit = 4 * 1024 * 1024;
    private const int TenMegabytes = 10 * 1024 * 1024;

    private static readonly Uri HandlerBase = new("http://127.0.0.1:9/");

    private static readonly string s_largeHtml = BuildHtml(20_000);

    private readonly WireMockServerFixture _fixture;

    public HostileResponseTests(WireMockServerFixture fixture)
    {
        _fixture = fixture;
        _fixture.Reset();
    }

    // ---- HTML and huge 2xx bodies ----------------------------------------------------------------------

    [Theory]
    [InlineData("create-instance")]
    [InlineData("list-instances")]
    [InlineData("send-text")]
    public async Task LargeHtml2xxBody_RaisesZApiException_WithTheFirst4096CharactersAndTheParseError(string operation)
    {
        HttpStatusCode status = SuccessStatus(operation);
        _fixture.RespondToAnything((int)status, s_largeHtml, "text/html; charset=utf-8");
        using HttpClient http = TestClients.HttpFor(_fixture);

        ZApiException exception = await Assert.ThrowsAsync<ZApiException>(() => CallAsync(operation, http, Options()));

        Assert.Equal(operation, exception.Operation);
        Assert.Equal(status, exception.StatusCode);
        Assert.Null(exception.Hint);
        Assert.Null(exception.RetryAfter);
        Assert.Equal(s_largeHtml.Substring(0, ZApiException.MaxResponseBodyLength), exception.ResponseBody);
        Assert.IsAssignableFrom<JsonException>(exception.InnerException);
        Assert.StartsWith($"{operation} answered HTTP {(int)status} with a body that is not the documented response: ", exception.Message);
        AssertNoToken(exception);
        Assert.Single(_fixture.ReceivedRequests);
    }

    [Theory]
    [InlineData("create-instance")]
    [InlineData("list-instances")]
    [InlineData("send-text")]
    public async Task TenMegabyteChunked2xxBody_FromWireMock_StopsAtTheDefaultLimit_WithA4096CharExcerpt(string operation)
    {
        // WireMock (Kestrel) sends a body this size chunked, without Content-Length: the client must count as it reads.
        HttpStatusCode status = SuccessStatus(operation);
        string body = "<html><body>" + new string('w', TenMegabytes);
        _fixture.RespondToAnything((int)status, body, "text/html");
        using HttpClient http = TestClients.HttpFor(_fixture);
        ZApiClientOptions options = Options();
        Assert.Equal(DefaultLimit, options.MaxResponseBytes);

        ZApiException exception = await Assert.ThrowsAsync<ZApiException>(() => CallAsync(operation, http, options));

        Assert.Equal(operation, exception.Operation);
        Assert.Equal(status, exception.StatusCode);
        Assert.Null(exception.Hint);
        Assert.Null(exception.InnerException);
        Assert.Equal(body.Substring(0, ZApiException.MaxResponseBodyLength), exception.ResponseBody);
        Assert.Equal(TooLargeMessage(operation, status, DefaultLimit), exception.Message);
        AssertNoToken(exception);
        Assert.Single(_fixture.ReceivedRequests);
    }

    [Theory]
    [InlineData("create-instance")]
    [InlineData("list-instances")]
    public async Task TenMegabyte2xxBody_WithContentLength_OverARealSocket_IsRefusedUnread(string operation)
    {
        // WireMock drops a Content-Length header, so a raw socket declares 10 MB and sends the first 64 KiB.
        HttpStatusCode status = SuccessStatus(operation);
        using var server = new RawTcpServer(
            $"HTTP/1.1 {(int)status} {status}\r\nContent-Type: application/json\r\nContent-Length: {TenMegabytes}\r\n\r\n{{\"id\":\"" + new string('x', 64 * 1024),
            hold: TimeSpan.FromSeconds(30));
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();

        ZApiException exception = await Assert.ThrowsAsync<ZApiException>(() => CallAsync(operation, http, Options()));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"The call took {clock.Elapsed}: it waited for the rest of the body.");
        Assert.Equal(operation, exception.Operation);
        Assert.Equal(status, exception.StatusCode);
        Assert.Null(exception.Hint);
        Assert.Null(exception.InnerException);
        Assert.Null(exception.ResponseBody); // refused on Content-Length: not a byte of it was read
        Assert.Equal(TooLargeMessage(operation, status, DefaultLimit), exception.Message);
        Assert.Equal(1, server.Connections);
        AssertNoToken(exception);
    }

    [Theory]
    [InlineData("create-instance")]
    [InlineData("list-instances")]
    [InlineData("send-text")]
    public async Task TenMegabyte2xxBody_WithoutContentLength_StopsJustAfterTheDefaultLimit(string operation)
    {
        HttpStatusCode status = SuccessStatus(operation);
        const string head = "<html><head><title>Loja</title></head><body>";
        var body = new HostileStream(head, TenMegabytes, BodyEnd.Eof, filler: 'h');
        using var handler = new ScriptedHandler(() => ScriptedHandler.Response(status, body, "text/html"));
        using var http = new HttpClient(handler) { BaseAddress = HandlerBase };

        ZApiException exception = await Assert.ThrowsAsync<ZApiException>(() => CallAsync(operation, http, Options()));

        Assert.Equal(operation, exception.Operation);
        Assert.Equal(status, exception.StatusCode);
        Assert.Null(exception.InnerException);
        Assert.Equal(TooLargeMessage(operation, status, DefaultLimit), exception.Message);
        Assert.Equal(head + new string('h', ZApiException.MaxResponseBodyLength - head.Length), exception.ResponseBody);
        Assert.InRange(body.Delivered, DefaultLimit + 1L, DefaultLimit + 64L * 1024);
        Assert.True(body.IsDisposed, "The body stream (the connection) was not released.");
        Assert.Equal(1, handler.Requests);
        AssertNoToken(exception);
    }

    [Theory]
    [InlineData("create-instance")]
    [InlineData("list-instances")]
    [InlineData("send-text")]
    public async Task EndlessBody_WithSmallMaxResponseBytes_EndsAfterAboutTheLimit_WithBoundedMemory(string operation)
    {
        HttpStatusCode status = SuccessStatus(operation);
        var body = new HostileStream("{\"id\":\"", long.MaxValue, BodyEnd.Eof, filler: 'a');
        using var handler = new ScriptedHandler(() => ScriptedHandler.Response(status, body));
        using var http = new HttpClient(handler) { BaseAddress = HandlerBase };
        ZApiClientOptions options = Options();
        options.MaxResponseBytes = SmallLimit;

        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        ZApiException exception = await Assert.ThrowsAsync<ZApiException>(() => CallAsync(operation, http, options));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        Assert.Equal(operation, exception.Operation);
        Assert.Equal(status, exception.StatusCode);
        Assert.Null(exception.InnerException);
        Assert.Equal(TooLargeMessage(operation, status, SmallLimit), exception.Message);
        Assert.Equal("{\"id\":\"" + new string('a', ZApiException.MaxResponseBodyLength - 7), exception.ResponseBody);
        Assert.InRange(body.Delivered, SmallLimit + 1L, SmallLimit + 64L * 1024);
        // The whole call (the handler's stream runs synchronously, so it is measured on this thread) stays near the limit.
        Assert.True(allocated < 1024 * 1024, $"The call allocated {allocated} bytes for a {SmallLimit}-byte limit.");
        Assert.True(body.IsDisposed, "The body stream (the connection) was not released.");
        Assert.Equal(1, handler.Requests);
        AssertNoToken(exception);
    }

    [Theory]
    [InlineData("create-instance")]
    [InlineData("list-instances")]
    [InlineData("send-text")]
    public async Task BodyOverMaxResponseBytes_WithCorrectContentLength_IsRefusedBeforeReadingAByte(string operation)
    {
        HttpStatusCode status = SuccessStatus(operation);
        const long length = SmallLimit + 1;
        var body = new HostileStream("{\"id\":\"", length, BodyEnd.Eof);
        using var handler = new ScriptedHandler(() => ScriptedHandler.Response(status, body, contentLength: length));
        using var http = new HttpClient(handler) { BaseAddress = HandlerBase };
        ZApiClientOptions options = Options();
        options.MaxResponseBytes = SmallLimit;

        ZApiException exception = await Assert.ThrowsAsync<ZApiException>(() => CallAsync(operation, http, options));

        Assert.Equal(operation, exception.Operation);
        Assert.Equal(status, exception.StatusCode);
        Assert.Null(exception.InnerException);
        Assert.Null(exception.ResponseBody);
        Assert.Equal(TooLargeMessage(operation, status, SmallLimit), exception.Message);
        Assert.Equal(0, body.Delivered);
        Assert.True(body.IsDisposed, "The body stream (the connection) was not released.");
        Assert.Equal(1, handler.Requests);
        AssertNoToken(exception);
    }

    [Theory]
    [InlineData("create-instance")]
    [InlineData("list-instances")]
    public async Task ContentLengthOfIntMaxValue_WithMaxResponseBytesIntMaxValue_IsAZApiException_NotAnOverflow(string operation)
    {
        // A user who sets MaxResponseBytes = int.MaxValue ("no limit") meets a server that declares
        // Content-Length: 2147483647 and then closes the connection after a few bytes.
        HttpStatusCode status = SuccessStatus(operation);
        var body = new HostileStream("{\"id\":\"a\",", 10, BodyEnd.Reset);
        using var handler = new ScriptedHandler(() => ScriptedHandler.Response(status, body, contentLength: int.MaxValue));
        using var http = new HttpClient(handler) { BaseAddress = HandlerBase };
        ZApiClientOptions options = Options();
        options.MaxResponseBytes = int.MaxValue;

        ZApiException exception = await Assert.ThrowsAsync<ZApiException>(() => CallAsync(operation, http, options));

        Assert.Equal(operation, exception.Operation);
        Assert.Equal(status, exception.StatusCode);
        Assert.IsAssignableFrom<IOException>(exception.InnerException);
        Assert.Equal(1, handler.Requests);
        AssertNoToken(exception);
    }

    // ---- Error statuses ---------------------------------------------------------------------------------

    [Theory]
    [InlineData("create-instance")]
    [InlineData("list-instances")]
    [InlineData("send-text")]
    public async Task Html500_RaisesZApiException_WithoutHint_AndTheStartOfTheHtml(string operation)
    {
        _fixture.RespondToAnything(500, s_largeHtml, "text/html; charset=utf-8");
        using HttpClient http = TestClients.HttpFor(_fixture);

        ZApiException exception = await Assert.ThrowsAsync<ZApiException>(() => CallAsync(operation, http, Options()));

        Assert.Equal(operation, exception.Operation);
        Assert.Equal(HttpStatusCode.InternalServerError, exception.StatusCode);
        Assert.Null(exception.Hint);
        Assert.Null(exception.RetryAfter);
        Assert.Null(exception.InnerException);
        Assert.Equal(ZApiException.MaxResponseBodyLength, exception.ResponseBody!.Length);
        Assert.StartsWith("<!DOCTYPE html><html><head><title>500 Internal Server Error</title>", exception.ResponseBody);
        Assert.Equal(s_largeHtml.Substring(0, ZApiException.MaxResponseBodyLength), exception.ResponseBody);
        Assert.Equal($"{operation} failed with HTTP 500 (Internal Server Error), a status its documentation does not describe.", exception.Message);
        AssertNoToken(exception);
        Assert.Single(_fixture.ReceivedRequests);
    }

    [Theory]
    [InlineData("create-instance")]
    [InlineData("list-instances")]
    [InlineData("send-text")]
    public async Task EndlessErrorBody_OnlyTheExcerptIsRead(string operation)
    {
        var body = new HostileStream("<html><body>Bad Gateway", long.MaxValue, BodyEnd.Eof, filler: 'g');
        using var handler = new ScriptedHandler(() => ScriptedHandler.Response(HttpStatusCode.BadGateway, body, "text/html"));
        using var http = new HttpClient(handler) { BaseAddress = HandlerBase };

        ZApiException exception = await Assert.ThrowsAsync<ZApiException>(() => CallAsync(operation, http, Options()));

        Assert.Equal(operation, exception.Operation);
        Assert.Equal(HttpStatusCode.BadGateway, exception.StatusCode);
        Assert.Null(exception.Hint);
        Assert.Equal("<html><body>Bad Gateway" + new string('g', ZApiException.MaxResponseBodyLength - 23), exception.ResponseBody);
        Assert.Equal(ZApiException.MaxResponseBodyLength, body.Delivered);
        Assert.True(body.IsDisposed, "The body stream (the connection) was not released.");
        Assert.Equal(1, handler.Requests);
        AssertNoToken(exception);
    }

    [Theory]
    [InlineData("create-instance", 429)]
    [InlineData("create-instance", 503)]
    [InlineData("list-instances", 429)]
    [InlineData("list-instances", 503)]
    [InlineData("send-text", 429)]
    [InlineData("send-text", 503)]
    public async Task RetryAfterInSeconds_IsExposed_AndTheCallIsNotRetried(string operation, int status)
    {
        _fixture.Server
            .Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create()
                .WithStatusCode(status)
                .WithHeader("Retry-After", "7")
                .WithHeader("Content-Type", "application/json")
                .WithBody("""{"error":"slow down"}"""));
        using HttpClient http = TestClients.HttpFor(_fixture);
        var clock = Stopwatch.StartNew();

        ZApiException exception = await Assert.ThrowsAsync<ZApiException>(() => CallAsync(operation, http, Options()));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"The call took {clock.Elapsed}: it waited out Retry-After.");
        Assert.Equal(operation, exception.Operation);
        Assert.Equal((HttpStatusCode)status, exception.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), exception.RetryAfter);
        Assert.Null(exception.Hint);
        Assert.Equal("""{"error":"slow down"}""", exception.ResponseBody);
        AssertNoToken(exception);
        await AssertExactlyOneRequestAsync();
    }

    [Theory]
    [InlineData("create-instance", 429)]
    [InlineData("create-instance", 503)]
    [InlineData("list-instances", 429)]
    [InlineData("send-text", 503)]
    public async Task RetryAfterAsHttpDate_IsTheDelayFromNow_AndTheCallIsNotRetried(string operation, int status)
    {
        DateTimeOffset date = DateTimeOffset.UtcNow.AddSeconds(120);
        _fixture.Server
            .Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Retry-After", date.ToString("r", System.Globalization.CultureInfo.InvariantCulture)));
        using HttpClient http = TestClients.HttpFor(_fixture);

        ZApiException exception = await Assert.ThrowsAsync<ZApiException>(() => CallAsync(operation, http, Options()));

        Assert.Equal(operation, exception.Operation);
        Assert.Equal((HttpStatusCode)status, exception.StatusCode);
        Assert.NotNull(exception.RetryAfter);
        // The header has whole seconds; a few seconds pass between writing it and reading it.
        Assert.InRange(exception.RetryAfter!.Value, TimeSpan.FromSeconds(110), TimeSpan.FromSeconds(120));
        Assert.Null(exception.ResponseBody);
        AssertNoToken(exception);
        await AssertExactlyOneRequestAsync();
    }

    [Theory]
    [InlineData("create-instance")]
    [InlineData("send-text")]
    public async Task RetryAfterAsPastHttpDate_IsZero(string operation)
    {
        _fixture.Server
            .Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"));
        using HttpClient http = TestClients.HttpFor(_fixture);

        ZApiException exception = await Assert.ThrowsAsync<ZApiException>(() => CallAsync(operation, http, Options()));

        Assert.Equal(HttpStatusCode.TooManyRequests, exception.StatusCode);
        Assert.Equal(TimeSpan.Zero, exception.RetryAfter);
        AssertNoToken(exception);
        await AssertExactlyOneRequestAsync();
    }

    // ---- Bodies that stall or break off -----------------------------------------------------------------

    [Theory]
    [InlineData("create-instance", 201)]
    [InlineData("list-instances", 200)]
    [InlineData("send-text", 200)]
    [InlineData("create-instance", 500)]
    [InlineData("send-text", 500)]
    public async Task CancellationMidBody_ThrowsOperationCanceled_Promptly_NotZApiException(string operation, int status)
    {
        var body = new HostileStream(PartialJson, PartialJson.Length, BodyEnd.Stall);
        using var handler = new ScriptedHandler(() => ScriptedHandler.Response((HttpStatusCode)status, body));
        using var http = new HttpClient(handler) { BaseAddress = HandlerBase, Timeout = TimeSpan.FromSeconds(30) };
        using var cancellation = new CancellationTokenSource();

        Task call = CallAsync(operation, http, Options(), cancellation.Token);
        await body.Stalled.Task.WaitAsync(TimeSpan.FromSeconds(5)); // headers arrived, part of the body too
        var clock = Stopwatch.StartNew();
        cancellation.Cancel();
        Exception? thrown = await Record.ExceptionAsync(() => call.WaitAsync(TimeSpan.FromSeconds(5)));

        OperationCanceledException canceled = Assert.IsAssignableFrom<OperationCanceledException>(thrown);
        Assert.Equal(cancellation.Token, canceled.CancellationToken);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"Cancelling took {clock.Elapsed}.");
        Assert.Equal(PartialJson.Length, body.Delivered);
        Assert.True(body.IsDisposed, "The body stream (the connection) was not released.");
        Assert.Equal(1, handler.Requests);
        AssertNoToken(canceled);
    }

    [Theory]
    [InlineData("create-instance")]
    public async Task BodyStallingPastHttpClientTimeout_WithoutACallerToken_RaisesZApiException(string operation)
    {
        // The headers arrive in time, then the body never ends. HttpClient.Timeout is the caller's only protection.
        HttpStatusCode status = SuccessStatus(operation);
        var body = new HostileStream(PartialJson, PartialJson.Length, BodyEnd.Stall);
        using var handler = new ScriptedHandler(() => ScriptedHandler.Response(status, body));
        using var http = new HttpClient(handler) { BaseAddress = HandlerBase, Timeout = TimeSpan.FromMilliseconds(250) };

        Task call = CallAsync(operation, http, Options());
        Task finished = await Task.WhenAny(call, Task.Delay(TimeSpan.FromSeconds(2)));
        bool ended = finished == call;
        body.Dispose(); // end a stalled read so nothing outlives the test
        Exception? thrown = await Record.ExceptionAsync(() => call);

        Assert.True(ended, $"HttpClient.Timeout is {http.Timeout.TotalMilliseconds} ms, but the call was still reading the body after 2 s: a stalled body hangs the call forever.");
        ZApiException exception = Assert.IsType<ZApiException>(thrown);
        Assert.Equal(operation, exception.Operation);
        Assert.Equal(status, exception.StatusCode);
        Assert.True(exception.InnerException is OperationCanceledException or TimeoutException, $"Inner: {exception.InnerException}");
        AssertNoToken(exception);
        Assert.Equal(1, handler.Requests);
    }

    [Theory]
    [InlineData("list-instances")]
    public async Task RealSocketBodyStallingPastHttpClientTimeout_WithoutACallerToken_RaisesZApiException(string operation)
    {
        // The same over SocketsHttpHandler: headers and part of the body, then silence (the socket stays open).
        HttpStatusCode status = SuccessStatus(operation);
        var server = new RawTcpServer(
            $"HTTP/1.1 {(int)status} {status}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{PartialJson}",
            hold: TimeSpan.FromSeconds(30));
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMilliseconds(250) };

        Task call = CallAsync(operation, http, Options());
        Task finished = await Task.WhenAny(call, Task.Delay(TimeSpan.FromSeconds(2)));
        bool ended = finished == call;
        server.Dispose(); // resets the connection, so a stalled read ends and nothing outlives the test
        Exception? thrown = await Record.ExceptionAsync(() => call);

        Assert.True(ended, $"HttpClient.Timeout is {http.Timeout.TotalMilliseconds} ms, but the call was still reading the body after 2 s: a stalled body hangs the call forever.");
        ZApiException exception = Assert.IsType<ZApiException>(thrown);
        Assert.Equal(operation, exception.Operation);
        Assert.Equal(status, exception.StatusCode);
        Assert.True(exception.InnerException is OperationCanceledException or TimeoutException, $"Inner: {exception.InnerException}");
        Assert.Equal(1, server.Connections);
        AssertNoToken(exception);
    }

    [Theory]
    [InlineData("create-instance")]
    [InlineData("list-instances")]
    [InlineData("send-text")]
    public async Task ConnectionResetMidBody_RaisesZApiException_WithThe2xxStatus_AndTheIOException(string operation)
    {
        HttpStatusCode status = SuccessStatus(operation);
        var body = new HostileStream("{\"id\":\"8823XWIE982KII99012K2L\",\"tok", 5000, BodyEnd.Reset);
        using var handler = new ScriptedHandler(() => ScriptedHandler.Response(status, body));
        using var http = new HttpClient(handler) { BaseAddress = HandlerBase };

        ZApiException exception = await Assert.ThrowsAsync<ZApiException>(() => CallAsync(operation, http, Options()));

        Assert.Equal(operation, exception.Operation);
        Assert.Equal(status, exception.StatusCode);
        Assert.Null(exception.Hint);
        Assert.Null(exception.ResponseBody);
        IOException inner = Assert.IsType<IOException>(exception.InnerException);
        Assert.Equal("Connection reset by peer (hostile test stream)", inner.Message);
        Assert.Equal($"{operation} got no complete answer from the server: Connection reset by peer (hostile test stream)", exception.Message);
        Assert.Equal(5000, body.Delivered);
        Assert.True(body.IsDisposed, "The body stream (the connection) was not released.");
        Assert.Equal(1, handler.Requests);
        AssertNoToken(exception);
    }

    [Theory]
    [InlineData("create-instance")]
    [InlineData("list-instances")]
    public async Task RealSocketResetMidBody_RaisesZApiException_WithThe2xxStatus_AndAnIOException(string operation)
    {
        HttpStatusCode status = SuccessStatus(operation);
        using var server = new RawTcpServer(
            $"HTTP/1.1 {(int)status} {status}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{PartialJson}",
            hold: TimeSpan.FromMilliseconds(50));
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };

        ZApiException exception = await Assert.ThrowsAsync<ZApiException>(() => CallAsync(operation, http, Options()));

        Assert.Equal(operation, exception.Operation);
        Assert.Equal(status, exception.StatusCode);
        Assert.Null(exception.ResponseBody);
        Assert.IsAssignableFrom<IOException>(exception.InnerException);
        Assert.StartsWith($"{operation} got no complete answer from the server: ", exception.Message);
        Assert.Equal(1, server.Connections);
        AssertNoToken(exception);
    }

    [Theory]
    [InlineData("create-instance")]
    [InlineData("send-text")]
    public async Task ConnectionResetMidErrorBody_KeepsTheErrorStatus(string operation)
    {
        var body = new HostileStream("<html><body>Internal", 100, BodyEnd.Reset);
        using var handler = new ScriptedHandler(() => ScriptedHandler.Response(HttpStatusCode.InternalServerError, body, "text/html"));
        using var http = new HttpClient(handler) { BaseAddress = HandlerBase };

        ZApiException exception = await Assert.ThrowsAsync<ZApiException>(() => CallAsync(operation, http, Options()));

        Assert.Equal(operation, exception.Operation);
        Assert.Equal(HttpStatusCode.InternalServerError, exception.StatusCode);
        Assert.Null(exception.Hint);
        Assert.Equal($"{operation} failed with HTTP 500 (Internal Server Error), a status its documentation does not describe.", exception.Message);
        Assert.Equal(1, handler.Requests);
        AssertNoToken(exception);
    }

    // ---- A server that reflects the token --------------------------------------------------------------

    [Fact]
    public async Task TokenReflectedIntoATypedMember_DoesNotReachTheExceptionMessage()
    {
        // A 200 that puts the request's Authorization header where list-instances expects a timestamp.
        _fixture.Server
            .Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create()
                .WithStatusCode(200)
                .WithHeader("Content-Type", "application/json")
                .WithBody("""{"total":1,"totalPage":1,"pageSize":1,"page":1,"content":[{"id":"a","token":"b","name":"n","due":"{{request.headers.Authorization}}","middleware":"web"}]}""")
                .WithTransformer());
        using HttpClient http = TestClients.HttpFor(_fixture);

        ZApiException exception = await Assert.ThrowsAsync<ZApiException>(() => CallAsync("list-instances", http, Options()));

        Assert.Equal("list-instances", exception.Operation);
        Assert.Equal(HttpStatusCode.OK, exception.StatusCode);
        Assert.IsAssignableFrom<JsonException>(exception.InnerException);
        Assert.Contains(PartnerToken, exception.ResponseBody); // the server really reflected it
        AssertNoToken(exception);
    }

    // ---- Helpers ----------------------------------------------------------------------------------------

    private static ZApiClientOptions Options() => new() { PartnerToken = PartnerToken, ClientToken = ClientToken, InstanceId = InstanceId, InstanceToken = InstanceToken };

    private static HttpStatusCode SuccessStatus(string operation) => operation == "create-instance" ? HttpStatusCode.Created : HttpStatusCode.OK;

    private static Task CallAsync(string operation, HttpClient http, ZApiClientOptions options, CancellationToken cancellationToken = default) => operation switch
    {
        "create-instance" => new PartnerClient(http, options).CreateInstanceAsync(TestClients.MinimalRequest(), cancellationToken),
        "list-instances" => new PartnerClient(http, options).ListInstancesAsync(1, 10, cancellationToken: cancellationToken),
        "send-text" => new InstanceClient(http, options).SendTextAsync(
            new SendTextRequest { Phone = "5511999999999", Message = "Welcome to *Z-API*" }, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };

    private static string TooLargeMessage(string operation, HttpStatusCode status, int limit) =>
        $"{operation} answered HTTP {(int)status} with a body larger than {limit} bytes (ZApiClientOptions.MaxResponseBytes); reading stopped there.";

    private static void AssertNoToken(Exception exception) => Secrets.AssertNotIn(exception, PartnerToken, ClientToken, InstanceToken);

    /// <summary>Exactly one request reached the server, even a moment after the client gave up.</summary>
    private async Task AssertExactlyOneRequestAsync()
    {
        await Task.Delay(150);
        Assert.Single(_fixture.ReceivedRequests);
    }

    private static string BuildHtml(int length)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1>");
        for (int row = 0; html.Length < length; row++)
        {
            html.Append("<p>nginx upstream error, row ").Append(row).Append("</p>\n");
        }

        return html.Append("</body></html>").ToString();
    }
}
