namespace ZApi.Specs.Model;

/// <summary>A declared type: a built-in one, a named type of the <c>types</c> section, an array or a map of either.</summary>
/// <param name="Kind">What kind of type.</param>
/// <param name="Name">The named type (for <see cref="AttributeType.Named"/>).</param>
/// <param name="Items">The item type of an <see cref="AttributeType.Array"/>, or the value type of a <see cref="AttributeType.Map"/>.</param>
public sealed record TypeRef(AttributeType Kind, string? Name = null, TypeRef? Items = null)
{
    public static readonly TypeRef String = new(AttributeType.String);
    public static readonly TypeRef Boolean = new(AttributeType.Boolean);
    public static readonly TypeRef Integer = new(AttributeType.Integer);
    public static readonly TypeRef Number = new(AttributeType.Number);
    public static readonly TypeRef Timestamp = new(AttributeType.Timestamp);

    public static TypeRef Scalar(AttributeType kind) => kind switch
    {
        AttributeType.String => String,
        AttributeType.Boolean => Boolean,
        AttributeType.Integer => Integer,
        AttributeType.Number => Number,
        AttributeType.Timestamp => Timestamp,
        _ => new TypeRef(kind),
    };

    public static TypeRef Named(string name) => new(AttributeType.Named, name);

    public static TypeRef ArrayOf(TypeRef items) => new(AttributeType.Array, Items: items);

    public static TypeRef MapOf(TypeRef values) => new(AttributeType.Map, Items: values);

    /// <summary>As a spec author writes it: <c>string</c>, <c>Instance</c>, <c>array of Instance</c>, <c>map of string</c>.</summary>
    public override string ToString() => Kind switch
    {
        AttributeType.Named => Name!,
        AttributeType.Array => "array of " + Items,
        AttributeType.Map => "map of " + Items,
        _ => AttributeTypeNames.Scalars[(int)Kind],
    };
}
