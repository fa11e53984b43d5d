using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ZApi.Specs.Json;
using ZApi.Specs.Model;
using ZApi.Specs.Naming;
using ZApi.Tool.Docs;

namespace ZApi.Tool.Import;

/// <summary>
/// Turns what a page writes in a Tipo cell (<c>string</c>, <c>String</c>, <c>array string</c>,
/// <c>object (Note)</c>, <c>buttonList</c>, <c>string (web, mobile)</c>, <c>timestamp</c>), together
/// with the value its example shows and the tables of nested objects, into a spec type. Named types
/// it needs are declared in <see cref="Types"/>; what it had to decide is in <see cref="Findings"/>.
/// </summary>
internal sealed partial class TypeReader
{
    [GeneratedRegex(@"\(\s*([A-Za-z][\w\-]*(?:\s*(?:,|\bou\b|\bor\b|\|)\s*[A-Za-z][\w\-]*)+)\s*\)")]
    private static partial Regex ValueList();

    private readonly Dictionary<string, AttributeTable> _tables;
    private readonly HashSet<AttributeTable> _used = new();
    private readonly Dictionary<string, TypeDefinition> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _memberLines = new(StringComparer.Ordinal);
    private readonly List<Finding> _findings;
    private readonly bool _openEnums;

    /// <param name="tables">The page's tables of nested objects (Owner set), by folded owner name.</param>
    /// <param name="openEnums">Enums read from a response are open (the server adds values); a request's are closed.</param>
    public TypeReader(IEnumerable<AttributeTable> tables, List<Finding> findings, bool openEnums)
    {
        _tables = new Dictionary<string, AttributeTable>(StringComparer.Ordinal);
        foreach (IGrouping<string, AttributeTable> group in tables.Where(t => t.Owner is not null).GroupBy(t => Key(t.Owner!)))
        {
            // An object split across Obrigatórios and Opcionais is one table here.
            AttributeTable first = group.First();
            _tables[group.Key] = group.Count() == 1 ? first : first with
            {
                Rows = group.SelectMany(t => t.Rows.Select(r => r with { Description = t.Presence == Presence.Optional ? "\u0001" + r.Description : r.Description })).ToList(),
                Presence = Presence.Unstated,
            };
        }

        _findings = findings;
        _openEnums = openEnums;
    }

    public IEnumerable<TypeDefinition> Types => _types.Values;

    /// <summary>The page line of each member of a type read from a table, keyed <c>types.&lt;Name&gt;.&lt;member&gt;</c>.</summary>
    public IReadOnlyDictionary<string, int> MemberLines => _memberLines;

    /// <summary>Nested tables no attribute claimed: reported by the importer.</summary>
    public IEnumerable<AttributeTable> Unclaimed => _tables.Values.Where(t => !_used.Contains(t));

