using YamlDotNet.Core;
using ZApi.Specs.Json;
using ZApi.Specs.Model;
using ZApi.Specs.Validation;
using ZApi.Specs.Yaml;

namespace ZApi.Specs.Parsing;

/// <summary>Documented examples: JSON text in a YAML block, checked and located line by line.</summary>
internal sealed partial class SpecReader
{
    /// <summary>Reads a JSON example; checks it is JSON and, given a shape, that it fits the declared attributes.</summary>
    private SpecExample ReadJsonExample(YamlScalar scalar, string what, ExampleShape? shape)
    {
        var example = new SpecExample(scalar.Value, scalar.Span);
        var locator = new ExampleLocator(scalar, _context.Lines);
        JsonValue json;
        try
        {
            json = JsonTextParser.Parse(scalar.Value);
        }
        catch (JsonSyntaxException exception)
        {
            _context.Report(SpecErrorKind.InvalidExampleJson, $"{Capitalize(what)} is not valid JSON: {exception.Reason}.", locator.Locate(exception.Position, 1));
            return example;
        }

        if (shape is not null)
        {
            new ExampleValidator(_context, locator, what, _types).Check(json, shape);
        }

        return example;
    }

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);
}

/// <summary>What an example must look like: an object with these attributes, or an array of these items.</summary>
internal sealed class ExampleShape
{
    private ExampleShape(EquatableArray<SpecAttribute> attributes, TypeRef? whole)
    {
        Attributes = attributes;
        Whole = whole;
    }

    /// <summary>The attributes of an object body.</summary>
    public EquatableArray<SpecAttribute> Attributes { get; }

    /// <summary>The type of the whole body when it is an array, a map or a named type, or null for an object with attributes.</summary>
    public TypeRef? Whole { get; }

    public static ExampleShape Object(EquatableArray<SpecAttribute> attributes) => new(attributes, null);

    public static ExampleShape Array(TypeRef items) => new(EquatableArray<SpecAttribute>.Empty, TypeRef.ArrayOf(items));

    public static ExampleShape Map(TypeRef values) => new(EquatableArray<SpecAttribute>.Empty, TypeRef.MapOf(values));

    public static ExampleShape Named(TypeRef type) => new(EquatableArray<SpecAttribute>.Empty, type);
}

/// <summary>Maps a position inside an example's JSON text back to the spec file.</summary>
internal sealed class ExampleLocator
{
    private readonly YamlScalar _scalar;
    private readonly LineMap _lines;
    private readonly int _contentLine;
    private readonly int _indent;

    public ExampleLocator(YamlScalar scalar, LineMap lines)
    {
        _scalar = scalar;
        _lines = lines;
        if (scalar.Style == ScalarStyle.Literal)
        {
            // A literal block ('|') keeps lines as they are: its content starts on the line after the
            // indicator, shifted right by the block's indentation.
            _indent = lines.IndentOfFirstContentLine(scalar.Span.StartLine + 1, out _);
            _contentLine = scalar.Span.StartLine + 1;
        }
    }

    public SourceSpan Locate(JsonPosition position, int length)
    {
        switch (_scalar.Style)
        {
            case ScalarStyle.Literal:
                return _lines.Span(_contentLine + position.Line, _indent + position.Column, length);
            case ScalarStyle.DoubleQuoted:
            case ScalarStyle.SingleQuoted:
                return position.Line == 0 ? _lines.Span(_scalar.Span.StartLine, _scalar.Span.StartColumn + 1 + position.Column, length) : _scalar.Span;
            case ScalarStyle.Plain:
                return position.Line == 0 ? _lines.Span(_scalar.Span.StartLine, _scalar.Span.StartColumn + position.Column, length) : _scalar.Span;
            default:
                return _scalar.Span;
        }
    }
}
