using System.IO;

namespace ZApi.Contracts;

/// <summary>
/// One recorded exchange of a HAR file: what one recorded-traffic test checks. Named after the
/// file, the entry, the call (instance id and token hidden) and the spec it is a call of, e.g.
/// <c>send-text.har #1 POST /instances/***/token/***/send-text 200 (send-text)</c>.
/// </summary>
public sealed class RecordedCase
{
    public RecordedCase(string harPath, int entry, string method, string shownPath, int status, string? id, string? specText)
    {
        HarPath = harPath;
        Entry = entry;
        Method = method;
        ShownPath = shownPath;
        Status = status;
        Id = id;
        SpecText = specText;
    }

    /// <summary>The HAR file (full path).</summary>
    public string HarPath { get; }

    /// <summary>The entry of its <c>log.entries</c>, 1-based.</summary>
    public int Entry { get; }

    /// <summary>The recorded request's method.</summary>
    public string Method { get; }

    /// <summary>The recorded request's path, the instance id and token shown as <c>***</c>.</summary>
    public string ShownPath { get; }

    /// <summary>The recorded response's status.</summary>
    public int Status { get; }

    /// <summary>The id of the compiled spec the request is a call of, or null when no compiled spec has its method and route.</summary>
    public string? Id { get; }

    /// <summary>That spec's YAML, as the client was compiled from it, or null.</summary>
    public string? SpecText { get; }

    public override string ToString() => $"{Path.GetFileName(HarPath)} #{Entry} {Method} {ShownPath} {Status} ({Id ?? "no spec"})";
}
