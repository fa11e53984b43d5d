using System;
using System.Net.Http;
using System.Threading.Tasks;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using Xunit;

namespace ZApi.Client.Tests;

/// <summary>The partner token never shows in an exception's Message or ToString(), nor in the options' ToString().</summary>
public sealed class TokenSecrecyTests : IClassFixture<WireMockServerFixture>
{
    private readonly WireMockServerFixture _fixture;

    public TokenSecrecyTests(WireMockServerFixture fixture)
    {
        _fixture = fixture;
        _fixture.Reset();
    }

    [Theory]
    [InlineData("documented 405")]
    [InlineData("undocumented 500 echoing the Authorization header")]
    [InlineData("non-JSON 200 echoing the Authorization header")]
    [InlineData("201 missing a required member")]
    [InlineData("connection refused")]
    [InlineData("HttpClient time-out")]
    public async Task PartnerToken_IsInNoExceptionMessageNorToString(string scenario)
    {
        Uri baseAddress = _fixture.BaseAddress;
        TimeSpan timeout = TimeSpan.FromSeconds(30);
        switch (scenario)
        {
            case "documented 405":
                _fixture.RespondToAnything(405, """{"error":"Method Not Allowed"}""");
                break;
            case "undocumented 500 echoing the Authorization header":
                RespondEchoingAuthorization(500);
                break;
            case "non-JSON 200 echoing the Authorization header":
                RespondEchoingAuthorization(200);
                break;
            case "201 missing a required member":
                _fixture.RespondToAnything(201, """{"id":"a","due":1}""");
                break;
            case "connection refused":
                baseAddress = TestClients.UnusedLoopbackAddress();
                break;
            case "HttpClient time-out":
                _fixture.RespondToAnything(201, CreateInstanceSpec.SuccessExampleJson, delay: TimeSpan.FromSeconds(5));
                timeout = TimeSpan.FromMilliseconds(200);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(scenario), scenario, null);
        }

        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = timeout };
        PartnerClient client = TestClients.Partner(http);

        ZApiException exception = await Assert.ThrowsAsync<ZApiException>(() => client.CreateInstanceAsync(TestClients.MinimalRequest()));

        Assert.Equal("create-instance", exception.Operation);
        Assert.DoesNotContain(TestClients.PartnerToken, exception.Message);
        Assert.DoesNotContain(TestClients.PartnerToken, exception.ToString());
        Assert.DoesNotContain(TestClients.PartnerToken, exception.InnerException?.ToString() ?? "");
        if (scenario.Contains("echoing", StringComparison.Ordinal))
        {
            // The server really did put the token in its answer: the exception kept it out of Message and ToString().
            Assert.Contains(TestClients.PartnerToken, exception.ResponseBody);
        }
    }

    [Fact]
    public void OptionsToString_RedactsThePartnerToken()
    {
        var options = new ZApiClientOptions { PartnerToken = TestClients.PartnerToken, ClientToken = "CLIENT-TOKEN-secret-42", BaseAddress = new Uri("http://127.0.0.1:5005/") };

        string text = options.ToString();

        Assert.DoesNotContain(TestClients.PartnerToken, text);
        Assert.DoesNotContain("CLIENT-TOKEN-secret-42", text);
        Assert.Contains("http://127.0.0.1:5005/", text);
        Assert.Contains("PartnerToken = ***", text);
    }

    [Fact]
    public void TokenWithLineBreak_IsRefusedWithoutEchoingIt()
    {
        const string broken = "SECRET-PART-ONE\r\nX-Injected: yes";

        ArgumentException exception = Assert.Throws<ArgumentException>(() => new ZApiClientOptions { PartnerToken = broken });

        Assert.DoesNotContain("SECRET-PART-ONE", exception.ToString());
    }

    private void RespondEchoingAuthorization(int status) =>
        _fixture.Server
            .Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create()
                .WithStatusCode(status)
                .WithHeader("Content-Type", "text/plain")
                .WithBody("You sent {{request.headers.Authorization}}")
                .WithTransformer());
}
