using System;
using System.Collections.Generic;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using ZApi.Specs.Model;
using ZApi.Specs.Validation;

namespace ZApi.Specs.Yaml;

/// <summary>
/// The YAML mistakes a person makes in a spec (a line indented off its siblings, a tab, a list item
/// without its <c>- </c>, a <c>: </c> or <c> #</c> inside an unquoted value), told in the spec's terms:
/// which line, which key or list it stands in, and what to write. YamlDotNet stays the one reader:
/// this only translates its exception (what it expected, where) and the collections it had open
/// (their keys and columns) into one ZAPI001 at the line to fix. What it does not recognise keeps
/// YamlDotNet's own wording.
/// </summary>
internal static class YamlMistakes
{
    /// <summary>How much of a line a message quotes.</summary>
    private const int MaxQuoted = 60;

    /// <summary>One diagnostic for a YamlDotNet syntax error, or null when it is none of the known mistakes.</summary>
    public static SpecError? Translate(YamlException exception, string text, Stack<YamlTreeReader.Frame> open, YamlTreeReader.Frame? lastClosed, string filePath)
    {
        string message = exception.Message;
        YamlTreeReader.Frame? innermost = open.Count == 0 ? null : open.Peek();
        if (Says(message, "tab"))
        {
            return Tab(exception, text, filePath);
        }

        if (innermost is null || innermost.IsFlow)
        {
            return null;
        }

        if (Says(message, "did not find expected '-' indicator") && !innermost.IsMapping)
        {
            return MissingDash(exception, text, innermost, filePath);
        }

        if (Says(message, "While parsing a block mapping, did not find expected key") && innermost.IsMapping)
        {
            return KeyOutOfLine(exception, text, innermost, lastClosed, filePath);
        }

        if (Says(message, "found invalid mapping") || Says(message, "Mapping values are not allowed"))
        {
            return ColonInValue(exception, innermost, filePath);
        }

        return null;
    }

    /// <summary>
    /// Whether an inline comment starts right after its <c>#</c> (<c>Nome #1 da lista</c>, <c>cor: #FF0000</c>),
    /// as text does; a comment written as one (<c># note</c>, with a space) does not.
    /// </summary>
    public static bool LooksLikeText(Comment comment, string text)
    {
        long hash = comment.Start.Index;
        return hash >= 0 && hash + 1 < text.Length && text[(int)hash] == '#' && text[(int)hash + 1] is not (' ' or '\t' or '\r' or '\n');
    }

    /// <summary>
    /// A '#' that YAML took for a comment on the line of <paramref name="value"/> (empty when the
    /// comment came right after the key): the rest of the text is silently lost.
    /// </summary>
    public static SpecError CommentCuttingValue(Comment comment, Scalar value, YamlTreeReader.Frame innermost, string filePath)
    {
        string hash = "#" + Quote(comment.Value);
        string? key = innermost.IsMapping ? innermost.PendingKey?.Value ?? LastKey(innermost) : null;
        string what = key is null ? $"In the list item '{Quote(value.Value)} {hash}', " : $"In the value of '{key}', ";
        string kept = value.Value.Length == 0 ? "the value is empty" : $"the value ends at '{Quote(value.Value)}'";
        string message = $"{what}an unquoted '#' after a space starts a YAML comment, so {kept} and '{hash}' is dropped. Quote the whole value to keep the '#' ('...' or \"...\"); a comment is written '# ' with a space.";
        return new SpecError(SpecErrorKind.YamlSyntax, message, filePath, YamlTreeReader.ToSpan(comment.Start, comment.End));
    }

    private static SpecError Tab(YamlException exception, string text, string filePath)
    {
        // YamlDotNet may point at the mapping the tab breaks rather than at the tab: find the first
        // line from there whose indentation holds a tab.
        int from = LineStart(text, (int)Math.Min(Math.Max(0, exception.Start.Index), text.Length));
        for (int lineStart = from; lineStart < text.Length;)
        {
            int i = lineStart;
            while (i < text.Length && (text[i] == ' ' || text[i] == '\t'))
            {
                if (text[i] == '\t')
                {
                    int line = LineNumber(text, i);
                    int column = i - lineStart;
                    string message = $"Line {line + 1} is indented with a tab: YAML, and so a spec, indents with spaces only. Replace the tab with spaces, in line with the keys it belongs with (two more than the key it is under).";
                    return new SpecError(SpecErrorKind.YamlSyntax, message, filePath, new SourceSpan(i, i + 1, line, column, line, column + 1));
                }

                i++;
            }

            int next = text.IndexOf('\n', lineStart);
            if (next < 0)
            {
                break;
            }

            lineStart = next + 1;
        }

        return new SpecError(SpecErrorKind.YamlSyntax, "A tab stands where YAML needs spaces: a spec indents with spaces only. Replace the tab with spaces.", filePath, YamlTreeReader.ToSpan(exception.Start, exception.End));
    }

