namespace ZApi.Specs.Model;

/// <summary>
/// A deliberate difference between a spec and its documentation page (a documented quirk the spec
/// fixes), recorded so <c>zapi check</c> stays quiet about it on purpose.
/// </summary>
/// <param name="At">Where the spec departs, as <c>zapi check</c> names it: <c>responses.200.example</c>, <c>request.body.phone</c>, <c>route</c>.</param>
/// <param name="Reason">What the page says, and why the spec differs.</param>
/// <param name="Span">Where the departure stands in the spec file.</param>
/// <param name="Pin">A short hash of the page's text the departure answers (<c>zapi check --pin</c> writes it): when the page changes there, <c>check</c> says the departure may be stale.</param>
/// <param name="PinSpan">Where the pin's value stands (for <c>zapi check --pin</c> to rewrite it).</param>
public sealed record Departure(string At, string Reason, SourceSpan Span, string? Pin = null, SourceSpan PinSpan = default);
