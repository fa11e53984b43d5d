using System.Linq;

namespace ZApi.Specs.Model;

/// <summary>One documented response, keyed by its HTTP status code.</summary>
/// <param name="StatusCode">The documented status (201, 405, ...).</param>
/// <param name="Description">The page's description of the response (the success record's summary), or null.</param>
/// <param name="Hint">The documented advice for this status (error responses), or null.</param>
/// <param name="Content">What a success response carries: JSON, plain text or nothing.</param>
/// <param name="Body">The documented members of a JSON object body.</param>
/// <param name="Items">The item type of a JSON array body (<c>items</c>), or null.</param>
/// <param name="Values">The value type of a JSON object body whose member names are data (<c>values</c>), or null.</param>
/// <param name="Type">The named object type the whole body is (<c>type: MessageSent</c>), shared with other specs, or null.</param>
/// <param name="Examples">The documented example bodies.</param>
/// <param name="StatusSpan">Where the status key stands in the spec file.</param>
/// <param name="Notes">The page's note boxes about this response (<c>notes</c>): the success record's remarks.</param>
/// <param name="AlsoArray">
/// The array form the client also reads where the page's example and the spec disagree (<c>alsoArray</c>):
/// <c>item</c>, the object as the first item of an array; or the name of the body's array member, a bare
/// array that is that member. Null: the body's own shape only.
/// </param>
public sealed record ResponseSpec(
    int StatusCode,
    string? Description,
    string? Hint,
    ResponseContent Content,
    EquatableArray<SpecAttribute> Body,
    TypeRef? Items,
    EquatableArray<SpecExample> Examples,
    SourceSpan StatusSpan,
    TypeRef? Values = null,
    TypeRef? Type = null,
    EquatableArray<PageNote> Notes = default,
    string? AlsoArray = null)
{
    /// <summary>The <see cref="AlsoArray"/> value for an object read as the first item of an array.</summary>
    public const string AlsoArrayItem = "item";

    public bool IsSuccess => StatusCode >= 200 && StatusCode <= 299;

    /// <summary>The first documented example, or null.</summary>
    public SpecExample? Example => Examples.FirstOrDefault();

    /// <summary>A JSON object body with declared members.</summary>
    public bool HasObjectBody => Content == ResponseContent.Json && !Body.IsEmpty;

    /// <summary>A JSON array body.</summary>
    public bool HasArrayBody => Content == ResponseContent.Json && Items is not null;

    /// <summary>A JSON object body whose member names are data (a map).</summary>
    public bool HasMapBody => Content == ResponseContent.Json && Values is not null;

    /// <summary>A JSON object body that is a named type (<c>type</c>).</summary>
    public bool HasNamedBody => Content == ResponseContent.Json && Type is not null;

    /// <summary>The type of an array, map or named body (<c>array of T</c>, <c>map of T</c>, <c>T</c>), or null for an object body of its own or no JSON.</summary>
    public TypeRef? BodyType => Content != ResponseContent.Json ? null : Items is not null ? TypeRef.ArrayOf(Items) : Values is not null ? TypeRef.MapOf(Values) : Type;
}
