using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using ZApi.Specs.Json;
using ZApi.Specs.Plans;
using JsonValue = System.Text.Json.Nodes.JsonValue;

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
                switch (Redaction.At(segments, i))
                {
                    case PathSecret.InstanceId:
                        secrets.Add(value, "instance id", "INSTANCE-ID");
                        break;
                    case PathSecret.InstanceToken:
                        secrets.Add(value, "instance token", "INSTANCE-TOKEN");
                        break;
                }
            }
        }

        foreach (JsonNode? header in Headers(request).Concat(Headers(entry?["response"])))
        {
            string name = header?["name"]?.GetValue<string>() ?? string.Empty;
            if (header?["value"]?.GetValue<string>() is { } value && SecretNames.IsSecretHeader(name))
            {
                (string kind, string prefix) = name.ToLowerInvariant() switch
                {
                    "client-token" => ("client token", "CLIENT-TOKEN"),
                    "authorization" => ("authorization token", "PARTNER-TOKEN"),
                    _ => ("cookie", "COOKIE"),
                };
                secrets.Add(SecretNames.Credential(name, value), kind, prefix);
            }
        }

        var response = JsonWalk.TryParse(Text(entry?["response"]?["content"]?["text"]));
        foreach (JsonMember member in JsonWalk.Members(JsonWalk.TryParse(Text(request?["postData"]?["text"]))).Concat(JsonWalk.Members(response)))
        {
            Member(member.Name, JsonWalk.ScalarText(member.Value), secrets, options);
        }

        if (request?["url"]?.GetValue<string>() is { } partnerUrl && partnerUrl.Contains("/instances/integrator/", StringComparison.Ordinal))
        {
            // The partner API answers with instances: their "id" is an instance id.
            foreach (JsonMember member in JsonWalk.Members(response))
            {
                if (member.Name == "id" && member.Value.Kind == JsonKind.String)
                {
                    secrets.Add(member.Value.Text!, "instance id", "INSTANCE-ID");
                }
            }
        }

        if (request?["queryString"] is JsonArray query)
        {
            foreach (JsonNode? pair in query)
            {
                if (pair?["name"]?.GetValue<string>() is { } name && pair["value"]?.GetValue<string>() is { } value)
                {
                    Member(name, value, secrets, options);
                }
            }
        }
    }

    /// <summary>A JSON member or query parameter: a secret by its name, an instance id, or (when asked) a phone.</summary>
    private static void Member(string name, string? text, Placeholders secrets, RedactOptions options)
    {
        string lower = name.ToLowerInvariant();
        if (text is not { Length: > 0 })
        {
            return;
        }

        if (SecretNames.IsSecret(name))
        {
            secrets.Add(text, "token", "TOKEN");
        }
        else if (lower == "instanceid")
        {
            secrets.Add(text, "instance id", "INSTANCE-ID");
        }
        else if (options.Phones && lower.Contains("phone"))
        {
            secrets.Add(text, "phone", "5500000000");
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

    /// <summary>The text of a string node (a body in the HAR), or null.</summary>
    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String ? value.GetValue<string>() : null;

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
