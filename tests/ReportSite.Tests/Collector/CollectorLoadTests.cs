using ReportSite.SurveyResults;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Collector;

/// <summary>
/// The collector under load, as its own process: 50 concurrent clients, 5,000 submissions. Every 201
/// must have exactly one row and no row may lack its 201; killed with SIGKILL mid-load, it must keep
/// every acknowledged submission and reopen cleanly. Throughput and latency are printed, not asserted
/// (bench/feedback-load.sh shows them).
/// </summary>
[Collection(Browser.Collection)]
[Trait("Category", "Slow")]
public sealed class CollectorLoadTests(ITestOutputHelper output)
{
    private const int Clients = 50;
    private const int Total = 5000;

    [Fact]
    public async Task Every_acknowledged_submission_has_exactly_one_row_and_every_row_was_acknowledged()
    {
        using var dir = new TempDir();
        var database = dir.Combine("feedback.db");
        var load = new LoadRun();
        using (var collector = await CollectorProcess.Start(database))
        {
            await load.Run(collector.Address, Clients, Total, TestContext.Current.CancellationToken);
        }
        output.WriteLine($"load: {Clients} clients, {Total} submissions: {load.Report()}");

        Assert.Empty(load.Unacknowledged);
        Assert.Equal(Total, load.Acknowledged.Count);
        var rows = RowsByMarker(database);
        Assert.Equal(Total, rows.Count);
        foreach (var (marker, id) in load.Acknowledged)
        {
            Assert.Equal([id], rows.GetValueOrDefault(marker) ?? []);
        }
    }

    [Fact]
    public async Task Killed_mid_load_it_loses_no_acknowledged_submission_and_reopens_cleanly()
    {
        using var dir = new TempDir();
        var database = dir.Combine("feedback.db");
        var load = new LoadRun();
        using (var collector = await CollectorProcess.Start(database))
        {
            var running = load.Run(collector.Address, Clients, Total, TestContext.Current.CancellationToken);
            while (load.Acknowledged.Count < Total / 3 && !running.IsCompleted) await Task.Delay(5, TestContext.Current.CancellationToken);
            collector.Kill();
            await running;
        }
        output.WriteLine($"killed after {load.Acknowledged.Count} acknowledgements; {load.Unacknowledged.Count} requests failed");
        Assert.InRange(load.Acknowledged.Count, Total / 3, Total - 1);

        // Restarting opens the file the kill left, recovering its write-ahead log.
        using (var restarted = await CollectorProcess.Start(database))
        {
            using var http = new HttpClient();
            using var response = await http.SendAsync(Answers.Post(restarted.Address, Answers.Valid("after the restart")), TestContext.Current.CancellationToken);
            Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        }

        using (var opened = FeedbackDatabase.Open(database, create: false))
        {
            Assert.Equal("ok", opened.IntegrityCheck());
        }
        var rows = RowsByMarker(database);
        foreach (var (marker, id) in load.Acknowledged)
        {
            Assert.Equal([id], rows.GetValueOrDefault(marker) ?? []);
        }
        // A row without an acknowledgement can only be one the kill caught between commit and reply.
        var unacknowledgedRows = rows.Keys.Count(m => m.StartsWith("load-", StringComparison.Ordinal) && !load.Acknowledged.ContainsKey(m));
        Assert.InRange(unacknowledgedRows, 0, Clients);
        Assert.All(rows.Values, ids => Assert.Single(ids));
        output.WriteLine($"after restart: {rows.Count} rows, {unacknowledgedRows} committed but not acknowledged before the kill");
    }

    private static Dictionary<string, List<long>> RowsByMarker(string database)
    {
        using var opened = FeedbackDatabase.Open(database, create: false);
        return opened.ReadAll()
            .GroupBy(r => r.Answers.GetValueOrDefault("suggestions")?.FirstOrDefault() ?? "")
            .ToDictionary(g => g.Key, g => g.Select(r => r.Id).ToList());
    }
}
