using System.Collections.Generic;
using ZApi.Benchmarks.Paired;

namespace ZApi.Benchmarks.Webhooks;

/// <summary>
/// <c>--webhooks --paired</c>: STJ/generated for each documented payload by <see cref="PairedRounds"/>, the
/// two parsers alternating in rounds of about 20 ms, the median of 21 rounds. The same payloads and
/// parsers as <see cref="WebhookParsingBenchmarks"/>, whose set-up (the equivalence checks, then a
/// warm-up of every payload in turn) runs first. The parsers are measured one payload after another in
/// one process, so the JIT's view of the generated reader comes from every kind, as in a server.
/// </summary>
internal static class WebhookPairedRatios
{
    public static List<PairedRounds.Result> Run(int rounds = 21)
    {
        var benchmarks = new WebhookParsingBenchmarks();
        benchmarks.Setup();
        return new List<PairedRounds.Result>
        {
            Pair(WebhookParsingBenchmarks.ReceivedText, () => benchmarks.Stj_ReceivedText(), () => benchmarks.Generated_ReceivedText(), rounds),
            Pair(WebhookParsingBenchmarks.ReceivedImage, () => benchmarks.Stj_ReceivedImage(), () => benchmarks.Generated_ReceivedImage(), rounds),
            Pair(WebhookParsingBenchmarks.MessageStatus, () => benchmarks.Stj_MessageStatus(), () => benchmarks.Generated_MessageStatus(), rounds),
            Pair(WebhookParsingBenchmarks.Connected, () => benchmarks.Stj_Connected(), () => benchmarks.Generated_Connected(), rounds),
            Pair(WebhookParsingBenchmarks.ReceivedCall, () => benchmarks.Stj_ReceivedCall(), () => benchmarks.Generated_ReceivedCall(), rounds),
        };
    }

    private static PairedRounds.Result Pair(string payload, System.Action stj, System.Action generated, int rounds) =>
        PairedRounds.Pair($"webhook parsing {payload} STJ/generated", stj, generated, 2.0, atMost: false, rounds, roundMilliseconds: 20);
}
