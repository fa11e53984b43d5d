namespace ZApi.Tool.Check;

internal static partial class DriftCheck
{
    private sealed partial class Comparison
    {
        /// <summary>A page that marks its endpoint deprecated (a box that says so) and a spec that does not, or the other way.</summary>
        private void Deprecation()
        {
            DeprecationNotice? notice = PageDeprecation.Find(_markdown.Path);
            if (notice is not null && _spec.Deprecated is null)
            {
                Add("deprecated", Line(_spec.IdSpan), $"the page marks the endpoint deprecated ('{notice.Title}'); the spec does not: add 'deprecated' with the page's notice.", pageLine: notice.Line);
            }
            else if (notice is null && _spec.Deprecated is not null)
            {
                Add("deprecated", Line(_spec.IdSpan), "the spec marks the endpoint deprecated; the page no longer does: remove 'deprecated' if the endpoint is current again.");
            }
        }
    }
}
