using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using ZApi.Specs.Naming;

namespace ZApi.Tool.Redact;

/// <summary>What <see cref="HarRedactor"/> replaces besides the credentials it always replaces.</summary>
/// <param name="Phones">Also replace the values of members named like a phone, wherever they appear.</param>
/// <param name="OnlyApi">Drop the exchanges that are not Z-API calls (a path under <c>/instances/</c>).</param>
internal sealed record RedactOptions(bool Phones = false, bool OnlyApi = false);

/// <summary>How many distinct values of each kind were replaced, and how many exchanges were kept and dropped.</summary>
internal sealed record RedactReport(IReadOnlyDictionary<string, int> Replaced, int Kept, int Dropped)
{
    public override string ToString()
    {
        string replaced = Replaced.Count == 0
            ? "nothing to replace"
            : string.Join(", ", Replaced.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Value} {r.Key}{(r.Value > 1 ? "s" : string.Empty)}"));
        return $"{replaced}; {Kept} exchange(s) kept{(Dropped > 0 ? $", {Dropped} dropped" : string.Empty)}";
    }
}

/// <summary>
/// Takes the secrets out of a HAR recording so it can live in a repository: the instance id and
/// token of every route, the <c>Client-Token</c>, <c>Authorization</c> and cookie headers, and every
/// JSON member named like a token, each replaced by a placeholder wherever it appears (URL, headers,
/// bodies), the same value always by the same placeholder, so the exchanges still make sense
/// together. The recording stays a valid HAR file the contract harness replays.
/// </summary>
internal static class HarRedactor
{
    public static RedactReport Redact(JsonNode har, RedactOptions options)
    {
        JsonArray entries = (har as JsonObject)?["log"] is JsonObject log && log["entries"] is JsonArray found
            ? found
            : throw new System.IO.InvalidDataException("not a HAR file: it has no log.entries array.");
        int dropped = 0;
        if (options.OnlyApi)
        {
            foreach (JsonNode? entry in entries.ToList())
            {
                if (!IsApiCall(entry))
                {
                    entries.Remove(entry);
                    dropped++;
                }
            }
        }

        var secrets = new Placeholders();
        foreach (JsonNode? entry in entries)
        {
            Collect(entry, secrets, options);
        }

        // Longest first, so a token that contains another value is replaced whole.
        List<KeyValuePair<string, string>> replacements = secrets.All.OrderByDescending(s => s.Key.Length).ToList();
        foreach (JsonNode? entry in entries)
        {
            Replace(entry, replacements);
        }

        return new RedactReport(secrets.Counts, entries.Count, dropped);
    }

    private static bool IsApiCall(JsonNode? entry) =>
        entry?["request"]?["url"]?.GetValue<string>() is { } url
        && Uri.TryCreate(url, UriKind.Absolute, out Uri? uri)
        && uri.AbsolutePath.StartsWith("/instances/", StringComparison.Ordinal);

    private static void Collect(JsonNode? entry, Placeholders secrets, RedactOptions options)
    {
        JsonNode? request = entry?["request"];
        if (request?["url"]?.GetValue<string>() is { } url && Uri.TryCreate(url, UriKind.Absolute, out Uri? uri))
        {
            string[] segments = uri.AbsolutePath.Split('/');
            for (int i = 1; i < segments.Length; i++)
            {
                string value = Uri.UnescapeDataString(segments[i]);
                if (segments[i - 1] == "instances" && value != "integrator")
                {
                    secrets.Add(value, "instance id", "INSTANCE-ID");
                }
                else if (segments[i - 1] == "token" && i >= 3 && segments[i - 3] == "instances")
                {
                    secrets.Add(value, "instance token", "INSTANCE-TOKEN");
                }
            }
        }

        foreach (JsonNode? header in Headers(request).Concat(Headers(entry?["response"])))
        {
            string name = header?["name"]?.GetValue<string>() ?? string.Empty;
            string? value = header?["value"]?.GetValue<string>();
            if (value is null)
            {
                continue;
            }

            switch (name.ToLowerInvariant())
            {
                case "client-token":
                    secrets.Add(value, "client token", "CLIENT-TOKEN");
                    break;
                case "authorization":
                    int space = value.IndexOf(' ');
                    secrets.Add(space > 0 ? value.Substring(space + 1).Trim() : value, "authorization token", "PARTNER-TOKEN");
                    break;
                case "cookie":
                case "set-cookie":
                    secrets.Add(value, "cookie", "COOKIE");
                    break;
            }
        }

        Members(Parse(request?["postData"]?["text"]), secrets, options);
        JsonNode? response = Parse(entry?["response"]?["content"]?["text"]);
        Members(response, secrets, options);
        if (request?["url"]?.GetValue<string>() is { } partnerUrl && partnerUrl.Contains("/instances/integrator/", StringComparison.Ordinal))
        {
            // The partner API answers with instances: their "id" is an instance id.
            InstanceIds(response, secrets);
        }

        Members(request?["queryString"] is JsonArray query ? PairsAsObject(query) : null, secrets, options);
    }

