using System;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Refit;

namespace ZApi.Benchmarks.PerCall;

/// <summary>
/// One <c>CreateInstanceAsync</c> call with the documented request and 201 response, over an
/// in-memory handler, for the generated client and what a user would pick instead.
/// </summary>
[MemoryDiagnoser]
public class CreateInstanceCallBenchmarks
{
    public const string PartnerToken = "PARTNER-TOKEN-0123456789ABCDEF";

    private HttpClient _generatedHttp = null!;
    private HttpClient _generatedBaseHttp = null!;
    private ZApi.PartnerClient _generated = null!;
    private ZApi.PartnerClient _generatedWithHttpBase = null!;
    private IRefitPartnerApi _refitDefault = null!;
    private IRefitPartnerApi _refitSourceGen = null!;
    private StjSourceGenClient _stj = null!;
    private Utf8HandWrittenClient _utf8 = null!;
    private ZApi.CreateInstanceRequest _generatedRequest = null!;
    private InstanceRequestDto _dtoRequest = null!;
    private readonly System.Collections.Generic.Dictionary<string, InMemoryHandler> _handlers = new();

    [GlobalSetup]
    public void Setup()
    {
        DocumentedExample example = Repository.CreateInstanceExample;

        // The generated client as the README shows it: a plain HttpClient, the default Z-API base address.
        _generatedHttp = new HttpClient(Handler("generated", example), disposeHandler: false);
        _generated = new ZApi.PartnerClient(_generatedHttp, new ZApi.ZApiClientOptions { PartnerToken = PartnerToken });

        // The same, with the HttpClient's own BaseAddress (which wins): the other documented set-up.
        _generatedBaseHttp = new HttpClient(Handler("generated-http-base", example), disposeHandler: false) { BaseAddress = new Uri("https://api.z-api.io/") };
        _generatedWithHttpBase = new ZApi.PartnerClient(_generatedBaseHttp, new ZApi.ZApiClientOptions { PartnerToken = PartnerToken });

        // a) Refit, default settings (reflection-based System.Text.Json).
        _refitDefault = RestService.For<IRefitPartnerApi>(
            new HttpClient(Handler("refit-default", example), disposeHandler: false) { BaseAddress = new Uri("https://api.z-api.io") });

        // b) Refit with the source-generated context's options.
        _refitSourceGen = RestService.For<IRefitPartnerApi>(
            new HttpClient(Handler("refit-stj-sourcegen", example), disposeHandler: false) { BaseAddress = new Uri("https://api.z-api.io") },
            new RefitSettings { ContentSerializer = new SystemTextJsonContentSerializer(BenchJsonContext.Default.Options) });

        // c) and d) hand-written.
        _stj = new StjSourceGenClient(new HttpClient(Handler("httpclient-stj-sourcegen", example), disposeHandler: false), PartnerToken);
        _utf8 = new Utf8HandWrittenClient(new HttpClient(Handler("utf8-by-hand", example), disposeHandler: false), PartnerToken);

        _generatedRequest = new ZApi.CreateInstanceRequest
        {
            Name = example.Name,
            SessionName = example.SessionName,
            DeliveryCallbackUrl = example.DeliveryCallbackUrl,
            ReceivedCallbackUrl = example.ReceivedCallbackUrl,
            DisconnectedCallbackUrl = example.DisconnectedCallbackUrl,
            ConnectedCallbackUrl = example.ConnectedCallbackUrl,
            MessageStatusCallbackUrl = example.MessageStatusCallbackUrl,
        };
        _dtoRequest = new InstanceRequestDto
        {
            Name = example.Name,
            SessionName = example.SessionName,
            DeliveryCallbackUrl = example.DeliveryCallbackUrl,
            ReceivedCallbackUrl = example.ReceivedCallbackUrl,
            DisconnectedCallbackUrl = example.DisconnectedCallbackUrl,
            ConnectedCallbackUrl = example.ConnectedCallbackUrl,
            MessageStatusCallbackUrl = example.MessageStatusCallbackUrl,
        };

        CheckEquivalence();
    }

    [Benchmark(Description = "generated client")]
    public Task<ZApi.CreateInstanceResponse> Generated() => _generated.CreateInstanceAsync(_generatedRequest);

    [Benchmark(Description = "generated client, HttpClient.BaseAddress set")]
    public Task<ZApi.CreateInstanceResponse> GeneratedHttpClientBase() => _generatedWithHttpBase.CreateInstanceAsync(_generatedRequest);

    [Benchmark(Description = "a) Refit default")]
    public Task<InstanceResponseDto> RefitDefault() => _refitDefault.CreateInstanceAsync(_dtoRequest, PartnerToken);

    [Benchmark(Description = "b) Refit + STJ source gen")]
    public Task<InstanceResponseDto> RefitSourceGen() => _refitSourceGen.CreateInstanceAsync(_dtoRequest, PartnerToken);

    [Benchmark(Description = "c) HttpClient + STJ source gen")]
    public Task<InstanceResponseDto> HttpClientStjSourceGen() => _stj.CreateInstanceAsync(_dtoRequest);

    [Benchmark(Baseline = true, Description = "d) Utf8JsonWriter/Reader by hand")]
    public Task<InstanceResponseDto> Utf8ByHand() => _utf8.CreateInstanceAsync(_dtoRequest);

    private InMemoryHandler Handler(string name, DocumentedExample example)
    {
        var handler = new InMemoryHandler(example.ResponseBody, example.StatusCode);
        _handlers[name] = handler;
        return handler;
    }

    /// <summary>Fails the setup unless every client sends the same JSON, content type and bearer token and reads the same values.</summary>
    private void CheckEquivalence()
    {
        foreach (InMemoryHandler handler in _handlers.Values)
        {
            handler.Record = true;
        }

        ZApi.CreateInstanceResponse generated = Generated().GetAwaiter().GetResult();
        string expected = Describe(generated.Id, generated.Token, generated.Due);
        Check("generated-http-base", Describe(GeneratedHttpClientBase().GetAwaiter().GetResult()), expected);
        Check("refit-default", Describe(RefitDefault().GetAwaiter().GetResult()), expected);
        Check("refit-stj-sourcegen", Describe(RefitSourceGen().GetAwaiter().GetResult()), expected);
        Check("httpclient-stj-sourcegen", Describe(HttpClientStjSourceGen().GetAwaiter().GetResult()), expected);
        Check("utf8-by-hand", Describe(Utf8ByHand().GetAwaiter().GetResult()), expected);

        string body = Normalize(_handlers["generated"].LastRequestBody);
        foreach ((string name, InMemoryHandler handler) in _handlers)
        {
            Check(name + " request body", Normalize(handler.LastRequestBody), body);
            Check(name + " authorization", handler.LastAuthorization ?? "(none)", "Bearer " + PartnerToken);
            Check(name + " content type", handler.LastContentType ?? "(none)", "application/json");
            handler.Record = false;
        }
    }

    private static string Describe(ZApi.CreateInstanceResponse r) => Describe(r.Id, r.Token, r.Due);

    private static string Describe(InstanceResponseDto r) => Describe(r.Id, r.Token, r.Due);

    private static string Describe(string id, string token, DateTimeOffset? due) => $"{id}|{token}|{due?.ToUnixTimeMilliseconds()}";

    private static string Normalize(byte[] json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement);
    }

    private static void Check(string what, string actual, string expected)
    {
        if (!string.Equals(actual, expected, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Not equivalent: {what} gave {actual}, the generated client {expected}.");
        }
    }
}
