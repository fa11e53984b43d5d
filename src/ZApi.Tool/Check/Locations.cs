using System;
using System.IO;

namespace ZApi.Tool.Check;

/// <summary>
/// How a drift is printed: located on both sides in the forms editors and CI read. Text:
/// <c>specs/a.zapi.yaml(12,1): error : message [page: docs/a.md(40,1)]</c> (the compiler's form, which
/// editors' problem matchers read); GitHub: <c>::error file=…,line=…,col=…,title=…::message</c>. A drift
/// with no spec line (a new page) is located at the page; one with no page (a removed page) at the spec.
/// </summary>
internal static class Locations
{
    public static string Text(Drift drift)
    {
        if (!HasSpec(drift))
        {
            return $"{drift.PageFile}({drift.PageLine},1): error : {drift.Message}";
        }

        return $"{drift.SpecFile}({drift.SpecLine},1): error : {drift.Message}{PageSide(drift, p => $"{p.PageFile}({p.PageLine},1)")}";
    }

    public static string GitHub(Drift drift)
    {
        string title = $"zapi check ({drift.At})";
        if (!HasSpec(drift))
        {
            return $"::error file={drift.PageFile},line={drift.PageLine},col=1,title={title}::{Escape(drift.Message)}";
        }

        return $"::error file={drift.SpecFile},line={drift.SpecLine},col=1,title={title}::{Escape(drift.Message + PageSide(drift, p => $"{p.PageFile}:{p.PageLine}"))}";
    }

    private static bool HasSpec(Drift drift) => drift.SpecFile != "-" && drift.SpecLine > 0;

    private static string PageSide(Drift drift, Func<Drift, string> where) =>
        drift.PageFile == "-" || drift.PageLine <= 0 ? string.Empty : $" [page: {where(drift)}]";

    /// <summary>The characters an annotation's message must not hold as they are.</summary>
    private static string Escape(string message) => message.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>
    /// A file as a line names it: relative to the current folder when it is under it (the
    /// repository's root, in CI: what annotations need), else its full path, which an editor
    /// opens from anywhere (never <c>../../../../</c>).
    /// </summary>
    public static string Display(string path)
    {
        string full = Path.GetFullPath(path);
        string current = Path.GetFullPath(Environment.CurrentDirectory);
        string relative = Path.GetRelativePath(current, full).Replace('\\', '/');
        if (!relative.StartsWith("../", StringComparison.Ordinal) && relative != ".." && !Path.IsPathRooted(relative))
        {
            return relative;
        }

        return full.Replace('\\', '/');
    }
}
