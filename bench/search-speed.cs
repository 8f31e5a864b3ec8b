// Search index size and query time in the browser. Builds a report (the sample by default), serves it
// on loopback, and for each query opens the language's search page afresh in Debian's chromium and
// types the query seven times. Prints each index's size (raw and gzip, in how many files); per query
// the first search (which fetches the term shards and texts it needs), the median of the six after
// it (the page's "search" User Timing entries: terms, ranking and snippets), and what the page
// fetched of the index (files, their gzip size) besides the manifest it loads on opening.
//
//   dotnet run bench/search-speed.cs -- [input folder, default input]
//
// For the synthetic corpus: python3 ../shared/bench/make_corpus.py 1000 /tmp/c1000, then pass /tmp/c1000/reportsite.
#:project ../src/ReportSite/ReportSite.csproj
#:package Microsoft.Playwright
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
    long Gzip(string file)
    {
        var gzipped = new MemoryStream();
        using (var gzip = new GZipStream(gzipped, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(File.ReadAllBytes(file));
        return gzipped.Length;
    }
    foreach (var (language, words) in queries)
    {
        var folder = Path.Combine(output, language, "search-index");
        var files = Directory.GetFiles(folder);
        var shards = files.Where(f => Path.GetFileName(f).StartsWith("terms-", StringComparison.Ordinal)).ToList();
        Console.WriteLine($"{language}: index {files.Sum(f => new FileInfo(f).Length) / 1000.0:F1} KB in {files.Length} files ({shards.Count} term shards), "
            + $"{files.Sum(Gzip) / 1000.0:F1} KB gzip; largest shard {shards.Max(Gzip) / 1000.0:F1} KB gzip");
        Console.WriteLine($"  {"query",-30} {"first ms",9} {"again ms",9} {"files",6} {"gzip KB",8}  results");
        foreach (var query in words)
        {
            // A fresh browser context per query, so its first run fetches the shards and texts it needs.
            await using var context = await browser.NewContextAsync();
            var page = await context.NewPageAsync();
            await page.GotoAsync($"http://127.0.0.1:{port}/{language}/search/", new() { WaitUntil = WaitUntilState.NetworkIdle });
            var times = new List<double>();
            for (var run = 0; run < 7; run++)
            {
                await page.FillAsync("#search-query", "");
                await page.EvaluateAsync("performance.clearMeasures('search')");
                await page.FillAsync("#search-query", query);
                await page.WaitForFunctionAsync("performance.getEntriesByName('search').length > 0");
                times.Add(await page.EvaluateAsync<double>("performance.getEntriesByName('search').at(-1).duration"));
            }
            var fetched = (await page.EvaluateAsync<string[]>("performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.includes('/search-index/') && !p.endsWith('/manifest.json'))"))
                .Select(p => Path.Combine(folder, Path.GetFileName(p))).Distinct().ToList();
            var first = times[0];
            times.RemoveAt(0);
            times.Sort();
            var status = await page.TextContentAsync("[data-search-status]");
            Console.WriteLine($"  {query,-30} {first,9:F1} {times[times.Count / 2],9:F1} {fetched.Count,6} {fetched.Sum(Gzip) / 1000.0,8:F1}  {status}");
        }
    }
}
finally
{
    Directory.Delete(output, recursive: true);
}
