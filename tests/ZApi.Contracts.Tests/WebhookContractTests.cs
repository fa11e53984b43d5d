using System.Collections.Generic;
using System;
using System.IO;
using System.Linq;
using Xunit;
using ZApi.Contracts;

namespace ZApi.Contracts.Tests;

/// <summary>
/// Every documented webhook example of every event spec the client was compiled from: it becomes the
/// event of its spec with every documented member read. Then the same check on broken copies of a
/// spec (a renamed member, a changed type, a dropped discriminator), which must fail naming the difference.
/// </summary>
public sealed class WebhookContractTests
{
    public static IEnumerable<object[]> Cases => WebhookCases.TestData(ZApi.ZApiContractEntries.EventSpecs);

    private static readonly string ReceivedText = ZApi.ZApiContractEntries.EventSpecs["received-text"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Webhook(WebhookCase webhookCase) => WebhookVerifier.Verify(webhookCase, ZApi.ZApiContractEntries.ReadWebhook);

    [Fact]
    public void Every_example_of_every_event_spec_file_is_a_case()
    {
        int examples = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "specs"), "*.zapi.yaml", SearchOption.AllDirectories)
            .Sum(path => ZApi.Specs.Parsing.SpecParser.ParseFile(path).Event?.Examples.Count ?? 0);

        Assert.True(examples > 0);
        Assert.Equal(examples, WebhookCases.FromCompiled(ZApi.ZApiContractEntries.EventSpecs).Count());
    }

    [Fact]
    public void A_member_the_documentation_renamed_fails_naming_it()
    {
        string renamed = ReceivedText.Replace("- name: senderName", "- name: senderFullName").Replace("\"senderName\":", "\"senderFullName\":");

        string message = Fails(renamed);

        Assert.Contains("payload member \"senderFullName\"", message, StringComparison.Ordinal);
        Assert.Contains("(dropped by the client)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_type_fails_naming_the_kind_it_became()
    {
        string changed = ReceivedText.Replace("type: ReceivedCallback\n", "type: ReceivedCallbackV2\n").Replace("\"ReceivedCallback\"", "\"ReceivedCallbackV2\"");

        string message = Fails(changed);

        Assert.Contains("- kind\n    expected: 'received-text' (ReceivedTextEvent: \"type\" ReceivedCallbackV2, with a \"text\" object)\n    actual:   an unknown event (ZApiUnknownEvent)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dropped_discriminator_fails_naming_the_kind_it_became()
    {
        // The documentation moves the content under another member: the compiled reader no longer sees a text message.
        string dropped = ReceivedText.Replace("present: text\n", "present: body\n").Replace("- name: text\n", "- name: body\n").Replace("\"text\": {", "\"body\": {");

        string message = Fails(dropped);

        Assert.Contains("- kind\n    expected: 'received-text'", message, StringComparison.Ordinal);
        Assert.Contains("actual:   'received-message'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_read_differently_fails_with_both_values()
    {
        string message = Fails(ReceivedText, payload => (ZApi.ZApiContractEntries.ReadWebhook(payload).Kind, ZApi.ZApiContractEntries.ReadWebhook(payload).Json!.Replace("\"5544999999999\"", "\"0\"")));

        Assert.Contains("payload member \"phone\"", message, StringComparison.Ordinal);
        Assert.Contains("expected: \"5544999999999\"", message, StringComparison.Ordinal);
        Assert.Contains("actual:   \"0\"", message, StringComparison.Ordinal);
    }

    private static string Fails(string specText, WebhookReader? read = null)
    {
        ContractViolationException exception = Assert.Throws<ContractViolationException>(() => WebhookVerifier.Verify(new WebhookCase("received-text", 1, specText), read ?? ZApi.ZApiContractEntries.ReadWebhook));
        Assert.StartsWith("Webhook contract received-text example 1", exception.Message, StringComparison.Ordinal);
        return exception.Message;
    }
}
