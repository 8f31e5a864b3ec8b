namespace ReportSite.Tests.Support;

/// <summary>The system tools tests run: one that overruns its time is stopped, with whatever it started.</summary>
public sealed class ToolsTests
{
    [Fact]
    public void A_tool_that_overruns_its_time_fails_the_test_and_is_stopped_with_everything_it_started()
    {
        // A duration no other process on the machine will have; the shell starts sleep as a child of its own.
        var sleep = $"120.{Random.Shared.Next(100_000, 999_999)}";

        var failure = Assert.ThrowsAny<Exception>(() => Tools.Run("sh", ["-c", $"sleep {sleep}; true"], timeoutSeconds: 1));

        Assert.Contains("did not finish in 1 s", failure.Message);
        Assert.Empty(RunningProcesses.ContainingAfter(sleep, TimeSpan.FromSeconds(5)));
    }
}
