using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ZApi.Generator.Tests.Infrastructure;
using ZApi.Specs.Naming;

namespace ZApi.Generator.Tests.Hostile;

/// <summary>
/// The hostile spec corpus of issue 7, built in C# so huge and invisible inputs stay exact: broken
/// YAML, hostile names, injection payloads in every free-text field, hostile routes, ids, clients,
/// credentials and namespaces. Every case names its expected outcome.
/// </summary>
internal static class HostileCorpus
{
    private static readonly string Ping = SpecTexts.Ping.Replace("\r\n", "\n");

    /// <summary>Strings that try to leave a comment, a literal or a line, or to add code.</summary>
    public static readonly (string Name, string Value)[] Payloads =
    {
        ("comment-close", "*/ public static class Injected { } /*"),
        ("summary-close", "</summary> <remarks> </param> </remarks>"),
        ("double-quote", "say \"hi\" \"\"\" '"),
        ("escaped-quote-text", "\\u0022); } public static class Injected { } //"),
        ("backslashes", "C:\\path\\ \\\" \\n end\\"),
        ("hash-error", "#error injected"),
        ("newline-hash-error", "ok\n#error injected\n"),
        ("newline-hash-line", "ok\n#line 1 \"evil.cs\"\n#pragma warning disable\n"),
        ("newline-csharp", "ok\n}\npublic static class Injected { public static int X; }\nnamespace Evil {\n"),
        ("string-break", "\"; } public static class Injected { const string S = \""),
        ("u2028-code", "ok\u2028public static class Injected { }"),
        ("u2029-error", "ok\u2029#error injected"),
        ("u0085-error", "ok\u0085#error injected"),
        ("crlf-error", "ok\r\n#error injected\r\n"),
        ("cr-error", "ok\r#error injected\r"),
        ("bidi-overrides", "access\u202E } \u2066// admin \u2069\u202C level \u200F\u061C"),
        ("module-initializer", "\n[global::System.Runtime.CompilerServices.ModuleInitializer]\ninternal static void Pwn() => global::System.Environment.Exit(1);\n"),
        ("controls", "a\u0000b\u0001c\u001Bd\u007Fe\u0008f"),
        ("xml-markup", "&amp; &lt; <![CDATA[ x ]]> <see cref=\"Injected\"/> <!-- --> <?pi?> &#x0;"),
        ("interpolation", "{0} {{x}} $\"{Pwn()}\" @\"\" \"\"\"raw\"\"\" u8"),
        ("triple-slash", "/// <summary>x</summary>\n/// </summary>\n}\n//"),
        ("zero-width", "a\u200Bb\uFEFFc\u00ADd\u2060e"),
        ("unicode-text", "Instância çãõ 日本語 Ωmega emoji 😀 𝒜"),
        ("doc-include", "<include file='/etc/passwd' path='/*'/>"),
        ("param-break-include", "x</param><include file='../../secrets.xml' path='doc/*'/><param name=\"y\">"),
        ("hangul-filler", "ok\u3164\u115F\uFFA0 filler"),
        ("u2028-module-initializer", "ok\u2028[global::System.Runtime.CompilerServices.ModuleInitializer] internal static void Pwn() { }\u2028"),
    };

    public static IReadOnlyList<HostileCase> All { get; } = Build();

    public static IReadOnlyDictionary<string, HostileCase> ByName { get; } = All.ToDictionary(c => c.Name, StringComparer.Ordinal);

