using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;
using ZApi.Tool.Check;
using ZApi.Tool.Tests.Infrastructure;

namespace ZApi.Tool.Tests.Check;

/// <summary>
/// <c>zapi check</c>: specs imported from the fixture documentation, then the documentation edited
/// the way Z-API edits it. Each kind of drift is found, with the line on both sides; an unchanged
/// pair is quiet; a departure recorded in the spec keeps it quiet on purpose.
/// </summary>
public sealed class DriftCheckTests : IDisposable
{
    private readonly ImportedDocs _docs = new();

    private string Docs => _docs.Docs;

    private string Specs => _docs.Specs;

    private string CreateNotePage => _docs.Page("notes", "create-note");

    private string CreateNoteSpec => _docs.Spec("notes", "create-note");

    public void Dispose() => _docs.Dispose();

    [Fact]
    public void Specs_imported_from_unchanged_pages_have_no_drift()
    {
        Assert.Empty(Compare());
    }

    public static TheoryData<string, string, string, string> PageEdits() => new()
    {
        { "the route changed", "token/{{instanceToken}}/notes\n", "token/{{instanceToken}}/notes/new\n", "route|the route changed: the page says /instances/{instanceId}/token/{instanceToken}/notes/new" },
        { "the method changed", "`POST` https", "`PUT` https", "method|the method changed: the page says PUT, the spec POST." },
        { "an attribute added", "| color     | integer | Índice da cor da nota          |\n", "| color     | integer | Índice da cor da nota          |\n| reminder  | timestamp | Quando lembrar |\n", "request.body.reminder|the page documents 'reminder' (timestamp) in the request body, which the spec does not." },
        { "an attribute removed", "| color     | integer | Índice da cor da nota          |\n", string.Empty, "request.body.color|the spec has 'color' in the request body, which the page no longer documents." },
        { "an attribute retyped", "| color     | integer |", "| color     | string  |", "request.body.color|'color' changed type: the page says string, the spec integer." },
        { "an example changed", "\"text\": \"Ligar amanhã\"", "\"text\": \"Ligar hoje\"", "request.example|the example changed: 'text' is \"Ligar hoje\" on the page, \"Ligar amanhã\" in the spec." },
        { "a status added", "### 405\n", "### 404\n\nA nota não existe.\n\n### 405\n", "responses.404|the page documents status 404, which the spec does not." },
        { "a status removed", "### 415\n\nCaso você receba um erro 415, certifique de adicionar na headers da requisição o \"Content-Type\".\n", string.Empty, "responses.415|the spec documents status 415, which the page no longer does." },
        { "a response attribute added", "| createdAt | timestamp | Criação da nota (milissegundos) |\n", "| createdAt | timestamp | Criação da nota (milissegundos) |\n| color     | integer   | Cor da nota |\n", "responses.200.body.color|the page documents 'color' (integer) in response 200 body, which the spec does not." },
    };

    [Theory, MemberData(nameof(PageEdits))]
    public void Each_kind_of_page_edit_is_one_drift_naming_what_changed(string edit, string before, string after, string expected)
    {
        EditPage(before, after);

        Drift drift = Assert.Single(Compare());

        Assert.Equal(expected.Split('|')[0], drift.At);
        Assert.StartsWith(expected.Split('|')[1], drift.Message);
        Assert.EndsWith("notes/create-note.zapi.yaml", drift.SpecFile);
        Assert.EndsWith("notes/create-note.md", drift.PageFile);
        Assert.True(drift.SpecLine >= 1 && drift.PageLine >= 1, edit);
    }

    [Fact]
    public void A_retyped_attribute_points_at_its_line_in_the_spec_and_its_row_in_the_page()
    {
        EditPage("| color     | integer |", "| color     | string  |");

        Drift drift = Assert.Single(Compare());

        Assert.Equal("- name: color", File.ReadAllLines(CreateNoteSpec)[drift.SpecLine - 1].Trim());
        Assert.StartsWith("| color ", File.ReadAllLines(CreateNotePage)[drift.PageLine - 1]);
    }

