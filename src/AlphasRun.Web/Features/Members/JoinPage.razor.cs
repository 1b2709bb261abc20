using AlphasRun.Application.Notifications;
using AlphasRun.Application.Runners;
using AlphasRun.Application.Runners.Join;
using AlphasRun.Infrastructure.Identity;
using AlphasRun.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.Identity;

namespace AlphasRun.Web.Features.Members;

/// <summary>
/// Joining is a static form post (docs/decisions/0009): the join validator checks it (the same one the
/// service runs again), the join limits apply, the service creates the account and profile together, and
/// the new member is signed in during the post and sent to /welcome (post → redirect → get). An email that
/// already has an account gets the same kind of answer ("check your inbox") and its owner a note, so the
/// form does not tell anyone who is a member.
/// </summary>
public partial class JoinPage
{
    public const string FormName = "join";

    private IReadOnlyList<Problem> _problems = [];

    [Inject]
    private IUseCases UseCases { get; set; } = default!;

    [Inject]
    private IValidator<JoinForm> Validator { get; set; } = default!;

    [Inject]
    private IAccountEmailOutbox AccountEmails { get; set; } = default!;

    [Inject]
    private Throttle Throttle { get; set; } = default!;

    [Inject]
    private UserManager<ApplicationUser> Users { get; set; } = default!;

    [Inject]
    private SignInManager<ApplicationUser> SignIn { get; set; } = default!;

    [Inject]
    private FlashMessages Flash { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = FormName)]
    private JoinForm? Input { get; set; }

    protected override void OnInitialized() => Input ??= new();

    private string? Err(string field) => _problems.FirstOrDefault(p => p.Field == field)?.Message;

    private async Task JoinAsync()
    {
        Input ??= new();
        var cancellation = HttpContext.RequestAborted;

        // Checked before the join limits, as the interactive form did: a typo never uses up one of the few tries.
        var validation = await Validator.ValidateAsync(Input, cancellation);
        if (!validation.IsValid)
        {
            _problems = [.. validation.ToProblems()];
            return;
        }

        if (Throttle.TryJoin(RateLimits.ClientKey(HttpContext), Input.Email) is { } wait)
        {
            _problems = [new Problem($"Too many tries to join from here in a short time. Please try again in {Throttle.Describe(wait)}.")];
            return;
        }

        var result = await UseCases.SendAsync(new JoinCrew(Input), cancellation);
        if (!result.Succeeded)
        {
            _problems = result.Problems;
            return;
        }

        var outcome = result.Value!;
        if (outcome.AlreadyMember)
        {
            await AccountEmails.QueueAsync(AccountEmail.JoinAttempt, outcome.UserId);
            var feedback = new Feedback();
            feedback.Show(Result.Ok(), $"Check your inbox: we've sent a message to {Input.Email.Trim()} about your membership. Open it to continue.");
            Flash.Set(feedback);
            Navigation.NavigateTo("/join", replace: true);
            return;
        }

        await AccountEmails.QueueAsync(AccountEmail.Confirmation, outcome.UserId);
        if (await Users.FindByIdAsync(outcome.UserId) is { } user)
        {
            await SignIn.SignInAsync(user, isPersistent: true);
        }

        Navigation.NavigateTo("/welcome", replace: true);
    }
}
