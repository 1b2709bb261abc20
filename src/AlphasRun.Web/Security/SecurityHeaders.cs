using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace AlphasRun.Web.Security;

/// <summary>
/// Response headers every page gets. The Content-Security-Policy allows scripts from the site only, plus
/// the one inline script the framework writes (the import map), by its hash; inline styles are allowed
/// because MudBlazor positions popovers and sizes components with style attributes.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    private const string PolicyAfterScripts =
        "; style-src 'self' 'unsafe-inline'; img-src 'self' https: data:; font-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static readonly ConcurrentDictionary<ImportMapDefinition, string> ImportMapHashes = new();

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'" + ImportMapSource(context) + PolicyAfterScripts;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>The import map's hash: the only inline script; it differs per build, so it is computed, not typed in.</summary>
    internal static string ImportMapSource(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<ImportMapDefinition>() is not { } importMap)
        {
            return string.Empty;
        }

        return ImportMapHashes.GetOrAdd(importMap, map =>
            $" 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(map.ToString())))}'");
    }
}
