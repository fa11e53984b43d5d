using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;
using ZApi.Specs.Plans;
using JsonKind = ZApi.Specs.Json.JsonKind;

namespace ZApi.Contracts.Recorded;

/// <summary>
/// Says, member by member, where a recorded response departs from its spec in a way the generated
/// client cannot read (or silently misses), and what the spec would have to say instead: a required
/// member that is absent, a member renamed, a value of another type, an enum value the spec does not
/// list. It accepts every form the client reads (<see cref="ReadForms"/>: numbers and booleans as
/// strings, timestamps as digit strings, numbers for text), so it reports only what breaks.
/// </summary>
internal sealed class ShapeAdvisor
{
    private readonly Func<string, TypeDefinition?> _findType;
    private readonly ContractFailures _failures;

    public ShapeAdvisor(Spec spec, ContractFailures failures)
    {
        _findType = spec.FindType;
        _failures = failures;
    }

    /// <summary>Explains a recorded response body against the documented success.</summary>
    public void Explain(ResponseSpec response, JsonNode? recorded)
    {
        if (response.BodyType is { } whole)
        {
            Value(whole, recorded, "response");
        }
        else
        {
            Members(response.Body, recorded, "response");
        }
    }

    private void Members(EquatableArray<SpecAttribute> attributes, JsonNode? node, string path)
    {
        if (node is not JsonObject recorded)
        {
            _failures.Add(path, "a JSON object", Describe(node));
            return;
        }

        var undocumented = recorded.Select(m => m.Key).Where(name => !attributes.Any(a => a.Name == name)).ToList();
        foreach (SpecAttribute attribute in attributes)
        {
            string member = $"{path} member \"{attribute.Name}\"";
            if (!recorded.TryGetPropertyValue(attribute.Name, out JsonNode? value) || value is null)
            {
                string? renamed = Similar(attribute.Name, undocumented);
                string present = value is null && recorded.ContainsKey(attribute.Name) ? "null" : "absent";
                if (renamed is not null)
                {
                    _failures.Add(member, $"present ({(attribute.IsRequired ? "required" : "optional")} in the spec)", $"{present}; the recording has \"{renamed}\" instead, which the spec does not describe: the spec would have to rename \"{attribute.Name}\" to \"{renamed}\"");
                    undocumented.Remove(renamed);
                }
                else if (attribute.IsRequired)
                {
                    _failures.Add(member, "present (required in the spec)", $"{present}: the spec would have to list \"{attribute.Name}\" under optional");
                }

                continue;
            }

            Value(attribute.Type, value, member);
        }
    }

    private void Value(TypeRef type, JsonNode? node, string path)
    {
        switch (type.Kind)
        {
            case AttributeType.Json:
                return;
            case AttributeType.Array:
                if (node is not JsonArray items)
                {
                    _failures.Add(path, "an array", $"{Describe(node)}: the spec would have to say type: {Suggest(node)}");
                    return;
                }

                for (int i = 0; i < items.Count; i++)
                {
                    Value(type.Items!, items[i], $"{path}[{i}]");
                }

                return;
            case AttributeType.Map:
                if (node is not JsonObject entries)
                {
                    _failures.Add(path, "an object of named values (map)", $"{Describe(node)}: the spec would have to say type: {Suggest(node)}");
                    return;
                }

                foreach (KeyValuePair<string, JsonNode?> entry in entries)
                {
                    Value(type.Items!, entry.Value, $"{path} entry \"{entry.Key}\"");
                }

                return;
            case AttributeType.Named when _findType(type.Name!) is { } named:
                if (!named.IsEnum)
                {
                    Members(named.Attributes, node, path);
                }
                else if (!named.IsOpen && (node is not JsonValue value || !value.TryGetValue(out string? text) || !named.EnumValues.Contains(text)))
                {
                    _failures.Add(path, "one of " + string.Join(", ", named.EnumValues.Select(v => "\"" + v + "\"")), $"{Describe(node)}: the spec would have to list it among {named.Name}'s values, or make {named.Name} open: true");
                }

                return;
        }

        if (node is not JsonValue scalar || !Fits(type.Kind, scalar))
        {
            _failures.Add(path, Name(type.Kind), $"{Describe(node)}: the spec would have to say type: {Suggest(node)}");
        }
    }

    /// <summary>Whether the client reads the value as the declared scalar type: the shared rule, its lenient forms included.</summary>
    private static bool Fits(AttributeType kind, JsonValue value)
    {
        JsonValueKind json = value.GetValueKind();
        JsonKind form = json switch
        {
            JsonValueKind.String => JsonKind.String,
            JsonValueKind.Number => JsonKind.Number,
            JsonValueKind.True => JsonKind.True,
            JsonValueKind.False => JsonKind.False,
            _ => JsonKind.Null,
        };
        string? text = json switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number => value.ToJsonString(),
            _ => null,
        };
        return ReadForms.Reads(kind, form, text);
    }

    /// <summary>The spec type that would read the recorded value.</summary>
    private static string Suggest(JsonNode? node) => node switch
    {
        null => "(the member optional)",
        JsonObject => "a named object type (under types:)",
        JsonArray => "array",
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            JsonValueKind.Number when value.TryGetValue(out int _) => "integer",
            JsonValueKind.Number when value.TryGetValue(out long _) => "long",
            JsonValueKind.Number => "number",
            _ => "json",
        },
        _ => "json",
    };

    private static string Name(AttributeType kind) => kind switch
    {
        AttributeType.TimestampSeconds => "timestamp-seconds",
        AttributeType.DateTime => "date-time",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string Describe(JsonNode? node)
    {
        if (node is null)
        {
            return "null";
        }

        string json = node.ToJsonString();
        return json.Length <= 120 ? json : json.Substring(0, 117) + "...";
    }

    /// <summary>An undocumented member that is probably the documented one renamed: the same ignoring case, one name inside the other, or at most two edits apart.</summary>
    private static string? Similar(string name, IReadOnlyList<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in candidates)
        {
            string a = name.ToLowerInvariant(), b = candidate.ToLowerInvariant();
            int distance = a == b ? 0
                : Math.Min(a.Length, b.Length) >= 4 && (a.Contains(b) || b.Contains(a)) ? 2 // token → instanceToken
                : ClosestName.Distance(a, b);
            if (distance < bestDistance && distance <= (name.Length >= 5 ? 2 : 1))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }
}
