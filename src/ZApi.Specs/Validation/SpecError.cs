using System;
using ZApi.Specs.Model;

namespace ZApi.Specs.Validation;

/// <summary>A located problem in a spec file. Value-equal, so it can travel through a cached pipeline.</summary>
/// <param name="Kind">What is wrong; <see cref="DiagnosticRules.For"/> gives its id, severity and fatality.</param>
/// <param name="Message">A sentence telling what is wrong and what to do.</param>
/// <param name="FilePath">The spec file.</param>
/// <param name="Span">Where in the file.</param>
public sealed record SpecError(SpecErrorKind Kind, string Message, string FilePath, SourceSpan Span)
{
    /// <summary>The diagnostic id, <c>ZAPI001</c> and on (<see cref="DiagnosticRules"/>).</summary>
    public string Id => DiagnosticRules.For(Kind).Id;

    /// <summary>Whether the spec cannot produce code while this error stands (<see cref="DiagnosticRule.IsFatal"/>).</summary>
    public bool IsFatal => DiagnosticRules.For(Kind).IsFatal;

    /// <summary>Its default severity, as the build prints it: <c>error</c>, <c>warning</c> or <c>info</c> (<see cref="DiagnosticRule.Level"/>).</summary>
    public string Severity => DiagnosticRules.For(Kind).Severity;

    /// <summary><c>path(line,col): ZAPI007: message</c>, the way compilers print it.</summary>
    public override string ToString() =>
        FormattableString.Invariant($"{FilePath}({Span.StartLine + 1},{Span.StartColumn + 1}): {Id}: {Message}");
}
