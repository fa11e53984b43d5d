using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;
using ZApi.Specs.Model;

namespace ZApi.Contracts;

/// <summary>
/// Compares what the client read with a documented example, member by member along the declared
/// types: every documented member must carry the example's value. Forms the documentation mixes
/// count as equal: a timestamp as number or digit string, a boolean or number sent as a string.
/// </summary>
internal sealed class DocumentedValueComparer
{
    private readonly Func<string, TypeDefinition?> _findType;
    private readonly ContractFailures _failures;

    public DocumentedValueComparer(Spec spec, ContractFailures failures)
        : this(spec.FindType, failures)
    {
    }

    /// <param name="findType">The named types of the spec (an endpoint's or an event's).</param>
    public DocumentedValueComparer(Func<string, TypeDefinition?> findType, ContractFailures failures)
    {
        _findType = findType;
        _failures = failures;
    }

    public void CompareMembers(EquatableArray<SpecAttribute> attributes, JsonNode? documented, JsonNode? read, string path)
    {
        if (documented is not JsonObject example)
        {
            return; // the example's shape was checked when the spec was read
        }

        if (read is not JsonObject actual)
        {
            _failures.Add(path, Compact(documented), read is null ? "(nothing read)" : Compact(read));
            return;
        }

        foreach (SpecAttribute attribute in attributes)
        {
            if (!example.TryGetPropertyValue(attribute.Name, out JsonNode? value))
            {
                continue;
            }

            if (!actual.TryGetPropertyValue(attribute.Name, out JsonNode? readValue))
            {
                if (value is not null)
                {
                    _failures.Add($"{path} member \"{attribute.Name}\"", Compact(value), "(dropped by the client)");
                }

                continue;
            }

            Compare(attribute.Type, value, readValue, $"{path} member \"{attribute.Name}\"");
        }
    }

    public void Compare(TypeRef type, JsonNode? documented, JsonNode? read, string path)
    {
        switch (type.Kind)
        {
            case AttributeType.Array:
                if (documented is not JsonArray items || read is not JsonArray readItems || items.Count != readItems.Count)
                {
                    if (!JsonNode.DeepEquals(documented, read))
                    {
                        _failures.Add(path, Compact(documented), Compact(read));
                    }

                    return;
                }

                for (int i = 0; i < items.Count; i++)
                {
                    Compare(type.Items!, items[i], readItems[i], $"{path}[{i}]");
                }

                return;
            case AttributeType.Map:
                if (documented is not JsonObject entries || read is not JsonObject readEntries)
                {
                    if (!JsonNode.DeepEquals(documented, read))
                    {
                        _failures.Add(path, Compact(documented), Compact(read));
                    }

                    return;
                }

                foreach (KeyValuePair<string, JsonNode?> entry in entries)
                {
                    if (!readEntries.TryGetPropertyValue(entry.Key, out JsonNode? readValue))
                    {
                        _failures.Add($"{path} entry \"{entry.Key}\"", Compact(entry.Value), "(dropped by the client)");
                        continue;
                    }

                    Compare(type.Items!, entry.Value, readValue, $"{path} entry \"{entry.Key}\"");
                }

                return;
            case AttributeType.Named when _findType(type.Name!) is { IsEnum: false } named:
                CompareMembers(named.Attributes, documented, read, path);
                return;
        }

        if (!SameScalar(type.Kind, documented, read))
        {
            _failures.Add(path, Compact(documented), Compact(read));
        }
    }

    private static bool SameScalar(AttributeType kind, JsonNode? documented, JsonNode? read)
    {
        if (JsonNode.DeepEquals(documented, read))
        {
            return true;
        }

        if (documented is not JsonValue left || read is not JsonValue right)
        {
            return false;
        }

        return kind switch
        {
            AttributeType.Timestamp or AttributeType.TimestampSeconds or AttributeType.Integer or AttributeType.Long => Number(left) is decimal a && Number(right) is decimal b && a == b,
            // A 'number' is a double: a documented value with more digits than a double holds ("-99.999999999999999")
            // is read as the nearest double, which is the same value in the declared type.
            AttributeType.Number => Number(left) is decimal a && Number(right) is decimal b && (double)a == (double)b,
            AttributeType.Boolean => Boolean(left) is bool a && Boolean(right) is bool b && a == b,
            AttributeType.DateTime => Instant(left) is DateTimeOffset a && Instant(right) is DateTimeOffset b && a == b,
            // The client reads a number sent for a string member as its text ("id": 123 → "123").
            AttributeType.String => left.GetValueKind() == System.Text.Json.JsonValueKind.Number && right.TryGetValue(out string? text) && left.ToJsonString() == text,
            _ => false,
        };
    }

    private static DateTimeOffset? Instant(JsonValue value) =>
        value.TryGetValue(out string? text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out DateTimeOffset instant) ? instant : null;

    private static decimal? Number(JsonValue value)
    {
        if (value.TryGetValue(out decimal number))
        {
            return number;
        }

        return value.TryGetValue(out string? text) && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal parsed) ? parsed : null;
    }

    private static bool? Boolean(JsonValue value)
    {
        if (value.TryGetValue(out bool flag))
        {
            return flag;
        }

        return value.TryGetValue(out string? text) && bool.TryParse(text, out bool parsed) ? parsed : null;
    }

    private static string Compact(JsonNode? node) => node?.ToJsonString() ?? "null";
}
