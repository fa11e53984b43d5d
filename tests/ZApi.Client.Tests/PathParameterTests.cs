using System;
using System.Net.Http;
using System.Threading.Tasks;
using WireMock;
using Xunit;

namespace ZApi.Client.Tests;

/// <summary>Route parameters ({id}, {token}, {instanceId}, ...): escaped into one segment each, never empty.</summary>
public sealed class PathParameterTests : IClassFixture<WireMockServerFixture>
{
    private const string EscapedSignPath = "/instances/a%2Fb%20c/token/t%3F%23/integrator/on-demand/subscription";

    private readonly WireMockServerFixture _fixture;

    public PathParameterTests(WireMockServerFixture fixture)
    {
        _fixture = fixture;
        _fixture.Reset();
        _fixture.RespondToAnything(201, "OK", "text/plain");
    }

    [Fact]
    public async Task SignInstance_PathParameters_AreUrlEscapedOnTheWire()
    {
        using HttpClient http = RecordingHandler.HttpFor(_fixture, out RecordingHandler handler);

        string answer = await TestClients.Partner(http).SignInstanceAsync("a/b c", "t?#");

        Assert.Equal("OK", answer);
        // HttpClient writes RequestUri.PathAndQuery as the request target: this is the exact path on the wire.
        Assert.Equal(EscapedSignPath, handler.Single.RequestUri.PathAndQuery);
        Assert.Equal(_fixture.BaseAddress + EscapedSignPath.TrimStart('/'), handler.Single.RequestUri.AbsoluteUri);
    }

    [Fact]
    public async Task SignInstance_PathParameters_ArriveAtTheServerAsOneSegmentEach_WithNoQueryOrFragment()
    {
        using HttpClient http = TestClients.HttpFor(_fixture);

        await TestClients.Partner(http).SignInstanceAsync("a/b c", "t?#");

        IRequestMessage received = _fixture.SingleRequest;
        // Kestrel decodes the path (WireMock's Path is "/instances/a/b c/token/t?#/..."), except %2F; WireMock's Url
        // keeps %2F and re-escapes ? and #, so it proves '/', '?' and '#' did not change the route.
        Assert.Equal("/instances/a/b c/token/t?#/integrator/on-demand/subscription", received.Path);
        Assert.Equal(_fixture.Server.Url + "/instances/a%2Fb c/token/t%3F%23/integrator/on-demand/subscription", received.Url);
        Assert.True(string.IsNullOrEmpty(received.RawQuery), $"'?' in the token started a query string: '{received.RawQuery}'.");
        Assert.Equal("POST", received.Method);
    }

    [Fact]
    public async Task PlainPathParameters_AreSentVerbatim()
    {
        using HttpClient http = RecordingHandler.HttpFor(_fixture, out RecordingHandler handler);

        await TestClients.Partner(http).UnsubscribeInstanceAsync("3C01A5C2E0B7A2A8A9C77B8D31C5D1F3", "F2B4C1D6E8A0B3C5");

        Assert.Equal("/instances/3C01A5C2E0B7A2A8A9C77B8D31C5D1F3/token/F2B4C1D6E8A0B3C5/integrator/on-demand/cancel", handler.Single.RequestUri.PathAndQuery);
        Assert.Equal("/instances/3C01A5C2E0B7A2A8A9C77B8D31C5D1F3/token/F2B4C1D6E8A0B3C5/integrator/on-demand/cancel", _fixture.SingleRequest.Path);
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    public async Task PathParameterThatIsADotSegment_DoesNotChangeTheRoute(string id)
    {
        // "." or ".." as a whole segment is removed by URI normalisation (RFC 3986 5.2.4) unless escaped, which
        // moves the call to another route: /instances/../token/tok/... becomes /token/tok/....
        // System.Uri removes %2E%2E as well, so escaping alone cannot help; refusing the value (like an empty one) is
        // as acceptable as sending it in a form that keeps the route. Sending it to another route is not.
        using HttpClient http = RecordingHandler.HttpFor(_fixture, out RecordingHandler handler);

        try
        {
            await TestClients.Partner(http).UnsubscribeInstanceAsync(id, "tok");
        }
        catch (ArgumentException refused)
        {
            Assert.Equal("id", refused.ParamName);
            Assert.Empty(_fixture.ReceivedRequests);
            return;
        }

        // Any spelling of the id segment will do (e.g. %2E%2E) as long as the route keeps its shape.
        string path = handler.Single.RequestUri.AbsolutePath;
        Assert.StartsWith("/instances/", path);
        Assert.EndsWith("/token/tok/integrator/on-demand/cancel", path);
        Assert.Equal(7, path.Split('/', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith("/instances/", _fixture.SingleRequest.Path);
    }

    [Theory]
    [InlineData("", "TOKEN", "id")]
    [InlineData("ID", "", "token")]
    public async Task SignInstance_EmptyPathParameter_ThrowsArgumentExceptionBeforeSending(string id, string token, string parameter)
    {
        using HttpClient http = TestClients.HttpFor(_fixture);

        ArgumentException exception = await Assert.ThrowsAsync<ArgumentException>(() => TestClients.Partner(http).SignInstanceAsync(id, token));

        Assert.Equal(parameter, exception.ParamName);
        Assert.Empty(_fixture.ReceivedRequests);
    }

    [Theory]
    [InlineData("", "TOKEN", "id")]
    [InlineData("ID", "", "token")]
    public async Task UnsubscribeAndUpdate_EmptyPathParameter_ThrowArgumentExceptionBeforeSending(string id, string token, string parameter)
    {
        using HttpClient http = TestClients.HttpFor(_fixture);
        PartnerClient client = TestClients.Partner(http);

        ArgumentException unsubscribe = await Assert.ThrowsAsync<ArgumentException>(() => client.UnsubscribeInstanceAsync(id, token));
        ArgumentException update = await Assert.ThrowsAsync<ArgumentException>(() => client.UpdateInstanceAsync(id, token, new UpdateInstanceRequest { WithCalls = true }));

        Assert.Equal(parameter, unsubscribe.ParamName);
        Assert.Equal(parameter, update.ParamName);
        Assert.Empty(_fixture.ReceivedRequests);
    }

    [Theory]
    [InlineData(".", "TOKEN", "instanceId")]
    [InlineData("ID", "..", "instanceToken")]
    public async Task SendText_DotSegmentInstance_ThrowsArgumentExceptionBeforeSending(string instanceId, string instanceToken, string parameter)
    {
        using HttpClient http = TestClients.HttpFor(_fixture);
        var client = new InstanceClient(http, new ZApiClientOptions { ClientToken = "CLIENT-TOKEN", InstanceId = instanceId, InstanceToken = instanceToken });

        ArgumentException exception = await Assert.ThrowsAsync<ArgumentException>(
            () => client.SendTextAsync(new SendTextRequest { Phone = "5511999999999", Message = "oi" }));

        Assert.Equal(parameter, exception.ParamName);
        Assert.Empty(_fixture.ReceivedRequests);
    }
}
