using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components.Forms;

namespace AlphasRun.Web;

/// <summary>
/// Issues an antiforgery token only when a form on the page asks for one. Blazor's own provider issues
/// one on every page once any interactive render mode is configured, and its cookie (plus
/// <c>Cache-Control: no-store</c>) would make every reading page uncacheable although it has no form
/// (docs/decisions/0009). Forms of static pages get their token as before; interactive pages post no
/// HTML forms.
/// </summary>
internal sealed class OnDemandAntiforgeryStateProvider(IHttpContextAccessor accessor, IAntiforgery antiforgery) : AntiforgeryStateProvider
{
    private AntiforgeryRequestToken? _token;

    public override AntiforgeryRequestToken? GetAntiforgeryToken()
    {
        if (_token is not null || accessor.HttpContext is not { Response.HasStarted: false } context)
        {
            return _token;
        }

        var tokens = antiforgery.GetAndStoreTokens(context);
        return _token = tokens.RequestToken is { } token ? new AntiforgeryRequestToken(token, tokens.FormFieldName) : null;
    }
}
