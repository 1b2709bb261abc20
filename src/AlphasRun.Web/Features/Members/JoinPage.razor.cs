using AlphasRun.Application.Common;
using AlphasRun.Application.Notifications;
using AlphasRun.Application.Runners;
using AlphasRun.Web.Features.Account;
using AlphasRun.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace AlphasRun.Web.Features.Members;

/// <summary>
/// Joining is an interactive form (live validation); the service validates again and creates the
/// account and profile together, then a one-time ticket, posted with the antiforgery token, signs the
/// new member in over HTTP. An email that already has an account gets the same kind of answer
/// ("check your inbox") and its owner a note, so the form does not tell anyone who is a member.
/// </summary>
public partial class JoinPage
{
    private readonly JoinForm _model = new();
    private readonly Dictionary<string, string> _fieldErrors = [];
    private List<string> _problems = [];
    private MudForm? _form;
    private bool _busy;
    private bool _checkInbox;
    private string? _sentTo;
    private string? _ticket;
    private bool _submitTicket;
    private Func<object, string, Task<IEnumerable<string>>> _validate = default!;

    [Inject]
    private MembershipService Membership { get; set; } = default!;

    [Inject]
    private IValidator<JoinForm> Validator { get; set; } = default!;

    [Inject]
    private SignInTickets Tickets { get; set; } = default!;

    [Inject]
    private IAccountEmailOutbox AccountEmails { get; set; } = default!;

    [Inject]
    private Throttle Throttle { get; set; } = default!;

    [Inject]
    private IHttpContextAccessor HttpContextAccessor { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    // The address of the circuit's connection (after trusted proxies' headers), read while the circuit starts.
    private string? _client;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_submitTicket)
        {
            _submitTicket = false;
            await JS.InvokeVoidAsync("alphasRun.submitForm", "complete-sign-in");
        }
    }

    protected override void OnInitialized()
    {
        _validate = Validator.ForMudForm();
        _client = RateLimits.ClientKey(HttpContextAccessor.HttpContext?.Connection.RemoteIpAddress);
    }

    private async Task JoinAsync()
    {
        _problems = [];
        await _form!.ValidateAsync();
        if (!_form.IsValid)
        {
            _problems = ["Please fix the fields marked in red."];
            return;
        }

        if (Throttle.TryJoin(_client, _model.Email) is { } wait)
        {
            _problems = [$"Too many tries to join from here in a short time. Please try again in {Throttle.Describe(wait)}."];
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

            var outcome = result.Value!;
            if (outcome.AlreadyMember)
            {
                await AccountEmails.QueueAsync(AccountEmail.JoinAttempt, outcome.UserId);
                _sentTo = _model.Email.Trim();
                _checkInbox = true;
                return;
            }

            await AccountEmails.QueueAsync(AccountEmail.Confirmation, outcome.UserId);
            _ticket = await Tickets.IssueAsync(outcome.UserId);
            _submitTicket = true;
        }
        finally
        {
            _busy = false;
        }
    }
}
