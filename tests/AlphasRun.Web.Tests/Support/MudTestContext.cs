using MudBlazor.Services;

namespace AlphasRun.Web.Tests.Support;

/// <summary>
/// One bUnit context for every component test: MudBlazor services and loose JS interop. Subclasses add
/// their services, then call <see cref="UseInteractiveServer"/> (bUnit needs it after the last registration).
/// </summary>
public abstract class MudTestContext : BunitContext
{
    protected MudTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    protected void UseInteractiveServer() =>
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
}
