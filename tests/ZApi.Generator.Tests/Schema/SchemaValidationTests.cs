using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;
using ZApi.Generator.Tests.Infrastructure;
using ZApi.Specs.Naming;
using ZApi.Specs.Yaml;

namespace ZApi.Generator.Tests.Schema;

/// <summary>
/// <c>specs/zapi-spec.schema.json</c> under three mainstream validators, against every spec of the
/// repository and the test fixtures, and each still says no to a bad spec:
/// <list type="bullet">
/// <item>yaml-language-server, the engine of VS Code's YAML extension (and of most editors' YAML
/// support), over the YAML files themselves: an unquoted status key (<c>200:</c>) is an integer
/// there, a quoted one a string, and every diagnostic it reports counts;</item>
/// <item>Ajv in strict mode (unknown keywords such as <c>enumDescriptions</c>, union types and loose
/// <c>required</c> are errors), over the specs as JSON;</item>
/// <item>Python's <c>jsonschema</c> (whose patterns are Python regular expressions: no <c>\p{..}</c>), over the specs as JSON.</item>
/// </list>
/// Node.js runs Ajv and yaml-language-server from <c>tests/schema</c> (installed there by <c>npm ci</c>
/// from its package-lock on first use); Python's <c>jsonschema</c> is the one the machine has.
/// </summary>
public sealed class SchemaValidationTests
{
    public const string YamlLanguageServer = "yaml-language-server";
    public const string Ajv = "ajv";
    public const string PythonJsonSchema = "python-jsonschema";

    private static readonly string SchemaFolder = Path.Combine(GeneratorHarness.RepositoryRoot, "tests", "schema");
    private static readonly string Schema = Path.Combine(GeneratorHarness.RepositoryRoot, "specs", "zapi-spec.schema.json");
    private static readonly Lazy<bool> Installed = new(Install);

    private readonly ITestOutputHelper _output;

