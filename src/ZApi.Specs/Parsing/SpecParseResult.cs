using ZApi.Specs.Model;
using ZApi.Specs.Validation;

namespace ZApi.Specs.Parsing;

/// <summary>
/// What reading one spec file gives: the spec (null when a fatal error stands) and every located
/// problem found. Value-equal, so an unchanged file yields an equal result.
/// </summary>
/// <param name="FilePath">The spec file.</param>
/// <param name="Spec">The endpoint the file describes, or null (an event spec, or a fatal error).</param>
/// <param name="Errors">Every located problem.</param>
/// <param name="Event">The webhook payload the file describes (an <c>event</c> section), or null.</param>
/// <param name="NamedPage">The <c>page</c> the file names, read from its YAML even when the spec has errors (for <c>zapi check</c>: the page is still claimed).</param>
/// <param name="IsEventFile">Whether the file's root has an <c>event</c> section, even when the spec has errors.</param>
public sealed record SpecParseResult(string FilePath, Spec? Spec, EquatableArray<SpecError> Errors, EventSpec? Event = null, string? NamedPage = null, bool IsEventFile = false)
{
    /// <summary>True when the spec was read with no error at all (warnings included).</summary>
    public bool IsClean => (Spec is not null || Event is not null) && Errors.IsEmpty;
}
