using System;
using System.Collections.Generic;
using System.Linq;
using ZApi.Specs.Model;
using ZApi.Specs.Validation;
using ZApi.Specs.Yaml;

namespace ZApi.Specs.Parsing;

/// <summary>
/// The one entry point that reads a spec file. Shared by the source generator (at compile time)
/// and the contract harness (at test time); it never throws on bad input.
/// </summary>
public static class SpecParser
{
    /// <summary>Files the generator and the harness treat as specs.</summary>
    public const string FileSuffix = ".zapi.yaml";

    public static bool IsSpecFile(string path) => path.EndsWith(FileSuffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads one spec. The result holds the spec, unless a fatal error stands, and every located problem.</summary>
    public static SpecParseResult Parse(string filePath, string text)
    {
        var context = new ReadContext(filePath, text);
        Spec? spec = null;
        try
        {
            YamlNode? root = YamlTreeReader.Read(text, filePath, context.Errors);
            if (root is null && context.Errors.Count == 0)
            {
                context.Report(SpecErrorKind.MissingKey, "The spec file is empty; a spec needs at least id, client, title, method, route, credentials and responses.", default);
            }
            else if (root is not null)
            {
                spec = new SpecReader(context).Read(root);
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The parser must never take the compiler down; an unforeseen failure is a located error too.
            context.Report(SpecErrorKind.InternalError, $"The spec could not be read ({exception.GetType().Name}: {exception.Message}).", default);
        }

        List<SpecError> errors = context.Errors;
        if (errors.Any(e => e.IsFatal))
        {
            spec = null;
        }

        return new SpecParseResult(filePath, spec, errors.ToEquatableArray());
    }

    /// <summary>Reads a spec file from disk (for the contract harness and tools; the generator reads through Roslyn).</summary>
    public static SpecParseResult ParseFile(string filePath) => Parse(filePath, System.IO.File.ReadAllText(filePath));
}
