using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;
using ZApi.Tool.Redact;
using ZApi.Tool.Tests.Infrastructure;

namespace ZApi.Tool.Tests.Redact;

/// <summary><c>zapi redact</c>: no secret of a recording survives, placeholders are consistent, the file stays a HAR file.</summary>
public sealed class HarRedactorTests : System.IDisposable
{
    /// <summary>A recording as a proxy exports it: real-looking ids and tokens in routes, headers, bodies, a query and a cookie.</summary>
    private const string Recording = """
        {
          "log": {
            "version": "1.2",
            "creator": { "name": "mitmproxy", "version": "10" },
            "entries": [
              {
                "request": {
                  "method": "POST",
                  "url": "https://api.z-api.io/instances/3C71DE8B199F70020C4B3A1B4E3C5AB1/token/A8F754F1402CAE3625D5D578/send-text",
                  "headers": [
                    { "name": "Client-Token", "value": "F3b1a2c4d5e6f708192a3b4c5d6e7f80S" },
                    { "name": "Content-Type", "value": "application/json" },
                    { "name": "Cookie", "value": "session=abc123def456" }
                  ],
                  "queryString": [],
                  "postData": { "mimeType": "application/json", "text": "{\"phone\":\"5511987654321\",\"message\":\"Olá\"}" }
                },
                "response": {
                  "status": 200,
                  "headers": [ { "name": "Set-Cookie", "value": "session=abc123def456; Path=/" } ],
                  "content": { "mimeType": "application/json", "text": "{\"zaapId\":\"3999984263738042930CD6ECDE9VDWSA\",\"messageId\":\"D241XXXX732339502B68\"}" }
                }
              },
              {
                "request": {
                  "method": "POST",
                  "url": "https://api.z-api.io/instances/integrator/on-demand",
                  "headers": [ { "name": "Authorization", "value": "Bearer eyJhbGciOiJIUzI1NiJ9.partner.secret" } ],
                  "queryString": [],
                  "postData": { "mimeType": "application/json", "text": "{\"name\":\"Loja\"}" }
                },
                "response": {
                  "status": 201,
                  "headers": [],
                  "content": { "mimeType": "application/json", "text": "{\"id\":\"3C02NEWINSTANCE000000000000000\",\"token\":\"NEWTOKEN0000000000000000\",\"due\":1767225600000}" }
                }
              },
              {
                "request": {
                  "method": "GET",
                  "url": "https://api.z-api.io/instances/3C71DE8B199F70020C4B3A1B4E3C5AB1/token/A8F754F1402CAE3625D5D578/chats/5511987654321?token=A8F754F1402CAE3625D5D578",
                  "headers": [ { "name": "Client-Token", "value": "F3b1a2c4d5e6f708192a3b4c5d6e7f80S" } ],
                  "queryString": [ { "name": "token", "value": "A8F754F1402CAE3625D5D578" } ]
                },
                "response": { "status": 200, "headers": [], "content": { "mimeType": "application/json", "text": "{\"phone\":\"5511987654321\",\"unread\":\"0\"}" } }
              },
              {
                "request": { "method": "GET", "url": "https://cdn.example.com/logo.png", "headers": [], "queryString": [] },
                "response": { "status": 200, "headers": [], "content": { "mimeType": "image/png", "text": "" } }
              }
            ]
          }
        }
        """;

