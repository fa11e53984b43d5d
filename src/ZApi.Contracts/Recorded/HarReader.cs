using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace ZApi.Contracts.Recorded;

/// <summary>Reads the entries of a HAR file; a file that is not one is an <see cref="InvalidDataException"/> that names it and says why.</summary>
public static class HarReader
{
    /// <summary>The largest HAR file read (a recording is a handful of exchanges, not a browsing session).</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    public static IReadOnlyList<HarEntry> Read(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new FileNotFoundException($"No HAR file at {path}.", path);
        }

        if (file.Length > MaxFileBytes)
        {
            throw new InvalidDataException($"{path} is {file.Length} bytes; recordings of more than {MaxFileBytes} bytes are not read. Keep only the Z-API exchanges (zapi redact --only-api).");
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            JsonElement entries = document.RootElement.GetProperty("log").GetProperty("entries");
            var read = new List<HarEntry>();
            int index = 0;
            foreach (JsonElement entry in entries.EnumerateArray())
            {
                index++;
                read.Add(ReadEntry(index, entry));
            }

            return read;
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or UriFormatException)
        {
            throw new InvalidDataException($"{path} is not a HAR file this harness reads ({exception.Message}): it needs log.entries[], each with request (method, url, headers, queryString, postData.text) and response (status, headers, content.text).", exception);
        }
    }

    private static HarEntry ReadEntry(int index, JsonElement entry)
    {
        JsonElement request = entry.GetProperty("request");
        JsonElement response = entry.GetProperty("response");
        string? requestBody = request.TryGetProperty("postData", out JsonElement postData) && postData.TryGetProperty("text", out JsonElement text) && text.ValueKind == JsonValueKind.String
            ? text.GetString()
            : null;
        return new HarEntry(
            index,
            request.GetProperty("method").GetString()!.ToUpperInvariant(),
            new Uri(request.GetProperty("url").GetString()!, UriKind.Absolute),
            Pairs(request, "headers"),
            Pairs(request, "queryString"),
            string.IsNullOrEmpty(requestBody) ? null : requestBody,
            response.GetProperty("status").GetInt32(),
            Pairs(response, "headers"),
            Content(response));
    }

    /// <summary>The response body: <c>content.text</c>, decoded when <c>content.encoding</c> is base64.</summary>
    private static string? Content(JsonElement response)
    {
        if (!response.TryGetProperty("content", out JsonElement content) || !content.TryGetProperty("text", out JsonElement text) || text.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        string value = text.GetString()!;
        if (content.TryGetProperty("encoding", out JsonElement encoding) && encoding.ValueKind == JsonValueKind.String && encoding.GetString() == "base64")
        {
            value = Encoding.UTF8.GetString(Convert.FromBase64String(value));
        }

        return value;
    }

    private static IReadOnlyList<KeyValuePair<string, string>> Pairs(JsonElement parent, string name)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        if (parent.TryGetProperty(name, out JsonElement array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement pair in array.EnumerateArray())
            {
                pairs.Add(new(pair.GetProperty("name").GetString() ?? string.Empty, pair.TryGetProperty("value", out JsonElement value) ? value.GetString() ?? string.Empty : string.Empty));
            }
        }

        return pairs;
    }
}
