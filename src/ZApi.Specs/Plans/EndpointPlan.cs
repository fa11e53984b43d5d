using ZApi.Specs.Model;

namespace ZApi.Specs.Plans;

/// <summary>
/// Everything decided about one endpoint spec, once, by <see cref="EndpointPlanner"/>: its generated
/// names, the method's parameters in order, the route split into parts, the body and result shapes,
/// the responses and the doc text inputs. The generator's emitters print it; the contract harness and
/// the tool read it. Value-equal, so the generator caches on it.
/// </summary>
/// <param name="Spec">The model the plan was made from: the contract entry writes it back as YAML, and the type printer reads its named types.</param>
/// <param name="Names">The generated C# names.</param>
/// <param name="HttpMethod">The documented HTTP method (<c>POST</c>).</param>
/// <param name="HttpMethodProperty">The <c>HttpMethod</c> property that sends it (<c>Post</c>).</param>
/// <param name="Route">The route: its template, parts and segments, and how the generated code resolves it.</param>
/// <param name="Parameters">Path then query parameters, in declared order: the order of the docs, the query string and the contract entry's values.</param>
/// <param name="MethodParameters">The method's parameters in signature order: path, required query, optional query (the body stands at <paramref name="BodyPosition"/>).</param>
/// <param name="BodyPosition">How many of <paramref name="MethodParameters"/> come before the request body.</param>
/// <param name="Body">The request body.</param>
/// <param name="Result">What the method returns, read from the success response.</param>
/// <param name="Responses">Every documented response, by status.</param>
/// <param name="Docs">The doc text inputs of the method.</param>
public sealed record EndpointPlan(
    Spec Spec,
    EndpointNames Names,
    string HttpMethod,
    string HttpMethodProperty,
    Credentials Credentials,
    RoutePlan Route,
    EquatableArray<ParameterPlan> Parameters,
    EquatableArray<ParameterPlan> MethodParameters,
    int BodyPosition,
    BodyPlan Body,
    ResultPlan Result,
    EquatableArray<StatusPlan> Responses,
    EndpointDocs Docs)
{
    /// <summary>The spec id (<c>create-instance</c>), reported as the operation.</summary>
    public string Id => Spec.Id;

    /// <summary>The spec file.</summary>
    public string FilePath => Spec.FilePath;

    /// <summary>Whether the route's instance id and token come from the client (<c>credentials: instance</c>).</summary>
    public bool IsInstanceBound => Route.IsInstanceBound;
}

/// <summary>The C# names one endpoint spec generates (the rule: <see cref="Naming.GeneratedNames"/>).</summary>
/// <param name="Stem"><c>CreateInstance</c>: every generated name of the endpoint starts with it.</param>
/// <param name="ClientGroup"><c>partner</c>, the spec's client group.</param>
/// <param name="ClientClass"><c>PartnerClient</c>.</param>
/// <param name="Method"><c>CreateInstanceAsync</c>.</param>
/// <param name="RequestType"><c>CreateInstanceRequest</c>.</param>
/// <param name="ResponseType"><c>CreateInstanceResponse</c>.</param>
/// <param name="EndpointClass"><c>CreateInstanceEndpoint</c>: the internal wire-format class.</param>
/// <param name="HintName"><c>ZApi.PartnerClient.CreateInstance.g.cs</c>: the endpoint's file.</param>
public sealed record EndpointNames(
    string Stem,
    string ClientGroup,
    string ClientClass,
    string Method,
    string RequestType,
    string ResponseType,
    string EndpointClass,
    string HintName);

/// <summary>The doc text inputs of the method: spec text, escaped only when printed.</summary>
/// <param name="FileName">The spec file's name (<c>create-instance.zapi.yaml</c>), for the file header.</param>
/// <param name="Title">The page title: the method's summary.</param>
/// <param name="Summary">The page's description: the method's remarks, or null.</param>
/// <param name="Deprecated">The deprecation notice (<c>[Obsolete]</c>), or null.</param>
/// <param name="MethodNotes">The note boxes of the method's remarks, in order: the endpoint's, the success response's when no response record carries them, then each error response's.</param>
public sealed record EndpointDocs(
    string FileName,
    string Title,
    string? Summary,
    string? Deprecated,
    EquatableArray<NoteGroup> MethodNotes);

/// <summary>Note boxes printed together, each paragraph after <paramref name="Prefix"/> (<c>HTTP 405: </c>, or nothing).</summary>
public sealed record NoteGroup(string Prefix, EquatableArray<PageNote> Notes);

/// <summary>One documented response.</summary>
/// <param name="StatusCode">The status.</param>
/// <param name="IsSuccess">A 2xx status.</param>
/// <param name="Hint">The documented advice (error responses), or null.</param>
/// <param name="TypeName">The record generated for it (the success response's object body), or null.</param>
public sealed record StatusPlan(int StatusCode, bool IsSuccess, string? Hint, string? TypeName);
