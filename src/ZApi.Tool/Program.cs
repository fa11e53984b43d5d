using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using ZApi.Tool.Commands;

// zapi: one Command per verb; exit codes 0 (done, no drift), 1 (findings: drift, a page that
// could not be imported), 2 (usage: a bad argument, a missing file). Errors are one line on stderr.
var root = new RootCommand("zapi: Z-API specs from the documentation. Import a page into a spec, check specs against the docs, start a new spec, show a built-in one, redact a recording.")
{
    ImportCommand.Create(),
    CheckCommand.Create(),
    NewCommand.Create(),
    ShowCommand.Create(),
    RedactCommand.Create(),
};

ParseResult parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    // A typo in a CI step is a usage error (2), never confused with drift (1).
    foreach (ParseError error in parse.Errors)
    {
        Console.Error.WriteLine("zapi: " + error.Message);
    }

    Console.Error.WriteLine($"Run '{(parse.CommandResult.Command == root ? "zapi" : "zapi " + parse.CommandResult.Command.Name)} --help' for usage.");
    return ToolExit.Usage;
}

return await parse.InvokeAsync();
