using System;
using System.Collections.Generic;
using System.Linq;
using ZApi.Specs.Model;
using ZApi.Specs.Validation;
using ZApi.Specs.Yaml;

namespace ZApi.Specs.Parsing;

/// <summary>
/// Reads one YAML mapping of the spec language: reports unknown keys (with the closest known
/// one), missing required keys, and values of the wrong node kind, each at its own line.
/// </summary>
internal sealed class MappingReader
{
    private readonly YamlMapping _mapping;
    private readonly ReadContext _context;
    private readonly string _where;

    private MappingReader(YamlMapping mapping, ReadContext context, string where)
    {
        _mapping = mapping;
        _context = context;
        _where = where;
    }

    public SourceSpan Span => _mapping.Span;

    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries => _mapping.Entries;

    /// <summary>Opens <paramref name="node"/> as a mapping with these keys, or reports why it is not one.</summary>
    public static MappingReader? Open(YamlNode? node, string where, SourceSpan ownerSpan, ReadContext context, string[] knownKeys, string[] requiredKeys)
    {
        if (node is not YamlMapping mapping)
        {
            context.Report(SpecErrorKind.WrongNodeKind, $"{Capitalize(where)} must be a mapping of keys ({string.Join(", ", knownKeys)}), not {node?.KindName ?? "missing"}.", node?.Span ?? ownerSpan);
            return null;
        }

        var reader = new MappingReader(mapping, context, where);
        foreach (KeyValuePair<YamlScalar, YamlNode> entry in mapping.Entries)
        {
            if (Array.IndexOf(knownKeys, entry.Key.Value) < 0)
            {
                if (!context.CanReport)
                {
                    context.Report(SpecErrorKind.UnknownKey, $"Unknown key '{entry.Key.Value}' in {where}.", entry.Key.Span);
                    continue;
                }

                if (mapping.IsFlow && entry.Value is YamlScalar { IsNull: true })
                {
                    // { name: x, description: Nome, em ordem } reads 'em ordem' as a key of its own.
                    context.Report(SpecErrorKind.UnknownKey, $"Unknown key '{entry.Key.Value}' in {where}: inside {{ }}, a comma ends a value, so the text after it became a key. Quote the value that holds the comma ('...' or \"...\").", entry.Key.Span);
                    continue;
                }

                string? closest = ClosestName.Find(entry.Key.Value, knownKeys);
                string suggestion = closest is null ? $"known keys are {string.Join(", ", knownKeys)}" : $"did you mean '{closest}'?";
                context.Report(SpecErrorKind.UnknownKey, $"Unknown key '{entry.Key.Value}' in {where}; {suggestion}", entry.Key.Span);
            }
        }

        foreach (string required in requiredKeys)
        {
            if (reader.Find(required) is null)
            {
                context.Report(SpecErrorKind.MissingKey, $"{Capitalize(where)} lacks the required key '{required}'.", ownerSpan);
            }
        }

        return reader;
    }

    public KeyValuePair<YamlScalar, YamlNode>? Find(string key)
    {
        foreach (KeyValuePair<YamlScalar, YamlNode> entry in _mapping.Entries)
        {
            if (entry.Key.Value == key)
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>The text of a scalar key; null (reported when <paramref name="required"/>) when absent or empty.</summary>
    public YamlScalar? Scalar(string key, bool required)
    {
        KeyValuePair<YamlScalar, YamlNode>? entry = Find(key);
        if (entry is null)
        {
            return null; // a missing required key was reported when the mapping was opened
        }

        if (entry.Value.Value is not YamlScalar scalar)
        {
            _context.Report(SpecErrorKind.WrongNodeKind, $"'{key}' in {_where} must be a single value, not {entry.Value.Value.KindName}.", entry.Value.Value.Span);
            return null;
        }

        if (scalar.IsNull)
        {
            if (required)
            {
                _context.Report(SpecErrorKind.InvalidValue, $"'{key}' in {_where} has no value.", entry.Value.Key.Span);
            }

            return null;
        }

        return scalar;
    }

    public string? Text(string key, bool required) => Scalar(key, required)?.Value;

    public YamlNode? Node(string key) => Find(key)?.Value;

    public SourceSpan KeySpan(string key) => Find(key)?.Key.Span ?? _mapping.Span;

    /// <summary>A list value; null when absent, reported when it is not a list.</summary>
    public YamlSequence? Sequence(string key)
    {
        YamlNode? node = Node(key);
        if (node is null || (node is YamlScalar scalar && scalar.IsNull))
        {
            return null;
        }

        if (node is not YamlSequence sequence)
        {
            _context.Report(SpecErrorKind.WrongNodeKind, $"'{key}' in {_where} must be a list (items start with '- '), not {node.KindName}.", node.Span);
            return null;
        }

        return sequence;
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    public override string ToString() => string.Join(", ", _mapping.Entries.Select(e => e.Key.Value));
}
