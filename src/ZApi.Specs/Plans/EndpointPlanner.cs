using System.Collections.Generic;
using System.Linq;
using ZApi.Specs.Model;
using ZApi.Specs.Naming;

namespace ZApi.Specs.Plans;

/// <summary>
/// Makes the <see cref="EndpointPlan"/> of a spec: every decision the emitters, the contract harness
/// and the tool would otherwise each make again. Pure and deterministic: the same spec gives an equal plan.
/// </summary>
public static class EndpointPlanner
{
    public static EndpointPlan Plan(Spec spec)
    {
        string stem = GeneratedNames.Stem(spec.Id);
        string clientClass = GeneratedNames.ClientClass(spec.Client);
        var names = new EndpointNames(
            stem,
            spec.Client,
            clientClass,
            GeneratedNames.Method(stem),
            GeneratedNames.RequestType(stem),
            GeneratedNames.ResponseType(stem),
            GeneratedNames.EndpointClass(stem),
            GeneratedNames.EndpointHintName(clientClass, stem));

        RequestSpec request = spec.Request;
        EquatableArray<ParameterPlan> parameters = PlanParameters(request);
        List<ParameterPlan> leading = parameters.Where(p => p.IsPath || p.IsRequired).ToList();
        EquatableArray<ParameterPlan> methodParameters = leading.Concat(parameters.Where(p => !p.IsPath && !p.IsRequired)).ToEquatableArray();

        ResponseSpec? success = spec.SuccessResponse;
        ResultPlan result = PlanResult(success, names);
        return new EndpointPlan(
            spec,
            names,
            spec.Method,
            HttpMethodProperty(spec.Method),
            spec.Credentials,
            PlanRoute(spec, parameters),
            parameters,
            methodParameters,
            leading.Count,
            PlanBody(spec, names),
            result,
            spec.Responses.Select(r => new StatusPlan(r.StatusCode, r.IsSuccess, r.Hint, ReferenceEquals(r, success) && result.IsRecord ? names.ResponseType : null)).ToEquatableArray(),
            new EndpointDocs(FileName(spec.FilePath), spec.Title, spec.Summary, spec.Deprecated, MethodNotes(spec, success, result)));
    }

    /// <summary>The members of a record, in declared order, with their C# names.</summary>
    public static EquatableArray<MemberPlan> Members(EquatableArray<SpecAttribute> attributes) =>
        attributes.Select(Member).ToEquatableArray();

    public static MemberPlan Member(SpecAttribute attribute)
    {
        string property = GeneratedNames.Property(attribute.Name);
        return new MemberPlan(attribute, property, GeneratedNames.EncodedMemberField(property), GeneratedNames.ReadLocal(property), attribute.Description ?? $"The documented attribute {attribute.Name}.");
    }

    private static EquatableArray<ParameterPlan> PlanParameters(RequestSpec request)
    {
        var parameters = new List<ParameterPlan>();
        foreach (SpecAttribute parameter in request.Path.Concat(request.Query))
        {
            bool isPath = parameters.Count < request.Path.Count;
            string description = parameter.Description ?? $"The {(isPath ? "path" : "query")} parameter {parameter.Name}.";
            parameters.Add(new ParameterPlan(parameter, isPath, GeneratedNames.Parameter(parameter.Name), parameters.Count, description, Member(parameter)));
        }

        return parameters.ToEquatableArray();
    }

    private static RoutePlan PlanRoute(Spec spec, EquatableArray<ParameterPlan> parameters)
    {
        bool hasPath = parameters.Any(p => p.IsPath);
        bool hasQuery = parameters.Any(p => !p.IsPath);
        string relative = spec.Route.TrimStart('/');
        string? afterInstance = spec.IsInstanceBound ? spec.Route.Substring(CredentialsNames.InstanceRoutePrefix.Length) : null;
        RouteKind kind = hasPath || hasQuery ? RouteKind.Built : spec.IsInstanceBound ? RouteKind.FixedOnInstance : RouteKind.Fixed;
        EquatableArray<RoutePart> parts = kind == RouteKind.Built && (hasPath || spec.IsInstanceBound)
            ? Parts(afterInstance ?? relative, parameters)
            : EquatableArray<RoutePart>.Empty;
        EquatableArray<RouteSegment> segments = relative.TrimEnd('/').Split('/')
            .Select(s => new RouteSegment(s, s.Length > 2 && s[0] == '{' && s[s.Length - 1] == '}' ? s.Substring(1, s.Length - 2) : null))
            .ToEquatableArray();
        return new RoutePlan(spec.Route, relative, kind, spec.IsInstanceBound, afterInstance, parts, hasQuery, segments);
    }

