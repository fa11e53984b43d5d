using System;
using System.Collections.Generic;
using ZApi.Specs.Model;

namespace ZApi.Specs.Parsing;

/// <summary>Line starts of a spec text, to turn (line, column) back into offsets.</summary>
internal sealed class LineMap
{
    private readonly string _text;
    private readonly List<int> _starts = new() { 0 };

    public LineMap(string text)
    {
        _text = text;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                _starts.Add(i + 1);
            }
        }
    }

    public int LineCount => _starts.Count;

    public int Offset(int line, int column)
    {
        line = Math.Max(0, Math.Min(line, _starts.Count - 1));
        return Math.Min(_text.Length, _starts[line] + Math.Max(0, column));
    }

    /// <summary>A span of <paramref name="length"/> characters from (line, column).</summary>
    public SourceSpan Span(int line, int column, int length)
    {
        int start = Offset(line, column);
        int end = Math.Min(_text.Length, start + Math.Max(0, length));
        return new SourceSpan(start, end, line, column, line, column + (end - start));
    }

    /// <summary>The same span, cut to the text: offsets, lines and columns all inside it.</summary>
    public SourceSpan Clamp(SourceSpan span)
    {
        if (span.EndOffset <= _text.Length && span.StartLine < _starts.Count && span.EndLine < _starts.Count)
        {
            return span;
        }

        int start = Math.Min(span.StartOffset, _text.Length);
        int end = Math.Min(Math.Max(span.EndOffset, start), _text.Length);
        (int startLine, int startColumn) = Position(start);
        (int endLine, int endColumn) = Position(end);
        return new SourceSpan(start, end, startLine, startColumn, endLine, endColumn);
    }

    private (int Line, int Column) Position(int offset)
    {
        int line = _starts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line, offset - _starts[line]);
    }

    /// <summary>Number of leading spaces of the first non-blank line at or after <paramref name="line"/>.</summary>
    public int IndentOfFirstContentLine(int line, out int contentLine)
    {
        for (int l = Math.Max(0, line); l < _starts.Count; l++)
        {
            int start = _starts[l];
            int i = start;
            while (i < _text.Length && _text[i] == ' ')
            {
                i++;
            }

            if (i < _text.Length && _text[i] != '\n' && _text[i] != '\r')
            {
                contentLine = l;
                return i - start;
            }
        }

        contentLine = line;
        return 0;
    }
}
