namespace ZApi.Specs.Validation;

/// <summary>
/// One diagnostic ZApi reports. Plain data (ZApi.Specs has no Roslyn): the generator turns it into
/// a <c>DiagnosticDescriptor</c>, the README's table into a row with an anchor its help link points to.
/// </summary>
/// <param name="Id">The stable id, <c>ZAPI001</c> and on.</param>
/// <param name="Kind">The spec error that reports it, or null for a rule the package's MSBuild targets report (no spec error carries it).</param>
/// <param name="Level">Its default severity.</param>
/// <param name="IsFatal">Whether the spec cannot produce code while it stands (errors); warnings and infos keep the code.</param>
/// <param name="Title">The descriptor's title: what is wrong, in one line.</param>
/// <param name="What">The README's "what" column: when it is reported.</param>
/// <param name="Remedy">The README's "what to do" column.</param>
public sealed record DiagnosticRule(string Id, SpecErrorKind? Kind, DiagnosticLevel Level, bool IsFatal, string Title, string What, string Remedy)
{
    /// <summary>Where help links point: the README's diagnostics table, one anchor per id (the repository names no public URL yet; this one line changes when it does).</summary>
    public const string HelpLinkBase = "README.md#";

    /// <summary>The README anchor of this rule's row, such as <c>README.md#zapi001</c>.</summary>
    public string HelpLink => HelpLinkBase + Anchor;

    /// <summary>The anchor of this rule's README row: the id in lower case.</summary>
    public string Anchor => Id.ToLowerInvariant();

    /// <summary>Its severity as the build and the README print it: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public string Severity => Level.ToString().ToLowerInvariant();

    /// <summary>Whether MSBuild reports it (the package's targets) rather than the generator.</summary>
    public bool IsMsBuild => Kind is null;
}

/// <summary>A rule's default severity, as the README and the build print it.</summary>
public enum DiagnosticLevel
{
    Info,
    Warning,
    Error,
}
