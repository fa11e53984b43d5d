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

    public static void WriteEntry(SourceWriter writer, Spec spec, EndpointNames names, TypeMapper types)
    {
        // The spec the harness checks against, as the project compiled it (a built-in one too): written
        // by the one spec writer and passed through the one escaping routine.
        DocComments.Raw(writer, "<summary>Contract harness: the spec this endpoint was generated from (YAML), so the harness checks what was compiled.</summary>");
        writer.Line($"public const string SpecText = {CSharpText.Literal(ZApi.Specs.Writing.SpecWriter.Write(spec))};");
        writer.Line();
        RequestSpec request = spec.Request;
        ResponseSpec? success = spec.SuccessResponse;
        if (request.HasArrayBody)
        {
            string list = types.CSharpType(TypeRef.ArrayOf(request.Items!));
            DocComments.Raw(writer, "<summary>Contract harness: parses a whole request example, a JSON array (a reader cannot live in an async method before C# 13).</summary>");
            using (writer.Open($"public static {list} ParseRequest(string requestJson)"))
            {
                writer.Line("var reader = new global::System.Text.Json.Utf8JsonReader(global::System.Text.Encoding.UTF8.GetBytes(requestJson));");
                writer.Line("reader.Read();");
                writer.Line($"return ZApiJson.ReadArrayValue(ref reader, \"body\", {types.ItemReader(request.Items!)});");
            }

            writer.Line();
        }
        else if (request.HasBody)
        {
            DocComments.Raw(writer, "<summary>Contract harness: reads a documented request example into the request record.</summary>");
            using (writer.Open($"public static {names.Request} ReadRequest(ref global::System.Text.Json.Utf8JsonReader reader)"))
            {
                JsonCode.ReadMembers(writer, types, request.Body, names.Request);
            }

            writer.Line();
            DocComments.Raw(writer, "<summary>Contract harness: parses a whole request example (a reader cannot live in an async method before C# 13).</summary>");
            using (writer.Open($"public static {names.Request} ParseRequest(string requestJson)"))
            {
                writer.Line("var reader = new global::System.Text.Json.Utf8JsonReader(global::System.Text.Encoding.UTF8.GetBytes(requestJson));");
                writer.Line("reader.Read();");
                writer.Line("return ReadRequest(ref reader);");
            }

            writer.Line();
        }

        string? result = success is { Content: ResponseContent.Text } ? null : EndpointEmitter.ResultType(success, names, types);
        if (result is not null)
        {
            DocComments.Raw(writer, "<summary>Contract harness: writes what the client read, so it can be compared with the documented example.</summary>");
            using (writer.Open($"public static void WriteResponse(global::System.Text.Json.Utf8JsonWriter writer, {result} response)"))
            {
                if (success!.HasObjectBody)
                {
                    JsonCode.WriteMembers(writer, types, success.Body, "response", attribute => CSharpText.Utf8Literal(attribute.Name));
                }
                else
                {
                    types.WriteValue(writer, success.BodyType!, "response");
                }
            }

            writer.Line();
        }

        DocComments.Raw(writer, "<summary>Contract harness: calls the client method with the documented example values; a <see cref=\"ZApiException\"/> becomes a failed outcome.</summary>");
        using (writer.Open($"public static async global::System.Threading.Tasks.Task<{OutcomeType}> InvokeContractAsync(global::System.Net.Http.HttpClient http, string token, string? requestJson, global::System.Threading.CancellationToken cancellationToken)"))
        {
            string instance = spec.IsInstanceBound
                ? $", InstanceId = {CSharpText.Literal(ParameterValues.ContractInstanceId)}, InstanceToken = {CSharpText.Literal(ParameterValues.ContractInstanceToken)}"
                : string.Empty;
            writer.Line($"var client = new {names.Client}(http, new ZApiClientOptions {{ PartnerToken = token, ClientToken = token{instance} }});");
            string call = $"client.{names.Method}({string.Join(", ", Arguments(spec, types))})";
            using (writer.Open("try"))
            {
                if (result is not null)
                {
                    writer.Line($"{result} response = await {call}.ConfigureAwait(false);");
                    writer.Line("var buffer = new global::System.Buffers.ArrayBufferWriter<byte>();");
                    using (writer.Open("using (var writer = new global::System.Text.Json.Utf8JsonWriter(buffer))"))
                    {
                        writer.Line("WriteResponse(writer, response);");
                    }

                    writer.Line("return (false, 0, null, global::System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));");
                }
                else if (success is { Content: ResponseContent.Text })
                {
                    writer.Line($"string text = await {call}.ConfigureAwait(false);");
                    writer.Line("return (false, 0, null, text);");
                }
                else
                {
                    writer.Line($"await {call}.ConfigureAwait(false);");
                    writer.Line("return (false, 0, null, null);");
                }
            }

            using (writer.Open("catch (ZApiException exception) when (exception.StatusCode != 0)"))
            {
                writer.Line("return (true, (int)exception.StatusCode, exception.Hint, null);");
            }
        }
    }

    /// <summary>The documented example values, in the method's parameter order (optional ones by name).</summary>
    private static System.Collections.Generic.IEnumerable<string> Arguments(Spec spec, TypeMapper types)
    {
        RequestSpec request = spec.Request;
        foreach (SpecAttribute parameter in System.Linq.Enumerable.Concat(request.Path, System.Linq.Enumerable.Where(request.Query, p => p.IsRequired)))
        {
            yield return types.Literal(parameter.Type, ParameterValues.ForContract(parameter, spec)!);
        }

        if (request.HasBody)
        {
            yield return request.IsBodyOptional ? "requestJson is null ? null : ParseRequest(requestJson)" : "ParseRequest(requestJson ?? throw new global::System.ArgumentNullException(nameof(requestJson), Operation + \" needs a request example.\"))";
        }

        foreach (SpecAttribute parameter in System.Linq.Enumerable.Where(request.Query, p => !p.IsRequired))
        {
            string? value = ParameterValues.ForContract(parameter, spec);
            if (value is not null)
            {
                yield return $"{CSharpNames.ToCamelCase(parameter.Name)}: {types.Literal(parameter.Type, value)}";
            }
        }

        yield return "cancellationToken: cancellationToken";
    }

    public static GeneratedSource EmitRegistry(EquatableArray<string> endpointIds, EquatableArray<EventRoute> events, GeneratorOptions options)
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
            writer.Line();
            DocComments.Raw(writer, "<summary>The spec of each entry (YAML), keyed by spec id: <c>ContractCases.TheoryData(ZApiContractEntries.Specs)</c> gives one case per (endpoint, documented status), built-in endpoints included.</summary>");
            writer.Line("public static global::System.Collections.Generic.IReadOnlyDictionary<string, string> Specs { get; } =");
            writer.Indent();
            using (writer.Open("new global::System.Collections.Generic.Dictionary<string, string>", "};"))
            {
                foreach (string id in endpointIds)
                {
                    string endpoint = CSharpNames.ToPascalCase(id) + "Endpoint";
                    writer.Line($"[{endpoint}.Operation] = {endpoint}.SpecText,");
                }
            }

            writer.Unindent();
            if (!events.IsEmpty)
            {
                writer.Line();
                WriteEvents(writer, events);
            }
        }

        return new GeneratedSource("ZApi.ZApiContractEntries.g.cs", writer.ToString(), SpecPath: null, MethodKey: null);
    }

    /// <summary>The webhook side: the event specs as compiled, and a reader that says which kind a payload became and what was read.</summary>
    private static void WriteEvents(SourceWriter writer, EquatableArray<EventRoute> events)
    {
        DocComments.Raw(writer, "<summary>The spec of each webhook event kind (YAML), keyed by spec id: <c>WebhookCases.TheoryData(ZApiContractEntries.EventSpecs)</c> gives one case per documented example.</summary>");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyDictionary<string, string> EventSpecs { get; } =");
        writer.Indent();
        using (writer.Open("new global::System.Collections.Generic.Dictionary<string, string>", "};"))
        {
            foreach (EventRoute kind in events)
            {
                string json = TypeMapper.JsonClass(kind.Record);
                writer.Line($"[{json}.Kind] = {json}.SpecText,");
            }
        }

        writer.Unindent();
        writer.Line();
        DocComments.Raw(writer, "<summary>Contract harness: reads a payload as <see cref=\"ZApiWebhooks.Read\"/> does and gives the kind it became (null: unknown) and what was read, written back as JSON.</summary>");
        using (writer.Open("public static (string? Kind, string? Json) ReadWebhook(string payload)"))
        {
            writer.Line("ZApiWebhookEvent webhookEvent = ZApiWebhooks.Read(global::System.Text.Encoding.UTF8.GetBytes(payload));");
            writer.Line("var buffer = new global::System.Buffers.ArrayBufferWriter<byte>();");
            writer.Line("string kind;");
            using (writer.Open("using (var writer = new global::System.Text.Json.Utf8JsonWriter(buffer))"))
            {
                using (writer.Open("switch (webhookEvent)"))
                {
                    foreach (EventRoute route in events)
                    {
                        string json = TypeMapper.JsonClass(route.Record);
                        writer.Line($"case {route.Record} value:");
                        writer.Indent();
                        writer.Line($"{json}.Write(writer, value);");
                        writer.Line($"kind = {json}.Kind;");
                        writer.Line("break;");
                        writer.Unindent();
                    }

                    writer.Line("default:");
                    writer.Indent();
                    writer.Line("return (null, null);");
                    writer.Unindent();
                }
            }

            writer.Line();
            writer.Line("return (kind, global::System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));");
        }
    }
}
