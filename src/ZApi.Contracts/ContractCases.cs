using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;

namespace ZApi.Contracts;

/// <summary>Finds the contract cases of a folder of specs: one per (endpoint, documented status). Webhook events are <see cref="WebhookCases"/>.</summary>
public static class ContractCases
{
    /// <summary>
    /// Every case under <paramref name="specsDirectory"/> (relative paths start at the test's output
    /// folder). A spec that does not parse still gives a case, which fails with its errors.
    /// </summary>
    public static IEnumerable<ContractCase> FromDirectory(string specsDirectory)
    {
        string root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, specsDirectory));
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"No specs folder at {root}; copy the specs to the test output (CopyToOutputDirectory).");
        }

        foreach (string path in Directory.EnumerateFiles(root, "*" + SpecParser.FileSuffix, SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            SpecParseResult parsed = SpecParser.ParseFile(path);
            if (parsed.Event is not null)
            {
                continue; // a webhook event: its cases are WebhookCases
            }

            if (parsed.Spec is null)
            {
                yield return new ContractCase(path, Path.GetFileName(path), 0);
                continue;
            }

            foreach (ResponseSpec response in parsed.Spec.Responses)
            {
                yield return new ContractCase(path, parsed.Spec.Id, response.StatusCode);
            }
        }
    }

    /// <summary>
    /// Every case of the specs the client was compiled from, built-in endpoints of the catalogue
    /// included: the generated <c>ZApiContractEntries.Specs</c> (spec id → YAML). No spec files to copy.
    /// </summary>
    public static IEnumerable<ContractCase> FromCompiled(IReadOnlyDictionary<string, string> compiledSpecs)
    {
        foreach (KeyValuePair<string, string> spec in compiledSpecs.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            SpecParseResult parsed = SpecParser.Parse("compiled spec '" + spec.Key + "'", spec.Value);
            if (parsed.Spec is null)
            {
                yield return new ContractCase(spec.Key, 0, spec.Value);
                continue;
            }

            foreach (ResponseSpec response in parsed.Spec.Responses)
            {
                yield return new ContractCase(spec.Key, response.StatusCode, spec.Value);
            }
        }
    }

    /// <summary>
    /// The cases of the compiled specs as test data, one row (<c>object[] { ContractCase }</c>) per case: the
    /// source of xunit's <c>MemberData</c>, NUnit's <c>TestCaseSource</c> or MSTest's <c>DynamicData</c>.
    /// </summary>
    public static IEnumerable<object[]> TestData(IReadOnlyDictionary<string, string> compiledSpecs) =>
        FromCompiled(compiledSpecs).Select(c => new object[] { c });

    /// <summary>The cases of a folder of spec files as test data (see <see cref="TestData(IReadOnlyDictionary{string, string})"/>).</summary>
    public static IEnumerable<object[]> TestData(string specsDirectory) =>
        FromDirectory(specsDirectory).Select(c => new object[] { c });
}
