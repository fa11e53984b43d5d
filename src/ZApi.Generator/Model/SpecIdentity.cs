using ZApi.Specs.Model;

namespace ZApi.Generator.Model;

/// <summary>The few facts of one spec the cross-spec checks need; small, so collecting them is cheap.</summary>
internal sealed record SpecIdentity(string FilePath, string Id, SourceSpan IdSpan, string Client, string MethodKey);
