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

    /// <summary>Opens a static form page and posts it with its antiforgery token, as a browser would.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string page, string formName, IDictionary<string, string> fields, string? postTo = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        var html = await client.GetStringAsync(page);
        var body = new Dictionary<string, string>(fields)
        {
            ["_handler"] = formName,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value),
        };
        return await client.PostAsync(postTo ?? page, new FormUrlEncodedContent(body));
    }

    /// <summary>The antiforgery token of a page that carries one (any form on it).</summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string page)
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(page);
        return WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value);
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
