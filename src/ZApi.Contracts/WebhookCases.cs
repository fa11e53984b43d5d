using System;
using System.Collections.Generic;
using System.Linq;
using ZApi.Specs.Parsing;

namespace ZApi.Contracts;

/// <summary>The webhook contract cases of the compiled event specs: one per documented example.</summary>
public static class WebhookCases
{
    /// <summary>
    /// Every case of the event specs the client was compiled from, built-in ones included: the generated
    /// <c>ZApiContractEntries.EventSpecs</c> (event id → YAML). A spec that does not parse still gives a case, which fails.
    /// </summary>
    public static IEnumerable<WebhookCase> FromCompiled(IReadOnlyDictionary<string, string> compiledEventSpecs)
    {
        foreach (KeyValuePair<string, string> spec in compiledEventSpecs.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            SpecParseResult parsed = SpecParser.Parse("compiled event spec '" + spec.Key + "'", spec.Value);
            int examples = parsed.Event?.Examples.Count ?? 0;
            for (int i = 1; i <= Math.Max(examples, 1); i++)
            {
                yield return new WebhookCase(spec.Key, i, spec.Value);
            }
        }
    }

    /// <summary>The cases as test data, one row (<c>object[] { WebhookCase }</c>) per case: <c>WebhookCases.TestData(ZApiContractEntries.EventSpecs)</c>.</summary>
    public static IEnumerable<object[]> TestData(IReadOnlyDictionary<string, string> compiledEventSpecs) =>
        FromCompiled(compiledEventSpecs).Select(c => new object[] { c });
}
