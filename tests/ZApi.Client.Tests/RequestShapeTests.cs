using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using WireMock;
using Xunit;

namespace ZApi.Client.Tests;

/// <summary>What the client puts on the wire for create-instance.</summary>
public sealed class RequestShapeTests : IClassFixture<WireMockServerFixture>
{
    private readonly WireMockServerFixture _fixture;

    public RequestShapeTests(WireMockServerFixture fixture)
    {
        _fixture = fixture;
        _fixture.Reset();
        _fixture.RespondWithDocumentedSuccess();
    }

    [Fact]
    public async Task Request_IsPostToTheDocumentedRoute()
    {
        IRequestMessage sent = await SendAsync(TestClients.MinimalRequest());

        Assert.Equal("POST", sent.Method);
        Assert.Equal("/instances/integrator/on-demand", sent.Path);
        Assert.Equal(CreateInstanceSpec.Spec.Route, sent.Path);
        Assert.Equal(CreateInstanceSpec.Spec.Method, sent.Method);
    }

    [Fact]
    public async Task Request_SendsThePartnerTokenAsBearerAuthorization()
    {
        IRequestMessage sent = await SendAsync(TestClients.MinimalRequest());

        Assert.Equal("Bearer " + TestClients.PartnerToken, RecordedRequest.Header(sent, "Authorization"));
    }

    [Fact]
    public async Task Request_SendsJsonContentType()
    {
        IRequestMessage sent = await SendAsync(TestClients.MinimalRequest());

        string? contentType = RecordedRequest.Header(sent, "Content-Type");
        Assert.NotNull(contentType);
        Assert.Equal("application/json", MediaTypeHeaderValue.Parse(contentType).MediaType);
    }

    [Fact]
    public async Task Request_BuiltFromTheDocumentedExampleValues_IsJsonEqualToTheSpecRequestExample()
    {
        JsonObject example = JsonNode.Parse(CreateInstanceSpec.RequestExampleJson)!.AsObject();
        var request = new CreateInstanceRequest
        {
            Name = (string)example["name"]!,
            SessionName = (string?)example["sessionName"],
            DeliveryCallbackUrl = (string?)example["deliveryCallbackUrl"],
            ReceivedCallbackUrl = (string?)example["receivedCallbackUrl"],
            DisconnectedCallbackUrl = (string?)example["disconnectedCallbackUrl"],
            ConnectedCallbackUrl = (string?)example["connectedCallbackUrl"],
            MessageStatusCallbackUrl = (string?)example["messageStatusCallbackUrl"],
        };

        IRequestMessage sent = await SendAsync(request);

        // Guards the comparison itself: the example sets all seven documented attributes, and member order does not count.
        Assert.Equal(7, example.Count);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"a":1,"b":"x"}"""), JsonNode.Parse("""{"b":"x","a":1}""")));
        Assert.False(JsonNode.DeepEquals(JsonNode.Parse("""{"a":1}"""), JsonNode.Parse("""{"a":1,"b":null}""")));
        JsonNode? body = JsonNode.Parse(RecordedRequest.Body(sent));
        Assert.True(
            JsonNode.DeepEquals(example, body),
            $"The body sent is not the documented example.\nSent:     {body?.ToJsonString()}\nExpected: {example.ToJsonString()}");
    }

    [Fact]
    public async Task Request_UnsetOptionalAttributes_AreOmittedNotSentAsNull()
    {
        IRequestMessage sent = await SendAsync(new CreateInstanceRequest { Name = "só o nome", ConnectedCallbackUrl = "https://meuwebhook.com.br/connected" });

        JsonObject body = JsonNode.Parse(RecordedRequest.Body(sent))!.AsObject();
        Assert.Equal(["name", "connectedCallbackUrl"], body.Select(member => member.Key).OrderBy(key => key == "name" ? 0 : 1));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"connectedCallbackUrl":"https://meuwebhook.com.br/connected","name":"só o nome"}"""), body));
        foreach (string omitted in new[] { "sessionName", "deliveryCallbackUrl", "receivedCallbackUrl", "disconnectedCallbackUrl", "messageStatusCallbackUrl" })
        {
            Assert.False(body.ContainsKey(omitted), $"'{omitted}' was not set, yet the body carries it.");
        }
    }

    [Fact]
    public async Task Request_TextNeedingEscapes_ArrivesUnchanged()
    {
        string name = "Instância \"teste\" \\ 😀 \n fim";
        string longUrl = "https://meuwebhook.com.br/" + new string('x', 5000);

        IRequestMessage sent = await SendAsync(new CreateInstanceRequest { Name = name, SessionName = longUrl });

        JsonObject body = JsonNode.Parse(RecordedRequest.Body(sent))!.AsObject();
        Assert.Equal(name, (string?)body["name"]);
        Assert.Equal(longUrl, (string?)body["sessionName"]);
    }

    private async Task<IRequestMessage> SendAsync(CreateInstanceRequest request)
    {
        using HttpClient http = TestClients.HttpFor(_fixture);
        CreateInstanceResponse created = await TestClients.Partner(http).CreateInstanceAsync(request);
        Assert.Equal("8823XWIE982KII99012K2L", created.Id);
        return _fixture.SingleRequest;
    }
}
