using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ZApi.Specs.Json;

/// <summary>
/// A strict RFC 8259 parser for documented examples. It exists because the generator runs inside
/// the compiler on netstandard2.0 and must not load System.Text.Json there; it records positions,
/// which the example diagnostics need. Depth is bounded, and it never recurses on hostile input
/// deeper than <see cref="MaxDepth"/>.
/// </summary>
public sealed class JsonTextParser
{
    public const int MaxDepth = 64;

    private readonly string _text;
    private int _index;
    private int _line;
    private int _lineStart;

    private JsonTextParser(string text) => _text = text;

    /// <summary>Parses one JSON value; throws <see cref="JsonSyntaxException"/> with a position when the text is not JSON.</summary>
    public static JsonValue Parse(string text)
    {
        var parser = new JsonTextParser(text);
        parser.SkipWhitespace();
        JsonValue value = parser.ParseValue(0);
        parser.SkipWhitespace();
        if (parser._index < text.Length)
        {
            throw parser.Fail($"unexpected '{text[parser._index]}' after the end of the value");
        }

        return value;
    }

    /// <summary>
    /// Every member name the text writes (a string, by this parser's rules, followed by ':'), at any depth and in
    /// order, even where the text as a whole is not JSON: a documentation page's broken example still names its members.
    /// </summary>
    public static IReadOnlyList<string> MemberNames(string text)
    {
        var parser = new JsonTextParser(text);
        var names = new List<string>();
        while (parser._index < text.Length)
        {
            if (text[parser._index] != '"')
            {
                parser._index++;
                continue;
            }

            int quote = parser._index;
            string value;
            try
            {
                value = parser.ParseString();
            }
            catch (JsonSyntaxException)
            {
                parser._index = quote + 1; // not a string by JSON's rules: go on after its quote
                continue;
            }

            parser.SkipWhitespace();
            if (parser._index < text.Length && text[parser._index] == ':')
            {
                names.Add(value);
            }
        }

        return names;
    }

    private JsonPosition Here => new(_line, _index - _lineStart);

