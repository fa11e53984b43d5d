using System.Collections.Generic;
using ZApi.Specs.Model;
using ZApi.Specs.Validation;

namespace ZApi.Specs.Parsing;

/// <summary>What every reading step of one spec file shares: the file, its lines and the problems found so far.</summary>
internal sealed class ReadContext
{
    public ReadContext(string filePath, string text)
    {
        FilePath = filePath;
        Text = text;
        Lines = new LineMap(text);
    }

    public string FilePath { get; }

    public string Text { get; }

    public LineMap Lines { get; }

    public List<SpecError> Errors { get; } = new();

    public void Report(SpecErrorKind kind, string message, SourceSpan span) =>
        Errors.Add(new SpecError(kind, message, FilePath, span));
}
