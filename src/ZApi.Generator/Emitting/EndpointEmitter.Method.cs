using System.Collections.Generic;
using System.Linq;
using ZApi.Specs.Model;
using ZApi.Specs.Plans;

namespace ZApi.Generator.Emitting;

/// <summary>The typed client method: build the request, send it, map the answer.</summary>
internal static partial class EndpointEmitter
{
    private static void WriteClientMethod(SourceWriter writer, EndpointPlan plan, TypeMapper types)
    {
        EndpointNames names = plan.Names;
        BodyPlan body = plan.Body;
        string? result = ResultType(plan.Result, types);
        using (writer.Open($"partial class {names.ClientClass}"))
        {
            WriteMethodDocs(writer, plan, result);
            if (plan.Docs.Deprecated is not null)
            {
                writer.Line($"[global::System.Obsolete({CSharpText.Literal(plan.Docs.Deprecated)})]");
            }

            string returnType = result is null ? "global::System.Threading.Tasks.Task" : $"global::System.Threading.Tasks.Task<{result}>";
            using (writer.Open($"public {returnType} {names.Method}({string.Join(", ", Parameters(plan, types))})"))
            {
                if (body.HasBody && !body.IsOptional)
                {
                    writer.Line("global::System.ArgumentNullException.ThrowIfNull(request);");
                }

                string uri = plan.Route.Kind switch
                {
                    RouteKind.Built => $"ZApiRequests.Resolve(_http, _options, {WriteRoute(writer, plan, types)})",
                    RouteKind.FixedOnInstance => $"{names.EndpointClass}.RouteUri.Resolve(_http, _options, _instance, {names.EndpointClass}.Operation)",
                    _ => $"{names.EndpointClass}.RouteUri.Resolve(_http, _options)",
                };
                writer.Line($"var _httpRequest = new global::System.Net.Http.HttpRequestMessage(global::System.Net.Http.HttpMethod.{plan.HttpMethodProperty}, {uri});");
                switch (plan.Credentials)
                {
                    case Credentials.PartnerToken:
                        writer.Line($"ZApiRequests.AddPartnerToken(_httpRequest, _options, {names.EndpointClass}.Operation);");
                        break;
                    case Credentials.ClientToken:
                    case Credentials.Instance:
                        writer.Line("ZApiRequests.AddClientToken(_httpRequest, _options);");
                        break;
                }

                if (body.IsOptional)
                {
                    using (writer.Open("if (request is not null)"))
                    {
                        writer.Line($"_httpRequest.Content = ZApiJsonContent.Create(request, {names.EndpointClass}.WriteRequest);");
                    }
                }
                else if (body.HasBody)
                {
                    writer.Line($"_httpRequest.Content = ZApiJsonContent.Create(request, {names.EndpointClass}.WriteRequest);");
                }

                WriteExchange(writer, plan);
            }
        }
    }

    // The method's locals start with '_' (_route, _query, _httpRequest): a parameter generated from a
    // documented name starts with a letter, or with '_' and a digit, so the two can never clash.

    /// <summary>The plan's method parameters, the body at its place, then the cancellation token.</summary>
    private static IEnumerable<string> Parameters(EndpointPlan plan, TypeMapper types)
    {
        for (int i = 0; i <= plan.MethodParameters.Count; i++)
        {
            if (i == plan.BodyPosition && Body(plan, types) is { } body)
            {
                yield return body;
            }

            if (i < plan.MethodParameters.Count)
            {
                ParameterPlan parameter = plan.MethodParameters[i];
                yield return parameter.IsRequired
                    ? $"{types.CSharpType(parameter.Type)} {parameter.Name}"
                    : $"{types.CSharpType(parameter.Type)}? {parameter.Name} = null";
            }
        }

        yield return "global::System.Threading.CancellationToken cancellationToken = default";
    }

    private static string? Body(EndpointPlan plan, TypeMapper types) => plan.Body.Shape switch
    {
        BodyShape.Array => $"{types.CSharpType(plan.Body.ArrayType!)} request",
        BodyShape.OptionalObject => $"{plan.Body.TypeName}? request = null",
        BodyShape.Object => $"{plan.Body.TypeName} request",
        _ => null,
    };

    /// <summary>Writes the code that builds the relative URI; returns the expression that holds it.</summary>
    private static string WriteRoute(SourceWriter writer, EndpointPlan plan, TypeMapper types)
    {
        string route = $"{plan.Names.EndpointClass}.Route";
        if (plan.Route.BuildsPath)
        {
            var parts = new List<string>();
            if (plan.Route.IsInstanceBound)
            {
                // instances/{instanceId}/token/{instanceToken}/ comes from the client, escaped once per instance.
                parts.Add($"_instance.Prefix({plan.Names.EndpointClass}.Operation)");
            }

            foreach (RoutePart part in plan.Route.Parts)
            {
                // The parameter's name as a literal, not nameof(...): a parameter called @nameof would turn nameof into a call.
                parts.Add(part.Parameter is { } parameter
                    ? $"ZApiRequests.PathSegment({types.ToText(parameter.Type, parameter.Name)}, {CSharpText.Literal(parameter.PlainName)})"
                    : CSharpText.Literal(part.Literal!));
            }

            writer.Line($"string _route = {string.Join(" + ", parts)};");
            route = "_route";
        }

        if (!plan.Route.HasQuery)
        {
            return route;
        }

        writer.Line($"var _query = new ZApiQuery({route});");
        foreach (ParameterPlan parameter in plan.Parameters.Where(p => !p.IsPath))
        {
            string literal = CSharpText.Literal(parameter.JsonName);
            if (parameter.IsRequired)
            {
                writer.Line($"_query.Add({literal}, {types.ToText(parameter.Type, parameter.Name)});");
                continue;
            }

            string value = types.IsValueType(parameter.Type) ? parameter.Name + ".Value" : parameter.Name;
            using (writer.Open($"if ({parameter.Name} is not null)"))
            {
                writer.Line($"_query.Add({literal}, {types.ToText(parameter.Type, value)});");
            }
        }

        return "_query.ToString()";
    }

