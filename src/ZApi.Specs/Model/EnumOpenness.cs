using System.Collections.Generic;
using System.Linq;

namespace ZApi.Specs.Model;

/// <summary>
/// Whether an enum is open when its spec does not say (<c>open:</c> left out): an enum that answers use
/// (a success or error response, a webhook payload) and no request of the spec uses is open, because the
/// server adds values the page does not list; an enum a request uses is closed, so what a call sends is
/// one of the documented values, and so is one nothing uses. <c>open: false</c> (a page that says its list
/// is complete) or <c>open: true</c> states it. One rule for the parser, which applies it, and the writer,
/// which writes <c>open</c> where the rule would not give it.
/// </summary>
public static class EnumOpenness
{
    /// <summary>Whether <paramref name="type"/> is open when its spec says nothing.</summary>
    public static bool OpenByDefault(TypeDefinition type, HashSet<string> requestTypes, HashSet<string> answerTypes) =>
        type.IsEnum && answerTypes.Contains(type.Name) && !requestTypes.Contains(type.Name);

    /// <summary>The named types a request uses (its path, query and body attributes, its array items), and every type they use in turn.</summary>
    public static HashSet<string> RequestTypes(RequestSpec request, IEnumerable<TypeDefinition> types)
    {
        IEnumerable<TypeRef> roots = request.Path.Concat(request.Query).Concat(request.Body).Select(a => a.Type);
        return Used(request.Items is null ? roots : roots.Concat(new[] { request.Items }), types);
    }

    /// <summary>The named types the responses use (body attributes, <c>items</c>, <c>values</c>, <c>type</c>), and every type they use in turn.</summary>
    public static HashSet<string> AnswerTypes(IEnumerable<ResponseSpec> responses, IEnumerable<TypeDefinition> types) =>
        Used(
            responses.SelectMany(r => r.Body.Select(a => a.Type).Concat(new[] { r.Items, r.Values, r.Type }.Where(t => t is not null).Select(t => t!))),
            types);

    /// <summary>The named types a webhook payload's members use, and every type they use in turn.</summary>
    public static HashSet<string> AnswerTypes(IEnumerable<SpecAttribute> members, IEnumerable<TypeDefinition> types) =>
        Used(members.Select(a => a.Type), types);

    private static HashSet<string> Used(IEnumerable<TypeRef> roots, IEnumerable<TypeDefinition> types)
    {
        var byName = new Dictionary<string, TypeDefinition>();
        foreach (TypeDefinition type in types)
        {
            byName[type.Name] = type;
        }

        var used = new HashSet<string>();
        foreach (TypeRef root in roots)
        {
            Use(root, byName, used);
        }

        return used;
    }

    private static void Use(TypeRef type, Dictionary<string, TypeDefinition> byName, HashSet<string> used)
    {
        if (type.Items is not null)
        {
            Use(type.Items, byName, used);
        }

        if (type.Kind != AttributeType.Named || type.Name is null || !used.Add(type.Name) || !byName.TryGetValue(type.Name, out TypeDefinition? definition))
        {
            return;
        }

        foreach (SpecAttribute attribute in definition.Attributes)
        {
            Use(attribute.Type, byName, used);
        }
    }
}
