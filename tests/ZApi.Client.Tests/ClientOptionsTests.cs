using System;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace ZApi.Client.Tests;

/// <summary>ZApiClientOptions: the base address must be HTTPS unless it is loopback; the token is required to call.</summary>
public sealed class ClientOptionsTests
{
    [Theory]
    [InlineData("http://api.z-api.io/")]
    [InlineData("http://192.168.0.10:8080/")]
    [InlineData("http://example.com/")]
    public void NonHttpsNonLoopbackBaseAddress_IsRefused(string address)
    {
        var options = new ZApiClientOptions();

        Assert.Throws<ArgumentException>(() => options.BaseAddress = new Uri(address));
        Assert.Equal(ZApiClientOptions.DefaultBaseAddress, options.BaseAddress);
    }

    [Theory]
    [InlineData("http://127.0.0.1/")]
    [InlineData("http://127.0.0.1:5123/")]
    [InlineData("http://localhost:5123/")]
    [InlineData("https://api.z-api.io/")]
    public void HttpsOrLoopbackBaseAddress_IsAccepted(string address)
    {
        var options = new ZApiClientOptions { BaseAddress = new Uri(address) };

        Assert.Equal(new Uri(address), options.BaseAddress);
    }

    [Fact]
    public void DefaultBaseAddress_IsTheZApiHttpsAddress()
    {
        Assert.Equal(new Uri("https://api.z-api.io/"), new ZApiClientOptions().BaseAddress);
    }

    [Fact]
    public async Task HttpClientWithNonHttpsNonLoopbackBaseAddress_IsRefusedBeforeSending()
    {
        using var http = new HttpClient { BaseAddress = new Uri("http://api.z-api.io/") };
        PartnerClient client = TestClients.Partner(http);

        await Assert.ThrowsAsync<ArgumentException>(() => client.CreateInstanceAsync(TestClients.MinimalRequest()));
    }

    [Fact]
    public async Task MissingPartnerToken_IsRefusedBeforeSending()
    {
        using var http = new HttpClient { BaseAddress = TestClients.UnusedLoopbackAddress() };
        var client = new PartnerClient(http, new ZApiClientOptions());

        InvalidOperationException exception = await Assert.ThrowsAsync<InvalidOperationException>(() => client.CreateInstanceAsync(TestClients.MinimalRequest()));

        Assert.Contains("PartnerToken", exception.Message);
    }
}
