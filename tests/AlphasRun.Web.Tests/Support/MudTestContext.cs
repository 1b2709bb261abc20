using MudBlazor.Services;
namespace AlphasRun.Web.Tests.Support;

/// <summary>One bUnit context for every component test: MudBlazor services, loose JS interop, server renderer.</summary>
public abstract class MudTestContext : BunitContext
{
    protected MudTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }
}
