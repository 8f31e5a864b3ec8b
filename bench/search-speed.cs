// Search index size and query time in the browser. Builds a report (the sample by default), serves it
// on loopback, opens each language's search page in Debian's chromium and types each query a few
// times; prints the index's size (raw and gzip), the time to load it, and the median time the search
// itself takes per query (the page's "search" User Timing entries).
//
//   dotnet run bench/search-speed.cs -- [input folder, default input]
//
// For the synthetic corpus: python3 ../shared/bench/make_corpus.py 1000 /tmp/c1000, then pass /tmp/c1000/reportsite.
#:project ../src/ReportSite/ReportSite.csproj
#:package Microsoft.Playwright@1.64.1
#:property PublishAot=false
#:property Configuration=Release

using System.IO.Compression;
using System.Net;
using Microsoft.Playwright;
using ReportSite.Markdown.Directives;
using ReportSite.Pipeline;

var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(AppContext.GetData("EntryPointFilePath") as string ?? "bench/x")!, ".."));
var input = Path.GetFullPath(args.Length > 0 ? args[0] : Path.Combine(root, "input"));
var output = Directory.CreateTempSubdirectory("reportsite-search-").FullName;
var queries = new Dictionary<string, string[]>
{
    ["zh-CN"] = ["乡村振兴", "数据中心", "腾讯公益平台", "村", "QQ 信息无障碍"],
    ["en"] = ["data centre energy", "villages", "charity platform volunteers", "security", "QQ accessibility"],
};
try
{
    var result = new SiteBuild(DirectiveRegistry.Empty).Run(new BuildOptions(input, output, Path.Combine(root, "theme")));
    if (!result.Succeeded) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));

    using var listener = new HttpListener();
    var port = Random.Shared.Next(20000, 60000);
    listener.Prefixes.Add($"http://127.0.0.1:{port}/");
    listener.Start();
    _ = Task.Run(async () =>
    {
        while (listener.IsListening)
        {
            var context = await listener.GetContextAsync();
            var path = Path.Combine(output, Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/'));
            if (Directory.Exists(path)) path = Path.Combine(path, "index.html");
            if (File.Exists(path)) await context.Response.OutputStream.WriteAsync(await File.ReadAllBytesAsync(path));
            else context.Response.StatusCode = 404;
            context.Response.Close();
        }
    });

    using var playwright = await Playwright.CreateAsync();
    await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    Console.WriteLine($"{input}: {result.Pages.Count} pages");
    Console.WriteLine($"{"language",-8} {"index KB",9} {"gzip KB",8} {"load ms",8}  query → median ms (results)");
    foreach (var (language, words) in queries)
    {
        var index = File.ReadAllBytes(Path.Combine(output, language, "search-index.json"));
        var gzipped = new MemoryStream();
        using (var gzip = new GZipStream(gzipped, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(index);
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"http://127.0.0.1:{port}/{language}/search/");
        var load = await page.EvaluateAsync<double>("async () => { const t = performance.now(); await (await fetch('../search-index.json')).json(); return performance.now() - t; }");
        var line = new List<string>();
        foreach (var query in words)
        {
            var times = new List<double>();
            for (var run = 0; run < 7; run++)
            {
                await page.FillAsync("#search-query", "");
                await page.EvaluateAsync("performance.clearMeasures('search')");
                await page.FillAsync("#search-query", query);
                await page.WaitForFunctionAsync("performance.getEntriesByName('search').length > 0");
                times.Add(await page.EvaluateAsync<double>("performance.getEntriesByName('search').at(-1).duration"));
            }
            times.Sort();
            var status = await page.TextContentAsync("[data-search-status]");
            line.Add($"{query} → {times[times.Count / 2]:F1} ({status})");
        }
        Console.WriteLine($"{language,-8} {index.Length / 1000.0,9:F1} {gzipped.Length / 1000.0,8:F1} {load,8:F0}  {string.Join("; ", line)}");
    }
}
finally
{
    Directory.Delete(output, recursive: true);
}
