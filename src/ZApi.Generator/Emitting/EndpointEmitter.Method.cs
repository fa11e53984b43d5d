using System.Collections.Generic;
using System.Linq;
using ZApi.Specs.Model;
using ZApi.Specs.Naming;

namespace ZApi.Generator.Emitting;

/// <summary>The typed client method: build the request, send it, map the answer.</summary>
internal static partial class EndpointEmitter
{
    private static void WriteClientMethod(SourceWriter writer, Spec spec, EndpointNames names, TypeMapper types)
    {
        ResponseSpec? success = spec.SuccessResponse;
        RequestSpec request = spec.Request;
        string? result = ResultType(success, names, types);
        using (writer.Open($"partial class {names.Client}"))
        {
            WriteMethodDocs(writer, spec, success, result);
            if (spec.Deprecated is not null)
            {
                writer.Line($"[global::System.Obsolete({CSharpText.Literal(spec.Deprecated)})]");
            }

            string returnType = result is null ? "global::System.Threading.Tasks.Task" : $"global::System.Threading.Tasks.Task<{result}>";
            using (writer.Open($"public {returnType} {names.Method}({string.Join(", ", Parameters(request, names, types))})"))
            {
                if (request.HasBody && !request.IsBodyOptional)
                {
                    writer.Line("global::System.ArgumentNullException.ThrowIfNull(request);");
                }

                string uri = !request.Path.IsEmpty || !request.Query.IsEmpty
                    ? $"ZApiRequests.Resolve(_http, _options, {WriteRoute(writer, spec, names, types)})"
                    : spec.IsInstanceBound
                        ? $"{names.Endpoint}.RouteUri.Resolve(_http, _options, _instance, {names.Endpoint}.Operation)"
                        : $"{names.Endpoint}.RouteUri.Resolve(_http, _options)";
                writer.Line($"var _httpRequest = new global::System.Net.Http.HttpRequestMessage(global::System.Net.Http.HttpMethod.{HttpMethodProperty(spec.Method)}, {uri});");
                switch (spec.Credentials)
                {
                    case Credentials.PartnerToken:
                        writer.Line($"ZApiRequests.AddPartnerToken(_httpRequest, _options, {names.Endpoint}.Operation);");
                        break;
                    case Credentials.ClientToken:
                    case Credentials.Instance:
                        writer.Line("ZApiRequests.AddClientToken(_httpRequest, _options);");
                        break;
                }

                if (request.IsBodyOptional)
                {
                    using (writer.Open("if (request is not null)"))
                    {
                        writer.Line($"_httpRequest.Content = ZApiJsonContent.Create(request, {names.Endpoint}.WriteRequest);");
                    }
                }
                else if (request.HasBody)
                {
                    writer.Line($"_httpRequest.Content = ZApiJsonContent.Create(request, {names.Endpoint}.WriteRequest);");
                }

                WriteExchange(writer, names, success);
            }
        }
    }

    // The method's locals start with '_' (_route, _query, _httpRequest): a parameter generated from a
    // documented name starts with a letter, or with '_' and a digit, so the two can never clash.

    /// <summary>Path parameters, required query parameters, the body, then the optional ones.</summary>
    private static IEnumerable<string> Parameters(RequestSpec request, EndpointNames names, TypeMapper types)
    {
        foreach (SpecAttribute parameter in request.Path)
        {
            yield return $"{types.CSharpType(parameter.Type)} {ParameterName(parameter)}";
        }

        foreach (SpecAttribute parameter in request.Query.Where(p => p.IsRequired))
        {
            yield return $"{types.CSharpType(parameter.Type)} {ParameterName(parameter)}";
        }

        if (request.HasArrayBody)
        {
            yield return $"{types.CSharpType(TypeRef.ArrayOf(request.Items!))} request";
        }
        else if (request.HasBody)
        {
            yield return request.IsBodyOptional ? $"{names.Request}? request = null" : $"{names.Request} request";
        }

        foreach (SpecAttribute parameter in request.Query.Where(p => !p.IsRequired))
        {
            yield return $"{types.CSharpType(parameter.Type)}? {ParameterName(parameter)} = null";
        }

        yield return "global::System.Threading.CancellationToken cancellationToken = default";
    }

