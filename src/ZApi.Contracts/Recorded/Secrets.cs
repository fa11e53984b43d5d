using System;
using System.Collections.Generic;
using ZApi.Contracts.Recorded;
using ZApi.Specs.Json;
using ZApi.Specs.Plans;

namespace ZApi.Contracts;

/// <summary>
/// What of a recording is never printed, even when the user forgot to redact it: what the shared
/// rules (<see cref="SecretNames"/>, <see cref="Redaction"/>) call secret, wherever it stands: the
/// credential headers, the instance id and token of the path, query parameters and JSON members
/// named like a token.
/// </summary>
internal static class Secrets
{
    public static void HideAll(HarEntry exchange, ContractFailures failures)
    {
        Headers(exchange.RequestHeaders, failures);
        Headers(exchange.ResponseHeaders, failures);
        string[] segments = exchange.Url.AbsolutePath.Split('/');
        for (int i = 1; i < segments.Length; i++)
        {
            if (Redaction.At(segments, i) != PathSecret.None)
            {
                failures.Hide(segments[i]);
                failures.Hide(Uri.UnescapeDataString(segments[i]));
            }
        }

        foreach (KeyValuePair<string, string> parameter in exchange.Query)
        {
            if (SecretNames.IsSecret(parameter.Key))
            {
                failures.Hide(parameter.Value);
            }
        }

        foreach (string? body in new[] { exchange.RequestBody, exchange.ResponseBody })
        {
            foreach (JsonMember member in JsonWalk.Members(JsonWalk.TryParse(body)))
            {
                if (SecretNames.IsSecret(member.Name))
                {
                    failures.Hide(JsonWalk.ScalarText(member.Value));
                }
            }
        }
    }

    private static void Headers(IReadOnlyList<KeyValuePair<string, string>> headers, ContractFailures failures)
    {
        foreach (KeyValuePair<string, string> header in headers)
        {
            if (SecretNames.IsSecretHeader(header.Key))
            {
                failures.Hide(header.Value);
                failures.Hide(SecretNames.Credential(header.Key, header.Value));
            }
        }
    }
}
