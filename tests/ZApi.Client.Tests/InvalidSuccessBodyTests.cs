using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace ZApi.Client.Tests;

/// <summary>A 2xx answer whose body is not the documented response is a ZApiException, never a bare parse error.</summary>
public sealed class InvalidSuccessBodyTests : IClassFixture<WireMockServerFixture>
{
    private readonly WireMockServerFixture _fixture;

    public InvalidSuccessBodyTests(WireMockServerFixture fixture)
    {
        _fixture = fixture;
        _fixture.Reset();
    }

    [Theory]
    [InlineData("id", """{"token":"b","due":1700000000000}""")]
    [InlineData("token", """{"id":"a","due":1700000000000}""")]
    [InlineData("id", """{"id":null,"token":"b","due":1700000000000}""")]
    public async Task MissingRequiredMember_RaisesZApiExceptionWithJsonExceptionInside(string member, string body)
    {
        ZApiException exception = await CallExpectingZApiExceptionAsync(201, body);

        AssertInvalidBody(exception, HttpStatusCode.Created);
        Assert.Contains($"\"{member}\"", exception.InnerException!.Message);
        Assert.Equal(body, exception.ResponseBody);
    }

    [Theory]
    [InlineData("id", """{"id":[42],"token":"b","due":1700000000000}""")]
    [InlineData("token", """{"id":"a","token":{"value":"b"},"due":1700000000000}""")]
    [InlineData("due", """{"id":"a","token":"b","due":true}""")]
    [InlineData("due", """{"id":"a","token":"b","due":"amanhã"}""")]
    [InlineData("due", """{"id":"a","token":"b","due":1.5}""")]
    public async Task WrongMemberType_RaisesZApiExceptionWithJsonExceptionInside(string member, string body)
    {
        ZApiException exception = await CallExpectingZApiExceptionAsync(201, body);

        AssertInvalidBody(exception, HttpStatusCode.Created);
        Assert.Contains($"\"{member}\"", exception.InnerException!.Message);
    }

    [Fact]
    public async Task EmptySuccessBody_RaisesZApiExceptionWithJsonExceptionInside()
    {
        ZApiException exception = await CallExpectingZApiExceptionAsync(200, body: null);

        AssertInvalidBody(exception, HttpStatusCode.OK);
        Assert.Null(exception.ResponseBody);
    }

    [Fact]
    public async Task NonJsonSuccessBody_RaisesZApiExceptionWithJsonExceptionInside()
    {
        const string body = "<html><body>Bad gateway, but with 200</body></html>";

        ZApiException exception = await CallExpectingZApiExceptionAsync(200, body, "text/html");

        AssertInvalidBody(exception, HttpStatusCode.OK);
        Assert.Equal(body, exception.ResponseBody);
    }

    [Fact]
    public async Task JsonArraySuccessBody_RaisesZApiExceptionWithJsonExceptionInside()
    {
        ZApiException exception = await CallExpectingZApiExceptionAsync(201, """[{"id":"a","token":"b","due":1}]""");

        AssertInvalidBody(exception, HttpStatusCode.Created);
    }

    [Fact]
    public async Task TruncatedJsonSuccessBody_RaisesZApiExceptionWithJsonExceptionInside()
    {
        ZApiException exception = await CallExpectingZApiExceptionAsync(201, """{"id":"a","token":"b","due":17""");

        AssertInvalidBody(exception, HttpStatusCode.Created);
    }

    private static void AssertInvalidBody(ZApiException exception, HttpStatusCode status)
    {
        Assert.Equal("create-instance", exception.Operation);
        Assert.Equal(status, exception.StatusCode);
        Assert.Null(exception.Hint);
        Assert.IsAssignableFrom<JsonException>(exception.InnerException);
        Assert.StartsWith($"create-instance answered HTTP {(int)status}", exception.Message);
    }

    private async Task<ZApiException> CallExpectingZApiExceptionAsync(int status, string? body, string contentType = "application/json")
    {
        _fixture.RespondToAnything(status, body, contentType);
        using HttpClient http = TestClients.HttpFor(_fixture);
        PartnerClient client = TestClients.Partner(http);

        // ThrowsAsync demands exactly ZApiException: a bare JsonException or NullReferenceException fails here.
        return await Assert.ThrowsAsync<ZApiException>(() => client.CreateInstanceAsync(TestClients.MinimalRequest()));
    }
}
