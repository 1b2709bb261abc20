using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AlphasRun.Infrastructure.Persistence;
using AlphasRun.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlphasRun.Web.Tests.Security;

/// <summary>Item 7: mail files expire, logs carry no addresses, joining leaks nothing, and the data-protection keys are encrypted.</summary>
public sealed class EmailAndKeysTests
{
    [Fact]
    public async Task SendingEmail_LogsNoAddress_AndTheRetentionJobDeletesMailOlderThanTheRetention()
    {
        await using var factory = new AlphasRunWebFactory();
        Directory.CreateDirectory(factory.MailFolder);
        var old = Path.Combine(factory.MailFolder, "20200101-000000-old.eml");
        var recent = Path.Combine(factory.MailFolder, "20200101-000000-recent.eml");
        await File.WriteAllTextAsync(old, "To: someone@example.com\r\n\r\nold", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(recent, "To: someone@example.com\r\n\r\nrecent", TestContext.Current.CancellationToken);
        File.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddDays(-31));
        File.SetLastWriteTimeUtc(recent, DateTime.UtcNow.AddDays(-29));

        // Starting the app starts the job runner: the pickup folder's retention runs at its first tick, then hourly.
        await factory.CreateMemberAsync("private.person@example.com", "a long enough password");
        await factory.NewClient().PostFormAsync("/account/forgot-password", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = "private.person@example.com" });
        (await factory.EmailsAsync(where: e => e.Contains("private.person@example.com", StringComparison.Ordinal))).ShouldNotBeEmpty();
        for (var waited = 0; File.Exists(old) && waited < 10_000; waited += 50)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        File.Exists(old).ShouldBeFalse();
        File.Exists(recent).ShouldBeTrue();
        factory.Logs.Entries.ShouldContain(e => e.Message.StartsWith("Email written to the pickup folder", StringComparison.Ordinal));
        factory.Logs.Entries.Where(e => e.Level >= LogLevel.Information).ShouldNotContain(e => e.Message.Contains("private.person", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ResendConfirmation_SendsANewLinkToAnUnconfirmedMemberFromThePublicOrigin()
    {
        await using var factory = new AlphasRunWebFactory { Settings = { ["AlphasRun:PublicUrl"] = "https://alphas.example" } };
        await factory.CreateMemberAsync("unconfirmed@example.com", "a long enough password");

        var response = await factory.NewClient().PostFormAsync("/account/resend-confirmation", "resend-confirmation", new Dictionary<string, string> { ["Input.Email"] = "unconfirmed@example.com" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await HtmlText.ReadAsync(response)).ShouldContain("we've sent it a new link");
        (await factory.EmailsAsync()).ShouldHaveSingleItem().ShouldContain("https://alphas.example/account/confirm-email?userId=");
    }

    [Fact]
    public async Task Production_WithACertificate_StoresTheDataProtectionKeysEncrypted()
    {
        var certificatePath = Path.Combine(Path.GetTempPath(), $"alphasrun-dp-{Guid.NewGuid():N}.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=Alphas Run data protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(certificatePath, certificate.Export(X509ContentType.Pfx, "test-password"), TestContext.Current.CancellationToken);
        }

        try
        {
            await using var factory = new ProductionWebFactory
            {
                Settings = { [DataProtectionCertificate.PathKey] = certificatePath, [DataProtectionCertificate.PasswordKey] = "test-password" },
            };
            var client = factory.NewSiteClient();
            (await client.PostLoginAsync("nobody@example.com", "not a password")).StatusCode.ShouldBe(HttpStatusCode.OK);

            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AlphasRunDbContext>();
            var keys = await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync(TestContext.Current.CancellationToken);
            keys.ShouldNotBeEmpty();
            keys.ShouldAllBe(xml => xml.Contains("encryptedSecret") && !xml.Contains("<masterKey"));
        }
        finally
        {
            File.Delete(certificatePath);
        }
    }
}
