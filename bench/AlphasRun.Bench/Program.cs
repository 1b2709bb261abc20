using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using AlphasRun.Application;
using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
using AlphasRun.Application.Common.UseCases;
using AlphasRun.Application.GroupRuns.Register.RegisterForRun;
using AlphasRun.Domain.GroupRuns;
using AlphasRun.Domain.Plans;
using AlphasRun.Domain.Runners;
using AlphasRun.Infrastructure;
using AlphasRun.Infrastructure.Identity;
using AlphasRun.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// Racing registrations, end to end through the RegisterForRun use case on a real database (a SQLite file, or
// a fresh PostgreSQL database with --db postgres), from one app instance or two sharing the database
// (--instances 2: two service providers, each with its own pools and caches, requests alternating):
// N members register for one run of capacity C at the same moment. Reports per-registration
// p50/p95/max and the wall time of each round, and checks the outcome is exact every time.
var runners = Arg("--runners", 200);
var capacity = Arg("--capacity", 20);
var rounds = Arg("--rounds", 5);
var warmup = Arg("--warmup", 1); // untimed rounds first: a running server is warm (JIT, pools, caches)
var instances = Math.Max(1, Arg("--instances", 1));
var postgres = Text("--db", "sqlite").StartsWith("postgres", StringComparison.OrdinalIgnoreCase);

var folder = Path.Combine(Path.GetTempPath(), "alphasrun-bench", Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(folder);
var pgServer = Environment.GetEnvironmentVariable("ALPHASRUN_BENCH_POSTGRES") is { Length: > 0 } configuredServer
    ? configuredServer
    : "Host=127.0.0.1;Port=5432;Username=alphasrun;Password=alphasrun";
var pgDatabase = "alphasrun_bench_" + Guid.NewGuid().ToString("N");
if (postgres)
{
    await AdminAsync(pgServer, $"CREATE DATABASE \"{pgDatabase}\"");
}

var caller = new BenchUser();
var configuration = new ConfigurationBuilder()
    .AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["AlphasRun:Database"] = postgres ? "PostgreSQL" : "Sqlite",
        ["ConnectionStrings:AlphasRun"] = postgres
            ? new Npgsql.NpgsqlConnectionStringBuilder(pgServer) { Database = pgDatabase, MaxPoolSize = Arg("--pool", 60 / instances) }.ConnectionString
            : $"Data Source={Path.Combine(folder, "bench.db")}",
    })
    .Build();
var hosts = Enumerable.Range(0, instances).Select(_ => new ServiceCollection()
    .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
    .AddSingleton<IHostEnvironment>(new BenchEnvironment(folder))
    .AddApplication(configuration)
    .AddInfrastructure(configuration, folder)
    .AddSingleton<ICurrentUser>(caller)
    .AddSingleton<IEmailSender, NoEmail>()
    .BuildServiceProvider()).ToList();
var services = hosts[0];

foreach (var host in hosts)
{
    await using var scope = host.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
}

var dbFactory = services.GetRequiredService<IDbContextFactory<AlphasRunDbContext>>();
var members = await AddMembersAsync(dbFactory, runners);
var runs = await NextRunsAsync(dbFactory, rounds + warmup, capacity);

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{runners} racing registrations for capacity {capacity}, {rounds} timed rounds after {warmup} warm-up, {(postgres ? "PostgreSQL" : "SQLite file")}, {instances} app instance(s), {Environment.ProcessorCount} cores"));
var all = new List<double>();
var failures = 0;
for (var round = -warmup; round < rounds; round++)
{
    var run = runs[round + warmup];
    var latencies = new double[runners];
    var start = new TaskCompletionSource();
    var total = Stopwatch.StartNew();
    var tasks = members.Select((member, i) => Task.Run(async () =>
    {
        await start.Task;
        caller.SignIn(member.UserId);
        var watch = Stopwatch.StartNew();
        await using var scope = hosts[i % hosts.Count].CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IUseCases>().SendAsync(new RegisterForRun(run, null));
        latencies[i] = watch.Elapsed.TotalMilliseconds;
        return result;
    })).ToList();
    total.Restart();
    start.SetResult();
    var results = await Task.WhenAll(tasks);
    var wall = total.Elapsed.TotalMilliseconds;

    await using var db = await dbFactory.CreateDbContextAsync();
    var rows = await db.Registrations.AsNoTracking().Where(r => r.OccurrenceId == run).ToListAsync();
    var confirmedCounter = await db.GroupRunOccurrences.Where(o => o.Id == run).Select(o => o.ConfirmedCount).SingleAsync();
    var exact = results.All(r => r.Succeeded)
        && rows.Count == runners
        && rows.Select(r => r.RunnerId).Distinct().Count() == runners
        && rows.Count(r => r.Status == RegistrationStatus.Confirmed) == Math.Min(capacity, runners)
        && rows.Count(r => r.Status == RegistrationStatus.Waitlisted) == Math.Max(0, runners - capacity)
        && confirmedCounter == Math.Min(capacity, runners);
    failures += exact ? 0 : 1;
    if (round < 0)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up: total {wall:0} ms  {(exact ? "exact" : "WRONG")}"));
        continue;
    }

    all.AddRange(latencies);
    Array.Sort(latencies);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"round {round + 1}: total {wall,7:0} ms  p50 {Percentile(latencies, 50),6:0.0} ms  p95 {Percentile(latencies, 95),6:0.0} ms  max {latencies[^1],6:0.0} ms  confirmed {rows.Count(r => r.Status == RegistrationStatus.Confirmed)}  waitlisted {rows.Count(r => r.Status == RegistrationStatus.Waitlisted)}  {(exact ? "exact" : "WRONG")}"));
}

