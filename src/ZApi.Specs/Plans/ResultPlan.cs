using ZApi.Specs.Model;

namespace ZApi.Specs.Plans;

/// <summary>What the method returns, from the documented success response.</summary>
public enum ResultShape
{
    /// <summary>Nothing: no success response is documented, or it carries no content.</summary>
    None,

    /// <summary>Plain text, returned as a string.</summary>
    Text,

    /// <summary>The response record (a JSON object with declared members).</summary>
    Object,

    /// <summary>The response record, also read from an array whose first item is that object (<c>alsoArray: item</c>).</summary>
    ObjectOrFirstItem,

    /// <summary>The response record, also read from a bare array that is its <see cref="ResultPlan.AlsoArrayMember"/> (<c>alsoArray: member</c>).</summary>
    ObjectOrMemberArray,

    /// <summary>A named object type of the <c>types</c> section (<c>type: MessageSent</c>).</summary>
    Named,

    /// <summary>A JSON array (<c>items</c>).</summary>
    Array,

    /// <summary>A JSON object whose member names are data (<c>values</c>).</summary>
    Map,
}

/// <summary>The method's result.</summary>
/// <param name="Shape">What it returns.</param>
/// <param name="StatusCode">The documented success status, or 0 when none is documented.</param>
/// <param name="Description">The page's description of the success response (the record's summary), or null.</param>
/// <param name="TypeName">The response record (<c>CreateInstanceResponse</c>) or the named type (<c>MessageSent</c>), or null.</param>
/// <param name="BodyType">The whole body's type of a named, array or map result, or null.</param>
/// <param name="Members">The members of the response record.</param>
/// <param name="AlsoArrayMember">The member a bare array is read as (<see cref="ResultShape.ObjectOrMemberArray"/>), or null.</param>
/// <param name="Notes">The success response's notes: the record's remarks, or the method's when there is no record.</param>
public sealed record ResultPlan(ResultShape Shape, int StatusCode, string? Description, string? TypeName, TypeRef? BodyType, EquatableArray<MemberPlan> Members, MemberPlan? AlsoArrayMember, EquatableArray<PageNote> Notes)
{
    /// <summary>A response record is generated.</summary>
    public bool IsRecord => Shape is ResultShape.Object or ResultShape.ObjectOrFirstItem or ResultShape.ObjectOrMemberArray;

    /// <summary>The method reads a JSON body (a record, a named type, an array or a map).</summary>
    public bool IsJson => IsRecord || BodyType is not null;

    /// <summary>The method returns a value.</summary>
    public bool HasValue => Shape != ResultShape.None;
}
