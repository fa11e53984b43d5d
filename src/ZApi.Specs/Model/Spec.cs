using System.Linq;

namespace ZApi.Specs.Model;

/// <summary>
/// One Z-API endpoint, as documented by one page and described by one <c>*.zapi.yaml</c> file.
/// Immutable and value-equal: the generator caches on it and the contract harness reads it.
/// <see cref="Notes"/> are the page's note boxes about the endpoint as a whole (<c>notes</c>): the method's remarks.
/// </summary>
public sealed record Spec(
    string FilePath,
    string Id,
    SourceSpan IdSpan,
    string Client,
    SourceSpan ClientSpan,
    string Title,
    string? Summary,
    string Method,
    string Route,
    Credentials Credentials,
    RequestSpec Request,
    EquatableArray<ResponseSpec> Responses,
    EquatableArray<TypeDefinition> Types,
    string? Deprecated = null,
    string? Page = null,
    EquatableArray<Departure> Departures = default,
    SourceSpan RouteSpan = default,
    EquatableArray<PageNote> Notes = default,
    bool Undocumented = false)
{
    /// <summary>The documentation page the spec mirrors: <c>page</c>, or the id when it is the page's.</summary>
    public string PageId => Page ?? Id;

    /// <summary>Whether the route's instance id and token come from the client (<c>credentials: instance</c>).</summary>
    public bool IsInstanceBound => Credentials == Credentials.Instance;

    /// <summary>The named type of this spec called <paramref name="name"/>, or null.</summary>
    public TypeDefinition? FindType(string name) => Types.FirstOrDefault(t => t.Name == name);

    /// <summary>The documented success response (the first 2xx), or null when none is documented.</summary>
    public ResponseSpec? SuccessResponse => Responses.FirstOrDefault(r => r.IsSuccess);

    /// <summary>The documented error responses (every status outside 2xx).</summary>
    public System.Collections.Generic.IEnumerable<ResponseSpec> ErrorResponses => Responses.Where(r => !r.IsSuccess);
}