    /// <summary>A line in a block list that does not start with <c>- </c>.</summary>
    private static SpecError MissingDash(YamlException exception, string text, YamlTreeReader.Frame list, string filePath)
    {
        (int line, string content, int indent) = LineAt(text, exception.Start);
        int dashes = (int)list.Start.Column - 1;
        string name = Describe(list);
        string message = $"Line {line + 1} ('{content}') stands in {name}, whose items start with '- ' ({Spaces(dashes)}, from line {list.Start.Line}), but it has no '- '. Start a new item with '- '";
        if (list.Items.Count > 0 && list.Items[list.Items.Count - 1] is YamlMapping { Entries.Count: > 0 } item && !item.IsFlow)
        {
            YamlScalar first = item.Entries[0].Key;
            message += first.Span.StartColumn == indent
                ? $"; or, if it belongs to the item above, check the line before it"
                : $", or, if it belongs to the item above, indent it like that item's '{first.Value}' ({Spaces(first.Span.StartColumn)}, line {first.Span.StartLine + 1})";
        }

        return new SpecError(SpecErrorKind.YamlSyntax, message + ".", filePath, LineSpan(text, line, indent));
    }

    /// <summary>A line where a block mapping expected its next key: indented off every open level, or a key without ': '.</summary>
    private static SpecError KeyOutOfLine(YamlException exception, string text, YamlTreeReader.Frame mapping, YamlTreeReader.Frame? lastClosed, string filePath)
    {
        (int line, string content, int indent) = LineAt(text, exception.Start);
        int keys = (int)mapping.Start.Column - 1;
        string name = Describe(mapping);
        YamlScalar? sibling = FirstKey(mapping);
        string example = sibling is null ? string.Empty : $" (such as '{sibling.Value}' at line {sibling.Span.StartLine + 1})";
        if (indent == keys)
        {
            string noColon = $"Line {line + 1} ('{content}') stands where a key of {name} belongs, but it is no 'key: value': write the key, ':', a space and the value (such as 'title: Ping'), or indent it further if it continues the value above.";
            return new SpecError(SpecErrorKind.YamlSyntax, noColon, filePath, LineSpan(text, line, indent));
        }

        // A '|' or '>' text ends at the first line indented less than its own first line.
        if (mapping.Entries.Count > 0 && mapping.Entries[mapping.Entries.Count - 1] is { Value: YamlScalar { Style: ScalarStyle.Literal or ScalarStyle.Folded } block } entry
            && block.Span.EndLine >= line - 1 && indent > keys)
        {
            int textIndent = IndentOf(text, entry.Key.Span.StartLine + 1);
            string blockText = $"Line {line + 1} ('{content}') is indented {Spaces(indent)}, less than the '{(block.Style == ScalarStyle.Literal ? "|" : ">")}' text of '{entry.Key.Value}' above it ({Spaces(textIndent)}, from line {entry.Key.Span.StartLine + 2}), so YAML ended that text before it. Indent every line of the text at least as far as its first line.";
            return new SpecError(SpecErrorKind.YamlSyntax, blockText, filePath, LineSpan(text, line, indent));
        }

        string levels = $"the keys of {name}{example} are indented {Spaces(keys)}";
        if (lastClosed is { IsMapping: true, IsFlow: false } closed && closed.Start.Column - 1 != keys && FirstKey(closed) is { } deeper && deeper.Span.StartLine < line)
        {
            levels += $", those of {Describe(closed)} (such as '{deeper.Value}' at line {deeper.Span.StartLine + 1}) {Spaces((int)closed.Start.Column - 1)}";
        }

        string message = $"Line {line + 1} ('{content}') is indented {Spaces(indent)}, in line with no key above it: {levels}. The keys of one mapping start in the same column, and the keys of a value two spaces right of their key: move line {line + 1} to the column of the keys it belongs with.";
        return new SpecError(SpecErrorKind.YamlSyntax, message, filePath, LineSpan(text, line, indent));
    }

