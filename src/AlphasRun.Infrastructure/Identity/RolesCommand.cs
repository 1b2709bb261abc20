using AlphasRun.Application.Common.Security;
using AlphasRun.Application.Runners;
using Microsoft.Extensions.DependencyInjection;

namespace AlphasRun.Infrastructure.Identity;

/// <summary>
/// The operator command: <c>roles grant|revoke EMAIL ROLE</c> and <c>roles list</c>, run against the
/// configured database without starting the web server. Operators have the server, so no sign-in.
/// </summary>
public static class RolesCommand
{
    public const string Usage = "usage: roles grant <email> <Runner|Coach|Admin> | roles revoke <email> <Runner|Coach|Admin> | roles list";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<IMemberAccounts>();
        switch (args)
        {
            case ["list"]:
                foreach (var member in await accounts.ListMembersAsync(null, cancellationToken))
                {
                    await output.WriteLineAsync($"{member.Email}\t{member.FullName}\t{string.Join(",", member.Roles)}{(member.IsLocked ? "\tlocked" : string.Empty)}");
                }

                return 0;
            case [var verb, var email, var role] when verb is "grant" or "revoke":
                if (Roles.Normalize(role) is not { } name)
                {
                    await output.WriteLineAsync($"Unknown role \"{role}\". {Usage}");
                    return 2;
                }

                var result = await accounts.SetRoleAsync(email, name, verb == "grant", cancellationToken);
                await output.WriteLineAsync(result.Succeeded
                    ? $"{(verb == "grant" ? "Granted" : "Revoked")} {name} {(verb == "grant" ? "to" : "from")} {email}."
                    : result.Message);
                return result.Succeeded ? 0 : 1;
            default:
                await output.WriteLineAsync(Usage);
                return 2;
        }
    }
}
