using ZApi.Specs.Model;

namespace ZApi.Specs.Plans;

/// <summary>One JSON member of a generated record (a request or response body, a named type): the attribute and its C# names.</summary>
/// <param name="Attribute">The documented attribute: JSON name, type, requiredness, doc text.</param>
/// <param name="Property">The property (<c>SessionName</c>).</param>
/// <param name="EncodedField">The encoded JSON name a body is written with (<c>SessionNameMember</c>).</param>
/// <param name="ReadLocal">The local the member is read into (<c>valueSessionName</c>).</param>
/// <param name="Description">The property's summary: the documented description, or a generated one.</param>
public sealed record MemberPlan(SpecAttribute Attribute, string Property, string EncodedField, string ReadLocal, string Description)
{
    /// <summary>The JSON member name, as documented.</summary>
    public string JsonName => Attribute.Name;

    public TypeRef Type => Attribute.Type;

    public bool IsRequired => Attribute.IsRequired;

    /// <summary>
    /// The JSON forms the client reads the member from (<see cref="Plans.ReadForms"/>): the rule the example
    /// validator and the recorded-traffic advisor hold examples and recordings to. A named type reads as an
    /// object here; an enum's forms are <see cref="Plans.ReadForms.Enum"/>. Derived, so not part of the plan's equality.
    /// </summary>
    public System.Collections.Generic.IReadOnlyList<ReadForm> ReadForms => Plans.ReadForms.Of(Type.Kind);
}
