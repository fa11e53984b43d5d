using System;
using System.Collections.Generic;

namespace ZApi.Specs.Plans;

/// <summary>
/// Which names hold a credential: JSON members and query parameters by what their name says, and
/// the credential headers. The contract harness never prints their values and <c>zapi redact</c>
/// replaces them in recordings; one rule for both (the route's instance id and token: <see cref="Redaction"/>).
/// </summary>
public static class SecretNames
{
    /// <summary>The headers whose values are credentials, in requests and responses alike (matched ignoring case).</summary>
    public static readonly IReadOnlyList<string> Headers = new[] { "Client-Token", "Authorization", "Cookie", "Set-Cookie" };

    /// <summary>Whether a JSON member or query parameter named <paramref name="name"/> holds a secret: its name says token, secret, password or api key.</summary>
    public static bool IsSecret(string name)
    {
        string lower = name.ToLowerInvariant();
        return lower.Contains("token") || lower.Contains("secret") || lower.Contains("password")
            || lower.EndsWith("apikey", StringComparison.Ordinal) || lower.EndsWith("api_key", StringComparison.Ordinal);
    }

    /// <summary>Whether the header named <paramref name="name"/> carries a credential.</summary>
    public static bool IsSecretHeader(string name)
    {
        foreach (string header in Headers)
        {
            if (string.Equals(header, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The credential in a secret header's value: an <c>Authorization</c> value without its scheme
    /// (<c>Bearer abc</c> → <c>abc</c>), any other value whole.
    /// </summary>
    public static string Credential(string header, string value)
    {
        int space = value.IndexOf(' ');
        return string.Equals(header, "Authorization", StringComparison.OrdinalIgnoreCase) && space > 0
            ? value.Substring(space + 1).Trim()
            : value;
    }
}
