namespace AlphasRun.Application.Common.UseCases;

/// <summary>Anyone may send this use case, signed in or not (public reading, joining, feeds by secret token).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PublicAttribute : Attribute
{
    /// <summary>The handler wants to know who is calling when someone is (e.g. a run page that says "You're in"); costs one account lookup.</summary>
    public bool IdentifiesCaller { get; init; }
}

/// <summary>
/// Only callers who meet the policy (<see cref="Security.Policies"/>) may send this use case. The pipeline checks the roles
/// in the database at the moment of the call, not the caller's cookie or circuit, so a coach revoked a second ago is refused.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresPolicyAttribute(string policy) : Attribute
{
    public string Policy { get; } = policy;
}
