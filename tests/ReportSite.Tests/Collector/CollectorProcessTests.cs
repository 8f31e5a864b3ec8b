using ReportSite.Tests.Support;

namespace ReportSite.Tests.Collector;

/// <summary>Starting the collector as its own process: a slow start is waited for, and a failed one leaves nothing running.</summary>
[Trait("Category", "Slow")]
public sealed class CollectorProcessTests
{
    [Fact]
    public async Task Health_requests_that_time_out_are_asked_again_until_the_collector_answers()
    {
        using var dir = new TempDir();
        var busy = new CollectorProcess.Patience(PerRequest: TimeSpan.FromMilliseconds(200), InAll: TimeSpan.FromSeconds(30), Unanswered: 2);

        using var collector = await CollectorProcess.Start(dir.Combine("feedback.db"), patience: busy);

        using var http = new HttpClient();
        using var health = await http.GetAsync(new Uri(collector.Address, "/health"), TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task A_start_that_never_gets_an_answer_fails_and_leaves_no_collector_running()
    {
        using var dir = new TempDir();
        var database = dir.Combine("feedback.db");
        var neverAnswered = new CollectorProcess.Patience(PerRequest: TimeSpan.FromMilliseconds(200), InAll: TimeSpan.FromSeconds(3), Unanswered: int.MaxValue);

        // Should the start succeed after all, the collector is still stopped.
        var failure = await Record.ExceptionAsync(async () => { using var _ = await CollectorProcess.Start(database, patience: neverAnswered); });

        Assert.IsType<TimeoutException>(failure);
        Assert.Empty(RunningProcesses.Containing(database));
    }
}
