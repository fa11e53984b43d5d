namespace ZApi.Specs.Model;

/// <summary>One documented response, keyed by its HTTP status code.</summary>
/// <param name="StatusCode">The documented status (201, 405, ...).</param>
/// <param name="Description">An optional description of the response.</param>
/// <param name="Hint">The documented advice for this status (error responses), or null.</param>
/// <param name="Body">The documented body attributes (success responses).</param>
/// <param name="Example">The documented example body, or null.</param>
/// <param name="StatusSpan">Where the status key stands in the spec file.</param>
public sealed record ResponseSpec(
    int StatusCode,
    string? Description,
    string? Hint,
    EquatableArray<SpecAttribute> Body,
    SpecExample? Example,
    SourceSpan StatusSpan)
{
    public bool IsSuccess => StatusCode >= 200 && StatusCode <= 299;
}
