using AlphasRun.Application.Runners;
using AlphasRun.Application.Runners.GetMyProfile;
using AlphasRun.Application.Runners.UpdateMyProfile;
using FluentValidation;
using MudBlazor;

namespace AlphasRun.Web.Features.Members;

public partial class ProfilePage
{
    private readonly Dictionary<string, string> _fieldErrors = [];
    private ProfileDto? _profile;
    private readonly Feedback _opened = new();
    private readonly Feedback _feedback = new();
    private MudForm? _form;
    private bool _busy;
    private Func<object, string, Task<IEnumerable<string>>> _validate = default!;

    [Inject]
    private IUseCases UseCases { get; set; } = default!;

    [Inject]
    private IValidator<ProfileForm> Validator { get; set; } = default!;

    // A string, not a bool: a hand-edited "?welcome=yes" must not turn into an error page.
    [SupplyParameterFromQuery(Name = "welcome")]
    private string? WelcomeQuery { get; set; }

    private bool Welcome => string.Equals(WelcomeQuery, "true", StringComparison.OrdinalIgnoreCase) || WelcomeQuery == "1";

    protected override async Task OnInitializedAsync()
    {
        _validate = Validator.ForMudForm();
        var result = await UseCases.SendAsync(new GetMyProfile());
        if (result.Succeeded)
        {
            _profile = result.Value;
            if (Welcome)
            {
                _opened.Show($"Welcome to the crew, {_profile!.Form.FirstName}! See you at the next run.", FeedbackKind.Success);
            }
        }
        else
        {
            _opened.Show(result.Message, FeedbackKind.Error);
        }
    }

    private async Task SaveAsync()
    {
        _feedback.Clear();
        await _form!.ValidateAsync();
        if (!_form.IsValid)
        {
            _feedback.Show("Please fix the fields marked in red.", FeedbackKind.Error);
            return;
        }

        _busy = true;
        try
        {
            var result = await UseCases.SendAsync(new UpdateMyProfile(_profile!.Form));
            if (result.Succeeded)
            {
                _feedback.Show("Your profile is saved.", FeedbackKind.Success);
                return;
            }

            foreach (var problem in result.Problems.Where(p => p.Field is not null))
            {
                _fieldErrors[problem.Field!] = problem.Message;
            }

            _feedback.ShowLines(result.Problems.Select(p => p.Message), FeedbackKind.Error);
        }
        finally
        {
            _busy = false;
        }
    }
}
