using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;
using ZApi.Contracts;

namespace ZApi.Contracts.Tests;

/// <summary>Contract verification of every spec in <c>specs/</c>: the lines a consumer's test project adds.</summary>
public sealed class SpecContractTests : IClassFixture<ContractVerifierFixture>
{
    private readonly ContractVerifier _verifier;

    public SpecContractTests(ContractVerifierFixture fixture) => _verifier = fixture.Verifier;

    public static TheoryData<ContractCase> Cases => ContractCases.TheoryData("specs");

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Contract(ContractCase contract) => _verifier.VerifyAsync(contract, ZApi.ZApiContractEntries.All);

    [Fact]
    public void Every_documented_status_of_every_spec_is_a_case()
    {
        Assert.Equal(
            new[]
            {
                "add-contacts 200", "get-colors 200", "old-endpoint 204", "read-everything 200", "read-everything 405",
                "send-text 200", "send-text 405", "send-text 415",
                "create-instance 201", "create-instance 405", "create-instance 415",
                "list-instances 201", "list-instances 405", "list-instances 415",
                "sign-instance 201", "sign-instance 405", "sign-instance 415",
                "unsubscribe-instance 201", "unsubscribe-instance 405", "unsubscribe-instance 415",
                "update-instance 201", "update-instance 405", "update-instance 415",
            },
            ContractCases.FromDirectory("specs").Select(c => c.ToString()));
    }
}
