using System;
using System.Collections.Generic;

namespace ZApi.Contracts.Recorded;

/// <summary>One recorded exchange of a HAR file (HTTP Archive 1.2: browsers, Postman, Fiddler, mitmproxy).</summary>
/// <param name="Index">Its place in the file's <c>log.entries</c>, 1-based.</param>
public sealed record HarEntry(
    int Index,
    string Method,
    Uri Url,
    IReadOnlyList<KeyValuePair<string, string>> RequestHeaders,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    string? RequestBody,
    int Status,
    IReadOnlyList<KeyValuePair<string, string>> ResponseHeaders,
    string? ResponseBody)
{
    /// <summary>The first header of that name (case-insensitive), or null.</summary>
    public static string? Header(IReadOnlyList<KeyValuePair<string, string>> headers, string name)
    {
        foreach (KeyValuePair<string, string> header in headers)
        {
            if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return header.Value;
            }
        }

        return null;
    }
}
