using FluentValidation;
using FluentValidation.Results;

namespace AlphasRun.Application.Plans.Editing;

/// <summary>The validator's verdict on a plan, looked up by field path so each message can sit beside its field.</summary>
public sealed class PlanChecks
{
    private readonly ILookup<string, ValidationFailure> _byPath;

    public PlanChecks(IEnumerable<ValidationFailure> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        All = [.. failures];
        _byPath = All.ToLookup(f => f.PropertyName, StringComparer.Ordinal);
    }

    public static PlanChecks None { get; } = new([]);

    public IReadOnlyList<ValidationFailure> All { get; }

    public IEnumerable<ValidationFailure> Errors => All.Where(f => f.Severity == Severity.Error);

    public IEnumerable<ValidationFailure> Warnings => All.Where(f => f.Severity != Severity.Error);

    /// <summary>Errors block saving and publishing; warnings do not.</summary>
    public bool HasErrors => Errors.Any();

    public string? ErrorFor(string path) =>
        _byPath[path].FirstOrDefault(f => f.Severity == Severity.Error)?.ErrorMessage;

    public IEnumerable<string> WarningsFor(string path) =>
        _byPath[path].Where(f => f.Severity != Severity.Error).Select(f => f.ErrorMessage);

    /// <summary>Errors at <paramref name="path"/> itself (not its fields), e.g. a week's "too many sessions".</summary>
    public IEnumerable<string> ErrorsAt(string path) =>
        _byPath[path].Where(f => f.Severity == Severity.Error).Select(f => f.ErrorMessage);
}
