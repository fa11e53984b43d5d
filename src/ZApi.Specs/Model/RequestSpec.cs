using System.Linq;

namespace ZApi.Specs.Model;

/// <summary>The documented request: path and query parameters, body (an object or an array), examples.</summary>
/// <param name="Path">Route parameters the method takes, in route order (<c>{phone}</c>); always required. An instance-bound route's <c>{instanceId}</c> and <c>{instanceToken}</c> are not among them.</param>
/// <param name="Query">Query string parameters.</param>
/// <param name="Body">Body attributes of a JSON object body.</param>
/// <param name="Examples">The documented body examples (<c>example</c> and <c>examples</c>).</param>
/// <param name="Items">The item type of a JSON array body (<c>items</c>), or null.</param>
public sealed record RequestSpec(
    EquatableArray<SpecAttribute> Path,
    EquatableArray<SpecAttribute> Query,
    EquatableArray<SpecAttribute> Body,
    EquatableArray<SpecExample> Examples,
    TypeRef? Items = null)
{
    public static readonly RequestSpec Empty = new(EquatableArray<SpecAttribute>.Empty, EquatableArray<SpecAttribute>.Empty, EquatableArray<SpecAttribute>.Empty, EquatableArray<SpecExample>.Empty);

    /// <summary>The first documented body example, or null.</summary>
    public SpecExample? Example => Examples.FirstOrDefault();

    /// <summary>A JSON object body with declared attributes.</summary>
    public bool HasObjectBody => !Body.IsEmpty;

    /// <summary>A JSON array body.</summary>
    public bool HasArrayBody => Items is not null;

    /// <summary>Any body at all.</summary>
    public bool HasBody => HasObjectBody || HasArrayBody;

    /// <summary>An object body whose attributes are all optional may be left out entirely.</summary>
    public bool IsBodyOptional => HasObjectBody && Body.All(a => !a.IsRequired);
}
