using System;
using System.Collections.Generic;
using System.Linq;
using ZApi.Specs.Model;

namespace ZApi.Generator.Model;

/// <summary>
/// Which endpoints of the built-in catalogue the project compiles (<c>ZApiEndpoints</c>), and where
/// the catalogue's specs are (<c>ZApiCatalogueFolder</c>, set by the package's props).
/// </summary>
/// <remarks>
/// The value is a list separated by <c>;</c> or <c>,</c>: <c>all</c> (the default), <c>none</c>, an
/// area (<c>message</c>), an endpoint (<c>message/send-text</c> or <c>send-text</c>), and any of those
/// after <c>-</c> to leave it out (<c>message;group;-message/send-order-status-update</c>). A list of
/// exclusions alone starts from everything. Specs of the project itself are always compiled.
/// </remarks>
/// <param name="CatalogueFolder">The catalogue folder with '/' separators and a trailing '/', or null when there is no catalogue.</param>
/// <param name="Included">Areas and endpoints named to include (<c>all</c> for everything).</param>
/// <param name="Excluded">Areas and endpoints named after <c>-</c>.</param>
internal sealed record EndpointSelection(string? CatalogueFolder, EquatableArray<string> Included, EquatableArray<string> Excluded, string Written)
{
    public const string All = "all";
    public const string None = "none";

    public static EndpointSelection Read(string? catalogueFolder, string? endpoints)
    {
        string written = string.IsNullOrWhiteSpace(endpoints) ? All : endpoints!.Trim();
        var included = new List<string>();
        var excluded = new List<string>();
        foreach (string token in written.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0))
        {
            if (token.StartsWith("-", StringComparison.Ordinal))
            {
                excluded.Add(token.Substring(1).Trim());
            }
            else
            {
                included.Add(token);
            }
        }

        if (included.Count == 0 && excluded.Count > 0)
        {
            included.Add(All);
        }

        string? folder = string.IsNullOrWhiteSpace(catalogueFolder) ? null : catalogueFolder!.Replace('\\', '/').TrimEnd('/') + "/";
        return new EndpointSelection(folder, included.ToEquatableArray(), excluded.ToEquatableArray(), written);
    }

    /// <summary>The catalogue key of a built-in spec (<c>message/send-text</c>), or null for a spec of the project.</summary>
    public string? CatalogueKey(string path)
    {
        if (CatalogueFolder is null)
        {
            return null;
        }

        string normalized = path.Replace('\\', '/');
        if (!normalized.StartsWith(CatalogueFolder, StringComparison.Ordinal))
        {
            return null;
        }

        string relative = normalized.Substring(CatalogueFolder.Length);
        const string suffix = ".zapi.yaml";
        return relative.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) ? relative.Substring(0, relative.Length - suffix.Length) : relative;
    }

    /// <summary>Whether the spec at <paramref name="path"/> is compiled: every spec of the project, and the selected built-in ones.</summary>
    public bool Includes(string path)
    {
        string? key = CatalogueKey(path);
        if (key is null)
        {
            return true;
        }

        return Included.Any(token => Matches(token, key)) && !Excluded.Any(token => Matches(token, key));
    }

    /// <summary>Whether a token names the built-in endpoint <paramref name="key"/> (<c>area/id</c>): <c>all</c>, its area, its key or its id.</summary>
    public static bool Matches(string token, string key)
    {
        if (token == All)
        {
            return true;
        }

        int slash = key.IndexOf('/');
        string area = slash < 0 ? string.Empty : key.Substring(0, slash);
        string id = key.Substring(slash + 1);
        return token == key || token == area || token == id;
    }
}
