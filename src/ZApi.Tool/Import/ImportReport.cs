using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ZApi.Specs.Validation;

namespace ZApi.Tool.Import;

/// <summary>What <c>zapi import</c> prints about one spec: its findings in page order, then what the project's parser says of the spec.</summary>
internal static class ImportReport
{
    /// <param name="page">The page's file name, as the lines name it (<c>send-text.md:42: ...</c>).</param>
    /// <param name="quiet">Leave out the things to check by hand; keep repairs, omissions, HAR disagreements and problems.</param>
    public static IEnumerable<string> Lines(ImportResult result, string page, bool quiet)
    {
        foreach (Finding finding in result.Findings.OrderBy(f => f.PageLine))
        {
            if (quiet && finding.Kind == FindingKind.Check)
            {
                continue;
            }

            string kind = finding.Kind switch
            {
                FindingKind.Repaired => "warning: repaired",
                FindingKind.LeftOut => "warning: left out",
                FindingKind.HarDisagrees => "warning: HAR",
                _ => "check",
            };
            yield return string.Create(CultureInfo.InvariantCulture, $"{page}:{finding.PageLine}: {kind}: {finding.Message}");
        }

        foreach (SpecError problem in result.Problems)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{problem.FilePath}({problem.Span.StartLine + 1}): {problem.Severity} {problem.Id}: {problem.Message}");
        }
    }
}
