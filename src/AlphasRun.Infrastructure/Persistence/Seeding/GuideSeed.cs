namespace AlphasRun.Infrastructure.Persistence.Seeding;

/// <summary>The off-season guide as first published, retold from the crew's post "Off-Season Training" (2020).</summary>
internal static class GuideSeed
{
    public static IReadOnlyList<(string Anchor, string Title, string Markdown)> Sections { get; } =
    [
        ("why-the-off-season", "Why the off-season matters",
            """
            The off-season is the stretch right after your goal race, or the winter months for most of us.
            It is easy to treat it as time off, but it is one of the most important parts of a runner's year:
            the weeks where you **recover from the season you just ran** and **get ready for the next one**.

            Work through the five steps below and you will start the next training block a better runner.
            """),
        ("recover", "1. Recover first",
            """
            Whether you ran a half or a full marathon, give yourself **at least 3–4 weeks** of rest and recovery.
            Months of race preparation and racing put your body and mind under stress; this break brings both
            back to a healthy state.

            - Niggles and injuries get the time they need to heal.
            - You head off burnout, mental as well as physical.
            """),
        ("back-to-basics", "2. Back to basics",
            """
            High-mileage weeks make it easy to let key habits slip. The off-season is the time to rebuild them.

            - **Fix your weak spots.** Glutes and hips are the usual suspects: work on them with a strength trainer.
            - **Form and cadence.** Use your easy, slow runs to practise good running form and a quicker cadence.
            - **Stay consistent.** Follow a steady training plan so you keep the fitness you worked for.
            """),
        ("nutrition", "3. Rethink your nutrition",
            """
            With no race on the calendar, this is a safe moment to try a new nutrition plan.

            - Experiment with the help of a **dietitian**.
            - Look for food combinations that lift your energy levels.
            - Try new recipes and build a way of eating that fuels your training and makes you a fitter runner.
            """),
        ("strength", "4. Build strength",
            """
            Put time into the core muscles runners lean on but often neglect. A strong core helps you
            stay injury-free, hold good form and race to your potential.

            - Choose **core exercises that work a good range of dynamic hip flexion**.
            - Keep your **hips mobile**: dynamic hip mobility is one of the big differences between elite
              and amateur runners, and these exercises are about keeping it.
            """),
        ("new-training-plan", "5. Draw up a new training plan",
            """
            Last season changed your stamina and your body. You are starting from a new level of fitness,
            so your target times and training sessions should change with it.

            - **Bring a coach on board** if you can, to get more out of every session.
            - **Pick the big races** you want to run this year and build your plan towards them.

            Not sure where to start? Our recommended 7-day off-season plans for marathoners and half marathoners
            are a good first week, and the crew runs them with you.
            """),
    ];
}
