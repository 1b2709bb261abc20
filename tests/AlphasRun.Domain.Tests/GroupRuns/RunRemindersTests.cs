using AlphasRun.Domain.GroupRuns;
using AlphasRun.Domain.Runners;

namespace AlphasRun.Domain.Tests.GroupRuns;

public sealed class RunRemindersTests
{
    private static readonly TimeZoneInfo Toronto = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");
    private static readonly ReminderPolicy Club = ReminderPolicy.Default;

    private static DateTime Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    private static DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, Toronto);

    [Fact]
    public void DueUtc_EveningRun_ByDefault_IsThreeHoursBefore_At3PmLocal()
    {
        var tuesday6pm = Utc(2026, 12, 1, 23); // 18:00 EST

        var due = RunReminders.DueUtc(tuesday6pm, Toronto, ReminderChoice.ClubDefault, Club)!.Value;

        due.ShouldBe(Utc(2026, 12, 1, 20));
        Local(due).ShouldBe(new DateTime(2026, 12, 1, 15, 0, 0));
    }

    [Fact]
    public void DueUtc_MorningRun_ByDefault_Is8PmTheEveningBefore()
    {
        var sunday8am = Utc(2026, 12, 6, 13); // 08:00 EST

        var due = RunReminders.DueUtc(sunday8am, Toronto, ReminderChoice.ClubDefault, Club)!.Value;

        Local(due).ShouldBe(new DateTime(2026, 12, 5, 20, 0, 0));
    }

    [Fact]
    public void DueUtc_MorningRunOnTheSundayClocksGoBack_Is8PmSaturdayLocal_ThirteenHoursBefore()
    {
        // Sunday 1 November 2026: 02:00 EDT becomes 01:00 EST; the run is at 08:00 EST = 13:00Z.
        var sunday8am = Utc(2026, 11, 1, 13);

        var due = RunReminders.DueUtc(sunday8am, Toronto, ReminderChoice.ClubDefault, Club)!.Value;

        due.ShouldBe(Utc(2026, 11, 1, 0)); // Saturday 20:00 EDT
        Local(due).ShouldBe(new DateTime(2026, 10, 31, 20, 0, 0));
        RunReminders.LeadTime(sunday8am, Toronto, ReminderChoice.ClubDefault, Club).ShouldBe(TimeSpan.FromHours(13));
    }

    [Fact]
    public void DueUtc_MorningRunOnTheSundayClocksGoForward_Is8PmSaturdayLocal_ElevenHoursBefore()
    {
        // Sunday 8 March 2026: 02:00 EST becomes 03:00 EDT; the run is at 08:00 EDT = 12:00Z.
        var sunday8am = Utc(2026, 3, 8, 12);

        var due = RunReminders.DueUtc(sunday8am, Toronto, ReminderChoice.ClubDefault, Club)!.Value;

        due.ShouldBe(Utc(2026, 3, 8, 1)); // Saturday 20:00 EST
        Local(due).ShouldBe(new DateTime(2026, 3, 7, 20, 0, 0));
        RunReminders.LeadTime(sunday8am, Toronto, ReminderChoice.ClubDefault, Club).ShouldBe(TimeSpan.FromHours(11));
    }

    [Theory]
    [InlineData(3, 10, 22, 19)] // Tuesday 10 March 2026, after the spring change: 18:00 EDT = 22:00Z; reminder 15:00 EDT
    [InlineData(11, 3, 23, 20)] // Tuesday 3 November 2026, after the autumn change: 18:00 EST = 23:00Z; reminder 15:00 EST
    public void DueUtc_EveningRunsAroundDstChanges_Are3PmLocal(int month, int day, int startUtcHour, int dueUtcHour)
    {
        var start = Utc(2026, month, day, startUtcHour);

        var due = RunReminders.DueUtc(start, Toronto, ReminderChoice.ClubDefault, Club)!.Value;

        due.ShouldBe(Utc(2026, month, day, dueUtcHour));
        Local(due).TimeOfDay.ShouldBe(new TimeSpan(15, 0, 0));
    }

    [Fact]
    public void DueUtc_MemberChoices_OverrideTheClubDefault()
    {
        var tuesday6pm = Utc(2026, 12, 1, 23);

        RunReminders.DueUtc(tuesday6pm, Toronto, ReminderChoice.OneHourBefore, Club).ShouldBe(Utc(2026, 12, 1, 22));
        RunReminders.DueUtc(tuesday6pm, Toronto, ReminderChoice.ThreeHoursBefore, Club).ShouldBe(Utc(2026, 12, 1, 20));
        Local(RunReminders.DueUtc(tuesday6pm, Toronto, ReminderChoice.EveningBefore, Club)!.Value).ShouldBe(new DateTime(2026, 11, 30, 20, 0, 0));
    }

    [Fact]
    public void DueUtc_MemberTurnedRemindersOff_IsNever_AndNoCalendarAlarm()
    {
        RunReminders.DueUtc(Utc(2026, 12, 1, 23), Toronto, ReminderChoice.Off, Club).ShouldBeNull();
        RunReminders.LeadTime(Utc(2026, 12, 6, 13), Toronto, ReminderChoice.Off, Club).ShouldBeNull();
    }

    [Fact]
    public void DueUtc_FollowsTheClubsConfiguredPolicy()
    {
        var policy = new ReminderPolicy(TimeSpan.FromHours(2), new TimeOnly(10, 0), new TimeOnly(19, 30));

        Local(RunReminders.DueUtc(Utc(2026, 12, 1, 23), Toronto, ReminderChoice.ClubDefault, policy)!.Value).ShouldBe(new DateTime(2026, 12, 1, 16, 0, 0));
        Local(RunReminders.DueUtc(Utc(2026, 12, 6, 13), Toronto, ReminderChoice.ClubDefault, policy)!.Value).ShouldBe(new DateTime(2026, 12, 5, 19, 30, 0));
        // An 11:00 run is not a morning run when mornings end at 10:00.
        Local(RunReminders.DueUtc(Utc(2026, 12, 6, 16), Toronto, ReminderChoice.ClubDefault, policy)!.Value).ShouldBe(new DateTime(2026, 12, 6, 9, 0, 0));
    }

    [Fact]
    public void ShouldQueue_OnlyFromTheDueTimeUntilTheStart_AndNotForAPlaceConfirmedAfterTheDueTime()
    {
        var start = Utc(2026, 12, 1, 23);
        var due = Utc(2026, 12, 1, 20);
        var registered = Utc(2026, 11, 28, 12);

        RunReminders.ShouldQueue(due, start, registered, due.AddMinutes(-1)).ShouldBeFalse();
        RunReminders.ShouldQueue(due, start, registered, due).ShouldBeTrue();
        RunReminders.ShouldQueue(due, start, registered, start.AddMinutes(-1)).ShouldBeTrue();
        RunReminders.ShouldQueue(due, start, registered, start).ShouldBeFalse();
        RunReminders.ShouldQueue(due, start, due.AddMinutes(30), due.AddMinutes(31)).ShouldBeFalse();
    }

    [Fact]
    public void CheckBeforeSending_RunCancelledAfterTheReminderWasQueued_IsNotSent()
    {
        var start = Utc(2026, 12, 1, 23);

        RunReminders.CheckBeforeSending(OccurrenceStatus.Cancelled, RegistrationStatus.Confirmed, ReminderChoice.ClubDefault, start, start.AddHours(-2))
            .ShouldBe(ReminderVerdict.RunCancelled);
    }

    [Theory]
    [InlineData(RegistrationStatus.Cancelled)]
    [InlineData(RegistrationStatus.Waitlisted)]
    [InlineData(null)]
    public void CheckBeforeSending_MemberNoLongerHasAPlace_IsNotSent(RegistrationStatus? registration)
    {
        var start = Utc(2026, 12, 1, 23);

        RunReminders.CheckBeforeSending(OccurrenceStatus.Scheduled, registration, ReminderChoice.ClubDefault, start, start.AddHours(-2))
            .ShouldBe(ReminderVerdict.NotRegistered);
    }

    [Fact]
    public void CheckBeforeSending_TurnedOffOrStarted_IsNotSent_OtherwiseSent()
    {
        var start = Utc(2026, 12, 1, 23);

        RunReminders.CheckBeforeSending(OccurrenceStatus.Scheduled, RegistrationStatus.Confirmed, ReminderChoice.Off, start, start.AddHours(-2)).ShouldBe(ReminderVerdict.TurnedOff);
        RunReminders.CheckBeforeSending(OccurrenceStatus.Scheduled, RegistrationStatus.Confirmed, ReminderChoice.ClubDefault, start, start).ShouldBe(ReminderVerdict.RunStarted);
        RunReminders.CheckBeforeSending(OccurrenceStatus.Scheduled, RegistrationStatus.Confirmed, ReminderChoice.OneHourBefore, start, start.AddHours(-1)).ShouldBe(ReminderVerdict.Send);
    }
}
