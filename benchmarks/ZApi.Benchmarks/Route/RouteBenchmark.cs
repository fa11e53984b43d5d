using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ZApi.Benchmarks.Webhooks;

namespace ZApi.Benchmarks.Route;

/// <summary>
/// <c>--route</c>: the generated webhook endpoint (<c>MapZApiWebhooks</c>) end to end, on a real Kestrel on
/// loopback, against a minimal endpoint of the same app that only parses the body into a
/// <see cref="JsonDocument"/>. A plain runner, not BenchmarkDotNet: after a warm-up, rounds of documented
/// payloads over many connections, the two endpoints alternating round by round; the medians of the rounds.
/// The load comes from an <see cref="HttpClient"/> in the same process, so CPU per request counts the
/// client's share too: the same for both endpoints, it narrows the ratio and never flips it.
/// </summary>
internal static class RouteBenchmark
{
    private const string Secret = "benchmark-secret-7f9a2c";

    /// <summary>The app logs nothing (no provider): what the route itself costs, not a console's.</summary>
    public static List<RouteResult> Run(int requests, int connections, int rounds, int warmupRequests)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();

        long handled = 0;
        var handlers = new ZApiWebhookHandlers
        {
            OnReceivedText = (_, _) => { Interlocked.Increment(ref handled); return Task.CompletedTask; },
            OnReceivedImage = (_, _) => { Interlocked.Increment(ref handled); return Task.CompletedTask; },
            OnMessageStatus = (_, _) => { Interlocked.Increment(ref handled); return Task.CompletedTask; },
            OnConnected = (_, _) => { Interlocked.Increment(ref handled); return Task.CompletedTask; },
        };
        app.MapZApiWebhooks("/zapi/{secret}", handlers, new ZApiWebhookOptions { Secret = Secret });

        // The floor: the same route shape, the body parsed into a JsonDocument, nothing else.
        app.MapPost("/json/{secret}", static async context =>
        {
            using JsonDocument document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            context.Response.StatusCode = document.RootElement.ValueKind == JsonValueKind.Object ? 200 : 400;
        });

        app.StartAsync().GetAwaiter().GetResult();
        try
        {
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseProxy = false })
            {
                BaseAddress = new Uri(app.Urls.Single()),
            };
            byte[][] payloads = { WebhookPayloads.ReceivedText, WebhookPayloads.ReceivedImage, WebhookPayloads.MessageStatus, WebhookPayloads.Connected };
            var endpoints = new[] { ("MapZApiWebhooks (typed events)", "/zapi/" + Secret), ("JsonDocument floor", "/json/" + Secret) };

            foreach ((_, string path) in endpoints)
            {
                Load(http, path, payloads, warmupRequests, connections);
            }

            var perEndpoint = endpoints.ToDictionary(e => e.Item1, _ => new List<Round>());
            for (int round = 0; round < rounds; round++)
            {
                // Alternating which goes first, so a slow patch of the machine falls on both.
                foreach ((string name, string path) in round % 2 == 0 ? endpoints : endpoints.Reverse())
                {
                    perEndpoint[name].Add(Load(http, path, payloads, requests, connections));
                }
            }

            long expected = (long)(warmupRequests + (long)requests * rounds);
            if (Interlocked.Read(ref handled) != expected)
            {
                throw new InvalidOperationException($"The typed endpoint's handlers ran {handled} times, not {expected}: a payload went to no handler.");
            }

            return perEndpoint.Select(e => new RouteResult(
                e.Key,
                Median(e.Value.Select(r => r.RequestsPerSecond)),
                Median(e.Value.Select(r => r.CpuMicroseconds)),
                Median(e.Value.Select(r => r.Bytes)),
                Median(e.Value.Select(r => r.GcPauseMicroseconds)),
                e.Value)).ToList();
        }
        finally
        {
            app.StopAsync().GetAwaiter().GetResult();
            ((IAsyncDisposable)app).DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    public static void Print(List<RouteResult> results)
    {
        Console.WriteLine();
        Console.WriteLine("== ZApi.Benchmarks webhook route (Kestrel on loopback) ==");
        foreach (RouteResult result in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Endpoint}: {result.RequestsPerSecond:F0} requests/s, {result.CpuMicroseconds:F1} µs CPU/request, {result.Bytes:F0} B/request, {result.GcPauseMicroseconds:F2} µs GC pause/request (rounds: {string.Join(", ", result.Rounds.Select(r => r.CpuMicroseconds.ToString("F1", CultureInfo.InvariantCulture)))} µs)"));
        }

        RouteResult typed = results[0];
        RouteResult floor = results[1];
        // Round r of one endpoint ran next to round r of the other: the median of those ratios is the paired figure.
        double paired = Median(typed.Rounds.Zip(floor.Rounds, (t, f) => t.CpuMicroseconds / f.CpuMicroseconds));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"webhook route: CPU per request typed/JsonDocument {typed.CpuMicroseconds / floor.CpuMicroseconds:F2}× (median of round pairs {paired:F2}×), requests/s {typed.RequestsPerSecond / floor.RequestsPerSecond:F2}×, bytes per request {typed.Bytes / floor.Bytes:F2}×"));
    }

    /// <summary>Posts <paramref name="count"/> payloads (the documented ones in turn) over <paramref name="connections"/> concurrent senders; every answer must be 200.</summary>
    private static Round Load(HttpClient http, string path, byte[][] payloads, int count, int connections)
    {
        long next = -1;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        // Environment.CpuUsage is getrusage: Process.TotalProcessorTime reads /proc on Linux, in 10 ms ticks.
        TimeSpan cpuBefore = Environment.CpuUsage.TotalTime;
        long bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
        TimeSpan pauseBefore = GC.GetTotalPauseDuration();
        var wall = Stopwatch.StartNew();
        Task[] senders = Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            long i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                using var content = new ByteArrayContent(payloads[i % payloads.Length]);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using HttpResponseMessage response = await http.PostAsync(path, content).ConfigureAwait(false);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"{path} answered {(int)response.StatusCode} to payload {i % payloads.Length}.");
                }
            }
        })).ToArray();
        Task.WaitAll(senders);
        wall.Stop();
        double cpu = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds * 1000;
        long bytes = GC.GetTotalAllocatedBytes(precise: true) - bytesBefore;
        double pause = (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds * 1000;
        return new Round(count / wall.Elapsed.TotalSeconds, cpu / count, (double)bytes / count, pause / count);
    }

    private static double Median(IEnumerable<double> values)
    {
        double[] sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}

/// <summary>One round of one endpoint.</summary>
internal sealed record Round(double RequestsPerSecond, double CpuMicroseconds, double Bytes, double GcPauseMicroseconds);

/// <summary>One endpoint's medians over the rounds.</summary>
internal sealed record RouteResult(string Endpoint, double RequestsPerSecond, double CpuMicroseconds, double Bytes, double GcPauseMicroseconds, List<Round> Rounds);
