using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ReportSite.Collector;
using ReportSite.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Collector;

/// <summary>
/// The real collector on a loopback port with a temporary database, for the sample report (its site is
/// https://csr.example.com/2018/). In process for the endpoint tests; as its own process where a test
/// must kill it.
/// </summary>
public sealed class RunningCollector : IAsyncDisposable
{
    public const string SiteOrigin = "https://csr.example.com";

    private readonly WebApplication _app;
    private readonly TempDir _dir;

    private RunningCollector(WebApplication app, TempDir dir, Uri address) => (_app, _dir, Address) = (app, dir, address);

    public Uri Address { get; }

    public string DatabasePath => _dir.Combine("feedback.db");

    /// <summary>What the collector read of the report: its survey, languages and body limit.</summary>
    public CollectorSite Site => _app.Services.GetRequiredService<CollectorSite>();

    /// <summary>Starts on <paramref name="port"/> (any free one by default) for the report in <paramref name="site"/> (the sample by default).</summary>
    public static async Task<RunningCollector> Start(int rateLimit = 0, string? site = null, int port = 0)
    {
        var dir = new TempDir();
        var diagnostics = new DiagnosticBag();
        var app = ReportSite.Collector.CollectorApp.Build(Arguments(dir.Combine("feedback.db"), $"http://127.0.0.1:{port}", rateLimit, site), diagnostics);
        Assert.True(app is not null, string.Join("\n", diagnostics.Sorted()));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningCollector(app, dir, new Uri(address));
    }

    /// <summary>The collector's command line for the sample report.</summary>
    public static string[] Arguments(string database, string url, int rateLimit, string? site = null) =>
        ["--urls", url, "--db", database, "--site", site ?? Repo.SampleInput, "--theme", Repo.Theme, "--rate-limit", rateLimit.ToString(CultureInfo.InvariantCulture)];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _dir.Dispose();
    }
}
