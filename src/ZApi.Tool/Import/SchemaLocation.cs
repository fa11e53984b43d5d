using System.IO;
using ZApi.Specs.Writing;

namespace ZApi.Tool.Import;

/// <summary>
/// Where the first line of a written spec points for its JSON Schema: the build copies the schema
/// into the specs folder, so the path leads from the spec's folder up to the nearest folder named
/// <c>specs</c>; without one, the house layout (<c>specs/&lt;area&gt;/</c>) is assumed. Used by
/// <c>zapi new</c> and <c>zapi import</c> alike.
/// </summary>
internal static class SchemaLocation
{
    public static string For(string specDirectory)
    {
        for (DirectoryInfo? folder = new(specDirectory); folder is not null; folder = folder.Parent)
        {
            if (folder.Name == "specs")
            {
                return Path.GetRelativePath(specDirectory, Path.Combine(folder.FullName, "zapi-spec.schema.json")).Replace('\\', '/');
            }
        }

        return SpecWriter.DefaultSchemaPath;
    }
}
