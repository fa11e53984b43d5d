using System;
using System.CommandLine;
using System.IO;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;
using ZApi.Specs.Writing;

namespace ZApi.Tool.Commands;

/// <summary><c>zapi new &lt;id&gt;</c>: a minimal valid spec to fill in, with the schema comment.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The endpoint id, lower-case words joined by '-' (the documentation page id), such as send-text." };
        var client = new Option<string>("--client") { Description = "The client group: instance (the instance API, the default) or partner.", DefaultValueFactory = _ => "instance" };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Where to write the spec (default: specs/<client>/<id>.zapi.yaml under the current folder)." };
        var undocumented = new Option<bool>("--undocumented") { Description = "An endpoint no documentation page describes (a made-up one): the spec says 'undocumented: true' and zapi check leaves it alone." };
        var command = new Command("new", "Write a minimal spec skeleton to fill in from its documentation page.") { id, client, output, undocumented };
        command.SetAction(parse => Run.Safely(() => Write(parse.GetValue(id)!, parse.GetValue(client)!, parse.GetValue(output), parse.GetValue(undocumented))));
        return command;
    }

    private static int Write(string id, string client, FileInfo? output, bool undocumented)
    {
        if (!ZApi.Specs.Naming.SpecIds.IsKebabCase(id))
        {
            throw new UsageException($"'{id}' is not an endpoint id: use lower-case words joined by '-', such as send-text.");
        }

        string path = output?.FullName ?? Path.Combine(Environment.CurrentDirectory, "specs", client, id + SpecParser.FileSuffix);
        if (File.Exists(path))
        {
            throw new UsageException($"{path} exists already; choose another --out.");
        }

        bool instance = client == "instance";
        var spec = new Spec(
            path,
            id,
            default,
            client,
            default,
            "Título da página",
            "O que a página diz do método.",
            instance ? "POST" : "GET",
            instance ? CredentialsNames.InstanceRoutePrefix + id : "/" + id,
            instance ? Credentials.Instance : Credentials.PartnerToken,
            RequestSpec.Empty,
            new EquatableArray<ResponseSpec>(new[]
            {
                new ResponseSpec(200, "A resposta documentada", null, ResponseContent.Json,
                    new EquatableArray<SpecAttribute>(new[] { new SpecAttribute("value", TypeRef.Boolean, "Atributo da resposta", true, default) }),
                    null, new EquatableArray<SpecExample>(new[] { new SpecExample("{\n  \"value\": true\n}\n", default) }), default),
            }),
            EquatableArray<TypeDefinition>.Empty,
            Undocumented: undocumented);
        var notes = new SpecNotes();
        notes.Add(SpecNotes.Header, $"New spec '{id}': copy route, method, attributes, examples and statuses from its documentation page, then build.");
        string directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);
        string schema = Import.SchemaLocation.For(directory);
        File.WriteAllText(path, SpecWriter.Write(spec, notes, schema));
        SpecParseResult check = SpecParser.ParseFile(path);
        Console.WriteLine($"Wrote {path}{(check.IsClean ? string.Empty : " (with problems: " + string.Join("; ", check.Errors) + ")")}.");
        return ToolExit.Success;
    }
}
