using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace ReportSite.Tests.Collector;

/// <summary>
/// Many readers at once: <c>clients</c> concurrent senders share <c>total</c> submissions, each with a
/// unique marker in its text answer so every acknowledgement can be matched to its row afterwards.
/// </summary>
public sealed class LoadRun
{
    /// <summary>The marker of every submission that got a 201, with the row id the collector gave.</summary>
    public ConcurrentDictionary<string, long> Acknowledged { get; } = new();

    /// <summary>Markers whose request failed or got another status: they may or may not have a row.</summary>
    public ConcurrentBag<string> Unacknowledged { get; } = [];

    public ConcurrentBag<double> LatenciesMs { get; } = [];

    public TimeSpan Elapsed { get; private set; }

    public static string Marker(int n) => $"load-{n:D5}";

    public async Task Run(Uri collector, int clients, int total, CancellationToken stop = default)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            int n;
            while (!stop.IsCancellationRequested && (n = Interlocked.Increment(ref next)) < total)
            {
                var marker = Marker(n);
                var sent = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.SendAsync(Answers.Post(collector, Answers.Valid(marker)));
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
                        Acknowledged[marker] = id;
                        LatenciesMs.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                    }
                    else
                    {
                        Unacknowledged.Add(marker);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    Unacknowledged.Add(marker);
                }
            }
        })));
        Elapsed = watch.Elapsed;
    }

    public double Percentile(double p)
    {
        var sorted = LatenciesMs.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100 * sorted.Count) - 1)];
    }

    public string Report() =>
        $"{Acknowledged.Count} acknowledged in {Elapsed.TotalSeconds:F2} s: {Acknowledged.Count / Elapsed.TotalSeconds:F0} submissions/s, " +
        $"latency p50 {Percentile(50):F1} ms, p99 {Percentile(99):F1} ms, max {Percentile(100):F1} ms";
}
