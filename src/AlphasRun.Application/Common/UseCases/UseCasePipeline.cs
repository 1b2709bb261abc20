using System.Collections.Concurrent;
using System.Reflection;
using AlphasRun.Domain.Common;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace AlphasRun.Application.Common.UseCases;

/// <summary>
/// The one pipeline every use case goes through: authorize (policy and ownership, against the database) → validate
/// (the request's validators and its form's) → handle → a concurrency-token or unique-index conflict, or a domain
/// rule the handler broke, becomes a <see cref="Result"/> with a message instead of an exception.
/// See docs/decisions/0015-use-cases.md.
/// </summary>
internal sealed class UseCasePipeline(IServiceProvider services) : IUseCases
{
    private static readonly ConcurrentDictionary<(Type Request, Type Response), object> Runners = new();

    public Task<TResponse> SendAsync<TResponse>(IUseCase<TResponse> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var runner = (Runner<TResponse>)Runners.GetOrAdd(
            (request.GetType(), typeof(TResponse)),
            static key => Activator.CreateInstance(typeof(Runner<,>).MakeGenericType(key.Request, key.Response))!);
        return runner.RunAsync(request, services, cancellationToken);
    }

    private abstract class Runner<TResponse>
    {
        public abstract Task<TResponse> RunAsync(IUseCase<TResponse> request, IServiceProvider services, CancellationToken cancellationToken);
    }

