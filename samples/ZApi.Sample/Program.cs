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

// Calls the generated Z-API client. By default against a loopback stub that serves the documented
// 201 example of specs/partner/create-instance.zapi.yaml; with --live against https://api.z-api.io,
// using the partner token in ZAPI_PARTNER_TOKEN (this creates a real instance: a 2-day trial).
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
    var client = new PartnerClient(http, new ZApiClientOptions { PartnerToken = partnerToken });
    CreateInstanceResponse created = await client.CreateInstanceAsync(
        new CreateInstanceRequest { Name = "Instancia Z-API - 9292812", SessionName = "Testes testes" },
        timeout.Token);

    Console.WriteLine($"Created instance {created.Id} (token {Mask(created.Token)}), valid until {created.Due:u}, via {(live ? "api.z-api.io" : stub!.Url)}.");
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

static WireMockServer StartStub(string partnerToken)
{
    SpecParseResult parsed = SpecParser.ParseFile(Path.Combine(AppContext.BaseDirectory, "specs", "partner", "create-instance.zapi.yaml"));
    Spec spec = parsed.Spec ?? throw new InvalidOperationException("The create-instance spec has errors:\n" + string.Join("\n", parsed.Errors));
    ResponseSpec created = spec.SuccessResponse!;

    WireMockServer server = WireMockServer.Start();
    server
        .Given(Request.Create().WithPath(spec.Route).UsingMethod(spec.Method).WithHeader("Authorization", "Bearer " + partnerToken))
        .RespondWith(Response.Create().WithStatusCode(created.StatusCode).WithHeader("Content-Type", "application/json").WithBody(created.Example!.Json));
    return server;
}

static string Mask(string token) => token.Length <= 4 ? "****" : token[..4] + new string('*', token.Length - 4);