    private static readonly string[] Secrets =
    {
        "3C71DE8B199F70020C4B3A1B4E3C5AB1", "A8F754F1402CAE3625D5D578", "F3b1a2c4d5e6f708192a3b4c5d6e7f80S",
        "eyJhbGciOiJIUzI1NiJ9.partner.secret", "session=abc123def456", "NEWTOKEN0000000000000000", "3C02NEWINSTANCE000000000000000",
    };

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void No_secret_survives_anywhere_and_each_is_one_placeholder_everywhere()
    {
        JsonNode har = JsonNode.Parse(Recording)!;

        RedactReport report = HarRedactor.Redact(har, new RedactOptions());

        string text = har.ToJsonString();
        foreach (string secret in Secrets)
        {
            Assert.DoesNotContain(secret, text);
        }

        Assert.Equal("https://api.z-api.io/instances/INSTANCE-ID-1/token/INSTANCE-TOKEN-1/send-text", (string)har["log"]!["entries"]![0]!["request"]!["url"]!);
        Assert.Equal("https://api.z-api.io/instances/INSTANCE-ID-1/token/INSTANCE-TOKEN-1/chats/5511987654321?token=INSTANCE-TOKEN-1", (string)har["log"]!["entries"]![2]!["request"]!["url"]!);
        Assert.Equal("Bearer PARTNER-TOKEN-1", (string)har["log"]!["entries"]![1]!["request"]!["headers"]![0]!["value"]!);
        Assert.Equal("CLIENT-TOKEN-1", (string)har["log"]!["entries"]![2]!["request"]!["headers"]![0]!["value"]!);
        Assert.Contains("\"token\":\"TOKEN-1\"", (string)har["log"]!["entries"]![1]!["response"]!["content"]!["text"]!);
        Assert.Equal(4, report.Kept);
        Assert.Equal(1, report.Replaced["instance token"]);
        Assert.Contains("5511987654321", text); // phones stay unless asked
    }

    [Fact]
    public void Phones_and_exchanges_that_are_not_api_calls_go_when_asked()
    {
        JsonNode har = JsonNode.Parse(Recording)!;

        RedactReport report = HarRedactor.Redact(har, new RedactOptions(Phones: true, OnlyApi: true));

        string text = har.ToJsonString();
        Assert.DoesNotContain("5511987654321", text);
        Assert.Contains("/chats/5500000000001", text); // the path value too, as the same placeholder
        Assert.DoesNotContain("cdn.example.com", text);
        Assert.Equal(3, report.Kept);
        Assert.Equal(1, report.Dropped);
    }

    [Fact]
    public void Redacting_twice_changes_nothing_more()
    {
        JsonNode once = JsonNode.Parse(Recording)!;
        HarRedactor.Redact(once, new RedactOptions(Phones: true));
        JsonNode twice = JsonNode.Parse(once.ToJsonString())!;

        HarRedactor.Redact(twice, new RedactOptions(Phones: true));

        Assert.Equal(once.ToJsonString(), twice.ToJsonString());
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("{\"log\": 3}")]
    [InlineData("{\"log\": {\"entries\": {}}}")]
    [InlineData("not json")]
    public async Task A_file_that_is_not_a_har_recording_is_one_line_and_exit_code_2(string content)
    {
        File.WriteAllText(Path.Combine(_folder.Path, "bad.har"), content);

        ZapiRun run = await ZapiProcess.RunAsync(_folder.Path, "redact", "bad.har");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Equal(content, File.ReadAllText(Path.Combine(_folder.Path, "bad.har")));
    }

    [Fact]
    public async Task The_command_rewrites_the_file_in_place_or_writes_out_and_reports_what_it_replaced()
    {
        string file = Path.Combine(_folder.Path, "z-api.har");
        File.WriteAllText(file, Recording);

        ZapiRun copy = await ZapiProcess.RunAsync(_folder.Path, "redact", "z-api.har", "--out", "redacted/z-api.har");
        ZapiRun inPlace = await ZapiProcess.RunAsync(_folder.Path, "redact", "z-api.har", "--only-api");
        ZapiRun missing = await ZapiProcess.RunAsync(_folder.Path, "redact", "nothing.har");

        Assert.Equal(0, copy.ExitCode);
        Assert.Contains("2 instance ids, 1 instance token", copy.Out);
        Assert.Equal(4, JsonNode.Parse(File.ReadAllText(Path.Combine(_folder.Path, "redacted", "z-api.har")))!["log"]!["entries"]!.AsArray().Count);
        Assert.Equal(0, inPlace.ExitCode);
        Assert.Contains("3 exchange(s) kept, 1 dropped", inPlace.Out);
        string redacted = File.ReadAllText(file);
        Assert.All(Secrets, secret => Assert.DoesNotContain(secret, redacted));
        Assert.Equal(2, missing.ExitCode);
        Assert.Single(missing.Error.Trim().Split('\n'));
    }
}
