using System.Net;
using System.Net.Sockets;

namespace ReportSite.Tests.Support;

/// <summary>
/// Serves a folder on 127.0.0.1 the way a static host does (folder URLs serve index.html; a missing
/// path gets status 404 and, when given, the given not-found page, as GitHub Pages and Netlify serve 404.html).
/// </summary>
public sealed class StaticServer : IDisposable
{
    private static readonly Dictionary<string, string> Types = new()
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
    };

    private readonly HttpListener _listener = new();

    /// <summary>
    /// Serves <paramref name="root"/> on a free port, bound at once, so a test that must know the address
    /// before it builds the site (to write it into site.yml) cannot lose the port to another server meanwhile.
    /// </summary>
    public static StaticServer Start(string root, string? notFoundPage = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return new StaticServer(root, FreePort(), notFoundPage);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                // Another server took the port between finding it free and binding it; take another.
            }
        }
    }

    public int Port { get; }

    public StaticServer(string root, int port, string? notFoundPage = null)
    {
        Port = port;
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _ = Task.Run(async () =>
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try { context = await _listener.GetContextAsync(); }
                catch (Exception) { return; }
                try
                {
                    await Serve(context, root, notFoundPage);
                }
                catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
                {
                    // The browser went away mid-answer (a page left while its fetches were in flight):
                    // that request is over, and the server must go on answering the next page's.
                    context.Response.Abort();
                }
            }
        });
    }

    private static async Task Serve(HttpListenerContext context, string root, string? notFoundPage)
    {
        var path = Path.Combine(root, Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/'));
        if (Directory.Exists(path)) path = Path.Combine(path, "index.html");
        if (File.Exists(path))
        {
            context.Response.ContentType = Types.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");
            await context.Response.OutputStream.WriteAsync(await File.ReadAllBytesAsync(path));
        }
        else
        {
            context.Response.StatusCode = 404;
            if (notFoundPage is not null)
            {
                context.Response.ContentType = Types[".html"];
                await context.Response.OutputStream.WriteAsync(await File.ReadAllBytesAsync(notFoundPage));
            }
        }
        context.Response.Close();
    }

    public static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public void Dispose() => _listener.Close();
}
