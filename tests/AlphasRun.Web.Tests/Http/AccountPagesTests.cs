using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AlphasRun.Application.Common.Security;
using AlphasRun.Application.Runners;
using AlphasRun.Application.Runners.Accounts;
using AlphasRun.Infrastructure.Identity;
using AlphasRun.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace AlphasRun.Web.Tests.Http;

/// <summary>
/// The static account forms as a browser without JavaScript uses them: the form's validator and Identity's
/// password checks answer beside the field (one wording per rule), typed emails are kept, and an outcome
/// after a redirect shows in the page's FeedbackAlert.
/// </summary>
public sealed class AccountPagesTests(AlphasRunWebFactory factory) : IClassFixture<AlphasRunWebFactory>
{
    private const string Password = "a long run on a cold morning";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignIn_WithNothingTyped_SaysWhatIsMissingBesideEachField()
    {
        var response = await factory.NewClient().PostFormAsync("/account/login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = "",
            ["Input.Password"] = "",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Error(html, "email").ShouldBe(AccountRules.EmailRequired);
        Error(html, "password").ShouldBe("Enter your password.");
        html.ShouldContain("aria-describedby=\"email-error\"");
    }

    [Fact]
    public async Task ForgotPassword_WithAnInvalidEmail_SaysSoBesideTheField_AndKeepsWhatWasTyped()
    {
        var response = await factory.NewClient().PostFormAsync("/account/forgot-password", "forgot-password", new Dictionary<string, string>
        {
            ["Input.Email"] = "not-an-email",
        });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Error(html, "email").ShouldBe(AccountRules.EmailInvalid);
        html.ShouldContain("value=\"not-an-email\"");
        html.ShouldNotContain("Check your inbox");
    }

    [Fact]
    public async Task ForgotPassword_WithAnEmail_AnswersInTheFeedbackAlert()
    {
        var response = await factory.NewClient().PostFormAsync("/account/forgot-password", "forgot-password", new Dictionary<string, string>
        {
            ["Input.Email"] = "nobody.here@example.com",
        });

        var html = await response.Content.ReadAsStringAsync(Ct);
        html.ShouldContain("data-testid=\"forgot-password-message\"");
        HtmlText.Of(html).ShouldContain("If an account uses that email, we've sent it a link to choose a new password.");
    }

    [Fact]
    public async Task ResetPassword_TooShort_ShowsTheRuleBesideThePassword_AndKeepsTheEmail()
    {
        var email = "reset.short@example.com";
        await factory.CreateMemberAsync(email, Password);
        var page = $"/account/reset-password?code={await ResetCodeAsync(email)}";

        var response = await factory.NewClient().PostFormAsync(page, "reset-password", new Dictionary<string, string>
        {
            ["Input.Code"] = await ResetCodeAsync(email),
            ["Input.Email"] = email,
            ["Input.Password"] = "too short",
            ["Input.ConfirmPassword"] = "too short",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Error(html, "password").ShouldBe(AccountRules.PasswordTooShort);
        html.ShouldContain($"value=\"{email}\"");
        html.ShouldNotContain("value=\"too short\"");
        html.ShouldNotContain("Your password is changed");
    }

    [Fact]
    public async Task ResetPassword_MadeFromTheEmail_IsRefusedBesideThePassword()
    {
        var email = "marathonermaya@example.com";
        await factory.CreateMemberAsync(email, Password);
        var code = await ResetCodeAsync(email);

        var response = await factory.NewClient().PostFormAsync($"/account/reset-password?code={code}", "reset-password", new Dictionary<string, string>
        {
            ["Input.Code"] = code,
            ["Input.Email"] = email,
            ["Input.Password"] = "marathonermaya1",
            ["Input.ConfirmPassword"] = "marathonermaya1",
        });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Error(html, "password").ShouldBe(CommonPasswords.Message);
        html.ShouldContain($"value=\"{email}\"");
    }

    [Fact]
    public async Task ResetPassword_WithAGoodPassword_SaysSoInTheFeedbackAlert()
    {
        var email = "reset.good@example.com";
        await factory.CreateMemberAsync(email, Password);
        var code = await ResetCodeAsync(email);

        var response = await factory.NewClient().PostFormAsync($"/account/reset-password?code={code}", "reset-password", new Dictionary<string, string>
        {
            ["Input.Code"] = code,
            ["Input.Email"] = email,
            ["Input.Password"] = "a brand new sentence to run by",
            ["Input.ConfirmPassword"] = "a brand new sentence to run by",
        });

        var html = await response.Content.ReadAsStringAsync(Ct);
        html.ShouldContain("data-testid=\"reset-password-message\"");
        HtmlText.Of(html).ShouldContain("Your password is changed. You can sign in with it now.");
        (await factory.NewClient().PostLoginAsync(email, "a brand new sentence to run by")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task ResetPassword_WhileLockedByAnAdmin_ChangesThePassword_ButPromisesNoSignIn()
    {
        var email = "reset.locked@example.com";
        var userId = await factory.CreateMemberAsync(email, Password);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<IMemberAccounts>().SetLockedAsync(userId, true, Ct)).Succeeded.ShouldBeTrue();
        }

        var response = await PostResetAsync(email, "a brand new sentence to run by");

        var text = HtmlText.Of(await response.Content.ReadAsStringAsync(Ct));
        text.ShouldContain("Your password is changed. " + AdminLock.Message);
        text.ShouldNotContain("You can sign in with it now");
        (await HtmlText.ReadAsync(await factory.NewClient().PostLoginAsync(email, "a brand new sentence to run by"))).ShouldContain(AdminLock.Message);
    }

    [Fact]
    public async Task ResetPassword_AfterTooManyWrongPasswords_EndsThatLockout_SoTheSignInItPromisesWorks()
    {
        var email = "reset.after.guesses@example.com";
        await factory.CreateMemberAsync(email, Password);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException(email);
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddMinutes(15)); // as after wrong passwords
            (await users.IsLockedOutAsync(user)).ShouldBeTrue();
        }

        var response = await PostResetAsync(email, "a brand new sentence to run by");

        HtmlText.Of(await response.Content.ReadAsStringAsync(Ct)).ShouldContain("Your password is changed. You can sign in with it now.");
        (await factory.NewClient().PostLoginAsync(email, "a brand new sentence to run by")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task ChangePassword_Refused_ShowsEachProblemBesideItsField()
    {
        var client = await SignedInMemberAsync("changerefused@example.com");

        var response = await client.PostFormAsync("/account/password", "change-password", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = "",
            ["Input.NewPassword"] = "changerefused",
            ["Input.ConfirmPassword"] = "something else",
        });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Error(html, "current").ShouldBe("Enter your current password.");
        Error(html, "confirm").ShouldBe(AccountRules.PasswordsDiffer);
        html.ShouldContain("aria-describedby=\"password-help\"");

        var wrong = await client.PostFormAsync("/account/password", "change-password", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = "not my password at all",
            ["Input.NewPassword"] = "a brand new sentence to run by",
            ["Input.ConfirmPassword"] = "a brand new sentence to run by",
        });
        Error(WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync(Ct)), "current").ShouldBe("Your current password is not right.");

        // The form cannot see the account's email; Identity refuses a password built from it, in the same words.
        var fromEmail = await client.PostFormAsync("/account/password", "change-password", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = Password,
            ["Input.NewPassword"] = "changerefused1",
            ["Input.ConfirmPassword"] = "changerefused1",
        });
        Error(WebUtility.HtmlDecode(await fromEmail.Content.ReadAsStringAsync(Ct)), "password").ShouldBe(CommonPasswords.Message);
    }

    [Fact]
    public async Task ChangePassword_Succeeded_SaysSoInTheFeedbackAlert_AfterTheRedirect_Once()
    {
        var client = await SignedInMemberAsync("change.done@example.com");

        var response = await client.PostFormAsync("/account/password", "change-password", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = Password,
            ["Input.NewPassword"] = "a brand new sentence to run by",
            ["Input.ConfirmPassword"] = "a brand new sentence to run by",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldEndWith("/account/password");
        var after = await client.GetStringAsync("/account/password", Ct);
        after.ShouldContain("data-testid=\"password-message\"");
        HtmlText.Of(after).ShouldContain("Your password is changed.");
        HtmlText.Of(await client.GetStringAsync("/account/password", Ct)).ShouldNotContain("Your password is changed.");
    }

    [Fact]
    public async Task DeleteAccount_WithAWrongPassword_SaysSoBesideTheField_AndKeepsTheAccount()
    {
        var client = await SignedInMemberAsync("delete.wrong@example.com");

        var response = await client.PostFormAsync("/account/delete", "delete-account", new Dictionary<string, string>
        {
            ["Input.Password"] = "not my password at all",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Error(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct)), "password").ShouldBe(PasswordRecheck.WrongMessage);
        (await client.GetAsync("/account/profile", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<HttpClient> SignedInMemberAsync(string email)
    {
        await factory.CreateMemberAsync(email, Password);
        var client = factory.NewClient();
        (await client.PostLoginAsync(email, Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    private async Task<HttpResponseMessage> PostResetAsync(string email, string password)
    {
        var code = await ResetCodeAsync(email);
        return await factory.NewClient().PostFormAsync($"/account/reset-password?code={code}", "reset-password", new Dictionary<string, string>
        {
            ["Input.Code"] = code,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        });
    }

    private async Task<string> ResetCodeAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException(email);
        return WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
    }

    private static string Error(string html, string field) =>
        Regex.Match(html, $"id=\"{field}-error\"[^>]*>([^<]*)<").Groups[1].Value;
}
