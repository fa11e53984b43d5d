using System;

namespace ZApi.Contracts;

/// <summary>
/// One <see cref="ContractVerifier"/> (one loopback WireMock.Net server) shared by the tests of a
/// class: <c>IClassFixture&lt;ContractVerifierFixture&gt;</c> in xunit. Any framework can use <see cref="ContractVerifier.Shared"/> instead.
/// </summary>
public sealed class ContractVerifierFixture : IDisposable
{
    public ContractVerifier Verifier { get; } = new();

    public void Dispose() => Verifier.Dispose();
}
