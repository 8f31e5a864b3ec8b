using ReportSite.Diagnostics;
using ReportSite.Pipeline;
using ReportSite.Translations;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ReportSite.Cli;

/// <summary>
/// Console output for authors: a live stage display on a terminal, plain lines when output is
/// redirected (CI, logs), then every message as <c>file:line: text</c> and a one-line summary.
/// </summary>
public sealed class ConsoleReporter
{
    private readonly IAnsiConsole _console;

    public ConsoleReporter()
        : this(AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = Console.IsOutputRedirected ? AnsiSupport.No : AnsiSupport.Detect,
            Interactive = Console.IsOutputRedirected ? InteractionSupport.No : InteractionSupport.Detect,
        }))
    {
        // Logs and editors match "file:line:" per line; never wrap a message when output is redirected.
        if (Console.IsOutputRedirected) _console.Profile.Width = 4096;
    }

    /// <summary>Writes to <paramref name="console"/>, e.g. one that records what a command said.</summary>
    public ConsoleReporter(IAnsiConsole console) => _console = console;

    private bool Interactive => _console.Profile.Capabilities.Interactive;

    public BuildResult WithProgress(Func<StageTimings, BuildResult> build)
    {
        if (!Interactive)
        {
            return build(new StageTimings());
        }
        return _console.Status().Spinner(Spinner.Known.Dots).Start("Building…", context =>
            build(new StageTimings(stage => context.Status($"Building: {Markup.Escape(stage)}…"))));
    }

    public void Report(BuildResult result, BuildOptions options)
    {
        Diagnostics(result.Diagnostics);
        var seconds = $"{result.Elapsed.TotalSeconds:0.00} s";
        if (result.Succeeded)
        {
            var languages = string.Join(", ", result.PagesPerLanguage.Select(l => $"{l.Language} {l.Pages}"));
            var warnings = result.Warnings == 0 ? "" : $", {Plural(result.Warnings, "warning")}";
            _console.MarkupLine($"[green]Built[/] {result.Pages.Count} pages ({Markup.Escape(languages)}) into {Markup.Escape(options.OutputDir)}/ in {seconds}{warnings}.");
        }
        else
        {
            // Said only when true: a first build that fails leaves no folder, or an empty one.
            var previous = Directory.Exists(options.OutputDir) && Directory.EnumerateFileSystemEntries(options.OutputDir).Any();
            var kept = previous ? $"{Markup.Escape(options.OutputDir)}/ still holds the previous build" : $"there is no previous build in {Markup.Escape(options.OutputDir)}/";
            _console.MarkupLine($"[red]Build failed[/] with {Plural(result.Errors, "error")}{(result.Warnings > 0 ? $" and {Plural(result.Warnings, "warning")}" : "")} in {seconds}. Nothing was written; {kept}.");
        }
    }

    public void Timings(StageTimings timings)
    {
        var table = new Table().AddColumn("stage").AddColumn(new TableColumn("ms").RightAligned());
        foreach (var (stage, elapsed) in timings.Stages)
        {
            table.AddRow(stage, $"{elapsed.TotalMilliseconds:0.0}");
        }
        _console.Write(table);
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    /// <summary>Each problem on its own line: severity, then <c>file:line: what is wrong and what to do</c>.</summary>
    public void Diagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var (label, colour) = diagnostic.Severity == Severity.Error ? ("error", "red") : ("warning", "yellow");
            _console.MarkupLine($"[{colour}]{label}[/] {Markup.Escape(diagnostic.ToString())}");
        }
    }

    /// <summary>Writes Spectre renderables (tables, headings) as they are.</summary>
    public void Write(IEnumerable<IRenderable> renderables)
    {
        foreach (var renderable in renderables) _console.Write(renderable);
    }

    /// <summary>The outcome of <c>reportsite feedback export</c> and <c>summary --html</c>: what was written where.</summary>
    public void FeedbackWritten(string what, int responses, string language, string path) =>
        _console.MarkupLine($"[green]Wrote[/] {Markup.Escape(what)} of {Plural(responses, "response")} ({Markup.Escape(language)}) to {Markup.Escape(path)}.");

    /// <summary>A feedback command that stopped at the errors above.</summary>
    /// <summary>A preview build: where to look, or what to fix (the last good site stays served).</summary>
    public void Preview(Preview.PreviewBuild build, Uri address)
    {
        if (build.Succeeded)
        {
            var redone = build.Number > 1 ? $" ({build.PagesLaidOut} of {build.Pages} pages laid out again)" : "";
            _console.MarkupLine($"[green]Build {build.Number}[/] in {build.Elapsed.TotalMilliseconds:F0} ms{redone} · previewing at {Markup.Escape(address.ToString())} (Ctrl+C to stop)");
        }
        else
        {
            Diagnostics(build.Diagnostics);
            _console.MarkupLine($"[red]Build {build.Number} failed[/]: the last good version stays at {Markup.Escape(address.ToString())}; fix the errors and save.");
        }
    }

    public void PreviewCollector(Uri address) =>
        _console.MarkupLine($"The feedback form posts to a local collector at {Markup.Escape(address.ToString())}; answers go to a temporary file.");

    public void PortInUse(int port) =>
        _console.MarkupLine($"[red]Port {port} is already in use[/] (another preview?); stop it, or pass another port, e.g. --port {port + 1}.");

    /// <summary>The outcome of <c>reportsite check</c>: problems grouped by file, then a verdict.</summary>
    public void CheckReport(IReadOnlyList<Diagnostic> problems, int pages)
    {
        foreach (var file in problems.GroupBy(p => p.File))
        {
            _console.MarkupLine($"[bold]{Markup.Escape(file.Key)}[/]");
            foreach (var problem in file)
            {
                var colour = problem.Severity == Severity.Error ? "red" : "yellow";
                var line = problem.Line > 0 ? $"line {problem.Line}: " : "";
                _console.MarkupLine($"  [{colour}]{problem.Severity.ToString().ToLowerInvariant()}[/] {Markup.Escape(line + problem.Message)}");
            }
        }
        var errors = problems.Count(p => p.Severity == Severity.Error);
        if (errors == 0) _console.MarkupLine($"[green]No problems found[/] in {Plural(pages, "page")}{(problems.Count > 0 ? $" ({Plural(problems.Count, "warning")})" : "")}.");
        else _console.MarkupLine($"[red]{Plural(errors, "error")}[/] to fix before publishing.");
    }

    /// <summary>The files a template made, with what to do next; or that nothing was made.</summary>
    public void Created(IReadOnlyList<string> files, string input)
    {
        if (files.Count == 0)
        {
            _console.MarkupLine("[red]Nothing created[/]: fix the errors above.");
            return;
        }
        foreach (var file in files) _console.MarkupLine($"[green]Created[/] {Markup.Escape(Path.Combine(input, file))}");
        _console.MarkupLine("Fill in the title and summary of each file, write the chapter, then run the build.");
    }

    /// <summary>The theme files copied into the report, with what they do now; or that nothing was copied.</summary>
    public void Ejected(IReadOnlyList<string> files, string input)
    {
        if (files.Count == 0)
        {
            _console.MarkupLine("[red]Nothing copied[/]: see above.");
            return;
        }
        foreach (var file in files) _console.MarkupLine($"[green]Copied[/] {Markup.Escape(Path.Combine(input, file))}");
        _console.MarkupLine($"The build now uses {(files.Count == 1 ? "this file" : "these files")} instead of the built-in theme's; edit and rebuild. "
            + "Delete a file to go back to the built-in one (and to get its improvements in later versions).");
    }

    public void FeedbackFailed() => _console.MarkupLine("[red]Nothing written[/]: fix the errors above.");

    /// <summary>The outcome of <c>reportsite qr</c>.</summary>
    public void PrintKit(bool succeeded, int codes, BuildOptions options)
    {
        if (succeeded) _console.MarkupLine($"[green]Wrote[/] {Plural(codes, "QR code")} (SVG and PNG) and qr-manifest.csv into {Markup.Escape(options.OutputDir)}/print/.");
        else _console.MarkupLine($"[red]Print kit not written[/]: fix the errors above; {Markup.Escape(options.OutputDir)}/print/ is unchanged.");
    }

    /// <summary>
    /// <c>reportsite translations</c>: one line per chapter and language with its state, then a count per
    /// state; with <paramref name="diff"/>, under each out-of-date one, what changed in its source.
    /// </summary>
    public void Translations(IReadOnlyList<TranslationReportLine> lines, bool diff)
    {
        foreach (var (status, changes) in lines)
        {
            var (colour, said) = status.DataFile ? DataState(status, changes) : status.State switch
            {
                TranslationState.UpToDate => ("green", "up to date"),
                TranslationState.OutOfDate => ("yellow", $"out of date: {changes?.Note} (source {status.Source})"),
                TranslationState.Missing => ("yellow", $"missing: the {status.Language} edition shows {status.Source} with a notice"),
                _ => ("grey", $"not tracked: no translated-from yet; run 'reportsite translations mark {status.File}' once it matches {status.Source}"),
            };
            var name = status.DataFile ? $"{status.File} ({status.Language})" : status.File;
            _console.MarkupLine($"{Markup.Escape(name)}  [{colour}]{Markup.Escape(said)}[/]");
            // Texts the translator left out: the edition shows the primary text there.
            if (status.State != TranslationState.Missing)
            {
                foreach (var path in status.MissingTexts) _console.MarkupLine($"    [yellow]no {Markup.Escape(status.Language)} yet: {Markup.Escape(path)}[/]");
            }
            if (diff && changes?.Diff is { Length: > 0 } text)
            {
                foreach (var line in text.TrimEnd('\n').Split('\n'))
                {
                    var style = line.StartsWith('+') ? "green" : line.StartsWith('-') ? "red" : line.StartsWith("@@", StringComparison.Ordinal) ? "cyan" : "default";
                    _console.MarkupLine($"    [{style}]{Markup.Escape(line)}[/]");
                }
            }
        }
        var counts = lines.GroupBy(l => l.Status.State).OrderBy(g => g.Key).Select(g => $"{g.Count()} {StateName(g.Key)}");
        _console.MarkupLine(lines.Count == 0 ? "No translations: the report has one language." : $"{Plural(lines.Count, "translation")}: {string.Join(", ", counts)}.");
    }

    /// <summary>A data file's texts in one language: the same states, said of its texts.</summary>
    private static (string Colour, string Said) DataState(TranslationStatus status, SourceChanges? changes) => status.State switch
    {
        TranslationState.UpToDate => ("green", "up to date"),
        TranslationState.OutOfDate => ("yellow", $"out of date: {changes?.Note}"),
        TranslationState.Missing => ("yellow", $"missing: no {status.Language} texts yet; the {status.Language} edition shows the primary language's texts instead"),
        _ => ("grey", $"not tracked: no translated-from for {status.Language} yet; run 'reportsite translations mark {status.File}' once its {status.Language} texts match"),
    };

    /// <summary>A state as the report and its JSON say it.</summary>
    public static string StateName(TranslationState state) => state switch
    {
        TranslationState.UpToDate => "up to date",
        TranslationState.OutOfDate => "out of date",
        TranslationState.Missing => "missing",
        _ => "not tracked",
    };

    /// <summary>The outcome of <c>reportsite translations mark</c>: what each file now records.</summary>
    public void Marked(IReadOnlyList<MarkedTranslation> marked)
    {
        foreach (var file in marked)
        {
            var what = file.Changed ? "[green]Marked[/]" : "Already marked";
            _console.MarkupLine(file.Language is { } language
                ? $"{what} {Markup.Escape(file.File)}: translated-from {Markup.Escape(language)}: {file.Hash} (its primary-language texts as they are now)"
                : $"{what} {Markup.Escape(file.File)}: translated-from: {file.Hash} ({Markup.Escape(file.Source)} as it is now)");
        }
    }
}
