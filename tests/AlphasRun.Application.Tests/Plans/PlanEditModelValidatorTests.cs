using AlphasRun.Application.Plans.Editing;
using AlphasRun.Domain.Plans;
using FluentValidation;

namespace AlphasRun.Application.Tests.Plans;

public sealed class PlanEditModelValidatorTests
{
    private readonly PlanEditModelValidator _validator = new();

    [Fact]
    public void TheCrewsWeek_PassesWithoutErrorsOrWarnings()
    {
        Check(CrewPlan()).All.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(0, 5, "The shortest distance must be more than 0 km.", "MinKm")]
    [InlineData(-1, 5, "The shortest distance must be more than 0 km.", "MinKm")]
    [InlineData(8, 6, "The longest distance cannot be less than the shortest.", "MaxKm")]
    [InlineData(50, 101, "A session cannot be longer than 100 km.", "MaxKm")]
    public void Distance_OutOfRange_IsAnErrorOnTheField(decimal min, decimal max, string message, string field)
    {
        var plan = CrewPlan();
        var saturday = plan.Weeks[0].Sessions.FindIndex(s => s.Day == DayOfWeek.Saturday);
        plan.Weeks[0].Sessions[saturday].MinKm = min;
        plan.Weeks[0].Sessions[saturday].MaxKm = max;

        Check(plan).ErrorFor($"Weeks[0].Sessions[{saturday}].{field}").ShouldBe(message);
    }

    [Fact]
    public void Distance_Missing_OnARun_IsAnError()
    {
        var plan = CrewPlan();
        plan.Weeks[0].Sessions[1].MinKm = null;

        Check(plan).ErrorFor("Weeks[0].Sessions[1].MinKm").ShouldBe("Enter the shortest distance.");
    }

    [Fact]
    public void RestDay_WithADistance_IsAnError()
    {
        var plan = CrewPlan();
        plan.Weeks[0].Sessions[0].MinKm = 3;

        Check(plan).ErrorFor("Weeks[0].Sessions[0].MinKm").ShouldBe("A rest day carries no distance.");
    }

    [Fact]
    public void SecondLongRun_IsAnErrorOnItsType()
    {
        var plan = CrewPlan();
        var saturday = plan.Weeks[0].Sessions.FindIndex(s => s.Day == DayOfWeek.Saturday);
        plan.Weeks[0].Sessions[saturday].Type = SessionType.LongRun;

        var checks = Check(plan);

        var sunday = plan.Weeks[0].Sessions.FindIndex(s => s.Day == DayOfWeek.Sunday);
        checks.HasErrors.ShouldBeTrue();
        checks.ErrorFor($"Weeks[0].Sessions[{saturday}].Type").ShouldBeNull();
        checks.ErrorFor($"Weeks[0].Sessions[{sunday}].Type").ShouldBe("Week 1 already has a long run on Saturday; a week has at most one.");
    }

    [Fact]
    public void WeekWithoutRest_IsOnlyAWarning()
    {
        var plan = CrewPlan();
        foreach (var rest in plan.Weeks[0].Sessions.Where(s => s.Type == SessionType.Rest))
        {
            rest.Type = SessionType.Strength;
        }

        var checks = Check(plan);

        checks.HasErrors.ShouldBeFalse();
        checks.WarningsFor("Weeks[0]").ShouldBe(["Week 1 has no rest day; plan at least one."]);
    }

    [Fact]
    public void VolumeRisingMoreThanTenPercent_WarnsWithTheFigures()
    {
        var plan = CrewPlan();
        plan.SetWeekCount(2);
        plan.Weeks[1].Sessions.Single(s => s.Type == SessionType.EasyRun).MaxKm = 11;
        plan.Weeks[1].Sessions.Single(s => s.Type == SessionType.EasyRun).MinKm = 10;

        var checks = Check(plan);

        checks.HasErrors.ShouldBeFalse();
        checks.WarningsFor("Weeks[1]").ShouldBe(["Week 2 rises 11% over week 1 (41–48 km → 46–53 km); keep increases to 10% or less."]);
    }

    [Fact]
    public void VolumeRisingTenPercentOrLess_IsFine()
    {
        var plan = CrewPlan();
        plan.SetWeekCount(2);
        plan.Weeks[1].Sessions.Single(s => s.Type == SessionType.EasyRun).MaxKm = 10;
        plan.Weeks[1].Sessions.Single(s => s.Type == SessionType.EasyRun).MinKm = 9;

        Check(plan).All.ShouldBeEmpty();
    }

