using System;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace ZApi.Client.Tests;

/// <summary>Reading a 2xx answer into <see cref="CreateInstanceResponse"/>.</summary>
public sealed class SuccessResponseTests : IClassFixture<WireMockServerFixture>
{
    private readonly WireMockServerFixture _fixture;

    public SuccessResponseTests(WireMockServerFixture fixture)
    {
        _fixture = fixture;
        _fixture.Reset();
    }

    [Theory]
    [InlineData(201)]
    [InlineData(200)]
    public async Task AnySuccessStatus_ParsesTheBody(int status)
    {
        _fixture.RespondToAnything(status, """{"id":"ID-1","token":"TOKEN-1","due":1700000000123}""");

        CreateInstanceResponse created = await CallAsync();

        Assert.Equal("ID-1", created.Id);
        Assert.Equal("TOKEN-1", created.Token);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1700000000123), created.Due);
    }

    [Fact]
    public async Task DocumentedSuccessExample_IsParsed_WithDueFromItsDigitString()
    {
        // The spec's 201 example gives "due" as the digit string "329000002121".
        Assert.Contains("\"329000002121\"", CreateInstanceSpec.SuccessExampleJson);
        _fixture.RespondWithDocumentedSuccess();

        CreateInstanceResponse created = await CallAsync();

        Assert.Equal("8823XWIE982KII99012K2L", created.Id);
        Assert.Equal("8900LS009W0011OOOPPIPIP00912OOLCKAOOOE009919", created.Token);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(329000002121), created.Due);
    }

    [Fact]
    public async Task Due_AsJsonNumber_IsReadAsEpochMilliseconds()
    {
        _fixture.RespondToAnything(201, """{"id":"a","token":"b","due":329000002121}""");

        CreateInstanceResponse created = await CallAsync();

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(329000002121), created.Due);
        Assert.Equal(new DateTimeOffset(1980, 6, 4, 20, 53, 22, 121, TimeSpan.Zero), created.Due);
    }

    [Fact]
    public async Task Due_AsDigitString_IsReadAsEpochMilliseconds()
    {
        _fixture.RespondToAnything(201, """{"id":"a","token":"b","due":"1700000000123"}""");

        CreateInstanceResponse created = await CallAsync();

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1700000000123), created.Due);
        Assert.Equal(new DateTimeOffset(2023, 11, 14, 22, 13, 20, 123, TimeSpan.Zero), created.Due);
    }

    [Fact]
    public async Task UnknownResponseMembers_AreIgnored()
    {
        _fixture.RespondToAnything(201, """
            {
              "extraFirst": {"nested": [1, {"id": "not-this-one"}, null], "token": "nor-this"},
              "id": "ID-2",
              "plan": "trial",
              "token": "TOKEN-2",
              "flags": [true, false],
              "due": "1700000000000",
              "count": 3.5,
              "nothing": null
            }
            """);

        CreateInstanceResponse created = await CallAsync();

        Assert.Equal(new CreateInstanceResponse { Id = "ID-2", Token = "TOKEN-2", Due = DateTimeOffset.FromUnixTimeMilliseconds(1700000000000) }, created);
    }

    private async Task<CreateInstanceResponse> CallAsync()
    {
        using HttpClient http = TestClients.HttpFor(_fixture);
        return await TestClients.Partner(http).CreateInstanceAsync(TestClients.MinimalRequest());
    }
}
