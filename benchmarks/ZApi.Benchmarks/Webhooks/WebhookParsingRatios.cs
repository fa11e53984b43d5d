using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ZApi.Benchmarks.Webhooks;

/// <summary>The webhook parsing ratios, one plain line per payload a script can grep.</summary>
internal static class WebhookParsingRatios
{
    /// <summary>The benchmark method's suffix for each payload (<c>Generated_ReceivedText</c>, <c>Stj_ReceivedText</c>, ...).</summary>
    private static readonly (string Payload, string Suffix)[] Payloads =
    {
        (WebhookParsingBenchmarks.ReceivedText, "ReceivedText"),
        (WebhookParsingBenchmarks.ReceivedImage, "ReceivedImage"),
        (WebhookParsingBenchmarks.MessageStatus, "MessageStatus"),
        (WebhookParsingBenchmarks.Connected, "Connected"),
        (WebhookParsingBenchmarks.ReceivedCall, "ReceivedCall"),
    };

    public static void Print(IReadOnlyList<Measurement> all)
    {
        Console.WriteLine();
        Console.WriteLine("== ZApi.Benchmarks webhook parsing ratios ==");
        foreach ((string payload, string suffix) in Payloads)
        {
            Measurement? generated = all.FirstOrDefault(m => m.Method == "Generated_" + suffix);
            Measurement? stj = all.FirstOrDefault(m => m.Method == "Stj_" + suffix);
            if (generated is null || stj is null)
            {
                continue;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"webhook parsing {payload}: STJ/generated time ratio {stj.MeanNanoseconds / generated.MeanNanoseconds:F2}×, allocated generated {Bytes(generated.AllocatedBytes)} vs STJ {Bytes(stj.AllocatedBytes)}"));
        }
    }

    private static string Bytes(long? bytes) => bytes is long b ? b.ToString(CultureInfo.InvariantCulture) + " B" : "n/a";
}
