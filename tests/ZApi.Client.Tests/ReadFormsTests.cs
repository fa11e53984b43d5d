using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;
using ZApi.Specs.Json;
using ZApi.Specs.Model;
using ZApi.Specs.Plans;

namespace ZApi.Client.Tests;

/// <summary>
/// The shared read-forms rule (<see cref="ReadForms"/>, which the example validator and the
/// recorded-traffic advisor apply) must say exactly what the generated client's readers do: each
/// value below, the forms of the table and the forms beside them, goes through the real runtime
/// reader of every scalar type and through the table, and any disagreement fails.
/// </summary>
public sealed class ReadFormsTests
{
    /// <summary>JSON values, as written in an answer: one or more of every form in the table, and near misses of each.</summary>
    private static readonly string[] Values =
    {
        @"""text""", @"""""", @"""true""", @"""false""", @"""True""", @"""0""", @"""1""", @"""\u0031""",
        @"""\u0074rue""", @"true", @"false", @"null", @"{}", @"[]", @"1", @"-1", @"0", @"-0", @"1.5",
        @"1e3", @"1E-2", @"-1.5e+10", @"1e400", @"-1e400", @"2147483647", @"2147483648", @"-2147483648",
        @"-2147483649", @"9223372036854775807", @"9223372036854775808", @"-9223372036854775808", @"""2147483647""",
        @"""2147483648""", @"""-2147483649""", @"""9223372036854775807""", @"""9223372036854775808""",
        @"""+1""", @"""-1""", @"""01""", @""" 1""", @"""1 """, @"""-""", @"""+""", @"""1.5""", @"""1e3""",
        @""".5""", @"""5.""", @"""-.5""", @"""1e""", @"""1e+""", @"""NaN""", @"""nan""", @"""-Infinity""",
        @"""+INFINITY""", @"""Inf""", @"""1,5""", @"""0x10""", @"""١""", @"253402300799999", @"253402300800000",
        @"-62135596800000", @"-62135596800001", @"253402300799", @"253402300800", @"-62135596800", @"-62135596801",
        @"""253402300799999""", @"""253402300800000""", @"""253402300799""", @"""253402300800""", @"1700000000000",
        @"""1700000000000""", @"""2024-05-01""", @"""2024-05-01T12:30""", @"""2024-05-01T12:30:00""",
        @"""2024-05-01T12:30:00Z""", @"""2024-05-01t12:30:00Z""", @"""2024-05-01 12:30:00Z""", @"""2024-05-01T12:30:00.1234567Z""",
        @"""2024-05-01T12:30:00.1234567890123456Z""", @"""2024-05-01T12:30:00.12345678901234567Z""",
        @"""2024-05-01T12:30:00+03""", @"""2024-05-01T12:30:00+03:00""", @"""2024-05-01T12:30:00+0300""",
        @"""2024-05-01T12:30:00z""", @"""2024-05-01T12Z""", @"""2024-05-01T12""", @"""2024-5-1""", @"""05/01/2024""",
        @"""2024-05-01T24:00:00""", @"""2024-02-30""", @"""2024-02-29""", @"""2023-02-29""", @"""2024-05-01T12:30:60""",
        @"""0001-01-01T00:00:00+01:00""", @"""0001-01-01T00:00:00-01:00""", @"""9999-12-31T23:59:59-01:00""",
        @"""9999-12-31T23:59:59+01:00""", @"""2024-05-01T12:30:00.Z""", @"""2024-05-01T12:30Z""", @"""2024-05-01Z""",
        @"""+2024-05-01""", @"""0000-01-01""", @"""2024-05-01T12:30:00+14:00""", @"""2024-05-01T12:30:00+14:01""",
        @"""2024-05-01T12:30:00+15:00""", @"""2024-05-01T12:30:00-00:00""", @"""2024-05-01T12:30:00+03:30""",
        @"""2024-05-01T12:30:00+03:60""", @"""2024-05-01T12:30+03:00""", @"""2024-05-01T12:30:00.5""",
        @"""2024-05-01T12:30:00.5+03""", @"""2024-05-01T12:30:00.""", @"""2024-05-01T12:30:00+""", @"""2024-05-01T12:30:00+3""",
        @"""2024-13-01""", @"""2024-00-01""", @"""2024-05-00""", @"""2024-05-01T""", @"""2024-05-01T12:3""",
        @"""\u0032024-05-01""",
    };