    private static List<HostileCase> Build()
    {
        var cases = new List<HostileCase>();
        Yaml(cases);
        Structure(cases);
        Sizes(cases);
        Names(cases);
        FreeText(cases);
        RoutesIdsClients(cases);
        Responses(cases);
        Namespaces(cases);
        Positions(cases);
        GeneratedNameClashes(cases);
        Costs(cases);

        string[] duplicates = cases.GroupBy(c => c.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        if (duplicates.Length > 0)
        {
            throw new InvalidOperationException("Duplicate case names: " + string.Join(", ", duplicates));
        }

        return cases;
    }

    // ---------------------------------------------------------------- YAML syntax and encoding

    private static void Yaml(List<HostileCase> cases)
    {
        void Fatal(string name, string text, string? id = null) => cases.Add(new HostileCase("yaml: " + name, "ping.zapi.yaml", text, Expect.Fatal) { ExpectedId = id });
        void Good(string name, string text) => cases.Add(new HostileCase("yaml: " + name, "ping.zapi.yaml", text, Expect.Generates));
        void Either(string name, string text) => cases.Add(new HostileCase("yaml: " + name, "ping.zapi.yaml", text, Expect.Either));

        Fatal("unclosed single quote", Ping.Replace("title: Ping", "title: 'Ping"), "ZAPI001");
        Fatal("unclosed double quote", Ping.Replace("title: Ping", "title: \"Ping"), "ZAPI001");
        Fatal("unclosed double quote at end of file", Ping + "\nsummary: \"never closed", "ZAPI001");
        Fatal("unclosed flow sequence", Ping.Replace("title: Ping", "title: [Ping"), "ZAPI001");
        Fatal("unclosed flow mapping", Ping.Replace("title: Ping", "title: {a: Ping"), "ZAPI001");
        Fatal("unclosed flow sequence at end of file", Ping + "\nsummary: [a, b", "ZAPI001");
        Fatal("stray closing bracket", Ping.Replace("title: Ping", "title: Ping]\n]"));
        Fatal("bad indentation", Ping.Replace("    body:", "     body:"));
        Fatal("dedented sequence item", Ping.Replace("      - name: name", "- name: name"));
        Fatal("key without value and colon", Ping.Replace("title: Ping", "title Ping\nnot a mapping"));
        Fatal("colon in plain value at start", Ping.Replace("title: Ping", "title: : Ping"));
        Fatal("invalid escape in double quotes", Ping.Replace("title: Ping", "title: \"\\q\""), "ZAPI001");
        Fatal("tab indentation", Ping.Replace("  201:", "\t201:"));
        Fatal("tab indentation of an attribute", Ping.Replace("        type: integer", "\t\ttype: integer"));
        Good("tab as separator after a colon", Ping.Replace("title: Ping", "title:\tPing"));
        Either("tab inside the literal example block", Ping.Replace("      \"count\": 1", "\t\"count\": 1"));
        Either("utf-8 bom left in the text", "\uFEFF" + Ping);
        cases.Add(new HostileCase("yaml: utf-8 bom in the file bytes", "ping.zapi.yaml", Ping, Expect.Generates) { Bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Ping)).ToArray() });
        cases.Add(new HostileCase("yaml: utf-16 file with bom", "ping.zapi.yaml", Ping, Expect.Generates) { Bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Ping)).ToArray() });
        cases.Add(new HostileCase("yaml: invalid utf-8 bytes", "ping.zapi.yaml", Ping, Expect.Either) { Bytes = Encoding.UTF8.GetBytes(Ping).Select((b, i) => i == 20 ? (byte)0xC3 : i == 21 ? (byte)0x28 : b).ToArray() });
        Either("bom in the middle", Ping.Replace("title: Ping", "\uFEFFtitle: Ping"));
        Good("crlf line endings", Ping.Replace("\n", "\r\n"));
        Either("cr only line endings", Ping.Replace("\n", "\r"));
        Good("mixed crlf and lf", string.Concat(Ping.Split('\n').Select((l, i) => l + (i % 2 == 0 ? "\r\n" : "\n"))));
        Either("u2028 as line separator", Ping.Replace("title: Ping\n", "title: Ping\u2028"));
        Either("u0085 as line separator", Ping.Replace("title: Ping\n", "title: Ping\u0085"));
        Fatal("empty file", string.Empty, "ZAPI002");
        Fatal("whitespace only", "   \n\n   \n", "ZAPI002");
        Fatal("comments only", "# just a comment\n# another\n", "ZAPI002");
        Fatal("bom only", "\uFEFF");
        Fatal("document marker only", "---\n");
        Fatal("document end marker only", "...\n");
        Fatal("null root", "~\n");
        Fatal("scalar root", "hello world\n", "ZAPI011");
        Fatal("quoted scalar root", "\"id: ping\"\n", "ZAPI011");
        Fatal("list root", "- id: ping\n- client: partner\n", "ZAPI011");
        Fatal("empty flow mapping root", "{}\n", "ZAPI002");
        Fatal("two documents", Ping + "\n---\n" + Ping, "ZAPI015");
        Good("explicit single document", "---\n" + Ping + "\n...\n");
        Either("yaml directive", "%YAML 1.1\n---\n" + Ping);
        Either("tag directive", "%TAG !e! tag:evil.example,2000:\n---\n" + Ping);
        Either("unknown directive", "%EVIL payload\n---\n" + Ping);
        Either("standard tag on a value", Ping.Replace("title: Ping", "title: !!str Ping"));
        Either("custom tag on a value", Ping.Replace("title: Ping", "title: !evil Ping"));
        Either("binary tag on a value", Ping.Replace("title: Ping", "title: !!binary UGluZw=="));
        Either("verbatim tag", Ping.Replace("title: Ping", "title: !<tag:evil,2000:x> Ping"));
        Fatal("complex mapping key", Ping.Replace("title: Ping", "title: Ping\n? [a, b]\n: c"), "ZAPI011");
        Fatal("flow mapping as key", Ping.Replace("title: Ping", "title: Ping\n{a: b}: c"));
        Either("nul character", Ping.Replace("title: Ping", "title: Pi\u0000ng"));
        Either("control character", Ping.Replace("title: Ping", "title: Pi\u0007ng"));
        Either("lone high surrogate", Ping.Replace("title: Ping", "title: Pi\uD800ng"));
        Either("lone low surrogate in a key", Ping.Replace("title: Ping", "ti\uDC00tle: Ping"));
        Either("escaped lone surrogate", Ping.Replace("title: Ping", "title: \"Pi\\uD800ng\""));
        Either("escaped surrogate pair", Ping.Replace("title: Ping", "title: \"Pi\\uD83D\\uDE00ng\""));
        Good("escaped 32-bit character", Ping.Replace("title: Ping", "title: \"Pi\\U0001F600ng\""));
        Either("escaped code point beyond unicode", Ping.Replace("title: Ping", "title: \"Pi\\UFFFFFFFFng\""));
        Fatal("anchor", Ping.Replace("title: Ping", "title: &t Ping"), "ZAPI015");
        Fatal("alias", Ping.Replace("title: Ping", "title: &t Ping\nsummary: *t"), "ZAPI015");
        Fatal("alias without anchor", Ping.Replace("title: Ping", "title: *nothing"));
        Fatal("merge key", Ping.Replace("title: Ping", "title: Ping\n<<: *base"));
        Fatal("anchor on a mapping key", Ping.Replace("title: Ping", "&k title: Ping"), "ZAPI015");
        Fatal("alias expansion bomb", BillionLaughs() + Ping, "ZAPI015");
        Fatal("alias expansion bomb inside a value", Ping.Replace("title: Ping", "title: Ping\nsummary:\n" + Indent(BillionLaughs(), 2)), "ZAPI015");
        Fatal("duplicate root key", Ping.Replace("title: Ping", "title: Ping\ntitle: Pong"), "ZAPI013");
        Fatal("duplicate key quoted and plain", Ping.Replace("title: Ping", "title: Ping\n\"title\": Pong"), "ZAPI013");
        Fatal("duplicate key in an attribute", Ping.Replace("        type: integer", "        type: integer\n        type: string"), "ZAPI013");
        Fatal("duplicate status", Ping.Replace("  405:\n    hint: Use POST.", "  405:\n    hint: Use POST.\n  405:\n    hint: Again."), "ZAPI013");
        Fatal("duplicate body list", Ping.Replace("    optional:", "    required:\n      - name: other\n        type: string\n    optional:"), "ZAPI013");
        Fatal("duplicate key in a flow mapping", Ping.Replace("title: Ping", "title: Ping\nrequest: {body: 1, body: 2}"));
    }

    // ---------------------------------------------------------------- spec structure: wrong node kinds, missing and unknown keys

    private static void Structure(List<HostileCase> cases)
    {
        void Fatal(string name, string text, string? id = null) => cases.Add(new HostileCase("structure: " + name, "ping.zapi.yaml", text, Expect.Fatal) { ExpectedId = id });

        foreach (string key in new[] { "id", "client", "title", "method", "route", "credentials" })
        {
            string line = Ping.Split('\n').First(l => l.StartsWith(key + ":", StringComparison.Ordinal));
            Fatal($"missing {key}", Ping.Replace(line + "\n", string.Empty), "ZAPI002");
            Fatal($"{key} is a list", Ping.Replace(line, key + ": [a, b]"), "ZAPI011");
            Fatal($"{key} is a mapping", Ping.Replace(line, key + ":\n  nested: value"), "ZAPI011");
            Fatal($"{key} is empty", Ping.Replace(line, key + ":"));
        }

        string responses = Ping.Substring(Ping.IndexOf("responses:", StringComparison.Ordinal));
        Fatal("missing responses", Ping.Replace(responses, string.Empty), "ZAPI002");
        Fatal("responses is a list", Ping.Replace(responses, "responses:\n  - 201\n  - 405\n"), "ZAPI011");
        Fatal("responses is a scalar", Ping.Replace(responses, "responses: 201\n"), "ZAPI011");
        Fatal("request is a list", Ping.Replace("request:\n  body:", "request:\n  - body:"));
        Fatal("request is a scalar", Ping.Substring(0, Ping.IndexOf("request:", StringComparison.Ordinal)) + "request: everything\n" + responses, "ZAPI011");
        Fatal("body is a list", Ping.Replace("  body:\n    required:", "  body:\n    - required:"));
        Fatal("required is a mapping", Ping.Replace("    required:\n      - name: name", "    required:\n      name: name"));
        Fatal("required is a scalar", Ping.Replace("    required:\n      - name: name\n        type: string\n        description: Nome\n", "    required: name\n"), "ZAPI011");
        Fatal("attribute is a scalar", Ping.Replace("      - name: count\n        type: integer", "      - count"), "ZAPI011");
        Fatal("attribute is a list", Ping.Replace("      - name: count\n        type: integer", "      - [count, integer]"), "ZAPI011");
        Fatal("attribute name is a mapping", Ping.Replace("      - name: count", "      - name: {a: b}"), "ZAPI011");
        Fatal("attribute type is a list", Ping.Replace("type: integer", "type: [integer]"), "ZAPI011");
        Fatal("attribute description is a list", Ping.Replace("description: Nome", "description: [Nome]"), "ZAPI011");
        Fatal("attribute without name", Ping.Replace("      - name: count\n", "      - \n"));
        Fatal("attribute missing type", Ping.Replace("        type: integer\n", string.Empty), "ZAPI002");
        Fatal("example is a mapping", Ping.Replace("  example: |\n    {\n      \"name\": \"x\",\n      \"count\": 1\n    }\n", "  example:\n    name: x\n"), "ZAPI011");
        Fatal("hint is a list", Ping.Replace("hint: Use POST.", "hint: [Use POST.]"), "ZAPI011");
        Fatal("response is a list", Ping.Replace("  405:\n    hint: Use POST.", "  405:\n    - hint: Use POST."), "ZAPI011");
        Fatal("unknown root key", Ping.Replace("title: Ping", "title: Ping\ntitel: Pong"), "ZAPI003");
        Fatal("unknown key with payload name", Ping.Replace("title: Ping", "title: Ping\n\"#error x\\n}class Injected{\": 1"), "ZAPI003");
        Fatal("unknown key with bidi characters", Ping.Replace("title: Ping", "title: Ping\n\"ti\\u202Etle\": 1"), "ZAPI003");
        Fatal("unknown attribute key", Ping.Replace("        type: integer", "        type: integer\n        default: 1"), "ZAPI003");
        Fatal("unknown attribute type", Ping.Replace("type: integer", "type: int"), "ZAPI004");
        Fatal("attribute type with a newline", Ping.Replace("type: integer", "type: \"integer\\n\""), "ZAPI004");
        Fatal("attribute type object", Ping.Replace("type: integer", "type: object"), "ZAPI004");
        Fatal("attribute type csharp", Ping.Replace("type: integer", "type: System.Int32"), "ZAPI004");
        Fatal("attribute type injection", Ping.Replace("type: integer", "type: \"int X; } class Injected { int\""), "ZAPI004");
    }

    // ---------------------------------------------------------------- sizes and depths

    private static void Sizes(List<HostileCase> cases)
    {
        const int FiveMegabytes = 5 * 1024 * 1024;
        void Add(string name, string text, Expect expect, string? id = null) => cases.Add(new HostileCase("size: " + name, "ping.zapi.yaml", text, expect) { ExpectedId = id });

        var comments = new StringBuilder(Ping).Append('\n');
        while (comments.Length < FiveMegabytes)
        {
            comments.Append("# a comment line that pads the spec file to five megabytes of text, #error not code\n");
        }

        // Over SpecParser.MaxLength (1 MiB) a file is refused unread, whatever it holds: ZAPI015.
        Add("5 MB of comments", comments.ToString(), Expect.Fatal, "ZAPI015");
        Add("5 MB description", Ping.Replace("description: Nome", "description: " + new string('x', FiveMegabytes)), Expect.Fatal, "ZAPI015");
        Add("5 MB hint", Ping.Replace("hint: Use POST.", "hint: " + Repeat("Use POST \" \\ ", FiveMegabytes)), Expect.Fatal, "ZAPI015");
        Add("5 MB unclosed quote", Ping.Replace("title: Ping", "title: \"" + new string('y', FiveMegabytes)), Expect.Fatal, "ZAPI015");
        var keys = new StringBuilder(Ping).Append('\n');
        for (int i = 0; keys.Length < FiveMegabytes; i++)
        {
            keys.Append("unknown").Append(i.ToString(CultureInfo.InvariantCulture)).Append(": value\n");
        }

        Add("5 MB of unknown keys", keys.ToString(), Expect.Fatal, "ZAPI015");
        Add("5 MB flow sequence", Ping.Replace("title: Ping", "title: Ping\nextra: [" + Repeat("1, ", FiveMegabytes) + "1]"), Expect.Fatal, "ZAPI015");
        Add("5 MB request example", Ping.Replace("      \"count\": 1", "      \"count\": 1, \"pad\": [" + Repeat("1,", FiveMegabytes) + "1]"), Expect.Fatal, "ZAPI015");
        Add("1 MB single key", Ping + "\n" + new string('k', 1024 * 1024) + ": v\n", Expect.Fatal);
        Add("10,000-deep flow sequences", Ping.Replace("title: Ping", "title: Ping\nextra: " + new string('[', 10_000) + new string(']', 10_000)), Expect.Fatal, "ZAPI015");
        Add("10,000-deep flow mappings", Ping.Replace("title: Ping", "title: Ping\nextra: " + Repeat("{a: ", 10_000 * 4) + "x" + new string('}', 10_000)), Expect.Fatal, "ZAPI015");
        Add("10,000-deep block sequences", Ping + "\nextra:\n  " + Repeat("- ", 20_000) + "x\n", Expect.Fatal, "ZAPI015");
        Add("10,000 unclosed brackets", Ping.Replace("title: Ping", "title: " + new string('[', 10_000)), Expect.Fatal);
        Add("10,000-deep root", new string('[', 10_000) + new string(']', 10_000), Expect.Fatal, "ZAPI015");
        Add("65-deep nesting", Ping.Replace("title: Ping", "title: Ping\nextra: " + new string('[', 65) + new string(']', 65)), Expect.Fatal, "ZAPI015");
        Add("10,000-deep json example", Ping.Replace("      \"count\": 1", "      \"count\": 1, \"deep\": " + new string('[', 10_000) + new string(']', 10_000)), Expect.Generates, "ZAPI007");
        var manyAttributes = new StringBuilder();
        var names = new List<string> { "Name", "Count" };
        for (int i = 0; i < 2000; i++)
        {
            manyAttributes.Append("      - name: attr").Append(i).Append("\n        type: string\n");
            names.Add("Attr" + i.ToString(CultureInfo.InvariantCulture));
        }

        cases.Add(new HostileCase("size: 2,000 attributes", "ping.zapi.yaml", Ping.Replace("        type: integer\n", "        type: integer\n" + manyAttributes), Expect.Generates) { RequestProperties = names });
    }

    // ---------------------------------------------------------------- attribute names

    private static void Names(List<HostileCase> cases)
    {
        string[] generating =
        {
            "class", "int", "namespace", "static", "void", "record", "required", "init", "value", "var", "async", "await", "nameof",
            "global", "__arglist", "this", "base", "default", "null", "true", "operator", "event",
            "1abc", "123", "9-lives", "0", "a-b", "a.b", "a b", "  padded  ", "kebab-case-name", "snake_case_name", "dotted.name.value",
            "sessão", "ação-rápida", "日本語", "Ωmega", "ǆungla", "İstanbul", "straße", "١٢٣", "Ⅻ",
            "semi;colon", "\"quoted\"",
            "#error", "//comment", "/*c*/", "*/", "<summary>", "$", "@", "@class", "_", "__", "_private", "A", "NAMES", "URL", new string('x', 200),
            "reader", "writer", "request", "response", "httpRequest", "httpResponse", "cancellationToken", "_http", "_options", "body", "exception",
            "operation", "route", "hintFor", "writeRequest", "readResponse", "countMember", "nameValue", "system", "global::System",
            "zApiJson", "partnerClient", "pingEndpoint", "string", "dateTimeOffset", "x\"); } class Injected { void M() { (\"",
        };

        foreach (string name in generating)
        {
            string property = CSharpNames.ToPascalCase(name);
            cases.Add(new HostileCase($"name: request attribute {Show(name)}", "ping.zapi.yaml", Ping.Replace("- name: count", "- name: " + Yq(name)), Expect.Generates)
            {
                RequestProperties = new[] { "Name", property },
            });
        }

        // A name becomes an identifier a reviewer must read: every invisible, format or line-breaking character is refused.
        foreach (string name in new[]
        {
            "with\ttab", "new\nline", "x\u2028y", "x\u2029y", "rtl\u202Eevil", "ltr\u2066iso\u2069", "zero\u200Bwidth", "joiner\u200Dx", "nul\u0000char", "émoji😀", "\uD800lone",
            "x\u0085y", "hangul\u3164filler", "\u3164", "half\uFFA0width", "cho\u115Fseong", "variation\uFE0Fselector", "combining\u034Fjoiner", "no\u00A0break", "ideographic\u3000space",
            "soft\u00ADhyphen", "word\u2060joiner", "bom\uFEFFinside", new string('x', 1000), new string('x', 201),
        })
        {
            // A lone surrogate never reaches the reader: YAML itself refuses it (ZAPI001).
            string id = name.Contains('\uD800', StringComparison.Ordinal) ? "ZAPI001" : "ZAPI012";
            cases.Add(new HostileCase($"name: request attribute with invisible characters {Show(name)}", "ping.zapi.yaml", Ping.Replace("- name: count", "- name: " + Yq(name)), Expect.Fatal) { ExpectedId = id });
        }

        foreach (string name in new[] { "class", "1abc", "a-b c.d", "reader", "nameValue", "idValue", "zApiJson", "日本語", "x\"y", "semi;colon" })
        {
            cases.Add(new HostileCase($"name: response attribute {Show(name)}", "ping.zapi.yaml", Ping.Replace("- name: id", "- name: " + Yq(name)), Expect.Generates)
            {
                ResponseProperties = new[] { CSharpNames.ToPascalCase(name) },
            });
        }

        foreach (string clash in new[] { "Name", "name ", "_name", "-name", "name.", "name!", "NAME" })
        {
            cases.Add(new HostileCase($"name: {Show(clash)} collides with name", "ping.zapi.yaml", Ping.Replace("- name: count", "- name: " + Yq(clash)), Expect.Fatal) { ExpectedId = "ZAPI006" });
        }

        foreach (string reserved in new[] { "toString", "equals", "getHashCode", "equalityContract", "printMembers", "deconstruct", "getType", "memberwiseClone", "finalize", "clone" })
        {
            cases.Add(new HostileCase($"name: reserved {reserved}", "ping.zapi.yaml", Ping.Replace("- name: count", "- name: " + reserved), Expect.Fatal) { ExpectedId = "ZAPI006" });
        }

        cases.Add(new HostileCase("name: two empty names collide", "ping.zapi.yaml", Ping.Replace("- name: count", "- name: \"\"").Replace("- name: name", "- name: \"-\""), Expect.Fatal) { ExpectedId = "ZAPI006" });

        // Properties named like their own record: C# forbids a member named like its enclosing type.
        cases.Add(new HostileCase("name: request attribute named like the request record", "ping.zapi.yaml", Ping.Replace("- name: count", "- name: pingRequest"), Expect.Either) { RequestProperties = new[] { "Name", "PingRequest" } });
        cases.Add(new HostileCase("name: response attribute named like the response record", "ping.zapi.yaml", Ping.Replace("- name: id", "- name: ping-response"), Expect.Either) { ResponseProperties = new[] { "PingResponse" } });

        // Distinct properties whose camel-case locals fold together (Kelvin sign K, U+212A, lower-cases to 'k').
        string kelvin = Ping.Replace("        - name: id\n          type: string\n", "        - name: id\n          type: string\n        - name: kx\n          type: string\n        - name: \"\\u212Ax\"\n          type: string\n");
        cases.Add(new HostileCase("name: response attributes kx and Kelvin-sign x", "ping.zapi.yaml", kelvin, Expect.Either) { ResponseProperties = new[] { "Id", "Kx", "\u212Ax" } });
        string ohm = Ping.Replace("        - name: id\n          type: string\n", "        - name: id\n          type: string\n        - name: \"\\u03A9x\"\n          type: string\n        - name: \"\\u2126x\"\n          type: string\n");
        cases.Add(new HostileCase("name: response attributes Omega-x and Ohm-sign-x", "ping.zapi.yaml", ohm, Expect.Either) { ResponseProperties = new[] { "Id", "\u03A9x", "\u2126x" } });
    }

    // ---------------------------------------------------------------- free text: titles, summaries, descriptions, hints, examples

    private static void FreeText(List<HostileCase> cases)
    {
        (string Where, Func<string, string> Apply, string? Expected)[] places =
        {
            ("title", p => Ping.Replace("title: Ping", "title: " + Yq(p)), null),
            ("summary", p => Ping.Replace("title: Ping\n", "title: Ping\nsummary: " + Yq(p) + "\n"), null),
            ("request description", p => Ping.Replace("description: Nome", "description: " + Yq(p)), null),
            ("response description", p => Ping.Replace("        - name: id\n          type: string\n", "        - name: id\n          type: string\n          description: " + Yq(p) + "\n"), null),
            ("201 description", p => Ping.Replace("  201:\n", "  201:\n    description: " + Yq(p) + "\n"), null),
            ("hint", p => Ping.Replace("hint: Use POST.", "hint: " + Yq(p)), null),
            ("error example", p => Ping.Replace("    hint: Use POST.", "    hint: Use POST.\n    example: " + Yq(p)), null),
            ("request example string", p => Ping.Replace("\"name\": \"x\",", "\"name\": " + JsonString(p) + ","), null),
        };

        foreach ((string where, Func<string, string> apply, string? expected) in places)
        {
            foreach ((string name, string payload) in Payloads)
            {
                cases.Add(new HostileCase($"text: {where} {name}", "ping.zapi.yaml", apply(payload), Expect.Generates) { ExpectedId = expected });
            }
        }

        // The same payloads written raw in a YAML literal block, as an author would paste them.
        foreach ((string name, string payload) in Payloads)
        {
            string block = string.Join("\n", payload.Split('\n').Select(line => "          " + line));
            cases.Add(new HostileCase($"text: raw literal block description {name}", "ping.zapi.yaml", Ping.Replace("description: Nome", "description: |\n" + block), Expect.Either));
        }

        cases.Add(new HostileCase("text: example that is not json", "ping.zapi.yaml", Ping.Replace("\"name\": \"x\",", "\"name\": */ #error x \"\"\","), Expect.Generates) { ExpectedId = "ZAPI007" });
        cases.Add(new HostileCase("text: 100,000-character title", "ping.zapi.yaml", Ping.Replace("title: Ping", "title: " + Yq(Repeat("*/ </summary> ", 100_000))), Expect.Generates));
    }

    // ---------------------------------------------------------------- routes, ids, clients, methods, credentials

    private static void RoutesIdsClients(List<HostileCase> cases)
    {
        void Route(string route, Expect expect) =>
            cases.Add(new HostileCase($"route: {Show(route)}", "ping.zapi.yaml", Ping.Replace("route: /ping", "route: " + Yq(route)), expect) { ExpectedId = expect == Expect.Fatal ? "ZAPI012" : null });

        foreach (string route in new[] { "/ping\"", "/ping\n/x", "/ping\"; class Injected { } //", "/pi ng", "ping", "", "/ping?x=1", "/ping#frag", "/ping\\", "/pïng", "/ping\u2028x", "/ping\u202E", "/ping%0a", "/ping\r\nHost: evil", "http://evil.example/x", "/ping'" })
        {
            Route(route, Expect.Fatal);
        }

        cases.Add(new HostileCase("route: '/{id}' without a declared path parameter", "ping.zapi.yaml", Ping.Replace("route: /ping", "route: /{id}"), Expect.Fatal));
        cases.Add(new HostileCase("route: '/{\"); } class Injected { //}'", "ping.zapi.yaml", Ping.Replace("route: /ping", "route: " + Yq("/{\"); } class Injected { //}")), Expect.Fatal));

        foreach (string route in new[] { "/", "/~user/._-", "/a.b/c..d/.e", "/" + new string('a', 2000) })
        {
            Route(route, Expect.Generates);
        }

        // Dot segments and empty segments: URI normalisation would send the call elsewhere.
        foreach (string route in new[] { "//evil.example/x", "/../../admin", "/a/./b", "/a/..", "/a//b", "/{id}/../x" })
        {
            Route(route, Expect.Fatal);
        }

        Route("/" + new string('a', 10_000), Expect.Fatal);

        foreach (string id in new[] { "ping\"", "ping\n", "pi ng", "Ping", "ping-", "-ping", "pi--ng", "1ping", "ping_x", "pïng", "", "ping\"); } class Injected { //", "ping\u202E", "ping/../x", new string('p', 101) })
        {
            cases.Add(new HostileCase($"id: {Show(id)}", "ping.zapi.yaml", Ping.Replace("id: ping", "id: " + Yq(id)), Expect.Fatal) { ExpectedId = "ZAPI012" });
        }

        // The PascalCase form of an id or client group may not start with ZApi, the runtime's prefix.
        foreach (string id in new[] { "z-api-json", "z-api-client-options", "z-api-exception", "z-api", "z-api-body-timeout", "z-api-calls" })
        {
            cases.Add(new HostileCase($"id: reserved {id}", id + ".zapi.yaml", Ping.Replace("id: ping", "id: " + id), Expect.Fatal) { ExpectedId = "ZAPI006" });
        }

        foreach (string id in new[] { "class", "int", "namespace", "to-string", "get-hash-code", "equals", "zapi-json", "partner-client", "ping-request", "ping-endpoint", "a", "x" + new string('1', 99), "system", "types", "nameof", "await" })
        {
            cases.Add(new HostileCase($"id: {id}", id + ".zapi.yaml", Ping.Replace("id: ping", "id: " + id), Expect.Generates) { Id = id });
        }

        foreach (string client in new[] { "partner\"", "Partner", "part ner", "partner\n", "partner; class Injected", "" })
        {
            cases.Add(new HostileCase($"client: {Show(client)}", "ping.zapi.yaml", Ping.Replace("client: partner", "client: " + Yq(client)), Expect.Fatal) { ExpectedId = "ZAPI012" });
        }

        foreach (string client in new[] { "z-api", "z-api-json", "z-api-contract-entries" })
        {
            cases.Add(new HostileCase($"client: reserved {client}", "ping.zapi.yaml", Ping.Replace("client: partner", "client: " + client), Expect.Fatal) { ExpectedId = "ZAPI006" });
        }

        foreach (string client in new[] { "instance", "class", "zapi", "ping", "ping-request", "types", "events", "system" })
        {
            cases.Add(new HostileCase($"client: {client}", "ping.zapi.yaml", Ping.Replace("client: partner", "client: " + client), Expect.Generates) { Client = client });
        }

        foreach (string method in new[] { "SEND", "CONNECT", "GET\n", "POST\"", "\"POST); class Injected {\"", "P\u200BOST" })
        {
            cases.Add(new HostileCase($"method: {Show(method)}", "ping.zapi.yaml", Ping.Replace("method: POST", "method: " + Yq(method)), Expect.Fatal) { ExpectedId = "ZAPI012" });
        }

        foreach (string method in new[] { "post", "get", "Delete", "PATCH", "PUT" })
        {
            cases.Add(new HostileCase($"method: {method}", "ping.zapi.yaml", Ping.Replace("method: POST", "method: " + method), Expect.Generates));
        }

        foreach (string credentials in new[] { "partner-token\"\nX-Evil: 1", "Bearer x", "partner-token\r\nHost: evil", "token", "partner-token; drop" })
        {
            cases.Add(new HostileCase($"credentials: {Show(credentials)}", "ping.zapi.yaml", Ping.Replace("credentials: partner-token", "credentials: " + Yq(credentials)), Expect.Fatal) { ExpectedId = "ZAPI012" });
        }

        foreach (string credentials in new[] { "none", "client-token" })
        {
            cases.Add(new HostileCase($"credentials: {credentials}", "ping.zapi.yaml", Ping.Replace("credentials: partner-token", "credentials: " + credentials), Expect.Generates));
        }

        cases.Add(new HostileCase("file: name with a newline and #error", "ev\nil\n#error x.zapi.yaml", Ping, Expect.Generates) { ExpectedId = "ZAPI014" });
        cases.Add(new HostileCase("file: name with quotes and bidi", "p\"i\u202Eng*/.zapi.yaml", Ping, Expect.Generates) { ExpectedId = "ZAPI014" });
    }

    // ---------------------------------------------------------------- responses

    private static void Responses(List<HostileCase> cases)
    {
        void Add(string name, string text, Expect expect, string? id = null) => cases.Add(new HostileCase("responses: " + name, "ping.zapi.yaml", text, expect) { ExpectedId = id });

        foreach (string status in new[] { "oops", "99", "600", "2010", "-1", "1e3", "0x1F5", "\"405\\n\"", "4O5" })
        {
            Add($"status {status}", Ping.Replace("  405:", $"  {status}:"), Expect.Fatal, "ZAPI012");
        }

        Add("two success responses", Ping.Replace("  405:\n    hint: Use POST.", "  200:\n    description: also"), Expect.Fatal, "ZAPI012");
        Add("201 and 0201", Ping.Replace("  405:\n    hint: Use POST.", "  0201:\n    description: again"), Expect.Fatal, "ZAPI012");
        Add("hint on a success", Ping.Replace("  201:\n", "  201:\n    hint: no\n"), Expect.Fatal, "ZAPI012");
        Add("body on an error", Ping.Replace("    hint: Use POST.", "    hint: Use POST.\n    body:\n      required:\n        - name: error\n          type: string"), Expect.Fatal, "ZAPI012");
        Add("405 and 0405 both hinted", Ping.Replace("    hint: Use POST.", "    hint: Use POST.\n  0405:\n    hint: Leading zero."), Expect.Either);
        Add("405 and 00405 and 405 quoted", Ping.Replace("    hint: Use POST.", "    hint: Use POST.\n  00405:\n    hint: Two zeros."), Expect.Either);
        cases.Add(new HostileCase("responses: only an error", "ping.zapi.yaml", Ping.Substring(0, Ping.IndexOf("  201:", StringComparison.Ordinal)) + "  500:\n    hint: \"*/ \\\" #error\"\n", Expect.Generates) { ResponseProperties = null });
        cases.Add(new HostileCase("responses: empty success", "ping.zapi.yaml", Ping.Substring(0, Ping.IndexOf("  201:", StringComparison.Ordinal)) + "  204:\n", Expect.Generates) { ResponseProperties = null });
        cases.Add(new HostileCase("responses: empty mapping", "ping.zapi.yaml", Ping.Substring(0, Ping.IndexOf("responses:", StringComparison.Ordinal)) + "responses: {}\n", Expect.Generates) { ResponseProperties = null });
        cases.Add(new HostileCase("responses: no request", "ping.zapi.yaml", Ping.Substring(0, Ping.IndexOf("request:", StringComparison.Ordinal)) + Ping.Substring(Ping.IndexOf("responses:", StringComparison.Ordinal)), Expect.Generates) { RequestProperties = null });
        cases.Add(new HostileCase("responses: every status hinted", "ping.zapi.yaml", Ping + "\n" + string.Concat(Enumerable.Range(400, 200).Where(s => s != 405).Select(s => $"  {s}:\n    hint: \"{s} */ \\\" \\u2028 #error\"\n")), Expect.Generates));
    }

    // ---------------------------------------------------------------- ZApiNamespace

    private static void Namespaces(List<HostileCase> cases)
    {
        foreach (string bad in new[]
        {
            "Evil;\nclass Injected {}", "ZApi { class Injected {} } namespace Other", "ZApi;#error x", "A..B", "1A", "class", "Ünicode", "A.", ".A",
            "ZApi // comment", "a\u2028b", "ZApi\u202E", new string('a', 600), "ZApi.int", "global::ZApi", "ZApi-Client", "Z Api", "@class",
            // Contextual keywords are refused as a whole: 'nameof' breaks the generated nameof(...) calls.
            "nameof", "global", "var", "async", "record", "_",
            // The base library's namespaces: global::System.Uri would name a spec type called Uri.
            "System", "System.Text", "Microsoft", "Microsoft.Extensions.DependencyInjection",
        })
        {
            cases.Add(new HostileCase($"namespace: {Show(bad)}", "ping.zapi.yaml", Ping, Expect.Generates)
            {
                Properties = new Dictionary<string, string> { ["ZApiNamespace"] = bad },
                ExpectedId = "ZAPI017",
            });
        }

        foreach (string good in new[] { "MyCompany.ZApi", " Padded.Ns ", "dynamic", "ZApi.System", "ZApi.ZApiJson", "PartnerClient", "ZApi.PingRequest", "A" + new string('b', 500), "MyCompany.System", "Systems" })
        {
            cases.Add(new HostileCase($"namespace: {Show(good)}", "ping.zapi.yaml", Ping, Expect.Generates)
            {
                Properties = new Dictionary<string, string> { ["ZApiNamespace"] = good },
                Namespace = good.Trim(),
            });
        }

        foreach ((string name, string payload) in Payloads.Take(12))
        {
            cases.Add(new HostileCase($"contracts: hint and description {name}", "ping.zapi.yaml", Ping.Replace("hint: Use POST.", "hint: " + Yq(payload)).Replace("description: Nome", "description: " + Yq(payload)), Expect.Generates)
            {
                Properties = new Dictionary<string, string> { ["ZApiContracts"] = "true" },
            });
        }

        cases.Add(new HostileCase("contracts: hostile attribute names", "ping.zapi.yaml", Ping.Replace("- name: count", "- name: \"x\\\"); } class Injected { //\"").Replace("- name: id", "- name: \"reader\""), Expect.Generates)
        {
            Properties = new Dictionary<string, string> { ["ZApiContracts"] = "true" },
            RequestProperties = new[] { "Name", CSharpNames.ToPascalCase("x\"); } class Injected { //") },
            ResponseProperties = new[] { "Reader" },
        });
    }

    // ---------------------------------------------------------------- every place spec text can stand (rich base)

    // A property, not a field: the corpus is built by a field initializer declared above it.
    private static string Rich => SpecTexts.PingWithParametersAndTypes.Replace("\r\n", "\n");

    private static HostileCase RichCase(string name, string text, Expect expect) => new(name, "ping.zapi.yaml", text, expect)
    {
        Base = SpecBase.Rich,
        TypeNames = new[] { "Detail", "Mode" },
        ResponseProperties = new[] { "Id", "Detail" },
        DetailProperties = new[] { "Note" },
    };

    /// <summary>
    /// Each payload in each place of the spec language: names (which become identifiers) and free
    /// text (literals and doc comments) of parameters, types, members and enum values.
    /// </summary>
    private static void Positions(List<HostileCase> cases)
    {
        cases.Add(RichCase("position: the rich base itself", Rich, Expect.Generates));

        (string Where, Func<string, string> Apply)[] texts =
        {
            ("path parameter description", p => Rich.Replace("description: Id do ping", "description: " + Yq(p))),
            ("path parameter without description, example", p => Rich.Replace("      description: Id do ping\n      example: abc", "      example: " + Yq(p))),
            ("query parameter description", p => Rich.Replace("description: Modo do ping", "description: " + Yq(p))),
            ("query parameter example", p => Rich.Replace("example: fast", "example: " + Yq(p))),
            ("enum type description", p => Rich.Replace("description: Modo de ping", "description: " + Yq(p))),
            ("object type description", p => Rich.Replace("description: Detalhe do ping", "description: " + Yq(p))),
            ("object member description", p => Rich.Replace("description: Nota", "description: " + Yq(p))),
            ("response example string", p => Rich.Replace("\"id\": \"abc\"", "\"id\": " + JsonString(p))),
            ("endpoint note title and text", p => Rich.Replace("credentials: partner-token\n", "credentials: partner-token\nnotes:\n  - kind: caution\n    title: " + Yq(p) + "\n    text: " + Yq(p) + "\n")),
            ("query parameter note", p => Rich.Replace("description: Modo do ping\n", "description: Modo do ping\n        notes:\n          - kind: tip\n            text: " + Yq(p) + "\n")),
            ("object member note", p => Rich.Replace("description: Nota", "description: Nota\n        notes:\n          - kind: tip\n            text: " + Yq(p))),
            ("success response description and note", p => Rich.Replace("  201:\n", "  201:\n    description: " + Yq(p) + "\n    notes:\n      - kind: tip\n        text: " + Yq(p) + "\n")),
            ("error response note", p => Rich.Replace("    hint: Use POST.", "    hint: Use POST.\n    notes:\n      - kind: warning\n        text: " + Yq(p))),
            ("enum value description", p => Rich.Replace("enum: [fast, slow]", "enum: [{ value: fast, description: " + Yq(p) + " }, slow]")),
        };

        foreach ((string where, Func<string, string> apply) in texts)
        {
            foreach ((string name, string payload) in Payloads)
            {
                cases.Add(RichCase($"position: {where} {name}", apply(payload), Expect.Generates));
            }
        }

        // Names: hidden characters are refused; visible ones generate (the shape check proves nothing else was declared).
        foreach ((string name, string payload) in Payloads)
        {
            bool hidden = payload.Any(c => HostileRunner.IsInvisible(c) || (c != ' ' && char.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator)) || payload.Length > 200;
            Expect expect = hidden ? Expect.Fatal : Expect.Either;
            string? id = hidden ? "ZAPI012" : null;
            cases.Add(RichCase($"position: query parameter name {name}", Rich.Replace("- name: mode", "- name: " + Yq(payload)), expect) with { ExpectedId = id });
            cases.Add(RichCase($"position: query parameter name without description {name}", Rich.Replace("- name: mode", "- name: " + Yq(payload)).Replace("        description: Modo do ping\n", string.Empty), expect) with { ExpectedId = id });
            cases.Add(RichCase($"position: enum value {name}", Rich.Replace("enum: [fast, slow]", "enum: [fast, " + Yq(payload) + "]"), expect) with { ExpectedId = id });
            cases.Add(RichCase($"position: object member name {name}", Rich.Replace("- name: note", "- name: " + Yq(payload)), expect) with
            {
                ExpectedId = id,
                DetailProperties = new[] { CSharpNames.ToPascalCase(payload) },
            });
            cases.Add(RichCase($"position: response member name {name}", Rich.Replace("        - name: detail", "        - name: " + Yq(payload)), expect) with
            {
                ExpectedId = id,
                ResponseProperties = new[] { "Id", CSharpNames.ToPascalCase(payload) },
            });
        }

        // The exploit of issue 10, as reported: a query parameter name with a line separator and no description.
        string exploit = "x\u2028[global::System.Runtime.CompilerServices.ModuleInitializer] internal static void Pwn() => global::System.Environment.Exit(1);\u2028/// ";
        cases.Add(RichCase("position: exploit: query parameter name with U+2028, no description, a module initializer", Rich.Replace("- name: mode", "- name: " + Yq(exploit)).Replace("        description: Modo do ping\n", string.Empty), Expect.Fatal) with { ExpectedId = "ZAPI012" });
        cases.Add(RichCase("position: exploit: query parameter name with a bidi override", Rich.Replace("- name: mode", "- name: " + Yq("mode\u202E } { ")), Expect.Fatal) with { ExpectedId = "ZAPI012" });
        cases.Add(RichCase("position: exploit: query parameter name with a doc include", Rich.Replace("- name: mode", "- name: " + Yq("m</param><include file='/etc/passwd' path='/*'/><param name='x'>")).Replace("        description: Modo do ping\n", string.Empty), Expect.Generates));
        cases.Add(RichCase("position: enum value of 10,000 characters", Rich.Replace("enum: [fast, slow]", "enum: [fast, " + new string('s', 10_000) + "]"), Expect.Fatal) with { ExpectedId = "ZAPI012" });
        cases.Add(RichCase("position: enum value named like its enum", Rich.Replace("enum: [fast, slow]", "enum: [fast, mode]"), Expect.Generates));
        cases.Add(RichCase("position: enum value value__", Rich.Replace("enum: [fast, slow]", "enum: [fast, value__]"), Expect.Generates));
        cases.Add(RichCase("position: enum value of 200 characters", Rich.Replace("enum: [fast, slow]", "enum: [fast, " + new string('s', 200) + "]"), Expect.Generates));
        cases.Add(RichCase("position: hint of 5,000 characters", Rich.Replace("hint: Use POST.", "hint: " + new string('h', 5000)), Expect.Fatal) with { ExpectedId = "ZAPI012" });
    }

    // ---------------------------------------------------------------- generated names: runtime, helpers, members, parameters

    private static void GeneratedNameClashes(List<HostileCase> cases)
    {
        // Named like a runtime type (every one starts with ZApi) or with a suffix the generator derives names with.
        foreach (string reserved in new[] { "ZApiClientOptions", "ZApiException", "ZApiBodyTimeout", "ZApiJsonReader", "ZApiItemReader", "ZApiRoute", "ZApiAnything", "ModeJson", "PingRequest", "OtherResponse", "PartnerClient", "PingEndpoint", "Json", "ToJson", "ReadRequest", "WriteRequest", "ParseRequest", "ReadResponse", "WriteResponse" })
        {
            cases.Add(RichCase($"clash: type named {reserved}", Rich.Replace("  Mode:", "  " + reserved + ":").Replace("type: Mode", "type: " + reserved), Expect.Fatal) with { ExpectedId = "ZAPI006" });
        }

        // Named like a member of the class its code stands in (the endpoint class, a JSON helper class, the client):
        // every expression that names the type is qualified, so these compile.
        foreach (string shadow in new[] { "Operation", "Route", "RouteUri", "HintFor", "InvokeContractAsync", "Read", "ReadItem", "ReadValue", "Write", "NameMember", "PingAsync", "Http", "Options", "System", "Global", "Task" })
        {
            foreach (bool contracts in new[] { false, true })
            {
                string enumText = Rich.Replace("  Mode:", "  " + shadow + ":").Replace("type: Mode", "type: " + shadow);
                string objectText = Rich.Replace("  Detail:", "  " + shadow + ":").Replace("type: Detail", "type: " + shadow);
                string suffix = contracts ? " with contract entries" : string.Empty;
                Dictionary<string, string>? properties = contracts ? new Dictionary<string, string> { ["ZApiContracts"] = "true" } : null;
                cases.Add(RichCase($"clash: enum named {shadow}{suffix}", enumText, Expect.Generates) with { TypeNames = new[] { "Detail", shadow }, Properties = properties });
                cases.Add(RichCase($"clash: object type named {shadow}{suffix}", objectText, Expect.Generates) with { TypeNames = new[] { shadow, "Mode" }, Properties = properties, DetailProperties = null });
            }
        }

        // Types that once shared helper names (ReadFooItem of Foo and the reader of FooItem) now each have a class.
        string helpers = Rich + "\n  DetailItem:\n    optional:\n      - name: x\n        type: string\n  DetailValue:\n    enum: [a]\n";
        cases.Add(RichCase("clash: types Detail, DetailItem and DetailValue", helpers, Expect.Generates) with { TypeNames = new[] { "Detail", "DetailItem", "DetailValue", "Mode" } });
        cases.Add(RichCase("clash: types differing only in case", Rich.Replace("  Detail:", "  DETAIL:\n    enum: [a]\n  Detail:"), Expect.Fatal) with { ExpectedId = "ZAPI006" });

        // Parameter names that are (contextual) keywords, in every place a parameter name lands.
        foreach (string name in new[] { "nameof", "await", "async", "var", "global", "value", "yield", "record", "class", "string", "dynamic", "when", "_1", "reader", "writer", "client", "response", "http", "options", "route", "query" })
        {
            foreach (bool contracts in new[] { false, true })
            {
                Dictionary<string, string>? properties = contracts ? new Dictionary<string, string> { ["ZApiContracts"] = "true" } : null;
                string suffix = contracts ? " with contract entries" : string.Empty;
                cases.Add(RichCase($"parameter: path {name}{suffix}", Rich.Replace("{pingId}", "{" + name + "}").Replace("- name: pingId", "- name: " + name), Expect.Generates) with { Properties = properties });
                cases.Add(RichCase($"parameter: query {name}{suffix}", Rich.Replace("- name: mode", "- name: " + name), Expect.Generates) with { Properties = properties });
            }
        }

        cases.Add(RichCase("parameter: request is reserved", Rich.Replace("- name: mode", "- name: request"), Expect.Fatal) with { ExpectedId = "ZAPI006" });
        cases.Add(RichCase("parameter: cancellationToken is reserved", Rich.Replace("- name: mode", "- name: cancellationToken"), Expect.Fatal) with { ExpectedId = "ZAPI006" });

        cases.Add(new HostileCase("namespace: System with a spec type Uri", "ping.zapi.yaml", Rich.Replace("  Detail:", "  Uri:").Replace("type: Detail", "type: Uri"), Expect.Generates)
        {
            Base = SpecBase.Rich,
            Properties = new Dictionary<string, string> { ["ZApiNamespace"] = "System" },
            ExpectedId = "ZAPI017",
            TypeNames = new[] { "Mode", "Uri" },
            ResponseProperties = new[] { "Id", "Detail" },
        });
    }

    // ---------------------------------------------------------------- cost: inputs that once made the generator slow

    private static void Costs(List<HostileCase> cases)
    {
        // 20,000 attributes of unknown types, under the 1 MiB limit: each report once computed a suggestion over every name.
        var unknown = new StringBuilder(Ping.Replace("        type: integer\n", "        type: integer\n"));
        var attributes = new StringBuilder();
        for (int i = 0; attributes.Length < 700_000; i++)
        {
            attributes.Append("      - name: a").Append(i).Append("\n        type: Unknown").Append(i).Append('\n');
        }

        cases.Add(new HostileCase("cost: 20,000 attributes of unknown types", "ping.zapi.yaml", Ping.Replace("        type: integer\n", "        type: integer\n" + attributes), Expect.Fatal) { ExpectedId = "ZAPI004" });

        // Many declared types and many references to misspelt ones: suggestions are capped.
        var types = new StringBuilder("types:\n");
        for (int i = 0; i < 5000; i++)
        {
            types.Append("  T").Append(i).Append(":\n    enum: [a]\n");
        }

        var references = new StringBuilder();
        for (int i = 0; i < 5000; i++)
        {
            references.Append("      - name: r").Append(i).Append("\n        type: X").Append(i).Append('\n');
        }

        cases.Add(new HostileCase("cost: 5,000 types and 5,000 misspelt references", "ping.zapi.yaml", Ping.Replace("        type: integer\n", "        type: integer\n" + references) + "\n" + types, Expect.Fatal) { ExpectedId = "ZAPI004" });

        // A large response example checked against a type with many members.
        var members = new StringBuilder();
        var objectJson = new StringBuilder("{");
        for (int i = 0; i < 1000; i++)
        {
            members.Append("      - name: m").Append(i).Append("\n        type: string\n");
            objectJson.Append(i == 0 ? string.Empty : ",").Append("\"m").Append(i).Append("\":\"v\"");
        }

        objectJson.Append('}');
        var example = new StringBuilder("[");
        for (int i = 0; example.Length < 600_000; i++)
        {
            example.Append(i == 0 ? string.Empty : ",").Append(objectJson);
        }

        example.Append(']');
        string wide = Ping.Replace("        - name: id\n          type: string\n", "        - name: id\n          type: string\n        - name: items\n          type: array\n          items: Wide\n")
            .Replace("      {\n        \"id\": \"abc\"\n      }", "      {\"id\": \"abc\", \"items\": " + example + "}")
            + "\ntypes:\n  Wide:\n    required:\n" + members;
        cases.Add(new HostileCase("cost: a 600 KB example against a type of 1,000 required members", "ping.zapi.yaml", wide, Expect.Generates)
        {
            TypeNames = new[] { "Wide" },
            ResponseProperties = new[] { "Id", "Items" },
        });

        // The same example with every object missing its members: the reports are capped, the walk stays linear.
        string missing = wide.Replace("\"m1\":\"v\",", string.Empty);
        cases.Add(new HostileCase("cost: the same example, each object missing a required member", "ping.zapi.yaml", missing, Expect.Generates)
        {
            TypeNames = new[] { "Wide" },
            ResponseProperties = new[] { "Id", "Items" },
            ExpectedId = "ZAPI008",
        });

        // 10,000 unknown keys: reports are capped at 100, plus one that counts the rest.
        var keys = new StringBuilder(Ping).Append('\n');
        for (int i = 0; i < 10_000; i++)
        {
            keys.Append("unknownKey").Append(i).Append(": v\n");
        }

        cases.Add(new HostileCase("cost: 10,000 unknown keys", "ping.zapi.yaml", keys.ToString(), Expect.Fatal) { ExpectedId = "ZAPI003" });
        cases.Add(new HostileCase("yaml: empty verbatim tag", "ping.zapi.yaml", Ping.Replace("title: Ping", "title: !<> Ping"), Expect.Either));
        cases.Add(new HostileCase("yaml: empty verbatim tag on a key", "ping.zapi.yaml", Ping.Replace("title: Ping", "!<> title: Ping"), Expect.Either));
    }

    // ---------------------------------------------------------------- helpers

    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="value"/>.</summary>
    public static string Yq(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (char c in value)
        {
            if (c == '"')
            {
                builder.Append("\\\"");
            }
            else if (c == '\\')
            {
                builder.Append("\\\\");
            }
            else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || HostileRunner.IsInvisible(c) || c == '\uFEFF')
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A JSON string literal (ASCII only) holding exactly <paramref name="value"/>.</summary>
    public static string JsonString(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (char c in value)
        {
            if (c == '"' || c == '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c < 0x20 || c > 0x7E)
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A printable rendering of a value for a case name.</summary>
    public static string Show(string value)
    {
        var builder = new StringBuilder("'");
        foreach (char c in value.Length > 40 ? value.Substring(0, 20) + "…(" + value.Length.ToString(CultureInfo.InvariantCulture) + ")" : value)
        {
            builder.Append(c < 0x20 || c > 0x7E ? (c > 0xFF && !HostileRunner.IsInvisible(c) ? c.ToString() : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)) : c.ToString());
        }

        return builder.Append('\'').ToString();
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    private static string Indent(string text, int spaces) =>
        string.Join("\n", text.TrimEnd('\n').Split('\n').Select(l => new string(' ', spaces) + l)) + "\n";

    /// <summary>The classic alias expansion bomb: nine levels of ten aliases each, 10^9 strings if expanded.</summary>
    private static string BillionLaughs()
    {
        var builder = new StringBuilder("lol0: &lol0 \"lol\"\n");
        for (int level = 1; level <= 9; level++)
        {
            builder.Append("lol").Append(level).Append(": &lol").Append(level).Append(" [");
            builder.Append(string.Join(", ", Enumerable.Repeat("*lol" + (level - 1), 10)));
            builder.Append("]\n");
        }

        return builder.ToString();
    }
}
