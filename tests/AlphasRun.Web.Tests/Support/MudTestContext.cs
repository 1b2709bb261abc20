using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace AlphasRun.Web.Tests.Support;

/// <summary>
/// One bUnit context for every component test: MudBlazor services, loose JS interop and the flash messages
/// every FeedbackAlert reads (none in a circuit: there is no HttpContext). Subclasses add
/// their services, then call <see cref="UseInteractiveServer"/> (bUnit needs it after the last registration).
/// </summary>
public abstract class MudTestContext : BunitContext
{
    protected MudTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<IHttpContextAccessor, HttpContextAccessor>();
        Services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        Services.AddScoped<FlashMessages>();
    }

    protected void UseInteractiveServer() =>
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
}
