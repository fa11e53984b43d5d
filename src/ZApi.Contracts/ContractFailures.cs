using System.Collections.Generic;
using System.IO;
using System.Text;
using ZApi.Specs.Model;

namespace ZApi.Contracts;

/// <summary>Collects every difference of one case, so a failure lists them all with expected and actual values.</summary>
internal sealed class ContractFailures
{
    private readonly Spec _spec;
    private readonly int _status;
    private readonly List<(string What, string Expected, string Actual)> _differences = new();

    public ContractFailures(Spec spec, int status)
    {
        _spec = spec;
        _status = status;
    }

    /// <summary>Which of several documented examples is being checked (1-based), or null when there is one.</summary>
    public int? Example { get; set; }

    public void Add(string what, string expected, string actual) =>
        _differences.Add((Example is null ? what : $"{what} (example {Example})", expected, actual));

    public void ThrowIfAny()
    {
        if (_differences.Count == 0)
        {
            return;
        }

        var message = new StringBuilder()
            .Append($"Contract {_spec.Id} {_status} ({Path.GetFileName(_spec.FilePath)}): the generated client differs from the documentation in {_differences.Count} place(s).");
        foreach ((string what, string expected, string actual) in _differences)
        {
            message.Append($"\n- {what}\n    expected: {expected}\n    actual:   {actual}");
        }

        throw new ContractViolationException(message.ToString());
    }
}
