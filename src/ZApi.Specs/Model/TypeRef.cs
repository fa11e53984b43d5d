namespace ZApi.Specs.Model;

/// <summary>A declared type: a scalar, a named type of the <c>types</c> section, or an array of either.</summary>
/// <param name="Kind">What kind of type.</param>
/// <param name="Name">The named type (for <see cref="AttributeType.Named"/>).</param>
/// <param name="Items">The item type (for <see cref="AttributeType.Array"/>).</param>
public sealed record TypeRef(AttributeType Kind, string? Name = null, TypeRef? Items = null)
{
    public static readonly TypeRef String = new(AttributeType.String);
    public static readonly TypeRef Boolean = new(AttributeType.Boolean);
    public static readonly TypeRef Integer = new(AttributeType.Integer);
    public static readonly TypeRef Number = new(AttributeType.Number);
    public static readonly TypeRef Timestamp = new(AttributeType.Timestamp);

    public static TypeRef Scalar(AttributeType kind) => kind switch
    {
        AttributeType.Boolean => Boolean,
        AttributeType.Integer => Integer,
        AttributeType.Number => Number,
        AttributeType.Timestamp => Timestamp,
        _ => String,
    };

    public static TypeRef Named(string name) => new(AttributeType.Named, name);

    public static TypeRef ArrayOf(TypeRef items) => new(AttributeType.Array, Items: items);

    /// <summary>As a spec author writes it: <c>string</c>, <c>Instance</c>, <c>array of Instance</c>.</summary>
    public override string ToString() => Kind switch
    {
        AttributeType.Named => Name!,
        AttributeType.Array => "array of " + Items,
        _ => AttributeTypeNames.Scalars[(int)Kind],
    };
}
