using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace ZApi.Client.Tests;

/// <summary>
/// The instance token is a path segment of every instance URL, and IHttpClientFactory's default
/// logging writes request URIs. The generated registrations must not let any token reach a log:
/// every line is captured at Trace through a real <see cref="ILoggerFactory"/>, while calls succeed
/// and fail. A control client registered the default way shows the capture would see a leak.
/// </summary>
public sealed class TokenLoggingTests : IClassFixture<WireMockServerFixture>
{
    private const string PartnerToken = "PARTNER-TOKEN-logs-1f9c";
    private const string ClientToken = "CLIENT-TOKEN-logs-77aa";
    private const string InstanceToken = "INSTANCE-TOKEN-logs-5b2e";
    private const string OtherInstanceToken = "OTHER-INSTANCE-TOKEN-logs-c0d3";
    private const string InstanceId = "3C01INSTANCE";

    private static readonly string[] Secrets = { PartnerToken, ClientToken, InstanceToken, OtherInstanceToken };

    private readonly WireMockServerFixture _fixture;

    public TokenLoggingTests(WireMockServerFixture fixture)
    {
        _fixture = fixture;
        _fixture.Reset();
    }

    [Fact]
    public async Task No_token_reaches_any_log_line_at_Trace_while_calls_succeed_and_fail()
    {
        var capture = new CapturingLoggerProvider();
        using ServiceProvider provider = Services(capture, _fixture.BaseAddress);
        InstanceClient instance = provider.GetRequiredService<InstanceClient>();
        PartnerClient partner = provider.GetRequiredService<PartnerClient>();
        var exceptions = new List<Exception>();

        _fixture.RespondToAnything(200, """{"zaapId":"Z","messageId":"M","id":"I"}""");
        await instance.SendTextAsync(new SendTextRequest { Phone = "5511999999999", Message = "oi" });
        await instance.ForInstance("3C02OTHER", OtherInstanceToken).SendTextAsync(new SendTextRequest { Phone = "5511999999999", Message = "oi" });

        _fixture.Reset();
        _fixture.RespondToAnything(400, """{"error":"your client-token is not configured"}""");
        exceptions.Add(await Assert.ThrowsAsync<ZApiException>(() => instance.SendTextAsync(new SendTextRequest { Phone = "5511999999999", Message = "oi" })));
        exceptions.Add(await Assert.ThrowsAsync<ZApiException>(() => partner.UnsubscribeInstanceAsync(InstanceId, InstanceToken)));

        using ServiceProvider unreachable = Services(capture, TestClients.UnusedLoopbackAddress());
        exceptions.Add(await Assert.ThrowsAsync<ZApiException>(() => unreachable.GetRequiredService<InstanceClient>().SendTextAsync(new SendTextRequest { Phone = "5511999999999", Message = "oi" })));

        IReadOnlyList<string> lines = capture.Lines;
        Assert.Contains(lines, line => line.Contains("/instances/***/token/***/send-text answered 200", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("got no answer (HttpRequestException)", StringComparison.Ordinal));
        foreach (string secret in Secrets)
        {
            Assert.DoesNotContain(lines, line => line.Contains(secret, StringComparison.Ordinal));
            foreach (Exception exception in exceptions)
            {
                Assert.DoesNotContain(secret, exception.Message, StringComparison.Ordinal);
                Assert.DoesNotContain(secret, exception.ToString(), StringComparison.Ordinal);
                Assert.DoesNotContain(exception.Data.Values.Cast<object?>(), value => value?.ToString()?.Contains(secret, StringComparison.Ordinal) == true);
            }
        }
    }

    [Fact]
    public async Task Control_a_client_registered_the_default_way_does_write_the_token_into_the_log()
    {
        var capture = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(capture).SetMinimumLevel(LogLevel.Trace));
        services.AddHttpClient("control", http => http.BaseAddress = _fixture.BaseAddress);
        using ServiceProvider provider = services.BuildServiceProvider();
        _fixture.RespondToAnything(200, "{}");

        await provider.GetRequiredService<IHttpClientFactory>().CreateClient("control").GetAsync($"instances/{InstanceId}/token/{InstanceToken}/status");

        Assert.Contains(capture.Lines, line => line.Contains(InstanceToken, StringComparison.Ordinal));
    }

    [Fact]
    public void Options_bound_from_configuration_without_reflection_reach_the_client()
    {
        Microsoft.Extensions.Configuration.IConfiguration configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ZApi:BaseAddress"] = _fixture.BaseAddress.ToString(),
                ["ZApi:InstanceId"] = InstanceId,
                ["ZApi:InstanceToken"] = InstanceToken,
                ["ZApi:ClientToken"] = ClientToken,
                ["ZApi:MaxResponseBytes"] = "1024",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddZApiInstanceClient(configuration.GetSection("ZApi"));
        using ServiceProvider provider = services.BuildServiceProvider();

        InstanceClient client = provider.GetRequiredService<InstanceClient>();
        ZApiClientOptions options = ZApiConfiguration.Bind(new ZApiClientOptions(), configuration.GetSection("ZApi"));

        Assert.Equal(InstanceId, client.InstanceId);
        Assert.Equal(_fixture.BaseAddress, options.BaseAddress);
        Assert.Equal(1024, options.MaxResponseBytes);
        Assert.Equal(InstanceToken, options.InstanceToken);
        FormatException bad = Assert.Throws<FormatException>(() => ZApiConfiguration.Bind(new ZApiClientOptions(), new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["MaxResponseBytes"] = "lots" }).Build()));
        Assert.Contains("MaxResponseBytes", bad.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("lots", bad.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(CapturingLoggerProvider capture, Uri baseAddress)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(capture).SetMinimumLevel(LogLevel.Trace));
        services.AddZApiInstanceClient(options =>
        {
            options.BaseAddress = baseAddress;
            options.InstanceId = InstanceId;
            options.InstanceToken = InstanceToken;
            options.ClientToken = ClientToken;
            options.PartnerToken = PartnerToken;
        });
        services.AddZApiPartnerClient();
        return services.BuildServiceProvider();
    }

    /// <summary>Every message at every level, with its scopes' and state's values, as one line each.</summary>
    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IReadOnlyList<string> Lines => _lines.ToArray();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable BeginScope<TState>(TState state)
                where TState : notnull
            {
                lines.Enqueue($"{category} scope: {state}");
                return NoScope.Instance;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                string values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
                lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} [{values}] {exception}");
            }
        }

        private sealed class NoScope : IDisposable
        {
            public static readonly NoScope Instance = new();

            public void Dispose()
            {
            }
        }
    }
}
