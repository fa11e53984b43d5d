using System;

namespace ZApi.Contracts;

/// <summary>The generated client does not do what the documentation shows; the message names the spec, the status and the difference.</summary>
public sealed class ContractViolationException : Exception
{
    public ContractViolationException(string message)
        : base(message)
    {
    }
}
