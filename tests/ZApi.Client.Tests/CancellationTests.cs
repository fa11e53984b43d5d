using System;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace ZApi.Client.Tests;

/// <summary>The caller's cancellation is honoured as cancellation; an HttpClient time-out is a failed call.</summary>
public sealed class CancellationTests : IClassFixture<WireMockServerFixture>
{
    private static readonly TimeSpan ServerDelay = TimeSpan.FromSeconds(5);

    private readonly WireMockServerFixture _fixture;

    public CancellationTests(WireMockServerFixture fixture)
    {
        _fixture = fixture;
        _fixture.Reset();
        _fixture.RespondToAnything(201, CreateInstanceSpec.SuccessExampleJson, delay: ServerDelay);
    }

    [Fact]
    public async Task CancelledWhileTheServerDelays_ThrowsOperationCanceled_NotZApiException()
    {
        using HttpClient http = TestClients.HttpFor(_fixture);
        PartnerClient client = TestClients.Partner(http);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var clock = Stopwatch.StartNew();

        OperationCanceledException exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.CreateInstanceAsync(TestClients.MinimalRequest(), cancellation.Token));

        Assert.True(clock.Elapsed < ServerDelay - TimeSpan.FromSeconds(1), $"The call ended after {clock.Elapsed}: it waited for the server instead of the token.");
        Assert.Equal(cancellation.Token, exception.CancellationToken);
    }

    [Fact]
    public async Task AlreadyCancelledToken_ThrowsOperationCanceled_NotZApiException()
    {
        using HttpClient http = TestClients.HttpFor(_fixture);
        PartnerClient client = TestClients.Partner(http);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.CreateInstanceAsync(TestClients.MinimalRequest(), new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task HttpClientTimeout_RaisesZApiException_WithTheTimeoutInside()
    {
        using HttpClient http = TestClients.HttpFor(_fixture, timeout: TimeSpan.FromMilliseconds(200));
        PartnerClient client = TestClients.Partner(http);

        ZApiException exception = await Assert.ThrowsAsync<ZApiException>(() => client.CreateInstanceAsync(TestClients.MinimalRequest()));

        Assert.Equal("create-instance", exception.Operation);
        Assert.Equal((System.Net.HttpStatusCode)0, exception.StatusCode);
        Assert.IsAssignableFrom<OperationCanceledException>(exception.InnerException);
    }
}
