using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;
using ReportSite.Diagnostics;
using ReportSite.Markdown.Directives;
using ReportSite.Pipeline;

namespace ReportSite.Cli.Preview;

/// <summary>What happened in the latest preview build: success, or the problems to show in the browser; how many pages it laid out again.</summary>
public sealed record PreviewBuild(int Number, bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed, int PagesLaidOut = 0, int Pages = 0);

/// <summary>
/// The author's live preview: builds the report, serves the output on 127.0.0.1 under the path of its
/// baseUrl, rebuilds when a file in the report or the theme changes, and tells open pages to reload
/// (server-sent events). A failed build leaves the last good site served and shows its errors over the
/// page; the next good build clears them. The reload script is added to pages as they are served, so
/// nothing of the preview ever reaches a built file. When the report has a survey, the feedback
/// collector runs alongside and the preview's form posts to it.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private const string Events = "/__reportsite/events";
    private const string Script = "/__reportsite/preview.js";

    private BuildOptions _options;
    private readonly WebApplication _app;
    private readonly SiteWatcher _watcher;
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly SiteBuild _build = new(DirectiveRegistry.Empty, remembers: true);
    private readonly FileExtensionContentTypeProvider _types = new();
    private PreviewBuild _latest = new(0, false, [], TimeSpan.Zero);
    private event Action<PreviewBuild>? Built;

    /// <summary>Raised after every rebuild, for the console.</summary>
    public event Action<PreviewBuild>? Rebuilt;

    private PreviewServer(BuildOptions options, WebApplication app, string basePath)
    {
        _options = options;
        _app = app;
        BasePath = basePath;
        // The report's own theme/ folder is inside the report; a --theme folder may be anywhere.
        _watcher = new SiteWatcher([options.InputDir, options.ThemeOverrides], () => _ = Rebuild());
    }

    /// <summary>The path the site is served under, from baseUrl ("/2018/").</summary>
    public string BasePath { get; }

    public PreviewBuild Latest => _latest;

    /// <summary>The local collector's address when the report has a survey, else null.</summary>
    public Uri? CollectorAddress => _collector?.Address;

    /// <summary>Where the site is served, base path included.</summary>
    public Uri Address => new(AddressOf(_app), BasePath);

    /// <summary>Builds once, then serves on <paramref name="port"/> (0 for any free port) and watches.</summary>
    public static async Task<PreviewServer> Start(BuildOptions options, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var basePath = BasePathOf(options.InputDir);
        var server = new PreviewServer(options, app, basePath);
        app.MapGet(Events, server.Stream);
        app.MapGet(Script, () => Results.Text(PreviewScript.Text, "text/javascript; charset=utf-8"));
        app.MapGet("/", () => Results.Redirect(basePath));
        // Every other address is a file of the site; the default fallback would skip names with an extension.
        app.MapFallback("{*path}", server.Serve);
        await app.StartAsync();
        server._collector = await StartCollector(options, server.Address.GetLeftPart(UriPartial.Authority));
        if (server._collector is { } collector)
        {
            server._options = options with { FeedbackEndpoint = new Uri(collector.Address, ReportSite.Collector.CollectorApp.SubmitPath).ToString() };
        }
        await server.Rebuild();
        return server;
    }

    /// <summary>One build; then every open page hears the outcome. Builds never overlap.</summary>
    public async Task<PreviewBuild> Rebuild()
    {
        await _building.WaitAsync();
        try
        {
            PreviewBuild build;
            try
            {
                var result = await Task.Run(() => _build.Run(_options));
                build = new PreviewBuild(_latest.Number + 1, result.Succeeded, result.Diagnostics, result.Elapsed, _build.Memory!.PagesLaidOut, result.Pages.Count);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A crash in the generator must not end the preview: show it like any failed build.
                build = new PreviewBuild(_latest.Number + 1, false, [new Diagnostic(Severity.Error, "reportsite", 0, $"the build stopped unexpectedly ({e.GetType().Name}: {e.Message}); please report this.")], TimeSpan.Zero);
            }
            _latest = build;
            Built?.Invoke(_latest);
            Rebuilt?.Invoke(_latest);
            return _latest;
        }
        finally
        {
            _building.Release();
        }
    }

    private async Task Stream(HttpContext context)
    {
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var outcomes = System.Threading.Channels.Channel.CreateUnbounded<PreviewBuild>();
        void Send(PreviewBuild build) => outcomes.Writer.TryWrite(build);
        Built += Send;
        try
        {
            await Write(context, _latest with { Number = 0 });
            await foreach (var build in outcomes.Reader.ReadAllAsync(context.RequestAborted)) await Write(context, build);
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            Built -= Send;
        }
    }

    private static async Task Write(HttpContext context, PreviewBuild build)
    {
        var data = JsonSerializer.Serialize(
            new PreviewStatus(build.Number, build.Succeeded, build.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList(),
                build.Diagnostics.Where(d => d.Severity == Severity.Warning).Select(d => d.ToString()).ToList()),
            CliJson.Default.PreviewStatus);
        await context.Response.WriteAsync($"data: {data}\n\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    /// <summary>Serves the built file for the address; pages get the preview script before &lt;/body&gt;.</summary>
    private async Task Serve(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (!path.StartsWith(BasePath, StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var relative = Uri.UnescapeDataString(path[BasePath.Length..]);
        var file = Path.GetFullPath(Path.Combine(_options.OutputDir, relative));
        if (!file.StartsWith(Path.GetFullPath(_options.OutputDir), StringComparison.Ordinal)) { context.Response.StatusCode = 400; return; }
        if (Directory.Exists(file)) file = Path.Combine(file, "index.html");
        var status = StatusCodes.Status200OK;
        if (!File.Exists(file))
        {
            file = Path.Combine(_options.OutputDir, "404.html");
            status = StatusCodes.Status404NotFound;
            if (!File.Exists(file)) { context.Response.StatusCode = status; return; }
        }
        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-store";
        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            var html = await File.ReadAllTextAsync(file);
            var at = html.LastIndexOf("</body>", StringComparison.Ordinal);
            html = at < 0 ? html : html.Insert(at, $"<script src=\"{Script}\"></script>\n");
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(html, Encoding.UTF8);
            return;
        }
        context.Response.ContentType = _types.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        await context.Response.SendFileAsync(file);
    }

    private LocalCollector? _collector;

    /// <summary>The survey's collector on a free loopback port, accepting the preview's origin; null without a survey.</summary>
    private static async Task<LocalCollector?> StartCollector(BuildOptions options, string origin)
    {
        if (!File.Exists(Path.Combine(options.InputDir, Feedback.LoadFeedbackForm.FileName))) return null;
        var database = Path.Combine(Path.GetTempPath(), "reportsite-preview-feedback.db");
        string[] theme = options.ThemeDir is { } dir ? ["--theme", dir] : [];
        var app = ReportSite.Collector.CollectorApp.Build(
            ["--urls", "http://127.0.0.1:0", "--db", database, "--site", options.InputDir, .. theme, "--origin", origin, "--rate-limit", "0",
                "--Logging:LogLevel:Microsoft.Hosting.Lifetime", "Warning"],
            new DiagnosticBag());
        if (app is null) return null; // the build reports the survey's mistakes
        await app.StartAsync();
        return new LocalCollector(app, AddressOf(app));
    }

    /// <summary>Where a started app listens (the port it was given when asked for any).</summary>
    private static Uri AddressOf(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>The collector preview runs, and where it listens.</summary>
    private sealed record LocalCollector(WebApplication App, Uri Address);

    private static string BasePathOf(string inputDir)
    {
        var site = new Content.LoadSiteConfig().Run(inputDir, new DiagnosticBag());
        return site?.BasePath ?? "/";
    }

    public async ValueTask DisposeAsync()
    {
        _watcher.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_collector is { } collector)
        {
            await collector.App.StopAsync();
            await collector.App.DisposeAsync();
        }
    }
}
