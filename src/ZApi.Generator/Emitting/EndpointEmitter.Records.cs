using ZApi.Specs.Model;
using ZApi.Specs.Plans;

namespace ZApi.Generator.Emitting;

/// <summary>The request and response records: plain properties with the documented descriptions.</summary>
internal static partial class EndpointEmitter
{
    private static string RequestSummary(EndpointPlan plan) =>
        $"The request body of <see cref=\"{plan.Names.ClientClass}.{plan.Names.Method}\"/>: {CSharpText.DocInline(plan.Docs.Title)}.";

    private static string ResponseSummary(EndpointPlan plan) =>
        (plan.Result.Description is null ? string.Empty : CSharpText.DocInline(plan.Result.Description) + " ")
        + $"The documented {plan.Result.StatusCode} response of <see cref=\"{plan.Names.ClientClass}.{plan.Names.Method}\"/> ({CSharpText.DocInline(plan.Docs.Title)}).";

    /// <summary>A record of attributes not yet planned (named types, event records): planned here, then printed.</summary>
    internal static void WriteRecord(SourceWriter writer, TypeMapper types, string accessibility, string typeName, string summaryXml, EquatableArray<SpecAttribute> attributes, bool isResponse, string? baseType = null, EquatableArray<PageNote> notes = default) =>
        WriteRecord(writer, types, accessibility, typeName, summaryXml, EndpointPlanner.Members(attributes), isResponse, baseType, notes);

    /// <param name="summaryXml">Doc XML built by the generator; spec text in it is already escaped.</param>
    /// <param name="notes">The page's notes for the record's remarks (the endpoint's on a request, the response's on a response).</param>
    internal static void WriteRecord(SourceWriter writer, TypeMapper types, string accessibility, string typeName, string summaryXml, EquatableArray<MemberPlan> members, bool isResponse, string? baseType = null, EquatableArray<PageNote> notes = default)
    {
        DocComments.Raw(writer, "<summary>");
        DocComments.Raw(writer, summaryXml);
        DocComments.Raw(writer, "</summary>");
        string remarks = isResponse
            ? "Members the documentation does not declare are ignored when reading."
            : "Optional attributes left <see langword=\"null\"/> are omitted from the JSON body.";
        DocComments.RemarksWithNotes(writer, notes, remarks);
        writer.Line(FileHeader.GeneratedCodeAttribute);
        using (writer.Open($"{accessibility} sealed record {typeName}{(baseType is null ? string.Empty : " : " + baseType)}"))
        {
            for (int i = 0; i < members.Count; i++)
            {
                MemberPlan member = members[i];
                SpecAttribute attribute = member.Attribute;
                if (i > 0)
                {
                    writer.Line();
                }

                DocComments.Summary(writer, member.Description);
                DocComments.RemarksWithNotes(writer, attribute.Notes, $"JSON member <c>{CSharpText.DocInline(attribute.Name)}</c> ({attribute.Type}, {(attribute.IsRequired ? "required" : "optional")}).");
                if (attribute.Deprecated is not null)
                {
                    writer.Line($"[global::System.Obsolete({CSharpText.Literal(attribute.Deprecated)})]");
                }

                string required = attribute.IsRequired ? "required " : string.Empty;
                writer.Line($"public {required}{types.PropertyType(attribute)} {member.Property} {{ get; init; }}");
            }
        }
    }
}
