namespace ZApi.Specs.Model;

/// <summary>
/// A place in a spec file: character offsets and zero-based line/column positions
/// (the same convention as Roslyn's <c>LinePositionSpan</c>).
/// </summary>
public readonly record struct SourceSpan(
    int StartOffset,
    int EndOffset,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn)
{
    public int Length => EndOffset - StartOffset;

    public override string ToString() => $"({StartLine + 1},{StartColumn + 1})-({EndLine + 1},{EndColumn + 1})";
}
