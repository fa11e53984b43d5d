using System;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Threading.Tasks;
using Xunit;

namespace ZApi.Client.Tests;

/// <summary>Responses documented as <c>content: text</c>: the method returns the body text.</summary>
public sealed class TextAndEmptyResponseTests : IClassFixture<WireMockServerFixture>
{
    private readonly WireMockServerFixture _fixture;

    public TextAndEmptyResponseTests(WireMockServerFixture fixture)
    {
        _fixture = fixture;
        _fixture.Reset();
    }

    [Theory]
    [InlineData(nameof(PartnerClient.SignInstanceAsync))]
    [InlineData(nameof(PartnerClient.UnsubscribeInstanceAsync))]
    [InlineData(nameof(PartnerClient.UpdateInstanceAsync))]
    public void TextEndpoints_ReturnTaskOfString(string methodName)
    {
        MethodInfo method = typeof(PartnerClient).GetMethod(methodName)!;

        Assert.Equal(typeof(Task<string>), method.ReturnType);
    }

    [Fact]
    public async Task SignInstance_Returns201TextPlainBody()
    {
        Assert.Equal("OK", SpecFile.SuccessExample(SpecFile.Load("partner", "sign-instance")));
        _fixture.RespondToAnything(201, "OK", "text/plain");
        using HttpClient http = TestClients.HttpFor(_fixture);

        string answer = await TestClients.Partner(http).SignInstanceAsync("ID", "TOKEN");

        Assert.Equal("OK", answer);
    }

    [Fact]
    public async Task UnsubscribeInstance_Returns201TextPlainBody()
    {
        Assert.Equal("OK", SpecFile.SuccessExample(SpecFile.Load("partner", "unsubscribe-instance")));
        _fixture.RespondToAnything(201, "OK", "text/plain");
        using HttpClient http = TestClients.HttpFor(_fixture);

        string answer = await TestClients.Partner(http).UnsubscribeInstanceAsync("ID", "TOKEN");

        Assert.Equal("OK", answer);
    }

    [Fact]
    public async Task UpdateInstance_Returns201TextPlainBody()
    {
        Assert.Equal("OK", SpecFile.SuccessExample(SpecFile.Load("partner", "update-instance")));
        _fixture.RespondToAnything(201, "OK", "text/plain");
        using HttpClient http = TestClients.HttpFor(_fixture);

        string answer = await TestClients.Partner(http).UpdateInstanceAsync("ID", "TOKEN", new UpdateInstanceRequest { WithCalls = true });

        Assert.Equal("OK", answer);
    }

    [Fact]
    public async Task TextBody_IsReturnedVerbatim_NotParsedAsJson()
    {
        const string text = "Assinatura concluída: {não é JSON} ✓";
        _fixture.RespondToAnything(200, text, "text/plain; charset=utf-8");
        using HttpClient http = TestClients.HttpFor(_fixture);

        string answer = await TestClients.Partner(http).SignInstanceAsync("ID", "TOKEN");

        Assert.Equal(text, answer);
    }

    [Fact]
    public async Task TextEndpoint_EmptySuccessBody_ReturnsEmptyString()
    {
        _fixture.RespondToAnything(201, body: null);
        using HttpClient http = TestClients.HttpFor(_fixture);

        string answer = await TestClients.Partner(http).UnsubscribeInstanceAsync("ID", "TOKEN");

        Assert.Equal("", answer);
    }

    [Fact]
    public async Task TextEndpoint_DocumentedErrorStatus_RaisesZApiExceptionWithTheSpecHint()
    {
        _fixture.RespondToAnything(405, "Method Not Allowed", "text/plain");
        using HttpClient http = TestClients.HttpFor(_fixture);

        ZApiException exception = await Assert.ThrowsAsync<ZApiException>(
            () => TestClients.Partner(http).UpdateInstanceAsync("ID", "TOKEN", new UpdateInstanceRequest { WithCalls = true }));

        Assert.Equal("update-instance", exception.Operation);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, exception.StatusCode);
        Assert.Equal(SpecFile.Hint(SpecFile.Load("partner", "update-instance"), 405), exception.Hint);
        Assert.Contains("PUT", exception.Hint, StringComparison.Ordinal);
        Assert.Equal("Method Not Allowed", exception.ResponseBody);
    }

    [Fact]
    public async Task TextEndpoint_UndocumentedErrorStatus_RaisesZApiExceptionWithoutHint()
    {
        _fixture.RespondToAnything(404, """{"error":"instance not found"}""");
        using HttpClient http = TestClients.HttpFor(_fixture);

        ZApiException exception = await Assert.ThrowsAsync<ZApiException>(() => TestClients.Partner(http).SignInstanceAsync("ID", "TOKEN"));

        Assert.Equal("sign-instance", exception.Operation);
        Assert.Equal(HttpStatusCode.NotFound, exception.StatusCode);
        Assert.Null(exception.Hint);
        Assert.Equal("""{"error":"instance not found"}""", exception.ResponseBody);
    }
}
