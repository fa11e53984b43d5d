using System.Collections.Generic;
using ZApi.Specs.Model;
using ZApi.Specs.Naming;

namespace ZApi.Generator.Emitting;

/// <summary>The internal class holding an endpoint's wire format: route, member names, JSON code, hints.</summary>
internal static partial class EndpointEmitter
{
    private static void WriteEndpointClass(SourceWriter writer, Spec spec, EndpointNames names, bool hasRequestBody, bool hasResponseBody, bool emitContract)
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

            if (hasRequestBody)
            {
                writer.Line();
                WriteRequestWriter(writer, spec.Request.Body, names);
            }

            if (hasResponseBody)
            {
                writer.Line();
                DocComments.Raw(writer, "<summary>Reads the documented response object; undeclared members are skipped, a missing required member fails.</summary>");
                WriteReader(writer, spec.SuccessResponse!.Body, names.Response, "ReadResponse");
            }

            writer.Line();
            WriteHints(writer, spec);

            if (emitContract)
            {
                writer.Line();
                ContractEmitter.WriteEntry(writer, spec, names, hasRequestBody, hasResponseBody);
            }
        }
    }

    private static void WriteRequestWriter(SourceWriter writer, EquatableArray<SpecAttribute> attributes, EndpointNames names)
    {
        foreach (SpecAttribute attribute in attributes)
        {
            writer.Line($"private static readonly global::System.Text.Json.JsonEncodedText {MemberField(attribute)} = global::System.Text.Json.JsonEncodedText.Encode({CSharpText.Literal(attribute.Name)});");
        }

        writer.Line();
        DocComments.Raw(writer, $"<summary>Writes <paramref name=\"request\"/> as the documented JSON body; unset optional attributes are omitted.</summary>");
        using (writer.Open($"public static void WriteRequest(global::System.Text.Json.Utf8JsonWriter writer, {names.Request} request)"))
        {
            writer.Line("writer.WriteStartObject();");
            foreach (SpecAttribute attribute in attributes)
            {
                string property = "request." + EndpointNames.Property(attribute);
                if (attribute.IsRequired)
                {
                    writer.Line(AttributeTypes.WriteStatement(attribute.Type, MemberField(attribute), property));
                    continue;
                }

                using (writer.Open($"if ({property} is not null)"))
                {
                    string value = AttributeTypes.IsValueType(attribute.Type) ? property + ".Value" : property;
                    writer.Line(AttributeTypes.WriteStatement(attribute.Type, MemberField(attribute), value));
                }
            }

            writer.Line("writer.WriteEndObject();");
        }
    }

    internal static void WriteReader(SourceWriter writer, EquatableArray<SpecAttribute> attributes, string typeName, string methodName)
    {
        using (writer.Open($"public static {typeName} {methodName}(ref global::System.Text.Json.Utf8JsonReader reader)"))
        {
            writer.Line("ZApiJson.ExpectObject(ref reader);");
            foreach (SpecAttribute attribute in attributes)
            {
                string type = AttributeTypes.CSharpType(attribute.Type) + "?";
                writer.Line($"{type} {LocalName(attribute)} = null;");
            }

            using (writer.Open("while (ZApiJson.NextMember(ref reader))"))
            {
                string keyword = "if";
                foreach (SpecAttribute attribute in attributes)
                {
                    using (writer.Open($"{keyword} (reader.ValueTextEquals({CSharpText.Utf8Literal(attribute.Name)}))"))
                    {
                        writer.Line($"{LocalName(attribute)} = ZApiJson.{AttributeTypes.ReadMethod(attribute.Type)}(ref reader, {CSharpText.Literal(attribute.Name)});");
                    }

                    keyword = "else if";
                }

                if (attributes.Count == 0)
                {
                    writer.Line("ZApiJson.SkipValue(ref reader);");
                }
                else
                {
                    using (writer.Open("else"))
                    {
                        writer.Line("ZApiJson.SkipValue(ref reader);");
                    }
                }
            }

            writer.Line();
            using (writer.Open($"return new {typeName}", "};"))
            {
                foreach (SpecAttribute attribute in attributes)
                {
                    string value = attribute.IsRequired
                        ? $"{LocalName(attribute)} ?? throw ZApiJson.Missing({CSharpText.Literal(attribute.Name)})"
                        : LocalName(attribute);
                    writer.Line($"{EndpointNames.Property(attribute)} = {value},");
                }
            }
        }
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

    /// <summary><c>due</c> → <c>dueValue</c>: a local that cannot clash with <c>reader</c> or a keyword.</summary>
    private static string LocalName(SpecAttribute attribute)
    {
        string camel = CSharpNames.ToCamelCase(attribute.Name).TrimStart('@');
        return camel + "Value";
    }
}
