using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;
using ZApi.Specs.Parsing;
using ZApi.Tool.Check;
using ZApi.Tool.Docs;
using ZApi.Tool.Tests.Infrastructure;

namespace ZApi.Tool.Tests.Check;

/// <summary>
/// <c>zapi check</c> for event specs (webhook payloads): the fixture webhook pages
/// (<c>webhooks/on-note-shared</c>, three payloads, one with a trailing comma; <c>webhooks/on-note-created</c>)
/// and the event specs written for them (<c>Fixtures/event-specs</c>), then the pages edited the way
/// Z-API edits them. Payloads are compared as JSON values after the importer's repairs.
/// </summary>
public sealed class EventDriftCheckTests : IDisposable
{
    private const string ContactCaption = "Exemplo de retorno de compartilhamento com contato";
    private const string NamelessCaption = "Exemplo de retorno de compartilhamento com contato sem nome";
    private const string NewPayload = """
        ### Exemplo de retorno de compartilhamento com contato salvo

        ```json
        {
          "type": "NoteSharedCallback",
          "noteId": "8F1A2D",
          "momment": 1632228641000,
          "contact": {
            "phone": "5544977777777",
            "name": "João"
          },
          "instanceId": "instance.id"
        }
        ```


        """;

    private readonly TemporaryFolder _folder = FixtureDocs.Copy();

    public EventDriftCheckTests()
    {
        FixtureDocs.ImportAll(Docs, Specs);
        FixtureDocs.CopyEventSpecs(Specs);
    }

    private string Docs => Path.Combine(_folder.Path, "documentation");

    private string Specs => Path.Combine(_folder.Path, "specs");

    private string SharedPage => Path.Combine(Docs, "docs", "webhooks", "on-note-shared.md");

    private string ContactSpec => Path.Combine(Specs, "events", "note-shared-contact.zapi.yaml");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_fixture_event_specs_parse_as_events_and_match_their_pages()
    {
        foreach (string file in Directory.GetFiles(FixtureDocs.EventSpecs, "*.zapi.yaml"))
        {
            SpecParseResult parsed = SpecParser.ParseFile(file);
            Assert.True(parsed.IsClean, file + ": " + string.Join("; ", parsed.Errors));
            Assert.NotNull(parsed.Event);
        }

        Assert.Empty(Compare());
    }

    [Fact]
    public void The_payloads_of_a_webhook_page_are_the_JSON_blocks_of_its_Response_section_only()
    {
        WebhookPage page = PageReader.Read(SharedPage).Webhook!;

        Assert.Equal(new[] { ContactCaption, NamelessCaption, "Exemplo de retorno de compartilhamento com grupo" }, page.Payloads.Select(p => p.Caption));
        Assert.DoesNotContain(page.Payloads, p => p.Code.Contains("\"value\"") || p.Code.Contains("case "));
        Assert.Equal(PayloadLine(ContactCaption), page.Payloads[0].Line);
        Assert.Equal(new[] { "type", "noteId", "momment", "contact.phone", "contact.name", "group.groupId", "group.name" }, page.Attributes.Select(a => a.Name));
        Assert.Equal("PUT", Assert.Single(page.ConfigurationRoutes).Method);
    }

    [Fact]
    public void A_new_example_on_the_page_is_drift_at_the_spec_of_its_kind()
    {
        EditPage("### 405\n", NewPayload + "### 405\n");

        Drift drift = Assert.Single(Compare());

        int line = PayloadLine("Exemplo de retorno de compartilhamento com contato salvo");
        Assert.Equal(("event.example", line), (drift.At, drift.PageLine));
        Assert.EndsWith("events/note-shared-contact.zapi.yaml", drift.SpecFile);
        Assert.EndsWith("webhooks/on-note-shared.md", drift.PageFile);
        Assert.Equal($"a new example: the page's payload at line {line} ('Exemplo de retorno de compartilhamento com contato salvo') is an example of no event spec; it is a payload of 'note-shared-contact': add it to its examples.", drift.Message);
        Assert.Equal("example: |", File.ReadAllLines(ContactSpec)[drift.SpecLine - 1].Trim());
    }

