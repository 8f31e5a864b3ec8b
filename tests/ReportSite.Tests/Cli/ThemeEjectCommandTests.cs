using ReportSite.Cli;
using ReportSite.Tests.Support;
using Spectre.Console;

namespace ReportSite.Tests.Cli;

/// <summary><c>theme eject</c>: copies the built-in theme, or one file, into the report's theme/ folder, and never overwrites.</summary>
public sealed class ThemeEjectCommandTests
{
    [Fact]
    public void Ejecting_the_theme_copies_every_built_in_file_into_the_report_s_theme_folder_and_the_report_builds_the_same()
    {
        using var site = FixtureSite.FromFile("mini");
        using var plain = new TempDir();
        Assert.True(site.BuildWithBuiltInTheme(plain.Path).Succeeded);

        var (code, said) = Eject(site.Input, null);

        Assert.Equal(0, code);
        Assert.Empty(SiteFiles.Differing(SiteFiles.Read(Repo.Theme), SiteFiles.Read(Path.Combine(site.Input, "theme"))));
        Assert.Contains($"Copied {Path.Combine(site.Input, "theme/partials/header.html")}", said);
        Assert.True(site.BuildWithBuiltInTheme().Succeeded);
        Assert.Empty(SiteFiles.Differing(SiteFiles.Read(plain.Path), SiteFiles.Read(site.Output)));
    }

    [Fact]
    public void Ejecting_one_file_copies_only_that_file()
    {
        using var site = FixtureSite.FromFile("mini");

        var (code, said) = Eject(site.Input, "partials/header.html");

        Assert.Equal(0, code);
        Assert.Equal(["partials/header.html"], SiteFiles.Read(Path.Combine(site.Input, "theme")).Keys);
        Assert.Equal(File.ReadAllText(Path.Combine(Repo.Theme, "partials", "header.html")), site.ReadInput("theme/partials/header.html"));
        Assert.Contains($"Copied {Path.Combine(site.Input, "theme/partials/header.html")}", said);
    }

    [Fact]
    public void Ejecting_refuses_to_overwrite_a_file_and_copies_nothing()
    {
        using var site = FixtureSite.FromFile("mini");
        site.WriteFile("theme/partials/footer.html", "<footer>mine</footer>\n");

        var (code, said) = Eject(site.Input, null);

        Assert.Equal(1, code);
        Assert.Equal("<footer>mine</footer>\n", site.ReadInput("theme/partials/footer.html"));
        Assert.Equal(["partials/footer.html"], SiteFiles.Read(Path.Combine(site.Input, "theme")).Keys);
        Assert.Contains("theme/partials/footer.html: already exists and was not overwritten, so nothing was copied.", said);
        Assert.Contains("Nothing copied", said);

        Assert.Equal(1, Eject(site.Input, "partials/footer.html").Code);
        Assert.Equal("<footer>mine</footer>\n", site.ReadInput("theme/partials/footer.html"));
    }

    [Fact]
    public void Ejecting_a_file_the_theme_does_not_have_suggests_the_closest()
    {
        using var site = FixtureSite.FromFile("mini");

        var (code, said) = Eject(site.Input, "partials/heder.html");

        Assert.Equal(1, code);
        Assert.Contains("the built-in theme has no file or folder 'partials/heder.html' (did you mean 'partials/header.html'?)", said);
        Assert.False(Directory.Exists(Path.Combine(site.Input, "theme")));
    }

    private static (int Code, string Said) Eject(string input, string? file)
    {
        var written = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, Interactive = InteractionSupport.No, Out = new AnsiConsoleOutput(written) });
        console.Profile.Width = 4096;
        var code = new ThemeEjectCommand(new ConsoleReporter(console)).Run(input, file);
        return (code, written.ToString());
    }
}
