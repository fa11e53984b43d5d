using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using WireMock;
using Xunit;

namespace ZApi.Client.Tests;

/// <summary>Requests without a body, with an optional body, and with a required body.</summary>
public sealed class OptionalBodyTests : IClassFixture<WireMockServerFixture>
{
    private readonly WireMockServerFixture _fixture;

    public OptionalBodyTests(WireMockServerFixture fixture)
    {
        _fixture = fixture;
        _fixture.Reset();
        _fixture.RespondToAnything(201, "OK", "text/plain");
    }

    [Fact]
    public void UnsubscribeInstance_HasNoRequestParameter_AndSignInstanceRequestIsOptional()
    {
        MethodInfo unsubscribe = typeof(PartnerClient).GetMethod(nameof(PartnerClient.UnsubscribeInstanceAsync))!;
        MethodInfo sign = typeof(PartnerClient).GetMethod(nameof(PartnerClient.SignInstanceAsync))!;

        Assert.Equal(["id", "token", "cancellationToken"], unsubscribe.GetParameters().Select(parameter => parameter.Name!));
        ParameterInfo request = sign.GetParameters().Single(parameter => parameter.Name == "request");
        Assert.Equal(typeof(SignInstanceRequest), request.ParameterType);
        Assert.True(request.HasDefaultValue);
        Assert.Null(request.DefaultValue);
    }

    [Fact]
    public async Task UnsubscribeInstance_SendsPostWithNoBodyAndNoContentType()
    {
        using HttpClient http = RecordingHandler.HttpFor(_fixture, out RecordingHandler handler);

        await TestClients.Partner(http).UnsubscribeInstanceAsync("ID", "TOKEN");

        Assert.False(handler.Single.HasContent, "UnsubscribeInstanceAsync attached request content.");
        IRequestMessage received = _fixture.SingleRequest;
        Assert.Equal("POST", received.Method);
        Assert.Equal("/instances/ID/token/TOKEN/integrator/on-demand/cancel", received.Path);
        Assert.Null(RecordedRequest.Header(received, "Content-Type"));
        Assert.True(string.IsNullOrEmpty(received.Body), $"A body was sent: '{received.Body}'.");
        Assert.True(received.BodyAsBytes is null || received.BodyAsBytes.Length == 0);
        Assert.Equal("Bearer " + TestClients.PartnerToken, RecordedRequest.Header(received, "Authorization"));
    }

    [Fact]
    public async Task SignInstance_WithNullRequest_SendsNoBodyAndNoContentType()
    {
        using HttpClient http = RecordingHandler.HttpFor(_fixture, out RecordingHandler handler);

        await TestClients.Partner(http).SignInstanceAsync("ID", "TOKEN", request: null);

        Assert.False(handler.Single.HasContent, "SignInstanceAsync(request: null) attached request content.");
        IRequestMessage received = _fixture.SingleRequest;
        Assert.Equal("POST", received.Method);
        Assert.Equal("/instances/ID/token/TOKEN/integrator/on-demand/subscription", received.Path);
        Assert.Null(RecordedRequest.Header(received, "Content-Type"));
        Assert.True(string.IsNullOrEmpty(received.Body), $"A body was sent: '{received.Body}'.");
    }

    [Fact]
    public async Task SignInstance_WithCallsTrue_SendsExactlyTheDocumentedExample()
    {
        string example = SpecFile.RequestExample(SpecFile.Load("partner", "sign-instance"));
        using HttpClient http = RecordingHandler.HttpFor(_fixture, out RecordingHandler handler);

        await TestClients.Partner(http).SignInstanceAsync("ID", "TOKEN", new SignInstanceRequest { WithCalls = true });

        IRequestMessage received = _fixture.SingleRequest;
        Assert.Equal("""{"withCalls":true}""", RecordedRequest.Body(received));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(example), JsonNode.Parse(RecordedRequest.Body(received))));
        Assert.Equal("application/json", MediaTypeHeaderValue.Parse(RecordedRequest.Header(received, "Content-Type")!).MediaType);
        Assert.Equal("application/json", handler.Single.ContentType);
    }

    [Fact]
    public async Task SignInstance_WithCallsFalse_SendsFalse()
    {
        using HttpClient http = TestClients.HttpFor(_fixture);

        await TestClients.Partner(http).SignInstanceAsync("ID", "TOKEN", new SignInstanceRequest { WithCalls = false });

        Assert.Equal("""{"withCalls":false}""", RecordedRequest.Body(_fixture.SingleRequest));
    }

    [Fact]
    public async Task SignInstance_WithEmptyRequest_SendsEmptyObject_UnsetOptionalOmitted()
    {
        using HttpClient http = TestClients.HttpFor(_fixture);

        await TestClients.Partner(http).SignInstanceAsync("ID", "TOKEN", new SignInstanceRequest());

        Assert.Equal("{}", RecordedRequest.Body(_fixture.SingleRequest));
    }

    [Theory]
    [InlineData(true, """{"withCalls":true}""")]
    [InlineData(false, """{"withCalls":false}""")]
    public async Task UpdateInstance_UsesPut_AndSendsTheRequiredBody(bool withCalls, string expected)
    {
        using HttpClient http = RecordingHandler.HttpFor(_fixture, out RecordingHandler handler);

        string answer = await TestClients.Partner(http).UpdateInstanceAsync("ID", "TOKEN", new UpdateInstanceRequest { WithCalls = withCalls });

        Assert.Equal("OK", answer);
        IRequestMessage received = _fixture.SingleRequest;
        Assert.Equal("PUT", received.Method);
        Assert.Equal("PUT", handler.Single.Method);
        Assert.Equal("/instances/ID/token/TOKEN/integrator/on-demand/subscription/update", received.Path);
        Assert.Equal(expected, RecordedRequest.Body(received));
        Assert.Equal("application/json", MediaTypeHeaderValue.Parse(RecordedRequest.Header(received, "Content-Type")!).MediaType);
        Assert.Equal("Bearer " + TestClients.PartnerToken, RecordedRequest.Header(received, "Authorization"));
    }

    [Fact]
    public async Task UpdateInstance_DocumentedExample_IsJsonEqualToTheBodySent()
    {
        string example = SpecFile.RequestExample(SpecFile.Load("partner", "update-instance"));
        using HttpClient http = TestClients.HttpFor(_fixture);

        await TestClients.Partner(http).UpdateInstanceAsync("ID", "TOKEN", new UpdateInstanceRequest { WithCalls = true });

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(example), JsonNode.Parse(RecordedRequest.Body(_fixture.SingleRequest))));
    }

    [Fact]
    public async Task UpdateInstance_NullRequest_ThrowsArgumentNullExceptionBeforeSending()
    {
        using HttpClient http = TestClients.HttpFor(_fixture);

        System.ArgumentNullException exception = await Assert.ThrowsAsync<System.ArgumentNullException>(
            () => TestClients.Partner(http).UpdateInstanceAsync("ID", "TOKEN", null!));

        Assert.Equal("request", exception.ParamName);
        Assert.Empty(_fixture.ReceivedRequests);
    }
}
