using System.Collections.Generic;
using System.Linq;
using Xunit;
using ZApi.Generator.Tests.Infrastructure;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;
using ZApi.Tool.Docs;
using ZApi.Tool.Import;
using ZApi.Tool.Tests.Infrastructure;

namespace ZApi.Tool.Tests.Import;

/// <summary>
/// <c>zapi import</c> on each fixture page: what the spec says, what was repaired (with the page's
/// line), what was left out, and that the project's own parser reads the spec back unchanged.
/// </summary>
public sealed class PageImportTests
{
    public static TheoryData<string> EndpointPages() => new(FixtureDocs.Pages().Where(p => PageReader.Read(FixtureDocs.PagePath(p)).Page is not null));

    [Theory, MemberData(nameof(EndpointPages))]
    public void Imports(string page)
    {
        IReadOnlyList<ImportResult> results = FixtureDocs.Import(page);

        string text = string.Join(
            "\n",
            results.Select(r => $"==== {r.Spec.Id}.zapi.yaml\n{r.Yaml}\n---- zapi import says\n{string.Join("\n", ImportReport.Lines(r, System.IO.Path.GetFileName(page), quiet: false))}\n"));
        Snapshot.MatchText(text, suffix: page.Replace('/', '-').Replace(".md", string.Empty));
    }

    [Theory, MemberData(nameof(EndpointPages))]
    public void Each_imported_spec_parses_back_into_the_model_the_importer_wrote(string page)
    {
        foreach (ImportResult result in FixtureDocs.Import(page))
        {
            SpecParseResult parsed = SpecParser.Parse("/project/specs/" + result.Spec.Id + ".zapi.yaml", result.Yaml);

            Assert.True(parsed.IsClean, string.Join("\n", parsed.Errors));
            Assert.Empty(result.Problems);
            Assert.Equal(Shape(result.Spec), Shape(parsed.Spec!));
        }
    }

    [Fact]
    public void The_regular_layout_gives_route_credentials_attributes_types_examples_and_error_hints()
    {
        ImportResult result = FixtureDocs.ImportOne("notes/create-note.md");
        Spec spec = result.Spec;

        Assert.Equal(("create-note", "instance", "Criar nota", "POST"), (spec.Id, spec.Client, spec.Title, spec.Method));
        Assert.Equal("/instances/{instanceId}/token/{instanceToken}/notes", spec.Route);
        Assert.Equal(Credentials.Instance, spec.Credentials);
        Assert.Equal("Neste método você cria uma nota em um chat.", spec.Summary);
        Assert.Equal(new[] { "phone: string required", "text: string required", "pinned: boolean optional", "color: integer optional" }, spec.Request.Body.Select(Describe));
        Assert.Equal("Telefone do chat no formato DDI DDD NÚMERO", spec.Request.Body[0].Description);

        ResponseSpec ok = spec.Responses.Single(r => r.StatusCode == 200);
        Assert.Equal(new[] { "noteId: string required", "createdAt: timestamp required" }, ok.Body.Select(Describe));
        Assert.Contains("\"noteId\": \"8F1A2B\"", ok.Examples.Single().Json);
        Assert.Equal(new[] { 200, 405, 415 }, spec.Responses.Select(r => r.StatusCode));
        Assert.StartsWith("Neste caso certifique", spec.Responses.Single(r => r.StatusCode == 405).Hint);
    }

