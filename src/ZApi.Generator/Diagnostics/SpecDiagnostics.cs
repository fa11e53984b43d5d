using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ZApi.Specs.Model;
using ZApi.Specs.Validation;

namespace ZApi.Generator.Diagnostics;

/// <summary>Turns value-equal <see cref="SpecError"/>s into Roslyn diagnostics located in the YAML file, at output time only.</summary>
internal static class SpecDiagnostics
{
    public static void Report(SourceProductionContext context, EquatableArray<SpecError> errors)
    {
        foreach (SpecError error in errors)
        {
            context.ReportDiagnostic(ToDiagnostic(error));
        }
    }

    public static Diagnostic ToDiagnostic(SpecError error)
    {
        SourceSpan span = error.Span;
        Location location = string.IsNullOrEmpty(error.FilePath)
            ? Location.None
            : Location.Create(
                error.FilePath,
                new TextSpan(span.StartOffset, span.Length),
                new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn)));
        // Messages quote spec text and paths: no invisible or bidirectional character reaches a build log raw.
        return Diagnostic.Create(DiagnosticDescriptors.For(error.Kind), location, ZApi.Specs.Naming.VisibleText.EscapeHidden(error.Message));
    }
}
