using System.Collections.Generic;
using System.Linq;
using System.IO;
using System.Text;
using ZApi.Specs.Model;

namespace ZApi.Contracts;

/// <summary>Collects every difference of one case, so a failure lists them all with expected and actual values.</summary>
internal sealed class ContractFailures
{
    private readonly string _header;
    private readonly List<(string What, string Expected, string Actual)> _differences = new();

    public ContractFailures(Spec spec, int status)
        : this($"Contract {spec.Id} {status} ({Path.GetFileName(spec.FilePath)}): the generated client differs from the documentation")
    {
    }

    /// <param name="header">What the differences are of, such as "Webhook contract received-text example 2".</param>
    public ContractFailures(string header) => _header = header;

    /// <summary>Which of several documented response examples is being checked (1-based), or null when there is one.</summary>
    public int? Example { get; set; }

    /// <summary>Which of several documented request examples is being sent (1-based), or null when there is one.</summary>
    public int? RequestExample { get; set; }

    private readonly List<string> _secrets = new();

    /// <summary>
    /// A value never to print (a token of a recording: credential headers, the instance route, members
    /// named like a token); the message shows <c>***</c> wherever it would appear.
    /// </summary>
    public void Hide(string? secret)
    {
        if (secret is { Length: >= 4 } && !_secrets.Contains(secret))
        {
            _secrets.Add(secret);
        }
    }

    public void Add(string what, string expected, string actual) =>
        _differences.Add((what + Where(), expected, actual));

    private string Where() => (Example, RequestExample) switch
    {
        (null, null) => string.Empty,
        (int response, null) => $" (example {response})",
        (null, int request) => $" (request example {request})",
        (int response, int request) => $" (request example {request}, response example {response})",
    };

    public void ThrowIfAny()
    {
        if (_differences.Count == 0)
        {
            return;
        }

        var message = new StringBuilder()
            .Append($"{_header} in {_differences.Count} place(s).");
        foreach ((string what, string expected, string actual) in _differences)
        {
            message.Append($"\n- {what}\n    expected: {expected}\n    actual:   {actual}");
        }

        string text = message.ToString();
        foreach (string secret in _secrets.OrderByDescending(s => s.Length))
        {
            text = text.Replace(secret, "***");
        }

        throw new ContractViolationException(text);
    }
}
