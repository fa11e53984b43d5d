using System;
using System.Linq;
using System.Text;
using ZApi.Specs.Model;
using ZApi.Specs.Plans;

namespace ZApi.Generator.Emitting;

/// <summary>
/// The JSON code of an object with declared members, shared by request and response bodies,
/// named object types and contract entries: write its members, read it member by member. The
/// members come planned (<see cref="MemberPlan"/>): their property and local names are the plan's.
/// </summary>
internal static class JsonCode
{
    /// <summary>Writes the members of <paramref name="value"/>; unset optional members are omitted.</summary>
    /// <param name="name">The name expression per member (an encoded-name field, or a UTF-8 literal).</param>
    public static void WriteMembers(SourceWriter writer, TypeMapper types, EquatableArray<MemberPlan> members, string value, Func<MemberPlan, string> name)
    {
        writer.Line("writer.WriteStartObject();");
        foreach (MemberPlan member in members)
        {
            SpecAttribute attribute = member.Attribute;
            string property = value + "." + member.Property;
            if (attribute.IsRequired)
            {
                types.WriteMember(writer, attribute.Type, name(member), property, attribute.Forever);
                continue;
            }

            using (writer.Open($"if ({property} is not null)"))
            {
                types.WriteMember(writer, attribute.Type, name(member), types.IsValueType(attribute.Type) ? property + ".Value" : property, attribute.Forever);
            }
        }

        writer.Line("writer.WriteEndObject();");
    }

    /// <summary>Members not yet planned (named types, event records): planned here, then written.</summary>
    public static void WriteMembers(SourceWriter writer, TypeMapper types, EquatableArray<SpecAttribute> attributes, string value, Func<SpecAttribute, string> name) =>
        WriteMembers(writer, types, EndpointPlanner.Members(attributes), value, member => name(member.Attribute));

    /// <summary>Reads an object the reader stands on: declared members by name, others skipped, required ones checked.</summary>
    public static void ReadMembers(SourceWriter writer, TypeMapper types, EquatableArray<MemberPlan> members, string typeName)
    {
        ReadLocals(writer, types, members);
        writer.Line();
        using (writer.Open($"return new {typeName}", "};"))
        {
            foreach (MemberPlan member in members)
            {
                writer.Line($"{member.Property} = {Value(member)},");
            }
        }
    }

    /// <summary>Members not yet planned (named types, event records): planned here, then read.</summary>
    public static void ReadMembers(SourceWriter writer, TypeMapper types, EquatableArray<SpecAttribute> attributes, string typeName) =>
        ReadMembers(writer, types, EndpointPlanner.Members(attributes), typeName);

    /// <summary>The local a member was read into; a required one throws when the object did not have it.</summary>
    public static string Value(MemberPlan member) => member.IsRequired
        ? $"{member.ReadLocal} ?? throw ZApiJson.Missing({CSharpText.Literal(member.JsonName)})"
        : member.ReadLocal;

    /// <summary>Reads the members of the object the reader stands on into one local each (<see cref="Value"/>); others are skipped.</summary>
    public static void ReadLocals(SourceWriter writer, TypeMapper types, EquatableArray<MemberPlan> members)
    {
        writer.Line("ZApiJson.ExpectObject(ref reader);");
        foreach (MemberPlan member in members)
        {
            writer.Line($"{types.CSharpType(member.Type)}? {member.ReadLocal} = null;");
        }

        using (writer.Open("while (ZApiJson.NextMember(ref reader))"))
        {
            // Names are told apart by their UTF-8 length first: a member is compared with the one to
            // three declared names of its length, not with every declared name.
            if (members.Count > 0)
            {
                using (writer.Open("switch (ZApiJson.NameLength(ref reader))"))
                {
                    foreach (IGrouping<int, MemberPlan> group in members.GroupBy(m => Encoding.UTF8.GetByteCount(m.JsonName)).OrderBy(g => g.Key))
                    {
                        writer.Line($"case {group.Key}:");
                        writer.Indent();
                        foreach (MemberPlan member in group)
                        {
                            using (writer.Open($"if (reader.ValueTextEquals({CSharpText.Utf8Literal(member.JsonName)}))"))
                            {
                                writer.Line($"{member.ReadLocal} = {types.ReadCall(member.Type, CSharpText.Literal(member.JsonName), member.Attribute.Forever)};");
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
}
