using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;
using ZApi.Specs.Model;
using ZApi.Specs.Validation;

namespace ZApi.Generator.Parsing;

/// <summary>What the build found in the specs folder (see <c>ZApiInspectSpecs</c> in the package's props).</summary>
/// <param name="Folder">The full path of the specs folder, or null when the build did not look (ZApiIncludeSpecs false).</param>
/// <param name="State"><c>exists</c>, <c>missing</c> (a configured folder that does not exist) or <c>default-missing</c>.</param>
/// <param name="Stray">YAML files in the folder that are not named <c>*.zapi.yaml</c>, relative to it.</param>
/// <param name="NearMiss">With no specs folder under the default setting: the project's <c>*.zapi.yaml</c> files elsewhere, and
/// the YAML files of a folder named nearly so (<c>spec</c>, <c>Specs</c>, <c>specifications</c>), as full paths.</param>
internal sealed record SpecFolder(string? Folder, string? State, EquatableArray<string> Stray, EquatableArray<string> NearMiss);

/// <summary>
/// A build that reads no spec although the user meant it to is a trap: a misspelt folder, specs
/// named <c>*.yaml</c>. This says, once, where the generator looked and what it found (ZAPI019).
/// A project without a specs folder under the default setting stays quiet.
/// </summary>
internal static class SpecFolderCheck
{
    private const int MaxListed = 10;

    public static SpecFolder Read(AnalyzerConfigOptions globalOptions)
    {
        string? folder = Value(globalOptions, "ZApiSpecsFolder");
        string? state = Value(globalOptions, "ZApiSpecsFolderState");
        return new SpecFolder(folder, state, Paths(globalOptions, "ZApiStraySpecs"), Paths(globalOptions, "ZApiNearMissSpecs"));
    }

    public static EquatableArray<SpecError> Check(SpecFolder folder, ImmutableArray<string> specPaths)
    {
        if (folder.Folder is null || folder.State is null)
        {
            return EquatableArray<SpecError>.Empty;
        }

        if (folder.State == "default-missing")
        {
            return NearMiss(folder, specPaths);
        }

        if (folder.State == "missing")
        {
            return One($"ZApiSpecsDirectory points to '{folder.Folder}', which does not exist, so the generator read no spec from it. Create the folder, or correct ZApiSpecsDirectory (it is relative to the project file).");
        }

        string prefix = Normalize(folder.Folder).TrimEnd('/') + "/";
        int specs = specPaths.Count(path => Normalize(path).StartsWith(prefix, StringComparison.Ordinal));
        if (specs == 0)
        {
            string others = folder.Stray.IsEmpty
                ? string.Empty
                : $" It holds {folder.Stray.Count} other YAML file(s) ({List(folder.Stray)}); a spec's file name ends in '.zapi.yaml'.";
            return One($"The specs folder '{folder.Folder}' holds no '*.zapi.yaml' file, so the generator read no spec from it.{others}");
        }

        if (!folder.Stray.IsEmpty)
        {
            return One($"The specs folder '{folder.Folder}' holds {folder.Stray.Count} YAML file(s) the generator does not read ({List(folder.Stray)}): only files named '<id>.zapi.yaml' are specs. Rename them if they are specs, or move them out of the folder.");
        }

        return EquatableArray<SpecError>.Empty;
    }

    /// <summary>
    /// No 'specs' folder: quiet, unless the project holds specs elsewhere that do not reach the
    /// generator (a folder named 'Specs' on a case-sensitive file system, 'spec', 'specifications').
    /// </summary>
    private static EquatableArray<SpecError> NearMiss(SpecFolder folder, ImmutableArray<string> specPaths)
    {
        var read = new HashSet<string>(specPaths.Select(Normalize), StringComparer.Ordinal);
        string project = Normalize(folder.Folder!);
        project = project.Substring(0, Math.Max(0, project.LastIndexOf('/') + 1));
        EquatableArray<string> unread = folder.NearMiss
            .Select(Normalize)
            .Where(path => !read.Contains(path))
            .Select(path => path.StartsWith(project, StringComparison.Ordinal) ? path.Substring(project.Length) : path)
            .ToEquatableArray();
        if (unread.IsEmpty)
        {
            return EquatableArray<SpecError>.Empty;
        }

        string top = unread[0].Split('/')[0];
        string advice = unread.All(path => path.StartsWith(top + "/", StringComparison.Ordinal)) && unread.All(path => path.EndsWith(".zapi.yaml", StringComparison.Ordinal))
            ? $"Rename the folder '{top}' to 'specs', or set <ZApiSpecsDirectory>{top}</ZApiSpecsDirectory> in the project file."
            : "Move the specs into 'specs/' (named '<id>.zapi.yaml'), or set <ZApiSpecsDirectory> in the project file to their folder.";
        return One($"The generator reads specs from the folder 'specs' beside the project file ('{folder.Folder}'), which does not exist, but the project holds {unread.Count} spec-like file(s) elsewhere that it did not read ({List(unread)}). {advice}");
    }

    private static EquatableArray<string> Paths(AnalyzerConfigOptions options, string property) =>
        (Value(options, property) ?? string.Empty)
            .Split(new[] { '|' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(path => path.Replace('\\', '/'))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToEquatableArray();

    /// <summary>The path with '/' separators and its '.' and '..' segments resolved (the compiler hands paths over as MSBuild wrote them).</summary>
    private static string Normalize(string path)
    {
        string[] parts = path.Replace('\\', '/').Split('/');
        var kept = new List<string>(parts.Length);
        foreach (string part in parts)
        {
            if (part == "." || (part.Length == 0 && kept.Count > 0))
            {
                continue;
            }

            if (part == ".." && kept.Count > 1)
            {
                kept.RemoveAt(kept.Count - 1);
                continue;
            }

            kept.Add(part);
        }

        return string.Join("/", kept);
    }

    private static string List(EquatableArray<string> files) =>
        files.Count <= MaxListed ? string.Join(", ", files) : string.Join(", ", files.Take(MaxListed)) + $" and {files.Count - MaxListed} more";

    private static EquatableArray<SpecError> One(string message) =>
        new(new[] { new SpecError(SpecErrorKind.SpecsNotFound, message, string.Empty, default) });

    private static string? Value(AnalyzerConfigOptions options, string property) =>
        options.TryGetValue("build_property." + property, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
