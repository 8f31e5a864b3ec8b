using AngleSharp.Html.Parser;
using ReportSite.Diagnostics;
using ReportSite.Media;
using ReportSite.Pipeline;
using ReportSite.Tests.Snapshots;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Media;

/// <summary>media.yml, the scan cards, the short links and the print kit, on the mini report.</summary>
public sealed class MediaTests
{
    [Fact]
    public void Scan_card_zh() => Snapshot.Verify(Card("zh-CN"));

    [Fact]
    public void Scan_card_en() => Snapshot.Verify(Card("en"));

    [Fact]
    public void Manifest() => Snapshot.Verify(Build(site => site.ReadOutput(RenderQrManifest.Manifest)).TrimStart('\uFEFF'), "csv");

    [Fact]
    public void The_manifest_names_the_chapters_whose_scan_directives_the_parser_found()
    {
        using var site = Site();
        site.Write("-- chapters/03-people.zh-CN.md --\n---\ntitle: 员工\n---\n\n## 员工\n\n::scan{id=poverty-report}\n\n```markdown\n::scan{id=weicun-film}\n```\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var chapters = File.ReadAllLines(Path.Combine(site.Output, RenderQrManifest.Manifest)).Skip(1).Select(row => string.Join(",", row.Split(',')[..2]));
        Assert.Equal(["weicun-film,02-green", "poverty-report,02-green 03-people"], chapters);
    }

    [Fact]
    public void The_qr_command_writes_the_print_kit_the_build_writes()
    {
        using var site = Site();
        Assert.True(site.Build().Succeeded);
        var kit = Path.Combine(site.Input, "..", "kit");

        var (succeeded, diagnostics, codes) = new PrintKitBuild().Run(new BuildOptions(site.Input, kit, Repo.Theme));

        Assert.True(succeeded, string.Join("\n", diagnostics));
        Assert.Equal(2, codes);
        Assert.Equal(File.ReadAllBytes(Path.Combine(site.Output, RenderQrManifest.Manifest)), File.ReadAllBytes(Path.Combine(kit, RenderQrManifest.Manifest)));
    }

    [Fact]
    public void Short_link_page_redirects_without_script_and_names_the_target()
    {
        var html = Build(site => site.ReadOutput("s/poverty-report/index.html"));
        var page = new HtmlParser().ParseDocument(html);

        const string target = "https://www.tencent.com/zh-cn/responsibility/poverty-report.html?lang=zh&utm_source=print&utm_medium=qr#summary";
        Assert.Equal("0; url=" + target, page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal(target, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal([target, target], page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Empty(page.QuerySelectorAll("script"));
    }

    [Theory]
    [InlineData("id: Weicun_Film", "data/media.yml:3: media id 'Weicun_Film' names the short link s/Weicun_Film/: use 1 to 32 lower-case letters, digits and '-', starting with a letter or digit (e.g. 'weicun-film').")]
    [InlineData("url: v.qq.com/x/page/a.html", "data/media.yml:4: 'v.qq.com/x/page/a.html' is not a full web address; write it with http:// or https://, as copied from the browser's address bar.")]
    [InlineData("url: ftp://example.org/a", "data/media.yml:4: 'ftp://example.org/a' is not a full web address; write it with http:// or https://, as copied from the browser's address bar.")]
    [InlineData("verb: wacth", "data/media.yml:5: unknown verb 'wacth' (did you mean 'watch'?); use one of watch, read, listen, learn.")]
    [InlineData("duration: 3 minutes", "data/media.yml:7: duration '3 minutes' must be minutes and seconds such as \"3:25\" (or \"1:02:30\"), in quotes.")]
    public void Mistakes_in_media_yml_are_reported_at_their_line(string change, string expected)
    {
        var key = change[..change.IndexOf(':')];
        var item = new Dictionary<string, string>
        {
            ["id"] = "id: weicun-film",
            ["url"] = "url: https://v.qq.com/x/page/a.html",
            ["verb"] = "verb: watch",
            ["title"] = "title: 为村",
            ["duration"] = "duration: \"3:25\"",
        };
        item[key] = change;
        var yaml = "media:\n  -\n" + string.Join("", item.Values.Select(line => "    " + line + "\n"));

        var diagnostics = Load(yaml);

        Assert.Equal(expected, Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void A_duplicate_id_names_the_first()
    {
        var diagnostics = Load("media:\n  - { id: a, url: 'https://e.org/1', verb: read, title: 一 }\n  - { id: a, url: 'https://e.org/2', verb: read, title: 二 }\n");

        Assert.Equal("data/media.yml:3: media item 'a' is defined twice; it is already defined at data/media.yml:2. Short links must be unique: give one another id.", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void An_unknown_media_id_fails_the_build_with_a_suggestion()
    {
        using var site = Site();
        site.Write("-- chapters/02-green.en.md --\n---\ntitle: Green\n---\n\n## Green operations\n\n::scan{id=weicun-flim}\n");

        var result = site.Build();

        Assert.Equal("chapters/02-green.en.md:7: ::scan: unknown media item 'weicun-flim' (did you mean 'weicun-film'?); check the id, or define it in data/media.yml.", Assert.Single(result.Diagnostics).ToString());
    }

    private static IReadOnlyList<Diagnostic> Load(string yaml)
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.Combine("data"));
        File.WriteAllText(dir.Combine("data", "media.yml"), yaml);
        var diagnostics = new DiagnosticBag();
        new LoadMedia().Run(dir.Path, TestData.Site, diagnostics);
        return diagnostics.Sorted();
    }

    private static string Card(string language) =>
        Build(site => new HtmlParser().ParseDocument(site.ReadOutput($"{language}/green/index.html")).QuerySelector(".scan")!.OuterHtml);

    [Fact]
    public void A_mistake_in_the_redirect_template_is_reported_once_however_many_short_links_use_it()
    {
        using var site = Site();
        site.WriteFile("theme/layouts/redirect.html", "<title>{{ titel }}</title>\n");

        var result = site.BuildWithBuiltInTheme();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("theme/layouts/redirect.html", 1, 11), (error.File, error.Line, error.Column));
        Assert.StartsWith("'titel' is not a variable of this template (did you mean 'title'?)", error.Message);
    }

    private static T Build<T>(Func<FixtureSite, T> read)
    {
        using var site = Site();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return read(site);
    }

    internal static FixtureSite Site()
    {
        var site = FixtureSite.FromFile("mini");
        site.Write(File.ReadAllText(Path.Combine(Repo.Root, "tests", "ReportSite.Tests", "Fixtures", "media.txtar")));
        site.Write("-- site.yml --\n" + SiteYaml + "qr:\n  errorCorrection: Q\n  campaign: utm_source=print&utm_medium=qr\n");
        return site;
    }

    private static string SiteYaml => FixtureSite.Parse(File.ReadAllText(Path.Combine(Repo.Root, "tests", "ReportSite.Tests", "Fixtures", "mini.txtar"))).Single(f => f.Path == "site.yml").Content;
}
