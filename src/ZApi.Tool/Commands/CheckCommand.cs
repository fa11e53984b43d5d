using System.CommandLine;
using System.IO;

namespace ZApi.Tool.Commands;

/// <summary><c>zapi check --docs &lt;folder&gt; [&lt;specs folder&gt;]</c>: every spec (endpoint or webhook event) against its page; exit code 1 on any drift.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var docs = new Option<DirectoryInfo>("--docs") { Description = "The documentation folder (its docs/ pages; json-examples/ beside them is used when present).", Required = true };
        var specs = new Argument<DirectoryInfo>("specs") { Description = "The specs folder (default: specs).", DefaultValueFactory = _ => new DirectoryInfo("specs") };
        var format = new Option<string>("--format") { Description = "text (default): one line per difference; github: GitHub Actions annotations.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "github");
        var catalogue = new Option<DirectoryInfo?>("--catalogue") { Description = "The built-in specs the project compiles besides its own (default: the catalogue this tool ships, the package's): the pages they mirror are not reported as new. A spec of the project with a built-in id replaces the built-in one." };
        var noCatalogue = new Option<bool>("--no-catalogue") { Description = "Count no built-in catalogue: every page no spec of the folder mirrors is new." };
        var only = new Option<string[]>("--only") { Description = "Report only the differences of these spec files or folders (repeatable): no new pages.", AllowMultipleArgumentsPerToken = true };
        var pin = new Option<bool>("--pin") { Description = "Pin every departure to the page text it answers (writes 'pin' into the specs) instead of reporting; check then says when the page changes there." };
        var command = new Command("check", "Compare every spec with its documentation page: route, method, credentials, deprecation, attributes (type, required or optional), the shape of answers, examples member by member, statuses, shared types, and pages with no spec; event specs with the payloads and attribute tables of the webhook pages. Each line is located on both sides. Exits 1 on drift.") { docs, specs, format, catalogue, noCatalogue, only, pin };
        command.SetAction(parse => Run.Safely(() =>
        {
            Check.BuiltInCatalogue builtIn = parse.GetValue(noCatalogue) ? Check.BuiltInCatalogue.None
                : parse.GetValue(catalogue) is { } folder ? Check.BuiltInCatalogue.Folder(folder)
                : Check.BuiltInCatalogue.Shipped();
            var options = new Check.CheckOptions(builtIn, parse.GetValue(only) ?? System.Array.Empty<string>(), parse.GetValue(pin));
            return Check.DriftCheck.Run(parse.GetValue(docs)!, parse.GetValue(specs)!, parse.GetValue(format) == "github", options);
        }));
        return command;
    }
}
