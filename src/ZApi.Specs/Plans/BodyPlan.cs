using ZApi.Specs.Model;

namespace ZApi.Specs.Plans;

/// <summary>What the method sends as its request body.</summary>
public enum BodyShape
{
    /// <summary>No body.</summary>
    None,

    /// <summary>A JSON object, the request record; the method requires it.</summary>
    Object,

    /// <summary>A JSON object whose attributes are all optional: the method's <c>request</c> may be null, and then nothing is sent.</summary>
    OptionalObject,

    /// <summary>A JSON array of <see cref="BodyPlan.Items"/>.</summary>
    Array,
}

/// <summary>The request body.</summary>
/// <param name="Shape">None, an object (required or optional) or an array.</param>
/// <param name="TypeName">The request record of an object body (<c>CreateInstanceRequest</c>), or null.</param>
/// <param name="Members">The members of an object body.</param>
/// <param name="Items">The item type of an array body, or null.</param>
/// <param name="Notes">The notes of the request record's remarks (the endpoint's).</param>
public sealed record BodyPlan(BodyShape Shape, string? TypeName, EquatableArray<MemberPlan> Members, TypeRef? Items, EquatableArray<PageNote> Notes)
{
    public bool HasBody => Shape != BodyShape.None;

    public bool IsObject => Shape is BodyShape.Object or BodyShape.OptionalObject;

    public bool IsOptional => Shape == BodyShape.OptionalObject;

    /// <summary>The whole body's type for an array body (<c>array of T</c>), or null.</summary>
    public TypeRef? ArrayType => Items is null ? null : TypeRef.ArrayOf(Items);
}
