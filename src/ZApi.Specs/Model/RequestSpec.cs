namespace ZApi.Specs.Model;

/// <summary>The documented request: its body attributes and example.</summary>
public sealed record RequestSpec(EquatableArray<SpecAttribute> Body, SpecExample? Example)
{
    public static readonly RequestSpec Empty = new(EquatableArray<SpecAttribute>.Empty, null);

    public bool HasBody => !Body.IsEmpty;
}