var sorted = all.Order().ToArray();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all rounds: p50 {Percentile(sorted, 50):0.0} ms  p95 {Percentile(sorted, 95):0.0} ms  max {sorted[^1]:0.0} ms  outcome exact in {rounds + warmup - failures}/{rounds + warmup} rounds"));
foreach (var host in hosts)
{
    await host.DisposeAsync();
}

Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
if (postgres)
{
    Npgsql.NpgsqlConnection.ClearAllPools();
    await AdminAsync(pgServer, $"DROP DATABASE IF EXISTS \"{pgDatabase}\" WITH (FORCE)");
}

Directory.Delete(folder, recursive: true);
return failures == 0 ? 0 : 1;

string Text(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

static async Task AdminAsync(string server, string sql)
{
    await using var connection = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
    await connection.OpenAsync();
    await using var command = new Npgsql.NpgsqlCommand(sql, connection);
    await command.ExecuteNonQueryAsync();
}

int Arg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
}

static double Percentile(double[] sorted, int p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];

static async Task<List<(string UserId, Guid RunnerId)>> AddMembersAsync(IDbContextFactory<AlphasRunDbContext> factory, int count)
{
    await using var db = await factory.CreateDbContextAsync();
    var members = new List<(string, Guid)>();
    for (var i = 0; i < count; i++)
    {
        var email = $"bench{i}@example.com";
        var user = new ApplicationUser { UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant() };
        var runner = new Runner(Guid.NewGuid(), user.Id, $"Bench{i}", "Runner", PlanAudience.Marathon, DateTime.UtcNow);
        db.Users.Add(user);
        db.Runners.Add(runner);
        members.Add((user.Id, runner.Id));
    }

    await db.SaveChangesAsync();
    return members;
}

static async Task<List<Guid>> NextRunsAsync(IDbContextFactory<AlphasRunDbContext> factory, int count, int capacity)
{
    await using var db = await factory.CreateDbContextAsync();
    var now = DateTime.UtcNow;
    var runs = await db.GroupRunOccurrences.Where(o => o.StartUtc > now).OrderBy(o => o.StartUtc).Take(count).Select(o => o.Id).ToListAsync();

    // Set-up on a fresh database, before anyone registers; the app changes places through RunSeats.
    await db.GroupRunOccurrences.Where(o => runs.Contains(o.Id)).ExecuteUpdateAsync(s => s.SetProperty(o => o.Capacity, capacity));
    return runs;
}

internal sealed class BenchUser : ICurrentUser
{
    private readonly AsyncLocal<ClaimsPrincipal?> _principal = new();

    public void SignIn(string userId) =>
        _principal.Value = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Role, Roles.Runner)], "Bench"));

    public Task<ClaimsPrincipal> GetPrincipalAsync() => Task.FromResult(_principal.Value ?? new ClaimsPrincipal());
}

internal sealed class NoEmail : IEmailSender
{
    public Task SendAsync(string recipient, string subject, string body, CancellationToken cancellationToken = default) => Task.CompletedTask;
}

internal sealed class BenchEnvironment(string root) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = "Production";

    public string ApplicationName { get; set; } = "AlphasRun.Bench";

    public string ContentRootPath { get; set; } = root;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
