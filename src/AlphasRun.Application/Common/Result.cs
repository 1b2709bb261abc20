namespace AlphasRun.Application.Common;

/// <summary>One problem to show a person; <see cref="Field"/> names the form field it belongs beside, if any.</summary>
public sealed record Problem(string Message, string? Field = null);

/// <summary>The outcome of a use case: success, or the problems to show. Services return this instead of throwing at people.</summary>
public class Result
{
    protected Result(IReadOnlyList<Problem> problems, bool forbidden = false, bool notFound = false)
    {
        Problems = problems;
        IsForbidden = forbidden;
        IsNotFound = notFound;
    }

    public IReadOnlyList<Problem> Problems { get; }

    public bool Succeeded => Problems.Count == 0;

    /// <summary>The caller may not do this, whatever the UI showed.</summary>
    public bool IsForbidden { get; }

    public bool IsNotFound { get; }

    public string Message => string.Join(" ", Problems.Select(p => p.Message));

    public static Result Ok() => new([]);

    public static Result Fail(string message, string? field = null) => new([new Problem(message, field)]);

    public static Result Fail(IEnumerable<Problem> problems) => new([.. problems]);

    public const string ForbiddenMessage = "You don't have permission to do that.";

    public static Result Forbidden() => new([new Problem(ForbiddenMessage)], forbidden: true);

    /// <summary>The failed answer the use-case pipeline builds (forbidden, or the validators' problems).</summary>
    public static Result FromProblems(IReadOnlyList<Problem> problems, bool forbidden) => new(problems, forbidden);

    public static Result NotFound(string message) => new([new Problem(message)], notFound: true);
}

public sealed class Result<T> : Result
{
    private Result(T? value, IReadOnlyList<Problem> problems, bool forbidden = false, bool notFound = false)
        : base(problems, forbidden, notFound) => Value = value;

    public T? Value { get; }

    public static Result<T> Ok(T value) => new(value, []);

    public static new Result<T> Fail(string message, string? field = null) => new(default, [new Problem(message, field)]);

    public static new Result<T> Fail(IEnumerable<Problem> problems) => new(default, [.. problems]);

    public static new Result<T> Forbidden() => new(default, [new Problem(ForbiddenMessage)], forbidden: true);

    public static new Result<T> FromProblems(IReadOnlyList<Problem> problems, bool forbidden) => new(default, problems, forbidden);

    public static new Result<T> NotFound(string message) => new(default, [new Problem(message)], notFound: true);

    public static Result<T> From(Result failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new(default, failure.Problems, failure.IsForbidden, failure.IsNotFound);
    }
}
