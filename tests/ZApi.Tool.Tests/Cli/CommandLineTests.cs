using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;
using ZApi.Specs.Parsing;
using ZApi.Tool.Tests.Infrastructure;

namespace ZApi.Tool.Tests.Cli;

/// <summary>The <c>zapi</c> command line as a user meets it: help, exit codes, one-line errors, files written.</summary>
public sealed class CommandLineTests : System.IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Help_lists_the_commands_and_exits_0()
    {
        ZapiRun run = await ZapiProcess.RunAsync(_folder.Path, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("import", run.Out);
        Assert.Contains("check", run.Out);
        Assert.Contains("new", run.Out);
    }

    [Fact]
    public async Task Importing_a_page_that_is_not_there_is_one_line_on_stderr_and_exit_code_2()
    {
        ZapiRun run = await ZapiProcess.RunAsync(_folder.Path, "import", "missing.md");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"zapi: {Path.Combine(_folder.Path, "missing.md")}: no such page or folder.\n", run.Error);
        Assert.DoesNotContain("   at ", run.Out + run.Error);
    }

    [Fact]
    public async Task An_unreadable_HAR_file_is_one_line_and_exit_code_2()
    {
        File.WriteAllText(Path.Combine(_folder.Path, "broken.json"), "{ not json");

        ZapiRun run = await ZapiProcess.RunAsync(_folder.Path, "import", FixtureDocs.PagePath("notes/create-note.md"), "--har", "broken.json", "--out", "out");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("zapi: " + Path.Combine(_folder.Path, "broken.json") + " is not a HAR request example", run.Error);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task A_page_that_is_no_endpoint_exits_1_with_the_reason()
    {
        ZapiRun run = await ZapiProcess.RunAsync(_folder.Path, "import", FixtureDocs.PagePath("notes/introduction.md"));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("zapi: introduction.md: the page documents no method and URL", run.Error);
    }

    [Fact]
    public async Task Import_writes_the_spec_prints_what_to_check_and_the_spec_parses()
    {
        ZapiRun run = await ZapiProcess.RunAsync(_folder.Path, "import", FixtureDocs.PagePath("notes/edit-note.md"), "--out", "specs/notes/");

        Assert.Equal(0, run.ExitCode);
        string spec = Path.Combine(_folder.Path, "specs", "notes", "edit-note.zapi.yaml");
        Assert.Contains("edit-note.md:41: warning: repaired: The example is not valid JSON: added the missing ','", run.Out);
        Assert.Contains("edit-note.md:10: warning: HAR: edit-note.json sends PUT; the page says POST.", run.Out);
        Assert.EndsWith($"Wrote {Path.Combine("specs", "notes", "edit-note.zapi.yaml")}.\n", run.Out);
        Assert.True(SpecParser.ParseFile(spec).IsClean);
    }

    [Fact]
    public async Task Importing_a_folder_imports_every_endpoint_page_into_its_area_and_sums_up()
    {
        ZapiRun run = await ZapiProcess.RunAsync(_folder.Path, "import", FixtureDocs.Root, "--out", "specs", "--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"12 page\(s\): 9 imported into specs that parse, 0 with errors to edit, 2 webhook payload pages \(their event specs are written by hand; 'zapi check' compares them\), 1 not endpoint pages \(\d+\.\d s\)\.\n$", run.Out);
        Assert.True(File.Exists(Path.Combine(_folder.Path, "specs", "partner", "create-workspace.zapi.yaml")));
        Assert.Equal(10, Directory.GetFiles(Path.Combine(_folder.Path, "specs", "notes"), "*.zapi.yaml").Length);
        Assert.DoesNotContain(": check:", run.Out);
    }

    [Fact]
    public async Task New_writes_a_skeleton_with_the_schema_comment_that_parses()
    {
        ZapiRun run = await ZapiProcess.RunAsync(_folder.Path, "new", "send-greeting");

        Assert.Equal(0, run.ExitCode);
        string path = Path.Combine(_folder.Path, "specs", "instance", "send-greeting.zapi.yaml");
        Assert.StartsWith("# yaml-language-server: $schema=../zapi-spec.schema.json\n", File.ReadAllText(path));
        SpecParseResult parsed = SpecParser.ParseFile(path);
        Assert.True(parsed.IsClean, string.Join("\n", parsed.Errors));
        Assert.Equal("/instances/{instanceId}/token/{instanceToken}/send-greeting", parsed.Spec!.Route);
    }

    [Theory]
    [InlineData("Send_Greeting", "'Send_Greeting' is not an endpoint id")]
    [InlineData("send--greeting", "'send--greeting' is not an endpoint id")]
    public async Task New_refuses_an_id_that_is_not_kebab_case(string id, string message)
    {
        ZapiRun run = await ZapiProcess.RunAsync(_folder.Path, "new", id);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("zapi: " + message, run.Error);
    }

    [Fact]
    public async Task New_does_not_overwrite_a_spec()
    {
        Assert.Equal(0, (await ZapiProcess.RunAsync(_folder.Path, "new", "send-greeting")).ExitCode);

        ZapiRun again = await ZapiProcess.RunAsync(_folder.Path, "new", "send-greeting");

        Assert.Equal(2, again.ExitCode);
        Assert.Contains("exists already", again.Error);
    }

    private static string RepositorySpecs => Path.Combine(ZApi.Generator.Tests.Infrastructure.GeneratorHarness.RepositoryRoot, "specs");

    [Fact]
    public async Task Show_prints_a_built_in_spec_as_the_package_ships_it()
    {
        ZapiRun run = await ZapiProcess.RunAsync(_folder.Path, "show", "send-text");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositorySpecs, "message", "send-text.zapi.yaml")), run.Out);
    }

    [Fact]
    public async Task Show_list_names_every_built_in_endpoint_and_webhook_event_by_area()
    {
        ZapiRun run = await ZapiProcess.RunAsync(_folder.Path, "show", "--list");

        string[] files = Directory.GetFiles(RepositorySpecs, "*.zapi.yaml", SearchOption.AllDirectories);
        int events = files.Count(f => SpecParser.ParseFile(f).Event is not null);
        int areas = Directory.GetDirectories(RepositorySpecs).Count(d => Directory.GetFiles(d, "*.zapi.yaml", SearchOption.AllDirectories).Length > 0);
        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith($"{files.Length - events} endpoint(s){(events > 0 ? $" and {events} webhook event(s)" : string.Empty)} in {areas} area(s).\n", run.Out);
        Assert.Contains("\nmessage (", run.Out);
        Assert.Contains(" send-text", run.Out);
    }

    [Fact]
    public async Task Show_lists_the_webhook_events_of_the_catalogue_and_prints_one()
    {
        string eventFile = Directory.GetFiles(RepositorySpecs, "*.zapi.yaml", SearchOption.AllDirectories).Order(System.StringComparer.Ordinal).FirstOrDefault(f => SpecParser.ParseFile(f).Event is not null)
            ?? throw new Xunit.Sdk.XunitException("the catalogue has no event spec");
        string id = Path.GetFileName(eventFile).Replace(".zapi.yaml", string.Empty);
        string area = Path.GetFileName(Path.GetDirectoryName(eventFile))!;

        ZapiRun list = await ZapiProcess.RunAsync(_folder.Path, "show", "--list");
        ZapiRun show = await ZapiProcess.RunAsync(_folder.Path, "show", id);

        string line = Assert.Single(list.Out.Split('\n'), l => l.StartsWith(area + " (", System.StringComparison.Ordinal));
        Assert.Contains("webhook event", line);
        Assert.Contains(" " + id, line);
        Assert.Equal((0, File.ReadAllText(eventFile)), (show.ExitCode, show.Out));
    }

    [Fact]
    public async Task Show_out_copies_a_built_in_spec_into_the_project_where_it_replaces_the_built_in_one()
    {
        ZapiRun run = await ZapiProcess.RunAsync(_folder.Path, "show", "message/send-text", "--out", ".");

        Assert.Equal(0, run.ExitCode);
        string copy = Path.Combine(_folder.Path, "specs", "message", "send-text.zapi.yaml");
        Assert.Equal(File.ReadAllText(Path.Combine(RepositorySpecs, "message", "send-text.zapi.yaml")), File.ReadAllText(copy));
        Assert.Contains("it replaces the built-in 'message/send-text'", run.Out);
        Assert.True(SpecParser.ParseFile(copy).IsClean);
    }

    [Fact]
    public async Task Show_of_an_id_the_catalogue_does_not_have_suggests_near_ones()
    {
        ZapiRun run = await ZapiProcess.RunAsync(_folder.Path, "show", "send-tex");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("zapi: 'send-tex' is not a built-in endpoint or webhook event; did you mean ", run.Error);
        Assert.Contains("message/send-text", run.Error);
    }

    [Theory]
    [InlineData(new[] { "new", "send-greeting", "--frobnicate" }, "zapi: Unrecognized command or argument '--frobnicate'.", "Run 'zapi new --help' for usage.")]
    [InlineData(new[] { "frob" }, "zapi: Unrecognized command or argument 'frob'.", "Run 'zapi --help' for usage.")]
    [InlineData(new[] { "check", "--format", "xml", "--docs", "." }, "zapi: Argument 'xml' not recognized. Must be one of:", "Run 'zapi check --help' for usage.")]
    public async Task A_command_line_the_tool_cannot_read_is_a_usage_error_exit_code_2_not_drift(string[] arguments, string first, string last)
    {
        ZapiRun run = await ZapiProcess.RunAsync(_folder.Path, arguments);

        Assert.Equal(2, run.ExitCode);
        string[] lines = run.Error.Trim().Split('\n');
        Assert.Contains(lines, l => l.StartsWith(first, System.StringComparison.Ordinal));
        Assert.Equal(last, lines[^1]);
        Assert.Equal(string.Empty, run.Out);
    }
}
