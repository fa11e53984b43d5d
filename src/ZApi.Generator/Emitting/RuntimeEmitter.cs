using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using ZApi.Generator.Model;

namespace ZApi.Generator.Emitting;

/// <summary>
/// Emits the client runtime (options, exception, JSON and HTTP helpers). Its source is kept as
/// real C# files under <c>Runtime/</c>, embedded in this assembly, and moved into the consumer's
/// namespace here.
/// </summary>
internal static class RuntimeEmitter
{
    private const string TemplateNamespace = "namespace ZApi;";
    private const string TemplateVersion = "\"ZApiGeneratorVersion\"";

    private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> Templates = new(() => LoadTemplates("ZApi.Runtime."));

    private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> WebhookTemplates = new(() => LoadTemplates("ZApi.Webhooks."));

    private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> AspNetCoreTemplates = new(() => LoadTemplates("ZApi.AspNetCore."));

    /// <summary>The types whose accessibility follows <c>ZApiAccessibility</c>.</summary>
    private static readonly string[] PublicDeclarations = { "sealed class ", "static class ", "static partial class ", "abstract record ", "sealed record ", "enum " };

    /// <summary>The client and webhook runtime (<c>Runtime/*.cs</c>).</summary>
    public static IEnumerable<GeneratedSource> Emit(GeneratorOptions options) => Emit(Templates.Value, options);

    /// <summary>The webhook runtime (<c>Runtime/Webhooks/*.cs</c>), for projects with event specs.</summary>
    public static IEnumerable<GeneratedSource> EmitWebhooks(GeneratorOptions options) => Emit(WebhookTemplates.Value, options);

    /// <summary>The webhook endpoint for ASP.NET Core (<c>Runtime/AspNetCore/*.cs</c>), for projects that reference it.</summary>
    public static IEnumerable<GeneratedSource> EmitAspNetCore(GeneratorOptions options) => Emit(AspNetCoreTemplates.Value, options);

    /// <summary>
    /// The JSON helpers alone (<c>Runtime/ZApiJson.cs</c>), internal, in the contract-support namespace: what
    /// contract entries need of the runtime when the client itself lives in a referenced project.
    /// </summary>
    public static IEnumerable<GeneratedSource> EmitContractSupport(GeneratorOptions options) =>
        Emit(Templates.Value.Where(t => t.Name == "ZApiJson").ToList(), options, options.CodeNamespace);

    private static IEnumerable<GeneratedSource> Emit(IReadOnlyList<(string Name, string Text)> templates, GeneratorOptions options) =>
        Emit(templates, options, options.Namespace);

    private static IEnumerable<GeneratedSource> Emit(IReadOnlyList<(string Name, string Text)> templates, GeneratorOptions options, string @namespace)
    {
        foreach ((string name, string text) in templates)
        {
            string source = text
                .Replace(TemplateNamespace, $"namespace {@namespace};")
                .Replace(TemplateVersion, "\"" + GeneratorInfo.Version + "\"");
            foreach (string declaration in PublicDeclarations)
            {
                source = source.Replace("\npublic " + declaration, $"\n{options.Accessibility} {declaration}");
            }

            yield return new GeneratedSource($"ZApi.{name}.g.cs", source, SpecPath: null);
        }
    }

    private static IReadOnlyList<(string Name, string Text)> LoadTemplates(string prefix)
    {
        Assembly assembly = typeof(RuntimeEmitter).Assembly;
        var templates = new List<(string, string)>();
        foreach (string resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            using Stream stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            string name = resource.Substring(prefix.Length, resource.Length - prefix.Length - ".cs".Length);
            templates.Add((name, reader.ReadToEnd().Replace("\r\n", "\n")));
        }

        templates.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return templates;
    }
}
