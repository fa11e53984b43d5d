using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ZApi.Specs.Json;

namespace ZApi.Tool.Check;

/// <summary>One difference between a page's example and a spec's: what, and the line of it on each side (0-based in each example).</summary>
internal sealed record ExampleDifference(string What, int PageLine, int SpecLine);

/// <summary>
/// What differs between a page's JSON example and a spec's, member by member: "the page's example
/// adds 'about'; the spec's lacks it", "'contact.name' is "Ana" on the page, "Maria" in the spec".
/// Members in any order (each name as often), numbers by value, strings as decoded.
/// </summary>
internal static class ExampleDiff
{
    public static bool Same(JsonValue page, JsonValue spec) => Differences(page, spec, stopAtFirst: true).Count == 0;

    public static List<ExampleDifference> Differences(JsonValue page, JsonValue spec, bool stopAtFirst = false)
    {
        var found = new List<ExampleDifference>();
        Walk(page, spec, string.Empty, found, stopAtFirst);
        return found;
    }

    /// <summary>The first differences, joined for one line: "a; b; c; and 2 more".</summary>
    public static string Summary(IReadOnlyList<ExampleDifference> differences, int shown = 3) =>
        string.Join("; ", differences.Take(shown).Select(d => d.What)) + (differences.Count > shown ? $"; and {differences.Count - shown} more" : string.Empty);

    /// <summary>A JSON text parsed for comparison; null when it is not JSON.</summary>
    public static JsonValue? Parse(string json)
    {
        try
        {
            return JsonTextParser.Parse(json);
        }
        catch (JsonSyntaxException)
        {
            return null;
        }
    }

    private static void Walk(JsonValue page, JsonValue spec, string path, List<ExampleDifference> found, bool stopAtFirst)
    {
        if (stopAtFirst && found.Count > 0)
        {
            return;
        }

        string at = path.Length == 0 ? "the example" : $"'{path}'";
        if (page.Kind != spec.Kind && !(page.Kind is JsonKind.True or JsonKind.False && spec.Kind is JsonKind.True or JsonKind.False))
        {
            found.Add(new($"{at} is {Describe(page)} on the page, {Describe(spec)} in the spec", page.Position.Line, spec.Position.Line));
            return;
        }

        switch (page.Kind)
        {
            case JsonKind.Object:
                foreach (IGrouping<string, JsonMember> named in page.Members.Concat(spec.Members).GroupBy(m => m.Name))
                {
                    int onPage = page.Members.Count(m => m.Name == named.Key);
                    int inSpec = spec.Members.Count(m => m.Name == named.Key);
                    if (onPage > 0 && inSpec > 0 && onPage != inSpec)
                    {
                        found.Add(new($"the page writes '{Join(path, named.Key)}' {Times(onPage)}, the spec {Times(inSpec)}", page.Members.Last(m => m.Name == named.Key).NamePosition.Line, spec.Members.Last(m => m.Name == named.Key).NamePosition.Line));
                    }
                }

                foreach (JsonMember member in page.Members.Where(m => spec[m.Name] is null))
                {
                    found.Add(new($"the page's example adds '{Join(path, member.Name)}'; the spec's lacks it", member.NamePosition.Line, spec.Position.Line));
                }

                foreach (JsonMember member in spec.Members.Where(m => page[m.Name] is null))
                {
                    found.Add(new($"the spec's example has '{Join(path, member.Name)}'; the page's no longer does", page.Position.Line, member.NamePosition.Line));
                }

                foreach (JsonMember member in page.Members.GroupBy(m => m.Name).Select(g => g.First()))
                {
                    if (spec.Members.FirstOrDefault(m => m.Name == member.Name) is { } theirs)
                    {
                        Walk(member.Value, theirs.Value, Join(path, member.Name), found, stopAtFirst);
                    }
                }

                break;
            case JsonKind.Array:
                if (page.Items.Count != spec.Items.Count)
                {
                    found.Add(new($"{at} has {page.Items.Count} item(s) on the page, {spec.Items.Count} in the spec", page.Position.Line, spec.Position.Line));
                    break;
                }

                for (int i = 0; i < page.Items.Count; i++)
                {
                    Walk(page.Items[i], spec.Items[i], $"{path}[{i}]", found, stopAtFirst);
                }

                break;
            case JsonKind.Number:
                if (!SameNumber(page.Text!, spec.Text!))
                {
                    found.Add(new($"{at} is {page.Text} on the page, {spec.Text} in the spec", page.Position.Line, spec.Position.Line));
                }

                break;
            case JsonKind.String:
            case JsonKind.True:
            case JsonKind.False:
                if (page.Kind != spec.Kind || page.Text != spec.Text)
                {
                    found.Add(new($"{at} is {Describe(page)} on the page, {Describe(spec)} in the spec", page.Position.Line, spec.Position.Line));
                }

                break;
        }
    }

    private static bool SameNumber(string a, string b) =>
        a == b || (decimal.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal x)
            && decimal.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal y) && x == y);

    private static string Times(int count) => count == 1 ? "once" : count == 2 ? "twice" : count + " times";

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private static string Describe(JsonValue value) => value.Kind switch
    {
        JsonKind.String => "\"" + (value.Text!.Length > 40 ? value.Text.Substring(0, 40) + "..." : value.Text) + "\"",
        JsonKind.Number => value.Text!,
        JsonKind.True => "true",
        JsonKind.False => "false",
        JsonKind.Null => "null",
        JsonKind.Object => "an object",
        _ => "an array",
    };
}
