using System.Linq;
using ZApi.Specs.Model;
using ZApi.Tool.Docs;

namespace ZApi.Tool.Check;

internal static partial class DriftCheck
{
    private sealed partial class Comparison
    {
        /// <summary>
        /// Required versus optional, for the request's members whose table stands under a heading
        /// that says which (Obrigatórios, Opcionais): a member the page moved from one to the other.
        /// </summary>
        private void Presence(string path, string pageAt, SpecAttribute spec, SpecAttribute page)
        {
            if (!path.StartsWith("request.", System.StringComparison.Ordinal) || spec.IsRequired == page.IsRequired
                || !_page.PageLines.TryGetValue(pageAt, out int line))
            {
                return;
            }

            AttributeTable? table = _markdown.RequestTables.FirstOrDefault(t => t.Rows.Any(r => r.Line == line));
            if (table is null || table.Presence == Docs.Presence.Unstated)
            {
                return;
            }

            Add($"{path}.{spec.Name}", spec.NameSpan.StartLine + 1, $"'{spec.Name}' is {Word(page.IsRequired)} on the page, {Word(spec.IsRequired)} in the spec: move it to '{(page.IsRequired ? "required" : "optional")}'.", pageAt);
        }

        private static string Word(bool required) => required ? "required" : "optional";
    }
}
