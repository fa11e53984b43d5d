using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;
using ZApi.Specs.Parsing;
using ZApi.Tool.Check;
using ZApi.Tool.Tests.Infrastructure;

namespace ZApi.Tool.Tests.Check;

/// <summary>
/// Departures pinned to the page text they answer: <c>zapi check --pin</c> writes the pin; while the
/// page says the same there the departure keeps check quiet; when the page changes there, the
/// change is one line at the departure that says it may be stale; a change elsewhere is reported
/// as usual while the departure still holds.
/// </summary>
public sealed class DeparturePinTests : IDisposable
{
    private readonly ImportedDocs _docs = new();

    public DeparturePinTests()
    {

        // The page types color as a string; the spec keeps the integer the server sends, on purpose.
        EditPage("| color     | integer | Índice da cor da nota          |", "| color     | string  | Índice da cor da nota          |");
        File.AppendAllText(CreateNoteSpec, "departures:\n  - at: request.body.color\n    reason: The server sends the color as a number whatever the page says.\n");
    }

    private string Docs => _docs.Docs;

    private string Specs => _docs.Specs;

    private string CreateNotePage => _docs.Page("notes", "create-note");

    private string CreateNoteSpec => _docs.Spec("notes", "create-note");

    public void Dispose() => _docs.Dispose();

    [Fact]
    public void Pinning_writes_the_pin_under_the_departure_and_the_spec_still_parses_and_matches()
    {
        Assert.Equal(0, Pin());

        string[] lines = File.ReadAllLines(CreateNoteSpec);
        int at = Array.FindIndex(lines, l => l.Trim() == "- at: request.body.color");
        Assert.Matches(@"^    pin: sha256:[0-9a-f]{12}$", lines[at + 1]);
        Assert.True(SpecParser.ParseFile(CreateNoteSpec).IsClean);
        Assert.Empty(Compare());
        Assert.Equal(0, Pin());
        Assert.Equal(lines, File.ReadAllLines(CreateNoteSpec));
    }

    [Fact]
    public void A_change_of_the_page_where_a_pinned_departure_applies_is_one_line_at_the_departure()
    {
        Pin();
        EditPage("| color     | string  | Índice da cor da nota          |", "| color     | string  | Índice da cor da nota (0 a 9)  |");

        Drift drift = Assert.Single(Compare());

        Assert.Equal("request.body.color", drift.At);
        Assert.StartsWith("the page changed where the departure at 'request.body.color' applies (pinned sha256:", drift.Message);
        Assert.Contains("the departure may be stale. What differs there now: 'color' changed type: the page says string, the spec integer.", drift.Message);
        Assert.Equal("- at: request.body.color", File.ReadAllLines(CreateNoteSpec)[drift.SpecLine - 1].Trim());
        Assert.StartsWith("| color     | string  | Índice da cor da nota (0 a 9)", File.ReadAllLines(CreateNotePage)[drift.PageLine - 1]);
    }

    [Fact]
    public void A_change_elsewhere_on_the_page_leaves_a_pinned_departure_holding()
    {
        Pin();
        EditPage("| pinned    | boolean |", "| pinned    | string  |");

        Drift drift = Assert.Single(Compare());

        Assert.Equal("request.body.pinned", drift.At);
    }

    [Fact]
    public void An_unpinned_departure_silences_its_path_whatever_the_page_says_there()
    {
        EditPage("| color     | string  | Índice da cor da nota          |", "| color     | string  | Índice da cor da nota (0 a 9)  |");

        Assert.Empty(Compare());
    }

    [Fact]
    public void A_pinned_departure_whose_page_now_agrees_says_the_page_changed_and_to_remove_it()
    {
        Pin();
        EditPage("| color     | string  | Índice da cor da nota          |", "| color     | integer | Índice da cor da nota          |");

        Drift drift = Assert.Single(Compare());

        Assert.Equal("departures", drift.At);
        Assert.StartsWith("the page changed where the departure at 'request.body.color' applies (pinned sha256:", drift.Message);
        Assert.EndsWith("and the page agrees with the spec there now: remove the departure.", drift.Message);
    }

    [Fact]
    public void A_departure_for_a_member_of_an_array_answers_items_is_pinned_to_its_row_alone()
    {
        string page = Path.Combine(Docs, "docs", "notes", "search-notes.md");
        string spec = Path.Combine(Specs, "notes", "search-notes.zapi.yaml");
        File.WriteAllText(page, File.ReadAllText(page).Replace("| text      | string | Texto da nota |", "| text      | json   | Texto da nota |"));
        File.AppendAllText(spec, "departures:\n  - at: responses.200.items.text\n    reason: The page types the text as json; it is a string.\n");
        Pin();

        File.WriteAllText(page, File.ReadAllText(page).Replace("| phone     | string | Chat da nota  |", "| phone     | string | Chat da nota (DDI DDD NÚMERO) |"));
        Assert.Empty(Compare());

        File.WriteAllText(page, File.ReadAllText(page).Replace("| text      | json   | Texto da nota |", "| text      | json   | Texto da nota (markdown) |"));
        Drift drift = Assert.Single(Compare());
        Assert.StartsWith("the page changed where the departure at 'responses.200.items.text' applies", drift.Message);
        Assert.StartsWith("| text      | json   | Texto da nota (markdown)", File.ReadAllLines(page)[drift.PageLine - 1]);
    }

    private int Pin() => Departures.PinAll(new DirectoryInfo(Docs), new DirectoryInfo(Specs), CheckOptions.Default with { Pin = true });

    private void EditPage(string before, string after) => ImportedDocs.Edit(CreateNotePage, before, after);

    private List<Drift> Compare() => _docs.Compare();
}