    private sealed class Runner<TRequest, TResponse> : Runner<TResponse>
        where TRequest : IUseCase<TResponse>
    {
        private static readonly AccessRule Access = AccessRule.Of(typeof(TRequest));

        /// <summary>The validator of the form the request carries (by the declared form type, not the instance's), if it carries one.</summary>
        private static readonly Type? FormValidator = typeof(TRequest).GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IFormRequest<>))
            .Select(i => typeof(IValidator<>).MakeGenericType(i.GetGenericArguments()[0]))
            .FirstOrDefault();

        private static object? FormOf(TRequest request) => request is IFormRequest<object> carrier ? carrier.Form : null;

        public override async Task<TResponse> RunAsync(IUseCase<TResponse> request, IServiceProvider services, CancellationToken cancellationToken)
        {
            var typed = (TRequest)request;
            var handler = services.GetRequiredService<IUseCaseHandler<TRequest, TResponse>>();

            var caller = Caller.Anonymous;
            if (Access.Policy is { } policy || Access.IdentifiesCaller)
            {
                var guard = services.GetRequiredService<AccessGuard>();
                var (allowed, userId) = await guard.CheckAsync(Access.Policy);
                if (!allowed)
                {
                    return Failures<TResponse>.Forbidden();
                }

                caller = userId is null ? Caller.Anonymous : new Caller(userId);
            }

            if (handler is IOwnershipCheck<TRequest> ownership
                && (caller.UserId is not { } owner || !await ownership.IsOwnedByAsync(typed, owner, cancellationToken)))
            {
                return Failures<TResponse>.Forbidden();
            }

            var problems = await ValidateAsync(typed, services, cancellationToken);
            if (problems.Count > 0)
            {
                return Failures<TResponse>.Fail(problems);
            }

            try
            {
                return await handler.HandleAsync(typed, caller, cancellationToken);
            }
            catch (DomainException ex) when (Failures<TResponse>.CanFail)
            {
                // The domain's invariants are the last line of defence: a rule the validators missed still reads as a message.
                return Failures<TResponse>.Fail([new Problem(ex.Message)]);
            }
            catch (DbUpdateConcurrencyException) when (Failures<TResponse>.CanFail)
            {
                return Failures<TResponse>.Fail([await DescribeAsync(handler, typed, ConflictKind.SavedInBetween, cancellationToken)]);
            }
            catch (DbUpdateException ex) when (Failures<TResponse>.CanFail && handler is IDescribesConflicts<TRequest>
                && services.GetRequiredService<IDbErrorClassifier>().IsUniqueViolation(ex))
            {
                return Failures<TResponse>.Fail([await DescribeAsync(handler, typed, ConflictKind.AlreadyTaken, cancellationToken)]);
            }
        }

        private static async Task<Problem> DescribeAsync(IUseCaseHandler<TRequest, TResponse> handler, TRequest request, ConflictKind kind, CancellationToken cancellationToken) =>
            handler is IDescribesConflicts<TRequest> describes
                ? await describes.DescribeConflictAsync(request, kind, cancellationToken)
                : new Problem("Someone else changed this while you were working on it. Reload to see their change, then make yours again.", ConflictProblem.Field);

        private static async Task<IReadOnlyList<Problem>> ValidateAsync(TRequest request, IServiceProvider services, CancellationToken cancellationToken)
        {
            // The form's own rules first; the request's (which may ask the database) only once the form is sound.
            List<Problem> problems = [];
            if (FormValidator is { } formValidatorType && FormOf(request) is { } form
                && services.GetService(formValidatorType) is IValidator formValidator)
            {
                Add(problems, await formValidator.ValidateAsync(new ValidationContext<object>(form), cancellationToken));
            }

            if (problems.Count == 0)
            {
                foreach (var validator in services.GetServices<IValidator<TRequest>>())
                {
                    Add(problems, await validator.ValidateAsync(request, cancellationToken));
                }
            }

            if (problems.Count > 0 && !Failures<TResponse>.CanFail)
            {
                throw new InvalidOperationException($"{typeof(TRequest).Name} has validators but its answer cannot carry problems; answer a Result.");
            }

            return problems;
        }

        private static void Add(List<Problem> problems, FluentValidation.Results.ValidationResult result) =>
            problems.AddRange(result.Errors.Where(e => e.Severity == Severity.Error).Select(e => new Problem(e.ErrorMessage, e.PropertyName)));
    }

    /// <summary>The access attribute of a request type, read once.</summary>
    private sealed record AccessRule(string? Policy, bool IdentifiesCaller)
    {
        public static AccessRule Of(Type request)
        {
            var policy = request.GetCustomAttribute<RequiresPolicyAttribute>();
            var open = request.GetCustomAttribute<PublicAttribute>();
            return (policy, open) switch
            {
                ({ } p, null) => new AccessRule(p.Policy, true),
                (null, { } o) => new AccessRule(null, o.IdentifiesCaller),
                _ => throw new InvalidOperationException($"{request.Name} must carry exactly one of [Public] or [RequiresPolicy]."),
            };
        }
    }

    /// <summary>Builds the failed answer of a use case whose answer is a <see cref="Result"/> (or <see cref="Result{T}"/>).</summary>
    private static class Failures<TResponse>
    {
        private static readonly Func<IReadOnlyList<Problem>, bool, TResponse>? Create = Find();

        public static bool CanFail => Create is not null;

        public static TResponse Forbidden() => Create is { } create
            ? create([new Problem(Result.ForbiddenMessage)], true)
            : throw new UnauthorizedAccessException($"{typeof(TResponse).Name} cannot say 'forbidden'; a use case with a policy must answer a Result.");

        public static TResponse Fail(IReadOnlyList<Problem> problems) => Create!(problems, false);

        private static Func<IReadOnlyList<Problem>, bool, TResponse>? Find()
        {
            if (!typeof(Result).IsAssignableFrom(typeof(TResponse)))
            {
                return null;
            }

            var method = typeof(TResponse).GetMethod(nameof(Result.FromProblems), BindingFlags.Public | BindingFlags.Static, [typeof(IReadOnlyList<Problem>), typeof(bool)])!;
            return method.CreateDelegate<Func<IReadOnlyList<Problem>, bool, TResponse>>();
        }
    }
}

/// <summary>The <see cref="Problem.Field"/> of a "someone saved in between" problem: editors offer a reload next to it.</summary>
public static class ConflictProblem
{
    public const string Field = "Conflict";
}
