using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ZApi.Generator.Model;
using ZApi.Specs.Model;
using ZApi.Specs.Plans;

namespace ZApi.Generator.Emitting;

/// <summary>
/// <c>ZApiWebhooks.ReadOnePass</c>: the payload read once. Every top-level member any kind declares is
/// read into a field of a stack struct as it comes (the discriminators noted on the way), and the
/// record of the kind that claims the payload is built from it at the end, by the kind's own method. A member that kinds declare with
/// different types (<c>status</c>: a string in received messages, an enum in message statuses) is
/// skipped, its place kept (a copy of the reader), and read from there the chosen kind's way.
/// </summary>
internal static partial class EventDispatchEmitter
{
    private static void WriteOnePass(SourceWriter writer, EquatableArray<EventRoute> events, DispatchTables tables, GeneratorOptions options)
    {
        var types = new TypeMapper(Array.Empty<TypeDefinition>(), options.Namespace);
        List<UnionMember> union = Union(events, tables, types);
        DocComments.Raw(writer, "<summary>");
        DocComments.Raw(writer, "Reads the payload in one pass into the record of its kind, or null when the checked way must read it");
        DocComments.Raw(writer, "(no documented kind claims it, or text after the object); throws what a kind's reader throws.");
        DocComments.Raw(writer, "</summary>");
        using (writer.Open("internal static ZApiWebhookEvent? ReadOnePass(global::System.ReadOnlySpan<byte> utf8Json)"))
        {
            writer.Line("var reader = new global::System.Text.Json.Utf8JsonReader(utf8Json);");
            using (writer.Open("if (!reader.Read() || reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject)"))
            {
                writer.Line("return null;");
            }

            writer.Line();
            writer.Line("int type = -1;");
            if (tables.Notifications.Count > 0)
            {
                writer.Line("int notification = -1;");
            }

            if (tables.Contents.Count > 0)
            {
                writer.Line("ulong contents = 0;");
            }

            writer.Line("OnePassMembers m = default;");
            using (writer.Open("while (ZApiJson.NextMember(ref reader))"))
            {
                using (writer.Open("switch (ZApiJson.NameLength(ref reader))"))
                {
                    foreach (IGrouping<int, UnionMember> group in union.GroupBy(m => Encoding.UTF8.GetByteCount(m.Name)).OrderBy(g => g.Key))
                    {
                        writer.Line($"case {group.Key}:");
                        writer.Indent();
                        foreach (UnionMember member in group)
                        {
                            WriteMemberRead(writer, member, tables);
                            writer.Line();
                        }

                        writer.Line("break;");
                        writer.Unindent();
                    }
                }

                writer.Line();
                writer.Line("ZApiJson.SkipValue(ref reader);");
            }

            writer.Line();
            using (writer.Open("if (reader.Read())"))
            {
                writer.Line("return null;");
            }

            writer.Line();
            using (writer.Open("switch (type)"))
            {
                for (int t = 0; t < tables.ByType.Count; t++)
                {
                    writer.Line($"case {t}: // {CSharpText.CommentText(tables.Types[t])}");
                    writer.Indent();
                    WriteKindChoice(writer, tables, tables.ByType[t], "notification", content => $"(contents & {1UL << content}UL) != 0", kind => writer.Line($"return {Builder(kind)}(ref m);"));
                    writer.Unindent();
                }
            }

            writer.Line();
            writer.Line("return null;");
        }

        writer.Line();
        WriteMembersStruct(writer, union);
        Dictionary<string, UnionMember> byName = union.ToDictionary(m => m.Name, StringComparer.Ordinal);
        foreach (EventRoute kind in events)
        {
            writer.Line();
            WriteBuild(writer, kind, byName);
        }

        foreach (UnionMember member in union.Where(m => m.Variants.Count > 1))
        {
            for (int v = 0; v < member.Variants.Count; v++)
            {
                Variant variant = member.Variants[v];
                writer.Line();
                DocComments.Raw(writer, $"<summary>Reads <c>{CSharpText.DocInline(member.Name)}</c> as {CSharpText.DocInline(variant.Declared)}, from where the one pass met it.</summary>");
                writer.Line($"private static {variant.CSharpType}? {member.Field}As{v}(bool seen, global::System.Text.Json.Utf8JsonReader reader) => seen ? {variant.ReadCall} : null;");
            }
        }
    }

    /// <summary>
    /// What the one pass read, a field per member name: a struct on the stack, so each kind's record is built
    /// by a small method of its own (compiled when that kind first arrives), not by one method for every kind.
    /// </summary>
    private static void WriteMembersStruct(SourceWriter writer, List<UnionMember> union)
    {
        DocComments.Raw(writer, "<summary>What <see cref=\"ReadOnePass\"/> read: each member any kind declares, or where it stands when kinds read it their own ways.</summary>");
        using (writer.Open("private ref struct OnePassMembers"))
        {
            foreach (UnionMember member in union)
            {
                if (member.Variants.Count == 1)
                {
                    writer.Line($"public {member.Variants[0].CSharpType}? {member.Field}; // {CSharpText.CommentText(member.Name)}");
                }
                else if (member.Variants.Count > 1)
                {
                    writer.Line($"public global::System.Text.Json.Utf8JsonReader {member.Field}At; // {CSharpText.CommentText(member.Name)}");
                    writer.Line($"public bool {member.Field}Seen;");
                }
            }
        }
    }