    private static readonly AttributeType[] ScalarTypes =
    {
        AttributeType.String, AttributeType.Boolean, AttributeType.Integer, AttributeType.Long, AttributeType.Number,
        AttributeType.Timestamp, AttributeType.TimestampSeconds, AttributeType.DateTime, AttributeType.Json,
    };

    [Fact]
    public void The_table_says_what_the_runtime_readers_read_for_every_value()
    {
        var differences = new List<string>();
        foreach (AttributeType type in ScalarTypes)
        {
            foreach (string json in Values)
            {
                bool runtime = RuntimeReads(type, json);
                bool table = TableReads(type, json);
                if (runtime != table)
                {
                    differences.Add($"{type} {json}: the runtime {(runtime ? "reads" : "refuses")} it, the table {(table ? "reads" : "refuses")} it");
                }
            }
        }

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    [Fact]
    public void Every_form_of_the_table_is_tried_by_a_value_here()
    {
        var untried = new List<string>();
        foreach (AttributeType type in ScalarTypes)
        {
            foreach (ReadForm form in ReadForms.Of(type))
            {
                if (!Values.Any(json => Accepts(form, json)))
                {
                    untried.Add($"{type}: {form.Says}");
                }
            }
        }

        Assert.True(untried.Count == 0, "forms no value here tries: " + string.Join("; ", untried));
    }

    [Fact]
    public void Booleans_do_not_read_from_0_or_1_because_the_client_refuses_them()
    {
        Assert.False(RuntimeReads(AttributeType.Boolean, "\"1\""));
        Assert.False(ReadForms.Reads(AttributeType.Boolean, JsonKind.String, "1"));
        Assert.False(ReadForms.Reads(AttributeType.Boolean, JsonKind.String, "0"));
        Assert.True(ReadForms.Reads(AttributeType.Boolean, JsonKind.String, "false"));
    }

    private static bool TableReads(AttributeType type, string json) =>
        ReadForms.Of(type).Any(form => Accepts(form, json));

    private static bool Accepts(ReadForm form, string json)
    {
        JsonElement element = JsonDocument.Parse(json).RootElement;
        JsonKind kind = element.ValueKind switch
        {
            JsonValueKind.Object => JsonKind.Object,
            JsonValueKind.Array => JsonKind.Array,
            JsonValueKind.String => JsonKind.String,
            JsonValueKind.Number => JsonKind.Number,
            JsonValueKind.True => JsonKind.True,
            JsonValueKind.False => JsonKind.False,
            _ => JsonKind.Null,
        };
        string? text = kind == JsonKind.String ? element.GetString() : kind == JsonKind.Number ? element.GetRawText() : null;
        return form.Accepts(kind, text, escaped: kind == JsonKind.String && json.Contains('\\'));
    }

    /// <summary>Whether the runtime reader of <paramref name="type"/> reads <paramref name="json"/> as a value (null reads as absent).</summary>
    private static bool RuntimeReads(AttributeType type, string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("{\"m\":" + json + "}"));
        reader.Read();
        reader.Read();
        try
        {
            object? value = type switch
            {
                AttributeType.String => ZApiJson.ReadString(ref reader, "m"),
                AttributeType.Boolean => ZApiJson.ReadBoolean(ref reader, "m"),
                AttributeType.Integer => ZApiJson.ReadInt32(ref reader, "m"),
                AttributeType.Long => ZApiJson.ReadInt64(ref reader, "m"),
                AttributeType.Number => ZApiJson.ReadDouble(ref reader, "m"),
                AttributeType.Timestamp => ZApiJson.ReadTimestamp(ref reader, "m"),
                AttributeType.TimestampSeconds => ZApiJson.ReadTimestampSeconds(ref reader, "m"),
                AttributeType.DateTime => ZApiJson.ReadDateTime(ref reader, "m"),
                AttributeType.Json => ZApiJson.ReadJson(ref reader, "m"),
                _ => throw new ArgumentOutOfRangeException(nameof(type)),
            };
            return value is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
