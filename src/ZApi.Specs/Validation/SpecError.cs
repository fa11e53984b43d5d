using System;
using ZApi.Specs.Model;

namespace ZApi.Specs.Validation;

/// <summary>A located problem in a spec file. Value-equal, so it can travel through a cached pipeline.</summary>
/// <param name="Kind">What is wrong; its number is the diagnostic id.</param>
/// <param name="Message">A sentence telling what is wrong and what to do.</param>
/// <param name="FilePath">The spec file.</param>
/// <param name="Span">Where in the file.</param>
public sealed record SpecError(SpecErrorKind Kind, string Message, string FilePath, SourceSpan Span)
{
    /// <summary>The diagnostic id, <c>ZAPI001</c> and on.</summary>
    public string Id => FormatId(Kind);

    /// <summary>Whether the spec cannot produce code while this error stands.</summary>
    public bool IsFatal => Kind switch
    {
        SpecErrorKind.InvalidExampleJson => false,
        SpecErrorKind.ExampleMissingRequired => false,
        SpecErrorKind.ExampleUndeclaredMember => false,
        SpecErrorKind.ExampleWrongType => false,
        SpecErrorKind.FileNameMismatch => false,
        SpecErrorKind.SpecsNotFound => false,
        SpecErrorKind.ReplacesBuiltIn => false,
        SpecErrorKind.UnknownEndpointSelection => false,
        _ => true,
    };

    public static string FormatId(SpecErrorKind kind) => "ZAPI" + ((int)kind).ToString("000", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary><c>path(line,col): ZAPI007: message</c>, the way compilers print it.</summary>
    public override string ToString() =>
        FormattableString.Invariant($"{FilePath}({Span.StartLine + 1},{Span.StartColumn + 1}): {Id}: {Message}");
}