    /// <summary>Hands the request to the runtime's one async step, which sends it and reads the documented answer.</summary>
    private static void WriteExchange(SourceWriter writer, EndpointPlan plan)
    {
        string endpoint = plan.Names.EndpointClass;
        string common = $"_httpRequest, {endpoint}.Operation, {endpoint}.HintFor";
        if (plan.Result.IsJson)
        {
            writer.Line($"return ZApiCalls.SendJsonAsync(_http, _options, {common}, {endpoint}.ReadResponse, cancellationToken);");
        }
        else if (plan.Result.Shape == ResultShape.Text)
        {
            writer.Line($"return ZApiCalls.SendTextAsync(_http, _options, {common}, cancellationToken);");
        }
        else
        {
            writer.Line($"return ZApiCalls.SendEmptyAsync(_http, {common}, cancellationToken);");
        }
    }

    private static void WriteMethodDocs(SourceWriter writer, EndpointPlan plan, string? result)
    {
        DocComments.Summary(writer, plan.Docs.Title);
        DocComments.Raw(writer, "<remarks>");
        foreach (string line in CSharpText.DocLines(plan.Docs.Summary ?? string.Empty))
        {
            DocComments.Raw(writer, line);
        }

        foreach (NoteGroup group in plan.Docs.MethodNotes)
        {
            DocComments.NoteParagraphs(writer, group.Notes, group.Prefix);
        }

        DocComments.Raw(writer, $"<para><c>{plan.HttpMethod} {CSharpText.DocInline(plan.Route.Template)}</c>{CredentialsDoc(plan.Credentials)}. Spec <c>{plan.Id}</c>.</para>");
        DocComments.Raw(writer, "</remarks>");
        foreach (ParameterPlan parameter in plan.Parameters)
        {
            SpecAttribute attribute = parameter.Attribute;
            string deprecated = attribute.Deprecated is null ? string.Empty : " <b>Deprecated:</b> " + CSharpText.DocInline(attribute.Deprecated);
            DocComments.Raw(writer, $"<param name=\"{parameter.PlainName}\">{CSharpText.DocInline(parameter.Description)}{deprecated}{DocComments.InlineNotes(attribute.Notes)}</param>");
        }

        switch (plan.Body.Shape)
        {
            case BodyShape.Array:
                DocComments.Raw(writer, "<param name=\"request\">The request body: a JSON array of these items.</param>");
                break;
            case BodyShape.OptionalObject:
                DocComments.Raw(writer, "<param name=\"request\">The request body, or null to send none; unset optional attributes are not sent.</param>");
                break;
            case BodyShape.Object:
                DocComments.Raw(writer, "<param name=\"request\">The request body; unset optional attributes are not sent.</param>");
                break;
        }

        DocComments.Raw(writer, "<param name=\"cancellationToken\">Cancels the call.</param>");
        if (result is not null)
        {
            DocComments.Raw(writer, $"<returns>The documented {plan.Result.StatusCode} response{(plan.Result.Shape == ResultShape.Text ? " text" : string.Empty)}; any 2xx answer is read the same way.</returns>");
        }

        DocComments.Raw(writer, $"<exception cref=\"ZApiException\">{ErrorsDoc(plan)}</exception>");
    }

    private static string CredentialsDoc(Credentials credentials) => credentials switch
    {
        Credentials.PartnerToken => " with <c>Authorization: Bearer</c> <see cref=\"ZApiClientOptions.PartnerToken\"/>",
        Credentials.ClientToken => ", with <c>Client-Token</c> when <see cref=\"ZApiClientOptions.ClientToken\"/> is set",
        Credentials.Instance => " on this client's instance, with <c>Client-Token</c> when <see cref=\"ZApiClientOptions.ClientToken\"/> is set",
        _ => string.Empty,
    };

    private static string ErrorsDoc(EndpointPlan plan)
    {
        string documented = string.Join(", ", plan.Responses.Where(r => !r.IsSuccess).Select(r => r.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        string statuses = documented.Length == 0 ? string.Empty : $" (documented: {documented}, with their advice in <see cref=\"ZApiException.Hint\"/>)";
        return $"The server answered outside 2xx{statuses}, answered with a body that is not the documented response, or did not answer.";
    }
}
