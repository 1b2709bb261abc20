using System.Runtime.CompilerServices;

namespace AlphasRun.Web.Tests.Support;

/// <summary>
/// On a 2-core machine the thread pool starts with two workers, and this assembly runs app hosts and bUnit
/// renderers side by side: a synchronous bUnit wait that blocks a worker could leave the renderer's dispatcher
/// no thread to run its check on before the timeout (seen once in CI: "the wait condition was never checked").
/// More minimum workers is bUnit's own advice for that; it changes no assertion.
/// </summary>
internal static class ThreadPoolSetup
{
    [ModuleInitializer]
    internal static void RaiseMinThreads()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount * 4), io);
    }
}
