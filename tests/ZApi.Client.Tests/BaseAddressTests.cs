using System;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace ZApi.Client.Tests;

/// <summary>Which base address a call goes to: the HttpClient's when set, else ZApiClientOptions'.</summary>
public sealed class BaseAddressTests : IClassFixture<WireMockServerFixture>
{
    private readonly WireMockServerFixture _fixture;

    public BaseAddressTests(WireMockServerFixture fixture)
    {
        _fixture = fixture;
        _fixture.Reset();
        _fixture.RespondWithDocumentedSuccess();
    }

    [Fact]
    public async Task HttpClientBaseAddress_WinsOverOptionsBaseAddress()
    {
        using var other = new WireMockServerFixture();
        other.RespondWithDocumentedSuccess();
        using HttpClient http = TestClients.HttpFor(_fixture);

        CreateInstanceResponse created = await TestClients.Partner(http, optionsBaseAddress: other.BaseAddress).CreateInstanceAsync(TestClients.MinimalRequest());

        Assert.Equal("8823XWIE982KII99012K2L", created.Id);
        Assert.Equal("/instances/integrator/on-demand", _fixture.SingleRequest.Path);
        Assert.Empty(other.ReceivedRequests);
    }

    [Fact]
    public async Task WithoutHttpClientBaseAddress_OptionsBaseAddressIsUsed()
    {
        using var http = new HttpClient();
        Assert.Null(http.BaseAddress);

        CreateInstanceResponse created = await TestClients.Partner(http, optionsBaseAddress: _fixture.BaseAddress).CreateInstanceAsync(TestClients.MinimalRequest());

        Assert.Equal("8823XWIE982KII99012K2L", created.Id);
        Assert.Equal("/instances/integrator/on-demand", _fixture.SingleRequest.Path);
        Assert.Equal(new Uri(_fixture.BaseAddress, "instances/integrator/on-demand"), new Uri(_fixture.SingleRequest.AbsoluteUrl));
    }
}
