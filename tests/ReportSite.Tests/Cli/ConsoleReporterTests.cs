using ReportSite.Cli;
using ReportSite.Pipeline;
using ReportSite.Tests.Support;
using Spectre.Console;

namespace ReportSite.Tests.Cli;

/// <summary>What the build command tells the author after a failed build: only what is true of the output folder.</summary>
public sealed class ConsoleReporterTests
{
    [Fact]
    public void A_failed_first_build_does_not_speak_of_a_previous_one()
    {
        using var site = FixtureSite.FromFile("mini");
        site.Write("-- chapters/02-green.en.md --\n---\ntitle: [unfinished\n---\n");

        var said = Report(site);

        Assert.Contains($"Nothing was written; there is no previous build in {site.Output}/.", said);
        Assert.DoesNotContain("previous build.", said.Replace("no previous build", ""));
    }

    [Fact]
    public void A_failed_build_over_a_good_one_says_the_good_one_is_still_there()
    {
        using var site = FixtureSite.FromFile("mini");
        Assert.True(site.Build().Succeeded);
        site.Write("-- chapters/02-green.en.md --\n---\ntitle: [unfinished\n---\n");

        var said = Report(site);

        Assert.Contains($"Nothing was written; {site.Output}/ still holds the previous build.", said);
    }

    private static string Report(FixtureSite site)
    {
        var options = new BuildOptions(site.Input, site.Output, Repo.Theme);
        var result = new SiteBuild(ReportSite.Markdown.Directives.DirectiveRegistry.Empty).Run(options);
        Assert.False(result.Succeeded);
        var written = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, Interactive = InteractionSupport.No, Out = new AnsiConsoleOutput(written) });
        console.Profile.Width = 4096;
        new ConsoleReporter(console).Report(result, options);
        return written.ToString();
    }
}
