using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace ZApi.Contracts.Tests;

/// <summary>
/// Recorded traffic: HAR recordings written for these tests (instance ids and tokens redacted), one
/// verdict each. <c>Recordings/pass</c> holds what the client must accept (a success, a documented
/// error, 200 for a documented 201, "false" for false, a number for a digit string, the recorded
/// path and query values); <c>Recordings/drift</c> what it must reject, with the member and what the
/// spec would have to say.
/// </summary>
public sealed class RecordedTrafficTests
{
    public static IEnumerable<object[]> Passing => RecordedCases.TestData("Recordings/pass", ZApi.ZApiContractEntries.Specs);

    [Theory]
    [MemberData(nameof(Passing))]
    public Task A_recorded_exchange_the_client_handles_passes(RecordedCase recorded) =>
        ContractVerifier.Shared.VerifyAsync(recorded, ZApi.ZApiContractEntries.All);

    [Fact]
    public void Every_recorded_exchange_is_a_case_named_by_file_entry_call_and_spec()
    {
        string[] names = RecordedCases.FromHar(Folder("pass"), ZApi.ZApiContractEntries.Specs).Select(c => c.ToString()).ToArray();

        Assert.Equal(
            new[]
            {
                "archive-chat.har #1 POST /instances/***/token/***/modify-chat 200 (archive-chat)",
                "create-instance.har #1 POST /instances/integrator/on-demand 200 (create-instance)",
                "get-chats.har #1 GET /instances/***/token/***/chats 200 (get-chats)",
                "get-metadata-chat.har #1 GET /instances/***/token/***/chats/5511977776666 200 (get-metadata-chat)",
                "send-text.har #1 POST /instances/***/token/***/send-text 200 (send-text)",
                "send-text.har #2 POST /instances/***/token/***/send-text 405 (send-text)",
            },
            names);
    }

    [Fact]
    public async Task A_renamed_required_member_fails_naming_it_and_the_new_name()
    {
        string message = await Fails("renamed-member.har");

        Assert.Contains("Recorded renamed-member.har #1 POST /instances/***/token/***/send-text 200 (send-text)", message);
        Assert.Contains("- reading the recorded 200 response\n    expected: read as the documented success\n    actual:   ZApiException:", message);
        Assert.Contains("- response member \"zaapId\"\n    expected: present (required in the spec)\n    actual:   absent; the recording has \"zapId\" instead, which the spec does not describe: the spec would have to rename \"zaapId\" to \"zapId\"", message);
        Assert.DoesNotContain("3C01REDACTEDID", message);
        Assert.DoesNotContain("REDACTEDTOKEN", message);
    }

    [Fact]
    public async Task A_value_of_another_type_fails_with_the_type_the_spec_would_need()
    {
        string message = await Fails("wrong-type.har");

        Assert.Contains("- response member \"value\"\n    expected: boolean\n    actual:   \"yes\": the spec would have to say type: string", message);
    }

    [Fact]
    public async Task A_boolean_recorded_as_a_digit_string_fails_because_the_client_refuses_it()
    {
        // The shared read forms (ReadForms): "true"/"false" read as booleans, "1"/"0" do not.
        string message = await Fails("boolean-as-digit.har");

        Assert.Contains("- response member \"value\"\n    expected: boolean\n    actual:   \"1\": the spec would have to say type: string", message);
    }

    [Fact]
    public async Task A_recorded_request_member_the_spec_lacks_fails_because_the_client_cannot_send_it()
    {
        string message = await Fails("unknown-request-member.har");

        Assert.Contains("- request member \"sendAsPoll\"\n    expected: true\n    actual:   (not sent: the spec has no such attribute; it would have to list it under request.body)", message);
    }

    [Fact]
    public async Task A_call_no_compiled_spec_has_fails_and_says_to_add_one()
    {
        string message = await Fails("unknown-route.har");

        Assert.Contains("no compiled spec has the method POST and this route", message);
        Assert.Contains("/instances/***/token/***/send-hologram", message);
        Assert.DoesNotContain("REDACTEDTOKEN", message);
    }

    [Fact]
    public async Task A_failure_never_prints_a_recorded_token()
    {
        string message = await Fails("renamed-token.har");

        Assert.Contains("- response member \"token\"\n    expected: present (required in the spec)\n    actual:   absent; the recording has \"instanceToken\" instead", message);
        Assert.Contains("- request member \"partnerToken\"\n    expected: \"***\"\n    actual:   (not sent", message);
        Assert.DoesNotContain("PARTNER-SECRET-1234", message);
        Assert.DoesNotContain("NEW-INSTANCE-SECRET-5678", message);
    }

    [Fact]
    public async Task A_success_status_with_a_body_that_is_not_json_fails()
    {
        string message = await Fails("undocumented-status-as-success.har");

        Assert.Contains("- reading the recorded 200 response", message);
        Assert.Contains("- response body\n    expected: JSON, as the spec documents\n    actual:   <html>Bad gateway</html>", message);
    }

    [Fact]
    public async Task The_same_exchanges_pass_when_the_client_reads_them_and_fail_when_it_drops_a_member()
    {
        // Control: the passing send-text recording fails once the entry drops a member it read.
        RecordedCase recorded = RecordedCases.FromHar(Folder("pass") + "/send-text.har", ZApi.ZApiContractEntries.Specs).First();
        ContractEntry real = ContractEntries.From(ZApi.ZApiContractEntries.All["send-text"]);
        ContractEntry dropsMessageId = async (http, token, parameters, request, cancellationToken) =>
        {
            ContractOutcome outcome = await real(http, token, parameters, request, cancellationToken);
            var read = System.Text.Json.Nodes.JsonNode.Parse(outcome.Json!)!.AsObject();
            read.Remove("messageId");
            return outcome with { Json = read.ToJsonString() };
        };

        ContractViolationException failure = await Assert.ThrowsAsync<ContractViolationException>(
            () => ContractVerifier.Shared.VerifyAsync(recorded, new Dictionary<string, ContractEntry> { ["send-text"] = dropsMessageId }));
        Assert.Contains("- response member \"messageId\"\n    expected: \"3EB0C767D26A1D7F32A1\"\n    actual:   (dropped by the client)", failure.Message.Replace("\r\n", "\n"));
    }

    private static async Task<string> Fails(string drift)
    {
        RecordedCase recorded = Assert.Single(RecordedCases.FromHar(Folder("drift") + "/" + drift, ZApi.ZApiContractEntries.Specs));
        ContractViolationException failure = await Assert.ThrowsAsync<ContractViolationException>(() => ContractVerifier.Shared.VerifyAsync(recorded, ZApi.ZApiContractEntries.All));
        return failure.Message.Replace("\r\n", "\n");
    }

    private static string Folder(string name, [System.Runtime.CompilerServices.CallerFilePath] string source = "") =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(source)!, "Recordings", name);
}