    private static string Builder(EventRoute kind) => "Build" + kind.Record;

    private static void WriteMemberRead(SourceWriter writer, UnionMember member, DispatchTables tables)
    {
        using (writer.Open($"if (reader.ValueTextEquals({CSharpText.Utf8Literal(member.Name)}))"))
        {
            if (member.Name == EventKinds.TypeMember)
            {
                writer.Line("ZApiWebhookPayload.Peek(reader, DocumentedTypes, ignoreCase: true, ref type);");
            }
            else if (member.Name == EventKinds.NotificationMember && tables.Notifications.Count > 0)
            {
                writer.Line("ZApiWebhookPayload.Peek(reader, DocumentedNotifications, ignoreCase: false, ref notification);");
            }
            else if (tables.Contents.IndexOf(member.Name) is int content and >= 0)
            {
                using (writer.Open("if (ZApiWebhookPayload.HoldsObject(reader))"))
                {
                    writer.Line($"contents |= {1UL << content}UL;");
                }

                writer.Line();
            }

            if (member.Variants.Count > 1)
            {
                writer.Line($"m.{member.Field}At = reader;");
                writer.Line($"m.{member.Field}Seen = true;");
            }

            writer.Line(member.Variants.Count == 1 ? $"m.{member.Field} = {member.Variants[0].ReadCall};" : "ZApiJson.SkipValue(ref reader);");
            writer.Line("continue;");
        }
    }

    /// <summary>The kind's record, built from what the pass read; a required member that is missing throws, and the checked way names it.</summary>
    private static void WriteBuild(SourceWriter writer, EventRoute kind, Dictionary<string, UnionMember> byName)
    {
        DocComments.Raw(writer, $"<summary>Builds <see cref=\"{kind.Record}\"/> from what <see cref=\"ReadOnePass\"/> read.</summary>");
        using (writer.Open($"private static {kind.Record} {Builder(kind)}(ref OnePassMembers m)"))
        {
            using (writer.Open($"return new {kind.Record}", "};"))
            {
                foreach (EventMember member in kind.Plan.Members)
                {
                    UnionMember union = byName[member.Name];
                    int v = union.Variants.FindIndex(x => x.Kinds.Contains(kind.Id));
                    string value = union.Variants.Count == 1 ? "m." + union.Field : $"{union.Field}As{v}(m.{union.Field}Seen, m.{union.Field}At)";
                    writer.Line($"{member.Property} = {value}{(member.IsRequired ? $" ?? throw ZApiJson.Missing({CSharpText.Literal(member.Name)})" : string.Empty)},");
                }
            }
        }
    }

    /// <summary>Every top-level member name any kind declares (and the discriminators), each with the ways kinds read it, in the order first declared.</summary>
    private static List<UnionMember> Union(EquatableArray<EventRoute> events, DispatchTables tables, TypeMapper types)
    {
        var union = new List<UnionMember>();
        var byName = new Dictionary<string, UnionMember>(StringComparer.Ordinal);
        UnionMember Of(string name)
        {
            if (!byName.TryGetValue(name, out UnionMember? member))
            {
                member = new UnionMember(name, "V" + union.Count);
                byName.Add(name, member);
                union.Add(member);
            }

            return member;
        }

        foreach (EventRoute kind in events)
        {
            foreach (EventMember member in kind.Plan.Members)
            {
                string literal = CSharpText.Literal(member.Name);
                // The strings of the members that repeat from payload to payload are kept, not decoded on every read.
                string call = KeptTexts.Of(member.Name) is { } kept && member.Type.Kind == AttributeType.String
                    ? $"{kept.Table}.Read(ref reader, {literal})"
                    : types.ReadCall(member.Type, literal, member.Forever);
                UnionMember union1 = Of(member.Name);
                Variant? variant = union1.Variants.FirstOrDefault(v => v.ReadCall == call);
                if (variant is null)
                {
                    variant = new Variant(types.CSharpType(member.Type), call, member.Type.ToString());
                    union1.Variants.Add(variant);
                }

                variant.Kinds.Add(kind.Id);
            }
        }

        Of(EventKinds.TypeMember);
        if (tables.Notifications.Count > 0)
        {
            Of(EventKinds.NotificationMember);
        }

        foreach (string content in tables.Contents)
        {
            Of(content);
        }

        return union;
    }

    /// <summary>A top-level member name and the ways the kinds that declare it read it; <see cref="Field"/> of <c>OnePassMembers</c> holds what the pass read.</summary>
    private sealed class UnionMember
    {
        public UnionMember(string name, string field)
        {
            Name = name;
            Field = field;
        }

        public string Name { get; }

        public string Field { get; }

        public List<Variant> Variants { get; } = new();
    }

    /// <summary>One way to read a member: its C# type, the call, and the kinds (ids) that declare it so.</summary>
    private sealed class Variant
    {
        public Variant(string csharpType, string readCall, string declared)
        {
            CSharpType = csharpType;
            ReadCall = readCall;
            Declared = declared;
        }

        public string CSharpType { get; }

        public string ReadCall { get; }

        public string Declared { get; }

        public HashSet<string> Kinds { get; } = new(StringComparer.Ordinal);
    }
}
