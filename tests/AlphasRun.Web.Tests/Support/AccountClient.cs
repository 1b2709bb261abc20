using System.Net;
using System.Text.RegularExpressions;
using AlphasRun.Application.Runners;
using AlphasRun.Domain.Plans;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AlphasRun.Web.Tests.Support;

/// <summary>Signs in through the real static login form (antiforgery token and all), as a browser would.</summary>
public static partial class AccountClient
{
    public static HttpClient NewClient(this AlphasRunWebFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpResponseMessage> PostLoginAsync(this HttpClient client, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(client);
        var form = await client.GetStringAsync("/account/login");
        var token = Token().Match(form).Groups[1].Value;
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    /// <summary>Creates a member directly through the app's services (for tests that need a fresh account).</summary>
    public static async Task<string> CreateMemberAsync(this AlphasRunWebFactory factory, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IMemberAccounts>().CreateMemberAsync(
            new JoinForm
            {
                Email = email, Password = password, ConfirmPassword = password, FirstName = "Test", LastName = "Runner",
                MainDistance = PlanAudience.Marathon, AcceptsWaiver = true,
            },
            DateTime.UtcNow,
            CancellationToken.None);
        return result.Value ?? throw new InvalidOperationException(result.Message);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