    /// <summary>
    /// The type of an attribute. <paramref name="example"/> is its value in the first documented
    /// example that has it (null when none does). <paramref name="optional"/> becomes true when the
    /// cell says "(opcional)" or "ou null".
    /// </summary>
    public TypeRef Read(string attributeName, string cell, string description, JsonValue? example, int line, out bool optional)
    {
        string folded = Text.Fold(cell);
        optional = folded.Contains("opcional", StringComparison.Ordinal) || folded.Contains("ou null", StringComparison.Ordinal);
        string bare = Regex.Replace(folded.Replace("(opcional)", string.Empty).Replace("ou null", string.Empty), @"\s+", " ").Trim();

        // An enum in the cell ("string (web, mobile)") or in the description ("(PENDING, APPROVED)").
        string? enumSource = ValueList().Match(cell) is { Success: true } inCell ? inCell.Groups[1].Value
            : bare.StartsWith("string", StringComparison.Ordinal) && ValueList().Match(description) is { Success: true } inText ? inText.Groups[1].Value : null;
        if (enumSource is not null && (bare.StartsWith("string", StringComparison.Ordinal) || bare.Length == 0) && (example is null || example.Kind == JsonKind.String))
        {
            string[] values = Regex.Split(enumSource, @"\s*(?:,|\bou\b|\bor\b|\|)\s*").Where(v => v.Length > 0).Distinct().ToArray();
            if (values.Length >= 2 && values.All(v => Regex.IsMatch(v, @"^[A-Za-z][\w\-]*$")))
            {
                string enumName = TypeName(attributeName);
                Declare(new TypeDefinition(enumName, null, EquatableArray<SpecAttribute>.Empty, values.ToEquatableArray(), string.Empty, default, _openEnums));
                _findings.Add(new Finding(FindingKind.Check, line, $"'{attributeName}': the enum {enumName} [{string.Join(", ", values)}] was read from the page's text{(_openEnums ? " (open: the server may send other values)" : string.Empty)}; check the list."));
                return TypeRef.Named(enumName);
            }
        }

        bool arrayCell = bare.StartsWith("array", StringComparison.Ordinal) || bare.EndsWith("[]", StringComparison.Ordinal) || bare == "list" || bare.StartsWith("list ", StringComparison.Ordinal);
        if (arrayCell || example?.Kind == JsonKind.Array)
        {
            return Array(attributeName, bare, example, line);
        }

        TypeRef? scalar = Scalar(bare, example, attributeName, line);
        if (scalar is not null)
        {
            return scalar;
        }

        // An object: a table for it (by the cell's name, the attribute's, or "object (X)"), or the example's members.
        return ObjectType(attributeName, bare, example, line);
    }

    private TypeRef? Scalar(string bare, JsonValue? example, string attributeName, int line)
    {
        string word = bare.Split(' ')[0];
        switch (word)
        {
            case "string":
            case "url":
            case "text":
            case "str":
                if (example is { Kind: JsonKind.Object or JsonKind.Array })
                {
                    return null; // the table says string; the example shows more
                }

                return TypeRef.String;
            case "boolean":
            case "bool":
                return TypeRef.Boolean;
            case "integer":
            case "int":
            case "long":
                if (example is { Kind: JsonKind.String } && !IsDigits(example.Text!))
                {
                    _findings.Add(new Finding(FindingKind.Repaired, line, $"'{attributeName}': the table says {word} but the example gives the text \"{Excerpt(example.Text!)}\"; the spec keeps the example's type, string."));
                    return TypeRef.String;
                }

                return example is { Kind: JsonKind.Number } && long.TryParse(example.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long big) && (big > int.MaxValue || big < int.MinValue)
                    ? new TypeRef(AttributeType.Long)
                    : TypeRef.Integer;
            case "number":
            case "float":
            case "double":
            case "decimal":
                return TypeRef.Number;
            case "timestamp":
                return Epoch(example);
            case "date":
            case "datetime":
                return example is { Kind: JsonKind.String } && DateTimeOffset.TryParse(example.Text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _) ? new TypeRef(AttributeType.DateTime) : Epoch(example);
            case "":
                return example is null ? TypeRef.String : FromExample(example, attributeName, line);
        }

        return null;
    }

    /// <summary>Epoch milliseconds, or seconds when the example's number is too small to be milliseconds of this century.</summary>
    private static TypeRef Epoch(JsonValue? example)
    {
        if (example is not null && example.Text is { } text && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long value) && value is > 0 and < 100_000_000_000)
        {
            return new TypeRef(AttributeType.TimestampSeconds);
        }

