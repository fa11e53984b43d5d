using ZApi.Specs.Model;
using ZApi.Specs.Validation;

namespace ZApi.Specs.Parsing;

/// <summary>
/// What reading one spec file gives: the spec (null when a fatal error stands) and every located
/// problem found. Value-equal, so an unchanged file yields an equal result.
/// </summary>
public sealed record SpecParseResult(string FilePath, Spec? Spec, EquatableArray<SpecError> Errors)
{
    /// <summary>True when the spec was read with no error at all (warnings included).</summary>
    public bool IsClean => Spec is not null && Errors.IsEmpty;
}
