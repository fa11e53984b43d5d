using System;
using System.Linq;
using System.Text;
using ZApi.Specs.Model;

namespace ZApi.Generator.Emitting;

/// <summary>
/// The JSON code of an object with declared attributes, shared by request and response bodies,
/// named object types and contract entries: write its members, read it member by member.
/// </summary>
internal static class JsonCode
{
    /// <summary>Writes the members of <paramref name="value"/>; unset optional members are omitted.</summary>
    /// <param name="name">The name expression per attribute (an encoded-name field, or a UTF-8 literal).</param>
    public static void WriteMembers(SourceWriter writer, TypeMapper types, EquatableArray<SpecAttribute> attributes, string value, Func<SpecAttribute, string> name)
    {
        writer.Line("writer.WriteStartObject();");
        foreach (SpecAttribute attribute in attributes)
        {
            string property = value + "." + EndpointNames.Property(attribute);
            if (attribute.IsRequired)
            {
                types.WriteMember(writer, attribute.Type, name(attribute), property, attribute.Forever);
                continue;
            }

            using (writer.Open($"if ({property} is not null)"))
            {
                types.WriteMember(writer, attribute.Type, name(attribute), types.IsValueType(attribute.Type) ? property + ".Value" : property, attribute.Forever);
            }
        }

        writer.Line("writer.WriteEndObject();");
    }

    /// <summary>Reads an object the reader stands on: declared members by name, others skipped, required ones checked.</summary>
    public static void ReadMembers(SourceWriter writer, TypeMapper types, EquatableArray<SpecAttribute> attributes, string typeName)
    {
        ReadLocals(writer, types, attributes);
        writer.Line();
        using (writer.Open($"return new {typeName}", "};"))
        {
            foreach (SpecAttribute attribute in attributes)
            {
                writer.Line($"{EndpointNames.Property(attribute)} = {Value(attribute)},");
            }
        }
    }

    /// <summary>The local a member was read into; a required one throws when the object did not have it.</summary>
    public static string Value(SpecAttribute attribute) => attribute.IsRequired
        ? $"{LocalName(attribute)} ?? throw ZApiJson.Missing({CSharpText.Literal(attribute.Name)})"
        : LocalName(attribute);

    /// <summary>Reads the members of the object the reader stands on into one local each (<see cref="Value"/>); others are skipped.</summary>
    public static void ReadLocals(SourceWriter writer, TypeMapper types, EquatableArray<SpecAttribute> attributes)
    {
        writer.Line("ZApiJson.ExpectObject(ref reader);");
        foreach (SpecAttribute attribute in attributes)
        {
            writer.Line($"{types.CSharpType(attribute.Type)}? {LocalName(attribute)} = null;");
        }

        using (writer.Open("while (ZApiJson.NextMember(ref reader))"))
        {
            // Names are told apart by their UTF-8 length first: a member is compared with the one to
            // three declared names of its length, not with every declared name.
            if (attributes.Count > 0)
            {
                using (writer.Open("switch (ZApiJson.NameLength(ref reader))"))
                {
                    foreach (IGrouping<int, SpecAttribute> group in attributes.GroupBy(a => Encoding.UTF8.GetByteCount(a.Name)).OrderBy(g => g.Key))
                    {
                        writer.Line($"case {group.Key}:");
                        writer.Indent();
                        foreach (SpecAttribute attribute in group)
                        {
                            using (writer.Open($"if (reader.ValueTextEquals({CSharpText.Utf8Literal(attribute.Name)}))"))
                            {
                                writer.Line($"{LocalName(attribute)} = {types.ReadCall(attribute.Type, CSharpText.Literal(attribute.Name), attribute.Forever)};");
                                writer.Line("continue;");
                            }

                            writer.Line();
                        }

                        writer.Line("break;");
                        writer.Unindent();
                    }
                }

                writer.Line();
            }

            writer.Line("ZApiJson.SkipValue(ref reader);");
        }
    }

    /// <summary>
    /// <c>due</c> → <c>valueDue</c>: from the property name, which is unique in the type (a lower-cased
    /// first letter is not: Unicode folds 'K' and the Kelvin sign together), and never <c>reader</c> or a keyword.
    /// </summary>
    private static string LocalName(SpecAttribute attribute) => "value" + EndpointNames.Property(attribute);
}
