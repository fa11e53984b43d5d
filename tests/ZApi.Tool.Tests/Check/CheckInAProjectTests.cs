using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;
using ZApi.Specs.Parsing;
using ZApi.Tool.Check;
using ZApi.Tool.Tests.Infrastructure;

namespace ZApi.Tool.Tests.Check;

/// <summary>
/// <c>zapi check</c> in a user's project: the built-in catalogue (here, every fixture page imported
/// into <c>catalogue/</c>) covers the pages it mirrors; the project has one replaced built-in
/// (create-note) and one made-up endpoint marked undocumented. Only the project's own specs and the
/// pages neither covers are reported.
/// </summary>
public sealed class CheckInAProjectTests : IDisposable
{
    private const string MadeUp = """
        id: send-greeting
        client: instance
        title: Saudação
        method: POST
        route: /instances/{instanceId}/token/{instanceToken}/send-greeting
        credentials: instance
        undocumented: true
        responses:
          200:
            content: text
        """;

    private readonly TemporaryFolder _folder = FixtureDocs.Copy();

    public CheckInAProjectTests()
    {
        FixtureDocs.ImportAll(Docs, Catalogue);
        FixtureDocs.CopyEventSpecs(Catalogue);
        Directory.CreateDirectory(Path.Combine(Specs, "notes"));
        File.Copy(Path.Combine(Catalogue, "notes", "create-note.zapi.yaml"), CreateNoteSpec);
        File.WriteAllText(MadeUpSpec, MadeUp);
    }

    private string Docs => Path.Combine(_folder.Path, "documentation");

    private string Catalogue => Path.Combine(_folder.Path, "catalogue");

    private string Specs => Path.Combine(_folder.Path, "specs");

    private string CreateNoteSpec => Path.Combine(Specs, "notes", "create-note.zapi.yaml");

    private string MadeUpSpec => Path.Combine(Specs, "send-greeting.zapi.yaml");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void With_the_catalogue_counted_a_project_that_mirrors_the_documentation_has_no_drift()
    {
        Assert.Empty(Compare(WithCatalogue()));
    }

