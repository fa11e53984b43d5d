using ZApi.Specs.Model;

namespace ZApi.Generator.Emitting;

/// <summary>The request and response records: plain properties with the documented descriptions.</summary>
internal static partial class EndpointEmitter
{
    private static string RequestSummary(Spec spec, EndpointNames names) =>
        $"The request body of <see cref=\"{names.Client}.{names.Method}\"/>: {CSharpText.DocInline(spec.Title)}.";

    private static string ResponseSummary(Spec spec, EndpointNames names, ResponseSpec success) =>
        (success.Description is null ? string.Empty : CSharpText.DocInline(success.Description) + " ")
        + $"The documented {success.StatusCode} response of <see cref=\"{names.Client}.{names.Method}\"/> ({CSharpText.DocInline(spec.Title)}).";

    /// <param name="summaryXml">Doc XML built by the generator; spec text in it is already escaped.</param>
    /// <param name="notes">The page's notes for the record's remarks (the endpoint's on a request, the response's on a response).</param>
    internal static void WriteRecord(SourceWriter writer, TypeMapper types, string accessibility, string typeName, string summaryXml, EquatableArray<SpecAttribute> attributes, bool isResponse, string? baseType = null, EquatableArray<PageNote> notes = default)
    {
        DocComments.Raw(writer, "<summary>");
        DocComments.Raw(writer, summaryXml);
        DocComments.Raw(writer, "</summary>");
        string remarks = isResponse
            ? "Members the documentation does not declare are ignored when reading."
            : "Optional attributes left <see langword=\"null\"/> are omitted from the JSON body.";
        if (notes.IsEmpty)
        {
            DocComments.Raw(writer, $"<remarks>{remarks}</remarks>");
        }
        else
        {
            DocComments.Raw(writer, "<remarks>");
            DocComments.NoteParagraphs(writer, notes);
            DocComments.Raw(writer, $"<para>{remarks}</para>");
            DocComments.Raw(writer, "</remarks>");
        }

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
                string member = $"JSON member <c>{CSharpText.DocInline(attribute.Name)}</c> ({attribute.Type}, {(attribute.IsRequired ? "required" : "optional")}).";
                if (attribute.Notes.IsEmpty)
                {
                    DocComments.Raw(writer, $"<remarks>{member}</remarks>");
                }
                else
                {
                    DocComments.Raw(writer, "<remarks>");
                    DocComments.NoteParagraphs(writer, attribute.Notes);
                    DocComments.Raw(writer, $"<para>{member}</para>");
                    DocComments.Raw(writer, "</remarks>");
                }

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
