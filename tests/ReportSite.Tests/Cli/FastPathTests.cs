using System.Diagnostics;
using System.Net;
using System.Text.Json;
using ReportSite.Tests.Collector;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Cli;

/// <summary>
/// The README's everyday command, <c>./reportsite</c>: compiled once (natively where clang is installed),
/// then every command of the CLI run from that compiled program on a copy of the sample report. Native
/// code has no reflection fallback, so these are the tests that see what only the compiled CLI can get wrong.
/// </summary>
[Trait("Category", "Slow")]
public sealed class FastPathTests(FastPathTests.CompiledCli cli) : IClassFixture<FastPathTests.CompiledCli>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public void The_launcher_compiles_once_then_starts_the_compiled_cli_at_once()
    {
        Assert.Contains("compiling the CLI once", cli.FirstRun.Error, StringComparison.Ordinal);
        var again = cli.Launch(cli.Report.Path, "--version");
        Assert.Equal(0, again.ExitCode);
        Assert.DoesNotContain("compiling", again.Error, StringComparison.Ordinal);
        // Where clang is installed, Native AOT: one program, no assembly of ours beside it for a runtime to load.
        var native = Tools.Find("clang") is not null;
        Assert.Equal(native, !File.Exists(Path.Combine(cli.Folder.Path, "cli", "ReportSite.dll")));
    }

    [Fact]
    public void Build_check_qr_new_chapter_and_theme_eject_work()
    {
        using var report = new TempDir();
        report.CopyIn(Repo.SampleInput, "input");

        var build = cli.Run(report.Path, "build");
        Assert.True(build.ExitCode == 0, Said(build));
        Assert.Contains("Built 36 pages", build.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(report.Combine("output", "zh-CN", "government", "index.html")));
        Assert.NotEmpty(Directory.GetFiles(report.Combine("output", "share"), "*.png"));

        Assert.Equal(0, cli.Run(report.Path, "check").ExitCode);
        Assert.Equal(0, cli.Run(report.Path, "qr").ExitCode);
        Assert.True(File.Exists(report.Combine("output", "print", "qr-manifest.csv")));

        var chapter = report.Combine("input", "chapters", "03-government.zh-CN.md");
        File.WriteAllText(chapter, File.ReadAllText(chapter).Replace("::kpis{ids=\"", "::kpis{ids=\"nope.none ", StringComparison.Ordinal));
        var check = cli.Run(report.Path, "check", "--json");
        Assert.Equal(1, check.ExitCode);
        var all = JsonDocument.Parse(check.Output).RootElement.EnumerateArray().ToList();
        // The edit also puts the chapter's English translation behind its source: a warning at its translated-from line.
        var behind = Assert.Single(all, p => p.GetProperty("severity").GetString() == "warning");
        Assert.Equal(("chapters/03-government.en.md", 3), (behind.GetProperty("file").GetString(), behind.GetProperty("line").GetInt32()));
        Assert.StartsWith("out of date:", behind.GetProperty("message").GetString(), StringComparison.Ordinal);
        var problems = all.Where(p => p.GetProperty("severity").GetString() != "warning").ToList();
        Assert.NotEmpty(problems);
        Assert.All(problems, problem =>
        {
            Assert.Equal("chapters/03-government.zh-CN.md", problem.GetProperty("file").GetString());
            Assert.Equal("error", problem.GetProperty("severity").GetString());
            Assert.Contains("unknown KPI 'nope.none'", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
        });

        // The edit above changed the Chinese government chapter, whose English translation the sample marks up to date.
        var translations = cli.Run(report.Path, "translations", "--json");
        Assert.True(translations.ExitCode == 0, Said(translations));
        var states = JsonDocument.Parse(translations.Output).RootElement.EnumerateArray()
            .ToDictionary(s => s.GetProperty("file").GetString()!, s => s.GetProperty("state").GetString());
        Assert.Equal("out of date", states["chapters/03-government.en.md"]);
        // The other 8 chapters and the 15 data files with texts per language (site.yml, data/**/*.yml), all marked.
        Assert.Equal(23, states.Values.Count(s => s == "up to date"));
        var mark = cli.Run(report.Path, "translations", "mark", "input/chapters/03-government.en.md");
        Assert.True(mark.ExitCode == 0, Said(mark));
        Assert.Contains("24 translations: 24 up to date.", cli.Run(report.Path, "translations").Output, StringComparison.Ordinal);

        Assert.Equal(0, cli.Run(report.Path, "new", "chapter", "supply-chain").ExitCode);
        Assert.True(File.Exists(report.Combine("input", "chapters", "10-supply-chain.en.md")));
        Assert.Equal(0, cli.Run(report.Path, "theme", "eject", "partials/footer.html").ExitCode);
        Assert.True(File.Exists(report.Combine("input", "theme", "partials", "footer.html")));
    }

    [Fact]
    public async Task The_collector_stores_and_refuses_answers_and_the_feedback_commands_read_them()
    {
        using var report = new TempDir();
        var url = $"http://127.0.0.1:{StaticServer.FreePort()}";
        using (var collector = cli.Start(report.Path, "collector", "--urls", url, "--db", "feedback.db", "--site", Repo.SampleInput))
        {
            using var http = new HttpClient();
            await collector.WaitFor(http, $"{url}/health");
            using var stored = await http.SendAsync(Answers.Post(new Uri(url), Answers.Valid()), Cancel);
            Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
            Assert.Equal("{\"id\":1}", await stored.Content.ReadAsStringAsync(Cancel));
            using var invalid = await http.SendAsync(Answers.Post(new Uri(url), Answers.Valid().With("role", "alien")), Cancel);
            Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
            var problem = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync(Cancel)).RootElement;
            Assert.Equal(400, problem.GetProperty("status").GetInt32());
            Assert.True(problem.GetProperty("errors").TryGetProperty("role", out _), problem.ToString());
            Assert.Equal("{\"status\":\"ok\"}", await http.GetStringAsync(new Uri($"{url}/health"), Cancel));
        }

        var export = cli.Run(report.Path, "feedback", "export", "--site", Repo.SampleInput, "--db", "feedback.db", "--csv", "answers.csv");
        Assert.True(export.ExitCode == 0, Said(export));
        Assert.Equal(2, File.ReadAllLines(report.Combine("answers.csv")).Length);
        var summary = cli.Run(report.Path, "feedback", "summary", "--site", Repo.SampleInput, "--db", "feedback.db", "--html", "summary.html");
        Assert.True(summary.ExitCode == 0, Said(summary));
        Assert.Contains("<html", File.ReadAllText(report.Combine("summary.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_serves_the_pages_and_tells_them_about_each_build()
    {
        using var report = new TempDir();
        report.CopyIn(Repo.SampleInput, "input");
        var port = StaticServer.FreePort();
        using var preview = cli.Start(report.Path, "preview", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        // The root sends the browser on to the site's own folder (the path of site.yml's baseUrl).
        await preview.WaitFor(http, $"http://127.0.0.1:{port}/");
        using var home = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/"), Cancel);
        var page = await http.GetStringAsync(new Uri(home.RequestMessage!.RequestUri!, "zh-CN/government/"), Cancel);
        Assert.Contains("/__reportsite/preview.js", page, StringComparison.Ordinal);

        using var events = await http.GetStreamAsync(new Uri($"http://127.0.0.1:{port}/__reportsite/events"), Cancel);
        using var reader = new StreamReader(events);
        var first = await reader.ReadLineAsync(Cancel);
        Assert.NotNull(first);
        var status = JsonDocument.Parse(first["data: ".Length..]).RootElement;
        Assert.True(status.GetProperty("ok").GetBoolean(), first);
        Assert.Equal(0, status.GetProperty("problems").GetArrayLength());
    }

    /// <summary>The CLI compiled by the launcher into a folder of its own, once for the class.</summary>
    public sealed class CompiledCli : IDisposable
    {
        public TempDir Folder { get; } = new();

        public TempDir Report { get; } = new();

        public (int ExitCode, string Output, string Error) FirstRun { get; }

        public string Program => Path.Combine(Folder.Path, "cli", "ReportSite.Cli");

        public CompiledCli() => FirstRun = Launch(Report.Path, "--version");

        /// <summary>Runs <c>./reportsite</c> itself, in <paramref name="workingDir"/>.</summary>
        public (int ExitCode, string Output, string Error) Launch(string workingDir, params string[] arguments) =>
            Tools.Run(Path.Combine(Repo.Root, "reportsite"), arguments, timeoutSeconds: 600, workingDir, new Dictionary<string, string> { ["REPORTSITE_CLI_DIR"] = Folder.Path });

        /// <summary>Runs the compiled CLI, as the launcher does once it is compiled.</summary>
        public (int ExitCode, string Output, string Error) Run(string workingDir, params string[] arguments) =>
            Tools.Run(Program, arguments, timeoutSeconds: 120, workingDir);

        /// <summary>Starts a command that serves until it is stopped.</summary>
        public Serving Start(string workingDir, params string[] arguments) => new(Program, workingDir, arguments);

        public void Dispose()
        {
            Folder.Dispose();
            Report.Dispose();
        }
    }

    /// <summary>What a finished command said, for a failed assertion's message.</summary>
    private static string Said((int ExitCode, string Output, string Error) ran) => $"exit code {ran.ExitCode}\n{ran.Output}\n{ran.Error}";

    /// <summary>A command that serves (preview, collector), stopped when disposed.</summary>
    public sealed class Serving : IDisposable
    {
        private readonly Process _process;
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _said = new();

        public Serving(string program, string workingDir, string[] arguments)
        {
            var start = new ProcessStartInfo(program) { UseShellExecute = false, WorkingDirectory = workingDir, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            _process = Process.Start(start)!;
            _process.OutputDataReceived += (_, e) => { if (e.Data is not null) _said.Enqueue(e.Data); };
            _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _said.Enqueue(e.Data); };
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        /// <summary>Asks for <paramref name="url"/> until it answers (30 s at most) and returns its text.</summary>
        public async Task<string> WaitFor(HttpClient http, string url)
        {
            var waited = Stopwatch.StartNew();
            while (true)
            {
                Assert.False(_process.HasExited, $"it stopped:\n{string.Join('\n', _said)}");
                try
                {
                    return await http.GetStringAsync(new Uri(url), TestContext.Current.CancellationToken);
                }
                catch (HttpRequestException) when (waited.Elapsed < TimeSpan.FromSeconds(30))
                {
                    await Task.Delay(100, TestContext.Current.CancellationToken);
                }
            }
        }

        public void Dispose()
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
            _process.Dispose();
        }
    }
}
