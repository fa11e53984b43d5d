using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ZApi.Generator.Tests.Hostile;

/// <summary>A spec file given as bytes and decoded as the compiler decodes a file: BOM detected and dropped, UTF-8 otherwise.</summary>
internal sealed class BytesAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public BytesAdditionalText(string path, byte[] bytes)
    {
        Path = path;
        using var stream = new MemoryStream(bytes);
        _text = SourceText.From(stream);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
