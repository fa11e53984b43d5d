using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;
using Xunit.Abstractions;
using ZApi.Generator.Tests.Infrastructure;
using ZApi.Specs.Yaml;

namespace ZApi.Generator.Tests.Schema;

/// <summary>
/// <c>specs/zapi-spec.schema.json</c> under a standard strict validator (Ajv, strict mode: unknown
/// keywords such as <c>enumDescriptions</c>, union types and loose <c>required</c> are errors),
/// against every spec of the repository and the test fixtures; and it still says no to a bad one.
/// Node.js runs Ajv from <c>tests/schema</c> (installed by <c>npm ci</c> on first use).
/// </summary>
public sealed class SchemaValidationTests
{
    private static readonly string SchemaFolder = Path.Combine(GeneratorHarness.RepositoryRoot, "tests", "schema");
    private static readonly string Schema = Path.Combine(GeneratorHarness.RepositoryRoot, "specs", "zapi-spec.schema.json");
    private static readonly Lazy<bool> Installed = new(Install);

    private readonly ITestOutputHelper _output;

    public SchemaValidationTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Every_spec_of_the_repository_and_every_valid_fixture_validates_under_strict_ajv()
    {
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string folder in new[] { "specs", Path.Combine("tests", "ZApi.Client.Tests", "Specs") })
        {
            string root = Path.Combine(GeneratorHarness.RepositoryRoot, folder);
            foreach (string file in Directory.GetFiles(root, "*.zapi.yaml", SearchOption.AllDirectories))
            {
                documents[Path.GetRelativePath(GeneratorHarness.RepositoryRoot, file)] = File.ReadAllText(file);
            }
        }

        documents["fixture ping"] = SpecTexts.Ping;
        documents["fixture ping with parameters and types"] = SpecTexts.PingWithParametersAndTypes;
        documents["fixture ping with notes"] = SpecTexts.PingWithNotes;

        (int exitCode, string output) = Validate(documents);
        _output.WriteLine(output);
        Assert.True(exitCode == 0, output);
        Assert.True(output.Split('\n').Count(l => l.StartsWith("ok ", StringComparison.Ordinal)) == documents.Count, output);
    }

    [Fact]
    public void The_schema_refuses_what_the_parser_refuses()
    {
        var documents = new Dictionary<string, string>
        {
            ["unknown key"] = SpecTexts.Ping.Replace("title: Ping", "title: Ping\ntitel: Pong"),
            ["id not kebab-case"] = SpecTexts.Ping.Replace("id: ping", "id: Ping_1"),
            ["missing route"] = SpecTexts.Ping.Replace("route: /ping\n", string.Empty),
            ["unknown credentials"] = SpecTexts.Ping.Replace("credentials: partner-token", "credentials: bearer"),
            ["a map without values"] = SpecTexts.Ping.Replace("type: integer", "type: map"),
            ["an open object"] = SpecTexts.Ping + "\ntypes:\n  Thing:\n    open: true\n    optional:\n      - { name: a, type: string }\n",
            ["a type named like the runtime"] = SpecTexts.Ping + "\ntypes:\n  ZApiThing:\n    enum: [a]\n",
            ["a note of an unknown kind"] = SpecTexts.PingWithNotes.Replace("kind: caution", "kind: cuation"),
            ["a note without text"] = SpecTexts.PingWithNotes.Replace("text: Apenas POST é aceito.", "title: Só"),
            ["an enum value without its value"] = SpecTexts.PingWithNotes.Replace("- { value: fast, description: Responde logo. }", "- { description: Responde logo. }"),
            ["an invisible character in a name"] = SpecTexts.Ping.Replace("- name: count", "- name: \"co\\u200Bunt\""),
        };

        (int exitCode, string output) = Validate(documents);
        _output.WriteLine(output);
        Assert.Equal(1, exitCode);
        Assert.Equal(documents.Count, output.Split('\n').Count(l => l.StartsWith("invalid ", StringComparison.Ordinal)));
    }

    private static (int ExitCode, string Output) Validate(Dictionary<string, string> documents)
    {
        Assert.True(Installed.Value);
        string folder = Directory.CreateTempSubdirectory("zapi-schema-").FullName;
        try
        {
            int i = 0;
            foreach ((string name, string yaml) in documents)
            {
                string? json = YamlJson.ToJson(yaml.Replace("\r\n", "\n"));
                Assert.True(json is not null, $"{name} is not YAML the spec reader accepts");
                string file = $"{i++:000}-{new string(name.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray())}.json";
                File.WriteAllText(Path.Combine(folder, file), json, new UTF8Encoding(false));
            }

            return Node("node", "validate.mjs", Schema, folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static bool Install()
    {
        if (!File.Exists(Path.Combine(SchemaFolder, "node_modules", "ajv", "package.json")))
        {
            (int exitCode, string output) = Node("npm", "ci", "--no-audit", "--no-fund");
            Assert.True(exitCode == 0, "npm ci in tests/schema failed:\n" + output);
        }

        return true;
    }

    private static (int ExitCode, string Output) Node(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = SchemaFolder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        System.Threading.Tasks.Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), $"{program} did not finish in 5 minutes");
        return (process.ExitCode, output + error.Result);
    }
}
