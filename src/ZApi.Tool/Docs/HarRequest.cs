using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace ZApi.Tool.Docs;

/// <summary>A HAR request example (the JSON the pages' "Code" iframes name): method, URL, query, headers, body.</summary>
internal sealed record HarRequest(string Path, string Method, string Url, IReadOnlyList<KeyValuePair<string, string>> Query, IReadOnlyList<KeyValuePair<string, string>> Headers, string? Body)
{
    /// <summary>Reads a HAR request; a file that is not one is an <see cref="InvalidDataException"/> with one clear line.</summary>
    public static HarRequest Read(string path)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            JsonElement root = document.RootElement;
            if (root.TryGetProperty("request", out JsonElement request))
            {
                root = request; // a whole HAR entry, as browsers export it
            }

            string method = root.GetProperty("method").GetString() ?? throw new InvalidDataException("no method");
            string url = root.GetProperty("url").GetString() ?? throw new InvalidDataException("no url");
            string? body = root.TryGetProperty("postData", out JsonElement postData) && postData.TryGetProperty("text", out JsonElement text) ? text.GetString() : null;
            return new HarRequest(path, method.ToUpperInvariant(), url, Pairs(root, "queryString"), Pairs(root, "headers"), string.IsNullOrWhiteSpace(body) ? null : body);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path} is not a HAR request example ({exception.Message}).", exception);
        }
    }

    /// <summary>
    /// The HAR example a page's code iframe names (<c>json-examples/&lt;name&gt;.json</c>), from the
    /// <c>json-examples</c> folder beside the pages or above them; null when the page names none, has
    /// several routes (the example is one route's), or the file is not there. A file that is not a HAR
    /// request is reported and not used.
    /// </summary>
    public static HarRequest? NamedBy(EndpointPage page, Action<string> problem)
    {
        if (page.Har is not { } reference || page.Routes.Count > 1)
        {
            return null;
        }

        for (DirectoryInfo? folder = new FileInfo(page.Path).Directory; folder is not null; folder = folder.Parent)
        {
            string candidate = System.IO.Path.Combine(folder.FullName, "json-examples", reference.Name + ".json");
            if (File.Exists(candidate))
            {
                try
                {
                    return Read(candidate);
                }
                catch (InvalidDataException exception)
                {
                    problem(exception.Message);
                    return null;
                }
            }
        }

        return null;
    }

    public string? Header(string name) => Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static IReadOnlyList<KeyValuePair<string, string>> Pairs(JsonElement root, string property)
    {
        if (!root.TryGetProperty(property, out JsonElement array) || array.ValueKind != JsonValueKind.Array)
        {
            return Array.Empty<KeyValuePair<string, string>>();
        }

        return array.EnumerateArray()
            .Where(item => item.ValueKind == JsonValueKind.Object && item.TryGetProperty("name", out _))
            .Select(item => new KeyValuePair<string, string>(item.GetProperty("name").GetString() ?? string.Empty, item.TryGetProperty("value", out JsonElement value) ? value.ToString() : string.Empty))
            .ToList();
    }
}