    [Fact]
    public void A_new_page_is_a_new_endpoint_with_no_spec()
    {
        File.Copy(CreateNotePage, Path.Combine(Docs, "docs", "notes", "pin-note.md"));
        File.WriteAllText(
            Path.Combine(Docs, "docs", "notes", "pin-note.md"),
            File.ReadAllText(Path.Combine(Docs, "docs", "notes", "pin-note.md")).Replace("id: create-note", "id: pin-note").Replace("/notes\n", "/notes/pin\n"));

        Drift drift = Assert.Single(Compare());

        Assert.Equal(("page", "-"), (drift.At, drift.SpecFile));
        Assert.EndsWith("notes/pin-note.md", drift.PageFile);
        Assert.Equal(10, drift.PageLine);
        Assert.StartsWith("a new endpoint: the page 'notes/pin-note' (POST /instances/{instanceId}/token/{instanceToken}/notes/pin) has no spec", drift.Message);
    }

    [Fact]
    public void A_removed_page_leaves_its_spec_without_a_page()
    {
        File.Delete(Path.Combine(Docs, "docs", "notes", "archive-note.md"));

        Drift drift = Assert.Single(Compare());

        Assert.Equal("page", drift.At);
        Assert.EndsWith("notes/archive-note.zapi.yaml", drift.SpecFile);
        Assert.StartsWith("the page 'archive-note' is not in the documentation", drift.Message);
    }

    [Fact]
    public void A_departure_recorded_in_the_spec_keeps_check_quiet_about_that_difference_only()
    {
        EditPage("| color     | integer |", "| color     | string  |");
        EditPage("### 405\n", "### 404\n\nA nota não existe.\n\n### 405\n");
        File.AppendAllText(CreateNoteSpec, "departures:\n  - at: request.body.color\n    reason: The server sends the color as a number whatever the page says.\n");

        Drift drift = Assert.Single(Compare());

        Assert.Equal("responses.404", drift.At);
    }

    [Theory]
    [InlineData("/update-webhook-note-created", 0)]
    [InlineData("/update-webhook-note-edited", 1)]
    public void A_configuration_route_told_on_a_webhook_payload_page_is_compared_by_method_and_route(string route, int drifts)
    {
        Directory.CreateDirectory(Path.Combine(Specs, "webhooks"));
        File.WriteAllText(Path.Combine(Specs, "webhooks", "update-webhook-note-created.zapi.yaml"), $$"""
            id: update-webhook-note-created
            page: on-note-created
            client: instance
            title: Ao criar nota
            method: PUT
            route: /instances/{instanceId}/token/{instanceToken}{{route}}
            credentials: instance
            request:
              body:
                required:
                  - { name: value, type: string }
            responses:
              200:
                body:
                  required:
                    - { name: value, type: boolean }
            """);

        List<Drift> found = Compare();

        Assert.Equal(drifts, found.Count);
        Assert.All(found, d => Assert.StartsWith("the page documents the configuration routes PUT /instances/{instanceId}/token/{instanceToken}/update-webhook-note-created, not PUT", d.Message));
    }

    private string ShareNotePage => _docs.Page("notes", "share-note");

    private string ShareNoteSpec => _docs.Spec("notes", "share-note");

