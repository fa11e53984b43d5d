using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;
using ZApi.Contracts;

namespace ZApi.Contracts.Tests;

/// <summary>
/// Contract verification of every spec the client was compiled from (<c>specs/</c> and the feature
/// fixtures): the lines a consumer's test project adds. The cases come from the compiled client
/// (<c>ZApiContractEntries.Specs</c>), as they do for a consumer of the built-in catalogue.
/// </summary>
public sealed class SpecContractTests : IClassFixture<ContractVerifierFixture>
{
    private readonly ContractVerifier _verifier;

    public SpecContractTests(ContractVerifierFixture fixture) => _verifier = fixture.Verifier;

    public static IEnumerable<object[]> Cases => ContractCases.TestData(ZApi.ZApiContractEntries.Specs);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Contract(ContractCase contract) => _verifier.VerifyAsync(contract, ZApi.ZApiContractEntries.All);

    [Fact]
    public void Every_documented_status_of_every_spec_file_is_a_case_of_the_compiled_client()
    {
        string[] compiled = ContractCases.FromCompiled(ZApi.ZApiContractEntries.Specs).Select(c => c.ToString()).OrderBy(c => c, System.StringComparer.Ordinal).ToArray();
        string[] files = ContractCases.FromDirectory("specs").Select(c => c.ToString()).OrderBy(c => c, System.StringComparer.Ordinal).ToArray();
        int statuses = Directory.GetFiles(Path.Combine(System.AppContext.BaseDirectory, "specs"), "*.zapi.yaml", SearchOption.AllDirectories)
            .Sum(path => ZApi.Specs.Parsing.SpecParser.ParseFile(path).Spec?.Responses.Count ?? 0);

        Assert.Equal(files, compiled);
        Assert.Equal(statuses, compiled.Length);
        Assert.Contains("send-text 200", compiled);
        Assert.Contains("create-instance 201", compiled);
        Assert.Contains("read-everything 405", compiled);

        // The count CI prints beside the test totals (.ci/run reads it).
        int specs = ZApi.ZApiContractEntries.Specs.Count;
        int webhookCases = WebhookCases.FromCompiled(ZApi.ZApiContractEntries.EventSpecs).Count();
        for (DirectoryInfo? folder = new(System.AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ZApi.Generator.sln")))
            {
                Directory.CreateDirectory(Path.Combine(folder.FullName, "artifacts"));
                File.WriteAllText(Path.Combine(folder.FullName, "artifacts", "contract-cases.txt"), $"{compiled.Length} contract cases ({specs} specs, each documented status), {webhookCases} webhook cases ({ZApi.ZApiContractEntries.EventSpecs.Count} event specs, each documented example)\n");
                break;
            }
        }
    }
}
