using System;
using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using ZApi.Specs.Model;
using ZApi.Specs.Validation;

namespace ZApi.Specs.Yaml;

/// <summary>
/// Turns spec text into a <see cref="YamlNode"/> tree with YamlDotNet's event parser.
/// Iterative (no recursion), so hostile nesting cannot overflow the compiler's stack; rejects
/// anchors and aliases (no expansion bombs), several documents, duplicate keys and complex keys.
/// YamlDotNet's syntax errors are translated into the spec's terms (see <see cref="YamlMistakes"/>),
/// and a comment that starts right after a value (<c>Nome #1</c>, <c>#FF0000</c>) is reported: it
/// would silently cut the value short.
/// </summary>
internal static class YamlTreeReader
{
    /// <summary>Specs are shallow; anything deeper than this is rejected, not walked.</summary>
    public const int MaxDepth = 64;

    public static YamlNode? Read(string text, string filePath, List<SpecError> errors)
    {
        // Comments are read too: a '#' that cuts a value short is a mistake worth a diagnostic.
        var parser = new Parser(new Scanner(new StringReader(text), skipComments: false));
        var stack = new Stack<Frame>();
        YamlNode? root = null;
        int documents = 0;
        ParsingEvent? last = null;
        Scalar? lastScalar = null;
        Frame? lastClosed = null;
        Comment? hashAfterKey = null;

        try
        {
            while (parser.MoveNext())
            {
                ParsingEvent current = parser.Current!;
                last = current;
                switch (current)
                {
                    case DocumentStart start when !start.IsImplicit || documents > 0:
                        documents++;
                        if (documents > 1)
                        {
                            errors.Add(Error(SpecErrorKind.UnsupportedYaml, "A spec file holds one YAML document; remove the second '---' document.", filePath, current));
                            return null;
                        }

                        break;
                    case DocumentStart:
                        documents++;
                        break;
                    case AnchorAlias alias:
                        errors.Add(Error(SpecErrorKind.UnsupportedYaml, $"YAML aliases (*{alias.Value}) are not supported in spec files; write the value out. If this is text that starts with '*' (such as Markdown **bold**), quote the whole value: YAML reads a plain value starting with '*' as an alias.", filePath, current));
                        return null;
                    case NodeEvent node when !node.Anchor.IsEmpty:
                        errors.Add(Error(SpecErrorKind.UnsupportedYaml, $"YAML anchors (&{node.Anchor}) are not supported in spec files; write the value out. If this is text that starts with '&', quote the whole value.", filePath, current));
                        return null;
                    case Comment comment when comment.IsInline && YamlMistakes.LooksLikeText(comment, text) && lastScalar is not null && lastScalar.Style == ScalarStyle.Plain && lastScalar.End.Line == comment.Start.Line && stack.Count > 0 && !stack.Peek().IsFlow:
                        // Right after a key, the value decides: an empty one lost its text to the comment.
                        if (stack.Peek() is { IsMapping: true, PendingKey: { } pending } && pending.Span.StartOffset == lastScalar.Start.Index)
                        {
                            hashAfterKey = comment;
                            break;
                        }

                        errors.Add(YamlMistakes.CommentCuttingValue(comment, lastScalar, stack.Peek(), filePath));
                        return null;
                    case Scalar scalar:
                        if (hashAfterKey is not null && scalar.Value.Length == 0 && scalar.Style == ScalarStyle.Plain && stack.Count > 0)
                        {
                            errors.Add(YamlMistakes.CommentCuttingValue(hashAfterKey, scalar, stack.Peek(), filePath));
                            return null;
                        }

                        hashAfterKey = null;
                        lastScalar = scalar;
                        if (!Add(stack, new YamlScalar(scalar.Value, scalar.Style, ToSpan(scalar.Start, scalar.End)), ref root, filePath, errors))
                        {
                            return null;
                        }

                        break;
                    case MappingStart:
                    case SequenceStart:
                        hashAfterKey = null;
                        if (stack.Count >= MaxDepth)
                        {
                            errors.Add(Error(SpecErrorKind.UnsupportedYaml, $"The spec nests deeper than {MaxDepth} levels; specs are shallow, so this is not a spec.", filePath, current));
                            return null;
                        }

                        stack.Push(new Frame(current is MappingStart, current.Start, current is MappingStart { Style: MappingStyle.Flow } || current is SequenceStart { Style: SequenceStyle.Flow }, stack.Count == 0 ? null : stack.Peek()));
                        break;
                    case MappingEnd:
                    case SequenceEnd:
                        Frame frame = stack.Pop();
                        lastClosed = frame;
                        SourceSpan span = ToSpan(frame.Start, current.End);
                        YamlNode built = frame.IsMapping
                            ? new YamlMapping(frame.Entries, span, frame.IsFlow)
                            : new YamlSequence(frame.Items, span);
                        if (!Add(stack, built, ref root, filePath, errors))
                        {
                            return null;
                        }

                        break;
                }
            }
        }
        catch (YamlException exception)
        {
            errors.Add(YamlMistakes.Translate(exception, text, stack, lastClosed, filePath)
                ?? new SpecError(SpecErrorKind.YamlSyntax, "YAML syntax error: " + StripMarks(exception.Message) + Advice(exception.Message), filePath, ToSpan(exception.Start, exception.End)));
            return null;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException and not OperationCanceledException)
        {
            // YamlDotNet throws other exceptions on some input: InvalidOperationException on some
            // unclosed flow collections, ArgumentException on an empty verbatim tag (!<>). Each is a
            // syntax error of the file, located where the reader stopped, never an internal error.
            SourceSpan at = last is null ? default : ToSpan(last.Start, last.End);
            string cause = exception is InvalidOperationException
                ? "an unclosed '[', '{' or quote is the usual cause"
                : "YamlDotNet refused it: " + exception.Message;
            errors.Add(new SpecError(SpecErrorKind.YamlSyntax, $"YAML syntax error after this point: the YAML reader could not go on ({cause}).", filePath, at));
            return null;
        }

        return root;
    }

