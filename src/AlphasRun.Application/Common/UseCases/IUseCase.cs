namespace AlphasRun.Application.Common.UseCases;

/// <summary>
/// The input of one use case; <typeparamref name="TResponse"/> is what its handler answers. Send it through
/// <see cref="IUseCases"/>, never to the handler directly: the pipeline authorizes, validates and turns
/// conflicts into a <see cref="Result"/> on the way (docs/decisions/0015-use-cases.md).
/// </summary>
/// <remarks>Every request type carries exactly one access attribute: <see cref="PublicAttribute"/> or <see cref="RequiresPolicyAttribute"/>.</remarks>
public interface IUseCase<TResponse>;

/// <summary>Does the work of one use case, after the pipeline has let the request through.</summary>
public interface IUseCaseHandler<in TRequest, TResponse>
    where TRequest : IUseCase<TResponse>
{
    Task<TResponse> HandleAsync(TRequest request, Caller caller, CancellationToken cancellationToken);
}

/// <summary>Sends a use case through the pipeline to its handler.</summary>
public interface IUseCases
{
    Task<TResponse> SendAsync<TResponse>(IUseCase<TResponse> request, CancellationToken cancellationToken = default);
}

/// <summary>A request that carries a form a person filled in; the pipeline validates the form with its own validator, field names as on the form.</summary>
public interface IFormRequest<out TForm>
    where TForm : class
{
    TForm Form { get; }
}

/// <summary>A request about something a member owns (their entry, their registration): the pipeline asks the database whether the caller owns it.</summary>
public interface IOwnershipCheck<in TRequest>
{
    Task<bool> IsOwnedByAsync(TRequest request, string userId, CancellationToken cancellationToken);
}

/// <summary>What kind of conflict the database reported when the handler saved.</summary>
public enum ConflictKind
{
    /// <summary>The row changed since the caller loaded it (a concurrency token no longer matched).</summary>
    SavedInBetween,

    /// <summary>A unique index refused the row (e.g. a web address another row already uses).</summary>
    AlreadyTaken,
}

/// <summary>A handler that can say, in words a person understands, what the conflict was (who saved in between, which address is taken).</summary>
public interface IDescribesConflicts<in TRequest>
{
    Task<Problem> DescribeConflictAsync(TRequest request, ConflictKind kind, CancellationToken cancellationToken);
}
