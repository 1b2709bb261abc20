using System.Security.Cryptography.X509Certificates;

namespace AlphasRun.Infrastructure.Persistence;

/// <summary>
/// The certificate (a .pfx with its private key) that encrypts the data-protection keys at rest:
/// <c>AlphasRun:DataProtection:CertificatePath</c> and <c>CertificatePassword</c>. Expected outside Development.
/// </summary>
public static class DataProtectionCertificate
{
    public const string PathKey = "AlphasRun:DataProtection:CertificatePath";
    public const string PasswordKey = "AlphasRun:DataProtection:CertificatePassword";

    public static X509Certificate2? Load(DataProtectionSettings settings, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var path = settings.CertificatePath;
        if (!settings.IsConfigured || path is null)
        {
            return null;
        }

        var full = Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(contentRoot, path));
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(full, settings.CertificatePassword, X509KeyStorageFlags.EphemeralKeySet);
        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"{PathKey} must name a certificate with its private key (.pfx).");
    }
}

/// <summary>Settings under <c>AlphasRun:DataProtection</c>.</summary>
public sealed class DataProtectionSettings
{
    public const string SectionName = "AlphasRun:DataProtection";

    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(CertificatePath);
}
