using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using ZApi.Contracts.Recorded;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;
using ZApi.Specs.Plans;

namespace ZApi.Contracts;

/// <summary>
/// The recorded-traffic cases of HAR files: one per recorded exchange, matched by method and route
/// to the compiled spec it is a call of (<c>ZApiContractEntries.Specs</c>).
/// </summary>
public static class RecordedCases
{
    /// <summary>
    /// Every exchange of <paramref name="harFileOrFolder"/> (a <c>.har</c> file, or a folder of them,
    /// searched recursively). An exchange no compiled spec matches is still a case, which fails and
    /// says so.
    /// </summary>
    public static IEnumerable<RecordedCase> FromHar(string harFileOrFolder, IReadOnlyDictionary<string, string> compiledSpecs)
    {
        if (compiledSpecs is null)
        {
            throw new ArgumentNullException(nameof(compiledSpecs));
        }

        string[] files = Directory.Exists(harFileOrFolder)
            ? Directory.GetFiles(harFileOrFolder, "*.har", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToArray()
            : new[] { harFileOrFolder };
        List<(EndpointPlan Plan, string Text)> plans = compiledSpecs
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => (Parsed: SpecParser.Parse("compiled spec '" + s.Key + "'", s.Value).Spec, Text: s.Value))
            .Where(s => s.Parsed is not null)
            .Select(s => (EndpointPlanner.Plan(s.Parsed!), s.Text))
            .ToList();

        foreach (string file in files)
        {
            string path = Path.GetFullPath(file);
            foreach (HarEntry entry in HarReader.Read(path))
            {
                RouteMatch? match = RouteMatch.Find(plans.Select(s => s.Plan), entry.Method, entry.Url.AbsolutePath, entry.RequestBody);
                string? text = match is null ? null : plans.First(s => ReferenceEquals(s.Plan, match.Plan)).Text;
                yield return new RecordedCase(path, entry.Index, entry.Method, RouteMatch.Shown(entry.Url.AbsolutePath, match?.Plan), entry.Status, match?.Plan.Id, text);
            }
        }
    }

    /// <summary>
    /// The cases as test data, one row (<c>object[] { RecordedCase }</c>) per recorded exchange, for
    /// xunit's <c>MemberData</c>, NUnit's <c>TestCaseSource</c> or MSTest's <c>DynamicData</c>. A relative
    /// path is looked up beside the calling source file first (the recordings stay in the repository,
    /// nothing is copied), then in the test's output folder.
    /// </summary>
    public static IEnumerable<object[]> TestData(string harFileOrFolder, IReadOnlyDictionary<string, string> compiledSpecs, [CallerFilePath] string callerFilePath = "") =>
        FromHar(Locate(harFileOrFolder, callerFilePath), compiledSpecs).Select(c => new object[] { c }).ToList();

    private static string Locate(string path, string callerFilePath)
    {
        if (Path.IsPathRooted(path))
        {
            return path;
        }

        var candidates = new List<string>();
        if (!string.IsNullOrEmpty(callerFilePath) && Path.GetDirectoryName(callerFilePath) is { Length: > 0 } sourceFolder)
        {
            candidates.Add(Path.Combine(sourceFolder, path));
        }

        candidates.Add(Path.Combine(AppContext.BaseDirectory, path));
        foreach (string candidate in candidates)
        {
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        throw new FileNotFoundException($"No recordings at '{path}': looked in {string.Join(" and ", candidates.Select(Path.GetFullPath))}.");
    }
}
