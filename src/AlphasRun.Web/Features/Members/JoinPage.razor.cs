using AlphasRun.Application.Common;
using AlphasRun.Application.Runners;
using AlphasRun.Web.Features.Account;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace AlphasRun.Web.Features.Members;

/// <summary>
/// Joining is an interactive form (live validation); the service validates again and creates the
/// account and profile together, then a one-time ticket signs the new member in over HTTP.
/// </summary>
public partial class JoinPage
{
    private readonly JoinForm _model = new();
    private readonly Dictionary<string, string> _fieldErrors = [];
    private List<string> _problems = [];
    private MudForm? _form;
    private bool _busy;
    private Func<object, string, Task<IEnumerable<string>>> _validate = default!;

    [Inject]
    private MembershipService Membership { get; set; } = default!;

    [Inject]
    private IValidator<JoinForm> Validator { get; set; } = default!;

    [Inject]
    private SignInTickets Tickets { get; set; } = default!;

    [Inject]
    private IAccountEmails AccountEmails { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override void OnInitialized() => _validate = Validator.ForMudForm();

    private async Task JoinAsync()
    {
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
            var result = await Membership.JoinAsync(_model);
            if (!result.Succeeded)
            {
                foreach (var problem in result.Problems)
                {
                    if (problem.Field is { } field)
                    {
                        _fieldErrors[field] = problem.Message;
                    }
                }

                _problems = [.. result.Problems.Select(p => p.Message).Distinct()];
                return;
            }

            await AccountEmails.SendConfirmationAsync(result.Value!, Navigation.BaseUri);
            var ticket = Tickets.Issue(result.Value!);
            Navigation.NavigateTo(
                $"/account/complete-sign-in?ticket={Uri.EscapeDataString(ticket)}&returnUrl={Uri.EscapeDataString("/account/profile?welcome=true")}",
                forceLoad: true);
        }
        finally
        {
            _busy = false;
        }
    }
}
