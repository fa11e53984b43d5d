using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ZApi.Specs.Validation;

namespace ZApi.Generator.Diagnostics;

/// <summary>
/// The Roslyn face of <see cref="DiagnosticRules"/>, the one table of diagnostics: one descriptor per
/// rule the generator reports, with its id, severity, title and help link as the table has them.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "ZApi.Specs";

    private static readonly Dictionary<SpecErrorKind, DiagnosticDescriptor> ByKind = DiagnosticRules.All
        .Where(rule => rule.Kind is not null)
        .ToDictionary(rule => rule.Kind!.Value, Create);

    public static DiagnosticDescriptor For(SpecErrorKind kind) => ByKind[kind];

    private static DiagnosticDescriptor Create(DiagnosticRule rule) =>
        new(rule.Id, rule.Title, "{0}", Category, Severity(rule.Level), isEnabledByDefault: true, helpLinkUri: rule.HelpLink);

    private static DiagnosticSeverity Severity(DiagnosticLevel level) => level switch
    {
        DiagnosticLevel.Info => DiagnosticSeverity.Info,
        DiagnosticLevel.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Error,
    };
}
