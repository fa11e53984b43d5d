using System.Linq;
using Xunit;
using ZApi.Generator.Tests.Infrastructure;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;
using ZApi.Specs.Writing;

namespace ZApi.Generator.Tests.Writing;

/// <summary>
/// The rule for an enum that does not say <c>open</c>: open when only answers use it, closed when a
/// request uses it or nothing does; <c>open</c> said either way wins. The writer writes <c>open</c>
/// where the rule would not give the spec's value, so a spec read back is the same.
/// </summary>
public sealed class EnumOpennessTests
{
    private static string Endpoint(string types, string queryType = "string", string answerType = "string", string answer = "\"web\"") => $$"""
        {{SpecTexts.GetPingHead}}
        request:
          query:
            optional:
              - { name: mode, type: {{queryType}}, example: web }
        responses:
          200:
            body:
              optional:
                - { name: mode, type: {{answerType}} }
            example: |
              { "mode": {{answer}} }
        types:
        {{types}}
        """;

    private const string Mode = "  Mode:\n    enum: [web, mobile]";

    private static TypeDefinition ModeOf(string yaml)
    {
        SpecParseResult parsed = SpecParser.Parse("/s/ping.zapi.yaml", yaml);
        Assert.True(parsed.Errors.IsEmpty, string.Join("\n", parsed.Errors));
        TypeDefinition mode = parsed.Spec!.Types.Single(t => t.Name == "Mode");
        Spec reread = SpecParser.Parse("/s/ping.zapi.yaml", SpecWriter.Write(parsed.Spec)).Spec!;
        Assert.Equal(mode.IsOpen, reread.Types.Single(t => t.Name == "Mode").IsOpen);
        return mode;
    }

    [Theory]
    [InlineData("string", "Mode", "", true)]            // only the answer uses it
    [InlineData("Mode", "string", "", false)]           // only the request
    [InlineData("Mode", "Mode", "", false)]             // both: what a call sends stays documented
    [InlineData("string", "string", "", false)]         // nothing
    [InlineData("string", "Mode", "    open: false\n", false)]   // the page says its list is complete
    [InlineData("Mode", "string", "    open: true\n", true)]
    public void An_enum_is_open_when_only_answers_use_it_unless_it_says(string queryType, string answerType, string open, bool expected)
    {
        string types = "  Mode:\n" + open + "    enum: [web, mobile]";

        Assert.Equal(expected, ModeOf(Endpoint(types, queryType, answerType)).IsOpen);
    }

    [Fact]
    public void An_enum_an_answer_uses_through_an_object_or_an_array_is_open_too()
    {
        string types = Mode + "\n  Box:\n    optional:\n      - { name: modes, type: array, items: Mode }";

        Assert.True(ModeOf(Endpoint(types, "string", "Box", """{ "modes": ["web", "desktop"] }""")).IsOpen);
    }

    [Fact]
    public void An_enum_a_request_uses_through_an_object_stays_closed_though_an_answer_uses_it()
    {
        string yaml = Endpoint(Mode + "\n  Box:\n    optional:\n      - { name: mode, type: Mode }", "string", "Mode")
            .Replace("  query:\n    optional:\n      - { name: mode, type: string, example: web }", "  body:\n    optional:\n      - { name: box, type: Box }");

        Assert.False(ModeOf(yaml).IsOpen);
    }

    [Fact]
    public void A_webhook_payloads_enum_is_open_unless_it_says()
    {
        const string yaml = """
            id: pinged
            title: Pinged
            event:
              type: PingCallback
              required:
                - { name: type, type: string }
              optional:
                - { name: mode, type: Mode }
              example: |
                { "type": "PingCallback", "mode": "desktop" }
            types:
              Mode:
                enum: [web, mobile]
            """;

        SpecParseResult parsed = SpecParser.Parse("/s/pinged.zapi.yaml", yaml);
        SpecParseResult closed = SpecParser.Parse("/s/pinged.zapi.yaml", yaml.Replace("  Mode:\n", "  Mode:\n    open: false\n"));

        // Open, the undocumented value of the example fits; closed, it is a ZAPI010 warning.
        Assert.True(parsed.Errors.IsEmpty, string.Join("\n", parsed.Errors));
        Assert.True(parsed.Event!.Types.Single().IsOpen);
        Assert.False(closed.Event!.Types.Single().IsOpen);
        Assert.Contains(closed.Errors, e => e.Message.Contains("mode", System.StringComparison.Ordinal));
        Assert.Contains("open: false", SpecWriter.Write(closed.Event!), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_an_open_enum_cannot_list_is_refused_only_when_the_rule_opens_it()
    {
        string answerOnly = Endpoint("  Mode:\n    enum: [web, value]", "string", "Mode");
        string requestOnly = Endpoint("  Mode:\n    enum: [web, value]", "Mode", "string");

        Assert.Contains(SpecParser.Parse("/s/ping.zapi.yaml", answerOnly).Errors, e => e.Message.Contains("open enum 'Mode'", System.StringComparison.Ordinal));
        Assert.True(SpecParser.Parse("/s/ping.zapi.yaml", requestOnly).Errors.IsEmpty);
    }
}
