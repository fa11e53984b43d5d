using System;
using System.Globalization;
using System.IO;
using System.Text.Json.Nodes;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;

namespace ZApi.Sample;

/// <summary>
/// The loopback stand-in for api.z-api.io that the sample calls by default: it answers each call
/// with the documented success example of its spec (specs/partner/create-instance.zapi.yaml,
/// specs/message/send-text.zapi.yaml) on the documented route.
/// </summary>
internal static class Stub
{
    /// <summary>How long a new instance lives unsubscribed: the create-instance page gives it a 2-day trial.</summary>
    public static readonly TimeSpan Trial = TimeSpan.FromDays(2);

    /// <summary>Starts the stub; <paramref name="now"/> is the moment the instances it creates start their trial.</summary>
    public static WireMockServer Start(string partnerToken, DateTimeOffset now)
    {
        Spec create = Load("partner", "create-instance");
        Spec send = Load("message", "send-text");
        ResponseSpec created = create.SuccessResponse!;
        ResponseSpec sent = send.SuccessResponse!;
        JsonNode createdBody = JsonNode.Parse(created.Example!.Json)!;
        string instanceId = createdBody["id"]!.GetValue<string>();
        string instanceToken = createdBody["token"]!.GetValue<string>();

        WireMockServer server = WireMockServer.Start();
        server
            .Given(Request.Create().WithPath(create.Route).UsingMethod(create.Method).WithHeader("Authorization", "Bearer " + partnerToken))
            .RespondWith(Response.Create().WithStatusCode(created.StatusCode).WithHeader("Content-Type", "application/json").WithBody(CreatedInstance(created.Example.Json, now)));
        server
            .Given(Request.Create().WithPath(send.Route.Replace("{instanceId}", instanceId).Replace("{instanceToken}", instanceToken)).UsingMethod(send.Method))
            .RespondWith(Response.Create().WithStatusCode(sent.StatusCode).WithHeader("Content-Type", "application/json").WithBody(sent.Example!.Json));
        return server;
    }

    /// <summary>
    /// The documented create-instance answer as the server gives it for an instance created at
    /// <paramref name="now"/>: the page's id and token, and as <c>due</c> the end of the documented
    /// 2-day trial, in the page's form (a digit string of Unix epoch milliseconds, the unit
    /// <c>timestamp</c> means and list-instances shows). The page's own <c>due</c>,
    /// <c>"329000002121"</c>, is a placeholder: read in that unit it is 1980-06-04, no expiry a new
    /// instance has; the spec keeps it as documented, and the stub answers what the page describes.
    /// </summary>
    public static string CreatedInstance(string documentedExample, DateTimeOffset now)
    {
        JsonNode body = JsonNode.Parse(documentedExample)!;
        body["due"] = (now + Trial).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        return body.ToJsonString();
    }

    private static Spec Load(string client, string id)
    {
        SpecParseResult parsed = SpecParser.ParseFile(Path.Combine(AppContext.BaseDirectory, "specs", client, id + ".zapi.yaml"));
        return parsed.Spec ?? throw new InvalidOperationException($"The {id} spec has errors:\n" + string.Join("\n", parsed.Errors));
    }
}
