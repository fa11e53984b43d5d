using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;
using ZApi.Generator.Tests.Infrastructure;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;
using ZApi.Specs.Writing;

namespace ZApi.Generator.Tests.Writing;

/// <summary>
/// The one writer and the one reader agree on every key: each spec of the repository and every
/// fixture, written by <see cref="SpecWriter"/>, reads back to an equal model with no problem.
/// </summary>
public sealed class SpecWriterTests
{
    public static TheoryData<string> Specs()
    {
        var data = new TheoryData<string>();
        foreach (string folder in new[] { "specs", Path.Combine("tests", "ZApi.Client.Tests", "Specs") })
        {
            foreach (string file in Directory.GetFiles(Path.Combine(GeneratorHarness.RepositoryRoot, folder), "*.zapi.yaml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(GeneratorHarness.RepositoryRoot, file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void A_spec_written_and_read_again_is_the_same_spec(string relativePath)
    {
        string path = Path.Combine(GeneratorHarness.RepositoryRoot, relativePath);
        SpecParseResult parsed = SpecParser.ParseFile(path);
        if (parsed.Event is { } webhook)
        {
            string writtenEvent = SpecWriter.Write(webhook);
            SpecParseResult rereadEvent = SpecParser.Parse(path, writtenEvent);
            Assert.True(rereadEvent.Errors.IsEmpty, string.Join("\n", rereadEvent.Errors) + "\n\n" + writtenEvent);
            Assert.Equal(Normalize(webhook), Normalize(rereadEvent.Event!));
            return;
        }

        Spec original = parsed.Spec!;

        string written = SpecWriter.Write(original);
        SpecParseResult reread = SpecParser.Parse(path, written);

        Assert.True(reread.Errors.IsEmpty, string.Join("\n", reread.Errors) + "\n\n" + written);
        Assert.Equal(Normalize(original), Normalize(reread.Spec!));
    }

    [Fact]
    public void Notes_are_written_as_comments_before_their_keys_and_read_as_nothing()
    {
        Spec spec = SpecParser.Parse("/p/ping.zapi.yaml", SpecTexts.Ping.Replace("\r\n", "\n")).Spec!;
        var notes = new SpecNotes();
        notes.Add(SpecNotes.Header, "Imported from docs/x/ping.md.");
        notes.Add("route", "The page writes the route with SUA_INSTANCIA.");
        notes.Add("responses.201.example", "Repaired: the page's example lacks a comma after \"id\" (page line 40).");
        notes.Add("request.body.count", "Check: the page's table says 'int'.");

        string written = SpecWriter.Write(spec, notes);

        string[] lines = written.Split('\n');
        Assert.Equal("# yaml-language-server: $schema=../zapi-spec.schema.json", lines[0]);
        Assert.Equal("# Imported from docs/x/ping.md.", lines[1]);
        Assert.Equal("route: /ping", lines[Array.IndexOf(lines, "# The page writes the route with SUA_INSTANCIA.") + 1]);
        Assert.Contains("example: |", lines[Array.FindIndex(lines, l => l.Contains("Repaired:", StringComparison.Ordinal)) + 1], StringComparison.Ordinal);
        Assert.Equal(Normalize(spec), Normalize(SpecParser.Parse("/p/ping.zapi.yaml", written).Spec!));
    }

    [Fact]
    public void Notes_and_enum_value_descriptions_are_written_and_read_back_at_their_level()
    {
        SpecParseResult parsed = SpecParser.Parse("/p/ping.zapi.yaml", SpecTexts.PingWithNotes.Replace("\r\n", "\n"));
        Assert.True(parsed.Errors.IsEmpty, string.Join("\n", parsed.Errors));
        Spec spec = parsed.Spec!;
        Assert.Equal(new[] { "caution:Atenção", "tip:" }, spec.Notes.Select(n => n.Kind + ":" + n.Title));
        Assert.Contains("\n", spec.Notes[1].Text, StringComparison.Ordinal);
        Assert.Equal("important", Assert.Single(spec.Request.Body.Single(a => a.Name == "name").Notes).Kind);
        Assert.Equal("info", Assert.Single(spec.Request.Query.Single().Notes).Kind);
        Assert.Equal("Guarde o id para consultar o ping depois.", Assert.Single(spec.SuccessResponse!.Notes).Text);
        Assert.Equal("O ping criado.", spec.SuccessResponse!.Description);
        Assert.Equal("warning", Assert.Single(spec.ErrorResponses.Single().Notes).Kind);
        TypeDefinition mode = spec.FindType("Mode")!;
        Assert.Equal(new[] { "fast", "slow", "all-at-once" }, mode.EnumValues);
        Assert.Equal("Responde logo.", mode.DescriptionOf("fast"));
        Assert.Null(mode.DescriptionOf("slow"));

        string written = SpecWriter.Write(spec);
        SpecParseResult reread = SpecParser.Parse("/p/ping.zapi.yaml", written);

        Assert.True(reread.Errors.IsEmpty, string.Join("\n", reread.Errors) + "\n\n" + written);
        Assert.Equal(Normalize(spec), Normalize(reread.Spec!));
        Assert.Contains("notes:", written, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kind: caution", "kind: cuation", "'cuation' is not a note kind")]
    [InlineData("text: Apenas POST é aceito.", "title: Só", "lacks the required key 'text'")]
    [InlineData("- { value: fast, description: Responde logo. }", "- { description: Responde logo. }", "lacks the required key 'value'")]
    [InlineData("title: Formato do nome", "titel: Formato do nome", "Unknown key 'titel'")]
    public void A_malformed_note_or_enum_value_is_a_located_error(string from, string to, string expected)
    {
        string text = SpecTexts.PingWithNotes.Replace("\r\n", "\n");
        Assert.Contains(from, text, StringComparison.Ordinal);

        SpecParseResult parsed = SpecParser.Parse("/p/ping.zapi.yaml", text.Replace(from, to));

        Assert.Contains(parsed.Errors, e => e.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Text_that_yaml_would_misread_is_quoted()
    {
        Spec spec = SpecParser.Parse("/p/ping.zapi.yaml", SpecTexts.Ping.Replace("\r\n", "\n")).Spec!;
        string[] tricky = { "**Nome** do contato", "Telefone Ex: 5511999999999", "a, b, c", "# not a comment", "null", "~", " padded ", "- a list?", "{ a: b }", "'quoted'", "@at", "%percent", "multi\nline\ntext" };
        foreach (string text in tricky)
        {
            Spec changed = spec with { Title = text };

            SpecParseResult reread = SpecParser.Parse("/p/ping.zapi.yaml", SpecWriter.Write(changed));

            Assert.True(reread.Errors.IsEmpty, text + ": " + string.Join("\n", reread.Errors));
            Assert.Equal(text, reread.Spec!.Title);
        }
    }

    /// <summary>The model without where each thing stood in its file.</summary>
    private static string Normalize(Spec spec) => System.Text.RegularExpressions.Regex.Replace(
        spec with { FilePath = string.Empty, IdSpan = default, ClientSpan = default } + string.Join("|", Describe(spec)),
        @"(NameSpan|Span|StatusSpan) = \([^)]*\)-\([^)]*\)",
        "$1 = _");

    private static string Normalize(EventSpec spec) => System.Text.RegularExpressions.Regex.Replace(
        spec with { FilePath = string.Empty, IdSpan = default, TypeSpan = default } + string.Join(",", spec.Notifications) + "|"
        + string.Join("|", spec.Members.Select(a => $"{a.Name}:{a.Type}:{a.Description}:{a.IsRequired}:{a.Deprecated}:{a.Forever}"))
        + string.Join("~", spec.Examples.Select(e => e.Json))
        + string.Join("|", spec.Types.Select(t => $"{t.Name}:{t.Description}:{t.IsOpen}:" + string.Join(",", t.EnumValues) + ":" + string.Join(",", t.Attributes.Select(a => $"{a.Name}:{a.Type}:{a.Description}:{a.IsRequired}:{a.Deprecated}:{a.Forever}"))))
        + string.Join("|", spec.Departures.Select(d => $"departure {d.At}: {d.Reason}")),
        @"(NameSpan|Span|StatusSpan) = \([^)]*\)-\([^)]*\)",
        "$1 = _");

    private static string Notes(EquatableArray<PageNote> notes) => "[" + string.Join(";", notes.Select(n => $"{n.Kind}/{n.Title}/{n.Text}")) + "]";

    private static IEnumerable<string> Describe(Spec spec)
    {
        foreach (SpecAttribute a in spec.Request.Path.Concat(spec.Request.Query).Concat(spec.Request.Body))
        {
            yield return $"{a.Name}:{a.Type}:{a.Description}:{a.IsRequired}:{a.Example}:{a.Deprecated}:{a.Forever}" + Notes(a.Notes);
        }

        yield return "notes" + Notes(spec.Notes);

        foreach (SpecExample e in spec.Request.Examples)
        {
            yield return "request example " + e.Json;
        }

        foreach (ResponseSpec r in spec.Responses)
        {
            yield return $"{r.StatusCode}:{r.Description}:{r.Hint}:{r.Content}:{r.Items}:{r.Values}:" + string.Join(",", r.Body.Select(a => $"{a.Name}:{a.Type}:{a.Description}:{a.IsRequired}:{a.Deprecated}:{a.Forever}" + Notes(a.Notes))) + ":" + string.Join("~", r.Examples.Select(e => e.Json)) + Notes(r.Notes);
        }

        foreach (TypeDefinition t in spec.Types)
        {
            yield return $"{t.Name}:{t.Description}:{t.IsOpen}:" + string.Join(",", t.EnumValues.Select(v => v + "=" + t.DescriptionOf(v))) + ":" + string.Join(",", t.Attributes.Select(a => $"{a.Name}:{a.Type}:{a.Description}:{a.IsRequired}:{a.Deprecated}:{a.Forever}" + Notes(a.Notes)));
        }

        foreach (Departure d in spec.Departures)
        {
            yield return $"departure {d.At}: {d.Reason}";
        }
    }
}
