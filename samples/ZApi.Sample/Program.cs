using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using WireMock.Server;
using ZApi;

// Calls the generated Z-API clients. By default against a loopback stub that serves the documented
// examples of specs/partner/create-instance.zapi.yaml and specs/message/send-text.zapi.yaml (see
// Stub.cs): it creates an instance with the partner client (valid for its 2-day trial), then sends
// a text on it with the instance client.
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
    stub = ZApi.Sample.Stub.Start(partnerToken, DateTimeOffset.UtcNow);
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

static string Mask(string token) => token.Length <= 4 ? "****" : token[..4] + new string('*', token.Length - 4);
