using Microsoft.Extensions.Options;

namespace AlphasRun.Application.Common;

/// <summary>
/// Absolute links to the site, for whatever leaves it (emails, calendar feeds, links to copy). They come from
/// <c>AlphasRun:PublicUrl</c> only: a request's Host header is chosen by whoever sends the request.
/// </summary>
public interface IPublicUrls
{
    /// <summary>The configured origin, e.g. <c>https://alphasrun.example/</c> (always ends with a slash).</summary>
    Uri Origin { get; }

    /// <summary>An absolute URL for a site path such as <c>/account/reset-password?code=…</c>.</summary>
    string Absolute(string pathAndQuery);
}

/// <inheritdoc />
public sealed class PublicUrls(IOptions<ClubOptions> options) : IPublicUrls
{
    /// <summary>Development's origin when none is configured (the launch profile's address).</summary>
    public const string DevelopmentDefault = "http://localhost:5080";

    // An invalid value stops the web host at start-up (see the Web layer's check); never throw from here.
    private readonly Uri _origin = Normalize(ClubOptions.IsValidPublicUrl(options.Value.PublicUrl) ? options.Value.PublicUrl! : DevelopmentDefault);

    public Uri Origin => _origin;

    public string Absolute(string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        return _origin.AbsoluteUri + pathAndQuery.TrimStart('/');
    }

    private static Uri Normalize(string value)
    {
        var uri = new Uri(value, UriKind.Absolute);
        var path = uri.AbsolutePath.EndsWith('/') ? uri.AbsolutePath : uri.AbsolutePath + "/";
        return new Uri(uri.GetLeftPart(UriPartial.Authority) + path);
    }
}
