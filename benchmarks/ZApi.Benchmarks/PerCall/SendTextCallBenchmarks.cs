using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Refit;

namespace ZApi.Benchmarks.PerCall;

/// <summary>
/// One <c>SendTextAsync</c> call on the instance client (route <c>/instances/{id}/token/{token}/send-text</c>,
/// <c>Client-Token</c> header) with the documented request and 200 response, over the in-memory handler:
/// the generated client, Refit, and the hand-written floor d).
/// </summary>
[MemoryDiagnoser]
public class SendTextCallBenchmarks
{
    public const string InstanceId = "3C0A1B2C3D4E5F60718293A4B5C6D7E8";
    public const string InstanceToken = "F1E2D3C4B5A697887766554433221100";
    public const string ClientToken = "CLIENT-SECURITY-TOKEN-0123456789";

    private ZApi.InstanceClient _generated = null!;
    private IRefitInstanceApi _refit = null!;
    private Utf8HandWrittenInstanceClient _utf8 = null!;
    private ZApi.SendTextRequest _generatedRequest = null!;
    private SendTextRequestDto _dtoRequest = null!;
    private readonly Dictionary<string, InMemoryHandler> _handlers = new();

    [GlobalSetup]
    public void Setup()
    {
        SendTextExample example = Repository.SendTextExample;
        _generated = new ZApi.InstanceClient(
            new HttpClient(Handler("generated", example), disposeHandler: false),
            new ZApi.ZApiClientOptions { InstanceId = InstanceId, InstanceToken = InstanceToken, ClientToken = ClientToken });
        _refit = RestService.For<IRefitInstanceApi>(
            new HttpClient(Handler("refit-default", example), disposeHandler: false) { BaseAddress = new Uri("https://api.z-api.io") });
        _utf8 = new Utf8HandWrittenInstanceClient(new HttpClient(Handler("utf8-by-hand", example), disposeHandler: false), InstanceId, InstanceToken, ClientToken);

        _generatedRequest = new ZApi.SendTextRequest { Phone = example.Phone, Message = example.Message };
        _dtoRequest = new SendTextRequestDto { Phone = example.Phone, Message = example.Message };
        CheckEquivalence();
    }

    [Benchmark(Description = "send-text: generated client")]
    public Task<ZApi.MessageSent> SendTextGenerated() => _generated.SendTextAsync(_generatedRequest);

    [Benchmark(Description = "send-text: a) Refit default")]
    public Task<MessageSentDto> SendTextRefit() => _refit.SendTextAsync(InstanceId, InstanceToken, _dtoRequest, ClientToken);

    [Benchmark(Baseline = true, Description = "send-text: d) Utf8JsonWriter/Reader by hand")]
    public Task<MessageSentDto> SendTextUtf8ByHand() => _utf8.SendTextAsync(_dtoRequest);

    private InMemoryHandler Handler(string name, SendTextExample example)
    {
        var handler = new InMemoryHandler(example.ResponseBody, example.StatusCode);
        _handlers[name] = handler;
        return handler;
    }

    /// <summary>Fails the setup unless every client sends the same JSON, URI, content type and Client-Token and reads the same values.</summary>
    private void CheckEquivalence()
    {
        foreach (InMemoryHandler handler in _handlers.Values)
        {
            handler.Record = true;
        }

        ZApi.MessageSent generated = SendTextGenerated().GetAwaiter().GetResult();
        string expected = $"{generated.ZaapId}|{generated.MessageId}|{generated.Id}";
        MessageSentDto refit = SendTextRefit().GetAwaiter().GetResult();
        Check("refit-default", $"{refit.ZaapId}|{refit.MessageId}|{refit.Id}", expected);
        MessageSentDto utf8 = SendTextUtf8ByHand().GetAwaiter().GetResult();
        Check("utf8-by-hand", $"{utf8.ZaapId}|{utf8.MessageId}|{utf8.Id}", expected);
        Check("generated values", expected, "3999984263738042930CD6ECDE9VDWSA|D241XXXX732339502B68|D241XXXX732339502B68");

        byte[] generatedBody = _handlers["generated"].LastRequestBody;
        string body = Normalize(generatedBody);
        Check("generated request body", body, Normalize(System.Text.Encoding.UTF8.GetBytes($"{{\"phone\":\"{Repository.SendTextExample.Phone}\",\"message\":\"{Repository.SendTextExample.Message}\"}}")));
        string uri = $"https://api.z-api.io/instances/{InstanceId}/token/{InstanceToken}/send-text";
        foreach ((string name, InMemoryHandler handler) in _handlers)
        {
            Check(name + " request body", Normalize(handler.LastRequestBody), body);
            Check(name + " request bytes", Convert.ToBase64String(handler.LastRequestBody), Convert.ToBase64String(generatedBody));
            Check(name + " uri", handler.LastRequestUri ?? "(none)", uri);
            Check(name + " client token", handler.LastClientToken ?? "(none)", ClientToken);
            Check(name + " content type", handler.LastContentType ?? "(none)", "application/json");
            handler.Record = false;
        }
    }

    private static string Normalize(byte[] json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement);
    }

    private static void Check(string what, string actual, string expected)
    {
        if (!string.Equals(actual, expected, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Not equivalent: {what} gave {actual}, expected {expected}.");
        }
    }
}