    [Fact]
    public void A_HAR_example_that_agrees_with_the_page_confirms_it_and_becomes_a_request_example()
    {
        ImportResult result = FixtureDocs.ImportOne("notes/create-note.md");

        Assert.Equal(2, result.Spec.Request.Examples.Count);
        Assert.Contains("Pagar boleto", result.Spec.Request.Examples[1].Json);
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.HarDisagrees);
    }

    [Fact]
    public void A_HAR_example_that_disagrees_is_reported_with_the_page_line_and_the_page_wins()
    {
        ImportResult result = FixtureDocs.ImportOne("notes/edit-note.md");

        Assert.Equal("POST", result.Spec.Method);
        Finding method = Assert.Single(result.Findings, f => f.Kind == FindingKind.HarDisagrees && f.Message.Contains("sends PUT"));
        Assert.Equal(10, method.PageLine);
        Assert.Contains(result.Findings, f => f.Kind == FindingKind.HarDisagrees && f.Message.Contains("no Client-Token header"));
    }

    [Fact]
    public void A_missing_comma_is_repaired_and_said_in_a_comment_at_that_example_and_a_warning_with_the_page_line()
    {
        ImportResult result = FixtureDocs.ImportOne("notes/edit-note.md");

        Finding repair = Assert.Single(result.Findings, f => f.Kind == FindingKind.Repaired && f.Message.Contains("missing ','"));
        Assert.Equal(41, repair.PageLine);
        Assert.Contains("\"noteId\": \"8F1A2B\",\n", result.Spec.Request.Examples.Single().Json);
        string[] yaml = result.Yaml.Split('\n');
        int example = System.Array.FindIndex(yaml, l => l == "  example: |");
        Assert.StartsWith("  # Repaired from the page (line 41): added the missing ','", yaml[example - 1]);
    }

    [Fact]
    public void A_trailing_comma_is_removed_and_said()
    {
        ImportResult result = FixtureDocs.ImportOne("notes/edit-note.md");

        Finding repair = Assert.Single(result.Findings, f => f.Kind == FindingKind.Repaired && f.Message.Contains("trailing ','"));
        Assert.Equal(58, repair.PageLine);
        Assert.Equal("{\n  \"value\": true\n}\n", result.Spec.Responses.Single(r => r.StatusCode == 200).Examples.Single().Json);
        Assert.Contains("# Repaired from the page (line 58): removed a trailing ','", result.Yaml);
    }

    [Fact]
    public void A_table_that_contradicts_its_example_keeps_the_example_type_and_says_so()
    {
        ImportResult result = FixtureDocs.ImportOne("notes/get-note.md");

        SpecAttribute edits = result.Spec.Responses.Single(r => r.StatusCode == 200).Body.Single(a => a.Name == "edits");
        Assert.Equal(TypeRef.String, edits.Type);
        Finding repair = Assert.Single(result.Findings, f => f.Message.StartsWith("'edits': the table says integer"));
        Assert.Equal((FindingKind.Repaired, 55), (repair.Kind, repair.PageLine));
    }

    [Fact]
    public void A_row_under_required_whose_description_says_optional_becomes_optional()
    {
        ImportResult result = FixtureDocs.ImportOne("notes/get-note.md");

        Assert.Equal(new[] { "history: boolean optional" }, result.Spec.Request.Query.Select(Describe));
        Assert.Contains(result.Findings, f => f.Kind == FindingKind.Repaired && f.PageLine == 33 && f.Message.StartsWith("'history' is listed as required"));
    }

    [Fact]
    public void Path_parameters_come_from_the_route_and_query_parameters_from_the_rest_of_a_GET()
    {
        Spec spec = FixtureDocs.ImportOne("notes/get-note.md").Spec;

        Assert.Equal("GET", spec.Method);
        Assert.Equal("/instances/{instanceId}/token/{instanceToken}/notes/{noteId}", spec.Route);
        Assert.Equal(new[] { "noteId: string required" }, spec.Request.Path.Select(Describe));
        Assert.Empty(spec.Request.Body);
        Assert.Equal("A nota não existe (ou foi apagada).", spec.Responses.Single(r => r.StatusCode == 404).Hint);
    }

    [Fact]
    public void Several_examples_in_one_block_and_in_several_blocks_are_each_an_example()
    {
        ImportResult result = FixtureDocs.ImportOne("notes/search-notes.md");

        Assert.Equal(3, result.Spec.Request.Examples.Count);
        Assert.Contains("reunião", result.Spec.Request.Examples[2].Json);
        Assert.Contains(result.Findings, f => f.Kind == FindingKind.Repaired && f.PageLine == 45 && f.Message.StartsWith("The block holds 2 JSON values"));
    }

    [Fact]
    public void An_array_response_is_an_array_of_a_type_made_from_its_table()
    {
        Spec spec = FixtureDocs.ImportOne("notes/search-notes.md").Spec;

        ResponseSpec ok = spec.Responses.Single(r => r.StatusCode == 200);
        Assert.Equal(TypeRef.Named("SearchNotesItem"), ok.Items);
        Assert.Equal(new[] { "noteId: string required", "phone: string required", "text: string required" }, spec.FindType("SearchNotesItem")!.Attributes.Select(Describe));
    }

    [Fact]
    public void A_response_section_that_names_no_status_is_read_as_200_and_said()
    {
        ImportResult result = FixtureDocs.ImportOne("notes/archive-note.md");

        ResponseSpec ok = Assert.Single(result.Spec.Responses);
        Assert.Equal(200, ok.StatusCode);
        Assert.Equal(new[] { "archived: boolean required" }, ok.Body.Select(Describe));
        Assert.Contains(result.Findings, f => f.Kind == FindingKind.Repaired && f.PageLine == 46 && f.Message.StartsWith("The Response section names no status"));
        Assert.Contains("# The page's Response section names no status (line 46): read as 200.", result.Yaml);
    }

    [Fact]
    public void Nested_tables_by_caption_and_by_heading_become_named_types_and_an_enum_listed_in_a_description_an_enum()
    {
        Spec spec = FixtureDocs.ImportOne("notes/share-note.md").Spec;

        Assert.Equal(new[] { "noteId: string required", "recipient: Recipient required", "priority: Priority required", "attachments: array of Attachment optional" }, spec.Request.Body.Select(Describe));
        Assert.Equal(new[] { "phone: string required", "name: string required" }, spec.FindType("Recipient")!.Attributes.Select(Describe));
        Assert.Equal(new[] { "url: string optional", "caption: string optional" }, spec.FindType("Attachment")!.Attributes.Select(Describe));
        TypeDefinition priority = spec.FindType("Priority")!;
        Assert.Equal(new[] { "low", "normal", "high" }, priority.EnumValues);
        Assert.False(priority.IsOpen); // a request's enum is the set the server accepts
    }

    [Fact]
    public void Each_note_box_lands_at_its_level_and_enum_values_keep_what_the_page_says_they_mean()
    {
        ImportResult result = FixtureDocs.ImportOne("notes/share-note.md");
        Spec spec = result.Spec;

        // Conceituação: the endpoint's.
        PageNote endpoint = Assert.Single(spec.Notes);
        Assert.Equal(("caution", "Atenção", "Somente contatos salvos recebem a nota."), (endpoint.Kind, endpoint.Title, endpoint.Text));

        // Among the attributes, naming "noteId": that attribute's.
        PageNote attribute = Assert.Single(spec.Request.Body.Single(a => a.Name == "noteId").Notes);
        Assert.Equal(("important", (string?)null), (attribute.Kind, attribute.Title));
        Assert.All(spec.Request.Body.Where(a => a.Name != "noteId"), a => Assert.Empty(a.Notes));

        // Under ### 200 (a four-colon box): the response's, its lines kept.
        PageNote response = Assert.Single(spec.Responses.Single(r => r.StatusCode == 200).Notes);
        Assert.Equal(("tip", "Dica", "Guarde o **messageId** para\nacompanhar a entrega."), (response.Kind, response.Title, response.Text));
        Assert.Empty(spec.Responses.Single(r => r.StatusCode == 405).Notes);
        Assert.Equal("Retorna o id da mensagem que leva a nota.", spec.Responses.Single(r => r.StatusCode == 200).Description);

        TypeDefinition priority = spec.FindType("Priority")!;
        Assert.Equal(new[] { "Sem notificação", "Notificação padrão", "Notificação imediata" }, priority.EnumValues.Select(priority.DescriptionOf));
        Assert.True(result.PageLines.ContainsKey("notes.somente-contatos-salvos-recebem-a-nota"));
    }

    [Fact]
    public void A_page_without_note_boxes_gives_a_spec_without_notes()
    {
        Spec spec = FixtureDocs.ImportOne("notes/create-note.md").Spec;

        Assert.Empty(spec.Notes);
        Assert.All(spec.Request.Body, a => Assert.Empty(a.Notes));
        Assert.All(spec.Responses, r => Assert.Empty(r.Notes));
    }

    [Fact]
    public void Several_routes_on_one_page_are_one_spec_each_with_its_own_id()
    {
        IReadOnlyList<ImportResult> results = FixtureDocs.Import("notes/note-links.md");

        Assert.Equal(new[] { "note-link", "note-link-image", "note-code" }, results.Select(r => r.Spec.Id));
        Assert.Equal(new[] { "note-links", "note-links", "note-links" }, results.Select(r => r.Spec.PageId));
        Assert.Equal(new[] { "noteId: string required" }, results[2].Spec.Request.Path.Select(Describe));
        Assert.All(results, r => Assert.Contains(r.Findings, f => f.Kind == FindingKind.LeftOut && f.Message.StartsWith("The page documents 3 routes")));
    }

    [Fact]
    public void A_JSON_array_body_is_items_of_a_type_made_from_the_table()
    {
        Spec spec = FixtureDocs.ImportOne("notes/import-notes.md").Spec;

        Assert.Equal(TypeRef.Named("ImportNotesItem"), spec.Request.Items);
        Assert.Equal(new[] { "phone: string required", "text: string required" }, spec.FindType("ImportNotesItem")!.Attributes.Select(Describe));
        Assert.Equal(new[] { "imported: integer required", "errors: array of string required" }, spec.Responses.Single(r => r.StatusCode == 200).Body.Select(Describe));
    }

    [Fact]
    public void The_partner_API_is_the_partner_client_and_a_plain_OK_is_a_text_answer()
    {
        Spec spec = FixtureDocs.ImportOne("partner/create-workspace.md").Spec;

        Assert.Equal(("partner", Credentials.PartnerToken, "/instances/integrator/workspaces"), (spec.Client, spec.Credentials, spec.Route));
        ResponseSpec created = spec.Responses.Single(r => r.StatusCode == 201);
        Assert.Equal(ResponseContent.Text, created.Content);
        Assert.Equal("OK", created.Examples.Single().Json);
    }

    [Fact]
    public void A_success_body_a_shared_type_describes_returns_that_type()
    {
        const string sharing = """
            id: get-any-note
            client: instance
            title: Uma nota
            method: GET
            route: /instances/{instanceId}/token/{instanceToken}/any-note
            credentials: instance
            responses:
              200:
                type: NoteCreated
            types:
              NoteCreated:
                description: Uma nota criada
                required:
                  - { name: noteId, type: string, description: Id da nota }
                optional:
                  - { name: createdAt, type: timestamp }
                  - { name: editedAt, type: timestamp }
            """;
        Spec shared = SpecParser.Parse("/project/specs/get-any-note.zapi.yaml", sharing).Spec!;
        Docs.EndpointPage page = PageReader.Read(FixtureDocs.PagePath("notes/create-note.md")).Page!;

        ImportResult result = PageImporter.Import(page, page.Routes[0], null, "/project/specs/create-note.zapi.yaml", shared.Types.ToList());

        ResponseSpec ok = result.Spec.Responses.Single(r => r.StatusCode == 200);
        Assert.Equal((TypeRef.Named("NoteCreated"), 0), (ok.Type, ok.Body.Count));
        Assert.Equal(shared.FindType("NoteCreated")!.Attributes.Select(Describe), result.Spec.FindType("NoteCreated")!.Attributes.Select(Describe));
        Assert.Empty(result.Problems);
        Assert.Contains("# The page's 200 body (noteId, createdAt) is the shared type NoteCreated", result.Yaml);
    }

    [Fact]
    public void A_body_that_differs_from_every_shared_type_keeps_its_own_members()
    {
        Docs.EndpointPage page = PageReader.Read(FixtureDocs.PagePath("notes/edit-note.md")).Page!;
        var noteCreated = new TypeDefinition("NoteCreated", null, new[] { new SpecAttribute("noteId", TypeRef.String, null, true, default) }.ToEquatableArray(), EquatableArray<string>.Empty, string.Empty, default);

        ImportResult result = PageImporter.Import(page, page.Routes[0], null, "/project/specs/edit-note.zapi.yaml", new[] { noteCreated });

        Assert.Null(result.Spec.Responses.Single(r => r.StatusCode == 200).Type);
        Assert.Null(result.Spec.FindType("NoteCreated"));
    }

    [Theory]
    [InlineData("notes/introduction.md", "the page documents no method and URL")]
    [InlineData("webhooks/on-note-created.md", "a webhook payload page")]
    public void Pages_that_are_not_endpoints_say_why(string page, string reason)
    {
        PageReadResult read = PageReader.Read(FixtureDocs.PagePath(page));

        Assert.Null(read.Page);
        Assert.StartsWith(reason, read.NotAnEndpoint);
    }

    private static string Describe(SpecAttribute attribute) => $"{attribute.Name}: {attribute.Type} {(attribute.IsRequired ? "required" : "optional")}";

    /// <summary>The model without source positions (the importer's model has none; the parser's has the YAML's).</summary>
    private static string Shape(Spec spec) =>
        string.Join(
            "\n",
            new[] { spec.Id, spec.Client, spec.Title, spec.Summary, spec.Method, spec.Route, spec.Credentials.ToString(), spec.PageId }
                .Concat(spec.Request.Path.Concat(spec.Request.Query).Concat(spec.Request.Body).Select(Describe))
                .Concat(spec.Request.Examples.Select(e => e.Json))
                .Concat(spec.Responses.SelectMany(r => new[] { r.StatusCode + " " + r.Content + " " + r.Hint + " " + r.Items }.Concat(r.Body.Select(Describe)).Concat(r.Examples.Select(e => e.Json))))
                .Concat(spec.Types.SelectMany(t => new[] { t.Name + " " + string.Join(",", t.EnumValues) }.Concat(t.Attributes.Select(Describe)))));
}
