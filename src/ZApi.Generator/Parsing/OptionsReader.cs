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
        bool contracts = globalOptions.TryGetValue("build_property.ZApiContracts", out string? contractsValue)
            && string.Equals(contractsValue?.Trim(), "true", System.StringComparison.OrdinalIgnoreCase);
        return ReadNamespace(globalOptions) with { EmitContracts = contracts };
    }

    private static GeneratorOptions ReadNamespace(AnalyzerConfigOptions globalOptions)
    {
        if (!globalOptions.TryGetValue("build_property.ZApiNamespace", out string? configured) || string.IsNullOrWhiteSpace(configured))
        {
            return new GeneratorOptions(GeneratorOptions.DefaultNamespace, EquatableArray<SpecError>.Empty);
        }

        string trimmed = configured!.Trim();
        if (IsNamespace(trimmed))
        {
            return new GeneratorOptions(trimmed, EquatableArray<SpecError>.Empty);
        }

        var error = new SpecError(
            SpecErrorKind.InvalidOption,
            $"ZApiNamespace '{trimmed}' is not a C# namespace (dot-separated identifiers such as 'MyCompany.ZApi'); the generated code uses '{GeneratorOptions.DefaultNamespace}'.",
            string.Empty,
            default);
        return new GeneratorOptions(GeneratorOptions.DefaultNamespace, new EquatableArray<SpecError>(new[] { error }));
    }

    /// <summary>ASCII identifiers joined by dots; nothing else can reach the <c>namespace</c> line.</summary>
    internal static bool IsNamespace(string value)
    {
        if (value.Length > 512)
        {
            return false;
        }

        foreach (string part in value.Split('.'))
        {
            if (part.Length == 0 || char.IsDigit(part[0]) || Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(part) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None)
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