    [Fact]
    public void LongRunOverFortyPercentOfTheWeek_Warns()
    {
        var plan = CrewPlan();
        var sunday = plan.Weeks[0].Sessions.FindIndex(s => s.Type == SessionType.LongRun);
        plan.Weeks[0].Sessions[sunday].MinKm = 18;
        plan.Weeks[0].Sessions[sunday].MaxKm = 20;

        var checks = Check(plan);

        checks.HasErrors.ShouldBeFalse();
        checks.WarningsFor($"Weeks[0].Sessions[{sunday}]").ShouldBe(["The long run (18–20 km) is 41% of week 1's 43–50 km; keep it to 40% or less."]);
    }

    [Fact]
    public void TenThousandCharacterNote_IsRefused()
    {
        var plan = CrewPlan();
        plan.Weeks[0].Sessions[0].Notes = new string('x', 10_000);

        Check(plan).ErrorFor("Weeks[0].Sessions[0].Notes").ShouldBe("Notes: at most 1,000 characters.");
    }

    [Fact]
    public void FiveHundredSessionsInAWeek_AreRefused()
    {
        var plan = CrewPlan();
        plan.Weeks[0].Sessions = [.. Enumerable.Range(0, 500).Select(_ => PlanSessionModel.New(DayOfWeek.Monday, SessionType.Rest))];

        Check(plan).ErrorsAt("Weeks[0].Sessions").ShouldBe(["A week has at most 35 sessions; week 1 has 500."]);
    }

    [Theory]
    [InlineData("", "Give the plan a web address (slug).")]
    [InlineData("Off Season", "Use lowercase letters, digits and single hyphens, e.g. spring-half-marathon.")]
    [InlineData("off--season", "Use lowercase letters, digits and single hyphens, e.g. spring-half-marathon.")]
    [InlineData("-off", "Use lowercase letters, digits and single hyphens, e.g. spring-half-marathon.")]
    public void Slug_BadlyShaped_IsAnErrorOnTheSlug(string slug, string message)
    {
        var plan = CrewPlan();
        plan.Slug = slug;

        Check(plan).ErrorFor("Slug").ShouldBe(message);
    }

    [Fact]
    public void NameAndTitle_TooLongOrEmpty_AreErrors()
    {
        var plan = CrewPlan();
        plan.Name = new string('n', 121);
        plan.Weeks[0].Sessions[0].Title = "";

        var checks = Check(plan);

        checks.ErrorFor("Name").ShouldBe("Name: at most 120 characters.");
        checks.ErrorFor("Weeks[0].Sessions[0].Title").ShouldBe("Give the session a title.");
    }

    [Fact]
    public void Weeks_NoneOrMoreThanTwentyFour_AreRefused()
    {
        var plan = CrewPlan();
        plan.Weeks.Clear();
        Check(plan).ErrorFor("Weeks").ShouldBe("A plan has 1 to 24 weeks.");

        plan = CrewPlan();
        plan.Weeks.AddRange(Enumerable.Range(2, 24).Select(n => new PlanWeekModel { Number = n }));
        Check(plan).ErrorFor("Weeks").ShouldBe("A plan has 1 to 24 weeks.");
    }

    [Fact]
    public void CrossTraining_MayGoWithoutADistance()
    {
        var plan = CrewPlan();
        plan.Weeks[0].Sessions.Add(PlanSessionModel.New(DayOfWeek.Wednesday, SessionType.CrossTraining));

        Check(plan).HasErrors.ShouldBeFalse();
    }

    private PlanChecks Check(PlanEditModel plan) => new(_validator.Validate(plan).Errors);

    /// <summary>The crew's marathon week: 41–48 km, long run 16–18 km.</summary>
    internal static PlanEditModel CrewPlan()
    {
        var plan = new PlanEditModel { Id = Guid.NewGuid(), Name = "Off-season week", Slug = "off-season", Audience = PlanAudience.Marathon };
        plan.SetWeekCount(1);
        var week = plan.Weeks[0];
        week.Add(DayOfWeek.Monday, SessionType.Rest);
        Run(week.Add(DayOfWeek.Tuesday, SessionType.MediumRun), 10, 12);
        week.Add(DayOfWeek.Wednesday, SessionType.Strength);
        Run(week.Add(DayOfWeek.Thursday, SessionType.MediumRun), 10, 12);
        week.Add(DayOfWeek.Friday, SessionType.Rest);
        Run(week.Add(DayOfWeek.Saturday, SessionType.EasyRun), 5, 6);
        Run(week.Add(DayOfWeek.Sunday, SessionType.LongRun), 16, 18);
        return plan;
    }

    private static void Run(PlanSessionModel session, decimal min, decimal max)
    {
        session.MinKm = min;
        session.MaxKm = max;
    }
}