    [Fact]
    public void A_new_example_of_a_kind_no_spec_takes_names_no_spec()
    {
        EditPage("### 405\n", NewPayload.Replace("\"NoteSharedCallback\"", "\"NoteDeletedCallback\"") + "### 405\n");

        Drift drift = Assert.Single(Compare());

        Assert.Equal(("event.example", "-", 0), (drift.At, drift.SpecFile, drift.SpecLine));
        Assert.EndsWith(", and no event spec of the page takes payloads like it (type 'NoteDeletedCallback'): write one.", drift.Message);
    }

    [Fact]
    public void An_example_removed_from_the_page_is_drift_at_the_spec_example()
    {
        string text = File.ReadAllText(SharedPage);
        int start = text.IndexOf("### " + NamelessCaption + "\n", StringComparison.Ordinal);
        int end = text.IndexOf("### Exemplo de retorno de compartilhamento com grupo", StringComparison.Ordinal);
        File.WriteAllText(SharedPage, text.Remove(start, end - start));

        Drift drift = Assert.Single(Compare());

        Assert.Equal("event.example", drift.At);
        Assert.EndsWith("events/note-shared-contact.zapi.yaml", drift.SpecFile);
        Assert.Equal("- |", File.ReadAllLines(ContactSpec)[drift.SpecLine - 1].Trim());
        Assert.Equal($"the spec's example at line {drift.SpecLine} is a payload of no webhook page (compared as JSON after the importer's repairs): the page changed or dropped it; update or remove it, or record a departure at 'event.example' saying why the spec keeps it.", drift.Message);
        Assert.StartsWith("## Response", File.ReadAllLines(SharedPage)[drift.PageLine - 1]);
    }

    [Fact]
    public void An_example_changed_on_the_page_is_one_drift_naming_what_differs_on_both_sides()
    {
        EditPage("\"name\": \"Maria\"", "\"name\": \"Ana\"");

        Drift drift = Assert.Single(Compare());

        int line = PayloadLine(ContactCaption);
        Assert.Equal("event.example", drift.At);
        Assert.Equal($"the example differs from the page's payload at line {line} ('{ContactCaption}'): 'contact.name' is \"Ana\" on the page, \"Maria\" in the spec; update it, or record a departure at 'event.example' saying why the spec differs.", drift.Message);
        Assert.Contains("\"name\": \"Ana\"", File.ReadAllLines(SharedPage)[drift.PageLine - 1]);
        Assert.Equal("\"name\": \"Maria\"", File.ReadAllLines(ContactSpec)[drift.SpecLine - 1].Trim().TrimEnd(','));
    }

    [Fact]
    public void Payloads_are_compared_as_JSON_values_after_the_importer_repairs()
    {
        // Members in another order, spaces, and the page's trailing comma (repaired) are not differences.
        EditPage("  \"noteId\": \"8F1A2C\",\n  \"momment\": 1632228639000,", "  \"momment\": 1632228639000,   \"noteId\":\"8F1A2C\",");
        EditPage("\"phone\": \"5544988888888\"\n", "\"phone\": \"5544988888888\",\n");

        Assert.Empty(Compare());
    }

    [Fact]
    public void An_example_the_repairs_cannot_make_JSON_is_paired_with_the_spec_example_repaired_by_hand()
    {
        EditPage("\"noteId\": \"8F1A2C\"", "\"noteId\": '8F1A2C'");

        Drift drift = Assert.Single(Compare());

        Assert.Equal("event.example", drift.At);
        Assert.EndsWith("events/note-shared-contact.zapi.yaml", drift.SpecFile);
        Assert.StartsWith($"the page's example at line {PayloadLine(NamelessCaption)} ('{NamelessCaption}') is not JSON even after the repairs the importer makes (", drift.Message);

        AddDeparture(ContactSpec, "event.example", "The page writes the note id in single quotes; the spec's example has it in double quotes.");

        Assert.Empty(Compare());
    }

