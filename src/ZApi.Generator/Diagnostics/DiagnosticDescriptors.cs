using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using ZApi.Specs.Validation;

namespace ZApi.Generator.Diagnostics;

/// <summary>One descriptor per <see cref="SpecErrorKind"/>; ids <c>ZAPI001</c> and on never change meaning.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "ZApi.Specs";

    private static readonly Dictionary<SpecErrorKind, DiagnosticDescriptor> ByKind = new()
    {
        [SpecErrorKind.YamlSyntax] = Error(SpecErrorKind.YamlSyntax, "The spec file is not valid YAML"),
        [SpecErrorKind.MissingKey] = Error(SpecErrorKind.MissingKey, "A required key of the spec is missing"),
        [SpecErrorKind.UnknownKey] = Error(SpecErrorKind.UnknownKey, "The spec has a key the spec language does not know"),
        [SpecErrorKind.UnknownType] = Error(SpecErrorKind.UnknownType, "An attribute has an unknown type"),
        [SpecErrorKind.DuplicateEndpoint] = Error(SpecErrorKind.DuplicateEndpoint, "Two specs define the same endpoint"),
        [SpecErrorKind.NameCollision] = Error(SpecErrorKind.NameCollision, "Two names of a spec generate the same C# member"),
        [SpecErrorKind.InvalidExampleJson] = Warning(SpecErrorKind.InvalidExampleJson, "A documented example is not valid JSON"),
        [SpecErrorKind.ExampleMissingRequired] = Warning(SpecErrorKind.ExampleMissingRequired, "A documented example lacks a required attribute"),
        [SpecErrorKind.ExampleUndeclaredMember] = Warning(SpecErrorKind.ExampleUndeclaredMember, "A documented example has an undeclared member"),
        [SpecErrorKind.ExampleWrongType] = Warning(SpecErrorKind.ExampleWrongType, "A documented example contradicts a declared type"),
        [SpecErrorKind.WrongNodeKind] = Error(SpecErrorKind.WrongNodeKind, "A spec value has the wrong YAML shape"),
        [SpecErrorKind.InvalidValue] = Error(SpecErrorKind.InvalidValue, "A spec value is not one the key accepts"),
        [SpecErrorKind.DuplicateKey] = Error(SpecErrorKind.DuplicateKey, "A key is given twice"),
        [SpecErrorKind.FileNameMismatch] = Warning(SpecErrorKind.FileNameMismatch, "The spec file name does not match its id"),
        [SpecErrorKind.UnsupportedYaml] = Error(SpecErrorKind.UnsupportedYaml, "The spec uses a YAML feature specs do not support"),
        [SpecErrorKind.InternalError] = Error(SpecErrorKind.InternalError, "The generator failed on a spec"),
        [SpecErrorKind.InvalidOption] = Error(SpecErrorKind.InvalidOption, "An MSBuild option of ZApi.Generator is invalid"),
        [SpecErrorKind.TypeConflict] = Error(SpecErrorKind.TypeConflict, "Two specs define one named type differently"),
        [SpecErrorKind.SpecsNotFound] = Warning(SpecErrorKind.SpecsNotFound, "The specs folder gives the generator no spec"),
        [SpecErrorKind.UnsupportedConsumer] = Error(SpecErrorKind.UnsupportedConsumer, "The project cannot compile the generated client"),
        [SpecErrorKind.ReplacesBuiltIn] = Create(SpecErrorKind.ReplacesBuiltIn, "A spec of the project replaces a built-in endpoint", DiagnosticSeverity.Info),
        [SpecErrorKind.UnknownEndpointSelection] = Warning(SpecErrorKind.UnknownEndpointSelection, "ZApiEndpoints names what the built-in catalogue does not have"),
    };

    public static IEnumerable<DiagnosticDescriptor> All => ByKind.Values;

    public static DiagnosticDescriptor For(SpecErrorKind kind) => ByKind[kind];

    private static DiagnosticDescriptor Error(SpecErrorKind kind, string title) => Create(kind, title, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(SpecErrorKind kind, string title) => Create(kind, title, DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(SpecErrorKind kind, string title, DiagnosticSeverity severity) =>
        new(SpecError.FormatId(kind), title, "{0}", Category, severity, isEnabledByDefault: true);
}
