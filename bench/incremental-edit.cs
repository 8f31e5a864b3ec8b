// Edit-to-written time of the preview's remembering build: how long after a save the changed page is
// on disk. Builds a copy of a report once (cold, then one warm-up), then RUNS times appends a sentence
// to one chapter and rebuilds, and prints the median, the range, the pages laid out again and the
// stages of the last run. The watcher's settle time (60 ms) and the browser's reload come on top.
//
//   dotnet run -c Release bench/incremental-edit.cs -- [input folder, default input] [runs, default 20] [chapter file, default the third]
//
// -c Release matters: the property below sets only this file's configuration, and without it the
// generator's own library is built in Debug (unoptimised), which doubles the times.
// For the synthetic corpus: python3 ../shared/bench/make_corpus.py 1000 /tmp/c1000, then pass /tmp/c1000/reportsite.
#:project ../src/ReportSite/ReportSite.csproj
#:property PublishAot=false
#:property Configuration=Release

using System.Diagnostics;
using ReportSite.Markdown.Directives;
using ReportSite.Pipeline;

var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(AppContext.GetData("EntryPointFilePath") as string ?? "bench/x")!, ".."));
var input = Path.GetFullPath(args.Length > 0 ? args[0] : Path.Combine(root, "input"));
var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20;
var work = Directory.CreateTempSubdirectory("reportsite-edit-");
try
{
    var copy = Path.Combine(work.FullName, "input");
    foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories))
    {
        var target = Path.Combine(copy, Path.GetRelativePath(input, file));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(file, target);
    }
    var options = new BuildOptions(copy, Path.Combine(work.FullName, "output"), Path.Combine(root, "theme"));
    var build = new SiteBuild(DirectiveRegistry.Empty, remembers: true);
    var chapter = args.Length > 2
        ? Path.Combine(copy, "chapters", args[2])
        : Directory.EnumerateFiles(Path.Combine(copy, "chapters"), "*.md").Order(StringComparer.Ordinal).Skip(2).First();

    var cold = Stopwatch.StartNew();
    var first = build.Run(options);
    if (!first.Succeeded) throw new InvalidOperationException(string.Join("\n", first.Diagnostics));
    Console.WriteLine($"{input}: {first.Pages.Count} pages; cold build in the same process {cold.ElapsedMilliseconds} ms");
    File.AppendAllText(chapter, "\nWarm-up.\n");
    build.Run(options);

    var times = new List<double>();
    StageTimings? last = null;
    for (var i = 0; i < runs; i++)
    {
        File.AppendAllText(chapter, chapter.Contains(".zh") ? $"\n第{i}次修改：数据中心的能耗继续下降。\n" : $"\nEdit number {i}: the data centre used less energy again.\n");
        var timings = new StageTimings();
        var watch = Stopwatch.StartNew();
        var result = build.Run(options, timings);
        times.Add(watch.Elapsed.TotalMilliseconds);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        last = timings;
    }
    times.Sort();
    Console.WriteLine($"edit {Path.GetFileName(chapter)} → written, {runs} runs: median {times[runs / 2]:F1} ms, min {times[0]:F1}, max {times[^1]:F1}; pages laid out again per edit: {build.Memory!.PagesLaidOut}");
    Console.WriteLine("stages of the last run (ms):");
    foreach (var (stage, elapsed) in last!.Stages.Where(s => s.Elapsed.TotalMilliseconds >= 0.5)) Console.WriteLine($"  {stage,-24}{elapsed.TotalMilliseconds,8:F1}");
}
finally
{
    work.Delete(recursive: true);
}
