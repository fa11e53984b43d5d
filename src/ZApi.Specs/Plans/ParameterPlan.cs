using ZApi.Specs.Model;

namespace ZApi.Specs.Plans;

/// <summary>One path or query parameter of the method.</summary>
/// <param name="Attribute">The documented parameter: name, type, requiredness, example, doc text.</param>
/// <param name="IsPath">A route parameter (<c>{phone}</c>); otherwise a query parameter.</param>
/// <param name="Name">The C# parameter (<c>phone</c>; a keyword gets an <c>@</c>).</param>
/// <param name="ValueIndex">Its place among <see cref="EndpointPlan.Parameters"/>: path then query, declared order.</param>
/// <param name="Description">The parameter's doc text: the documented description, or a generated one.</param>
/// <param name="AsMember">The parameter as a member of the JSON object of values the contract harness passes (documented examples, or a recorded request's).</param>
public sealed record ParameterPlan(SpecAttribute Attribute, bool IsPath, string Name, int ValueIndex, string Description, MemberPlan AsMember)
{
    /// <summary>The name as documented: sent in the query string, looked up in a JSON object of values.</summary>
    public string JsonName => Attribute.Name;

    /// <summary>The C# name without its <c>@</c>: what <c>&lt;param name&gt;</c>, <c>nameof</c> and named arguments see.</summary>
    public string PlainName => Name.TrimStart('@');

    public TypeRef Type => Attribute.Type;

    /// <summary>Path parameters always; query parameters when listed under <c>required</c>. An optional one is nullable and defaults to null.</summary>
    public bool IsRequired => Attribute.IsRequired;
}
