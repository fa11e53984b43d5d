using System;
using System.Collections.Generic;

namespace ZApi.Specs.Validation;

/// <summary>
/// Every diagnostic ZApi reports, in one table: the generator maps it to Roslyn descriptors, the
/// parser and the tool read from it whether an error is fatal, and the README's diagnostics table
/// is made from it by a test (<c>tests/ZApi.Generator.Tests/Readme/DiagnosticsTableTests.cs</c>), so
/// the four can no longer drift. Ids never change meaning: append, never renumber or reuse.
/// </summary>
public static class DiagnosticRules
{
    public static readonly DiagnosticRule YamlSyntax = new(
        "ZAPI001", SpecErrorKind.YamlSyntax, DiagnosticLevel.Error, IsFatal: true,
        Title: "The spec file is not valid YAML",
        What: "the file is not valid YAML, or YAML read it otherwise than meant",
        Remedy: "one message per mistake, at its line, in the spec's terms: a line indented off its sibling keys (it names the keys and their columns), a tab, a list line without its `- `, a `: ` in a plain value (quote it), a ` #` that starts a comment and cuts a plain value short (quote it; a comment is `# ` with a space)");

    public static readonly DiagnosticRule MissingKey = new(
        "ZAPI002", SpecErrorKind.MissingKey, DiagnosticLevel.Error, IsFatal: true,
        Title: "A required key of the spec is missing",
        What: "a required key is missing (or the file is empty)",
        Remedy: "add it; the message names it");

    public static readonly DiagnosticRule UnknownKey = new(
        "ZAPI003", SpecErrorKind.UnknownKey, DiagnosticLevel.Error, IsFatal: true,
        Title: "The spec has a key the spec language does not know",
        What: "unknown key",
        Remedy: "the message suggests the closest known key, or says that a comma inside `{ }` split a value (quote it)");

    public static readonly DiagnosticRule UnknownType = new(
        "ZAPI004", SpecErrorKind.UnknownType, DiagnosticLevel.Error, IsFatal: true,
        Title: "An attribute has an unknown type",
        What: "unknown attribute type",
        Remedy: "use a type of the spec reference or a name under `types`; types as pages write them (`array string`, `object (Note)`, `String`) get the exact replacement; a name declared under `types` but refused there (`instance`: ZAPI012 names `Instance`) gets no second error where it is used");

    public static readonly DiagnosticRule DuplicateEndpoint = new(
        "ZAPI005", SpecErrorKind.DuplicateEndpoint, DiagnosticLevel.Error, IsFatal: true,
        Title: "Two specs define the same endpoint",
        What: "two specs define one endpoint id, or ids (or client groups) whose generated names would meet, ignoring case (`x-1` and `x1`, `ab-c` and `a-bc`)",
        Remedy: "rename one; the later file (by path) is skipped");

    public static readonly DiagnosticRule NameCollision = new(
        "ZAPI006", SpecErrorKind.NameCollision, DiagnosticLevel.Error, IsFatal: true,
        Title: "Two names of a spec generate the same C# member",
        What: "two attributes generate the same property, or a reserved one (`ToString`, ...); a type name the generator reserves (starting with `ZApi`, ending in `Client`, `Request`, `Response`, `Endpoint` or `Json`), or two types differing only in case",
        Remedy: "rename one");

    public static readonly DiagnosticRule InvalidExampleJson = new(
        "ZAPI007", SpecErrorKind.InvalidExampleJson, DiagnosticLevel.Warning, IsFatal: false,
        Title: "A documented example is not valid JSON",
        What: "an example is not valid JSON",
        Remedy: "fix it at the reported position; the message names the usual causes (a missing or trailing comma, single quotes, unquoted names; the seed page's 201 example lacks commas)");

    public static readonly DiagnosticRule ExampleMissingRequired = new(
        "ZAPI008", SpecErrorKind.ExampleMissingRequired, DiagnosticLevel.Warning, IsFatal: false,
        Title: "A documented example lacks a required attribute",
        What: "an example lacks a required attribute",
        Remedy: "add it to the example, or make the attribute optional");

