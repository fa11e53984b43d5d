using System.Collections.Generic;

namespace ZApi.Specs.Json;

/// <summary>Walks a parsed JSON value: the one tree walk of the harness's and the tool's secret finders.</summary>
public static class JsonWalk
{
    /// <summary>Every member of every object in <paramref name="value"/>, at any depth: an object's members together, before the members of what they hold.</summary>
    public static IEnumerable<JsonMember> Members(JsonValue? value)
    {
        if (value is null)
        {
            yield break;
        }

        var pending = new Stack<JsonValue>();
        pending.Push(value);
        while (pending.Count > 0)
        {
            JsonValue current = pending.Pop();
            for (int i = current.Members.Count - 1; i >= 0; i--)
            {
                pending.Push(current.Members[i].Value);
            }

            for (int i = current.Items.Count - 1; i >= 0; i--)
            {
                pending.Push(current.Items[i]);
            }

            foreach (JsonMember member in current.Members)
            {
                yield return member;
            }
        }
    }

    /// <summary>Parses <paramref name="text"/>, or null when it is empty or not JSON (a body may be anything).</summary>
    public static JsonValue? TryParse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            return JsonTextParser.Parse(text!);
        }
        catch (JsonSyntaxException)
        {
            return null;
        }
    }

    /// <summary>The text of a string or number value; null for other kinds.</summary>
    public static string? ScalarText(JsonValue value) => value.Kind is JsonKind.String or JsonKind.Number ? value.Text : null;
}