    /// <summary>Writes the code that builds the relative URI; returns the expression that holds it.</summary>
    private static string WriteRoute(SourceWriter writer, Spec spec, EndpointNames names, TypeMapper types)
    {
        RequestSpec request = spec.Request;
        string route = $"{names.Endpoint}.Route";
        if (!request.Path.IsEmpty || spec.IsInstanceBound)
        {
            var parts = new List<string>();
            string template = spec.Route.TrimStart('/');
            if (spec.IsInstanceBound)
            {
                // instances/{instanceId}/token/{instanceToken}/ comes from the client, escaped once per instance.
                parts.Add($"_instance.Prefix({names.Endpoint}.Operation)");
                template = spec.Route.Substring(CredentialsNames.InstanceRoutePrefix.Length);
            }

            int position = 0;
            while (position < template.Length)
            {
                int open = template.IndexOf('{', position);
                if (open < 0)
                {
                    parts.Add(CSharpText.Literal(template.Substring(position)));
                    break;
                }

                if (open > position)
                {
                    parts.Add(CSharpText.Literal(template.Substring(position, open - position)));
                }

                int close = template.IndexOf('}', open);
                SpecAttribute parameter = request.Path.First(p => p.Name == template.Substring(open + 1, close - open - 1));
                string name = ParameterName(parameter);
                // The parameter's name as a literal, not nameof(...): a parameter called @nameof would turn nameof into a call.
                parts.Add($"ZApiRequests.PathSegment({types.ToText(parameter.Type, name)}, {CSharpText.Literal(name.TrimStart('@'))})");
                position = close + 1;
            }

            writer.Line($"string _route = {string.Join(" + ", parts)};");
            route = "_route";
        }

        if (request.Query.IsEmpty)
        {
            return route;
        }

        writer.Line($"var _query = new ZApiQuery({route});");
        foreach (SpecAttribute parameter in request.Query)
        {
            string name = ParameterName(parameter);
            string literal = CSharpText.Literal(parameter.Name);
            if (parameter.IsRequired)
            {
                writer.Line($"_query.Add({literal}, {types.ToText(parameter.Type, name)});");
                continue;
            }

            string value = types.IsValueType(parameter.Type) ? name + ".Value" : name;
            using (writer.Open($"if ({name} is not null)"))
            {
                writer.Line($"_query.Add({literal}, {types.ToText(parameter.Type, value)});");
            }
        }

        return "_query.ToString()";
    }

    /// <summary>Hands the request to the runtime's one async step, which sends it and reads the documented answer.</summary>
    private static void WriteExchange(SourceWriter writer, EndpointNames names, ResponseSpec? success)
    {
        string common = $"_httpRequest, {names.Endpoint}.Operation, {names.Endpoint}.HintFor";
        if (success is not null && (success.HasObjectBody || success.BodyType is not null))
        {
            writer.Line($"return ZApiCalls.SendJsonAsync(_http, _options, {common}, {names.Endpoint}.ReadResponse, cancellationToken);");
        }
        else if (success is { Content: ResponseContent.Text })
        {
            writer.Line($"return ZApiCalls.SendTextAsync(_http, _options, {common}, cancellationToken);");
        }
        else
        {
            writer.Line($"return ZApiCalls.SendEmptyAsync(_http, {common}, cancellationToken);");
        }
    }

