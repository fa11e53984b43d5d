using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using ZApi;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;

// Calls the generated Z-API clients. By default against a loopback stub that serves the documented
// examples of specs/partner/create-instance.zapi.yaml and specs/message/send-text.zapi.yaml: it
// creates an instance with the partner client, then sends a text on it with the instance client.
// With --live it calls https://api.z-api.io with the partner token in ZAPI_PARTNER_TOKEN, and only
// creates the instance (a real one, on a 2-day trial; sending needs a phone connected to it first).
// With --webhooks it receives webhooks instead: see Webhooks.cs.
if (args.Contains("--webhooks"))
{
    return await ZApi.Sample.Webhooks.RunAsync(args);
}

bool live = args.Contains("--live");
using CancellationTokenSource timeout = new(TimeSpan.FromSeconds(30));
using HttpClient http = new();
WireMockServer? stub = null;
string partnerToken;

if (live)
{
    partnerToken = Environment.GetEnvironmentVariable("ZAPI_PARTNER_TOKEN")
        ?? throw new InvalidOperationException("--live needs the partner token in the ZAPI_PARTNER_TOKEN environment variable.");
}
else
{
    partnerToken = "sample-partner-token";
    stub = StartStub(partnerToken);
    http.BaseAddress = new Uri(stub.Url! + "/");
}

try
{
    var partner = new PartnerClient(http, new ZApiClientOptions { PartnerToken = partnerToken });
    CreateInstanceResponse created = await partner.CreateInstanceAsync(
        new CreateInstanceRequest { Name = "Instancia Z-API - 9292812", SessionName = "Testes testes" },
        timeout.Token);
    Console.WriteLine($"Created instance {created.Id} (token {Mask(created.Token)}), valid until {created.Due:u}, via {(live ? "api.z-api.io" : stub!.Url)}.");

    if (!live)
    {
        // The instance client works on one instance; the Client-Token is sent only when set.
        var instance = new InstanceClient(http, new ZApiClientOptions { InstanceId = created.Id, InstanceToken = created.Token });
        MessageSent sent = await instance.SendTextAsync(new SendTextRequest { Phone = "5511999999999", Message = "Olá da Z-API" }, timeout.Token);
        Console.WriteLine($"Sent a text on {instance.InstanceId}: message {sent.MessageId} (Z-API id {sent.ZaapId}).");
    }

    return 0;
}
catch (ZApiException exception)
{
    Console.Error.WriteLine($"{exception.Operation} failed: HTTP {(int)exception.StatusCode}. {exception.Hint ?? exception.Message}");
    return 1;
}
finally
{
    stub?.Stop();
}

// Serves each spec's documented success example on its documented route (the instance routes with
// the instance the stub's create-instance example names).
static WireMockServer StartStub(string partnerToken)
{
    Spec create = Load("partner", "create-instance");
    Spec send = Load("message", "send-text");
    ResponseSpec created = create.SuccessResponse!;
    ResponseSpec sent = send.SuccessResponse!;
    string instanceId = System.Text.Json.JsonDocument.Parse(created.Example!.Json).RootElement.GetProperty("id").GetString()!;
    string instanceToken = System.Text.Json.JsonDocument.Parse(created.Example.Json).RootElement.GetProperty("token").GetString()!;

    WireMockServer server = WireMockServer.Start();
    server
        .Given(Request.Create().WithPath(create.Route).UsingMethod(create.Method).WithHeader("Authorization", "Bearer " + partnerToken))
        .RespondWith(Response.Create().WithStatusCode(created.StatusCode).WithHeader("Content-Type", "application/json").WithBody(created.Example.Json));
    server
        .Given(Request.Create().WithPath(send.Route.Replace("{instanceId}", instanceId).Replace("{instanceToken}", instanceToken)).UsingMethod(send.Method))
        .RespondWith(Response.Create().WithStatusCode(sent.StatusCode).WithHeader("Content-Type", "application/json").WithBody(sent.Example!.Json));
    return server;
}

static Spec Load(string client, string id)
{
    SpecParseResult parsed = SpecParser.ParseFile(Path.Combine(AppContext.BaseDirectory, "specs", client, id + ".zapi.yaml"));
    return parsed.Spec ?? throw new InvalidOperationException($"The {id} spec has errors:\n" + string.Join("\n", parsed.Errors));
}

static string Mask(string token) => token.Length <= 4 ? "****" : token[..4] + new string('*', token.Length - 4);
