using System.Collections.Concurrent;
using System.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Collector;

/// <summary>The collector as its own process (the built ReportSite.Collector.dll), so a test can SIGKILL it.</summary>
public sealed class CollectorProcess : IDisposable
{
    private readonly Process _process;

    private CollectorProcess(Process process, Uri address) => (_process, Address) = (process, address);

    public Uri Address { get; }

    /// <summary>
    /// How long one /health request may take, and how long the collector has to answer one at all.
    /// <paramref name="Unanswered"/> acts out a machine too busy to answer: that many of the first
    /// requests get no answer before their time is up.
    /// </summary>
    public sealed record Patience(TimeSpan PerRequest, TimeSpan InAll, int Unanswered = 0)
    {
        public static readonly Patience Default = new(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(30));
    }

    /// <summary>
    /// Starts the collector on a free loopback port and waits until /health answers. If it does not,
    /// for whatever reason, the process is stopped before the failure is passed on.
    /// </summary>
    public static async Task<CollectorProcess> Start(string database, int rateLimit = 0, Patience? patience = null)
    {
        var port = StaticServer.FreePort();
        var url = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ReportSite.Collector.dll"));
        foreach (var argument in RunningCollector.Arguments(database, url, rateLimit)) start.ArgumentList.Add(argument);
        var process = Process.Start(start)!;
        try
        {
            var output = new ConcurrentQueue<string>();
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            await WaitForHealth(process, url, patience ?? Patience.Default, output);
            return new CollectorProcess(process, new Uri(url));
        }
        catch
        {
            Stop(process);
            process.Dispose();
            throw;
        }
    }

    private static async Task WaitForHealth(Process process, string url, Patience patience, ConcurrentQueue<string> output)
    {
        using var http = new HttpClient(new Busy(patience.Unanswered)) { Timeout = patience.PerRequest };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < patience.InAll)
        {
            Assert.False(process.HasExited, $"the collector exited with code {(process.HasExited ? process.ExitCode : 0)}:\n{string.Join("\n", output)}");
            try
            {
                using var health = await http.GetAsync($"{url}/health");
                if (health.IsSuccessStatusCode) return;
            }
            // A busy machine may answer after one request's timeout: that is a reason to ask again, not to give up.
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"the collector did not answer /health within {patience.InAll.TotalSeconds:F0} s:\n{string.Join("\n", output)}");
    }

    /// <summary>SIGKILL: no shutdown, no flushing, as when the machine's process manager kills it.</summary>
    public void Kill() => Stop(_process);

    public void Dispose()
    {
        Stop(_process);
        _process.Dispose();
    }

    /// <summary>Holds back the first <c>unanswered</c> requests until the client gives up on them.</summary>
    private sealed class Busy(int unanswered) : DelegatingHandler(new SocketsHttpHandler())
    {
        private int _sent;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellation)
        {
            if (Interlocked.Increment(ref _sent) <= unanswered) await Task.Delay(Timeout.Infinite, cancellation);
            return await base.SendAsync(request, cancellation);
        }
    }

    /// <summary>Kills the process and anything it started, and waits until it is gone.</summary>
    private static void Stop(Process process)
    {
        if (process.HasExited) return;
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }
}