    [Fact]
    public void A_departure_at_event_example_keeps_check_quiet_about_the_examples_of_that_spec_only()
    {
        EditPage("\"name\": \"Maria\"", "\"name\": \"Ana\"");
        EditPage("\"name\": \"Equipe\"", "\"name\": \"Time\"");
        AddDeparture(ContactSpec, "event.examples", "The server sends the contact's saved name; the page shows another.");

        Drift drift = Assert.Single(Compare());

        Assert.EndsWith("events/note-shared-group.zapi.yaml", drift.SpecFile);
        Assert.Contains("'group.name' is \"Time\" on the page, \"Equipe\" in the spec", drift.Message);
    }

    [Fact]
    public void A_departure_that_silences_nothing_is_stale()
    {
        AddDeparture(ContactSpec, "event.example", "No longer needed.");

        Drift drift = Assert.Single(Compare());

        Assert.Equal("departures", drift.At);
        Assert.StartsWith("the departure at 'event.example' silences no difference", drift.Message);
        Assert.Equal("- at: event.example", File.ReadAllLines(ContactSpec)[drift.SpecLine - 1].Trim());
    }

    [Fact]
    public void Spec_examples_taken_from_a_second_webhook_page_are_found_on_that_page()
    {
        // A second page of the same payloads (as "notify-fromme" is), with one payload of its own.
        string second = Path.Combine(Docs, "docs", "webhooks", "on-note-shared-by-me.md");
        File.WriteAllText(second, File.ReadAllText(SharedPage).Replace("id: on-note-shared", "id: on-note-shared-by-me").Replace("\"momment\": 1632228638000", "\"momment\": 1632228699000"));

        Drift drift = Assert.Single(Compare());

        Assert.Equal("event.example", drift.At);
        Assert.EndsWith("webhooks/on-note-shared-by-me.md", drift.PageFile);
        Assert.EndsWith("it is a payload of 'note-shared-contact': add it to its examples.", drift.Message);

        string spec = File.ReadAllText(ContactSpec);
        File.WriteAllText(ContactSpec, spec.Replace("types:\n", """
                - |
                  {
                    "type": "NoteSharedCallback",
                    "noteId": "8F1A2B",
                    "momment": 1632228699000,
                    "contact": {
                      "phone": "5544999999999",
                      "name": "Maria"
                    },
                    "instanceId": "instance.id"
                  }
            types:

            """));

        Assert.Empty(Compare());
    }

    public static TheoryData<string, string, string, string> AttributesAdded() => new()
    {
        { "| contact.email | string  | E-mail do contato. |", "event.contact.email", "- name: contact", "the page documents 'contact.email' (string) in its attribute table, which no event spec of the page declares in 'contact'." },
        { "| sharedBy      | string  | Quem compartilhou a nota. |", "event.sharedBy", "- name: type", "the page documents 'sharedBy' (string) in its attribute table, which no event spec of the page declares." },
        { "| recipient.phone | string | Telefone do destinatário. |", "event.recipient", "- name: type", "the page documents 'recipient' (object) in its attribute table, which no event spec of the page declares." },
    };

    [Theory, MemberData(nameof(AttributesAdded))]
    public void An_attribute_added_to_the_table_is_drift(string row, string at, string specLine, string message)
    {
        EditPage("| group.name    |", row + "\n| group.name    |");

        Drift drift = Assert.Single(Compare());

        Assert.Equal((at, message), (drift.At, drift.Message));
        Assert.Equal(specLine, File.ReadAllLines(Path.GetFullPath(drift.SpecFile))[drift.SpecLine - 1].Trim());
        Assert.Equal(row, File.ReadAllLines(SharedPage)[drift.PageLine - 1]);
    }

