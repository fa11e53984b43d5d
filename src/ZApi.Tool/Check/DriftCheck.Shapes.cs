using System.Linq;
using ZApi.Specs.Model;
using ZApi.Specs.Plans;

namespace ZApi.Tool.Check;

internal static partial class DriftCheck
{
    private sealed partial class Comparison
    {
        /// <summary>
        /// A change of shape of an answer (an object the page now shows as an array, or the other
        /// way): one line, instead of every member "no longer documented". True when it changed, and
        /// its members and examples are then not compared.
        /// </summary>
        private bool ShapeChanged(string path, ResponseSpec spec, ResponseSpec page)
        {
            string? ours = Shape(spec);
            string? theirs = Shape(page);
            if (ours is null || theirs is null || ours == theirs)
            {
                return false;
            }

            Add(path + ".body", Line(spec.StatusSpan), $"the answer changed shape: the page shows {theirs}, the spec {ours}.", path);

            // The examples differ by the same change: a departure for them answers this one too.
            _used.UnionWith(_spec.Departures.Where(d => d.At == path + ".example"));
            return true;
        }

        /// <summary>What an answer is, as the page can tell it: an object, an array, a map; null when it says nothing of it (no table, no example).</summary>
        private static string? Shape(ResponseSpec response) => EndpointPlanner.ShapeOf(response) switch
        {
            ResultShape.Array => "an array",
            ResultShape.Map => "a map",
            ResultShape.Object or ResultShape.ObjectOrFirstItem or ResultShape.ObjectOrMemberArray or ResultShape.Named => "an object",
            _ => null,
        };
    }
}