    /// <summary><c>chats/{phone}/archive</c> → <c>"chats/"</c>, <c>phone</c>, <c>"/archive"</c>.</summary>
    private static EquatableArray<RoutePart> Parts(string template, EquatableArray<ParameterPlan> parameters)
    {
        var parts = new List<RoutePart>();
        int position = 0;
        while (position < template.Length)
        {
            int open = template.IndexOf('{', position);
            if (open < 0)
            {
                parts.Add(new RoutePart(template.Substring(position), null));
                break;
            }

            if (open > position)
            {
                parts.Add(new RoutePart(template.Substring(position, open - position), null));
            }

            int close = template.IndexOf('}', open);
            string name = template.Substring(open + 1, close - open - 1);
            parts.Add(new RoutePart(null, parameters.First(p => p.IsPath && p.JsonName == name)));
            position = close + 1;
        }

        return parts.ToEquatableArray();
    }

    private static BodyPlan PlanBody(Spec spec, EndpointNames names)
    {
        RequestSpec request = spec.Request;
        BodyShape shape = request.HasArrayBody ? BodyShape.Array
            : request.IsBodyOptional ? BodyShape.OptionalObject
            : request.HasObjectBody ? BodyShape.Object
            : BodyShape.None;
        return new BodyPlan(shape, request.HasObjectBody ? names.RequestType : null, Members(request.Body), request.Items, spec.Notes);
    }

    private static ResultPlan PlanResult(ResponseSpec? success, EndpointNames names)
    {
        if (success is null)
        {
            return new ResultPlan(ResultShape.None, 0, null, null, null, EquatableArray<MemberPlan>.Empty, null, EquatableArray<PageNote>.Empty);
        }

        EquatableArray<MemberPlan> members = Members(success.Body);
        ResultShape shape = ShapeOf(success);
        if (success.HasObjectBody)
        {
            MemberPlan? alsoArray = shape == ResultShape.ObjectOrMemberArray ? members.First(m => m.JsonName == success.AlsoArray) : null;
            return new ResultPlan(shape, success.StatusCode, success.Description, names.ResponseType, null, members, alsoArray, success.Notes);
        }

        return new ResultPlan(shape, success.StatusCode, success.Description, success.HasNamedBody ? success.Type!.Name : null, success.BodyType, members, null, success.Notes);
    }

    /// <summary>What a response carries, as a method would return it: the one rule for the generator and for <c>zapi check</c>'s shape comparison.</summary>
    public static ResultShape ShapeOf(ResponseSpec response) =>
        response.HasObjectBody
            ? response.AlsoArray is null ? ResultShape.Object
                : response.AlsoArray == ResponseSpec.AlsoArrayItem ? ResultShape.ObjectOrFirstItem
                : ResultShape.ObjectOrMemberArray
            : response.HasNamedBody ? ResultShape.Named
            : response.HasArrayBody ? ResultShape.Array
            : response.HasMapBody ? ResultShape.Map
            : response.Content == ResponseContent.Text ? ResultShape.Text
            : ResultShape.None;

    /// <summary>The endpoint's notes; the success response's when no response record carries them; each error response's.</summary>
    private static EquatableArray<NoteGroup> MethodNotes(Spec spec, ResponseSpec? success, ResultPlan result)
    {
        var groups = new List<NoteGroup> { new(string.Empty, spec.Notes) };
        if (success is not null && !result.IsRecord)
        {
            groups.Add(new NoteGroup(StatusPrefix(success.StatusCode), success.Notes));
        }

        groups.AddRange(spec.ErrorResponses.Select(error => new NoteGroup(StatusPrefix(error.StatusCode), error.Notes)));
        return groups.Where(g => !g.Notes.IsEmpty).ToEquatableArray();
    }

    private static string StatusPrefix(int status) => $"HTTP {status.ToString(System.Globalization.CultureInfo.InvariantCulture)}: ";

    private static string HttpMethodProperty(string method) => method switch
    {
        "GET" => "Get",
        "PUT" => "Put",
        "DELETE" => "Delete",
        "PATCH" => "Patch",
        _ => "Post",
    };

    private static string FileName(string path) => System.IO.Path.GetFileName(path);
}
