using System.Security.Claims;

namespace AlphasRun.Application.Common.Security;

/// <summary>Who is calling: the signed-in person of this request or circuit (anonymous when nobody is).</summary>
public interface ICurrentUser
{
    Task<ClaimsPrincipal> GetPrincipalAsync();
}
