using ZApi.Specs.Plans;

namespace ZApi.Generator.Emitting;

/// <summary>The internal class holding an endpoint's wire format: route, member names, JSON code, hints.</summary>
internal static partial class EndpointEmitter
{
    private static void WriteEndpointClass(SourceWriter writer, EndpointPlan plan, TypeMapper types, bool emitContract)
    {
        RoutePlan route = plan.Route;
        DocComments.Raw(writer, $"<summary>The wire format of <c>{plan.Id}</c>: route, JSON member names, reading, writing and documented hints.</summary>");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        using (writer.Open($"internal static class {plan.Names.EndpointClass}"))
        {
            DocComments.Raw(writer, "<summary>The spec id, reported as <see cref=\"ZApiException.Operation\"/>.</summary>");
            writer.Line($"public const string Operation = {CSharpText.Literal(plan.Id)};");
            writer.Line();
            DocComments.Raw(writer, $"<summary><c>{plan.HttpMethod} {CSharpText.DocInline(route.Template)}</c>, relative to the base address.</summary>");
            writer.Line($"public const string Route = {CSharpText.Literal(route.Relative)};");
            if (route.Kind == RouteKind.Fixed)
            {
                writer.Line();
                DocComments.Raw(writer, "<summary>The route, resolved once per base address.</summary>");
                writer.Line("public static readonly ZApiRoute RouteUri = new(Route);");
            }
            else if (route.Kind == RouteKind.FixedOnInstance)
            {
                writer.Line();
                DocComments.Raw(writer, "<summary>The route after the instance prefix, resolved once per instance and base address.</summary>");
                writer.Line($"public static readonly ZApiInstanceRoute RouteUri = new({CSharpText.Literal(route.AfterInstance!)});");
            }

            WriteRequestWriter(writer, plan, types);
            WriteResponseReader(writer, plan, types);
            writer.Line();
            WriteHints(writer, plan);

            if (emitContract)
            {
                writer.Line();
                ContractEmitter.WriteEntry(writer, plan, types);
            }
        }
    }

    private static void WriteRequestWriter(SourceWriter writer, EndpointPlan plan, TypeMapper types)
    {
        BodyPlan body = plan.Body;
        if (body.Shape == BodyShape.Array)
        {
            writer.Line();
            DocComments.Raw(writer, "<summary>Writes <paramref name=\"request\"/> as the documented JSON array.</summary>");
            using (writer.Open($"public static void WriteRequest(global::System.Text.Json.Utf8JsonWriter writer, {types.CSharpType(body.ArrayType!)} request)"))
            {
                types.WriteValue(writer, body.ArrayType!, "request");
            }
        }
        else if (body.IsObject)
        {
            writer.Line();
            foreach (MemberPlan member in body.Members)
            {
                writer.Line($"private static readonly global::System.Text.Json.JsonEncodedText {member.EncodedField} = global::System.Text.Json.JsonEncodedText.Encode({CSharpText.Literal(member.JsonName)});");
            }

            writer.Line();
            DocComments.Raw(writer, "<summary>Writes <paramref name=\"request\"/> as the documented JSON body; unset optional attributes are omitted.</summary>");
            using (writer.Open($"public static void WriteRequest(global::System.Text.Json.Utf8JsonWriter writer, {body.TypeName} request)"))
            {
                JsonCode.WriteMembers(writer, types, body.Members, "request", member => member.EncodedField);
            }
        }
    }

    private static void WriteResponseReader(SourceWriter writer, EndpointPlan plan, TypeMapper types)
    {
        ResultPlan result = plan.Result;
        switch (result.Shape)
        {
            case ResultShape.Object or ResultShape.ObjectOrFirstItem or ResultShape.ObjectOrMemberArray:
                writer.Line();
                if (result.Shape != ResultShape.Object)
                {
                    WriteAlsoArray(writer, types, result);
                }

                DocComments.Raw(writer, "<summary>Reads the documented response object; undeclared members are skipped, a missing required member fails.</summary>");
                using (writer.Open($"public static {result.TypeName} {(result.Shape == ResultShape.Object ? "ReadResponse" : "ReadResponseObject")}(ref global::System.Text.Json.Utf8JsonReader reader)"))
                {
                    JsonCode.ReadMembers(writer, types, result.Members, result.TypeName!);
                }

                break;
            case ResultShape.Named:
                writer.Line();
                DocComments.Raw(writer, $"<summary>Reads the documented response, a <see cref=\"{result.TypeName}\"/>.</summary>");
                writer.Line($"public static {result.TypeName} ReadResponse(ref global::System.Text.Json.Utf8JsonReader reader) => {TypeMapper.JsonClass(result.TypeName!)}.ReadValue(ref reader);");
                break;
            case ResultShape.Array or ResultShape.Map:
                writer.Line();
                DocComments.Raw(writer, $"<summary>Reads the documented response {(result.Shape == ResultShape.Array ? "array" : "object of data-named members")}.</summary>");
                using (writer.Open($"public static {types.CSharpType(result.BodyType!)} ReadResponse(ref global::System.Text.Json.Utf8JsonReader reader)"))
                {
                    string read = result.Shape == ResultShape.Array ? "ReadArrayValue" : "ReadMapValue";
                    writer.Line($"return ZApiJson.{read}(ref reader, \"body\", {types.ItemReader(result.BodyType!.Items!)});");
                }

                break;
        }
    }

    /// <summary>
    /// <c>alsoArray</c>: <c>ReadResponse</c> reads the documented object, and the array form the page's example
    /// shows: the object as the first item of an array, or a bare array that is the body's array member.
    /// </summary>
    private static void WriteAlsoArray(SourceWriter writer, TypeMapper types, ResultPlan result)
    {
        MemberPlan? member = result.AlsoArrayMember;
        DocComments.Raw(writer, member is null
            ? "<summary>Reads the documented response object, or an array whose first item is that object (the form the page's example shows).</summary>"
            : $"<summary>Reads the documented response object, or a bare array as its <c>{CSharpText.DocInline(member.JsonName)}</c> member (the form the page's example shows).</summary>");
        using (writer.Open($"public static {result.TypeName} ReadResponse(ref global::System.Text.Json.Utf8JsonReader reader)"))
        {
            using (writer.Open("if (reader.TokenType == global::System.Text.Json.JsonTokenType.StartArray)"))
            {
                writer.Line(member is null
                    ? "return ZApiJson.ReadFirstItem(ref reader, ReadResponseObject);"
                    : $"return new {result.TypeName} {{ {member.Property} = ZApiJson.ReadArrayValue(ref reader, {CSharpText.Literal(member.JsonName)}, {types.ItemReader(member.Type.Items!)}) }};");
            }

            writer.Line();
            writer.Line("return ReadResponseObject(ref reader);");
        }

        writer.Line();
    }

    private static void WriteHints(SourceWriter writer, EndpointPlan plan)
    {
        DocComments.Raw(writer, "<summary>The documented advice for an error status, or null when the documentation does not describe it.</summary>");
        StatusPlan[] hinted = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Where(plan.Responses, r => !r.IsSuccess && r.Hint is not null));
        if (hinted.Length == 0)
        {
            writer.Line("public static string? HintFor(global::System.Net.HttpStatusCode status) => null;");
            return;
        }

        using (writer.Open("public static string? HintFor(global::System.Net.HttpStatusCode status) => (int)status switch", "};"))
        {
            foreach (StatusPlan response in hinted)
            {
                writer.Line($"{response.StatusCode} => {CSharpText.Literal(response.Hint!)},");
            }

            writer.Line("_ => null,");
        }
    }
}
