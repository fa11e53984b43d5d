using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;
using ZApi.Generator.Tests.Infrastructure;

namespace ZApi.Generator.Tests.Diagnostics;

/// <summary>
/// The YAML mistakes a person makes in a spec each give one ZAPI001, at the line to fix, worded in
/// the spec's terms (the line, the key or list it stands in, what to write) rather than in the YAML
/// reader's (<c>did not find expected '-' indicator</c>).
/// </summary>
public sealed class YamlMistakeTests
{
    /// <summary>Words of YamlDotNet's own messages that a translated one no longer shows.</summary>
    private static readonly string[] ReaderWording = { "did not find expected", "While parsing", "While scanning", "violate", "invalid mapping", "Mapping values are not allowed" };

    public static readonly TheoryData<string, string, int, int, string[]> Mistakes = new()
    {
        // name, spec text, line, column (1-based), what the message must say
        {
            "a key indented one space less than its siblings", SpecTexts.Ping.Replace("    optional:", "   optional:"), 13, 4,
            new[] { "Line 13 ('optional:') is indented 3 spaces", "'request' (such as 'body' at line 8) are indented 2 spaces", "'body' (such as 'required' at line 9) 4 spaces" }
        },
        {
            "a key indented one space more than its siblings", SpecTexts.Ping.Replace("    optional:", "     optional:"), 13, 6,
            new[] { "Line 13 ('optional:') is indented 5 spaces", "the keys of the mapping 'body' (such as 'required' at line 9) are indented 4 spaces" }
        },
        {
            "a top-level key indented", SpecTexts.Ping.Replace("method: POST", " method: POST"), 4, 8,
            new[] { "The value of 'title' (line 3) runs on to line 4", "indent it like 'title' (0 spaces)" }
        },
        {
            "a key of a list item indented past its siblings", SpecTexts.Ping.Replace("        type: integer", "         type: integer"), 15, 14,
            new[] { "The value of 'name' (line 14) runs on to line 15", "indent it like 'name' (8 spaces)" }
        },
        {
            "a line of a '|' example dedented", SpecTexts.Ping.Replace("      \"count\": 1\n", "   \"count\": 1\n"), 19, 4,
            new[] { "Line 19 ('\"count\": 1') is indented 3 spaces, less than the '|' text of 'example' above it (4 spaces, from line 17)" }
        },
        {
            "a tab as indentation", SpecTexts.Ping.Replace("    optional:", "\toptional:"), 13, 1,
            new[] { "Line 13 is indented with a tab", "indents with spaces only" }
        },
        {
            "a tab indenting a key the reader blames on its mapping", SpecTexts.Ping.Replace("  body:", "\tbody:"), 8, 1,
            new[] { "Line 8 is indented with a tab" }
        },
        {
            "a second list item without its '-'", SpecTexts.Ping.Replace("        - name: id\n          type: string\n", "        - name: id\n          type: string\n        name: token\n        type: string\n"), 27, 9,
            new[] { "Line 27 ('name: token') stands in the list 'required', whose items start with '- ' (8 spaces, from line 25), but it has no '- '", "indent it like that item's 'name' (10 spaces, line 25)" }
        },
        {
            "a key of a list item under its '-'", SpecTexts.Ping.Replace("        type: integer", "      type: integer"), 15, 7,
            new[] { "Line 15 ('type: integer') stands in the list 'optional'", "Start a new item with '- '", "indent it like that item's 'name' (8 spaces, line 14)" }
        },
        {
            "a '-' without its space", SpecTexts.Ping.Replace("- name: count", "-name: count"), 14, 7,
            new[] { "'-name' at line 14 has no space after its '-': a list item is written '- name'" }
        },
        {
            "an unquoted ': ' in a value", SpecTexts.Ping.Replace("description: Nome", "description: Ex: 5511"), 12, 24,
            new[] { "The value of 'description' holds ': '", "quote the whole value" }
        },
        {
            "a key without the space after its ':'", SpecTexts.Ping.Replace("title: Ping", "title:Ping"), 3, 1,
            new[] { "Line 3 ('title:Ping') stands where a key of the top level of the spec belongs", "write the key, ':', a space and the value" }
        },
        {
            "an unquoted '#' inside a value", SpecTexts.Ping.Replace("description: Nome", "description: Nome #1 da lista"), 12, 27,
            new[] { "In the value of 'description'", "the value ends at 'Nome' and '#1 da lista' is dropped", "Quote the whole value to keep the '#'" }
        },
        {
            "an unquoted '#' starting a value", SpecTexts.Ping.Replace("description: Nome", "description: #FF0000"), 12, 22,
            new[] { "In the value of 'description'", "the value is empty and '#FF0000' is dropped" }
        },
        {
            "an unquoted '#' in a list item", SpecTexts.Ping + "\ntypes:\n  Kind:\n    enum:\n      - web #2\n", 36, 13,
            new[] { "In the list item 'web #2'", "the value ends at 'web'" }
        },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_yaml_mistake_gets_one_diagnostic_in_the_specs_terms_at_its_line(string name, string yaml, int line, int column, string[] says)
    {
        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Spec("ping.zapi.yaml", yaml));

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
        string message = diagnostic.GetMessage();
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        Assert.True(
            diagnostic.Id == "ZAPI001" && span.StartLinePosition.Line + 1 == line && span.StartLinePosition.Character + 1 == column,
            $"{name}: expected ZAPI001 at ({line},{column}) but got {GeneratorRun.Format(run.GeneratorDiagnostics)}");
        foreach (string words in says)
        {
            Assert.True(message.Contains(words, System.StringComparison.Ordinal), $"{name}: expected the message to say \"{words}\", got: {message}");
        }

        foreach (string words in ReaderWording)
        {
            Assert.False(message.Contains(words, System.StringComparison.OrdinalIgnoreCase), $"{name}: the message still speaks the YAML reader's words (\"{words}\"): {message}");
        }
    }

    [Theory]
    [InlineData("a comment written as one", "description: Nome # the page's word")]
    [InlineData("a '#' inside a quoted value", "description: 'Nome #1' #x")]
    [InlineData("a '#' inside a word", "description: C#")]
    [InlineData("a comment after a key whose value is a block", "body: #the page's table")]
    [InlineData("a tab between a key and its value", "title:\tPing")]
    public void What_is_no_mistake_stays_quiet(string name, string line)
    {
        string key = line.Substring(0, line.IndexOf(':', System.StringComparison.Ordinal));
        string yaml = key switch
        {
            "description" => SpecTexts.Ping.Replace("description: Nome", line),
            "body" => SpecTexts.Ping.Replace("  body:", "  " + line),
            _ => SpecTexts.Ping.Replace("title: Ping", line),
        };
        Assert.NotEqual(SpecTexts.Ping, yaml);

        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Spec("ping.zapi.yaml", yaml));

        Assert.True(run.GeneratorDiagnostics.IsEmpty, $"{name}: {GeneratorRun.Format(run.GeneratorDiagnostics)}");
    }
}
