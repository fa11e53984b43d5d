namespace ZApi.Tool.Commands;

/// <summary>The exit codes of every verb, as .NET CLI tools use them.</summary>
internal static class ToolExit
{
    /// <summary>Done; for <c>check</c>, no drift.</summary>
    public const int Success = 0;

    /// <summary>Findings: drift between specs and pages, or a page that could not be imported.</summary>
    public const int Findings = 1;

    /// <summary>A usage error: a bad argument, a missing or unreadable file.</summary>
    public const int Usage = 2;

    /// <summary>A bug of the tool: one line on stderr, never a stack trace unless ZAPI_TOOL_STACK=1.</summary>
    public const int Internal = 3;
}

/// <summary>A problem with what the user asked for (a path that does not exist, an unreadable page): one line, exit code 2.</summary>
internal sealed class UsageException : System.Exception
{
    public UsageException(string message)
        : base(message)
    {
    }
}
