using System.Text.Json;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Translations;

namespace ReportSite.Cli;

/// <summary>
/// <c>reportsite translations</c>: per chapter and non-primary language, whether its translation is up to
/// date with its source (with <c>--diff</c>, what changed in the source; <c>--json</c> for scripts); and
/// <c>reportsite translations mark &lt;file&gt;…</c>, which records the source's current version in each
/// named translation (in a data file, for each language or the one <c>--language</c> names). Data files are listed after the chapters. The report's exit code is 0 whatever the states (1 only when the chapters cannot be read).
/// </summary>
public sealed class TranslationsCommand(ConsoleReporter reporter)
{
    public int Report(string input, bool diff, bool json)
    {
        var diagnostics = new DiagnosticBag();
        var site = new LoadSiteConfig().Run(input, diagnostics);
        var lines = site is null ? [] : new ReportTranslations().Run(input, site, diagnostics);
        reporter.Diagnostics(diagnostics.Sorted());
        if (diagnostics.HasErrors) return 1;
        if (json) Console.WriteLine(JsonSerializer.Serialize(lines.Select(TranslationJson.Of).ToList(), CliJson.Indented.IReadOnlyListTranslationJson));
        else reporter.Translations(lines, diff);
        return 0;
    }

    public int Mark(string input, IReadOnlyList<string> files, string? language = null)
    {
        var diagnostics = new DiagnosticBag();
        var site = new LoadSiteConfig().Run(input, diagnostics);
        var marked = site is null ? [] : new MarkTranslations().Run(input, site, files, diagnostics, language);
        reporter.Diagnostics(diagnostics.Sorted());
        reporter.Marked(marked);
        return diagnostics.HasErrors ? 1 : 0;
    }
}
