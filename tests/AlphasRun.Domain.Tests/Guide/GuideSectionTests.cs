using AlphasRun.Domain.Common;
using AlphasRun.Domain.Guide;

namespace AlphasRun.Domain.Tests.Guide;

public sealed class GuideSectionTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void EditDraft_KeepsThePublishedTextUntilPublish()
    {
        var section = new GuideSection(Guid.NewGuid(), "recover", 1, "Recover", "Rest.", Now);
        var token = section.ConcurrencyToken;

        section.EditDraft("Recover well", "Rest more.", Now, "sam");

        section.Title.ShouldBe("Recover");
        section.HasDraft.ShouldBeTrue();
        section.ConcurrencyToken.ShouldNotBe(token);

        section.Publish(Now.AddHours(1), "sam");

        section.Title.ShouldBe("Recover well");
        section.BodyMarkdown.ShouldBe("Rest more.");
        section.HasDraft.ShouldBeFalse();
        section.PublishedBy.ShouldBe("sam");
    }

    [Fact]
    public void Publish_WithoutADraft_IsRefused()
    {
        var section = new GuideSection(Guid.NewGuid(), "recover", 1, "Recover", "Rest.", Now);

        Should.Throw<DomainException>(() => section.Publish(Now, "sam"));
    }
}
