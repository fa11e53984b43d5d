using System;

namespace ZApi.Specs.Naming;

/// <summary>
/// Which JSON members hold a credential, by name: the contract harness never prints their values,
/// and <c>zapi redact</c> replaces them in recordings. One rule for both.
/// </summary>
public static class SecretNames
{
    /// <summary>Whether a member named <paramref name="name"/> holds a secret: its name says token, secret, password or api key.</summary>
    public static bool IsSecret(string name)
    {
        string lower = name.ToLowerInvariant();
        return lower.Contains("token") || lower.Contains("secret") || lower.Contains("password")
            || lower.EndsWith("apikey", StringComparison.Ordinal) || lower.EndsWith("api_key", StringComparison.Ordinal);
    }
}
