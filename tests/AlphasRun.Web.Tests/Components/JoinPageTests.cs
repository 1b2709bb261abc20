using AlphasRun.Application;
using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
using AlphasRun.Application.Notifications;
using AlphasRun.Application.Runners;
using AlphasRun.Web.Features.Account;
using AlphasRun.Web.Features.Members;
using AlphasRun.Web.Security;
using AlphasRun.Web.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AlphasRun.Web.Tests.Components;

public sealed class JoinPageTests : MudTestContext
{
    private readonly FakeMemberAccounts _accounts = new();
    private readonly RecordingEmails _emails = new();

    public JoinPageTests()
    {
        Services.AddApplication(new ConfigurationBuilder().Build());
        Services.AddSingleton<IMemberAccounts>(_accounts);
        Services.AddSingleton<IAlphasRunDbFactory>(new UnusedDbFactory());
        Services.AddSingleton<ICurrentUser, AnonymousUser>();
        Services.AddSingleton<IAccountStatus, AnonymousUser>();
        Services.AddAntiforgery();
        Services.AddDistributedMemoryCache();
        Services.AddSingleton<SignInTickets>();
        Services.AddSingleton<IAccountEmailOutbox>(_emails);
        Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new SecuritySettings { RateLimits = { JoinPerClient = new RateLimitRule(100, TimeSpan.FromHours(1)), JoinPerAccount = new RateLimitRule(2, TimeSpan.FromHours(1)) } }));
        Services.AddSingleton<Throttle>();
        Services.AddSingleton<Microsoft.AspNetCore.Http.IHttpContextAccessor, Microsoft.AspNetCore.Http.HttpContextAccessor>();
        AddBunitPersistentComponentState();
        AddAuthorization();
        UseInteractiveServer();
    }

    [Fact]
    public async Task Submit_EmptyForm_ShowsWhatIsMissingAndCreatesNothing()
    {
        var cut = Render<JoinPage>();

        await cut.Find("[data-testid=join-submit]").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());

        cut.WaitForAssertion(() =>
        {
            cut.Markup.ShouldContain("Enter your first name.");
            cut.Markup.ShouldContain("Enter your last name.");
            cut.Markup.ShouldContain("Enter your email address.");
            cut.Markup.ShouldContain("Choose a password.");
            cut.Markup.ShouldContain("To join, accept the safety waiver and code of conduct.");
        });
        _accounts.Created.ShouldBe(0);
    }

    [Fact]
    public async Task Submit_WithAShortPasswordAndBadPace_ExplainsBoth()
    {
        var cut = Render<JoinPage>();
        cut.Find("input[type=password]").Change("short");
        cut.FindAll("input").Single(i => i.GetAttribute("placeholder") == "e.g. 6:15").Change("20:00");

        await cut.Find("[data-testid=join-submit]").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());

        cut.WaitForAssertion(() =>
        {
            cut.Markup.ShouldContain("Use at least 10 characters; a short sentence works well.");
            cut.Markup.ShouldContain("An easy pace is between 2:30 and 15:00 per km");
        });
    }

    [Fact]
    public async Task Submit_WithAnEmailAlreadyUsed_SaysCheckYourInboxAndMailsTheMember()
    {
        _accounts.FailWith = new Problem(IMemberAccounts.DuplicateEmailMessage, nameof(JoinForm.Email));

        var cut = Render<JoinPage>();
        Fill(cut);

        await cut.Find("[data-testid=join-submit]").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());

        cut.WaitForAssertion(() => cut.Find("[data-testid=join-check-inbox]").TextContent.ShouldContain("Check your inbox"));
        cut.Markup.ShouldNotContain("already an account");
        cut.Find("form[data-testid=complete-sign-in] input[name=ticket]").GetAttribute("value").ShouldBeNullOrEmpty();
        _emails.Queued.ShouldBe([(AccountEmail.JoinAttempt, "existing-user")]);
    }

    [Fact]
    public async Task Submit_Valid_CreatesTheMemberAndPostsTheTicketNeverPuttingItInAUrl()
    {
        var cut = Render<JoinPage>();
        Fill(cut);

        await cut.Find("[data-testid=join-submit]").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());

        cut.WaitForAssertion(() =>
        {
            var form = cut.Find("form[data-testid=complete-sign-in]");
            form.GetAttribute("method").ShouldBe("post");
            form.GetAttribute("action").ShouldBe("/account/complete-sign-in");
            form.QuerySelector("input[name=ticket]")!.GetAttribute("value").ShouldNotBeNullOrEmpty();
        });
        JSInterop.VerifyInvoke("alphasRun.submitForm");
        Services.GetRequiredService<Bunit.TestDoubles.BunitNavigationManager>().Uri.ShouldNotContain("ticket");
        _accounts.LastForm!.Email.ShouldBe("new@example.com");
        _emails.Queued.ShouldBe([(AccountEmail.Confirmation, "user-1")]);
    }

    [Fact]
    public async Task Submit_ManyTimesWithOneEmail_IsSlowedDownWithAMessage()
    {
        var cut = Render<JoinPage>();
        Fill(cut);

        for (var i = 0; i < 3; i++)
        {
            await cut.Find("[data-testid=join-submit]").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());
        }

        cut.WaitForAssertion(() => cut.Find("[data-testid=join-problems]").TextContent.ShouldContain("Too many tries to join from here"));
        _accounts.Created.ShouldBe(2);
    }

    private static void Fill(IRenderedComponent<JoinPage> cut)
    {
        var inputs = cut.FindAll("input.mud-input-slot");
        cut.FindAll("input").Single(i => i.GetAttribute("autocomplete") == "given-name").Change("Maya");
        cut.FindAll("input").Single(i => i.GetAttribute("autocomplete") == "family-name").Change("Chen");
        cut.Find("input[type=email]").Change("new@example.com");
        foreach (var password in cut.FindAll("input[type=password]"))
        {
            password.Change("a long enough password");
        }

        cut.Find("input[type=checkbox]").Change(true);
        inputs.Count.ShouldBeGreaterThan(0);
    }

    private sealed class FakeMemberAccounts : IMemberAccounts
    {
        public int Created { get; private set; }

        public JoinForm? LastForm { get; private set; }

        public Problem? FailWith { get; set; }

        public Task<Result<string>> CreateMemberAsync(JoinForm form, DateTime nowUtc, CancellationToken cancellationToken)
        {
            Created++;
            LastForm = form;
            return Task.FromResult(FailWith is { } p ? Result<string>.Fail(p.Message, p.Field) : Result<string>.Ok("user-1"));
        }

        public Task<string?> EmailOfAsync(string userId, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

        public Task<string?> UserIdOfEmailAsync(string email, CancellationToken cancellationToken) => Task.FromResult<string?>("existing-user");

        public Task<bool> ApplyConfiguredAdminAsync(string userId, CancellationToken cancellationToken) => Task.FromResult(false);

        public Task<Result> DeleteMemberAsync(string userId, string password, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<MemberDto>> ListMembersAsync(string? search, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Result> SetRoleAsync(string email, string role, bool granted, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Result> SetLockedAsync(string userId, bool locked, CancellationToken cancellationToken) => throw new NotSupportedException();
    }

    private sealed class UnusedDbFactory : IAlphasRunDbFactory
    {
        public Task<IAlphasRunDb> CreateAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException("Joining does not read the club's tables.");
    }

    private sealed class AnonymousUser : ICurrentUser, IAccountStatus
    {
        public Task<IReadOnlyList<string>?> CurrentRolesAsync(string userId, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<string>?>(null);

        public Task<System.Security.Claims.ClaimsPrincipal> GetPrincipalAsync() => Task.FromResult(new System.Security.Claims.ClaimsPrincipal());
    }

    private sealed class RecordingEmails : IAccountEmailOutbox
    {
        public List<(AccountEmail Mail, string UserId)> Queued { get; } = [];

        public Task QueueAsync(AccountEmail email, string userId, CancellationToken cancellationToken = default)
        {
            Queued.Add((email, userId));
            return Task.CompletedTask;
        }
    }
}
