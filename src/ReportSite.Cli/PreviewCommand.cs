using ReportSite.Cli.Preview;
using ReportSite.Pipeline;

namespace ReportSite.Cli;

/// <summary><c>reportsite preview</c>: builds, serves on 127.0.0.1 and rebuilds on every save until Ctrl+C.</summary>
public sealed class PreviewCommand(ConsoleReporter reporter)
{
    public async Task<int> Run(string input, string output, string? theme, int port)
    {
        PreviewServer server;
        try
        {
            server = await PreviewServer.Start(new BuildOptions(input, output, theme), port);
        }
        catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            reporter.PortInUse(port);
            return 1;
        }
        await using var _ = server;
        reporter.Preview(server.Latest, server.Address);
        if (server.CollectorAddress is { } collector) reporter.PreviewCollector(collector);
        var done = new TaskCompletionSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; done.TrySetResult(); };
        server.Rebuilt += build => reporter.Preview(build, server.Address);
        await done.Task;
        return 0;
    }
}
