using ZApi.Specs.Model;

namespace ZApi.Generator.Emitting;

/// <summary>The request and response records: plain properties with the documented descriptions.</summary>
internal static partial class EndpointEmitter
{
    private static string RequestSummary(Spec spec, EndpointNames names) =>
        $"The request body of <see cref=\"{names.Client}.{names.Method}\"/>: {CSharpText.DocInline(spec.Title)}.";

    private static string ResponseSummary(Spec spec, EndpointNames names, ResponseSpec success) =>
        $"The documented {success.StatusCode} response of <see cref=\"{names.Client}.{names.Method}\"/> ({CSharpText.DocInline(spec.Title)}).";

    /// <param name="summaryXml">Doc XML built by the generator; spec text in it is already escaped.</param>
    internal static void WriteRecord(SourceWriter writer, TypeMapper types, string accessibility, string typeName, string summaryXml, EquatableArray<SpecAttribute> attributes, bool isResponse, string? baseType = null)
    {
        DocComments.Raw(writer, "<summary>");
        DocComments.Raw(writer, summaryXml);
        DocComments.Raw(writer, "</summary>");
        DocComments.Raw(writer, isResponse
            ? "<remarks>Members the documentation does not declare are ignored when reading.</remarks>"
            : "<remarks>Optional attributes left <see langword=\"null\"/> are omitted from the JSON body.</remarks>");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        using (writer.Open($"{accessibility} sealed record {typeName}{(baseType is null ? string.Empty : " : " + baseType)}"))
        {
            for (int i = 0; i < attributes.Count; i++)
            {
                SpecAttribute attribute = attributes[i];
                if (i > 0)
                {
                    writer.Line();
                }

                DocComments.Summary(writer, attribute.Description ?? $"The documented attribute {attribute.Name}.");
                DocComments.Raw(writer, $"<remarks>JSON member <c>{CSharpText.DocInline(attribute.Name)}</c> ({attribute.Type}, {(attribute.IsRequired ? "required" : "optional")}).</remarks>");
                if (attribute.Deprecated is not null)
                {
                    writer.Line($"[global::System.Obsolete({CSharpText.Literal(attribute.Deprecated)})]");
                }

                string required = attribute.IsRequired ? "required " : string.Empty;
                writer.Line($"public {required}{types.PropertyType(attribute)} {EndpointNames.Property(attribute)} {{ get; init; }}");
            }
        }
    }
}
