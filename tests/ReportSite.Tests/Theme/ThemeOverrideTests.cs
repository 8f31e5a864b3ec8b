using ReportSite.Diagnostics;
using ReportSite.Markdown.Directives;
using ReportSite.Pipeline;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Theme;

/// <summary>
/// The built-in theme and a report's own <c>theme/</c> folder: a report needs no theme to build, and a file
/// it puts at a theme path is used instead of the built-in one, and nothing else changes.
/// </summary>
public sealed class ThemeOverrideTests
{
    private const string FooterNote = "<p class=\"footer-note\">Printed on recycled paper.</p>\n";

    [Fact]
    public void A_report_without_a_theme_folder_builds_with_the_built_in_theme_exactly_as_with_the_repository_s_theme_folder()
    {
        using var dir = new TempDir();

        var builtIn = new SiteBuild(DirectiveRegistry.Empty).Run(new BuildOptions(Repo.SampleInput, dir.Combine("built-in"), null));
        var folder = new SiteBuild(DirectiveRegistry.Empty).Run(new BuildOptions(Repo.SampleInput, dir.Combine("folder"), Repo.Theme));

        Assert.True(builtIn.Succeeded, string.Join("\n", builtIn.Diagnostics));
        Assert.True(folder.Succeeded, string.Join("\n", folder.Diagnostics));
        Assert.Empty(SiteFiles.Differing(SiteFiles.Read(dir.Combine("folder")), SiteFiles.Read(dir.Combine("built-in"))));
    }

    [Fact]
    public void A_partial_in_the_report_s_theme_folder_changes_what_it_writes_and_nothing_else()
    {
        using var site = FixtureSite.FromFile("mini");
        using var plain = new TempDir();
        AssertBuilt(site.BuildWithBuiltInTheme(plain.Path));
        site.WriteFile("theme/partials/footer.html", FooterNote + File.ReadAllText(Path.Combine(Repo.Theme, "partials", "footer.html")));

        AssertBuilt(site.BuildWithBuiltInTheme());

        var before = SiteFiles.Read(plain.Path);
        var after = SiteFiles.Read(site.Output);
        var changed = SiteFiles.Differing(before, after);
        Assert.NotEmpty(changed);
        foreach (var path in changed)
        {
            Assert.Equal(SiteFiles.Text(before[path]), SiteFiles.Text(after[path]).Replace(FooterNote, ""));
        }
        Assert.All(after.Where(f => SiteFiles.Text(f.Value).Contains("<footer class=\"site-footer\"")), f => Assert.Contains(FooterNote, SiteFiles.Text(f.Value)));
    }

    [Fact]
    public void A_word_file_and_a_stylesheet_in_the_report_s_theme_folder_are_used_instead_of_the_built_in_ones()
    {
        using var site = FixtureSite.FromFile("mini");
        using var plain = new TempDir();
        AssertBuilt(site.BuildWithBuiltInTheme(plain.Path));
        var words = File.ReadAllText(Path.Combine(Repo.Theme, "i18n", "en.yml"));
        site.WriteFile("theme/i18n/en.yml", words.Replace("backToTop: Back to top", "backToTop: Back to the top"));
        var css = File.ReadAllText(Path.Combine(Repo.Theme, "assets", "site.css")) + "\n.site-footer { border-top: 4px solid #0a5; }\n";
        site.WriteFile("theme/assets/site.css", css);

        AssertBuilt(site.BuildWithBuiltInTheme());

        Assert.Contains(">Back to the top</a>", site.ReadOutput("en/index.html"));
        Assert.DoesNotContain("Back to the top", site.ReadOutput("zh-CN/index.html"));
        Assert.Equal(css, site.ReadOutput("theme/site.css"));
        Assert.Equal(File.ReadAllText(Path.Combine(Repo.Theme, "assets", "print.css")), site.ReadOutput("theme/print.css"));
        // The stylesheet's address carries its new content version, so browsers fetch the new file.
        Assert.NotEqual(StylesheetHref(File.ReadAllText(Path.Combine(plain.Path, "en", "index.html"))), StylesheetHref(site.ReadOutput("en/index.html")));
    }

    [Fact]
    public void A_template_error_in_an_override_is_reported_at_the_override_s_path_and_line()
    {
        using var site = FixtureSite.FromFile("mini");
        var layout = File.ReadAllText(Path.Combine(Repo.Theme, "layouts", "chapter.html"));
        site.WriteFile("theme/layouts/chapter.html", layout.Replace("{{ chapter.title }}", "{{ chapter.titel }}"));

        var result = site.BuildWithBuiltInTheme();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("theme/layouts/chapter.html", error.File);
        var line = layout[..layout.IndexOf("{{ chapter.title }}", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.Equal(line, error.Line);
        Assert.StartsWith("'titel' is not a field of this model (did you mean 'title'?)", error.Message);
    }

    [Fact]
    public void A_mistake_in_an_override_word_file_is_reported_at_its_line()
    {
        using var site = FixtureSite.FromFile("mini");
        site.WriteFile("theme/i18n/en.yml", "languageName: English\nbackToTop: [Back to top\n");

        var result = site.BuildWithBuiltInTheme();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d is { Severity: Severity.Error, File: "theme/i18n/en.yml", Line: 2 });
    }

    [Fact]
    public void A_word_missing_from_an_override_word_file_is_reported_at_that_file()
    {
        using var site = FixtureSite.FromFile("mini");
        var words = File.ReadAllText(Path.Combine(Repo.Theme, "i18n", "zh-CN.yml"));
        var line = words.Split('\n').Single(l => l.StartsWith("searchTitle:", StringComparison.Ordinal));
        site.WriteFile("theme/i18n/zh-CN.yml", words.Replace(line + "\n", ""));

        var result = site.BuildWithBuiltInTheme();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("theme/i18n/zh-CN.yml", error.File);
        Assert.StartsWith("'searchTitle' is missing", error.Message);
    }

    [Fact]
    public void A_theme_folder_given_with_the_theme_option_takes_the_place_of_the_report_s_theme_folder()
    {
        using var site = FixtureSite.FromFile("mini");
        using var other = new TempDir();
        var footer = File.ReadAllText(Path.Combine(Repo.Theme, "partials", "footer.html"));
        site.WriteFile("theme/partials/footer.html", FooterNote + footer);
        const string otherNote = "<p class=\"footer-note\">Printed in Hong Kong.</p>\n";
        Directory.CreateDirectory(other.Combine("partials"));
        File.WriteAllText(other.Combine("partials", "footer.html"), otherNote + footer);

        AssertBuilt(site.BuildWithBuiltInTheme(theme: other.Path));

        var page = site.ReadOutput("en/index.html");
        Assert.Contains(otherNote, page);
        Assert.DoesNotContain(FooterNote, page);
    }

    [Fact]
    public void A_theme_option_naming_no_folder_is_reported_and_nothing_is_written()
    {
        using var site = FixtureSite.FromFile("mini");

        var result = site.BuildWithBuiltInTheme(theme: Path.Combine(site.Input, "no-such-theme"));

        Assert.False(result.Succeeded);
        Assert.StartsWith($"reportsite: theme folder '{Path.Combine(site.Input, "no-such-theme")}' not found; pass --theme with a folder", Assert.Single(result.Diagnostics).ToString());
        Assert.False(Directory.Exists(site.Output));
    }

    private static string StylesheetHref(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "href=\"([^\"]*site\\.css[^\"]*)\"").Groups[1].Value;

    private static void AssertBuilt(BuildResult result) => Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
}
