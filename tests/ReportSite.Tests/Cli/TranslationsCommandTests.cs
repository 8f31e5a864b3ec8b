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
                "2 translations: 1 out of date, 1 not tracked.",
            ],
            said.TrimEnd('\n').Split('\n').Select(l => l.StartsWith("chapters/01", StringComparison.Ordinal) ? l[..l.IndexOf(" is not", StringComparison.Ordinal)][..^9] : l));
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