    private static void WriteMethodDocs(SourceWriter writer, Spec spec, ResponseSpec? success, string? result)
    {
        DocComments.Summary(writer, spec.Title);
        DocComments.Raw(writer, "<remarks>");
        foreach (string line in CSharpText.DocLines(spec.Summary ?? string.Empty))
        {
            DocComments.Raw(writer, line);
        }

        DocComments.NoteParagraphs(writer, spec.Notes);
        if (success is not null && !success.HasObjectBody)
        {
            // No response record to carry them: the success response's notes stay with the method.
            DocComments.NoteParagraphs(writer, success.Notes, $"HTTP {success.StatusCode}: ");
        }

        foreach (ResponseSpec error in spec.ErrorResponses)
        {
            DocComments.NoteParagraphs(writer, error.Notes, $"HTTP {error.StatusCode}: ");
        }

        DocComments.Raw(writer, $"<para><c>{spec.Method} {CSharpText.DocInline(spec.Route)}</c>{CredentialsDoc(spec.Credentials)}. Spec <c>{spec.Id}</c>.</para>");
        DocComments.Raw(writer, "</remarks>");
        foreach (SpecAttribute parameter in spec.Request.Path.Concat(spec.Request.Query))
        {
            string description = CSharpText.DocInline(parameter.Description ?? $"The {(spec.Request.Path.Contains(parameter) ? "path" : "query")} parameter {parameter.Name}.");
            string deprecated = parameter.Deprecated is null ? string.Empty : " <b>Deprecated:</b> " + CSharpText.DocInline(parameter.Deprecated);
            DocComments.Raw(writer, $"<param name=\"{ParameterName(parameter).TrimStart('@')}\">{description}{deprecated}{DocComments.InlineNotes(parameter.Notes)}</param>");
        }

        if (spec.Request.HasArrayBody)
        {
            DocComments.Raw(writer, "<param name=\"request\">The request body: a JSON array of these items.</param>");
        }
        else if (spec.Request.HasBody)
        {
            DocComments.Raw(writer, spec.Request.IsBodyOptional
                ? "<param name=\"request\">The request body, or null to send none; unset optional attributes are not sent.</param>"
                : "<param name=\"request\">The request body; unset optional attributes are not sent.</param>");
        }

        DocComments.Raw(writer, "<param name=\"cancellationToken\">Cancels the call.</param>");
        if (result is not null)
        {
            DocComments.Raw(writer, $"<returns>The documented {success!.StatusCode} response{(success.Content == ResponseContent.Text ? " text" : string.Empty)}; any 2xx answer is read the same way.</returns>");
        }

        DocComments.Raw(writer, $"<exception cref=\"ZApiException\">{ErrorsDoc(spec)}</exception>");
    }

    /// <summary><c>instanceId</c> → <c>instanceId</c>; keywords get an <c>@</c>.</summary>
    private static string ParameterName(SpecAttribute parameter) => CSharpNames.ToCamelCase(parameter.Name);

    private static string HttpMethodProperty(string method) => method switch
    {
        "GET" => "Get",
        "PUT" => "Put",
        "DELETE" => "Delete",
        "PATCH" => "Patch",
        _ => "Post",
    };

    private static string CredentialsDoc(Credentials credentials) => credentials switch
    {
        Credentials.PartnerToken => " with <c>Authorization: Bearer</c> <see cref=\"ZApiClientOptions.PartnerToken\"/>",
        Credentials.ClientToken => ", with <c>Client-Token</c> when <see cref=\"ZApiClientOptions.ClientToken\"/> is set",
        Credentials.Instance => " on this client's instance, with <c>Client-Token</c> when <see cref=\"ZApiClientOptions.ClientToken\"/> is set",
        _ => string.Empty,
    };

    private static string ErrorsDoc(Spec spec)
    {
        string documented = string.Join(", ", spec.ErrorResponses.Select(r => r.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        string statuses = documented.Length == 0 ? string.Empty : $" (documented: {documented}, with their advice in <see cref=\"ZApiException.Hint\"/>)";
        return $"The server answered outside 2xx{statuses}, answered with a body that is not the documented response, or did not answer.";
    }
}
