using System.Collections.Generic;

namespace ZApi.Specs.Writing;

/// <summary>
/// Comments to write into a spec, each before the key it explains: what a page said and why the
/// spec differs (a repair), or what a human still has to check. Keyed by the path <c>zapi check</c>
/// uses: <c>route</c>, <c>request.example</c>, <c>request.body.phone</c>, <c>responses.200</c>,
/// <c>responses.200.example</c>, <c>types.Note</c>; <c>header</c> is the top of the file.
/// </summary>
public sealed class SpecNotes
{
    private readonly Dictionary<string, List<string>> _notes = new(System.StringComparer.Ordinal);

    /// <summary>The top of the file, after the schema comment.</summary>
    public const string Header = "header";

    public void Add(string path, string comment)
    {
        if (!_notes.TryGetValue(path, out List<string>? lines))
        {
            lines = new List<string>();
            _notes.Add(path, lines);
        }

        foreach (string line in comment.Replace("\r\n", "\n").Split('\n'))
        {
            lines.Add(line);
        }
    }

    public IReadOnlyList<string> For(string path) => _notes.TryGetValue(path, out List<string>? lines) ? lines : System.Array.Empty<string>();

    public IEnumerable<string> Paths => _notes.Keys;

    public int Count => _notes.Count;
}
