using System;
using System.Collections.Generic;
using System.Linq;
using ZApi.Specs.Model;
using ZApi.Tool.Docs;

namespace ZApi.Tool.Check;

internal sealed partial class EventCheck
{
    /// <summary>
    /// "Attribute removed": a top-level member an event spec declares that neither the attribute
    /// table nor any payload of its page, nor of a page it took examples from, shows any more
    /// (one level down too, in an object type only this spec declares: a type several specs declare
    /// is shared by many payloads and pages).
    /// </summary>
    private void Declared(EventSpec spec, string file, List<Payload> payloads)
    {
        List<WebhookPage> pages = _pages.Where(p => Mirrors(spec, p) || (_drawing.TryGetValue(p, out HashSet<EventSpec>? d) && d.Contains(spec))).ToList();
        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (WebhookPage page in pages)
        {
            foreach (AttributeRow row in page.Attributes)
            {
                string[] path = row.Name.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Replace("[]", string.Empty).Trim()).ToArray();
                shown.UnionWith(path.Select((_, i) => string.Join(".", path.Take(i + 1))));
            }

            foreach (Payload payload in payloads.Where(p => p.Page == page))
            {
                if (payload.Json is not null)
                {
                    Walk(payload.Json, string.Empty, shown, 0);
                }
                else
                {
                    shown.UnionWith(Names(null, payload.Text)); // not JSON: any name it writes, at any depth
                }
            }
        }

        if (pages.Count == 0)
        {
            return;
        }

        WebhookPage own = pages.FirstOrDefault(p => Mirrors(spec, p)) ?? pages[0];
        foreach (SpecAttribute member in spec.Members)
        {
            if (!shown.Contains(member.Name))
            {
                Add(spec, file, member.NameSpan.StartLine + 1, PageFile(own), own.ResponseLine, "event." + member.Name, $"the spec declares '{member.Name}', which no attribute table or payload of the page shows any more: remove it, or record a departure at 'event.{member.Name}' saying why the spec keeps it.");
            }

            // One level down, in an object type of this spec's own (a type several specs declare is shared by many payloads).
            else if (ObjectMembers(member.Type, spec) is { } inner && Inner(member.Type) is { } type && _specs.Count(s => s.Spec.Types.Any(t => t.Name == type)) == 1)
            {
                foreach (SpecAttribute nested in inner.Where(n => !shown.Contains(member.Name + "." + n.Name)))
                {
                    string name = member.Name + "." + nested.Name;
                    Add(spec, file, nested.NameSpan.StartLine + 1, PageFile(own), own.ResponseLine, "event." + name, $"the spec declares '{name}', which no attribute table or payload of the page shows any more: remove it, or record a departure at 'event.{name}' saying why the spec keeps it.");
                }
            }

        }
    }

    private static string? Inner(TypeRef type) => (type.Kind is AttributeType.Array or AttributeType.Map ? type.Items! : type) is { Kind: AttributeType.Named } named ? named.Name : null;

    /// <summary>Every member path a payload writes (<c>image</c>, <c>image.caption</c>; array items are their array's).</summary>
    private static void Walk(ZApi.Specs.Json.JsonValue value, string path, HashSet<string> into, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        if (value.Kind == ZApi.Specs.Json.JsonKind.Array)
        {
            foreach (ZApi.Specs.Json.JsonValue item in value.Items)
            {
                Walk(item, path, into, depth + 1);
            }

            return;
        }

        if (value.Kind != ZApi.Specs.Json.JsonKind.Object)
        {
            return;
        }

        foreach (ZApi.Specs.Json.JsonMember member in value.Members)
        {
            string name = path.Length == 0 ? member.Name : path + "." + member.Name;
            into.Add(name);
            Walk(member.Value, name, into, depth + 1);
        }
    }
}
