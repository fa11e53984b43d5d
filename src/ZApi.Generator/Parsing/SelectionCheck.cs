using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ZApi.Generator.Model;
using ZApi.Specs.Model;
using ZApi.Specs.Validation;

namespace ZApi.Generator.Parsing;

/// <summary>ZAPI022: an area or endpoint in <c>ZApiEndpoints</c> that the built-in catalogue does not have (a typo selects nothing, silently, otherwise).</summary>
internal static class SelectionCheck
{
    private const int MaxListed = 20;

    public static EquatableArray<SpecError> Check(EndpointSelection selection, ImmutableArray<string> specPaths)
    {
        List<string> keys = specPaths.Select(selection.CatalogueKey).Where(k => k is not null).Select(k => k!).ToList();
        if (selection.CatalogueFolder is null || keys.Count == 0)
        {
            return EquatableArray<SpecError>.Empty;
        }

        var errors = new List<SpecError>();
        foreach (string token in selection.Included.Concat(selection.Excluded).Distinct())
        {
            if (token is EndpointSelection.All or EndpointSelection.None || keys.Any(key => EndpointSelection.Matches(token, key)))
            {
                continue;
            }

            string areas = string.Join(", ", keys.Select(k => k.Split('/')[0]).Distinct().OrderBy(a => a, System.StringComparer.Ordinal));
            errors.Add(new SpecError(
                SpecErrorKind.UnknownEndpointSelection,
                $"ZApiEndpoints '{selection.Written}' names '{token}', which is neither an area nor an endpoint of the built-in catalogue, so it selects nothing. Areas: {areas}; an endpoint is '<area>/<id>' or its id (such as 'message/send-text'); 'all' and 'none' select everything and nothing.",
                string.Empty,
                default));
            if (errors.Count == MaxListed)
            {
                break;
            }
        }

        return errors.ToEquatableArray();
    }
}
