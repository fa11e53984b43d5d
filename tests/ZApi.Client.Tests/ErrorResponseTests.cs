using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace ZApi.Client.Tests;

/// <summary>Answers outside 2xx: the status, the documented advice and the body travel in ZApiException.</summary>
public sealed class ErrorResponseTests : IClassFixture<WireMockServerFixture>
{
    private readonly WireMockServerFixture _fixture;

    public ErrorResponseTests(WireMockServerFixture fixture)
    {
        _fixture = fixture;
        _fixture.Reset();
    }

    [Theory]
    [InlineData(405)]
    [InlineData(415)]
    public async Task DocumentedErrorStatus_RaisesZApiExceptionWithTheSpecHintAndTheBody(int status)
    {
        string documentedHint = CreateInstanceSpec.Response(status).Hint!;
        Assert.False(string.IsNullOrWhiteSpace(documentedHint));
        string body = $$"""{"error":"status {{status}}","message":"Não foi possível"}""";

        ZApiException exception = await CallExpectingZApiExceptionAsync(status, body);

        Assert.Equal("create-instance", exception.Operation);
        Assert.Equal((HttpStatusCode)status, exception.StatusCode);
        Assert.Equal(documentedHint, exception.Hint);
        Assert.Equal(body, exception.ResponseBody);
        Assert.Contains(documentedHint, exception.Message);
    }

    [Fact]
    public void DocumentedHints_AreThePortugueseAdviceOfTheSpec()
    {
        Assert.StartsWith("Neste caso certifique que esteja enviando", CreateInstanceSpec.Response(405).Hint);
        Assert.StartsWith("Caso você receba um erro 415", CreateInstanceSpec.Response(415).Hint);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(418)]
    [InlineData(400)]
    public async Task UndocumentedErrorStatus_RaisesZApiExceptionWithoutHint(int status)
    {
        const string body = """{"error":"something else"}""";

        ZApiException exception = await CallExpectingZApiExceptionAsync(status, body);

        Assert.Equal("create-instance", exception.Operation);
        Assert.Equal((HttpStatusCode)status, exception.StatusCode);
        Assert.Null(exception.Hint);
        Assert.Equal(body, exception.ResponseBody);
        Assert.Contains($"HTTP {status}", exception.Message);
    }

    [Fact]
    public async Task ErrorWithoutBody_HasNullResponseBody()
    {
        ZApiException exception = await CallExpectingZApiExceptionAsync(405, body: null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, exception.StatusCode);
        Assert.Equal(CreateInstanceSpec.Response(405).Hint, exception.Hint);
        Assert.Null(exception.ResponseBody);
    }

    [Fact]
    public async Task LongErrorBody_IsCutToMaxResponseBodyLength()
    {
        string body = new string('e', ZApiException.MaxResponseBodyLength * 3);

        ZApiException exception = await CallExpectingZApiExceptionAsync(500, body, "text/plain");

        Assert.Equal(new string('e', ZApiException.MaxResponseBodyLength), exception.ResponseBody);
    }

    private async Task<ZApiException> CallExpectingZApiExceptionAsync(int status, string? body, string contentType = "application/json")
    {
        _fixture.RespondToAnything(status, body, contentType);
        using HttpClient http = TestClients.HttpFor(_fixture);
        PartnerClient client = TestClients.Partner(http);
        return await Assert.ThrowsAsync<ZApiException>(() => client.CreateInstanceAsync(TestClients.MinimalRequest()));
    }
}
