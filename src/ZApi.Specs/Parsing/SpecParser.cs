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

    /// <summary>Specs are a few kilobytes; anything beyond this is not a spec and is not parsed.</summary>
    public const int MaxLength = 1024 * 1024;

    public static bool IsSpecFile(string path) => path.EndsWith(FileSuffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads one spec. The result holds the spec, unless a fatal error stands, and every located problem.</summary>
    public static SpecParseResult Parse(string filePath, string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1); // a byte order mark left in the text by a reader that did not strip it
        }

        var context = new ReadContext(filePath, text);
        string? namedPage = null;
        bool isEventFile = false;
        Spec? spec = null;
        EventSpec? webhookEvent = null;
        if (text.Length > MaxLength)
        {
            context.Report(SpecErrorKind.UnsupportedYaml, $"The spec file has {text.Length} characters; a spec is a few kilobytes, and files over {MaxLength} are not read.", default);
            return new SpecParseResult(filePath, null, context.Errors.ToEquatableArray());
        }

        try
        {
            YamlNode? root = YamlTreeReader.Read(text, filePath, context.Errors);
            if (root is YamlMapping mapping)
            {
                namedPage = mapping.Entries.FirstOrDefault(e => e.Key.Value == "page").Value is YamlScalar { IsNull: false } page ? page.Value : null;
                isEventFile = SpecReader.IsEventSpec(root);
            }

            if (root is null && context.Errors.Count == 0)
            {
                context.Report(SpecErrorKind.MissingKey, "The spec file is empty; a spec needs at least id, client, title, method, route, credentials and responses.", default);
            }
            else if (root is not null && SpecReader.IsEventSpec(root))
            {
                webhookEvent = new SpecReader(context).ReadEvent(root);
            }
            else if (root is not null)
            {
                spec = new SpecReader(context).Read(root);
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException and not OperationCanceledException)
        {
            // The parser must never take the compiler down; an unforeseen failure is a located error too.
            context.Report(SpecErrorKind.InternalError, $"The spec could not be read ({exception.GetType().Name}: {exception.Message}).", default);
        }

        // YamlDotNet can place an error one past the end of the text; keep every span inside the file.
        List<SpecError> errors = context.Finish().Select(e => e with { Span = context.Lines.Clamp(e.Span) }).ToList();
        if (errors.Any(e => e.IsFatal))
        {
            spec = null;
            webhookEvent = null;
        }

        return new SpecParseResult(filePath, spec, errors.ToEquatableArray(), webhookEvent, namedPage, isEventFile);
    }

    /// <summary>Reads a spec file from disk (for the contract harness and tools; the generator reads through Roslyn).</summary>
    public static SpecParseResult ParseFile(string filePath) => Parse(filePath, System.IO.File.ReadAllText(filePath));
}
