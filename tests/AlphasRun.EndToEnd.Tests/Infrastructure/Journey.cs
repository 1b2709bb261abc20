using AlphasRun.EndToEnd.Tests.Journeys;

namespace AlphasRun.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Base of every journey test: hands out visitors and, after the test, closes them. A journey that
/// failed leaves a screenshot and the console log per visitor under test-results/e2e/.
/// </summary>
public abstract class Journey(AlphasRunApp app) : IAsyncDisposable
{
    private readonly List<Visitor> _visitors = [];

    protected AlphasRunApp App { get; } = app;

    /// <summary>A visitor owned by this test: do not dispose it, the journey does (after saving evidence).</summary>
    protected async Task<Visitor> NewVisitorAsync(bool phone = false, bool darkMode = false, bool javaScript = true)
    {
        var visitor = await App.NewVisitorAsync(phone, darkMode, javaScript);
        _visitors.Add(visitor);
        return visitor;
    }

    /// <summary>
    /// A visitor signed in as a seeded demo account (coach, admin), on <paramref name="goingTo"/>, for a journey
    /// about something else. The first journey of the run to ask signs in through the form (every step checked);
    /// the later ones start from the cookies saved then, as a member who comes back to the site does, instead
    /// of another sign-in. Never sign such a visitor out: the session is the same for all of them.
    /// </summary>
    protected async Task<Visitor> NewVisitorSignedInAsync(Member member, string goingTo = "/", bool phone = false)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (App.SavedSignIn(member.Email) is { } saved)
        {
            var returning = await App.NewVisitorAsync(phone, storageState: saved);
            _visitors.Add(returning);
            await returning.OpensAsync(goingTo);
            new Uri(returning.Page.Url).AbsolutePath.ShouldBe(goingTo, $"{member.Email}'s saved sign-in should open {goingTo}, not send them to sign in");
            await Assertions.Expect(returning.AppBar.GetByRole(AriaRole.Link, new() { Name = "My profile" })).ToBeVisibleAsync();
            return returning;
        }

        var visitor = await NewVisitorAsync(phone);
        await visitor.SignsInThroughTheFormAsync(member, goingTo);
        App.SaveSignIn(member.Email, await visitor.Context.StorageStateAsync());
        return visitor;
    }

    /// <summary>A visitor of another site (the cluster behind nginx), owned by this test like the others.</summary>
    protected async Task<Visitor> NewVisitorAtAsync(Uri origin)
    {
        var visitor = await App.NewVisitorAtAsync(origin);
        _visitors.Add(visitor);
        return visitor;
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);

        // xunit runs this during clean-up, when the test's result is known.
        var failed = TestContext.Current.TestState?.Result == TestResult.Failed;
        var late = new List<string>();
        for (var i = 0; i < _visitors.Count; i++)
        {
            var visitor = _visitors[i];
            if (failed || visitor.Problems.Count > 0)
            {
                var test = TestContext.Current.Test?.TestDisplayName ?? GetType().Name;
                await visitor.SaveEvidenceAsync(Path.Combine(RepositoryPaths.TestResults, SafeName(test)), $"visitor-{i + 1}");
            }

            late.AddRange(visitor.Problems);
            await visitor.DisposeAsync();
        }

        // Problems after the journey's last check still fail it.
        if (!failed && late.Count > 0)
        {
            throw new ShouldAssertException($"The browser reported problems after the last check:{Environment.NewLine}{string.Join(Environment.NewLine, late)}");
        }
    }

    private static string SafeName(string name) =>
        string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_'));
}
