using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;

namespace ZApi.Benchmarks.PerCall;

/// <summary>c) Hand-written HttpClient code with System.Text.Json source generation (JsonContent / ReadFromJsonAsync).</summary>
public sealed class StjSourceGenClient
{
    private static readonly Uri Endpoint = new("https://api.z-api.io/instances/integrator/on-demand");

    private readonly HttpClient _http;
    private readonly string _authorization;

    public StjSourceGenClient(HttpClient http, string partnerToken)
    {
        _http = http;
        _authorization = "Bearer " + partnerToken;
    }

    public async Task<InstanceResponseDto> CreateInstanceAsync(InstanceRequestDto request, CancellationToken cancellationToken = default)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, Endpoint)
        {
            Content = JsonContent.Create(request, BenchJsonContext.Default.InstanceRequestDto),
        };
        message.Headers.TryAddWithoutValidation("Authorization", _authorization);

        using HttpResponseMessage response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"create-instance failed with HTTP {(int)response.StatusCode}", null, response.StatusCode);
        }

        return await response.Content.ReadFromJsonAsync(BenchJsonContext.Default.InstanceResponseDto, cancellationToken).ConfigureAwait(false)
            ?? throw new HttpRequestException("create-instance answered null");
    }
}
