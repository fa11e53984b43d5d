using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;

namespace ZApi.Client.Tests;

/// <summary>Any spec under specs/, parsed from the copy next to the test assembly.</summary>
internal static class SpecFile
{
    private static readonly ConcurrentDictionary<string, Spec> s_specs = new();

    /// <summary>specs/<paramref name="client"/>/<paramref name="id"/>.zapi.yaml.</summary>
    public static Spec Load(string client, string id) => s_specs.GetOrAdd(client + "/" + id, _ =>
    {
        string path = Path.Combine(AppContext.BaseDirectory, "specs", client, id + ".zapi.yaml");
        SpecParseResult parsed = SpecParser.ParseFile(path);
        return parsed.Spec ?? throw new InvalidOperationException($"The {id} spec has errors:\n" + string.Join("\n", parsed.Errors));
    });

    /// <summary>The documented request body example.</summary>
    public static string RequestExample(Spec spec) =>
        spec.Request.Example?.Json ?? throw new InvalidOperationException($"{spec.Id} documents no request example.");

    /// <summary>The documented success (2xx) example.</summary>
    public static string SuccessExample(Spec spec) =>
        spec.SuccessResponse?.Example?.Json ?? throw new InvalidOperationException($"{spec.Id} documents no success example.");

    /// <summary>The documented hint of error status <paramref name="status"/>.</summary>
    public static string? Hint(Spec spec, int status) => spec.Responses.Single(response => response.StatusCode == status).Hint;
}

/// <summary>What the client handed to the HTTP stack: the exact request URI and content, before any server decoding.</summary>
internal sealed record SentRequest(string Method, Uri RequestUri, string? ContentType, string? Body, bool HasContent);

/// <summary>A DelegatingHandler that records each request exactly as HttpClient will put it on the wire.</summary>
internal sealed class RecordingHandler : DelegatingHandler
{
    private readonly List<SentRequest> _sent = new();

    public RecordingHandler()
        : base(new HttpClientHandler())
    {
    }

    public IReadOnlyList<SentRequest> Sent
    {
        get
        {
            lock (_sent)
            {
                return _sent.ToList();
            }
        }
    }

    public SentRequest Single => Sent.Single();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string? body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var sent = new SentRequest(
            request.Method.Method,
            request.RequestUri ?? throw new InvalidOperationException("The request has no URI."),
            request.Content?.Headers.ContentType?.ToString(),
            body,
            request.Content is not null);
        lock (_sent)
        {
            _sent.Add(sent);
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An HttpClient on the fixture's server whose requests this handler records.</summary>
    public static HttpClient HttpFor(WireMockServerFixture fixture, out RecordingHandler handler)
    {
        handler = new RecordingHandler();
        return new HttpClient(handler) { BaseAddress = fixture.BaseAddress };
    }
}
