using AlphasRun.Web.Layout;
using AlphasRun.Web.Tests.Support;

namespace AlphasRun.Web.Tests.Layout;

/// <summary>The layout's link bars: the top bar (wide screens) and the bottom bar (phones).</summary>
public sealed class NavLinksTests : MudTestContext
{
    [Fact]
    public void Visitor_OnAPlan_SeesTheReadingPages_WithPlansMarkedCurrent()
    {
        var cut = Render<NavLinks>(p => p.Add(c => c.User, SiteUser.Visitor).Add(c => c.CurrentPath, "/plans/off-season-marathon"));

        cut.FindAll("a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href")))
            .ShouldBe([("Home", "/"), ("Guide", "/guide"), ("Plans", "/plans"), ("Runs", "/runs")]);
        cut.FindAll("a[aria-current=page]").Select(a => a.GetAttribute("href")).ShouldBe(["/plans"]);
        cut.FindAll("a svg").Count.ShouldBe(4);
    }

    [Fact]
    public void Visitor_OnAPhone_GetsSignInInsteadOfHome()
    {
        var cut = Render<NavLinks>(p => p.Add(c => c.User, SiteUser.Visitor).Add(c => c.CurrentPath, "/").Add(c => c.Compact, true));

        cut.FindAll("a").Select(a => a.GetAttribute("href")).ShouldBe(["/guide", "/plans", "/runs", "/account/login"]);
        cut.FindAll("a[aria-current]").ShouldBeEmpty();
        cut.Find("a[href='/runs'] .bottom-nav-item").TextContent.Trim().ShouldBe("Runs");
    }

    [Fact]
    public void Coach_SeesTheirOwnLinks_AndOnAPhoneNotMySeason()
    {
        var coach = new SiteUser(SignedIn: true, CanManageRuns: true, CanManageMembers: false);

        var wide = Render<NavLinks>(p => p.Add(c => c.User, coach).Add(c => c.CurrentPath, "/my/runs"));
        var phone = Render<NavLinks>(p => p.Add(c => c.User, coach).Add(c => c.CurrentPath, "/my/runs").Add(c => c.Compact, true));

        wide.FindAll("a").Select(a => a.GetAttribute("href")).ShouldBe(["/", "/guide", "/plans", "/runs", "/my/runs", "/my/season", "/coach"]);
        phone.FindAll("a").Select(a => a.GetAttribute("href")).ShouldBe(["/guide", "/plans", "/runs", "/my/runs", "/coach"]);
        phone.Find("a[aria-current=page]").TextContent.Trim().ShouldBe("My runs");
    }

    [Fact]
    public void Admin_SeesMembers_OnWideScreensOnly()
    {
        var admin = new SiteUser(SignedIn: true, CanManageRuns: true, CanManageMembers: true);

        Render<NavLinks>(p => p.Add(c => c.User, admin).Add(c => c.CurrentPath, "/admin/members"))
            .Find("a[aria-current=page]").GetAttribute("href").ShouldBe("/admin/members");
        Render<NavLinks>(p => p.Add(c => c.User, admin).Add(c => c.CurrentPath, "/admin/members").Add(c => c.Compact, true))
            .FindAll("a[href='/admin/members']").ShouldBeEmpty();
    }
}
