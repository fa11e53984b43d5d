using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using ZApi.Specs.Parsing;

namespace ZApi.Sample;

/// <summary>
/// <c>dotnet run --project samples/ZApi.Sample -- --webhooks</c>: a webhook receiver on loopback that
/// posts the documented received-text and message-status examples to itself, as Z-API would, and
/// prints the typed events its handlers get. With <c>--listen</c> it keeps receiving until Ctrl+C
/// (put it behind HTTPS and give Z-API its URL with <c>UpdateEveryWebhooksAsync</c>).
/// </summary>
internal static class Webhooks
{
    public static async Task<int> RunAsync(string[] args)
    {
        // The secret is the last path segment of the URL given to Z-API: generate one per installation.
        string secret = Environment.GetEnvironmentVariable("ZAPI_WEBHOOK_SECRET") ?? Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(args.Contains("--listen") ? "http://127.0.0.1:5080" : "http://127.0.0.1:0");
        // ASP.NET Core logs request paths (the secret segment) at Information and Debug: keep those categories at Warning.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning).AddFilter("Microsoft.AspNetCore.Routing", LogLevel.Warning);
        await using WebApplication app = builder.Build();

        int handled = 0;
        var handlers = new ZApiWebhookHandlers
        {
            OnReceivedText = (message, _) =>
            {
                Console.WriteLine($"Received a text from {Mask(message.Phone)} at {message.Momment:u}: {message.Text.Message?.Length ?? 0} characters.");
                Interlocked.Increment(ref handled);
                return Task.CompletedTask;
            },
            OnMessageStatus = (status, _) =>
            {
                Console.WriteLine($"Message status: {status.Status} for {status.Ids?.Count ?? 0} message(s).");
                Interlocked.Increment(ref handled);
                return Task.CompletedTask;
            },
            Fallback = (other, _) =>
            {
                Console.WriteLine($"Another event: {ZApiWebhookHandlers.KindOf(other) ?? "unknown"}.");
                Interlocked.Increment(ref handled);
                return Task.CompletedTask;
            },
        };
        app.MapZApiWebhooks("/zapi/{secret}", handlers, new ZApiWebhookOptions { Secret = secret });
        await app.StartAsync();
        string url = app.Urls.Single() + "/zapi/" + secret;
        Console.WriteLine($"Receiving webhooks on {app.Urls.Single()}/zapi/<secret>.");

        if (args.Contains("--listen"))
        {
            Console.WriteLine("Give Z-API this URL (behind HTTPS): await instance.UpdateEveryWebhooksAsync(new UpdateEveryWebhooksRequest { Value = \"https://<your host>/zapi/<secret>\" }). Ctrl+C stops.");
            await Microsoft.Extensions.Hosting.HostingAbstractionsHostExtensions.WaitForShutdownAsync(app);
            return 0;
        }

        // Play Z-API: post two documented payloads, as they arrive, to the receiver.
        using var http = new HttpClient();
        foreach (string id in new[] { "received-text", "message-status" })
        {
            string payload = SpecParser.ParseFile(Path.Combine(AppContext.BaseDirectory, "specs", "events", id + ".zapi.yaml")).Event!.Examples[0].Json;
            HttpResponseMessage response = await http.PostAsync(url, new StringContent(payload, Encoding.UTF8, "application/json"));
            Console.WriteLine($"POST {id} example: HTTP {(int)response.StatusCode}.");
        }

        await app.StopAsync();
        return handled == 2 ? 0 : 1;
    }

    private static string Mask(string phone) => phone.Length <= 4 ? "****" : new string('*', phone.Length - 4) + phone[^4..];
}
