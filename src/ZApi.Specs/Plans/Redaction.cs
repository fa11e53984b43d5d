namespace ZApi.Specs.Plans;

/// <summary>What a segment of a request path holds, as far as secrets go.</summary>
public enum PathSecret
{
    /// <summary>Nothing secret.</summary>
    None,

    /// <summary>The instance id: the segment after <c>instances</c>.</summary>
    InstanceId,

    /// <summary>The instance token: the segment after <c>token</c>.</summary>
    InstanceToken,
}

/// <summary>
/// Where a Z-API path carries credentials, and how it is shown without them: the segment after
/// <c>instances</c> (the instance id) and after <c>token</c> (the instance token) of
/// <c>/instances/{id}/token/{token}/...</c>, but not the partner API's literal
/// <c>/instances/integrator/...</c>. Judged by position, not by a spec's route, so a path no spec
/// matches (a mistyped route, a recording of an unknown call) is masked all the same. The contract
/// harness hides these values and <c>zapi redact</c> replaces them; the generated logger's own copy
/// (BCL only, in the user's assembly) is pinned to this rule by a client test.
/// </summary>
public static class Redaction
{
    /// <summary>What a secret is shown as.</summary>
    public const string Mask = "***";

    /// <summary>The partner API's route literal that stands where an instance id would.</summary>
    public const string PartnerLiteral = "integrator";

    /// <summary>What the segment <paramref name="index"/> of <paramref name="segments"/> (a path split at '/') holds.</summary>
    public static PathSecret At(string[] segments, int index)
    {
        if (index < 1 || index >= segments.Length || segments[index].Length == 0)
        {
            return PathSecret.None;
        }

        return segments[index - 1] switch
        {
            "instances" when segments[index] != PartnerLiteral => PathSecret.InstanceId,
            "token" => PathSecret.InstanceToken,
            _ => PathSecret.None,
        };
    }

    /// <summary>The path (no query string) with every secret segment written as <see cref="Mask"/>.</summary>
    public static string MaskPath(string path)
    {
        string[] segments = path.Split('/');
        string[] shown = (string[])segments.Clone();
        for (int i = 1; i < segments.Length; i++)
        {
            if (At(segments, i) != PathSecret.None)
            {
                shown[i] = Mask;
            }
        }

        return string.Join("/", shown);
    }
}