    /// <summary>A ': ' inside an unquoted value, which YAML reads as a new key.</summary>
    private static SpecError ColonInValue(YamlException exception, YamlTreeReader.Frame innermost, string filePath)
    {
        SourceSpan at = YamlTreeReader.ToSpan(exception.Start, exception.End);
        YamlScalar? key = innermost.IsMapping ? innermost.PendingKey : null;
        if (key is null)
        {
            return new SpecError(SpecErrorKind.YamlSyntax, $"Line {at.StartLine + 1}: a ': ' inside an unquoted value makes YAML read a new key: quote the whole value ('...' or \"...\").", filePath, at);
        }

        if (key.Value.Length > 1 && key.Value[0] == '-' && key.Value[1] != ' ')
        {
            return new SpecError(SpecErrorKind.YamlSyntax, $"'{Quote(key.Value)}' at line {key.Span.StartLine + 1} has no space after its '-': a list item is written '- {Quote(key.Value.Substring(1))}'.", filePath, key.Span);
        }

        string message = at.StartLine == key.Span.StartLine
            ? $"The value of '{key.Value}' holds ': ', which YAML reads as the start of a new key: quote the whole value ('...' or \"...\"), such as {key.Value}: 'Ex: 5511...'."
            : $"The value of '{key.Value}' (line {key.Span.StartLine + 1}) runs on to line {at.StartLine + 1}, where ': ' makes YAML read a new key. If line {at.StartLine + 1} is a key of its own, indent it like '{key.Value}' ({Spaces(key.Span.StartColumn)}); if its text belongs to the value, quote the whole value ('...' or \"...\").";
        return new SpecError(SpecErrorKind.YamlSyntax, message, filePath, at);
    }

    /// <summary>How a message names a collection: by its key, as an item of a list, or as the top level.</summary>
    private static string Describe(YamlTreeReader.Frame frame)
    {
        string kind = frame.IsMapping ? "the mapping" : "the list";
        if (frame.ParentKey is not null)
        {
            return $"{kind} '{frame.ParentKey.Value}'";
        }

        if (frame.Parent is { IsMapping: false } list)
        {
            return list.ParentKey is null ? $"{kind} in a list item" : $"{kind} of an item of '{list.ParentKey.Value}'";
        }

        return frame.Parent is null ? "the top level of the spec" : kind;
    }

    private static YamlScalar? FirstKey(YamlTreeReader.Frame mapping) =>
        mapping.Entries.Count > 0 ? mapping.Entries[0].Key : mapping.PendingKey;

    private static string? LastKey(YamlTreeReader.Frame mapping) =>
        mapping.Entries.Count > 0 ? mapping.Entries[mapping.Entries.Count - 1].Key.Value : mapping.PendingKey?.Value;

    private static bool Says(string message, string words) => message.IndexOf(words, StringComparison.OrdinalIgnoreCase) >= 0;

    private static string Spaces(int count) => count == 1 ? "1 space" : count.ToString(CultureInfo.InvariantCulture) + " spaces";

    private static string Quote(string text)
    {
        string line = text.Replace("\r", string.Empty).Replace('\n', ' ').Trim();
        return line.Length <= MaxQuoted ? line : line.Substring(0, MaxQuoted) + "...";
    }

    /// <summary>The 0-based line of <paramref name="mark"/>, its text without indentation, and its indentation in spaces.</summary>
    private static (int Line, string Content, int Indent) LineAt(string text, Mark mark)
    {
        int index = (int)Math.Min(Math.Max(0, mark.Index), text.Length);
        int start = LineStart(text, index);
        int end = text.IndexOf('\n', start);
        string line = (end < 0 ? text.Substring(start) : text.Substring(start, end - start)).TrimEnd('\r');
        int indent = 0;
        while (indent < line.Length && line[indent] == ' ')
        {
            indent++;
        }

        return (LineNumber(text, start), Quote(line.Substring(indent)), indent);
    }

    /// <summary>How many spaces indent the 0-based <paramref name="line"/>.</summary>
    private static int IndentOf(string text, int line)
    {
        SourceSpan span = LineSpan(text, line, int.MaxValue);
        int start = span.StartOffset - span.StartColumn;
        int indent = 0;
        while (start + indent < text.Length && text[start + indent] == ' ')
        {
            indent++;
        }

        return indent;
    }

    /// <summary>The span of a line's text after its indentation.</summary>
    private static SourceSpan LineSpan(string text, int line, int indent)
    {
        int start = 0;
        for (int i = 0; i < line && start >= 0; i++)
        {
            start = text.IndexOf('\n', start) + 1;
        }

        int end = text.IndexOf('\n', start);
        int length = (end < 0 ? text.Length : end) - start;
        if (length > 0 && text[start + length - 1] == '\r')
        {
            length--;
        }

        int from = Math.Min(indent, length);
        return new SourceSpan(start + from, start + length, line, from, line, length);
    }

    private static int LineStart(string text, int index)
    {
        if (index <= 0)
        {
            return 0;
        }

        int newline = text.LastIndexOf('\n', Math.Min(index, text.Length) - 1);
        return newline + 1;
    }

    private static int LineNumber(string text, int index)
    {
        int line = 0;
        for (int i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }
}