    private JsonValue ParseValue(int depth)
    {
        if (_index >= _text.Length)
        {
            throw Fail("the example ends where a value is expected");
        }

        char c = _text[_index];
        switch (c)
        {
            case '{': return ParseObject(depth + 1);
            case '[': return ParseArray(depth + 1);
            case '"':
                JsonPosition at = Here;
                return JsonValue.String(at, ParseString());
            case 't': return ParseLiteral("true", JsonKind.True);
            case 'f': return ParseLiteral("false", JsonKind.False);
            case 'n': return ParseLiteral("null", JsonKind.Null);
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ParseNumber();
                }

                throw Fail(c == '\''
                    ? "unexpected single quote where a value is expected (JSON strings use double quotes)"
                    : $"unexpected '{c}' where a value is expected");
        }
    }

    private JsonValue ParseObject(int depth)
    {
        JsonPosition start = Open(depth);
        var members = new List<JsonMember>();
        if (Closed('}'))
        {
            return JsonValue.Object(start, members);
        }

        JsonPosition? comma = null;
        string name;
        do
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                if (Peek() == '}' && comma is not null)
                {
                    throw new JsonSyntaxException("a trailing ',' before '}' (JSON allows none): remove it", comma.Value);
                }

                throw Fail(Peek() == '\''
                    ? "a member name in double quotes is expected (JSON has no single quotes)"
                    : "a member name in double quotes is expected (JSON member names are always quoted)");
            }

            JsonPosition namePosition = Here;
            name = ParseString();
            SkipWhitespace();
            if (Peek() != ':')
            {
                throw Fail($"':' is expected after the member name \"{name}\"");
            }

            _index++;
            SkipWhitespace();
            members.Add(new JsonMember(name, namePosition, ParseValue(depth)));
        }
        while (GoesOn('}', ref comma, next => next == '"', () => $"a ',' is missing after the member \"{name}\" (before \"{PeekName()}\")", "',' or '}' is expected after a member"));

        return JsonValue.Object(start, members);
    }

    private JsonValue ParseArray(int depth)
    {
        JsonPosition start = Open(depth);
        var items = new List<JsonValue>();
        if (Closed(']'))
        {
            return JsonValue.Array(start, items);
        }

        JsonPosition? comma = null;
        do
        {
            SkipWhitespace();
            if (Peek() == ']' && comma is not null)
            {
                throw new JsonSyntaxException("a trailing ',' before ']' (JSON allows none): remove it", comma.Value);
            }

            items.Add(ParseValue(depth));
        }
        while (GoesOn(']', ref comma, next => next is '{' or '[' or '"', () => "a ',' is missing after an array item", "',' or ']' is expected after an array item"));

        return JsonValue.Array(start, items);
    }

    /// <summary>Steps over the '{' or '[' of a container at <paramref name="depth"/>; where it starts.</summary>
    private JsonPosition Open(int depth)
    {
        CheckDepth(depth);
        JsonPosition start = Here;
        _index++;
        SkipWhitespace();
        return start;
    }

    /// <summary>Steps over <paramref name="close"/> when it is next.</summary>
    private bool Closed(char close)
    {
        if (Peek() != close)
        {
            return false;
        }

        _index++;
        return true;
    }

    /// <summary>
    /// After a member or an item: true after a ',' (another one follows), false after
    /// <paramref name="close"/>. What would start another one means a missing ',', reported right
    /// after the previous value, where the comma belongs.
    /// </summary>
    private bool GoesOn(char close, ref JsonPosition? comma, System.Func<char, bool> startsAnother, System.Func<string> missingComma, string expected)
    {
        JsonPosition valueEnd = Here;
        SkipWhitespace();
        char next = Peek();
        if (next == ',')
        {
            comma = Here;
            _index++;
            return true;
        }

        if (Closed(close))
        {
            return false;
        }

        if (startsAnother(next))
        {
            throw new JsonSyntaxException(missingComma(), valueEnd);
        }

        throw Fail(expected);
    }

    private string ParseString()
    {
        _index++; // opening quote
        var builder = new StringBuilder();
        while (true)
        {
            if (_index >= _text.Length)
            {
                throw Fail("the string is not closed");
            }

            char c = _text[_index];
            if (c == '"')
            {
                _index++;
                return builder.ToString();
            }

            if (c < ' ')
            {
                throw Fail("a control character (such as a line break) inside a string must be escaped");
            }

            if (c != '\\')
            {
                builder.Append(c);
                _index++;
                continue;
            }

            _index++;
            char escape = Peek();
            _index++;
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_index + 4 > _text.Length
                        || !int.TryParse(_text.Substring(_index, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                    {
                        throw Fail("'\\u' must be followed by four hexadecimal digits");
                    }

                    builder.Append((char)code);
                    _index += 4;
                    break;
                default:
                    _index--;
                    throw Fail($"'\\{escape}' is not a JSON escape");
            }
        }
    }

    private JsonValue ParseNumber()
    {
        JsonPosition start = Here;
        int begin = _index;
        if (Peek() == '-')
        {
            _index++;
        }

        if (Peek() == '0')
        {
            _index++;
        }
        else if (!ReadDigits())
        {
            throw Fail("a digit is expected");
        }

        if (Peek() == '.')
        {
            _index++;
            if (!ReadDigits())
            {
                throw Fail("a digit is expected after '.'");
            }
        }

        if (Peek() == 'e' || Peek() == 'E')
        {
            _index++;
            if (Peek() == '+' || Peek() == '-')
            {
                _index++;
            }

            if (!ReadDigits())
            {
                throw Fail("a digit is expected in the exponent");
            }
        }

        return JsonValue.Number(start, _text.Substring(begin, _index - begin));
    }

    private bool ReadDigits()
    {
        int begin = _index;
        while (_index < _text.Length && _text[_index] >= '0' && _text[_index] <= '9')
        {
            _index++;
        }

        return _index > begin;
    }

    private JsonValue ParseLiteral(string literal, JsonKind kind)
    {
        JsonPosition start = Here;
        if (string.CompareOrdinal(_text, _index, literal, 0, literal.Length) != 0)
        {
            throw Fail($"unexpected '{_text[_index]}' where a value is expected");
        }

        _index += literal.Length;
        return JsonValue.Literal(kind, start);
    }

    private void SkipWhitespace()
    {
        while (_index < _text.Length)
        {
            char c = _text[_index];
            if (c == '\n')
            {
                _line++;
                _lineStart = _index + 1;
            }
            else if (c != ' ' && c != '\t' && c != '\r')
            {
                return;
            }

            _index++;
        }
    }

    private char Peek() => _index < _text.Length ? _text[_index] : '\0';

    private string PeekName()
    {
        int end = _text.IndexOf('"', _index + 1);
        return end < 0 ? string.Empty : _text.Substring(_index + 1, end - _index - 1);
    }

    private void CheckDepth(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Fail($"the example nests deeper than {MaxDepth} levels");
        }
    }

    private JsonSyntaxException Fail(string reason) => new(reason, Here);
}
