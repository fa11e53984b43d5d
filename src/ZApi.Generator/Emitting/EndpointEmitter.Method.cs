using System.Linq;
using ZApi.Specs.Model;

namespace ZApi.Generator.Emitting;

/// <summary>The typed client method: build the request, send it, map the answer.</summary>
internal static partial class EndpointEmitter
{
    private static void WriteClientMethod(SourceWriter writer, Spec spec, EndpointNames names, bool hasRequestBody, bool hasResponseBody)
    {
        ResponseSpec? success = spec.SuccessResponse;
        using (writer.Open($"partial class {names.Client}"))
        {
            DocComments.Summary(writer, spec.Title);
            DocComments.Raw(writer, "<remarks>");
            foreach (string line in CSharpText.DocLines(spec.Summary ?? string.Empty))
            {
                DocComments.Raw(writer, line);
            }

            DocComments.Raw(writer, $"<para><c>{spec.Method} {CSharpText.DocInline(spec.Route)}</c>{CredentialsDoc(spec.Credentials)}. Spec <c>{spec.Id}</c>.</para>");
            DocComments.Raw(writer, "</remarks>");
            if (hasRequestBody)
            {
                DocComments.Raw(writer, "<param name=\"request\">The request body; unset optional attributes are not sent.</param>");
            }

            DocComments.Raw(writer, "<param name=\"cancellationToken\">Cancels the call.</param>");
            if (hasResponseBody)
            {
                DocComments.Raw(writer, $"<returns>The documented {success!.StatusCode} response; any 2xx answer is read the same way.</returns>");
            }

            DocComments.Raw(writer, $"<exception cref=\"ZApiException\">{ErrorsDoc(spec)}</exception>");

            string returnType = hasResponseBody ? $"global::System.Threading.Tasks.Task<{names.Response}>" : "global::System.Threading.Tasks.Task";
            string parameters = (hasRequestBody ? $"{names.Request} request, " : string.Empty) + "global::System.Threading.CancellationToken cancellationToken = default";
            using (writer.Open($"public async {returnType} {names.Method}({parameters})"))
            {
                if (hasRequestBody)
                {
                    writer.Line("global::System.ArgumentNullException.ThrowIfNull(request);");
                }

                writer.Line($"using var httpRequest = new global::System.Net.Http.HttpRequestMessage(global::System.Net.Http.HttpMethod.{HttpMethodProperty(spec.Method)}, ZApiRequests.Resolve(_http, _options, {names.Endpoint}.Route));");
                switch (spec.Credentials)
                {
                    case Credentials.PartnerToken:
                        writer.Line($"ZApiRequests.AddPartnerToken(httpRequest, _options, {names.Endpoint}.Operation);");
                        break;
                    case Credentials.ClientToken:
                        writer.Line($"ZApiRequests.AddClientToken(httpRequest, _options, {names.Endpoint}.Operation);");
                        break;
                }

                if (hasRequestBody)
                {
                    writer.Line($"httpRequest.Content = ZApiJsonContent.Create(request, {names.Endpoint}.WriteRequest);");
                }

                writer.Line();
                writer.Line("global::System.Net.Http.HttpResponseMessage? httpResponse = null;");
                using (writer.Open("try"))
                {
                    writer.Line("httpResponse = await _http.SendAsync(httpRequest, global::System.Net.Http.HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);");
                    using (writer.Open("if (!httpResponse.IsSuccessStatusCode)"))
                    {
                        writer.Line($"throw await ZApiRequests.ErrorAsync(httpResponse, {names.Endpoint}.Operation, {names.Endpoint}.HintFor(httpResponse.StatusCode), cancellationToken).ConfigureAwait(false);");
                    }

                    if (hasResponseBody)
                    {
                        writer.Line();
                        writer.Line("byte[] body = await httpResponse.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);");
                        writer.Line($"return ZApiJson.Read(body, {names.Endpoint}.Operation, httpResponse.StatusCode, {names.Endpoint}.ReadResponse);");
                    }
                }

                using (writer.Open("catch (global::System.Exception exception) when (ZApiRequests.IsTransportFailure(exception, cancellationToken))"))
                {
                    writer.Line($"throw ZApiRequests.TransportFailure({names.Endpoint}.Operation, httpResponse, exception);");
                }

                using (writer.Open("finally"))
                {
                    writer.Line("httpResponse?.Dispose();");
                }
            }
        }
    }

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
        Credentials.ClientToken => " with <c>Client-Token</c> <see cref=\"ZApiClientOptions.ClientToken\"/>",
        _ => string.Empty,
    };

    private static string ErrorsDoc(Spec spec)
    {
        string documented = string.Join(", ", spec.ErrorResponses.Select(r => r.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        string statuses = documented.Length == 0 ? string.Empty : $" (documented: {documented}, with their advice in <see cref=\"ZApiException.Hint\"/>)";
        return $"The server answered outside 2xx{statuses}, answered with a body that is not the documented response, or did not answer.";
    }
}
