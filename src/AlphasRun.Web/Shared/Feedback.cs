using AlphasRun.Application.Common;

namespace AlphasRun.Web;

/// <summary>What the last action told the person: a success line, or the service's message when it refused.</summary>
public sealed class Feedback
{
    public string? Message { get; private set; }

    public bool IsError { get; private set; }

    /// <summary>The run action an "Undo" button next to the message posts (after a member cancelled), if any.</summary>
    public string? UndoOp { get; private set; }

    public void OfferUndo(string op) => UndoOp = op;

    public void Show(Result result, string? success)
    {
        ArgumentNullException.ThrowIfNull(result);
        IsError = !result.Succeeded;
        Message = result.Succeeded ? success : result.Message;
    }

    public void Clear()
    {
        Message = null;
        UndoOp = null;
    }

    internal static Feedback Restore(string? message, bool isError, string? undoOp = null) => new() { Message = message, IsError = isError, UndoOp = undoOp };
}
