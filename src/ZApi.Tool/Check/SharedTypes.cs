using System;
using System.Collections.Generic;
using System.Linq;
using ZApi.Specs.Model;

namespace ZApi.Tool.Check;

/// <summary>
/// The optional members of shared answer types (<c>type: GroupMetadata</c>, returned by several
/// pages): a page that does not list one may leave it to another page, so a member is reported
/// only when no page returning the type lists it any more: one line, at the first spec that
/// declares it.
/// </summary>
internal sealed class SharedTypes
{
    private sealed record Place(Spec Spec, string SpecFile, SpecAttribute Attribute, string At, string PageFile, int PageLine);

    private readonly Dictionary<(string Type, string Member), List<Place>> _unlisted = new();

    private readonly HashSet<(string Type, string Member)> _listed = new();

    public void Member(string type, SpecAttribute attribute, bool listed, Spec spec, string specFile, string at, string pageFile, int pageLine)
    {
        (string, string) key = (type, attribute.Name);
        if (listed)
        {
            _listed.Add(key);
            return;
        }

        if (!_unlisted.TryGetValue(key, out List<Place>? places))
        {
            _unlisted[key] = places = new List<Place>();
        }

        places.Add(new Place(spec, specFile, attribute, at, pageFile, pageLine));
    }

    /// <summary>The top-level members the examples write (of the object, or of an array's items).</summary>
    public static ISet<string> ExampleMembers(EquatableArray<SpecExample> examples)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (SpecExample example in examples)
        {
            if (ExampleDiff.Parse(example.Json) is not { } json)
            {
                continue;
            }

            foreach (ZApi.Specs.Json.JsonValue value in json.Kind == ZApi.Specs.Json.JsonKind.Array ? json.Items : new[] { json })
            {
                names.UnionWith(value.Members.Select(m => m.Name));
            }
        }

        return names;
    }

    public IEnumerable<Drift> Unlisted()
    {
        foreach (KeyValuePair<(string Type, string Member), List<Place>> member in _unlisted.Where(u => !_listed.Contains(u.Key)).OrderBy(u => u.Key.Type, StringComparer.Ordinal).ThenBy(u => u.Key.Member, StringComparer.Ordinal))
        {
            // A departure of any spec that declares it (as check names the member) keeps it.
            if (member.Value.Any(p => p.Spec.Departures.Any(d => p.At == d.At || p.At.StartsWith(d.At + ".", StringComparison.Ordinal))))
            {
                continue;
            }

            Place first = member.Value[0];
            string pages = string.Join(", ", member.Value.Select(p => p.Spec.PageId).Distinct());
            yield return new Drift(first.SpecFile, first.Attribute.NameSpan.StartLine + 1, first.PageFile, first.PageLine, first.At,
                $"'{member.Key.Member}' of the shared type {member.Key.Type} is listed by no page that returns the type any more ({pages}): remove it from the type, or record a departure at '{first.At}' saying why the spec keeps it.");
        }
    }
}
