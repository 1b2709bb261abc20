using AlphasRun.Domain.Common;
using AlphasRun.Domain.Plans;

namespace AlphasRun.Domain.Tests.Plans;

public sealed class TrainingPlanTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void EditDraft_RenewsTheConcurrencyTokenAndRecordsWhoAndWhen()
    {
        var plan = NewPlan();
        var before = plan.ConcurrencyToken;

        plan.EditDraft("New name", "new-name", PlanAudience.HalfMarathon, "", plan.Draft, Now.AddHours(1), "sam");

        plan.ConcurrencyToken.ShouldNotBe(before);
        plan.UpdatedBy.ShouldBe("sam");
        plan.UpdatedUtc.ShouldBe(Now.AddHours(1));
        plan.Versions.ShouldBeEmpty();
    }

    [Fact]
    public void Publish_NumbersVersionsAndSummarisesTheChange()
    {
        var plan = NewPlan();
        plan.Publish(Now, "sam").Number.ShouldBe(1);
        plan.EditDraft(plan.Name, plan.Slug, plan.Audience, plan.Description, Content(18, 20), Now, "sam");

        var v2 = plan.Publish(Now, "alex");

        v2.Number.ShouldBe(2);
        v2.PublishedBy.ShouldBe("alex");
        v2.ChangeSummary.ShouldBe("Week 1 Sunday long run 16–18 → 18–20 km.");
        plan.LatestVersion.ShouldBe(v2);
        plan.Status.ShouldBe(PlanStatus.Published);
    }

    [Fact]
    public void ArchiveThenRestore_ReturnsAPublishedPlanToPublished()
    {
        var plan = NewPlan();
        plan.Publish(Now, "sam");

        plan.Archive(Now, "sam");
        plan.Status.ShouldBe(PlanStatus.Archived);
        Should.Throw<DomainException>(() => plan.Publish(Now, "sam")).Message.ShouldContain("restore it first");
        Should.Throw<DomainException>(() => plan.EditDraft("x", "x", PlanAudience.Marathon, "", plan.Draft, Now, "sam"));

        plan.Restore(Now, "sam");
        plan.Status.ShouldBe(PlanStatus.Published);
    }

    [Fact]
    public void Restore_ANeverPublishedPlan_MakesItADraftAgain()
    {
        var plan = NewPlan();
        plan.Archive(Now, "sam");

        plan.Restore(Now, "sam");

        plan.Status.ShouldBe(PlanStatus.Draft);
    }

    [Fact]
    public void RestoreVersionAsDraft_PutsTheOldContentBackWithoutPublishing()
    {
        var plan = NewPlan();
        plan.Publish(Now, "sam");
        plan.EditDraft(plan.Name, plan.Slug, plan.Audience, plan.Description, Content(18, 20), Now, "sam");
        plan.Publish(Now, "sam");

        plan.RestoreVersionAsDraft(1, Now, "sam");

        plan.Draft.Weeks[0].Sessions[0].Distance.ShouldBe(DistanceRange.Create(16, 18));
        plan.LatestVersion!.Number.ShouldBe(2);
        Should.Throw<DomainException>(() => plan.RestoreVersionAsDraft(9, Now, "sam"));
    }

    [Fact]
    public void Duplicate_ScalesEveryDistanceAndStartsAsADraft()
    {
        var plan = NewPlan();
        plan.Publish(Now, "sam");

        var copy = plan.Duplicate(Guid.NewGuid(), "Half", "half", PlanAudience.HalfMarathon, 0.65m, Now, "sam");

        copy.Status.ShouldBe(PlanStatus.Draft);
        copy.Versions.ShouldBeEmpty();
        copy.Draft.Weeks[0].Sessions[0].Distance.ShouldBe(DistanceRange.Create(10.4m, 11.7m));
        copy.Draft.Weeks[0].Sessions[1].Distance.ShouldBeNull();
    }

    [Fact]
    public void Duplicate_WithAFactorThatBreaksTheLimit_IsRefused()
    {
        Should.Throw<DomainException>(() => NewPlan().Duplicate(Guid.NewGuid(), "Ultra", "ultra", PlanAudience.Marathon, 6m, Now, "sam"));
    }

    private static TrainingPlan NewPlan() =>
        new(Guid.NewGuid(), "Off-season week", "off-season", PlanAudience.Marathon, "Words", Content(16, 18), Now, "sam");

    private static PlanContent Content(decimal longMin, decimal longMax) => new(
    [
        new PlanWeek(1,
        [
            new PlanSession(DayOfWeek.Sunday, SessionType.LongRun, DistanceRange.Create(longMin, longMax), "Long run"),
            new PlanSession(DayOfWeek.Monday, SessionType.Rest, null, "Rest day"),
        ]),
    ]);
}
