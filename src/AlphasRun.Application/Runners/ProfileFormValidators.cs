using System.Text.RegularExpressions;
using AlphasRun.Application.Runners.Accounts;
using AlphasRun.Domain.Common;
using FluentValidation;

namespace AlphasRun.Application.Runners;

public sealed partial class ProfileFormValidator : AbstractValidator<ProfileForm>
{
    public const int NameMax = 60;

    public static readonly Pace FastestEasyPace = Pace.FromSecondsPerKm(150); // 2:30 /km

    public static readonly Pace SlowestEasyPace = Pace.FromSecondsPerKm(900); // 15:00 /km

    private static readonly string EasyPaceRange =
        $"An easy pace is between {FastestEasyPace.FormatClock(DistanceUnit.Kilometres)} and {SlowestEasyPace.FormatClock(DistanceUnit.Kilometres)} per km " +
        $"({FastestEasyPace.FormatClock(DistanceUnit.Miles)} and {SlowestEasyPace.FormatClock(DistanceUnit.Miles)} per mile).";

    public ProfileFormValidator()
    {
        RuleFor(f => f.FirstName).NotEmpty().WithMessage("Enter your first name.")
            .MaximumLength(NameMax).WithMessage($"First name: at most {NameMax} characters.");
        RuleFor(f => f.LastName).NotEmpty().WithMessage("Enter your last name.")
            .MaximumLength(NameMax).WithMessage($"Last name: at most {NameMax} characters.");
        RuleFor(f => f.MainDistance).IsInEnum().WithMessage("Choose half marathon or marathon.");
        RuleFor(f => f.EasyPace)
            .Must((form, pace) => Pace.TryParse(pace, form.PaceUnit, out _)).WithMessage("Write your pace as minutes:seconds, e.g. 5:45.")
            .Must((form, pace) => Pace.TryParse(pace, form.PaceUnit, out var p) && p.SecondsPerKm >= FastestEasyPace.SecondsPerKm && p.SecondsPerKm <= SlowestEasyPace.SecondsPerKm)
            .WithMessage(EasyPaceRange)
            .When(f => !string.IsNullOrWhiteSpace(f.EasyPace));
        RuleFor(f => f.EmergencyContactName).MaximumLength(120).WithMessage("Emergency contact: at most 120 characters.");
        RuleFor(f => f.EmergencyContactPhone)
            .Must(BeAPhoneNumber).WithMessage("Enter a phone number like 416-555-0123 or +1 416 555 0123.")
            .When(f => !string.IsNullOrWhiteSpace(f.EmergencyContactPhone));
        RuleFor(f => f.EmergencyContactPhone).NotEmpty().WithMessage("Add a phone number for your emergency contact.")
            .When(f => !string.IsNullOrWhiteSpace(f.EmergencyContactName));
    }

    private static bool BeAPhoneNumber(string? phone) =>
        phone is { Length: <= 30 } && PhoneShape().IsMatch(phone) && phone.Count(char.IsAsciiDigit) is >= 7 and <= 15;

    [GeneratedRegex(@"^\+?[0-9][0-9 ().\-]*$")]
    private static partial Regex PhoneShape();
}

public sealed class JoinFormValidator : AbstractValidator<JoinForm>
{
    public JoinFormValidator()
    {
        Include(new ProfileFormValidator());
        RuleFor(f => f.Email).AccountEmail();
        RuleFor(f => f.Password).NewPassword(f => f.Email);
        RuleFor(f => f.ConfirmPassword).SamePasswordAs(f => f.Password);
        RuleFor(f => f.AcceptsWaiver).Equal(true).WithMessage("To join, accept the safety waiver and code of conduct.");
    }
}
