namespace ZApi.Specs.Model;

/// <summary>How an endpoint authenticates (the <c>credentials</c> key).</summary>
public enum Credentials
{
    /// <summary><c>none</c>: no credential header.</summary>
    None,

    /// <summary><c>partner-token</c>: <c>Authorization: Bearer &lt;partner token&gt;</c>.</summary>
    PartnerToken,

    /// <summary><c>client-token</c>: <c>Client-Token: &lt;account security token&gt;</c>.</summary>
    ClientToken,
}

/// <summary>Spellings of <see cref="Credentials"/> in spec files.</summary>
public static class CredentialsNames
{
    public static readonly string[] All = { "none", "partner-token", "client-token" };

    public static bool TryParse(string text, out Credentials credentials)
    {
        int index = System.Array.IndexOf(All, text);
        credentials = index < 0 ? default : (Credentials)index;
        return index >= 0;
    }

    /// <summary>The HTTP header that carries the credential, or null for <see cref="Credentials.None"/>.</summary>
    public static string? HeaderName(this Credentials credentials) => credentials switch
    {
        Credentials.PartnerToken => "Authorization",
        Credentials.ClientToken => "Client-Token",
        _ => null,
    };
}
