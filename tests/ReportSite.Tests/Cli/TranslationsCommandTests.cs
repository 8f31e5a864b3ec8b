using ReportSite.Cli;
using ReportSite.Tests.Support;
using Spectre.Console;

namespace ReportSite.Tests.Cli;

/// <summary>What <c>reportsite translations</c> and <c>translations mark</c> print, run in-process on the mini fixture.</summary>
public sealed class TranslationsCommandTests
{
    [Fact]
    public void Prints_one_line_per_translation_with_its_state_and_marks_files()
    {
        using var site = FixtureSite.FromFile("mini");

        var (markCode, marked) = Run(c => c.Mark(site.Input, [Path.Combine(site.Input, "chapters", "01-intro.en.md")]));
        Assert.Equal(0, markCode);
        Assert.Matches(@"^Marked chapters/01-intro\.en\.md: translated-from: [0-9a-f]{8} \(chapters/01-intro\.zh-CN\.md as it is now\)\n$", marked);
        site.WriteFile("chapters/01-intro.zh-CN.md", site.ReadInput("chapters/01-intro.zh-CN.md") + "\n新的一段。\n");

        var (code, said) = Run(c => c.Report(site.Input, diff: true, json: false));

        Assert.Equal(0, code);
        Assert.Equal(
            [
                "chapters/01-intro.en.md  out of date: source changed; the recorded version",
                "chapters/02-green.en.md  not tracked: no translated-from yet; run 'reportsite translations mark chapters/02-green.en.md' once it matches chapters/02-green.zh-CN.md",
                "site.yml (en)  not tracked: no translated-from for en yet; run 'reportsite translations mark site.yml' once its en texts match",
                "3 translations: 1 out of date, 2 not tracked.",
            ],
            said.TrimEnd('\n').Split('\n').Select(l => l.StartsWith("chapters/01", StringComparison.Ordinal) ? l[..l.IndexOf(" is not", StringComparison.Ordinal)][..^9] : l));
    }

    [Fact]
    public void Lists_data_files_after_the_chapters_and_marks_them()
    {
        using var site = FixtureSite.FromFile("mini");
        site.Write(Translations.DataTranslationsSiteTests.Kpis);

        var (markCode, marked) = Run(c => c.Mark(site.Input, ["site.yml", "data/kpis/01-intro.yml"], language: "en"));
        Assert.Equal(0, markCode);
        Assert.Matches(@"^Marked site\.yml: translated-from en: [0-9a-f]{8} \(its primary-language texts as they are now\)\nMarked data/kpis/01-intro\.yml: translated-from en: [0-9a-f]{8} ", marked);
        site.WriteFile("data/kpis/01-intro.yml", site.ReadInput("data/kpis/01-intro.yml").Replace("员工总数", "员工人数", StringComparison.Ordinal));

        var (code, said) = Run(c => c.Report(site.Input, diff: false, json: false));

        Assert.Equal(0, code);
        var lines = said.TrimEnd('\n').Split('\n');
        Assert.Equal("site.yml (en)  up to date", lines[2]);
        Assert.StartsWith("data/kpis/01-intro.yml (en)  out of date: its zh-CN texts changed; the recorded version ", lines[3], StringComparison.Ordinal);
        Assert.Equal("4 translations: 1 up to date, 1 out of date, 2 not tracked.", lines[4]);
    }

    [Fact]
    public void Mark_fails_on_a_primary_language_file()
    {
        using var site = FixtureSite.FromFile("mini");

        var (code, said) = Run(c => c.Mark(site.Input, ["chapters/01-intro.zh-CN.md"]));

        Assert.Equal(1, code);
        Assert.StartsWith("error chapters/01-intro.zh-CN.md: is in the primary language (zh-CN)", said, StringComparison.Ordinal);
    }

    private static (int Code, string Said) Run(Func<TranslationsCommand, int> command)
    {
        var written = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, Interactive = InteractionSupport.No, Out = new AnsiConsoleOutput(written) });
        console.Profile.Width = 4096;
        var code = command(new TranslationsCommand(new ConsoleReporter(console)));
        return (code, written.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
