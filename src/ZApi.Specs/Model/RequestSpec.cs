namespace ZApi.Specs.Model;

/// <summary>The documented request: path and query parameters, body attributes, example.</summary>
/// <param name="Path">Route parameters, in route order (<c>{id}</c>); always required.</param>
/// <param name="Query">Query string parameters.</param>
/// <param name="Body">Body attributes.</param>
/// <param name="Example">The documented body example.</param>
public sealed record RequestSpec(
    EquatableArray<SpecAttribute> Path,
    EquatableArray<SpecAttribute> Query,
    EquatableArray<SpecAttribute> Body,
    SpecExample? Example)
{
    public static readonly RequestSpec Empty = new(EquatableArray<SpecAttribute>.Empty, EquatableArray<SpecAttribute>.Empty, EquatableArray<SpecAttribute>.Empty, null);

    public bool HasBody => !Body.IsEmpty;

    /// <summary>A body whose attributes are all optional may be left out entirely.</summary>
    public bool IsBodyOptional => HasBody && System.Linq.Enumerable.All(Body, a => !a.IsRequired);
}
