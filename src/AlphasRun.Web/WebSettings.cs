namespace AlphasRun.Web;

/// <summary>The settings under <c>AlphasRun</c> that only the web host reads.</summary>
public sealed class WebSettings
{
    public const string SectionName = "AlphasRun";

    /// <summary><c>AlphasRun:OutputCache</c>: false turns the public pages' output cache off (to measure a page's real cost).</summary>
    public bool OutputCache { get; set; } = true;

    /// <summary><c>AlphasRun:Instance</c> (set by deploy/cluster.sh): names the instance that answered <c>/healthz</c>.</summary>
    public string? Instance { get; set; }
}
