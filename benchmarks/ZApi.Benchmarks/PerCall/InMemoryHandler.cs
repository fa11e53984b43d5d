using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace ZApi.Benchmarks.PerCall;

/// <summary>
/// The server, in memory: no sockets. Reads the whole request body (into a reused sink, so the
/// handler itself allocates the same for every client), then answers with a fresh response over
/// the cached bytes of the documented 201 body. Headers are added unparsed, as SocketsHttpHandler does.
/// </summary>
internal sealed class InMemoryHandler : HttpMessageHandler
{
    private readonly byte[] _responseBody;
    private readonly HttpStatusCode _status;
    private readonly MemoryStream _sink = new(capacity: 4096);

    public InMemoryHandler(byte[] responseBody, int status)
    {
        _responseBody = responseBody;
        _status = (HttpStatusCode)status;
    }

    /// <summary>The body of the last request, for checking that every client sends the same JSON.</summary>
    public byte[] LastRequestBody => _sink.ToArray();

    public string? LastAuthorization { get; private set; }

    public string? LastContentType { get; private set; }

    public string? LastClientToken { get; private set; }

    public string? LastRequestUri { get; private set; }

    public bool Record { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _sink.SetLength(0);
        if (request.Content is not null)
        {
            await request.Content.CopyToAsync(_sink, cancellationToken).ConfigureAwait(false);
        }

        if (Record)
        {
            // Only while checking equivalence: reading headers may parse them.
            LastAuthorization = request.Headers.Authorization?.ToString();
            LastContentType = request.Content?.Headers.ContentType?.MediaType;
            LastClientToken = request.Headers.TryGetValues("Client-Token", out var clientToken) ? string.Join(",", clientToken) : null;
            LastRequestUri = request.RequestUri?.AbsoluteUri;
        }

        var response = new HttpResponseMessage(_status) { RequestMessage = request, Content = new ByteArrayContent(_responseBody) };
        response.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        return response;
    }
}
