using AlphasRun.Domain.Common;
using AlphasRun.Domain.Plans;

namespace AlphasRun.Domain.Tests.Plans;

public sealed class PlanChangeSummaryTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Describe_WithoutAPreviousVersion_SaysFirstVersion()
    {
        var plan = Plan(Week(1, Long(16, 18)));

        PlanChangeSummary.Describe(null, plan).ShouldBe(PlanChangeSummary.FirstVersion);
    }

    [Fact]
    public void Describe_LongRunLonger_NamesWeekDayTypeAndBothDistances()
    {
        var plan = Plan(Week(1, Long(16, 18)));
        var v1 = plan.Publish(Now, "coach");
        plan.EditDraft(plan.Name, plan.Slug, plan.Audience, plan.Description, new PlanContent([Week(1, Long(18, 20))]), Now, "coach");

        PlanChangeSummary.Describe(v1, plan).ShouldBe("Week 1 Sunday long run 16–18 → 18–20 km.");
    }

    [Fact]
    public void Describe_SessionsAddedAndRemovedAndWeekAdded_ListsEachInPlanOrder()
    {
        var plan = Plan(Week(1, Long(16, 18), Rest(DayOfWeek.Monday)));
        var v1 = plan.Publish(Now, "coach");
        var easy = new PlanSession(DayOfWeek.Wednesday, SessionType.EasyRun, DistanceRange.Create(5, 6), "Easy");
        plan.EditDraft(plan.Name, plan.Slug, plan.Audience, plan.Description, new PlanContent([Week(1, Long(16, 18), easy), Week(2, Long(16, 18))]), Now, "coach");

        PlanChangeSummary.Describe(v1, plan).ShouldBe("Week 1 Monday rest removed; Week 1 Wednesday easy run added (5–6 km); Week 2 added.");
    }

    [Fact]
    public void Describe_NotesAndCrewLinkChanged_SaysSo()
    {
        var plan = Plan(Week(1, Long(16, 18)));
        var v1 = plan.Publish(Now, "coach");
        var edited = new PlanSession(DayOfWeek.Sunday, SessionType.LongRun, DistanceRange.Create(16, 18), "Long run", "Bring water", Guid.NewGuid());
        plan.EditDraft(plan.Name, plan.Slug, plan.Audience, plan.Description, new PlanContent([Week(1, edited)]), Now, "coach");

        PlanChangeSummary.Describe(v1, plan).ShouldBe("Week 1 Sunday long run now run with the crew (notes edited).");
    }

    [Fact]
    public void Describe_NothingChanged_SaysNoChanges()
    {
        var plan = Plan(Week(1, Long(16, 18)));
        var v1 = plan.Publish(Now, "coach");

        PlanChangeSummary.Describe(v1, plan).ShouldBe(PlanChangeSummary.NoChanges);
    }

    [Fact]
    public void Describe_NameAndDescriptionChanged_MentionsThem()
    {
        var plan = Plan(Week(1, Long(16, 18)));
        var v1 = plan.Publish(Now, "coach");
        plan.EditDraft("Winter week", plan.Slug, plan.Audience, "New words", plan.Draft, Now, "coach");

        PlanChangeSummary.Describe(v1, plan).ShouldBe("Renamed to \"Winter week\"; Description updated.");
    }

    [Fact]
    public void Describe_ManyChanges_IsCappedAndCountsTheRest()
    {
        var plan = new TrainingPlan(Guid.NewGuid(), "Block", "block", PlanAudience.Marathon, "", EasyEveryDay(5, 6), Now, "coach");
        var v1 = plan.Publish(Now, "coach");
        plan.EditDraft(plan.Name, plan.Slug, plan.Audience, plan.Description, EasyEveryDay(6, 7), Now, "coach");

        var summary = PlanChangeSummary.Describe(v1, plan);

        summary.Length.ShouldBeLessThanOrEqualTo(PlanChangeSummary.MaxLength);
        summary.ShouldStartWith("Week 1 Monday easy run 5–6 → 6–7 km; Week 1 Tuesday easy run 5–6 → 6–7 km");
        summary.ShouldEndWith("more changes.");
    }

    private static PlanContent EasyEveryDay(decimal min, decimal max) => new([.. Enumerable.Range(1, 24).Select(n => new PlanWeek(n,
        [.. TrainingWeek.Days.Select(d => new PlanSession(d, SessionType.EasyRun, DistanceRange.Create(min, max), "Easy"))]))]);

    private static TrainingPlan Plan(PlanWeek week) =>
        new(Guid.NewGuid(), "Off-season week", "off-season", PlanAudience.Marathon, "Words", new PlanContent([week]), Now, "coach");

    private static PlanWeek Week(int number, params PlanSession[] sessions) => new(number, sessions);

    private static PlanSession Long(decimal min, decimal max) =>
        new(DayOfWeek.Sunday, SessionType.LongRun, DistanceRange.Create(min, max), "Long run");

    private static PlanSession Rest(DayOfWeek day) => new(day, SessionType.Rest, null, "Rest day");
}
