using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit;
using ZApi.Contracts;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;

namespace ZApi.Contracts.Tests;

/// <summary>
/// The harness must fail on broken code. Each test breaks one thing on purpose (a spec copy that
/// documents something else, or a client entry that misbehaves) and checks the failure names the
/// spec and the difference. The real specs are never edited.
/// </summary>
public sealed class MutationTests : IClassFixture<ContractVerifierFixture>
{
    private static readonly string SpecPath = Path.Combine(AppContext.BaseDirectory, "specs", "partner", "create-instance.zapi.yaml");
    private static readonly string SpecText = File.ReadAllText(SpecPath);
    private static readonly ContractEntry RealEntry = ContractEntries.From(ZApi.ZApiContractEntries.All["create-instance"]);

    private readonly ContractVerifier _verifier;

    public MutationTests(ContractVerifierFixture fixture) => _verifier = fixture.Verifier;

    [Fact]
    public async Task The_unbroken_spec_and_client_pass()
    {
        await _verifier.VerifyAsync(Spec(SpecText), 201, RealEntry);
    }

    [Fact]
    public async Task A_route_that_differs_between_spec_and_client_fails()
    {
        string message = await Fails(Spec(SpecText.Replace("route: /instances/integrator/on-demand", "route: /instances/integrator/on-demand/v2")), 201, RealEntry);

        Assert.Contains("- route\n    expected: /instances/integrator/on-demand/v2\n    actual:   /instances/integrator/on-demand", message);
    }

    [Fact]
    public async Task A_wrong_http_method_fails()
    {
        string message = await Fails(Spec(SpecText.Replace("method: POST", "method: PUT")), 201, RealEntry);

        Assert.Contains("- HTTP method\n    expected: PUT\n    actual:   POST", message);
    }

    [Fact]
    public async Task A_renamed_attribute_fails()
    {
        string renamed = SpecText.Replace("- name: sessionName", "- name: session_name").Replace("\"sessionName\":", "\"session_name\":");

        string message = await Fails(Spec(renamed), 201, RealEntry);

        // The documented body has "session_name"; the generated client knows only "sessionName", so it does not send it.
        Assert.Contains("- request body (JSON, member order ignored)\n    expected: {\"name\":\"Instancia Z-API - 9292812\",\"session_name\":\"Testes testes\"", message);
        string actualLine = message.Substring(message.IndexOf("    actual:", message.IndexOf("- request body", StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.DoesNotContain("session_name", actualLine);
    }

    [Fact]
    public async Task A_missing_credential_header_fails()
    {
        string message = await Fails(Spec(SpecText.Replace("credentials: partner-token", "credentials: client-token")), 201, RealEntry);

        Assert.Contains("- credential header Client-Token\n    expected: contract-test-token\n    actual:   (missing)", message);
    }

    [Fact]
    public async Task A_missing_content_type_fails()
    {
        ContractEntry withoutContentType = async (http, token, parametersJson, requestJson, cancellationToken) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "instances/integrator/on-demand");
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(requestJson!));
            using HttpResponseMessage response = await http.SendAsync(request, cancellationToken);
            return new ContractOutcome(false, 0, null, await response.Content.ReadAsStringAsync(cancellationToken), null);
        };

        string message = await Fails(Spec(SpecText), 201, withoutContentType);

        Assert.Contains("- Content-Type\n    expected: application/json\n    actual:   (missing)", message);
    }

    [Fact]
    public async Task A_response_member_the_client_drops_fails()
    {
        ContractEntry dropsToken = async (http, token, parametersJson, requestJson, cancellationToken) =>
        {
            ContractOutcome outcome = await RealEntry(http, token, parametersJson, requestJson, cancellationToken);
            var read = System.Text.Json.Nodes.JsonNode.Parse(outcome.Json!)!.AsObject();
            read.Remove("token");
            return outcome with { Json = read.ToJsonString() };
        };

        string message = await Fails(Spec(SpecText), 201, dropsToken);

        Assert.Contains("- response member \"token\"\n    expected: \"8900LS009W0011OOOPPIPIP00912OOLCKAOOOE009919\"\n    actual:   (dropped by the client)", message);
    }

    [Fact]
    public async Task A_documented_error_that_does_not_raise_the_typed_exception_fails()
    {
        ContractEntry swallowsErrors = async (http, token, parametersJson, requestJson, cancellationToken) =>
        {
            await RealEntry(http, token, parametersJson, requestJson, cancellationToken);
            return new ContractOutcome(false, 0, null, null, null);
        };

        string message = await Fails(Spec(SpecText), 405, swallowsErrors);

        Assert.Contains("Contract create-instance 405", message);
        Assert.Contains("no exception: the client treated the error as success", message);
    }

    [Fact]
    public async Task A_documented_hint_the_client_does_not_report_fails()
    {
        string message = await Fails(Spec(SpecText.Replace("Neste caso certifique", "Verifique")), 405, RealEntry);

        Assert.Contains("- ZApiException.Hint", message);
    }

    private static Spec Spec(string text)
    {
        SpecParseResult parsed = SpecParser.Parse(SpecPath, text);
        return parsed.Spec ?? throw new InvalidOperationException(string.Join("\n", parsed.Errors));
    }

    private async Task<string> Fails(Spec spec, int status, ContractEntry entry)
    {
        ContractViolationException failure = await Assert.ThrowsAsync<ContractViolationException>(() => _verifier.VerifyAsync(spec, status, entry, CancellationToken.None));
        Assert.Contains($"Contract {spec.Id} {status} (create-instance.zapi.yaml)", failure.Message);
        return failure.Message.Replace("\r\n", "\n");
    }
}
