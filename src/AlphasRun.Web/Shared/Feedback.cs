using AlphasRun.Application.Common;

namespace AlphasRun.Web;

/// <summary>What the last action told the person: a success line, or the service's message when it refused.</summary>
public sealed class Feedback
{
    public string? Message { get; private set; }

    public bool IsError { get; private set; }

    public void Show(Result result, string? success)
    {
        ArgumentNullException.ThrowIfNull(result);
        IsError = !result.Succeeded;
        Message = result.Succeeded ? success : result.Message;
    }

    public void Clear() => Message = null;

    internal static Feedback Restore(string? message, bool isError) => new() { Message = message, IsError = isError };
}
