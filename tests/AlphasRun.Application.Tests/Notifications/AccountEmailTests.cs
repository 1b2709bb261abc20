using System.Buffers.Text;
using System.Text;
using System.Text.RegularExpressions;
using AlphasRun.Application.Notifications;
using AlphasRun.Application.Tests.Support;
using AlphasRun.Infrastructure.Identity;
using AlphasRun.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AlphasRun.Application.Tests.Notifications;

/// <summary>Account emails go through the outbox like run emails: queued in the database, so a restart loses none.</summary>
public sealed partial class AccountEmailTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ConfirmationQueuedBeforeARestart_IsSentAfterIt_WithAWorkingLink_AndNoSecretInTheRow()
    {
        await using var app = await TestDatabase.StartAsync();
        var member = (await app.AddMembersAsync(1)).Single();
        await app.Get<IAccountEmailOutbox>().QueueAsync(AccountEmail.Confirmation, member.UserId, Ct);

        await app.RestartAsync();
        (await app.DeliverMailAsync()).ShouldBe(1);

        var mail = app.Mail.Sent.ShouldHaveSingleItem();
        mail.To.ShouldBe(member.Email);
        mail.Subject.ShouldBe("Confirm your email for the Alphas Run Crew");
        var link = ConfirmLink().Match(mail.Body);
        link.Success.ShouldBeTrue(mail.Body);
        link.Groups["user"].Value.ShouldBe(Uri.EscapeDataString(member.UserId));
        var token = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(Uri.UnescapeDataString(link.Groups["code"].Value)));

        var row = await OutboxRowAsync(app, member.UserId);
        row.SentUtc.ShouldNotBeNull();
        row.Detail.ShouldBeNull();
        row.Kind.ShouldBe(OutboxMessage.ConfirmEmailKind);

        var users = app.Get<UserManager<ApplicationUser>>();
        (await users.ConfirmEmailAsync((await users.FindByIdAsync(member.UserId))!, token)).Succeeded.ShouldBeTrue();
        (await app.DeliverMailAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task PasswordResetAndJoinAttempt_AreSentByTheDispatcher_OnceEach()
    {
        await using var app = await TestDatabase.StartAsync();
        var member = (await app.AddMembersAsync(1)).Single();
        await app.Get<IAccountEmailOutbox>().QueueAsync(AccountEmail.PasswordReset, member.UserId, Ct);
        await app.Get<IAccountEmailOutbox>().QueueAsync(AccountEmail.JoinAttempt, member.UserId, Ct);

        (await app.DeliverMailAsync()).ShouldBe(2);
        (await app.DeliverMailAsync()).ShouldBe(0);

        app.Mail.Sent.Select(m => m.Subject).Order(StringComparer.Ordinal).ShouldBe(["Reset your Alphas Run password", "Someone tried to join the Alphas Run Crew with your email"]);
        app.Mail.Sent.ShouldAllBe(m => m.To == member.Email);
        app.Mail.Sent.Single(m => m.Subject.StartsWith("Reset", StringComparison.Ordinal)).Body.ShouldContain("/account/reset-password?code=");
    }

    [Fact]
    public async Task AConfirmation_ForAnAccountConfirmedOrDeletedSinceItWasQueued_SendsNothing()
    {
        await using var app = await TestDatabase.StartAsync();
        var members = await app.AddMembersAsync(2);
        await app.Get<IAccountEmailOutbox>().QueueAsync(AccountEmail.Confirmation, members[0].UserId, Ct);
        await app.Get<IAccountEmailOutbox>().QueueAsync(AccountEmail.Confirmation, members[1].UserId, Ct);
        var factory = app.Services.GetRequiredService<IDbContextFactory<AlphasRunDbContext>>();
        await using (var db = await factory.CreateDbContextAsync(Ct))
        {
            await db.Users.Where(u => u.Id == members[0].UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, true), Ct);
            await db.Runners.Where(r => r.UserId == members[1].UserId).ExecuteDeleteAsync(Ct);
            await db.Users.Where(u => u.Id == members[1].UserId).ExecuteDeleteAsync(Ct);
        }

        await app.DeliverMailAsync();

        app.Mail.Sent.ShouldBeEmpty();
        (await OutboxRowAsync(app, members[0].UserId)).SentUtc.ShouldNotBeNull();
        (await OutboxRowAsync(app, members[1].UserId)).SentUtc.ShouldNotBeNull();
    }

    private static async Task<OutboxMessage> OutboxRowAsync(TestDatabase app, string userId)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<AlphasRunDbContext>>();
        await using var db = await factory.CreateDbContextAsync(Ct);
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.UserId == userId, Ct);
    }

    [GeneratedRegex(@"/account/confirm-email\?userId=(?<user>[^&\s]+)&code=(?<code>[^\s""<]+)")]
    private static partial Regex ConfirmLink();
}
