using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using WireMock;
using Xunit;

namespace ZApi.Client.Tests;

/// <summary>The instance API (send-text): the instance bound to the client, ForInstance, the optional Client-Token, a number attribute.</summary>
public sealed class InstanceClientTests : IClassFixture<WireMockServerFixture>
{
    private const string ClientToken = "CLIENT-TOKEN-4b1d-instance-api";
    private const string InstanceId = "3C01A5C2E0B7A2A8A9C77B8D31C5D1F3";
    private const string InstanceToken = "F2B4C1D6E8A0B3C5D7E9";

    private readonly WireMockServerFixture _fixture;

    public InstanceClientTests(WireMockServerFixture fixture)
    {
        _fixture = fixture;
        _fixture.Reset();
        _fixture.RespondToAnything(200, SpecFile.SuccessExample(SendText));
    }

    private static ZApi.Specs.Model.Spec SendText => SpecFile.Load("message", "send-text");

    [Fact]
    public async Task SendText_SendsClientTokenHeader_AndNoAuthorization()
    {
        using HttpClient http = TestClients.HttpFor(_fixture);

        await Client(http).SendTextAsync(MinimalRequest());

        IRequestMessage received = _fixture.SingleRequest;
        Assert.Equal(ClientToken, RecordedRequest.Header(received, "Client-Token"));
        Assert.Null(RecordedRequest.Header(received, "Authorization"));
    }

    [Fact]
    public async Task SendText_WithPartnerTokenAlsoSet_StillSendsOnlyTheClientToken()
    {
        using HttpClient http = TestClients.HttpFor(_fixture);
        var client = new InstanceClient(http, new ZApiClientOptions { ClientToken = ClientToken, PartnerToken = TestClients.PartnerToken, InstanceId = InstanceId, InstanceToken = InstanceToken });

        await client.SendTextAsync(MinimalRequest());

        IRequestMessage received = _fixture.SingleRequest;
        Assert.Equal(ClientToken, RecordedRequest.Header(received, "Client-Token"));
        Assert.Null(RecordedRequest.Header(received, "Authorization"));
    }

    [Fact]
    public async Task PartnerCall_WithClientTokenAlsoSet_DoesNotSendTheClientToken()
    {
        using HttpClient http = TestClients.HttpFor(_fixture);
        var client = new PartnerClient(http, new ZApiClientOptions { ClientToken = ClientToken, PartnerToken = TestClients.PartnerToken });
        _fixture.Reset();
        _fixture.RespondToAnything(201, "OK", "text/plain");

        await client.UnsubscribeInstanceAsync(InstanceId, InstanceToken);

        IRequestMessage received = _fixture.SingleRequest;
        Assert.Null(RecordedRequest.Header(received, "Client-Token"));
        Assert.Equal("Bearer " + TestClients.PartnerToken, RecordedRequest.Header(received, "Authorization"));
    }

    [Fact]
    public async Task SendText_IsPostToTheDocumentedRoute_WithJsonContentType()
    {
        Assert.Equal("/instances/{instanceId}/token/{instanceToken}/send-text", SendText.Route);
        using HttpClient http = TestClients.HttpFor(_fixture);

        await Client(http).SendTextAsync(MinimalRequest());

        IRequestMessage received = _fixture.SingleRequest;
        Assert.Equal("POST", received.Method);
        Assert.Equal($"/instances/{InstanceId}/token/{InstanceToken}/send-text", received.Path);
        Assert.Equal("application/json", MediaTypeHeaderValue.Parse(RecordedRequest.Header(received, "Content-Type")!).MediaType);
    }

    [Fact]
    public async Task SendText_BuiltFromTheDocumentedExample_SendsABodyJsonEqualToIt()
    {
        JsonObject example = JsonNode.Parse(SpecFile.RequestExample(SendText))!.AsObject();
        Assert.Equal(2, example.Count);
        var request = new SendTextRequest { Phone = (string)example["phone"]!, Message = (string)example["message"]! };
        using HttpClient http = TestClients.HttpFor(_fixture);

        await Client(http).SendTextAsync(request);

        JsonNode? body = JsonNode.Parse(RecordedRequest.Body(_fixture.SingleRequest));
        Assert.True(
            JsonNode.DeepEquals(example, body),
            $"The body sent is not the documented example.\nSent:     {body?.ToJsonString()}\nExpected: {example.ToJsonString()}");
        Assert.Equal("""{"phone":"5511999999999","message":"Welcome to *Z-API*"}""", RecordedRequest.Body(_fixture.SingleRequest));
    }

    [Fact]
    public async Task SendText_ReadsTheDocumented200Example()
    {
        using HttpClient http = TestClients.HttpFor(_fixture);

        MessageSent response = await Client(http).SendTextAsync(MinimalRequest());

        Assert.Equal("3999984263738042930CD6ECDE9VDWSA", response.ZaapId);
        Assert.Equal("D241XXXX732339502B68", response.MessageId);
        Assert.Equal("D241XXXX732339502B68", response.Id);
    }