    private static void Members(JsonNode? node, Placeholders secrets, RedactOptions options)
    {
        switch (node)
        {
            case JsonObject json:
                foreach (KeyValuePair<string, JsonNode?> member in json)
                {
                    string name = member.Key.ToLowerInvariant();
                    if (member.Value is JsonValue value && value.ToString() is { Length: > 0 } text)
                    {
                        if (SecretNames.IsSecret(member.Key))
                        {
                            secrets.Add(text, "token", "TOKEN");
                        }
                        else if (name == "instanceid")
                        {
                            secrets.Add(text, "instance id", "INSTANCE-ID");
                        }
                        else if (options.Phones && name.Contains("phone"))
                        {
                            secrets.Add(text, "phone", "5500000000");
                        }
                    }

                    Members(member.Value, secrets, options);
                }

                break;
            case JsonArray array:
                foreach (JsonNode? item in array)
                {
                    Members(item, secrets, options);
                }

                break;
        }
    }

    private static void InstanceIds(JsonNode? node, Placeholders secrets)
    {
        switch (node)
        {
            case JsonObject json:
                if (json["id"] is JsonValue id && id.GetValueKind() == System.Text.Json.JsonValueKind.String)
                {
                    secrets.Add(id.GetValue<string>(), "instance id", "INSTANCE-ID");
                }

                foreach (KeyValuePair<string, JsonNode?> member in json)
                {
                    InstanceIds(member.Value, secrets);
                }

                break;
            case JsonArray array:
                foreach (JsonNode? item in array)
                {
                    InstanceIds(item, secrets);
                }

                break;
        }
    }

    /// <summary>Replaces every secret in every string of the entry: URL, header values, query values, bodies, cookies.</summary>
    private static void Replace(JsonNode? node, List<KeyValuePair<string, string>> replacements)
    {
        switch (node)
        {
            case JsonObject json:
                foreach (string key in json.Select(m => m.Key).ToList())
                {
                    if (json[key] is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String)
                    {
                        json[key] = ReplaceAll(value.GetValue<string>(), replacements);
                    }
                    else
                    {
                        Replace(json[key], replacements);
                    }
                }

                break;
            case JsonArray array:
                for (int i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String)
                    {
                        array[i] = ReplaceAll(value.GetValue<string>(), replacements);
                    }
                    else
                    {
                        Replace(array[i], replacements);
                    }
                }

                break;
        }
    }

    private static string ReplaceAll(string text, List<KeyValuePair<string, string>> replacements)
    {
        foreach (KeyValuePair<string, string> replacement in replacements)
        {
            if (text.Contains(replacement.Key, StringComparison.Ordinal))
            {
                text = text.Replace(replacement.Key, replacement.Value, StringComparison.Ordinal);
            }

            string escaped = Uri.EscapeDataString(replacement.Key);
            if (escaped != replacement.Key && text.Contains(escaped, StringComparison.Ordinal))
            {
                text = text.Replace(escaped, replacement.Value, StringComparison.Ordinal);
            }
        }

        return text;
    }

    private static IEnumerable<JsonNode?> Headers(JsonNode? message) =>
        message?["headers"] is JsonArray headers ? headers : Enumerable.Empty<JsonNode?>();

    private static JsonObject PairsAsObject(JsonArray pairs)
    {
        var json = new JsonObject();
        foreach (JsonNode? pair in pairs)
        {
            if (pair?["name"]?.GetValue<string>() is { } name && pair["value"]?.GetValue<string>() is { } value && !json.ContainsKey(name))
            {
                json[name] = value;
            }
        }

        return json;
    }

    private static JsonNode? Parse(JsonNode? text)
    {
        if (text is not JsonValue value || value.GetValueKind() != System.Text.Json.JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(value.GetValue<string>());
        }
        catch (System.Text.Json.JsonException)
        {
            return null; // not JSON: only the values found elsewhere are replaced in it
        }
    }

    /// <summary>Secret value → placeholder, one counter per kind.</summary>
    private sealed class Placeholders
    {
        private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

        public IReadOnlyDictionary<string, string> All => _values;

        public IReadOnlyDictionary<string, int> Counts => _counts;

        public void Add(string value, string kind, string prefix)
        {
            // Short values (a "1", an empty token) would replace unrelated text; placeholders are kept as they are.
            if (value.Length < 4 || _values.ContainsKey(value) || IsPlaceholder(value))
            {
                return;
            }

            int n = _counts.TryGetValue(kind, out int count) ? count + 1 : 1;
            _counts[kind] = n;
            _values[value] = prefix == "5500000000"
                ? prefix + n.ToString("D3", System.Globalization.CultureInfo.InvariantCulture) // a phone stays digits
                : $"{prefix}-{n}";
        }

        private static bool IsPlaceholder(string value) =>
            System.Text.RegularExpressions.Regex.IsMatch(value, "^(INSTANCE-ID|INSTANCE-TOKEN|CLIENT-TOKEN|PARTNER-TOKEN|COOKIE|TOKEN)-[0-9]+$|^5500000000[0-9]{3}$");
    }
}
