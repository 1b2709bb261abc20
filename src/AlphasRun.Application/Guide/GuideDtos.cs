namespace AlphasRun.Application.Guide;

public sealed record GuideSectionDto(string Anchor, string Title, string Html);
