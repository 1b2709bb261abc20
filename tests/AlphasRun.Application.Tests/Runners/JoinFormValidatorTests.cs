using AlphasRun.Application.Runners;
using AlphasRun.Domain.Common;

namespace AlphasRun.Application.Tests.Runners;

public sealed class JoinFormValidatorTests
{
    private readonly JoinFormValidator _validator = new();

    [Theory]
    [InlineData("2:30", DistanceUnit.Kilometres, true)]
    [InlineData("15:00", DistanceUnit.Kilometres, true)]
    [InlineData("2:29", DistanceUnit.Kilometres, false)]
    [InlineData("15:01", DistanceUnit.Kilometres, false)]
    [InlineData("9:30", DistanceUnit.Miles, true)]
    [InlineData("3:30", DistanceUnit.Miles, false)]
    [InlineData("5.45", DistanceUnit.Kilometres, false)]
    [InlineData("5:7", DistanceUnit.Kilometres, false)]
    public void EasyPace_MustBeBetween2_30And15_00PerKm(string pace, DistanceUnit unit, bool valid)
    {
        var form = MembershipServiceTests.Form("a@example.com");
        form.EasyPace = pace;
        form.PaceUnit = unit;

        _validator.Validate(form).Errors.Any(e => e.PropertyName == nameof(JoinForm.EasyPace)).ShouldBe(!valid);
    }

    [Theory]
    [InlineData("416-555-0123", true)]
    [InlineData("+1 (416) 555 0123", true)]
    [InlineData("call me", false)]
    [InlineData("12", false)]
    public void EmergencyPhone_MustLookLikeAPhoneNumber(string phone, bool valid)
    {
        var form = MembershipServiceTests.Form("a@example.com");
        form.EmergencyContactName = "Sam";
        form.EmergencyContactPhone = phone;

        _validator.Validate(form).Errors.Any(e => e.PropertyName == nameof(JoinForm.EmergencyContactPhone)).ShouldBe(!valid);
    }

    [Fact]
    public void EmptyForm_ExplainsEachMissingField()
    {
        var messages = _validator.Validate(new JoinForm()).Errors.Select(e => e.ErrorMessage).ToList();

        messages.ShouldContain("Enter your first name.");
        messages.ShouldContain("Enter your last name.");
        messages.ShouldContain("Enter your email address.");
        messages.ShouldContain("Choose a password.");
        messages.ShouldContain("To join, accept the safety waiver and code of conduct.");
    }

    [Fact]
    public void ShortPasswordAndMismatch_AreExplained()
    {
        var form = MembershipServiceTests.Form("a@example.com");
        form.Password = "short";
        form.ConfirmPassword = "different";

        var messages = _validator.Validate(form).Errors.Select(e => e.ErrorMessage).ToList();

        messages.ShouldContain("Use at least 10 characters; a short sentence works well.");
        messages.ShouldContain("The two passwords don't match.");
    }
}
