using System;
using System.CommandLine;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using ZApi.Tool.Redact;

namespace ZApi.Tool.Commands;

/// <summary><c>zapi redact &lt;file.har&gt;</c>: takes the tokens (and, if asked, phone numbers) out of a recording before it is committed.</summary>
internal static class RedactCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The HAR recording (HTTP Archive: browsers, Postman, Fiddler, mitmproxy export it)." };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write the redacted recording here instead of replacing the file." };
        var phones = new Option<bool>("--phones") { Description = "Also replace phone numbers (the values of members named like phone, wherever they appear)." };
        var onlyApi = new Option<bool>("--only-api") { Description = "Drop the exchanges that are not Z-API calls (paths outside /instances/)." };
        var command = new Command("redact", "Replace the instance ids and tokens, credential headers, cookies and token members of a HAR recording with placeholders, so it can be kept in the repository and replayed by the contract harness.")
        {
            file, output, phones, onlyApi,
        };
        command.SetAction(parse => Run.Safely(() => Redact(parse.GetValue(file)!, parse.GetValue(output), new RedactOptions(parse.GetValue(phones), parse.GetValue(onlyApi)))));
        return command;
    }

    private static int Redact(FileInfo file, FileInfo? output, RedactOptions options)
    {
        if (!file.Exists)
        {
            throw new UsageException($"{file.FullName} does not exist.");
        }

        JsonNode har;
        try
        {
            har = JsonNode.Parse(File.ReadAllText(file.FullName), documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip })
                ?? throw new InvalidDataException($"{file.FullName} is not a HAR file (null).");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{file.FullName} is not JSON: {exception.Message}");
        }

        RedactReport report = HarRedactor.Redact(har, options);
        string target = output?.FullName ?? file.FullName;
        string? folder = Path.GetDirectoryName(target);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(target, har.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
        Console.WriteLine($"Redacted {Path.GetFileName(file.FullName)} → {target}: {report}.");
        return ToolExit.Success;
    }
}