    public static readonly DiagnosticRule ExampleUndeclaredMember = new(
        "ZAPI009", SpecErrorKind.ExampleUndeclaredMember, DiagnosticLevel.Warning, IsFatal: false,
        Title: "A documented example has an undeclared member",
        What: "an example has a member no attribute declares",
        Remedy: "declare the attribute, or remove the member");

    public static readonly DiagnosticRule ExampleWrongType = new(
        "ZAPI010", SpecErrorKind.ExampleWrongType, DiagnosticLevel.Warning, IsFatal: false,
        Title: "A documented example contradicts a declared type",
        What: "an example value contradicts the declared type; every form the generated client reads is accepted (`\"false\"` for a boolean, `\"0\"` for an integer)",
        Remedy: "fix the type or the example");

    public static readonly DiagnosticRule WrongNodeKind = new(
        "ZAPI011", SpecErrorKind.WrongNodeKind, DiagnosticLevel.Error, IsFatal: true,
        Title: "A spec value has the wrong YAML shape",
        What: "a value has the wrong YAML shape (a list where a mapping belongs, ...)",
        Remedy: "follow the spec reference");

    public static readonly DiagnosticRule InvalidValue = new(
        "ZAPI012", SpecErrorKind.InvalidValue, DiagnosticLevel.Error, IsFatal: true,
        Title: "A spec value is not one the key accepts",
        What: "a value the key does not accept (HTTP method, status code, route character or `.`/`..`/`//` segment, credentials, id, a name with an invisible character)",
        Remedy: "the message lists what is accepted");

    public static readonly DiagnosticRule DuplicateKey = new(
        "ZAPI013", SpecErrorKind.DuplicateKey, DiagnosticLevel.Error, IsFatal: true,
        Title: "A key is given twice",
        What: "a key is given twice in one mapping",
        Remedy: "keep one");

    public static readonly DiagnosticRule FileNameMismatch = new(
        "ZAPI014", SpecErrorKind.FileNameMismatch, DiagnosticLevel.Warning, IsFatal: false,
        Title: "The spec file name does not match its id",
        What: "the file name does not match the id",
        Remedy: "name the file `<id>.zapi.yaml`");

    public static readonly DiagnosticRule UnsupportedYaml = new(
        "ZAPI015", SpecErrorKind.UnsupportedYaml, DiagnosticLevel.Error, IsFatal: true,
        Title: "The spec uses a YAML feature specs do not support",
        What: "anchors, aliases, several documents, nesting deeper than 64, or a file over 1 MiB",
        Remedy: "write values out; one document per file; text starting with `*` or `&` (Markdown `**bold**`) must be quoted");

    public static readonly DiagnosticRule InternalError = new(
        "ZAPI016", SpecErrorKind.InternalError, DiagnosticLevel.Error, IsFatal: true,
        Title: "The generator failed on a spec",
        What: "the generator met an unexpected failure on a spec",
        Remedy: "report it with the spec; nothing is generated for it");

    public static readonly DiagnosticRule InvalidOption = new(
        "ZAPI017", SpecErrorKind.InvalidOption, DiagnosticLevel.Error, IsFatal: true,
        Title: "An MSBuild option of ZApi.Generator is invalid",
        What: "`ZApiNamespace` or `ZApiAccessibility` is invalid, or the namespace lies under `System` or `Microsoft`",
        Remedy: "use dot-separated identifiers (no keywords) of your own and `public`/`internal`; the defaults are used meanwhile");

    public static readonly DiagnosticRule TypeConflict = new(
        "ZAPI018", SpecErrorKind.TypeConflict, DiagnosticLevel.Error, IsFatal: true,
        Title: "Two specs define one named type differently",
        What: "two specs declare one named type differently, or with names that differ only in case",
        Remedy: "declare it identically in both, or name them apart; the later file (by path) is skipped, and a project spec that changes a type built-in endpoints share (`MessageSent`) is the one skipped, with one error at its file");

