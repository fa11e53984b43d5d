using System.Collections.Generic;
using System.Linq;
using ZApi.Specs.Model;
using ZApi.Specs.Naming;

namespace ZApi.Generator.Emitting;

/// <summary>The internal class holding an endpoint's wire format: route, member names, JSON code, hints.</summary>
internal static partial class EndpointEmitter
{
    private static void WriteEndpointClass(SourceWriter writer, Spec spec, EndpointNames names, TypeMapper types, bool emitContract)
    {
        DocComments.Raw(writer, $"<summary>The wire format of <c>{spec.Id}</c>: route, JSON member names, reading, writing and documented hints.</summary>");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        using (writer.Open($"internal static class {names.Endpoint}"))
        {
            DocComments.Raw(writer, "<summary>The spec id, reported as <see cref=\"ZApiException.Operation\"/>.</summary>");
            writer.Line($"public const string Operation = {CSharpText.Literal(spec.Id)};");
            writer.Line();
            DocComments.Raw(writer, $"<summary><c>{spec.Method} {CSharpText.DocInline(spec.Route)}</c>, relative to the base address.</summary>");
            writer.Line($"public const string Route = {CSharpText.Literal(spec.Route.TrimStart('/'))};");
            if (spec.Request.Path.IsEmpty && spec.Request.Query.IsEmpty && !spec.IsInstanceBound)
            {
                writer.Line();
                DocComments.Raw(writer, "<summary>The route, resolved once per base address.</summary>");
                writer.Line("public static readonly ZApiRoute RouteUri = new(Route);");
            }
            else if (spec.Request.Path.IsEmpty && spec.Request.Query.IsEmpty)
            {
                writer.Line();
                DocComments.Raw(writer, "<summary>The route after the instance prefix, resolved once per instance and base address.</summary>");
                writer.Line($"public static readonly ZApiInstanceRoute RouteUri = new({CSharpText.Literal(spec.Route.Substring(CredentialsNames.InstanceRoutePrefix.Length))});");
            }

            if (spec.Request.HasArrayBody)
            {
                writer.Line();
                DocComments.Raw(writer, "<summary>Writes <paramref name=\"request\"/> as the documented JSON array.</summary>");
                using (writer.Open($"public static void WriteRequest(global::System.Text.Json.Utf8JsonWriter writer, {types.CSharpType(TypeRef.ArrayOf(spec.Request.Items!))} request)"))
                {
                    types.WriteValue(writer, TypeRef.ArrayOf(spec.Request.Items!), "request");
                }
            }
            else if (spec.Request.HasBody)
            {
                writer.Line();
                foreach (SpecAttribute attribute in spec.Request.Body)
                {
                    writer.Line($"private static readonly global::System.Text.Json.JsonEncodedText {MemberField(attribute)} = global::System.Text.Json.JsonEncodedText.Encode({CSharpText.Literal(attribute.Name)});");
                }

                writer.Line();
                DocComments.Raw(writer, "<summary>Writes <paramref name=\"request\"/> as the documented JSON body; unset optional attributes are omitted.</summary>");
                using (writer.Open($"public static void WriteRequest(global::System.Text.Json.Utf8JsonWriter writer, {names.Request} request)"))
                {
                    JsonCode.WriteMembers(writer, types, spec.Request.Body, "request", MemberField);
                }
            }

            ResponseSpec? success = spec.SuccessResponse;
            if (success is not null && success.HasObjectBody)
            {
                writer.Line();
                if (success.AlsoArray is { } alsoArray)
                {
                    WriteAlsoArray(writer, types, success, names.Response, alsoArray);
                }

                DocComments.Raw(writer, "<summary>Reads the documented response object; undeclared members are skipped, a missing required member fails.</summary>");
                using (writer.Open($"public static {names.Response} {(success.AlsoArray is null ? "ReadResponse" : "ReadResponseObject")}(ref global::System.Text.Json.Utf8JsonReader reader)"))
                {
                    JsonCode.ReadMembers(writer, types, success.Body, names.Response);
                }
            }
            else if (success is { HasNamedBody: true })
            {
                writer.Line();
                DocComments.Raw(writer, $"<summary>Reads the documented response, a <see cref=\"{success.Type!.Name}\"/>.</summary>");
                writer.Line($"public static {success.Type.Name} ReadResponse(ref global::System.Text.Json.Utf8JsonReader reader) => {TypeMapper.JsonClass(success.Type.Name!)}.ReadValue(ref reader);");
            }
            else if (success?.BodyType is { } whole)
            {
                writer.Line();
                DocComments.Raw(writer, $"<summary>Reads the documented response {(success.HasArrayBody ? "array" : "object of data-named members")}.</summary>");
                using (writer.Open($"public static {types.CSharpType(whole)} ReadResponse(ref global::System.Text.Json.Utf8JsonReader reader)"))
                {
                    string read = success.HasArrayBody ? "ReadArrayValue" : "ReadMapValue";
                    writer.Line($"return ZApiJson.{read}(ref reader, \"body\", {types.ItemReader(whole.Items!)});");
                }
            }

            writer.Line();
            WriteHints(writer, spec);

            if (emitContract)
            {
                writer.Line();
                ContractEmitter.WriteEntry(writer, spec, names, types);
            }
        }
    }

