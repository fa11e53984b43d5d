using System;
using System.IO;

namespace ZApi.Tool.Commands;

/// <summary>Runs a verb: a usage problem or an unreadable file is one line on stderr and exit code 2, never a stack trace.</summary>
internal static class Run
{
    public static int Safely(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (UsageException exception)
        {
            Console.Error.WriteLine("zapi: " + exception.Message);
            return ToolExit.Usage;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Console.Error.WriteLine("zapi: " + exception.Message);
            return ToolExit.Usage;
        }
        catch (Exception exception) when (Environment.GetEnvironmentVariable("ZAPI_TOOL_STACK") != "1")
        {
            // A bug of the tool, not of the user's input: one line, and how to get the whole story.
            Console.Error.WriteLine($"zapi: internal error: {exception.GetType().Name}: {exception.Message} (set ZAPI_TOOL_STACK=1 for the stack trace, and please report it).");
            return ToolExit.Internal;
        }
    }
}