    private static bool Add(Stack<Frame> stack, YamlNode node, ref YamlNode? root, string filePath, List<SpecError> errors)
    {
        if (stack.Count == 0)
        {
            root = node;
            return true;
        }

        Frame parent = stack.Peek();
        if (!parent.IsMapping)
        {
            parent.Items.Add(node);
            return true;
        }

        if (parent.PendingKey is null)
        {
            if (node is not YamlScalar key)
            {
                errors.Add(new SpecError(SpecErrorKind.WrongNodeKind, $"A mapping key must be a plain name, not {node.KindName}.", filePath, node.Span));
                return false;
            }

            if (parent.KeyLines.TryGetValue(key.Value, out int firstLine))
            {
                errors.Add(new SpecError(SpecErrorKind.DuplicateKey, $"The key '{key.Value}' is given twice in this mapping (first at line {firstLine + 1}); keep one.", filePath, key.Span));
                return false;
            }

            parent.KeyLines.Add(key.Value, key.Span.StartLine);
            parent.PendingKey = key;
            return true;
        }

        parent.Entries.Add(new KeyValuePair<YamlScalar, YamlNode>(parent.PendingKey, node));
        parent.PendingKey = null;
        return true;
    }

    /// <summary>What a spec author usually meant when YAML says this: text YAML read as structure.</summary>
    internal static string Advice(string message)
    {
        if (message.IndexOf("Mapping values are not allowed", StringComparison.OrdinalIgnoreCase) >= 0
            || message.IndexOf("found invalid mapping", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return " A ': ' inside a plain value (such as 'Ex: 5511...') starts a mapping in YAML: quote the whole value ('...' or \"...\").";
        }

        if (message.IndexOf("found character that cannot start any token", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return " A value that starts with '@', '`', '%' or another YAML indicator must be quoted.";
        }

        if (message.IndexOf("did not find expected ',' or '}'", StringComparison.OrdinalIgnoreCase) >= 0
            || message.IndexOf("did not find expected ',' or ']'", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return " Inside { } or [ ], a value with ':', ',', '{' or '[' in it must be quoted.";
        }

        return string.Empty;
    }

    private static SpecError Error(SpecErrorKind kind, string message, string filePath, ParsingEvent at) =>
        new(kind, message, filePath, ToSpan(at.Start, at.End));

    internal static SourceSpan ToSpan(Mark start, Mark end)
    {
        // YamlDotNet counts lines and columns from 1; spans count from 0 like Roslyn.
        int startLine = (int)Math.Max(0, start.Line - 1);
        int startColumn = (int)Math.Max(0, start.Column - 1);
        int endLine = (int)Math.Max(startLine, end.Line - 1);
        int endColumn = (int)Math.Max(0, end.Column - 1);
        if (endLine == startLine && endColumn < startColumn)
        {
            endColumn = startColumn;
        }

        int startOffset = (int)Math.Max(0, start.Index);
        int endOffset = (int)Math.Max(startOffset, end.Index);
        return new SourceSpan(startOffset, endOffset, startLine, startColumn, endLine, endColumn);
    }

    /// <summary>YamlDotNet prefixes messages with "(Line: .., Col: .., Idx: ..) - (...): "; the span already says where.</summary>
    internal static string StripMarks(string message)
    {
        if (message.StartsWith("(Line:", StringComparison.Ordinal))
        {
            int separator = message.IndexOf("): ", StringComparison.Ordinal);
            if (separator >= 0)
            {
                return message.Substring(separator + 3);
            }
        }

        return message;
    }

    internal sealed class Frame
    {
        public Frame(bool isMapping, Mark start, bool isFlow, Frame? parent)
        {
            IsMapping = isMapping;
            Start = start;
            IsFlow = isFlow;
            Parent = parent;
            ParentKey = parent?.PendingKey;
        }

        public bool IsMapping { get; }

        /// <summary>The collection this one is in, or null at the top.</summary>
        public Frame? Parent { get; }

        /// <summary>The key this collection is the value of (<c>optional</c> for its list), or null in a list or at the top.</summary>
        public YamlScalar? ParentKey { get; }

        /// <summary>Written inline (<c>{ a: b }</c>, <c>[a, b]</c>) rather than as indented blocks.</summary>
        public bool IsFlow { get; }

        public Mark Start { get; }

        public List<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = new();

        /// <summary>The keys seen so far and their lines: duplicate detection in constant time per key.</summary>
        public Dictionary<string, int> KeyLines { get; } = new();

        public List<YamlNode> Items { get; } = new();

        public YamlScalar? PendingKey { get; set; }
    }
}
