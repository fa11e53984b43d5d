using System;
using System.Collections.Generic;

namespace ZApi.Tool.Check;

/// <summary>
/// What <c>check</c> counts besides the specs it compares, and what it reports.
/// </summary>
/// <param name="Catalogue">The built-in specs the project compiles: the pages they mirror are covered, not new.</param>
/// <param name="Only">When not empty, report only the drifts of the specs under these files or folders (no new pages).</param>
/// <param name="Pin">Write each departure's pin (the page text it answers) instead of reporting.</param>
internal sealed record CheckOptions(BuiltInCatalogue Catalogue, IReadOnlyList<string> Only, bool Pin = false)
{
    public static CheckOptions Default { get; } = new(BuiltInCatalogue.None, Array.Empty<string>());
}
