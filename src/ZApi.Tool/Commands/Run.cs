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
    }
}