        return TypeRef.Timestamp;
    }

    private TypeRef Array(string attributeName, string bare, JsonValue? example, int line)
    {
        JsonValue? item = example?.Kind == JsonKind.Array && example.Items.Count > 0 ? example.Items[0] : null;
        string inner = bare.Replace("array", string.Empty).Replace("[]", string.Empty).Replace("of", string.Empty).Replace("[", string.Empty).Replace("]", string.Empty).Trim();
        if (item is { Kind: JsonKind.Object } || FindTable(attributeName, inner) is not null || inner.StartsWith("object", StringComparison.Ordinal))
        {
            return TypeRef.ArrayOf(ObjectType(attributeName, inner, item, line, item: true));
        }

        if (item is null)
        {
            return TypeRef.ArrayOf(Scalar(inner.Length == 0 ? "string" : inner, null, attributeName, line) ?? TypeRef.String);
        }

        return TypeRef.ArrayOf(FromExample(item, attributeName, line));
    }

    private TypeRef ObjectType(string attributeName, string bare, JsonValue? example, int line, bool item = false)
    {
        string? named = Regex.Match(bare, @"\(([^)]+)\)") is { Success: true } m ? m.Groups[1].Value : null;
        AttributeTable? table = FindTable(attributeName, named ?? bare);
        if (table is not null)
        {
            _used.Add(table);
            string name = Unclashing(item ? ItemName(TypeName(table.Owner!), table.Rows.Select(r => r.Name)) : TypeName(table.Owner!), table.Rows.Select(r => r.Name));
            if (!_types.ContainsKey(name))
            {
                _types[name] = null!; // claimed: a member referring to the type itself stops here
                var members = new List<SpecAttribute>();
                foreach (AttributeRow row in table.Rows)
                {
                    bool optionalRow = row.Description.StartsWith("\u0001", StringComparison.Ordinal) || table.Presence == Presence.Optional;
                    string description = row.Description.TrimStart('\u0001');
                    JsonValue? value = example?.Kind == JsonKind.Object ? example[row.Name] : null;
                    TypeRef type = Read(row.Name, row.Type, description, value, row.Line, out bool optionalCell);
                    members.Add(new SpecAttribute(row.Name, type, description.Length == 0 ? null : description, !(optionalRow || optionalCell), default));
                    _memberLines.TryAdd($"types.{name}.{row.Name}", row.Line);
                }

                _types[name] = new TypeDefinition(name, null, Distinct(members).ToEquatableArray(), EquatableArray<string>.Empty, string.Empty, default);
            }

            return TypeRef.Named(name);
        }

        if (example is { Kind: JsonKind.Object })
        {
            return FromExample(example, attributeName, line, item);
        }

        _findings.Add(new Finding(FindingKind.Check, line, $"'{attributeName}': the page calls its type '{bare}' but describes it nowhere (no table, no example); the spec reads it as raw JSON (json)."));
        return new TypeRef(AttributeType.Json);
    }

    /// <summary>The type of an example value, for members no table describes: objects get a named type of their members, all optional.</summary>
    public TypeRef FromExample(JsonValue value, string attributeName, int line, bool item = false)
    {
        switch (value.Kind)
        {
            case JsonKind.String:
                return TypeRef.String;
            case JsonKind.True:
            case JsonKind.False:
                return TypeRef.Boolean;
            case JsonKind.Number:
                return value.IsInteger
                    ? long.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n) && (n > int.MaxValue || n < int.MinValue) ? new TypeRef(AttributeType.Long) : TypeRef.Integer
                    : TypeRef.Number;
            case JsonKind.Array:
                return value.Items.Count == 0 ? TypeRef.ArrayOf(new TypeRef(AttributeType.Json)) : TypeRef.ArrayOf(FromExample(value.Items[0], attributeName, line, item: true));
            case JsonKind.Object:
                string name = Unclashing(item ? ItemName(TypeName(attributeName), value.Members.Select(m => m.Name)) : TypeName(attributeName), value.Members.Select(m => m.Name));
                if (value.Members.Count == 0)
                {
                    return new TypeRef(AttributeType.Json);
                }

                if (!_types.ContainsKey(name))
                {
                    _types[name] = null!;
                    var members = value.Members
                        .Select(member => new SpecAttribute(member.Name, FromExample(member.Value, member.Name, line), null, false, default))
                        .ToList();
                    _types[name] = new TypeDefinition(name, null, Distinct(members).ToEquatableArray(), EquatableArray<string>.Empty, string.Empty, default);
                    _findings.Add(new Finding(FindingKind.Check, line, $"'{attributeName}': the members of {name} ({string.Join(", ", value.Members.Select(m => m.Name))}) were read from the page's example; no table describes them, so all are optional and undescribed."));
                }

                return TypeRef.Named(name);
            default:
                return new TypeRef(AttributeType.Json);
        }
    }

    /// <summary>Takes a type another reader declared (the items of an array response).</summary>
    public void Adopt(TypeDefinition type) => _types[type.Name] = type;

    private void Declare(TypeDefinition type)
    {
        if (!_types.ContainsKey(type.Name))
        {
            _types[type.Name] = type;
        }
    }

    private AttributeTable? FindTable(string attributeName, string cellName)
    {
        foreach (string candidate in new[] { cellName, attributeName, cellName.TrimEnd('s'), attributeName.TrimEnd('s') })
        {
            if (candidate.Length > 0 && _tables.TryGetValue(Key(candidate), out AttributeTable? table))
            {
                return table;
            }
        }

        return null;
    }

    /// <summary>How owners and type cells compare: <c>Button List</c>, <c>buttonList</c> and <c>button-list</c> are one.</summary>
    private static string Key(string name) => new(Text.Fold(name).Where(char.IsLetterOrDigit).ToArray());

    /// <summary>A PascalCase type name the generator accepts: <c>buttonList</c> → <c>ButtonList</c>; a reserved ending gets <c>Info</c>.</summary>
    public static string TypeName(string text)
    {
        string pascal = CSharpNames.ToPascalCase(Text.WithoutAccents(text));
        pascal = new string(pascal.Where(c => c < 128 && char.IsLetterOrDigit(c)).ToArray());
        if (pascal.Length == 0 || !char.IsUpper(pascal[0]))
        {
            pascal = "Type" + pascal;
        }

        return GeneratedNames.ReservedBy(pascal) is null ? pascal : pascal + "Info";
    }

    /// <summary>
    /// The type of one item of an array attribute, in the singular when the attribute is a plain
    /// plural (<c>attachments</c> → <c>Attachment</c>, <c>categories</c> → <c>Category</c>) and that
    /// name is not taken; the attribute's own name otherwise.
    /// </summary>
    private string ItemName(string plural, IEnumerable<string> members)
    {
        string singular =
            plural.EndsWith("ies", StringComparison.Ordinal) && plural.Length > 4 ? plural.Substring(0, plural.Length - 3) + "y"
            : plural.EndsWith("s", StringComparison.Ordinal) && plural.Length > 3 && !plural.EndsWith("ss", StringComparison.Ordinal) && !plural.EndsWith("us", StringComparison.Ordinal) && !plural.EndsWith("is", StringComparison.Ordinal) ? plural.Substring(0, plural.Length - 1)
            : plural;
        return singular == plural || _types.ContainsKey(singular) || GeneratedNames.ReservedBy(singular) is not null || Clashes(singular, members) ? plural : singular;
    }

    /// <summary>A type may not be named as one of its members' properties (C# forbids it): <c>Message</c> with a member <c>message</c> becomes <c>MessageInfo</c>.</summary>
    private static string Unclashing(string name, IEnumerable<string> members) => Clashes(name, members) ? name + "Info" : name;

    private static bool Clashes(string name, IEnumerable<string> members) => members.Any(m => GeneratedNames.Property(m) == name);

    /// <summary>The first of attributes whose names give one C# property.</summary>
    private static IEnumerable<SpecAttribute> Distinct(List<SpecAttribute> members) =>
        members.GroupBy(m => GeneratedNames.Property(m.Name)).Select(g => g.First());

    private static bool IsDigits(string text) => text.Length > 0 && text.TrimStart('-').All(char.IsDigit);

    private static string Excerpt(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "…";
}
