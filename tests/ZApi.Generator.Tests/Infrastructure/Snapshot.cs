using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace ZApi.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot assertions with Verify's conventions, so moving to Verify.SourceGenerators is a
/// one-line change where that package is available:
/// <c>&lt;Class&gt;.&lt;Method&gt;#&lt;HintName&gt;.verified.cs</c> beside the test file, a
/// <c>.received.</c> file and a readable diff on mismatch, and <c>ZAPI_ACCEPT_SNAPSHOTS=1</c> to accept.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "ZAPI_ACCEPT_SNAPSHOTS";

    /// <summary>
    /// Compares each generated source with <c>&lt;Class&gt;.&lt;Method&gt;#&lt;HintName&gt;.verified.cs</c>;
    /// writes every mismatch before failing, so one run shows them all.
    /// </summary>
    public static void MatchSources(IEnumerable<(string HintName, string Source)> sources, [CallerFilePath] string testFile = "", [CallerMemberName] string testMethod = "")
    {
        var failures = new List<string>();
        foreach ((string hintName, string source) in sources)
        {
            string name = $"{Path.GetFileNameWithoutExtension(testFile)}.{testMethod}#{Path.GetFileNameWithoutExtension(hintName)}";
            string text = $"//HintName: {hintName}\n" + Scrub(source);
            string? failure = Compare(Path.GetDirectoryName(testFile)!, name, ".cs", text);
            if (failure is not null)
            {
                failures.Add(failure);
            }
        }

        if (failures.Count > 0)
        {
            throw new XunitException(string.Join("\n\n", failures));
        }
    }

    /// <summary>Compares text (diagnostics, listings) with <c>&lt;Class&gt;.&lt;Method&gt;.verified.txt</c>.</summary>
    public static void MatchText(string text, [CallerFilePath] string testFile = "", [CallerMemberName] string testMethod = "", string? suffix = null)
    {
        string name = $"{Path.GetFileNameWithoutExtension(testFile)}.{testMethod}" + (suffix is null ? string.Empty : "_" + suffix);
        string? failure = Compare(Path.GetDirectoryName(testFile)!, name, ".txt", Scrub(text));
        if (failure is not null)
        {
            throw new XunitException(failure);
        }
    }

    /// <summary>Null when the snapshot matches (or was accepted); otherwise why not, with a diff.</summary>
    private static string? Compare(string directory, string name, string extension, string received)
    {
        string verifiedPath = Path.Combine(directory, name + ".verified" + extension);
        string receivedPath = Path.Combine(directory, name + ".received" + extension);
        string? verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;

        if (verified == received)
        {
            File.Delete(receivedPath);
            return null;
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(verifiedPath, received, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return null;
        }

        File.WriteAllText(receivedPath, received, new UTF8Encoding(false));
        return verified is null
            ? $"No snapshot yet: {verifiedPath}\nReview {receivedPath}; accept it by renaming it to .verified{extension} or by running the tests with {AcceptVariable}=1."
            : $"Snapshot mismatch: {verifiedPath}\nReceived: {receivedPath} (accept with {AcceptVariable}=1)\n{Diff(verified, received)}";
    }

    /// <summary>Line endings to '\n'; the generator version scrubbed so a release does not rewrite every snapshot.</summary>
    private static string Scrub(string text) =>
        Normalize(text).Replace($"\"ZApi.Generator\", \"{GeneratorInfo.Version}\"", "\"ZApi.Generator\", \"{version}\"");

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimStart('\uFEFF');

    private static string Diff(string verified, string received)
    {
        DiffPaneModel diff = InlineDiffBuilder.Diff(verified, received);
        var builder = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < diff.Lines.Count && shown < 60; i++)
        {
            DiffPiece line = diff.Lines[i];
            if (line.Type == ChangeType.Unchanged)
            {
                continue;
            }

            builder.Append(line.Type == ChangeType.Inserted ? "+ " : "- ").Append(line.Position?.ToString() ?? "?").Append(": ").AppendLine(line.Text);
            shown++;
        }

        return builder.ToString();
    }
}
