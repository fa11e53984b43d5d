using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ZApi.Generator.Parsing;

/// <summary>
/// Whether the consuming project can compile the generated client: C# 11 or later (required
/// members, UTF-8 literals) and a .NET 8 or later target (the base-library APIs the client calls).
/// A project that cannot gets one ZAPI020 naming the requirement, and no generated code, instead
/// of dozens of errors inside generated files.
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

    /// <summary>Why the target cannot run the client, or null.</summary>
    public static string? MissingApi(Compilation compilation)
    {
        foreach ((string type, string? member) in RequiredApis)
        {
            INamedTypeSymbol? symbol = compilation.GetTypeByMetadataName(type);
            if (symbol is null || (member is not null && symbol.GetMembers(member).IsEmpty))
            {
                string api = member is null ? type : type + "." + member;
                return $"The generated Z-API client needs .NET 8 or later (net8.0 and up): this project's target lacks {api}, which the client uses. Target net8.0 or later; netstandard2.0 and .NET Framework cannot compile it. Nothing was generated.";
            }
        }

        return null;
    }

    /// <summary>Why the C# version is too old, or null.</summary>
    public static string? LanguageProblem(ParseOptions options)
    {
        if (options is not CSharpParseOptions csharp || csharp.LanguageVersion >= LanguageVersion.CSharp11)
        {
            return null;
        }

        return $"The generated Z-API client needs C# 11 or later (required members, UTF-8 string literals): this project compiles C# {csharp.LanguageVersion.ToDisplayString()}. Set <LangVersion>11</LangVersion> or later, or remove LangVersion to use the default of net8.0 and up. Nothing was generated.";
    }
}
