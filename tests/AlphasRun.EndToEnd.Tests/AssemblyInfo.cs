using AlphasRun.EndToEnd.Tests.Infrastructure;

// One server and one browser for the whole run; every test gets its own browser context.
[assembly: AssemblyFixture(typeof(AlphasRunApp))]
