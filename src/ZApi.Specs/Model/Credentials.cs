namespace ZApi.Specs.Model;

/// <summary>How an endpoint authenticates (the <c>credentials</c> key).</summary>
public enum Credentials
{
    /// <summary><c>none</c>: no credential header.</summary>
    None,

    /// <summary><c>partner-token</c>: <c>Authorization: Bearer &lt;partner token&gt;</c>, always.</summary>
    PartnerToken,

    /// <summary><c>client-token</c>: <c>Client-Token: &lt;account security token&gt;</c> when the client has one.</summary>
    ClientToken,

    /// <summary>
    /// <c>instance</c>: the instance API. The route starts with
    /// <c>/instances/{instanceId}/token/{instanceToken}/</c>, both values come from the client
    /// (<c>ZApiClientOptions.InstanceId</c>/<c>InstanceToken</c>, or <c>ForInstance</c>), and
    /// <c>Client-Token</c> is sent when the client has one.
    /// </summary>
    Instance,
}

/// <summary>Spellings of <see cref="Credentials"/> in spec files.</summary>
public static class CredentialsNames
{
    public static readonly string[] All = { "none", "partner-token", "client-token", "instance" };

    /// <summary>The route every instance-bound spec starts with, exactly as the documentation writes it.</summary>
    public const string InstanceRoutePrefix = "/instances/{instanceId}/token/{instanceToken}/";

    /// <summary>The two route parameters an instance-bound client supplies itself.</summary>
    public static readonly string[] InstanceParameters = { "instanceId", "instanceToken" };

    public static bool TryParse(string text, out Credentials credentials)
    {
        int index = System.Array.IndexOf(All, text);
        credentials = index < 0 ? default : (Credentials)index;
        return index >= 0;
    }

    /// <summary>The HTTP header that carries the credential, or null when none is sent.</summary>
    public static string? HeaderName(this Credentials credentials) => credentials switch
    {
        Credentials.PartnerToken => "Authorization",
        Credentials.ClientToken or Credentials.Instance => "Client-Token",
        _ => null,
    };

    /// <summary>Whether the header is sent only when the client has a value for it (Z-API enforces Client-Token only when the account turns it on).</summary>
    public static bool IsHeaderOptional(this Credentials credentials) => credentials is Credentials.ClientToken or Credentials.Instance;
}
