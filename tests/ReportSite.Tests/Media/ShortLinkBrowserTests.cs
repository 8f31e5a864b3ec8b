using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Media;

/// <summary>A short link, opened in a real browser with JavaScript switched off, lands on its target.</summary>
[Collection(Browser.Collection)]
public sealed class ShortLinkBrowserTests
{
    [Fact]
    public async Task Short_link_redirects_in_a_browser_without_javascript()
    {
        var port = FreePort();
        using var site = MediaTests.Site();
        site.Write($"-- data/media.yml --\nmedia:\n  - {{ id: weicun-film, url: 'http://127.0.0.1:{port}/landing/', verb: watch, title: 为村 }}\n  - {{ id: poverty-report, url: 'http://127.0.0.1:{port}/landing/', verb: read, title: 报告 }}\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Directory.CreateDirectory(Path.Combine(site.Output, "landing"));
        File.WriteAllText(Path.Combine(site.Output, "landing", "index.html"), "<!doctype html><title>Landing</title><p>arrived</p>");
        using var server = new StaticServer(site.Output, port);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Tools.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await page.GotoAsync($"http://127.0.0.1:{port}/s/weicun-film/", new PageGotoOptions { WaitUntil = WaitUntilState.Commit, Timeout = 30_000 });
        await page.WaitForURLAsync($"http://127.0.0.1:{port}/landing/**", new PageWaitForURLOptions { Timeout = 30_000 });

        Assert.Equal("Landing", await page.TitleAsync());
        Assert.StartsWith($"http://127.0.0.1:{port}/landing/?utm_source=print", page.Url);
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    /// <summary>Serves a folder on 127.0.0.1 the way a static host does (folder URLs serve index.html).</summary>
    private sealed class StaticServer : IDisposable
    {
        private readonly HttpListener _listener = new();

        public StaticServer(string root, int port)
        {
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            _listener.Start();
            _ = Task.Run(async () =>
            {
                while (_listener.IsListening)
                {
                    HttpListenerContext context;
                    try { context = await _listener.GetContextAsync(); }
                    catch (Exception) { return; }
                    var path = Path.Combine(root, Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/'));
                    if (Directory.Exists(path)) path = Path.Combine(path, "index.html");
                    if (File.Exists(path))
                    {
                        context.Response.ContentType = path.EndsWith(".html") ? "text/html; charset=utf-8" : "application/octet-stream";
                        await context.Response.OutputStream.WriteAsync(await File.ReadAllBytesAsync(path));
                    }
                    else context.Response.StatusCode = 404;
                    context.Response.Close();
                }
            });
        }

        public void Dispose() => _listener.Close();
    }
}
