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
        var command = new Command("check", "Compare every spec with its documentation page: route, method, attributes, examples, statuses, and pages with no spec; event specs with the payloads and attribute tables of the webhook pages. Exits 1 on drift.") { docs, specs, format };
        command.SetAction(parse => Run.Safely(() => Check.DriftCheck.Run(parse.GetValue(docs)!, parse.GetValue(specs)!, parse.GetValue(format) == "github")));
        return command;
    }
}