    public SchemaValidationTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData(YamlLanguageServer)]
    [InlineData(Ajv)]
    [InlineData(PythonJsonSchema)]
    public void Every_spec_of_the_repository_and_every_valid_fixture_validates(string validator)
    {
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string folder in new[] { "specs", Path.Combine("tests", "ZApi.Client.Tests", "Specs") })
        {
            string root = Path.Combine(GeneratorHarness.RepositoryRoot, folder);
            foreach (string file in Directory.GetFiles(root, "*.zapi.yaml", SearchOption.AllDirectories))
            {
                documents[file] = File.ReadAllText(file);
            }
        }

        Assert.True(documents.Count > 200, $"found only {documents.Count} specs");
        documents["fixture ping"] = SpecTexts.Ping;
        documents["fixture ping with parameters and types"] = SpecTexts.PingWithParametersAndTypes;
        documents["fixture ping with quoted statuses"] = SpecTexts.Ping.Replace("  201:", "  \"201\":").Replace("  405:", "  '405':");
        documents["fixture ping with notes"] = SpecTexts.PingWithNotes;

        (int exitCode, string output) = Validate(validator, documents);
        _output.WriteLine(output);
        Assert.True(exitCode == 0, output);
        Assert.True(output.Split('\n').Count(l => l.StartsWith("ok ", StringComparison.Ordinal)) == documents.Count, output);
    }

    [Theory]
    [InlineData(YamlLanguageServer)]
    [InlineData(Ajv)]
    [InlineData(PythonJsonSchema)]
    public void The_schema_refuses_what_the_parser_refuses(string validator)
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
            ["an emoji in a name"] = SpecTexts.Ping.Replace("- name: count", "- name: \"count\\U0001F600\""),
            ["a no-break space in an enum value"] = SpecTexts.Ping + "\ntypes:\n  Kind:\n    enum: [\"a\\u00A0b\"]\n",
            ["an unquoted status out of range"] = SpecTexts.Ping.Replace("  405:", "  600:"),
            ["a quoted status out of range"] = SpecTexts.Ping.Replace("  405:", "  \"099\":"),
            ["an unknown key under an unquoted status"] = SpecTexts.Ping.Replace("    hint: Use POST.", "    hint: Use POST.\n    hnt: typo"),
            ["a hint under an unquoted success status"] = SpecTexts.Ping.Replace("  201:\n", "  201:\n    hint: no\n"),
        };

        (int exitCode, string output) = Validate(validator, documents);
        _output.WriteLine(output);
        Assert.True(exitCode == 1, output);
        Assert.True(documents.Count == output.Split('\n').Count(l => l.StartsWith("invalid ", StringComparison.Ordinal)), output);
    }

    /// <summary>
    /// The rule for names (ZAPI012) is written as plain <c>\uXXXX</c> ranges of the characters the
    /// reader accepts, computed here from <see cref="VisibleText"/>: every engine reads that the same
    /// way (Python's <c>re</c> has no <c>\p{..}</c>, and a JavaScript pattern without the <c>u</c> flag
    /// sees a surrogate pair as two characters), and no engine's Unicode version changes it.
    /// </summary>
    [Fact]
    public void The_name_pattern_is_the_readers_rule_in_plain_ranges()
    {
        JsonNode schema = JsonNode.Parse(File.ReadAllText(Schema))!;
        string pattern = schema["definitions"]!["visibleName"]!["pattern"]!.GetValue<string>();
        string expected = VisibleNamePattern();
        Assert.True(expected == pattern, "definitions.visibleName.pattern should be:\n" + expected);
        Assert.DoesNotContain("\\p{", File.ReadAllText(Schema), StringComparison.Ordinal);

        var regex = new Regex(pattern, RegexOptions.CultureInvariant);
        var disagreements = new List<string>();
        for (int c = 0; c <= 0xFFFF; c++)
        {
            string text = "a" + (char)c + "b";
            if (regex.IsMatch(text) != (VisibleText.FirstHiddenInName(text) < 0))
            {
                disagreements.Add($"U+{c:X4}");
            }
        }

        Assert.Empty(disagreements);
        Assert.DoesNotMatch(regex, "count\U0001F600");
        Assert.Matches(regex, "Nome da instância (opcional)");
    }

    private static string VisibleNamePattern()
    {
        static bool Allowed(int c) => VisibleText.FirstHiddenInName(((char)c).ToString()) < 0;
        var builder = new StringBuilder("^[");
        for (int c = 0; c <= 0xFFFF; c++)
        {
            if (!Allowed(c))
            {
                continue;
            }

            int first = c;
            while (c < 0xFFFF && Allowed(c + 1))
            {
                c++;
            }

            builder.Append($"\\u{first:X4}");
            if (c > first)
            {
                builder.Append(c == first + 1 ? string.Empty : "-").Append($"\\u{c:X4}");
            }
        }

        return builder.Append("]*$").ToString();
    }

    /// <summary>Runs one validator over the documents (file paths or test names, with their YAML).</summary>
    private static (int ExitCode, string Output) Validate(string validator, Dictionary<string, string> documents)
    {
        Assert.True(Installed.Value);
        string folder = Directory.CreateTempSubdirectory("zapi-schema-").FullName;
        try
        {
            int i = 0;
            var yamlFiles = new List<string>();
            foreach ((string name, string yaml) in documents)
            {
                string stem = $"{i++:000}-{new string(Path.GetFileName(name).Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray())}";
                if (validator == YamlLanguageServer)
                {
                    // The editor validates the file itself, through its schema line; a fixture gets one naming the schema.
                    if (File.Exists(name))
                    {
                        yamlFiles.Add(name);
                    }
                    else
                    {
                        string file = Path.Combine(folder, stem + ".zapi.yaml");
                        File.WriteAllText(file, $"# yaml-language-server: $schema={new Uri(Schema).AbsoluteUri}\n" + yaml.Replace("\r\n", "\n"), new UTF8Encoding(false));
                        yamlFiles.Add(file);
                    }
                }
                else
                {
                    string? json = YamlJson.ToJson(yaml.Replace("\r\n", "\n"));
                    Assert.True(json is not null, $"{name} is not YAML the spec reader accepts");
                    File.WriteAllText(Path.Combine(folder, stem + ".json"), json, new UTF8Encoding(false));
                }
            }

            return validator switch
            {
                YamlLanguageServer => Run("node", new[] { "yaml-language-server.mjs" }.Concat(yamlFiles).ToArray()),
                Ajv => Run("node", "validate.mjs", Schema, folder),
                PythonJsonSchema => Run("python3", "jsonschema_validate.py", Schema, folder),
                _ => throw new ArgumentOutOfRangeException(nameof(validator)),
            };
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static bool Install()
    {
        // npm ci installs exactly what package-lock.json pins (Ajv, yaml-language-server); rerun when it changed.
        string lockFile = Path.Combine(SchemaFolder, "package-lock.json");
        string installed = Path.Combine(SchemaFolder, "node_modules", ".package-lock.json");
        if (!File.Exists(installed) || File.GetLastWriteTimeUtc(installed) < File.GetLastWriteTimeUtc(lockFile)
            || !File.Exists(Path.Combine(SchemaFolder, "node_modules", "yaml-language-server", "package.json")))
        {
            (int exitCode, string output) = Run("npm", "ci", "--no-audit", "--no-fund");
            Assert.True(exitCode == 0, "npm ci in tests/schema failed:\n" + output);
        }

        (int pythonExit, string pythonOutput) = Run("python3", "-c", "import jsonschema");
        Assert.True(pythonExit == 0, "python3 cannot import jsonschema (install it for that python3: pip install jsonschema, or Debian's python3-jsonschema for /usr/bin/python3):\n" + pythonOutput);
        return true;
    }

    private static (int ExitCode, string Output) Run(string program, params string[] arguments)
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
