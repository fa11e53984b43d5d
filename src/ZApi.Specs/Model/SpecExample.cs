namespace ZApi.Specs.Model;

/// <summary>A documented JSON example, as text, with where it stands in the spec file.</summary>
public sealed record SpecExample(string Json, SourceSpan Span);
