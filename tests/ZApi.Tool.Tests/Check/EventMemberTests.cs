using System;
using System.Collections.Generic;
using System.IO;
using Xunit;
using ZApi.Tool.Check;
using ZApi.Tool.Tests.Infrastructure;

namespace ZApi.Tool.Tests.Check;

/// <summary>
/// A member an event spec declares that no attribute table or payload of its webhook page shows
/// (the page dropped it): one line at the member; quiet when the page shows it or a departure says why.
/// </summary>
public sealed class EventMemberTests : IDisposable
{
    private readonly ImportedDocs _docs = new();

    public EventMemberTests()
    {
        File.WriteAllText(CreatedSpec, File.ReadAllText(CreatedSpec).Replace("  example: |", "  optional:\n    - name: color\n      type: integer\n      description: Cor da nota\n  example: |"));
    }

    private string Docs => _docs.Docs;

    private string Specs => _docs.Specs;

    private string CreatedSpec => _docs.Spec("events", "note-created");

    private string CreatedPage => _docs.Page("webhooks", "on-note-created");

    public void Dispose() => _docs.Dispose();

    [Fact]
    public void A_member_the_page_no_longer_shows_is_one_line_at_the_member()
    {
        Drift drift = Assert.Single(Compare());

        Assert.Equal("event.color", drift.At);
        Assert.Equal("- name: color", File.ReadAllLines(CreatedSpec)[drift.SpecLine - 1].Trim());
        Assert.Equal("the spec declares 'color', which no attribute table or payload of the page shows any more: remove it, or record a departure at 'event.color' saying why the spec keeps it.", drift.Message);
    }

    [Fact]
    public void A_member_the_page_lists_in_its_table_is_quiet()
    {
        File.WriteAllText(CreatedPage, File.ReadAllText(CreatedPage).Replace("| noteId    | string | Id da nota |\n", "| noteId    | string | Id da nota |\n| color     | integer | Cor da nota |\n"));

        Assert.Empty(Compare());
    }

    [Fact]
    public void A_departure_keeps_a_member_the_page_does_not_show()
    {
        File.WriteAllText(CreatedSpec, File.ReadAllText(CreatedSpec).Replace("\nevent:\n", "\ndepartures:\n  - at: event.color\n    reason: The server sends it; the page never showed it.\nevent:\n"));

        Assert.Empty(Compare());
    }

    private List<Drift> Compare() => _docs.Compare();
}
