using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Diagnostics;
using ZApi.Generator.Model;
using ZApi.Specs.Model;
using ZApi.Specs.Validation;

namespace ZApi.Generator.Parsing;

/// <summary>Reads the generator's MSBuild options (<c>build_property.*</c>) and validates them.</summary>
internal static class OptionsReader
{
    public static GeneratorOptions Read(AnalyzerConfigOptions globalOptions)
    {
        var errors = new List<SpecError>();
        string @namespace = ReadNamespace(globalOptions, errors);
        string accessibility = ReadAccessibility(globalOptions, errors);
        bool contracts = string.Equals(Value(globalOptions, "ZApiContracts"), "true", StringComparison.OrdinalIgnoreCase);
        bool contractsOnly = contracts && !string.IsNullOrWhiteSpace(Value(globalOptions, "ZApiContractsClient"));
        return new GeneratorOptions(@namespace, errors.ToEquatableArray(), contracts, accessibility, contractsOnly);
    }

    /// <summary>
    /// <c>ZApiEndpoints</c> (as the props hand it over, <c>ZApiEndpointSelection</c>, with ',' for ';') and the
    /// catalogue folder the package's props set (<c>ZApiCatalogueFolder</c>).
    /// </summary>
    public static EndpointSelection ReadSelection(AnalyzerConfigOptions globalOptions) =>
        EndpointSelection.Read(Value(globalOptions, "ZApiCatalogueFolder"), Value(globalOptions, "ZApiEndpointSelection"));

    private static string ReadNamespace(AnalyzerConfigOptions globalOptions, List<SpecError> errors)
    {
        string? configured = Value(globalOptions, "ZApiNamespace");
        if (configured is null)
        {
            return GeneratorOptions.DefaultNamespace;
        }

        if (!IsNamespace(configured))
        {
            errors.Add(Invalid($"ZApiNamespace '{configured}' is not a C# namespace (dot-separated identifiers such as 'MyCompany.ZApi'); the generated code uses '{GeneratorOptions.DefaultNamespace}'."));
            return GeneratorOptions.DefaultNamespace;
        }

        string root = configured.Split('.')[0];
        if (root is "System" or "Microsoft")
        {
            // global::System.Uri would then name a spec type called Uri, not the base library's.
            errors.Add(Invalid($"ZApiNamespace '{configured}' lies under '{root}', the base library's namespace: a spec type there could stand in for a base library type the generated code uses. Choose a namespace of your own; the generated code uses '{GeneratorOptions.DefaultNamespace}'."));
            return GeneratorOptions.DefaultNamespace;
        }

        return configured;
    }

    private static string ReadAccessibility(AnalyzerConfigOptions globalOptions, List<SpecError> errors)
    {
        string? configured = Value(globalOptions, "ZApiAccessibility");
        switch (configured)
        {
            case null:
            case "public":
                return "public";
            case "internal":
                return "internal";
            default:
                errors.Add(Invalid($"ZApiAccessibility '{configured}' is neither 'public' nor 'internal'; the generated types are public."));
                return "public";
        }
    }

    private static string? Value(AnalyzerConfigOptions globalOptions, string property) =>
        globalOptions.TryGetValue("build_property." + property, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static SpecError Invalid(string message) => new(SpecErrorKind.InvalidOption, message, string.Empty, default);

    /// <summary>ASCII identifiers joined by dots; nothing else can reach the <c>namespace</c> line.</summary>
    internal static bool IsNamespace(string value)
    {
        if (value.Length > 512)
        {
            return false;
        }

        foreach (string part in value.Split('.'))
        {
            // Contextual keywords too: 'nameof' as a namespace breaks the generated nameof(...) calls.
            if (part.Length == 0 || char.IsDigit(part[0])
                || Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(part) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None
                || Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetContextualKeywordKind(part) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None)
            {
                return false;
            }

            foreach (char c in part)
            {
                bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
                if (!ok)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
