using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ZApi.Generator.Parsing;

/// <summary>
/// Whether the consuming project can compile the generated client: C# 11 or later (required
/// members, UTF-8 literals) and a .NET 8 or later target (the base-library APIs the client calls).
/// A project that cannot gets one ZAPI020 naming every requirement it misses (a netstandard2.0
/// library on its default C# 7.3 misses both, and hears of both in one build), and no generated
/// code, instead of dozens of errors inside generated files.
/// </summary>
internal static class ConsumerSupport
{
    /// <summary>APIs the generated code uses that netstandard2.0 and .NET Framework lack (type, member or null).</summary>
    private static readonly (string Type, string? Member)[] RequiredApis =
    {
        ("System.Runtime.CompilerServices.RequiredMemberAttribute", null),
        ("System.Text.Json.Utf8JsonWriter", null),
        ("System.Net.Http.HttpClient", null),
        ("System.ArgumentNullException", "ThrowIfNull"),
        ("System.Threading.CancellationTokenSource", "TryReset"),
    };

    /// <summary>The APIs the client uses that the target lacks, joined with ", ", or null when it has them all.</summary>
    public static string? MissingApis(Compilation compilation)
    {
        List<string>? missing = null;
        foreach ((string type, string? member) in RequiredApis)
        {
            INamedTypeSymbol? symbol = compilation.GetTypeByMetadataName(type);
            if (symbol is null || (member is not null && symbol.GetMembers(member).IsEmpty))
            {
                (missing ??= new List<string>()).Add(member is null ? type : type + "." + member);
            }
        }

        return missing is null ? null : string.Join(", ", missing);
    }

    /// <summary>The C# version the project compiles when it is older than 11 (such as <c>7.3</c>), or null.</summary>
    public static string? OldLanguageVersion(ParseOptions options) =>
        options is CSharpParseOptions csharp && csharp.LanguageVersion < LanguageVersion.CSharp11
            ? csharp.LanguageVersion.ToDisplayString()
            : null;

    /// <summary>The ZAPI020 message naming every unmet requirement, or null when the project meets them all.</summary>
    public static string? Problem(string? oldLanguageVersion, string? missingApis)
    {
        const string Language = "C# 11 or later (required members, UTF-8 string literals)";
        const string Target = ".NET 8 or later (net8.0 and up)";
        const string SetLanguage = "set <LangVersion>11</LangVersion> or later, or remove LangVersion to use the default of net8.0 and up";
        const string SetTarget = "target net8.0 or later; netstandard2.0 and .NET Framework cannot compile it";
        if (oldLanguageVersion is not null && missingApis is not null)
        {
            return $"The generated Z-API client needs two things this project lacks: {Language}, where this project compiles C# {oldLanguageVersion}; and {Target}, where this project's target lacks {missingApis}, which the client uses. To fix both: {SetTarget}, and {SetLanguage}. Nothing was generated.";
        }

        if (missingApis is not null)
        {
            return $"The generated Z-API client needs {Target}: this project's target lacks {missingApis}, which the client uses. To fix it: {SetTarget}. Nothing was generated.";
        }

        if (oldLanguageVersion is not null)
        {
            return $"The generated Z-API client needs {Language}: this project compiles C# {oldLanguageVersion}. To fix it: {SetLanguage}. Nothing was generated.";
        }

        return null;
    }
}
