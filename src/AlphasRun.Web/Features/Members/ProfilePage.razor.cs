using AlphasRun.Application.Common;
using AlphasRun.Application.Common.UseCases;
using AlphasRun.Application.Runners;
using AlphasRun.Application.Runners.GetMyProfile;
using AlphasRun.Application.Runners.UpdateMyProfile;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace AlphasRun.Web.Features.Members;

public partial class ProfilePage
{
    private readonly Dictionary<string, string> _fieldErrors = [];
    private ProfileDto? _profile;
    private string? _loadProblem;
    private List<string> _problems = [];
    private MudForm? _form;
    private bool _busy;
    private bool _saved;
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
        }
        else
        {
            _loadProblem = result.Message;
        }
    }

    private async Task SaveAsync()
    {
        _saved = false;
        _problems = [];
        await _form!.ValidateAsync();
        if (!_form.IsValid)
        {
            _problems = ["Please fix the fields marked in red."];
            return;
        }

        _busy = true;
        try
        {
            var result = await UseCases.SendAsync(new UpdateMyProfile(_profile!.Form));
            if (result.Succeeded)
            {
                _saved = true;
                return;
            }

            foreach (var problem in result.Problems.Where(p => p.Field is not null))
            {
                _fieldErrors[problem.Field!] = problem.Message;
            }

            _problems = [.. result.Problems.Select(p => p.Message).Distinct()];
        }
        finally
        {
            _busy = false;
        }
    }
}
