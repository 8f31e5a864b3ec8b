using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Content;

public sealed class LoadSiteConfigTests
{
    [Fact]
    public void Reads_languages_texts_and_normalises_the_base_url()
    {
        var (site, diagnostics) = Load("languages: [zh-CN, en]\nbaseUrl: https://example.org/r\nyear: 2018\ntitle:\n  zh-CN: 报告\n  en: Report\nsubtitle: Same in both\n");

        Assert.Empty(diagnostics);
        Assert.Equal(["zh-CN", "en"], site!.Languages);
        Assert.Equal("zh-CN", site.PrimaryLanguage);
        Assert.Equal("https://example.org/r/", site.BaseUrl);
        Assert.Equal("Report", site.Title["en"]);
        Assert.Equal("Same in both", site.Subtitle!["zh-CN"]);
        Assert.Equal(2018, site.Year);
    }

    [Fact]
    public void A_missing_secondary_text_falls_back_to_the_primary_language()
    {
        var (site, _) = Load("languages: [zh-CN, en]\nbaseUrl: https://example.org/\ntitle:\n  zh-CN: 报告\n");

        Assert.Equal("报告", site!.Title["en"]);
    }

    [Theory]
    [InlineData("languages: [zh-CN, en]\ntitle: R\n", "site.yml:1: 'baseUrl' is missing; add the address the site will be published at, e.g. 'baseUrl: https://www.example.com/csr2018/'.")]
    [InlineData("languages: [zh-CN, en]\nbaseUrl: example.org\ntitle: R\n", "site.yml:2: 'baseUrl' must be a full http(s) address such as https://www.example.com/csr2018/, not 'example.org'.")]
    [InlineData("languages: [zh-CN, en]\nbaseUrl: https://e.org/\ntitle:\n  en: Report\n", "site.yml:4: 'title' has no text in the primary language 'zh-CN'; add a line 'zh-CN: …' under 'title'.")]
    [InlineData("languages: [zh-CN, en]\nbaseUrl: https://e.org/\ntitle:\n  zh-CN: 报告\n  eng: Report\n", "site.yml:5: 'title' has a text for 'eng', which is not one of the site's languages (did you mean 'en'?); the languages are zh-CN, en (site.yml 'languages').")]
    [InlineData("languages: [zh_CN]\nbaseUrl: https://e.org/\ntitle: R\n", "site.yml:1: 'zh_CN' is not a language code; use codes such as zh-CN, zh-HK, en.")]
    [InlineData("languages: [zh-CN]\nbaseUrl: https://e.org/\ntitle: R\nyear: twenty\n", "site.yml:4: 'year' must be a whole number, not 'twenty'.")]
    [InlineData("languages: [zh-CN]\nbaseUrl: https://e.org/\ntitle: R\nshareImages: sometimes\n", "site.yml:4: 'shareImages' must be true or false, not 'sometimes'.")]
    [InlineData("languages: [zh-CN]\nbaseUrl: https://e.org/\ntitle: R: the sequel\n", "site.yml:3: YAML syntax error: while scanning a plain scalar value, found invalid mapping. Check the indentation (spaces, not tabs) and put quotes around values that contain ': ' or start with a special character.")]
    public void Explains_each_mistake_with_file_and_line(string yaml, string expected)
    {
        var (_, diagnostics) = Load(yaml);

        Assert.Contains(expected, diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("shareImages: true\n", true)]
    [InlineData("shareImages: false\n", false)]
    public void Share_images_are_on_unless_turned_off(string setting, bool expected)
    {
        var (site, diagnostics) = Load("languages: [zh-CN]\nbaseUrl: https://e.org/\ntitle: R\n" + setting);

        Assert.Empty(diagnostics);
        Assert.Equal(expected, site!.ShareImages);
    }

    [Fact]
    public void Warns_about_misspelt_settings()
    {
        var (_, diagnostics) = Load("languages: [zh-CN]\nbaseUrl: https://e.org/\ntitle: R\nsubtitel: S\n");

        var warning = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.StartsWith("site.yml:4: unknown setting 'subtitel' is ignored (did you mean 'subtitle'?)", warning.ToString());
    }

    private static (SiteConfig? Site, IReadOnlyList<Diagnostic> Diagnostics) Load(string yaml)
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.Combine("site.yml"), yaml);
        var diagnostics = new DiagnosticBag();
        var site = new LoadSiteConfig().Run(dir.Path, diagnostics);
        return (site, diagnostics.Sorted());
    }
}
