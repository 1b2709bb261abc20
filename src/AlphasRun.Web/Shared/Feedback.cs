namespace AlphasRun.Web;

/// <summary>How an outcome is shown: a success, a refusal, or a note that is neither.</summary>
public enum FeedbackKind
{
    Success,
    Error,
    Info,
    Warning,
}

/// <summary>
/// What the last action told the person: a success line, the service's message when it refused, or a note.
/// Shown by <c>FeedbackAlert</c>, in the component that acted or (through <see cref="FlashMessages"/>) after a redirect.
/// </summary>
public sealed class Feedback
{
    public string? Message { get; private set; }

    public FeedbackKind Kind { get; private set; }

    public bool IsError => Kind == FeedbackKind.Error;

    /// <summary>When the outcome is a list (e.g. every problem of a refused form), one entry per line; otherwise empty.</summary>
    public IReadOnlyList<string> Lines { get; private set; } = [];

    /// <summary>The run action an "Undo" button next to the message posts (after a member cancelled), if any.</summary>
    public string? UndoOp { get; private set; }

    public void OfferUndo(string op) => UndoOp = op;

    public void Show(Result result, string? success)
    {
        ArgumentNullException.ThrowIfNull(result);
        Show(result.Succeeded ? success : result.Message, result.Succeeded ? FeedbackKind.Success : FeedbackKind.Error);
    }

    public void Show(string? message, FeedbackKind kind)
    {
        Message = message;
        Kind = kind;
        Lines = [];
    }

    /// <summary>Several lines in one alert, e.g. each problem of a refused form on its own line.</summary>
    public void ShowLines(IEnumerable<string> lines, FeedbackKind kind)
    {
        ArgumentNullException.ThrowIfNull(lines);
        string[] distinct = [.. lines.Distinct()];
        Show(distinct.Length == 0 ? null : string.Join(" ", distinct), kind);
        Lines = distinct.Length > 1 ? distinct : [];
    }

    public void Clear()
    {
        Message = null;
        Lines = [];
        UndoOp = null;
    }

    internal static Feedback Restore(string? message, FeedbackKind kind, IReadOnlyList<string>? lines = null, string? undoOp = null) =>
        new() { Message = message, Kind = kind, Lines = lines ?? [], UndoOp = undoOp };
}
