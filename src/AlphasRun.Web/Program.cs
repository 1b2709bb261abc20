using AlphasRun.Application;
using AlphasRun.Infrastructure;
using AlphasRun.Web;
using AlphasRun.Web.Caching;
using AlphasRun.Web.Endpoints;
using AlphasRun.Web.Features.Account;
using AlphasRun.Web.Security;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddApplication(builder.Configuration);
builder.Services.AddInfrastructure(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddWebUi(builder.Configuration);
builder.Services.AddAlphasRunSecurity(builder.Configuration, builder.Environment);

var app = builder.Build();

if (!await app.InitializeDatabaseAsync())
{
    await app.DisposeAsync(); // flushes the log line that says why
    return 1;
}

if (await app.RunCommandAsync(args) is { } exitCode)
{
    return exitCode;
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}

app.UseAlphasRunSecurity();

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAuthentication();
app.UseAuthorization();
app.UsePublicPageCache();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapHealthEndpoint();
app.MapAccountEndpoints();
app.MapGroupRunEndpoints();
app.MapSeasonEndpoints();
app.MapPreferenceEndpoints();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode()
    .WithoutStateOnStaticPages();

await app.RunAsync();
return 0;

/// <summary>Entry point; public so the tests' WebApplicationFactory can host the app.</summary>
public partial class Program;
