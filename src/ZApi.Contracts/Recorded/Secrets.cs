using System;
using System.Text.Json.Nodes;
using ZApi.Contracts.Recorded;
using ZApi.Specs.Model;
using ZApi.Specs.Naming;

namespace ZApi.Contracts;

/// <summary>
/// What of a recording is never printed, even when the user forgot to redact it: the credential
/// headers, the instance id and token of the route, and the values of members named like a token.
/// </summary>
internal static class Secrets
{
    public static void HideAll(Spec spec, HarEntry exchange, RouteMatch match, ContractFailures failures)
    {
        foreach (string header in new[] { "Client-Token", "Authorization", "Cookie" })
        {
            string? value = HarEntry.Header(exchange.RequestHeaders, header);
            failures.Hide(value);
            if (value is not null && value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                failures.Hide(value.Substring("Bearer ".Length).Trim());
            }
        }

        failures.Hide(HarEntry.Header(exchange.ResponseHeaders, "Set-Cookie"));
        if (spec.IsInstanceBound)
        {
            failures.Hide(match.PathValues.TryGetValue("instanceId", out string? id) ? id : null);
            failures.Hide(match.PathValues.TryGetValue("instanceToken", out string? token) ? token : null);
        }

        Members(Parse(exchange.RequestBody), failures);
        Members(Parse(exchange.ResponseBody), failures);
    }

    private static void Members(JsonNode? node, ContractFailures failures)
    {
        switch (node)
        {
            case JsonObject json:
                foreach (var member in json)
                {
                    if (SecretNames.IsSecret(member.Key) && member.Value is JsonValue value)
                    {
                        failures.Hide(value.ToString());
                    }

                    Members(member.Value, failures);
                }

                break;
            case JsonArray array:
                foreach (JsonNode? item in array)
                {
                    Members(item, failures);
                }

                break;
        }
    }

    private static JsonNode? Parse(string? json)
    {
        try
        {
            return string.IsNullOrEmpty(json) ? null : JsonNode.Parse(json);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
