using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;
using ZApi.Generator.Tests.Infrastructure;
using ZApi.Tool.Check;
using ZApi.Tool.Tests.Infrastructure;

namespace ZApi.Tool.Tests.Check;

/// <summary>
/// A documentation history of our own making: the fixture documentation is its first version; the
/// pages of <c>Fixtures/history/v2</c> (and the removals listed there) make the second, with one kind
/// of change per place. Specs imported from the first version are checked against the second: each
/// change is exactly one line, at the spec's line and the page's line of it, and the pages that did
/// not change say nothing.
/// </summary>
public sealed class DocumentationHistoryTests : IDisposable
{
    private static readonly string Second = Path.Combine(GeneratorHarness.RepositoryRoot, "tests", "ZApi.Tool.Tests", "Fixtures", "history", "v2");

    private readonly TemporaryFolder _folder = FixtureDocs.Copy();

    private readonly List<Drift> _drifts;

    public DocumentationHistoryTests()
    {
        FixtureDocs.ImportAll(Docs, Specs);
        FixtureDocs.CopyEventSpecs(Specs);
        foreach (string file in Directory.GetFiles(Path.Combine(Second, "docs"), "*.md", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(Docs, "docs", Path.GetRelativePath(Path.Combine(Second, "docs"), file)), overwrite: true);
        }

        foreach (string removed in File.ReadAllLines(Path.Combine(Second, "removed.txt")).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            File.Delete(Path.Combine(Docs, "docs", removed));
        }

        _drifts = DriftCheck.Compare(new DirectoryInfo(Docs), new DirectoryInfo(Specs));
    }

    private string Docs => Path.Combine(_folder.Path, "documentation");

    private string Specs => Path.Combine(_folder.Path, "specs");

    public void Dispose() => _folder.Dispose();

    /// <summary>Each change: the spec (or "-") and the text of its line, the page and the text of its line, what check names, and how its message starts.</summary>
    public static TheoryData<string, string, string, string, string, string, string> Changes() => new()
    {
        { "an example member added", "notes/create-note", "{", "notes/create-note.md", "\"pinned\": true", "request.example", "the example changed: the page's example adds 'pinned'; the spec's lacks it." },
        { "a type retyped, quoted as the page writes it", "notes/create-note", "- name: color", "notes/create-note.md", "| color     | timetamp |", "request.body.color", "'color' changed type: the page says 'timetamp' (read as " },
        { "the method changed", "notes/edit-note", "route: /instances/{instanceId}/token/{instanceToken}/notes/edit", "notes/edit-note.md", "`PATCH` https://api.z-api.io/instances/{{instanceId}}/token/{{instanceToken}}/notes/edit", "method", "the method changed: the page says PATCH, the spec POST." },
        { "an object answer now an array", "notes/get-note", "200:", "notes/get-note.md", "### 200", "responses.200.body", "the answer changed shape: the page shows an array, the spec an object." },
        { "an optional member now required", "notes/search-notes", "- name: phone", "notes/search-notes.md", "| phone     | string | Limita a busca a um chat |", "request.body.phone", "'phone' is required on the page, optional in the spec: move it to 'required'." },
        { "a status added", "notes/share-note", "200:", "notes/share-note.md", "### 409", "responses.409", "the page documents status 409, which the spec does not." },
        { "the endpoint deprecated", "notes/archive-note", "id: archive-note", "notes/archive-note.md", ":::danger Endpoint obsoleto", "deprecated", "the page marks the endpoint deprecated ('Endpoint obsoleto'); the spec does not" },
        { "a page removed", "notes/import-notes", "id: import-notes", "-", string.Empty, "page", "the page 'import-notes' is not in the documentation: if the endpoint is gone, delete this spec" },
        { "a page added", "-", string.Empty, "notes/pin-note.md", "`POST` https://api.z-api.io/instances/{{instanceId}}/token/{{instanceToken}}/notes/pin", "page", "a new endpoint: the page 'notes/pin-note'" },
        { "a payload member added", "events/note-created", "{", "webhooks/on-note-created.md", "\"color\": 2,", "event.example", "the example differs from the page's payload at line 26: the page's example adds 'color'; the spec's lacks it;" },
    };

    [Theory, MemberData(nameof(Changes))]
    public void Each_change_is_one_line_at_its_place_on_both_sides(string change, string spec, string specLine, string page, string pageLine, string at, string message)
    {
        List<Drift> found = _drifts.Where(d => d.At == at && (spec == "-" ? d.SpecFile == "-" : d.SpecFile.EndsWith(spec + ".zapi.yaml", StringComparison.Ordinal))).ToList();

        Drift drift = Assert.Single(found);
        Assert.True(drift.Message.StartsWith(message, StringComparison.Ordinal), $"{change}: {drift.Message}");
        if (spec != "-")
        {
            Assert.Equal(specLine, File.ReadAllLines(Path.Combine(Specs, spec + ".zapi.yaml"))[drift.SpecLine - 1].Trim());
        }

        if (page != "-")
        {
            Assert.EndsWith(page, drift.PageFile);
            Assert.StartsWith(pageLine, File.ReadAllLines(Path.Combine(Docs, "docs", page))[drift.PageLine - 1].Trim());
        }
    }

    [Fact]
    public void Every_line_is_one_of_the_changes_and_the_unchanged_pages_say_nothing()
    {
        Assert.True(Changes().Count() == _drifts.Count, $"expected {Changes().Count()} lines, found {_drifts.Count}:\n{string.Join("\n", _drifts.Select(d => $"{d.SpecFile}({d.SpecLine}) {d.At}: {d.Message}"))}");
        Assert.DoesNotContain(_drifts, d => d.SpecFile.Contains("create-workspace", StringComparison.Ordinal) || d.SpecFile.Contains("note-shared", StringComparison.Ordinal) || d.SpecFile.Contains("note-link", StringComparison.Ordinal));
    }
}
