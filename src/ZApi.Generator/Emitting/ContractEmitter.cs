using ZApi.Generator.Model;
using ZApi.Specs.Model;
using ZApi.Specs.Naming;

namespace ZApi.Generator.Emitting;

/// <summary>
/// Contract entries for the contract harness (ZApi.Contracts), emitted only when the consumer sets
/// <c>ZApiContracts</c> to <c>true</c>: per endpoint, a method that builds the request from the
/// documented example JSON, calls the generated client and hands back the outcome as plain values,
/// so the harness calls every method without reflection.
/// </summary>
internal static class ContractEmitter
{
    /// <summary>The outcome tuple: a failure's status and hint, or the success body written back as JSON.</summary>
    public const string OutcomeType = "(bool Failed, int StatusCode, string? Hint, string? Json)";

    public const string EntryType =
        "global::System.Func<global::System.Net.Http.HttpClient, string, string?, global::System.Threading.CancellationToken, global::System.Threading.Tasks.Task<" + OutcomeType + ">>";

    public static void WriteEntry(SourceWriter writer, Spec spec, EndpointNames names, bool hasRequestBody, bool hasResponseBody)
    {
        if (hasRequestBody)
        {
            DocComments.Raw(writer, "<summary>Contract harness: reads a documented request example into the request record.</summary>");
            EndpointEmitter.WriteReader(writer, spec.Request.Body, names.Request, "ReadRequest");
            writer.Line();
            DocComments.Raw(writer, "<summary>Contract harness: parses a whole request example (a reader cannot live in an async method before C# 13).</summary>");
            using (writer.Open($"public static {names.Request} ParseRequest(string? requestJson)"))
            {
                writer.Line("byte[] requestBytes = global::System.Text.Encoding.UTF8.GetBytes(requestJson ?? throw new global::System.ArgumentNullException(nameof(requestJson), Operation + \" needs a request example.\"));");
                writer.Line("var reader = new global::System.Text.Json.Utf8JsonReader(requestBytes);");
                writer.Line("reader.Read();");
                writer.Line("return ReadRequest(ref reader);");
            }

            writer.Line();
        }

        if (hasResponseBody)
        {
            DocComments.Raw(writer, "<summary>Contract harness: writes what the client read, so it can be compared with the documented example.</summary>");
            using (writer.Open($"public static void WriteResponse(global::System.Text.Json.Utf8JsonWriter writer, {names.Response} response)"))
            {
                writer.Line("writer.WriteStartObject();");
                foreach (SpecAttribute attribute in spec.SuccessResponse!.Body)
                {
                    string property = "response." + EndpointNames.Property(attribute);
                    string name = CSharpText.Utf8Literal(attribute.Name);
                    if (attribute.IsRequired)
                    {
                        writer.Line(AttributeTypes.WriteStatement(attribute.Type, name, property));
                        continue;
                    }

                    using (writer.Open($"if ({property} is not null)"))
                    {
                        string value = AttributeTypes.IsValueType(attribute.Type) ? property + ".Value" : property;
                        writer.Line(AttributeTypes.WriteStatement(attribute.Type, name, value));
                    }
                }

                writer.Line("writer.WriteEndObject();");
            }

            writer.Line();
        }

        DocComments.Raw(writer, "<summary>Contract harness: calls the client method with the example request; a <see cref=\"ZApiException\"/> becomes a failed outcome.</summary>");
        using (writer.Open($"public static async global::System.Threading.Tasks.Task<{OutcomeType}> InvokeContractAsync(global::System.Net.Http.HttpClient http, string token, string? requestJson, global::System.Threading.CancellationToken cancellationToken)"))
        {
            writer.Line($"var client = new {names.Client}(http, new ZApiClientOptions {{ PartnerToken = token, ClientToken = token }});");
            using (writer.Open("try"))
            {
                string arguments = "cancellationToken";
                if (hasRequestBody)
                {
                    writer.Line($"{names.Request} request = ParseRequest(requestJson);");
                    arguments = "request, cancellationToken";
                }

                if (hasResponseBody)
                {
                    writer.Line($"{names.Response} response = await client.{names.Method}({arguments}).ConfigureAwait(false);");
                    writer.Line("var buffer = new global::System.Buffers.ArrayBufferWriter<byte>();");
                    using (writer.Open("using (var writer = new global::System.Text.Json.Utf8JsonWriter(buffer))"))
                    {
                        writer.Line("WriteResponse(writer, response);");
                    }

                    writer.Line("return (false, 0, null, global::System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));");
                }
                else
                {
                    writer.Line($"await client.{names.Method}({arguments}).ConfigureAwait(false);");
                    writer.Line("return (false, 0, null, null);");
                }
            }

            using (writer.Open("catch (ZApiException exception) when (exception.StatusCode != 0)"))
            {
                writer.Line("return (true, (int)exception.StatusCode, exception.Hint, null);");
            }
        }
    }

    public static GeneratedSource EmitRegistry(EquatableArray<string> endpointIds, GeneratorOptions options)
    {
        var writer = new SourceWriter();
        FileHeader.Write(writer, options.Namespace, "Generated by ZApi.Generator because ZApiContracts is true: the entries the contract harness calls.");
        DocComments.Raw(writer, "<summary>Every generated endpoint, by spec id, as the contract harness (ZApi.Contracts) calls it.</summary>");
        DocComments.Raw(writer, "<remarks>Each entry takes the HTTP client, the token to send, the documented request example (JSON) and a cancellation token.</remarks>");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        using (writer.Open($"{options.Accessibility} static class ZApiContractEntries"))
        {
            DocComments.Raw(writer, "<summary>The entries, keyed by spec id (<c>create-instance</c>, ...).</summary>");
            writer.Line($"public static global::System.Collections.Generic.IReadOnlyDictionary<string, {EntryType}> All {{ get; }} =");
            writer.Indent();
            using (writer.Open($"new global::System.Collections.Generic.Dictionary<string, {EntryType}>", "};"))
            {
                foreach (string id in endpointIds)
                {
                    string endpoint = CSharpNames.ToPascalCase(id) + "Endpoint";
                    writer.Line($"[{endpoint}.Operation] = {endpoint}.InvokeContractAsync,");
                }
            }

            writer.Unindent();
        }

        return new GeneratedSource("ZApi.ZApiContractEntries.g.cs", writer.ToString(), SpecPath: null, MethodKey: null);
    }
}
