using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
using AlphasRun.Application.GroupRuns.Cancel.CancelRegistration;
using AlphasRun.Application.Tests.Support;
using AlphasRun.Infrastructure.Notifications;

namespace AlphasRun.Application.Tests.GroupRuns;

/// <summary>Emails leave through the outbox: a change that committed is never reported as failed because the mail server was down.</summary>
public sealed class OutboxTests
{
    [Fact]
    public async Task CancelAsync_WhenSmtpFailsTwiceThenWorks_MemberSeesSuccess_AndTheEmailGoesOutOnce()
    {
        await using var app = await TestDatabase.StartAsync();
        var flaky = new FlakySender(failures: 2, app.Mail);
        app.EmailSender = flaky;
        var run = await app.NextRunAsync(DayOfWeek.Tuesday);
        await app.SetCapacityAsync(run, 1);
        var (first, second, _) = await RegistrationServiceTests.ThreeAsync(app);
        await RegistrationServiceTests.RegisterAs(app, first, run);
        await RegistrationServiceTests.RegisterAs(app, second, run);
        await app.ForgetQueuedMailAsync(); // the set-up registrations' confirmations

        app.User.SignIn(first.UserId, Roles.Runner);
        var cancelled = await app.SendAsync(new CancelRegistration(run));

        cancelled.Succeeded.ShouldBeTrue();
        (await app.DeliverMailAsync()).ShouldBe(0);
        flaky.Attempts.ShouldBe(1);
        (await app.DeliverMailAsync()).ShouldBe(0); // backing off: not due yet
        flaky.Attempts.ShouldBe(1);

        app.Clock.Advance(OutboxDispatcher.BackOff(1));
        (await app.DeliverMailAsync()).ShouldBe(0);
        flaky.Attempts.ShouldBe(2);
        app.Clock.Advance(OutboxDispatcher.BackOff(2));
        (await app.DeliverMailAsync()).ShouldBe(1);
        app.Clock.Advance(TimeSpan.FromHours(2));
        (await app.DeliverMailAsync()).ShouldBe(0);

        flaky.Attempts.ShouldBe(3);
        var mail = app.Mail.Sent.ShouldHaveSingleItem();
        mail.To.ShouldBe(second.Email);
        mail.Subject.ShouldStartWith("You're in");
    }

    [Fact]
    public void BackOff_GrowsAndIsCappedAtAnHour()
    {
        OutboxDispatcher.BackOff(1).ShouldBe(TimeSpan.FromSeconds(10));
        OutboxDispatcher.BackOff(2).ShouldBe(TimeSpan.FromSeconds(20));
        OutboxDispatcher.BackOff(30).ShouldBe(TimeSpan.FromHours(1));
    }

    private sealed class FlakySender(int failures, IEmailSender inner) : IEmailSender
    {
        private int _attempts;

        public int Attempts => _attempts;

        public Task SendAsync(string recipient, string subject, string body, CancellationToken cancellationToken = default) =>
            Interlocked.Increment(ref _attempts) <= failures
                ? throw new IOException("SMTP server said 421: try again later")
                : inner.SendAsync(recipient, subject, body, cancellationToken);
    }
}
