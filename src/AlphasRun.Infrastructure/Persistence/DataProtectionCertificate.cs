using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;

namespace AlphasRun.Infrastructure.Persistence;

/// <summary>
/// The certificate (a .pfx with its private key) that encrypts the data-protection keys at rest:
/// <c>AlphasRun:DataProtection:CertificatePath</c> and <c>CertificatePassword</c>. Expected outside Development.
/// </summary>
public static class DataProtectionCertificate
{
    public const string PathKey = "AlphasRun:DataProtection:CertificatePath";
    public const string PasswordKey = "AlphasRun:DataProtection:CertificatePassword";

    public static bool IsConfigured(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration?[PathKey]);

    public static X509Certificate2? Load(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var path = configuration[PathKey];
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        var full = Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(contentRoot, path));
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(full, configuration[PasswordKey], X509KeyStorageFlags.EphemeralKeySet);
        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"{PathKey} must name a certificate with its private key (.pfx).");
    }
}
