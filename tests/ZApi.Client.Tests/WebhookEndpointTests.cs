using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;

namespace ZApi.Client.Tests;

/// <summary>
/// <c>MapZApiWebhooks</c> on a real Kestrel on loopback: every documented example reaches the handler
/// of its kind; a wrong secret, a body too large, too slow or not JSON get their documented answers;
/// and with the README's logging set-up, neither the secret nor a phone number reaches any log.
/// </summary>
public sealed class WebhookEndpointTests : IAsyncLifetime
{
    private const string Secret = "s3cr3t-path-segment-7f9a";

    private readonly ConcurrentQueue<ZApiWebhookEvent> _fallback = new();
    private readonly ConcurrentQueue<ReceivedTextEvent> _texts = new();
    private readonly ConcurrentQueue<string> _logs = new();
    private ZApiWebhookHandlers? _handlers;
    private WebApplication? _app;
    private HttpClient? _http;

    public async Task InitializeAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(new CapturingLoggerProvider(_logs));
        // The README's advice: ASP.NET Core logs every request path (hosting at Information, the route
        // matcher at Debug), the secret segment included; those two categories go to Warning.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Routing", LogLevel.Warning);
        _app = builder.Build();
        _handlers = new ZApiWebhookHandlers
        {
            OnReceivedText = (text, _) => { _texts.Enqueue(text); return Task.CompletedTask; },
            Fallback = (webhookEvent, _) => { _fallback.Enqueue(webhookEvent); return Task.CompletedTask; },
        };
        _app.MapZApiWebhooks("/zapi/{secret}", _handlers, new ZApiWebhookOptions { Secret = Secret, MaxBodyBytes = 64 * 1024, BodyTimeout = TimeSpan.FromSeconds(1) });
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(_app.Urls.Single()), Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (string path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "specs", "events"), "*.zapi.yaml").OrderBy(p => p, StringComparer.Ordinal))
        {
            EventSpec spec = SpecParser.ParseFile(path).Event!;
            for (int i = 0; i < spec.Examples.Count; i++)
            {
                data.Add(Path.GetFileName(path), i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Every_documented_example_reaches_the_handler_of_its_kind(string file, int example)
    {
        EventSpec spec = SpecParser.ParseFile(Path.Combine(AppContext.BaseDirectory, "specs", "events", file)).Event!;

        HttpResponseMessage response = await PostAsync("/zapi/" + Secret, spec.Examples[example].Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        ZApiWebhookEvent received = spec.Id == "received-text" ? Assert.Single(_texts) : Assert.Single(_fallback);
        Assert.Equal(spec.RecordName, received.GetType().Name);
        Assert.Equal(spec.Id, ZApiWebhookHandlers.KindOf(received));
    }

    [Fact]
    public async Task The_secret_in_a_header_is_accepted_too()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/zapi/other") { Content = new StringContent("""{"type": "NewCallback"}""", Encoding.UTF8, "application/json") };
        request.Headers.Add(ZApiWebhookOptions.SecretHeaderName, Secret);

        HttpResponseMessage response = await _http!.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.IsType<ZApiUnknownEvent>(Assert.Single(_fallback));
    }

    [Theory]
    [InlineData("/zapi/wrong")]
    [InlineData("/zapi/s3cr3t-path-segment-7f9")]
    [InlineData("/zapi/S3CR3T-PATH-SEGMENT-7F9A")]
    [InlineData("/zapi/s3cr3t-path-segment-7f9ab")]
    [InlineData("/zapi/s3cr3t-path-segment-7f9a%C3%A9")]
    [InlineData("/zapi/s3cr3t-path-segment-7f9a-and-then-more-than-the-stack-buffer-holds-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789")]
    public async Task A_wrong_secret_is_answered_404_and_nothing_is_handled(string path)
    {
        HttpResponseMessage response = await PostAsync(path, """{"type": "ReceivedCallback", "phone": "5544999999999"}""");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(_fallback);
        Assert.Empty(_texts);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_answered_413_whether_its_length_is_declared_or_not()
    {
        string large = "{\"type\": \"ReceivedCallback\", \"pad\": \"" + new string('x', 70 * 1024) + "\"}";

        HttpResponseMessage declared = await PostAsync("/zapi/" + Secret, large);
        using var chunked = new HttpRequestMessage(HttpMethod.Post, "/zapi/" + Secret) { Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(large))) };
        chunked.Headers.TransferEncodingChunked = true;
        HttpResponseMessage streamed = await _http!.SendAsync(chunked);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed.StatusCode);
        Assert.Empty(_fallback);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"type\": ")]
    [InlineData("phone=5544999999999")]
    public async Task A_body_that_is_not_a_payload_is_answered_400(string body)
    {
        HttpResponseMessage response = await PostAsync("/zapi/" + Secret, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_fallback);
    }

    [Fact]
    public async Task An_unknown_type_is_answered_200_and_handed_to_the_fallback_with_its_payload()
    {
        HttpResponseMessage response = await PostAsync("/zapi/" + Secret, """{"type": "TeleportCallback", "where": "Marte"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        ZApiUnknownEvent unknown = Assert.IsType<ZApiUnknownEvent>(Assert.Single(_fallback));
        Assert.Equal("TeleportCallback", unknown.Type);
        Assert.Contains("Marte", unknown.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_that_sends_its_body_too_slowly_is_answered_408()
    {
        Uri address = new(_app!.Urls.Single());
        using var socket = new TcpClient();
        await socket.ConnectAsync(address.Host, address.Port);
        NetworkStream stream = socket.GetStream();
        byte[] head = Encoding.ASCII.GetBytes($"POST /zapi/{Secret} HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{{\"type\": ");
        await stream.WriteAsync(head);

        // The rest never comes; the endpoint's body time-out (1 s here) answers.
        using var reader = new StreamReader(stream, Encoding.ASCII);
        Task<string?> statusLine = reader.ReadLineAsync();
        Assert.True(await Task.WhenAny(statusLine, Task.Delay(TimeSpan.FromSeconds(20))) == statusLine, "no answer within 20 s");
        Assert.StartsWith("HTTP/1.1 408", await statusLine, StringComparison.Ordinal);
        Assert.Empty(_fallback);
    }

    [Fact]
    public async Task Neither_the_secret_nor_personal_data_reaches_any_log_at_any_level()
    {
        string payload = SpecParser.ParseFile(Path.Combine(AppContext.BaseDirectory, "specs", "events", "received-text.zapi.yaml")).Event!.Examples[0].Json;

        await PostAsync("/zapi/" + Secret, payload);
        await PostAsync("/zapi/wrong-" + Secret, payload);
        await PostAsync("/zapi/" + Secret, payload.Replace("\"phone\": \"5544999999999\"", "\"phone\": {\"x\": \"5544999999999\"}"));
        await PostAsync("/zapi/" + Secret, "{\"phone\": \"5544999999999\", ");

        Assert.NotEmpty(_logs);
        Assert.Contains(_logs, line => line.Contains("answered 404", StringComparison.Ordinal));
        Assert.Contains(_logs, line => line.Contains("answered 400", StringComparison.Ordinal));
        Assert.All(_logs, line =>
        {
            Assert.DoesNotContain(Secret, line, StringComparison.Ordinal);
            Assert.DoesNotContain("5544999999999", line, StringComparison.Ordinal);
            Assert.DoesNotContain("teste", line, StringComparison.Ordinal);
        });
        Assert.DoesNotContain(_logs, line => line.StartsWith("Information", StringComparison.Ordinal) && line.Contains("ZApi.Webhooks", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(WebhookReadingTests.InvalidUtf8), MemberType = typeof(WebhookReadingTests))]
    public async Task Text_that_is_not_valid_unicode_anywhere_is_answered_400_never_500(string place, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        HttpResponseMessage response = await _http!.PostAsync("/zapi/" + Secret, content);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{place}: {(int)response.StatusCode}");
        Assert.Empty(_fallback);
        Assert.Empty(_texts);
        string refused = Assert.Single(_logs, line => line.StartsWith("Warning ZApi.Webhooks", StringComparison.Ordinal));
        Assert.Contains("answered 400", refused, StringComparison.Ordinal);
        Assert.DoesNotContain(_logs, line => line.StartsWith("Error", StringComparison.Ordinal) || line.StartsWith("Critical", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"type\": \"ReceivedCallback\", \"phone\": \"1\", \u00a7}", "\u00a7")]
    [InlineData("{\"type\": \"ReceivedCallback\", \"phone\": Z5544}", "'Z'")]
    public async Task A_body_that_is_not_json_is_logged_with_a_position_and_no_character_of_it(string body, string character)
    {
        HttpResponseMessage response = await PostAsync("/zapi/" + Secret, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        string refused = Assert.Single(_logs, line => line.StartsWith("Warning ZApi.Webhooks", StringComparison.Ordinal));
        Assert.Contains("not valid JSON (line 1, byte", refused, StringComparison.Ordinal);
        Assert.All(_logs, line => Assert.DoesNotContain(character, line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_documented_kind_its_reader_cannot_read_reaches_the_fallback_is_answered_200_and_logged_once()
    {
        string payload = ReceivedTextExample().Replace("\"messageId\":", "\"messageld\":");

        HttpResponseMessage response = await PostAsync("/zapi/" + Secret, payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_texts);
        ZApiUnreadableEvent unreadable = Assert.IsType<ZApiUnreadableEvent>(Assert.Single(_fallback));
        Assert.Equal("received-text", unreadable.Kind);
        Assert.Equal("received-text", ZApiWebhookHandlers.KindOf(unreadable));
        Assert.Contains("\"messageId\"", unreadable.Reason, StringComparison.Ordinal);
        Assert.Equal(payload, unreadable.Json);
        string warning = Assert.Single(_logs, line => line.StartsWith("Warning", StringComparison.Ordinal));
        Assert.StartsWith("Warning ZApi.Webhooks", warning, StringComparison.Ordinal);
        Assert.Contains("received-text", warning, StringComparison.Ordinal);
        Assert.Contains(unreadable.Reason, warning, StringComparison.Ordinal);
        Assert.Contains("Fallback", warning, StringComparison.Ordinal);
        Assert.All(_logs, line =>
        {
            Assert.DoesNotContain("5544999999999", line, StringComparison.Ordinal);
            Assert.DoesNotContain("teste", line, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_member_of_another_type_goes_to_the_unreadable_handler_when_one_is_set()
    {
        var unreadables = new ConcurrentQueue<ZApiUnreadableEvent>();
        _handlers!.Unreadable = (unreadable, _) => { unreadables.Enqueue(unreadable); return Task.CompletedTask; };
        string payload = ReceivedTextExample().Replace("\"phone\": \"5544999999999\"", "\"phone\": {\"x\": \"5544999999999\"}");

        HttpResponseMessage response = await PostAsync("/zapi/" + Secret, payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_fallback);
        ZApiUnreadableEvent unreadable = Assert.Single(unreadables);
        Assert.Equal("received-text", unreadable.Kind);
        Assert.Contains("\"phone\"", unreadable.Reason, StringComparison.Ordinal);
        string warning = Assert.Single(_logs, line => line.StartsWith("Warning", StringComparison.Ordinal));
        Assert.Contains("goes to Unreadable", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("5544999999999", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_handler_that_throws_is_answered_500_and_logged_once_at_error_with_the_kind()
    {
        _handlers!.OnReceivedText = (_, _) => throw new InvalidOperationException("the database is down");

        HttpResponseMessage failed = await PostAsync("/zapi/" + Secret, ReceivedTextExample());
        _handlers.OnReceivedText = (text, _) => { _texts.Enqueue(text); return Task.CompletedTask; };
        HttpResponseMessage next = await PostAsync("/zapi/" + Secret, ReceivedTextExample());

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Single(_texts);
        string error = Assert.Single(_logs, line => line.StartsWith("Error", StringComparison.Ordinal) || line.StartsWith("Critical", StringComparison.Ordinal));
        Assert.StartsWith("Error ZApi.Webhooks: The handler of webhook event received-text threw System.InvalidOperationException; the call was answered 500.", error, StringComparison.Ordinal);
        Assert.Contains("the database is down", error, StringComparison.Ordinal);
        Assert.DoesNotContain("5544999999999", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/zapi/" + Secret)]
    [InlineData("HEAD", "/zapi/" + Secret)]
    [InlineData("PUT", "/zapi/" + Secret)]
    [InlineData("DELETE", "/zapi/" + Secret)]
    [InlineData("OPTIONS", "/zapi/" + Secret)]
    [InlineData("GET", "/zapi/wrong")]
    [InlineData("POST", "/zapi/" + Secret + "/")]
    [InlineData("POST", "/zapi/wrong/")]
    public async Task Anything_but_a_post_to_the_exact_route_is_answered_404(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT")
        {
            request.Content = new StringContent(ReceivedTextExample(), Encoding.UTF8, "application/json");
        }

        HttpResponseMessage response = await _http!.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(_texts);
        Assert.Empty(_fallback);
    }

    private static string ReceivedTextExample() =>
        SpecParser.ParseFile(Path.Combine(AppContext.BaseDirectory, "specs", "events", "received-text.zapi.yaml")).Event!.Examples[0].Json;

    private Task<HttpResponseMessage> PostAsync(string path, string body) =>
        _http!.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));

    /// <summary>Keeps every log line (level, category, message, exception) of every category.</summary>
    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }
}