    public static TheoryData<string, string, string, string> NoteEdits() => new()
    {
        { "a note added", "Envia uma nota para outro contato, com anexos opcionais.\n", "Envia uma nota para outro contato, com anexos opcionais.\n\n:::warning\nNo máximo 10 anexos por nota.\n:::\n", "notes.no-maximo-10-anexos-por-nota|the page has the note ':::warning' \"No máximo 10 anexos por nota.\", which the spec does not" },
        { "a note changed", "Somente contatos salvos recebem a nota.", "Somente contatos salvos e bloqueados recebem a nota.", "notes.somente-contatos-salvos-e-bloqueados-recebem|the note ':::caution Atenção' changed: the page says \"Somente contatos salvos e bloqueados recebem a nota.\", the spec \"Somente contatos salvos recebem a nota.\"" },
        { "a note retitled", ":::caution Atenção", ":::caution Cuidado", "notes.somente-contatos-salvos-recebem-a-nota|the page has the note ':::caution Cuidado'" },
        { "a note removed", ":::important\nO atributo \"noteId\" deve ser de uma nota que ainda existe.\n:::\n", string.Empty, "notes.o-atributo-noteid-deve-ser-de|the spec has the note ':::important' \"O atributo \"noteId\" deve ser de uma nota que ainda existe.\", which the page no longer gives." },
        { "the response's description changed", "Retorna o id da mensagem que leva a nota.", "Retorna o id da nota compartilhada.", "responses.200.description|the page describes response 200 as \"Retorna o id da nota compartilhada.\"; the spec says \"Retorna o id da mensagem que leva a nota.\"" },
        { "an enum value's meaning changed", "- normal (Notificação padrão)", "- normal (Notificação sonora)", "request.body.priority|the page says the value 'normal' of Priority means \"Notificação sonora\"; the spec says \"Notificação padrão\"" },
    };

    [Theory, MemberData(nameof(NoteEdits))]
    public void Each_kind_of_note_edit_is_one_drift_with_both_places(string edit, string before, string after, string expected)
    {
        string text = File.ReadAllText(ShareNotePage);
        Assert.Contains(before, text);
        File.WriteAllText(ShareNotePage, text.Replace(before, after));

        List<Drift> found = Compare();

        // A retitled note is the page's new note and the spec's old one, removed: two differences, the first the added one.
        Drift drift = edit == "a note retitled" ? found[0] : Assert.Single(found);
        Assert.Equal((expected.Split('|')[0], true), (drift.At, drift.Message.StartsWith(expected.Split('|')[1], StringComparison.Ordinal)));
        Assert.EndsWith("notes/share-note.zapi.yaml", drift.SpecFile);
        Assert.EndsWith("notes/share-note.md", drift.PageFile);
        Assert.True(drift.SpecLine >= 1 && drift.PageLine >= 1, edit);
        if (edit is "a note changed" or "a note added")
        {
            // The page's line is the box's opening fence.
            Assert.StartsWith(":::", File.ReadAllLines(ShareNotePage)[drift.PageLine - 1], StringComparison.Ordinal);
        }

        if (edit == "a note changed")
        {
            // The spec's line is the note's kind.
            Assert.Equal("- kind: caution", File.ReadAllLines(ShareNoteSpec)[drift.SpecLine - 1].Trim());
        }
    }

    [Fact]
    public void A_note_may_stand_at_another_level_in_the_spec_and_a_departure_leaves_one_out()
    {
        // The spec moves the endpoint's note onto the 'recipient' attribute: where a note stands is the spec's to choose.
        string spec = File.ReadAllText(ShareNoteSpec);
        string endpointNote = "notes:\n  - kind: caution\n    title: Atenção\n    text: Somente contatos salvos recebem a nota.\n";
        Assert.Contains(endpointNote, spec);
        spec = spec.Replace(endpointNote, string.Empty).Replace("      - name: recipient\n        type: Recipient\n", "      - name: recipient\n        type: Recipient\n        notes:\n          - { kind: caution, title: Atenção, text: Somente contatos salvos recebem a nota. }\n");
        File.WriteAllText(ShareNoteSpec, spec);
        Assert.Empty(Compare());

        // The page adds a note the spec leaves out on purpose.
        File.WriteAllText(ShareNotePage, File.ReadAllText(ShareNotePage).Replace("## Response\n", ":::tip Vídeo\nAssista ao vídeo sobre notas.\n:::\n\n## Response\n"));
        Assert.Equal("notes.assista-ao-video-sobre-notas", Assert.Single(Compare()).At);
        File.AppendAllText(ShareNoteSpec, "departures:\n  - at: notes.assista-ao-video-sobre-notas\n    reason: A link to a video, not about the API.\n");
        Assert.Empty(Compare());
    }

