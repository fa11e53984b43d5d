using System;
using System.Collections.Generic;
using System.IO;
using Xunit;
using ZApi.Specs.Parsing;
using ZApi.Tool.Check;
using ZApi.Tool.Tests.Infrastructure;

namespace ZApi.Tool.Tests.Check;

/// <summary>
/// The optional members of a shared answer type (<c>type: Note</c>): one no page returning the type
/// lists (in its table or its examples) is one line at its declaration; one a page shows is quiet.
/// </summary>
public sealed class SharedTypeTests : IDisposable
{
    private readonly ImportedDocs _docs = new();

    public SharedTypeTests()
    {
        string text = File.ReadAllText(GetNoteSpec);
        int body = text.IndexOf("    body:\n", text.IndexOf("responses:", StringComparison.Ordinal), StringComparison.Ordinal);
        int example = text.IndexOf("    example: |", body, StringComparison.Ordinal);
        text = text.Substring(0, body) + "    type: Note\n" + text.Substring(example) + """
            types:
              Note:
                required:
                  - { name: noteId, type: string }
                  - { name: text, type: string }
                  - { name: edits, type: string }
                optional:
                  - { name: archivedAt, type: string }

            """;
        File.WriteAllText(GetNoteSpec, text);
        Assert.True(SpecParser.ParseFile(GetNoteSpec).IsClean, string.Join("; ", SpecParser.ParseFile(GetNoteSpec).Errors));
    }

    private string Docs => _docs.Docs;

    private string Specs => _docs.Specs;

    private string GetNoteSpec => _docs.Spec("notes", "get-note");

    public void Dispose() => _docs.Dispose();

    [Fact]
    public void An_optional_member_no_page_lists_is_one_line_at_its_declaration()
    {
        Drift drift = Assert.Single(Compare());

        Assert.Equal("responses.200.body.archivedAt", drift.At);
        Assert.Equal("'archivedAt' of the shared type Note is listed by no page that returns the type any more (get-note): remove it from the type, or record a departure at 'responses.200.body.archivedAt' saying why the spec keeps it.", drift.Message);
        Assert.Contains("name: archivedAt", File.ReadAllLines(GetNoteSpec)[drift.SpecLine - 1]);
    }

    [Fact]
    public void An_optional_member_a_page_shows_in_its_example_is_quiet()
    {
        string page = Path.Combine(Docs, "docs", "notes", "get-note.md");
        File.WriteAllText(page, File.ReadAllText(page).Replace("  \"edits\": \"duas\"\n}", "  \"edits\": \"duas\",\n  \"archivedAt\": null\n}"));
        File.WriteAllText(GetNoteSpec, File.ReadAllText(GetNoteSpec).Replace("  \"edits\": \"duas\"\n      }", "  \"edits\": \"duas\",\n        \"archivedAt\": null\n      }"));

        Assert.Empty(Compare());
    }

    private List<Drift> Compare() => _docs.Compare();
}
