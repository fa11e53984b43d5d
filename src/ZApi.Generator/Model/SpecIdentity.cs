using ZApi.Specs.Model;
using ZApi.Specs.Plans;

namespace ZApi.Generator.Model;

/// <summary>The few facts of one spec the cross-spec checks need; small, so collecting them is cheap.</summary>
/// <param name="FilePath">The spec file.</param>
/// <param name="Id">The endpoint id.</param>
/// <param name="IdSpan">Where the id stands.</param>
/// <param name="Client">The client group.</param>
/// <param name="ClientSpan">Where the client group stands.</param>
/// <param name="Names">The generated names, from the spec's plan (<c>CreateInstance</c>, <c>PartnerClient</c>, ...).</param>
/// <param name="IsInstanceBound">Whether the route's instance comes from the client (<c>credentials: instance</c>).</param>
/// <param name="BuiltIn">The catalogue key (<c>message/send-text</c>) of a built-in spec, or null for a spec of the project.</param>
internal sealed record SpecIdentity(string FilePath, string Id, SourceSpan IdSpan, string Client, SourceSpan ClientSpan, EndpointNames Names, bool IsInstanceBound, string? BuiltIn = null)
{
    /// <summary><c>CreateInstance</c>: two specs whose stems differ only in case clash.</summary>
    public string Stem => Names.Stem;

    /// <summary><c>PartnerClient</c>.</summary>
    public string ClientClass => Names.ClientClass;
}
