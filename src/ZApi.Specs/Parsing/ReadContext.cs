using System.Collections.Generic;
using ZApi.Specs.Model;
using ZApi.Specs.Naming;
using ZApi.Specs.Validation;

namespace ZApi.Specs.Parsing;

/// <summary>
/// What every reading step of one spec file shares: the file, its lines and the problems found so
/// far. At most <see cref="MaxReported"/> problems are kept per file, so a hostile file cannot make
/// the build spend its time writing diagnostics; the rest are counted and summed up in one.
/// </summary>
internal sealed class ReadContext
{
    /// <summary>A real spec has a handful of problems; beyond this many, more reports only cost time.</summary>
    public const int MaxReported = 100;

    private int _suppressed;
    private int _consequences;
    private SpecError? _firstSuppressed;
    private bool _suppressedFatal;

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

    /// <summary>Every problem reported so far, kept or not: compare it before and after a step to see whether the step found any.</summary>
    public int Count => Errors.Count + _suppressed + _consequences;

    /// <summary>False once the cap is reached: callers skip work whose only outcome would be another report.</summary>
    public bool CanReport => Errors.Count < MaxReported;

    /// <summary>
    /// A problem that follows from one already reported (a use of a type name refused at its
    /// declaration): it counts, so later steps skip checks that would only repeat it, but it adds no
    /// second diagnostic for the one mistake.
    /// </summary>
    public void Follows() => _consequences++;

    public void Report(SpecErrorKind kind, string message, SourceSpan span)
    {
        var error = new SpecError(kind, Sanitize(message), FilePath, span);
        if (CanReport)
        {
            Errors.Add(error);
            return;
        }

        _suppressed++;
        _firstSuppressed ??= error;
        if (error.IsFatal && !_suppressedFatal)
        {
            _suppressedFatal = true;
            _firstSuppressed = error;
        }
    }

    /// <summary>The capped list, with one closing problem that counts what was left out (fatal if any of it was).</summary>
    public List<SpecError> Finish()
    {
        // Errors may also come straight from the YAML reader: every message is sanitized here.
        var errors = new List<SpecError>(Errors.Count + 1);
        foreach (SpecError error in Errors)
        {
            errors.Add(error with { Message = Sanitize(error.Message) });
        }

        if (_firstSuppressed is not null)
        {
            errors.Add(_firstSuppressed with
            {
                Message = $"{_suppressed} more problem(s) in this file are not listed; only the first {MaxReported} are reported. Fix these first. The next one: {_firstSuppressed.Message}",
            });
        }

        return errors;
    }

    /// <summary>
    /// Messages quote spec text; an invisible or bidirectional character quoted raw would hide
    /// or reorder what a build log shows, so each one is written as <c>\uXXXX</c>.
    /// </summary>
    public static string Sanitize(string message) => VisibleText.EscapeHidden(message);
}
