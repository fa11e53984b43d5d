using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;
using ZApi.Specs.Validation;

namespace ZApi.Generator.Parsing;

/// <summary>Reads one spec through Roslyn's <see cref="AdditionalText"/> (never the file system) and parses it.</summary>
internal static class SpecFileReader
{
    public static SpecParseResult Read(AdditionalText file, CancellationToken cancellationToken)
    {
        SourceText? text = file.GetText(cancellationToken);
        if (text is null)
        {
            var error = new SpecError(SpecErrorKind.YamlSyntax, "The spec file could not be read.", file.Path, default);
            return new SpecParseResult(file.Path, null, new EquatableArray<SpecError>(new[] { error }));
        }

        return SpecParser.Parse(file.Path, text.ToString());
    }
}