    /// <summary>
    /// <c>alsoArray</c>: <c>ReadResponse</c> reads the documented object, and the array form the page's example
    /// shows: the object as the first item of an array, or a bare array that is the body's array member.
    /// </summary>
    private static void WriteAlsoArray(SourceWriter writer, TypeMapper types, ResponseSpec success, string response, string alsoArray)
    {
        bool item = alsoArray == ResponseSpec.AlsoArrayItem;
        DocComments.Raw(writer, item
            ? "<summary>Reads the documented response object, or an array whose first item is that object (the form the page's example shows).</summary>"
            : $"<summary>Reads the documented response object, or a bare array as its <c>{CSharpText.DocInline(alsoArray)}</c> member (the form the page's example shows).</summary>");
        using (writer.Open($"public static {response} ReadResponse(ref global::System.Text.Json.Utf8JsonReader reader)"))
        {
            using (writer.Open("if (reader.TokenType == global::System.Text.Json.JsonTokenType.StartArray)"))
            {
                if (item)
                {
                    writer.Line("return ZApiJson.ReadFirstItem(ref reader, ReadResponseObject);");
                }
                else
                {
                    SpecAttribute member = success.Body.First(a => a.Name == alsoArray);
                    writer.Line($"return new {response} {{ {EndpointNames.Property(member)} = ZApiJson.ReadArrayValue(ref reader, {CSharpText.Literal(member.Name)}, {types.ItemReader(member.Type.Items!)}) }};");
                }
            }

            writer.Line();
            writer.Line("return ReadResponseObject(ref reader);");
        }

        writer.Line();
    }

    private static void WriteHints(SourceWriter writer, Spec spec)
    {
        DocComments.Raw(writer, "<summary>The documented advice for an error status, or null when the documentation does not describe it.</summary>");
        var hinted = new List<ResponseSpec>();
        foreach (ResponseSpec response in spec.ErrorResponses)
        {
            if (response.Hint is not null)
            {
                hinted.Add(response);
            }
        }

        if (hinted.Count == 0)
        {
            writer.Line("public static string? HintFor(global::System.Net.HttpStatusCode status) => null;");
            return;
        }

        using (writer.Open("public static string? HintFor(global::System.Net.HttpStatusCode status) => (int)status switch", "};"))
        {
            foreach (ResponseSpec response in hinted)
            {
                writer.Line($"{response.StatusCode} => {CSharpText.Literal(response.Hint!)},");
            }

            writer.Line("_ => null,");
        }
    }

    /// <summary><c>sessionName</c> → <c>SessionNameMember</c>, the encoded JSON name used when writing.</summary>
    private static string MemberField(SpecAttribute attribute) => EndpointNames.Property(attribute) + "Member";
}
