using FluentValidation;
using FluentValidation.Results;

namespace AlphasRun.Application.Common;

public static class ValidationExtensions
{
    public static IEnumerable<Problem> ToProblems(this ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Errors.Select(e => new Problem(e.ErrorMessage, e.PropertyName));
    }

    /// <summary>For MudForm's <c>Validation</c>: validates one property of the model and returns its messages.</summary>
    public static Func<object, string, Task<IEnumerable<string>>> ForMudForm<T>(this IValidator<T> validator) =>
        async (model, propertyName) =>
        {
            var result = await validator.ValidateAsync(ValidationContext<T>.CreateWithOptions((T)model, o => o.IncludeProperties(propertyName)));
            return result.IsValid ? [] : result.Errors.Select(e => e.ErrorMessage);
        };
}