    [Fact]
    public async Task SendText_DelayMessage_IsSentAsTheJsonNumber1Point5()
    {
        using HttpClient http = TestClients.HttpFor(_fixture);

        await Client(http).SendTextAsync(MinimalRequest() with { DelayMessage = 1.5, DelayTyping = 3 });

        string text = RecordedRequest.Body(_fixture.SingleRequest);
        JsonObject body = JsonNode.Parse(text)!.AsObject();
        Assert.Equal(JsonValueKind.Number, body["delayMessage"]!.GetValueKind());
        Assert.Equal(1.5, body["delayMessage"]!.GetValue<double>());
        Assert.Contains("\"delayMessage\":1.5", text, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Number, body["delayTyping"]!.GetValueKind());
        Assert.Equal(3, body["delayTyping"]!.GetValue<double>());
        Assert.False(body.ContainsKey("editMessageId"), "The unset 'editMessageId' was sent.");
    }

    [Fact]
    public async Task SendText_DelayMessage_IsWrittenInvariantly_UnderACommaDecimalCulture()
    {
        CultureInfo previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("pt-BR");
        try
        {
            using HttpClient http = TestClients.HttpFor(_fixture);

            await Client(http).SendTextAsync(MinimalRequest() with { DelayMessage = 1.5 });
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        Assert.Contains("\"delayMessage\":1.5", RecordedRequest.Body(_fixture.SingleRequest), StringComparison.Ordinal);
    }

    [Fact]
    public void NumberAttribute_IsDouble_WhileIntegerAttributeIsInt()
    {
        Assert.Equal(typeof(double?), typeof(SendTextRequest).GetProperty(nameof(SendTextRequest.DelayMessage))!.PropertyType);
        Assert.Equal(typeof(double?), typeof(SendTextRequest).GetProperty(nameof(SendTextRequest.DelayTyping))!.PropertyType);
        Assert.Equal(typeof(int?), typeof(ListInstancesResponse).GetProperty(nameof(ListInstancesResponse.Page))!.PropertyType);
        ParameterInfo page = typeof(PartnerClient).GetMethod(nameof(PartnerClient.ListInstancesAsync))!.GetParameters().Single(parameter => parameter.Name == "page");
        Assert.Equal(typeof(int), page.ParameterType);
    }

    [Fact]
    public async Task SendText_EditMessageId_IsSentWhenSet()
    {
        using HttpClient http = TestClients.HttpFor(_fixture);

        await Client(http).SendTextAsync(MinimalRequest() with { EditMessageId = "D241XXXX732339502B68" });

        JsonObject body = JsonNode.Parse(RecordedRequest.Body(_fixture.SingleRequest))!.AsObject();
        Assert.Equal("D241XXXX732339502B68", (string?)body["editMessageId"]);
        Assert.Equal(["phone", "message", "editMessageId"], body.Select(member => member.Key));
    }

    [Fact]
    public async Task SendText_WithoutClientToken_SendsNoClientTokenHeader()
    {
        using HttpClient http = TestClients.HttpFor(_fixture);
        var client = new InstanceClient(http, new ZApiClientOptions { InstanceId = InstanceId, InstanceToken = InstanceToken });

        await client.SendTextAsync(MinimalRequest());

        IRequestMessage received = _fixture.SingleRequest;
        Assert.Null(RecordedRequest.Header(received, "Client-Token"));
        Assert.Equal($"/instances/{InstanceId}/token/{InstanceToken}/send-text", received.Path);
    }

    [Theory]
    [InlineData(null, InstanceToken, "InstanceId")]
    [InlineData(InstanceId, null, "InstanceToken")]
    [InlineData("", InstanceToken, "InstanceId")]
    public async Task SendText_WithoutTheInstance_FailsBeforeSending_NamingTheOption(string? instanceId, string? instanceToken, string option)
    {
        using HttpClient http = TestClients.HttpFor(_fixture);
        var client = new InstanceClient(http, new ZApiClientOptions { ClientToken = ClientToken, InstanceId = instanceId, InstanceToken = instanceToken });

        InvalidOperationException exception = await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendTextAsync(MinimalRequest()));

        Assert.Contains("ZApiClientOptions." + option, exception.Message, StringComparison.Ordinal);
        Assert.Contains("send-text", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(InstanceToken, exception.Message, StringComparison.Ordinal);
        Assert.Empty(_fixture.ReceivedRequests);
    }

    [Fact]
    public async Task ForInstance_SendsToTheOtherInstance_OnTheSameHttpClientAndOptions_AndLeavesTheFirstAsItWas()
    {
        using HttpClient http = RecordingHandler.HttpFor(_fixture, out RecordingHandler handler);
        InstanceClient first = Client(http);

        InstanceClient other = first.ForInstance("3C02", "B7C8");
        await other.SendTextAsync(MinimalRequest());
        await first.SendTextAsync(MinimalRequest());

        Assert.Equal("3C02", other.InstanceId);
        Assert.Equal(InstanceId, first.InstanceId);
        Assert.Equal(
            new[] { "/instances/3C02/token/B7C8/send-text", $"/instances/{InstanceId}/token/{InstanceToken}/send-text" },
            handler.Sent.Select(r => r.RequestUri.AbsolutePath));
        Assert.All(_fixture.ReceivedRequests, r => Assert.Equal(ClientToken, RecordedRequest.Header(r, "Client-Token")));
    }

    [Fact]
    public void ForInstance_RefusesAMissingIdOrToken()
    {
        using HttpClient http = TestClients.HttpFor(_fixture);
        InstanceClient client = Client(http);

        Assert.Throws<ArgumentException>(() => client.ForInstance("", "B7C8"));
        Assert.Throws<ArgumentNullException>(() => client.ForInstance("3C02", null!));
    }

    [Fact]
    public async Task SendText_TheInstanceIdAndToken_AreEscaped()
    {
        using HttpClient http = RecordingHandler.HttpFor(_fixture, out RecordingHandler handler);

        await Client(http).ForInstance("id/1", "tok en?").SendTextAsync(MinimalRequest());

        Assert.Equal("/instances/id%2F1/token/tok%20en%3F/send-text", handler.Single.RequestUri.PathAndQuery);
        Assert.True(string.IsNullOrEmpty(_fixture.SingleRequest.RawQuery));
    }

    [Theory]
    [InlineData(400, """{"error":"null not allowed"}""")]
    [InlineData(400, """{"error":"your client-token is not configured"}""")]
    [InlineData(403, """{"error":"Client-Token required"}""")]
    public async Task SendText_WhenTheAccountRequiresTheClientToken_TheHintSaysToSetIt(int status, string body)
    {
        _fixture.Reset();
        _fixture.RespondToAnything(status, body);
        using HttpClient http = TestClients.HttpFor(_fixture);
        var client = new InstanceClient(http, new ZApiClientOptions { InstanceId = InstanceId, InstanceToken = InstanceToken });

        ZApiException exception = await Assert.ThrowsAsync<ZApiException>(() => client.SendTextAsync(MinimalRequest()));

        Assert.Equal((HttpStatusCode)status, exception.StatusCode);
        Assert.Contains("set ZApiClientOptions.ClientToken", exception.Hint, StringComparison.Ordinal);
        Assert.Contains(exception.Hint!, exception.Message, StringComparison.Ordinal);
        Assert.Equal(body, exception.ResponseBody);
    }

    [Fact]
    public async Task SendText_WhenTheClientTokenSentIsRefused_TheHintSaysToCheckIt()
    {
        _fixture.Reset();
        _fixture.RespondToAnything(400, """{"error":"your client-token is not configured"}""");
        using HttpClient http = TestClients.HttpFor(_fixture);

        ZApiException exception = await Assert.ThrowsAsync<ZApiException>(() => Client(http).SendTextAsync(MinimalRequest()));

        Assert.Contains("check ZApiClientOptions.ClientToken", exception.Hint, StringComparison.Ordinal);
        Assert.DoesNotContain(ClientToken, exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendText_MissingResponseMember_RaisesZApiException()
    {
        _fixture.Reset();
        _fixture.RespondToAnything(200, """{"zaapId":"Z","id":"I"}""");
        using HttpClient http = TestClients.HttpFor(_fixture);

        ZApiException exception = await Assert.ThrowsAsync<ZApiException>(() => Client(http).SendTextAsync(MinimalRequest()));

        Assert.Equal("send-text", exception.Operation);
        Assert.Equal(HttpStatusCode.OK, exception.StatusCode);
        Assert.IsAssignableFrom<JsonException>(exception.InnerException);
        Assert.Contains("\"messageId\"", exception.InnerException!.Message);
    }

    [Fact]
    public async Task SendText_DocumentedErrorStatus_CarriesTheSpecHint()
    {
        _fixture.Reset();
        _fixture.RespondToAnything(415, """{"error":"Unsupported Media Type"}""");
        using HttpClient http = TestClients.HttpFor(_fixture);

        ZApiException exception = await Assert.ThrowsAsync<ZApiException>(() => Client(http).SendTextAsync(MinimalRequest()));

        Assert.Equal("send-text", exception.Operation);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, exception.StatusCode);
        Assert.Equal(SpecFile.Hint(SendText, 415), exception.Hint);
    }

    private static InstanceClient Client(HttpClient http) => new(http, new ZApiClientOptions { ClientToken = ClientToken, InstanceId = InstanceId, InstanceToken = InstanceToken });

    private static SendTextRequest MinimalRequest() => new() { Phone = "5511999999999", Message = "Welcome to *Z-API*" };
}
