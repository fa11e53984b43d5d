using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace ZApi.Client.Tests;

/// <summary>No answer at all is a ZApiException naming the operation, with the transport error inside.</summary>
public sealed class TransportFailureTests
{
    [Fact]
    public async Task ConnectionRefused_RaisesZApiException_WithHttpRequestExceptionInside()
    {
        Uri nobodyListens = TestClients.UnusedLoopbackAddress();
        using var http = new HttpClient { BaseAddress = nobodyListens };
        PartnerClient client = TestClients.Partner(http);

        ZApiException exception = await Assert.ThrowsAsync<ZApiException>(() => client.CreateInstanceAsync(TestClients.MinimalRequest()));

        Assert.Equal("create-instance", exception.Operation);
        Assert.Equal((HttpStatusCode)0, exception.StatusCode);
        Assert.Null(exception.Hint);
        Assert.Null(exception.ResponseBody);
        Assert.IsType<HttpRequestException>(exception.InnerException);
        Assert.StartsWith("create-instance ", exception.Message);
    }

    [Fact]
    public async Task ConnectionRefused_ThroughOptionsBaseAddress_RaisesZApiException_WithHttpRequestExceptionInside()
    {
        using var http = new HttpClient();
        PartnerClient client = TestClients.Partner(http, optionsBaseAddress: TestClients.UnusedLoopbackAddress());

        ZApiException exception = await Assert.ThrowsAsync<ZApiException>(() => client.CreateInstanceAsync(TestClients.MinimalRequest()));

        Assert.Equal("create-instance", exception.Operation);
        Assert.IsType<HttpRequestException>(exception.InnerException);
    }
}