    [Fact]
    public void Without_the_catalogue_every_page_the_project_does_not_mirror_is_new()
    {
        List<Drift> found = Compare(CheckOptions.Default);

        Assert.Contains(found, d => d.At == "page" && d.PageFile.EndsWith("notes/edit-note.md", StringComparison.Ordinal));
        Assert.DoesNotContain(found, d => d.SpecFile.EndsWith("create-note.zapi.yaml", StringComparison.Ordinal) || d.SpecFile.EndsWith("send-greeting.zapi.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_the_project_mirrors_changed_is_one_line_at_the_projects_spec()
    {
        EditPage("create-note.md", "| color     | integer |", "| color     | string  |");

        Drift drift = Assert.Single(Compare(WithCatalogue()));

        Assert.Equal(CreateNoteSpec, Path.GetFullPath(drift.SpecFile));
        Assert.Equal("request.body.color", drift.At);
    }

    [Fact]
    public void A_page_only_the_catalogue_mirrors_is_not_the_projects_to_report()
    {
        EditPage("edit-note.md", "`POST` https", "`PATCH` https");

        Assert.Empty(Compare(WithCatalogue()));
    }

    [Fact]
    public void A_page_neither_covers_is_new_unless_the_report_is_limited_to_the_projects_specs()
    {
        string page = Path.Combine(Docs, "docs", "notes", "pin-note.md");
        File.WriteAllText(page, File.ReadAllText(Path.Combine(Docs, "docs", "notes", "create-note.md")).Replace("id: create-note", "id: pin-note").Replace("/token/{{instanceToken}}/notes\n", "/token/{{instanceToken}}/notes/pin\n"));

        Drift drift = Assert.Single(Compare(WithCatalogue()));
        Assert.Equal(("page", "-"), (drift.At, drift.SpecFile));
        Assert.Empty(Compare(WithCatalogue() with { Only = new[] { Specs } }));
    }

    [Fact]
    public void A_webhook_page_the_catalogues_event_specs_take_examples_from_is_covered()
    {
        string created = Path.Combine(Docs, "docs", "webhooks", "on-note-created.md");
        File.WriteAllText(Path.Combine(Docs, "docs", "webhooks", "on-note-created-fromme.md"), File.ReadAllText(created).Replace("id: on-note-created", "id: on-note-created-fromme"));

        Assert.Empty(Compare(WithCatalogue()));
        Assert.Contains(Compare(CheckOptions.Default), d => d.Message.StartsWith("a new webhook page: the page 'webhooks/on-note-created-fromme'", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_limits_the_report_to_the_specs_named()
    {
        EditPage("create-note.md", "| color     | integer |", "| color     | string  |");
        File.WriteAllText(MadeUpSpec, MadeUp.Replace("undocumented: true\n", string.Empty));

        Assert.Equal(2, Compare(WithCatalogue()).Count);
        Drift drift = Assert.Single(Compare(WithCatalogue() with { Only = new[] { Path.Combine(Specs, "notes") } }));
        Assert.Equal("request.body.color", drift.At);
    }

    [Fact]
    public void A_made_up_endpoint_not_marked_undocumented_is_told_how_to_mark_it()
    {
        File.WriteAllText(MadeUpSpec, MadeUp.Replace("undocumented: true\n", string.Empty));

        Drift drift = Assert.Single(Compare(WithCatalogue()));

        Assert.Equal(("page", "id: send-greeting"), (drift.At, File.ReadAllLines(MadeUpSpec)[drift.SpecLine - 1]));
        Assert.Equal("the page 'send-greeting' is not in the documentation: if the endpoint is gone, delete this spec; if the page was renamed, set 'page' to its new id; if you keep the endpoint on purpose, mark the spec 'undocumented: true'.", drift.Message);
    }

    [Fact]
    public void An_undocumented_spec_names_no_page()
    {
        SpecParseResult parsed = SpecParser.Parse(MadeUpSpec, MadeUp.Replace("undocumented: true\n", "undocumented: true\npage: send-greeting\n"));

        Assert.Contains(parsed.Errors, e => e.Message == "An undocumented spec names no page: remove 'page' or 'undocumented'.");
        Assert.True(SpecParser.Parse(MadeUpSpec, MadeUp).Spec!.Undocumented);
    }

    [Fact]
    public async Task The_command_counts_a_catalogue_folder_and_locates_a_drift_on_both_sides()
    {
        EditPage("create-note.md", "| color     | integer |", "| color     | string  |");

        ZapiRun run = await ZapiProcess.RunAsync(_folder.Path, "check", "--docs", "documentation", "specs", "--catalogue", "catalogue");

        Assert.Equal(1, run.ExitCode);
        string line = Assert.Single(run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        int specLine = Array.FindIndex(File.ReadAllLines(CreateNoteSpec), l => l.Trim() == "- name: color") + 1;
        Assert.Equal($"specs/notes/create-note.zapi.yaml({specLine},1): error : 'color' changed type: the page says string, the spec integer. [page: documentation/docs/notes/create-note.md(40,1)]", line);
    }

    [Fact]
    public async Task A_made_up_endpoint_started_with_new_undocumented_keeps_check_quiet()
    {
        File.Delete(MadeUpSpec);

        ZapiRun created = await ZapiProcess.RunAsync(_folder.Path, "new", "send-farewell", "--undocumented");
        ZapiRun run = await ZapiProcess.RunAsync(_folder.Path, "check", "--docs", "documentation", "specs", "--catalogue", "catalogue");

        Assert.Equal(0, created.ExitCode);
        Assert.Contains("undocumented: true", File.ReadAllLines(Path.Combine(Specs, "instance", "send-farewell.zapi.yaml")));
        Assert.Equal((0, string.Empty), (run.ExitCode, run.Out));
    }

    private CheckOptions WithCatalogue() => CheckOptions.Default with { Catalogue = BuiltInCatalogue.Folder(new DirectoryInfo(Catalogue)) };

    private void EditPage(string page, string before, string after)
    {
        string path = Path.Combine(Docs, "docs", "notes", page);
        string text = File.ReadAllText(path);
        Assert.Contains(before, text);
        File.WriteAllText(path, text.Replace(before, after));
    }

    private List<Drift> Compare(CheckOptions options) => DriftCheck.Compare(new DirectoryInfo(Docs), new DirectoryInfo(Specs), options);
}