    [Fact]
    public void A_configuration_route_on_a_webhook_payload_page_carries_the_page_notes_outside_its_Response_section()
    {
        string page = Path.Combine(Docs, "docs", "webhooks", "on-note-created.md");
        string text = File.ReadAllText(page);
        Assert.Contains("## Atualizando Webhook\n", text);
        Assert.Contains("## Response\n", text);
        File.WriteAllText(page, text
            .Replace("## Atualizando Webhook\n", ":::caution Atenção\n\nO servidor só aceita URLs HTTPS\n\n:::\n\n## Atualizando Webhook\n")
            .Replace("## Response\n", "## Response\n\n:::tip Aviso\nUm aviso sobre um payload.\n:::\n"));
        Directory.CreateDirectory(Path.Combine(Specs, "webhooks"));
        string spec = Path.Combine(Specs, "webhooks", "update-webhook-note-created.zapi.yaml");
        const string Route = """
            id: update-webhook-note-created
            page: on-note-created
            client: instance
            title: Ao criar nota
            method: PUT
            route: /instances/{instanceId}/token/{instanceToken}/update-webhook-note-created
            credentials: instance

            """;
        const string Rest = """
            request:
              body:
                required:
                  - { name: value, type: string }
            responses:
              200:
                body:
                  required:
                    - { name: value, type: boolean }
            """;
        File.WriteAllText(spec, Route + Rest);

        Drift drift = Assert.Single(Compare());
        Assert.Equal("notes.o-servidor-so-aceita-urls-https", drift.At);
        Assert.StartsWith(":::caution", File.ReadAllLines(page)[drift.PageLine - 1], StringComparison.Ordinal);

        File.WriteAllText(spec, Route + "notes:\n  - { kind: caution, title: Atenção, text: O servidor só aceita URLs HTTPS }\n" + Rest);
        Assert.Empty(Compare());
    }

    [Fact]
    public void A_spec_that_does_not_parse_is_reported_not_skipped()
    {
        File.WriteAllText(CreateNoteSpec, "id: create-note\nroute: [\n");

        Drift drift = Assert.Single(Compare());

        Assert.Equal("spec", drift.At);
        Assert.StartsWith("the spec has errors, so it cannot be compared", drift.Message);
    }

    [Fact]
    public async System.Threading.Tasks.Task The_command_exits_1_on_drift_and_writes_GitHub_annotations_with_both_places()
    {
        EditPage("| color     | integer |", "| color     | string  |");

        ZapiRun run = await ZapiProcess.RunAsync(_docs.Root, "check", "--docs", "documentation", "specs", "--format", "github");

        Assert.Equal(1, run.ExitCode);
        string line = Assert.Single(run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        int specLine = Array.FindIndex(File.ReadAllLines(CreateNoteSpec), l => l.Trim() == "- name: color") + 1;
        Assert.Equal($"::error file=specs/notes/create-note.zapi.yaml,line={specLine},col=1,title=zapi check (request.body.color)::'color' changed type: the page says string, the spec integer. [page: documentation/docs/notes/create-note.md:40]", line);
        Assert.Equal("zapi check: 1 difference(s) between the specs and the documentation.\n", run.Error);
    }

    [Fact]
    public async System.Threading.Tasks.Task The_command_exits_0_and_says_so_when_nothing_drifted()
    {
        ZapiRun run = await ZapiProcess.RunAsync(_docs.Root, "check", "--docs", "documentation", "specs");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Out));
        Assert.Equal("zapi check: every spec matches its page.\n", run.Error);
    }

    private void EditPage(string before, string after) => ImportedDocs.Edit(CreateNotePage, before, after);

    private List<Drift> Compare() => _docs.Compare();
}
