using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ZApi.Generator.Tests.Infrastructure;

/// <summary>MSBuild properties as the generator sees them (<c>build_property.*</c>).</summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly DictionaryOptions _global;

    public TestOptionsProvider(IReadOnlyDictionary<string, string> properties)
    {
        var values = new Dictionary<string, string>();
        foreach (KeyValuePair<string, string> property in properties)
        {
            values["build_property." + property.Key] = property.Value;
        }

        _global = new DictionaryOptions(values);
    }

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => DictionaryOptions.Empty;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
