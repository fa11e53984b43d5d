using System.Collections.Generic;
using ZApi.Specs.Model;
using ZApi.Specs.Validation;
using ZApi.Specs.Writing;

namespace ZApi.Tool.Import;

/// <summary>What an importer's finding asks of the reader.</summary>
internal enum FindingKind
{
    /// <summary>The page was wrong and the importer repaired it (unambiguously); the spec says so in a comment.</summary>
    Repaired,

    /// <summary>The importer could not decide and left something out.</summary>
    LeftOut,

    /// <summary>The HAR example disagrees with the page.</summary>
    HarDisagrees,

    /// <summary>Something a human still has to check against the page.</summary>
    Check,
}

/// <summary>One thing the importer has to tell: what, and the page line it is about.</summary>
internal sealed record Finding(FindingKind Kind, int PageLine, string Message);

/// <summary>An imported spec: the model, its comments, what the importer found, and the page line of each part (for <c>check</c>).</summary>
internal sealed class ImportResult
{
    public required Spec Spec { get; init; }

    public required SpecNotes Notes { get; init; }

    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>The page line of each part, keyed as <c>check</c> names parts (<c>route</c>, <c>request.body.phone</c>, <c>responses.200</c>).</summary>
    public required IReadOnlyDictionary<string, int> PageLines { get; init; }

    public required string PagePath { get; init; }

    /// <summary>The spec as written, and the problems the project's own parser finds in it (none, when it builds).</summary>
    public required string Yaml { get; init; }

    public required IReadOnlyList<SpecError> Problems { get; init; }

    public bool HasErrors => System.Linq.Enumerable.Any(Problems, p => p.IsFatal);
}
