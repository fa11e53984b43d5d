using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ZApi.Specs.Model;
using ZApi.Tool.Docs;

namespace ZApi.Tool.Import;

/// <summary>
/// The page's note boxes into the spec, each at the level it stands for: a box in a status section
/// of the Response belongs to that response; a box among the request's attributes that names exactly
/// one of them (<c>"message"</c>, <c>**withCalls**</c>, <c>`phone`</c>, or a heading of its own) belongs
/// to that attribute; every other box (Conceituação, Método, Code, ...) to the endpoint. And what the
/// page says each enum value means (<c>- ALL (Todos podem ver)</c>), onto the enum.
/// </summary>
internal sealed partial class PageImporter
{
    /// <summary><c>- ALL (Todos podem ver)</c>, <c>- ALL: Todos</c>, <c>* `ALL` - Todos</c>: a list item naming a value and what it means.</summary>
    [GeneratedRegex(@"^\s*[-*]\s*[*`""']*(?<value>[^\s*`""'():]+)[*`""']*\s*(?:\((?<meaning>.+)\)|[:–—-]\s+(?<meaning>.+))\s*$", RegexOptions.Multiline)]
    private static partial Regex ValueItem();

    /// <summary>The path <c>zapi check</c> names a note by (and a departure leaves it out with): <c>notes.</c> and its first words.</summary>
    public static string NotePath(string text)
    {
        string[] words = Regex.Split(Text.Fold(Text.Plain(text)), "[^a-z0-9]+").Where(w => w.Length > 0).Take(6).ToArray();
        return "notes." + (words.Length == 0 ? "empty" : string.Join("-", words));
    }

    private Spec WithNotes(Spec spec)
    {
        var endpoint = new List<PageNote>();
        var byResponse = new Dictionary<int, List<PageNote>>();
        var byAttribute = new Dictionary<string, List<PageNote>>(StringComparer.Ordinal);
        List<string> names = spec.Request.Path.Concat(spec.Request.Query).Concat(spec.Request.Body).Select(a => a.Name).ToList();
        foreach (PageBox box in _page.Notes)
        {
            if (Array.IndexOf(PageNote.Kinds, box.Kind) < 0 || box.Text.Trim().Length == 0)
            {
                _findings.Add(new Finding(FindingKind.LeftOut, box.Line, $"The box ':::{box.Kind}' is {(box.Text.Trim().Length == 0 ? "empty" : "of a kind the spec language does not know")}; it is not in the spec."));
                continue;
            }

            var note = new PageNote(box.Kind, box.Title, box.Text, default);
            Line(NotePath(box.Text), box.Line);
            if (box.H2 is { } h2 && IsResponseSection(h2) && int.TryParse(box.H3?.Trim(), out int status) && spec.Responses.Any(r => r.StatusCode == status))
            {
                Add(byResponse, status, note);
            }
            else if (IsAttributeSection(box) && Named(box, names) is { } attribute)
            {
                Add(byAttribute, attribute, note);
            }
            else
            {
                endpoint.Add(note);
            }
        }

        EquatableArray<SpecAttribute> Attach(EquatableArray<SpecAttribute> attributes) =>
            attributes.Select(a => byAttribute.TryGetValue(a.Name, out List<PageNote>? notes) ? a with { Notes = notes.ToEquatableArray() } : a).ToEquatableArray();

        return spec with
        {
            Notes = endpoint.ToEquatableArray(),
            Request = spec.Request with { Path = Attach(spec.Request.Path), Query = Attach(spec.Request.Query), Body = Attach(spec.Request.Body) },
            Responses = spec.Responses.Select(r => byResponse.TryGetValue(r.StatusCode, out List<PageNote>? notes) ? r with { Notes = notes.ToEquatableArray() } : r).ToEquatableArray(),
        };
    }

    /// <summary>What the page says each value of an enum means, from list items such as <c>- ALL (Todos podem ver)</c>.</summary>
    private TypeDefinition WithValueDescriptions(TypeDefinition type)
    {
        if (!type.IsEnum)
        {
            return type;
        }

        var descriptions = new List<EnumValueDescription>();
        foreach (string value in type.EnumValues)
        {
            Match? item = ValueItem().Matches(_page.AllText).FirstOrDefault(m => m.Groups["value"].Value == value);
            if (item is not null && Text.Plain(item.Groups["meaning"].Value) is { Length: > 0 } meaning)
            {
                descriptions.Add(new EnumValueDescription(value, meaning));
            }
        }

        return descriptions.Count == 0 ? type : type with { EnumDescriptions = descriptions.ToEquatableArray() };
    }

    private static void Add<TKey>(Dictionary<TKey, List<PageNote>> notes, TKey key, PageNote note)
        where TKey : notnull
    {
        if (!notes.TryGetValue(key, out List<PageNote>? list))
        {
            list = new List<PageNote>();
            notes.Add(key, list);
        }

        list.Add(note);
    }

    private static bool IsResponseSection(string heading)
    {
        string folded = Text.Fold(heading);
        return folded.StartsWith("response", StringComparison.Ordinal) || folded.StartsWith("retorno", StringComparison.Ordinal);
    }

    /// <summary>A box among the request's attributes, tables or body (not Conceituação, Método, Code or Response).</summary>
    private static bool IsAttributeSection(PageBox box)
    {
        string folded = Text.Fold(box.H2 ?? string.Empty);
        return folded.StartsWith("atributo", StringComparison.Ordinal) || folded.StartsWith("attribute", StringComparison.Ordinal) || folded.StartsWith("request", StringComparison.Ordinal)
            || folded.StartsWith("parametro", StringComparison.Ordinal) || folded.StartsWith("body", StringComparison.Ordinal);
    }

    /// <summary>The one request attribute the box names (quoted, bold, code, or as the heading it stands under), or null.</summary>
    private static string? Named(PageBox box, List<string> names)
    {
        List<string> named = names.Where(n =>
            box.H3?.Trim() == n || box.H4?.Trim() == n
            || box.Text.Contains("\"" + n + "\"", StringComparison.Ordinal) || box.Text.Contains("**" + n + "**", StringComparison.Ordinal) || box.Text.Contains("`" + n + "`", StringComparison.Ordinal))
            .Distinct().ToList();
        return named.Count == 1 ? named[0] : null;
    }
}
