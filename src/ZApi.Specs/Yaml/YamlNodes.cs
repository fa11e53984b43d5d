using System.Collections.Generic;
using YamlDotNet.Core;
using ZApi.Specs.Model;

namespace ZApi.Specs.Yaml;

/// <summary>
/// A small located YAML tree built from YamlDotNet's parser events. It lives only while one
/// file is read; the spec model, not this tree, leaves the parser.
/// </summary>
internal abstract class YamlNode
{
    protected YamlNode(SourceSpan span) => Span = span;

    public SourceSpan Span { get; }

    /// <summary>How a spec author would call this kind of node in an error message.</summary>
    public abstract string KindName { get; }
}

internal sealed class YamlScalar : YamlNode
{
    public YamlScalar(string value, ScalarStyle style, SourceSpan span)
        : base(span)
    {
        Value = value;
        Style = style;
    }

    public string Value { get; }

    public ScalarStyle Style { get; }

    /// <summary>A plain <c>~</c>, <c>null</c> or empty value: YAML's null.</summary>
    public bool IsNull => Style == ScalarStyle.Plain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    public override string KindName => IsNull ? "an empty value" : "a scalar";
}

internal sealed class YamlMapping : YamlNode
{
    public YamlMapping(IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries, SourceSpan span, bool isFlow = false)
        : base(span)
    {
        Entries = entries;
        IsFlow = isFlow;
    }

    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries { get; }

    /// <summary>Written inline, <c>{ name: a, type: string }</c>: a comma in a plain value there starts a new key.</summary>
    public bool IsFlow { get; }

    public override string KindName => "a mapping";
}

internal sealed class YamlSequence : YamlNode
{
    public YamlSequence(IReadOnlyList<YamlNode> items, SourceSpan span)
        : base(span) => Items = items;

    public IReadOnlyList<YamlNode> Items { get; }

    public override string KindName => "a list";
}
