using System.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Collector;

/// <summary>The collector as its own process (the built ReportSite.Collector.dll), so a test can SIGKILL it.</summary>
public sealed class CollectorProcess : IDisposable
{
    private readonly Process _process;

    private CollectorProcess(Process process, Uri address) => (_process, Address) = (process, address);

    public Uri Address { get; }

    /// <summary>Starts the collector on a free loopback port and waits until /health answers.</summary>
    public static async Task<CollectorProcess> Start(string database, int rateLimit = 0)
    {
        var port = StaticServer.FreePort();
        var url = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ReportSite.Collector.dll"));
        foreach (var argument in RunningCollector.Arguments(database, url, rateLimit)) start.ArgumentList.Add(argument);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(process.HasExited, $"the collector exited with code {(process.HasExited ? process.ExitCode : 0)}");
            try
            {
                using var health = await http.GetAsync($"{url}/health");
                if (health.IsSuccessStatusCode) return new CollectorProcess(process, new Uri(url));
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        process.Kill();
        throw new TimeoutException("the collector did not answer /health within 30 s");
    }

    /// <summary>SIGKILL: no shutdown, no flushing, as when the machine's process manager kills it.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
    }
}
