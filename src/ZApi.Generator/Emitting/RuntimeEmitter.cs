using System;
using System.Collections.Generic;
using System.IO;
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

    private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> Templates = new(LoadTemplates);

    public static IEnumerable<GeneratedSource> Emit(GeneratorOptions options)
    {
        foreach ((string name, string text) in Templates.Value)
        {
            string source = text
                .Replace(TemplateNamespace, $"namespace {options.Namespace};")
                .Replace(TemplateVersion, "\"" + GeneratorInfo.Version + "\"")
                .Replace("\npublic sealed class ", $"\n{options.Accessibility} sealed class ");
            yield return new GeneratedSource($"ZApi.{name}.g.cs", source, SpecPath: null, MethodKey: null);
        }
    }

    private static IReadOnlyList<(string Name, string Text)> LoadTemplates()
    {
        const string prefix = "ZApi.Runtime.";
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