    public static readonly DiagnosticRule SpecsNotFound = new(
        "ZAPI019", SpecErrorKind.SpecsNotFound, DiagnosticLevel.Warning, IsFatal: false,
        Title: "The specs folder gives the generator no spec",
        What: "the specs folder gives no spec: a configured folder that does not exist, no `*.zapi.yaml`, other YAML files beside the specs, or no `specs` folder while specs lie elsewhere in the project (`Specs/`, `spec/`, `specifications/`, any `*.zapi.yaml`) that reach no build",
        Remedy: "the message says where the generator looked and what it found");

    public static readonly DiagnosticRule UnsupportedConsumer = new(
        "ZAPI020", SpecErrorKind.UnsupportedConsumer, DiagnosticLevel.Error, IsFatal: true,
        Title: "The project cannot compile the generated client",
        What: "the project cannot compile the generated client (C# older than 11, a target older than net8.0)",
        Remedy: "target net8.0 or later with C# 11 or later; one message names every requirement the project misses (both, for a netstandard2.0 library on C# 7.3); nothing is generated meanwhile");

    public static readonly DiagnosticRule ReplacesBuiltIn = new(
        "ZAPI021", SpecErrorKind.ReplacesBuiltIn, DiagnosticLevel.Info, IsFatal: false,
        Title: "A spec of the project replaces a built-in endpoint",
        What: "a spec of the project replaces a built-in endpoint of the catalogue (same id or same generated names)",
        Remedy: "nothing, it is what you asked for; the message names the built-in it replaces");

    public static readonly DiagnosticRule UnknownEndpointSelection = new(
        "ZAPI022", SpecErrorKind.UnknownEndpointSelection, DiagnosticLevel.Warning, IsFatal: false,
        Title: "ZApiEndpoints names what the built-in catalogue does not have",
        What: "`ZApiEndpoints` names an area or endpoint the catalogue does not have",
        Remedy: "correct the name; the message lists the areas");

    public static readonly DiagnosticRule AmbiguousContractsProject = new(
        "ZAPI023", null, DiagnosticLevel.Error, IsFatal: true,
        Title: "ZApiContracts cannot tell which referenced project's client the contract tests check",
        What: "`ZApiContracts` in a test project that references several projects which compile specs",
        Remedy: "set `ZApiContractsProject` to the one whose client the contract tests check");

    /// <summary>Every rule, in id order.</summary>
    public static IReadOnlyList<DiagnosticRule> All { get; } = new[]
    {
        YamlSyntax,
        MissingKey,
        UnknownKey,
        UnknownType,
        DuplicateEndpoint,
        NameCollision,
        InvalidExampleJson,
        ExampleMissingRequired,
        ExampleUndeclaredMember,
        ExampleWrongType,
        WrongNodeKind,
        InvalidValue,
        DuplicateKey,
        FileNameMismatch,
        UnsupportedYaml,
        InternalError,
        InvalidOption,
        TypeConflict,
        SpecsNotFound,
        UnsupportedConsumer,
        ReplacesBuiltIn,
        UnknownEndpointSelection,
        AmbiguousContractsProject,
    };

    /// <summary>The rule of each <see cref="SpecErrorKind"/>, indexed by its number.</summary>
    private static readonly DiagnosticRule?[] ByKind = IndexByKind();

    /// <summary>The rule a spec error of <paramref name="kind"/> reports.</summary>
    public static DiagnosticRule For(SpecErrorKind kind) =>
        (int)kind > 0 && (int)kind < ByKind.Length && ByKind[(int)kind] is { } rule
            ? rule
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, "no diagnostic rule for this kind");

    private static DiagnosticRule?[] IndexByKind()
    {
        var table = new DiagnosticRule?[All.Count + 1];
        foreach (DiagnosticRule rule in All)
        {
            if (rule.Kind is { } kind)
            {
                table[(int)kind] = rule;
            }
        }

        return table;
    }
}
