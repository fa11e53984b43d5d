using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using WireMock;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ZApi.Client.Tests;

/// <summary>One loopback WireMock server per test class; each test resets its mappings and log.</summary>
public sealed class WireMockServerFixture : IDisposable
{
    public WireMockServer Server { get; } = WireMockServer.Start();

    /// <summary>The server's address with a trailing slash, as an HttpClient BaseAddress should be.</summary>
    public Uri BaseAddress => new(Server.Url! + "/");

    /// <summary>Clears mappings and the request log; called by every test class constructor.</summary>
    public void Reset() => Server.Reset();

    /// <summary>Answers every request (any method, any path) with <paramref name="status"/> and <paramref name="body"/>.</summary>
    public void RespondToAnything(int status, string? body, string contentType = "application/json", TimeSpan? delay = null)
    {
        IResponseBuilder response = Response.Create().WithStatusCode(status);
        if (body is not null)
        {
            response = response.WithHeader("Content-Type", contentType).WithBody(body);
        }

        if (delay is { } wait)
        {
            response = response.WithDelay(wait);
        }

        Server.Given(Request.Create().UsingAnyMethod()).RespondWith(response);
    }

    /// <summary>Answers every request with the spec's documented 201 example.</summary>
    public void RespondWithDocumentedSuccess() => RespondToAnything(201, CreateInstanceSpec.SuccessExampleJson);

    /// <summary>The requests the server received, oldest first.</summary>
    public IReadOnlyList<IRequestMessage> ReceivedRequests =>
        Server.LogEntries.Select(entry => entry.RequestMessage).OrderBy(message => message.DateTime).ToList();

    /// <summary>The only request the server received; fails when there were none or several.</summary>
    public IRequestMessage SingleRequest => ReceivedRequests.Single();

    public void Dispose()
    {
        Server.Stop();
        Server.Dispose();
    }
}

/// <summary>Reading what WireMock recorded.</summary>
internal static class RecordedRequest
{
    /// <summary>The values of header <paramref name="name"/> (case-insensitive), joined with ", "; null when absent.</summary>
    public static string? Header(IRequestMessage message, string name)
    {
        if (message.Headers is null)
        {
            return null;
        }

        foreach (KeyValuePair<string, WireMock.Types.WireMockList<string>> header in message.Headers)
        {
            if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return string.Join(", ", header.Value);
            }
        }

        return null;
    }

    /// <summary>The request body as text.</summary>
    public static string Body(IRequestMessage message) =>
        message.Body
        ?? (message.BodyAsBytes is { } bytes ? System.Text.Encoding.UTF8.GetString(bytes) : null)
        ?? throw new InvalidOperationException("The recorded request has no body.");
}

/// <summary>Builds clients the way a user would.</summary>
internal static class TestClients
{
    /// <summary>A partner token distinctive enough that finding it anywhere is certainly a leak.</summary>
    public const string PartnerToken = "PARTNER-TOKEN-7f3c9a1e-do-not-leak";

    /// <summary>An HttpClient whose BaseAddress is the fixture's server.</summary>
    public static HttpClient HttpFor(WireMockServerFixture fixture, TimeSpan? timeout = null)
    {
        var http = new HttpClient { BaseAddress = fixture.BaseAddress };
        if (timeout is { } value)
        {
            http.Timeout = value;
        }

        return http;
    }

    public static PartnerClient Partner(HttpClient http, Uri? optionsBaseAddress = null)
    {
        var options = new ZApiClientOptions { PartnerToken = PartnerToken };
        if (optionsBaseAddress is not null)
        {
            options.BaseAddress = optionsBaseAddress;
        }

        return new PartnerClient(http, options);
    }

    public static CreateInstanceRequest MinimalRequest() => new() { Name = "Instancia Z-API - 9292812" };

    /// <summary>A loopback address on which nothing listens: a port the OS just gave out and took back.</summary>
    public static Uri UnusedLoopbackAddress()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        int port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }
}