    [Fact]
    public void A_departure_in_any_spec_of_the_page_silences_an_attribute_added()
    {
        EditPage("| group.name    |", "| contact.email | string  | E-mail do contato. |\n| group.name    |");
        AddDeparture(Path.Combine(Specs, "events", "note-shared-group.zapi.yaml"), "event.contact.email", "The server never sends the contact's e-mail.");

        Assert.Empty(Compare());
    }

    [Fact]
    public void A_webhook_page_with_payloads_and_no_event_spec_is_a_new_page()
    {
        File.Delete(Path.Combine(Specs, "events", "note-created.zapi.yaml"));

        Drift drift = Assert.Single(Compare());

        Assert.Equal(("page", "-"), (drift.At, drift.SpecFile));
        Assert.EndsWith("webhooks/on-note-created.md", drift.PageFile);
        Assert.Equal("{", File.ReadAllLines(Path.Combine(Docs, "docs", "webhooks", "on-note-created.md"))[drift.PageLine - 1]);
        Assert.Equal("a new webhook page: the page 'webhooks/on-note-created' documents 1 payload example(s) and no event spec mirrors it; write one event spec per kind of payload, with 'page: on-note-created'.", drift.Message);
    }

    [Fact]
    public void An_event_spec_whose_page_is_gone_says_so()
    {
        File.Delete(Path.Combine(Docs, "docs", "webhooks", "on-note-created.md"));

        Drift drift = Assert.Single(Compare());

        Assert.Equal("page", drift.At);
        Assert.EndsWith("events/note-created.zapi.yaml", drift.SpecFile);
        Assert.StartsWith("the page 'on-note-created' is not in the documentation", drift.Message);
    }

    [Fact]
    public void An_event_spec_with_errors_is_reported_and_its_page_is_not_new()
    {
        string file = Path.Combine(Specs, "events", "note-created.zapi.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("  type: NoteCreatedCallback\n", string.Empty));

        Drift drift = Assert.Single(Compare());

        Assert.Equal("spec", drift.At);
        Assert.StartsWith("the spec has errors, so it cannot be compared", drift.Message);
    }

    [Fact]
    public async Task The_command_reports_event_drift_with_the_spec_and_page_lines()
    {
        EditPage("\"name\": \"Maria\"", "\"name\": \"Ana\"");

        ZapiRun run = await ZapiProcess.RunAsync(_folder.Path, "check", "--docs", "documentation", "specs");

        Assert.Equal(1, run.ExitCode);
        string line = Assert.Single(run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        int specLine = Array.FindIndex(File.ReadAllLines(ContactSpec), l => l.Contains("\"name\": \"Maria\"", StringComparison.Ordinal)) + 1;
        int pageLine = Array.FindIndex(File.ReadAllLines(SharedPage), l => l.Contains("\"name\": \"Ana\"", StringComparison.Ordinal)) + 1;
        Assert.StartsWith($"specs/events/note-shared-contact.zapi.yaml({specLine},1): error : the example differs from the page's payload", line);
        Assert.EndsWith($" [page: documentation/docs/webhooks/on-note-shared.md({pageLine},1)]", line);
    }

    /// <summary>The page line of the first JSON line under the heading <c>### caption</c> (heading, blank line, fence, content).</summary>
    private int PayloadLine(string caption) => Array.IndexOf(File.ReadAllLines(SharedPage), "### " + caption) + 1 + 3;

    private void EditPage(string before, string after)
    {
        string text = File.ReadAllText(SharedPage);
        Assert.Contains(before, text);
        File.WriteAllText(SharedPage, text.Replace(before, after));
    }

    private static void AddDeparture(string spec, string at, string reason)
    {
        string text = File.ReadAllText(spec);
        File.WriteAllText(spec, text.Replace("\nevent:\n", $"\ndepartures:\n  - at: {at}\n    reason: {reason}\nevent:\n"));
    }

    private List<Drift> Compare() => DriftCheck.Compare(new DirectoryInfo(Docs), new DirectoryInfo(Specs));
}
