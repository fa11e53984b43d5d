using System.Linq;
using Xunit;
using ZApi.Generator.Tests.Infrastructure;
using ZApi.Specs.Json;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;
using ZApi.Specs.Plans;
using ZApi.Specs.Validation;

namespace ZApi.Generator.Tests.Plans;

/// <summary>
/// The read-forms table: what each declared type reads from, and that the example validator applies
/// it (the client tests hold it to the runtime readers: ZApi.Client.Tests/ReadFormsTests).
/// </summary>
public sealed class ReadFormsTableTests
{
    [Theory]
    [InlineData(AttributeType.Boolean, "true", true)]
    [InlineData(AttributeType.Boolean, "\"false\"", true)]
    [InlineData(AttributeType.Boolean, "\"1\"", false)]
    [InlineData(AttributeType.Boolean, "\"0\"", false)]
    [InlineData(AttributeType.Boolean, "\"True\"", false)]
    [InlineData(AttributeType.Boolean, "1", false)]
    [InlineData(AttributeType.Integer, "12", true)]
    [InlineData(AttributeType.Integer, "\"-12\"", true)]
    [InlineData(AttributeType.Integer, "\"+12\"", true)]
    [InlineData(AttributeType.Integer, "1.5", false)]
    [InlineData(AttributeType.Integer, "1e2", false)]
    [InlineData(AttributeType.Integer, "2147483648", false)]
    [InlineData(AttributeType.Integer, "\" 1\"", false)]
    [InlineData(AttributeType.Long, "2147483648", true)]
    [InlineData(AttributeType.Long, "\"9223372036854775808\"", false)]
    [InlineData(AttributeType.Number, "1.5e3", true)]
    [InlineData(AttributeType.Number, "\"0.5\"", true)]
    [InlineData(AttributeType.Number, "\"NaN\"", true)]
    [InlineData(AttributeType.Number, "\"1,5\"", false)]
    [InlineData(AttributeType.Number, "\"1e\"", false)]
    [InlineData(AttributeType.Timestamp, "1700000000000", true)]
    [InlineData(AttributeType.Timestamp, "\"1700000000000\"", true)]
    [InlineData(AttributeType.Timestamp, "253402300800000", false)]
    [InlineData(AttributeType.TimestampSeconds, "253402300799", true)]
    [InlineData(AttributeType.TimestampSeconds, "253402300800", false)]
    [InlineData(AttributeType.DateTime, "\"2024-05-01T12:30:00Z\"", true)]
    [InlineData(AttributeType.DateTime, "\"2024-05-01\"", true)]
    [InlineData(AttributeType.DateTime, "\"2024-05-01T12:30:00.123-03:00\"", true)]
    [InlineData(AttributeType.DateTime, "\"2024-05-01T12:30:00+03\"", true)]
    [InlineData(AttributeType.DateTime, "\"2024-05-01 12:30:00\"", false)]
    [InlineData(AttributeType.DateTime, "\"05/01/2024\"", false)]
    [InlineData(AttributeType.DateTime, "\"2024-02-30\"", false)]
    [InlineData(AttributeType.DateTime, "\"2024-05-01T12:30:00+0300\"", false)]
    [InlineData(AttributeType.DateTime, "1700000000000", false)]
    [InlineData(AttributeType.String, "42", true)]
    [InlineData(AttributeType.String, "true", false)]
    [InlineData(AttributeType.Json, "[1]", true)]
    [InlineData(AttributeType.Json, "null", false)]
    [InlineData(AttributeType.Named, "{}", true)]
    [InlineData(AttributeType.Array, "{}", false)]
    [InlineData(AttributeType.Map, "{}", true)]
    public void A_type_reads_exactly_its_forms(AttributeType type, string json, bool reads)
    {
        Assert.Equal(reads, ReadForms.Reads(type, JsonTextParser.Parse(json)));
    }

    [Fact]
    public void No_type_reads_null_as_a_value()
    {
        foreach (AttributeType type in System.Enum.GetValues(typeof(AttributeType)).Cast<AttributeType>())
        {
            Assert.False(ReadForms.Reads(type, JsonKind.Null, null), type.ToString());
        }
    }

    [Fact]
    public void A_digit_string_written_with_escapes_does_not_read_as_a_number()
    {
        Assert.True(ReadForms.Reads(AttributeType.Integer, JsonKind.String, "1"));
        Assert.False(ReadForms.Reads(AttributeType.Integer, JsonKind.String, "1", escaped: true));
        Assert.True(ReadForms.Reads(AttributeType.Boolean, JsonKind.String, "true", escaped: true));
    }

    [Theory]
    [InlineData("\"1\"", false)]
    [InlineData("\"true\"", true)]
    public void The_example_validator_calls_a_boolean_example_wrong_exactly_when_the_client_refuses_it(string value, bool clean)
    {
        string yaml = $$"""
            {{SpecTexts.GetPingHead}}
            responses:
              200:
                body:
                  required:
                    - { name: value, type: boolean }
                example: |
                  { "value": {{value}} }
            """;

        SpecParseResult parsed = SpecParser.Parse("ping.zapi.yaml", yaml);

        Assert.Equal(clean, parsed.IsClean);
        Assert.Equal(!clean, parsed.Errors.Any(e => e.Kind == SpecErrorKind.ExampleWrongType));
    }
}
