using ReportSite.Caching;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Localization;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Content;

public sealed class LoadChaptersTests
{
    private static readonly SiteConfig Site = new()
    {
        Languages = ["zh-CN", "en"],
        BaseUrl = "https://e.org/",
        Title = new LocalizedText(new Dictionary<string, string> { ["zh-CN"] = "报告" }, "zh-CN"),
    };

    [Fact]
    public void Reads_number_slug_language_and_front_matter_in_report_order()
    {
        var (chapters, diagnostics) = Load(
            ("10-about.zh-CN.md", "---\ntitle: 关于\n---\nBody\n"),
            ("02-green-ops.zh-CN.md", "---\ntitle: 绿色\nsummary: 摘要\nstandards: [GRI 302-1, HKEX A1.1]\n---\n\nBody\n"),
            ("02-green-ops.en.md", "---\ntitle: Green\n---\nBody\n"));

        Assert.Empty(diagnostics);
        Assert.Equal(["green-ops/en/2", "green-ops/zh-CN/2", "about/zh-CN/10"], chapters.Select(c => $"{c.Slug}/{c.Language}/{c.Order}"));
        var green = chapters.First(c => c.Language == "zh-CN" && c.Slug == "green-ops");
        Assert.Equal(["GRI 302-1", "HKEX A1.1"], green.Standards);
        Assert.Equal("摘要", green.Summary);
        Assert.Equal(6, green.BodyFirstLine);
    }

    [Fact]
    public void Front_matter_order_overrides_the_file_number()
    {
        var (chapters, _) = Load(("00001-chapter-1.zh-CN.md", "---\ntitle: A\norder: 7\n---\n"));

        Assert.Equal(7, Assert.Single(chapters).Order);
    }

    [Theory]
    [InlineData("intro.zh-CN.md", "---\ntitle: A\n---\n", "chapters/intro.zh-CN.md: the file name must look like NN-slug.language.md")]
    [InlineData("01-Intro.zh-CN.md", "---\ntitle: A\n---\n", "chapters/01-Intro.zh-CN.md: the file name must look like NN-slug.language.md")]
    [InlineData("01-intro.zh-TW.md", "---\ntitle: A\n---\n", "chapters/01-intro.zh-TW.md: language 'zh-TW' is not one of the site's languages; rename the file or add the language to 'languages' in site.yml (zh-CN, en).")]
    [InlineData("01-intro.zh-cn.md", "---\ntitle: A\n---\n", "chapters/01-intro.zh-cn.md: language 'zh-cn' is not one of the site's languages (did you mean 'zh-CN'?)")]
    [InlineData("01-intro.zh-CN.md", "Just text.\n", "chapters/01-intro.zh-CN.md:1: front matter is missing; start the file with a line '---'")]
    [InlineData("01-intro.zh-CN.md", "---\ntitle: A\n\nText.\n", "chapters/01-intro.zh-CN.md:1: the front matter is never closed")]
    [InlineData("01-intro.zh-CN.md", "---\ntitle: A\norder: first\n---\n", "chapters/01-intro.zh-CN.md:3: 'order' must be a whole number, not 'first'.")]
    public void Explains_mistakes_in_chapter_files(string name, string content, string expected)
    {
        var (_, diagnostics) = Load((name, content));

        Assert.Contains(diagnostics, d => d.ToString().StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Warns_about_unknown_front_matter_keys()
    {
        var (_, diagnostics) = Load(("01-a.zh-CN.md", "---\ntitle: A\nsumary: B\n---\n"));

        Assert.StartsWith("chapters/01-a.zh-CN.md:3: unknown front matter key 'sumary' is ignored (did you mean 'summary'?)", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void Every_language_of_a_chapter_has_the_same_number()
    {
        var (_, diagnostics) = Load(("01-a.zh-CN.md", "---\ntitle: A\n---\n"), ("02-a.en.md", "---\ntitle: A\n---\n"));

        Assert.Equal("chapters/02-a.en.md: its number differs from chapters/01-a.zh-CN.md; give every language of a chapter the same number so they stay in the same place.", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void Two_chapters_with_one_number_is_an_error_naming_both_files()
    {
        var (_, diagnostics) = Load(
            ("03-a.zh-CN.md", "---\ntitle: A\n---\n"), ("03-b.zh-CN.md", "---\ntitle: B\n---\n"),
            ("03-a.en.md", "---\ntitle: A\n---\n"), ("04-c.zh-CN.md", "---\ntitle: C\n---\n"));

        Assert.Equal(
            "chapters/03-b.zh-CN.md: chapters/03-a.zh-CN.md and chapters/03-b.zh-CN.md both have the number 3, so their order and every later chapter's place are uncertain; give each chapter its own number.",
            Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void A_front_matter_order_that_repeats_another_chapters_number_is_an_error_too()
    {
        var (_, diagnostics) = Load(("01-a.zh-CN.md", "---\ntitle: A\n---\n"), ("02-b.zh-CN.md", "---\ntitle: B\norder: 1\n---\n"));

        Assert.StartsWith("chapters/02-b.zh-CN.md: chapters/01-a.zh-CN.md and chapters/02-b.zh-CN.md both have the number 1", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void Reads_cover_and_accent_and_translations_inherit_them()
    {
        var (chapters, diagnostics) = Load(
            ("03-poverty.zh-CN.md", "---\ntitle: 扶贫\ncover: ../assets/covers/poverty.svg\ncover-alt: 山坡上的小屋\naccent: \"#0A7C66\"\n---\n"),
            ("03-poverty.en.md", "---\ntitle: Poverty\ncover-alt: Houses on a hill\n---\n"));

        Assert.Empty(diagnostics);
        var zh = chapters.Single(c => c.Language == "zh-CN");
        var en = chapters.Single(c => c.Language == "en");
        Assert.Equal(("assets/covers/poverty.svg", "山坡上的小屋", "#0a7c66"), (zh.Cover, zh.CoverAlt, zh.Accent));
        Assert.Equal(("assets/covers/poverty.svg", "Houses on a hill", "#0a7c66"), (en.Cover, en.CoverAlt, en.Accent));
    }

    [Theory]
    [InlineData("accent: #0a7c66", "chapters/01-a.zh-CN.md:3: accent is empty; write the colour in quotes, e.g. accent: \"#0a7c66\" (without quotes YAML reads '#…' as a comment).")]
    [InlineData("accent: teal", "chapters/01-a.zh-CN.md:3: accent 'teal' is not a colour; write '#' and six hexadecimal digits in quotes, e.g. accent: \"#0a7c66\".")]
    [InlineData("accent: \"#0a7c6\"", "chapters/01-a.zh-CN.md:3: accent '#0a7c6' is not a colour;")]
    [InlineData("accent: \"#f4b942\"", "chapters/01-a.zh-CN.md:3: accent '#f4b942' is too light: the theme sets chapter labels in it on white and white text on it, and its contrast with white is 1.8:1, below the 4.5:1 readers need; write a darker colour, e.g. accent: \"#")]
    [InlineData("cover: ../../elsewhere/a.svg\ncover-alt: A", "chapters/01-a.zh-CN.md:3: cover '../../elsewhere/a.svg' is not a file in the report's assets/ folder; put the picture there and write its path from the chapter file, e.g. 'cover: ../assets/covers/a.svg'.")]
    [InlineData("cover: ./a.svg\ncover-alt: A", "chapters/01-a.zh-CN.md:3: cover './a.svg' is not a file in the report's assets/ folder;")]
    [InlineData("cover: ../assets/a.svg", "chapters/01-a.zh-CN.md:3: the chapter's cover (assets/a.svg) has no text alternative in zh-CN; add 'cover-alt: …'")]
    public void Explains_mistakes_in_cover_and_accent(string lines, string expected)
    {
        var (_, diagnostics) = Load(("01-a.zh-CN.md", $"---\ntitle: A\n{lines}\n---\n"));

        Assert.StartsWith(expected, Assert.Single(diagnostics).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cover_that_does_not_exist_is_an_error_at_its_line()
    {
        var (_, diagnostics) = Load(("01-a.zh-CN.md", "---\ntitle: A\ncover: ../assets/missing.svg\ncover-alt: 甲\n---\n"));

        Assert.Equal("chapters/01-a.zh-CN.md:3: the cover 'assets/missing.svg' does not exist; check the file name, or put the picture in the report's assets/ folder.", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void A_translation_may_repeat_the_cover_and_accent_but_not_change_them()
    {
        var (chapters, diagnostics) = Load(
            ("01-a.zh-CN.md", "---\ntitle: A\ncover: ../assets/a.svg\ncover-alt: 甲\naccent: \"#1f4e79\"\n---\n"),
            ("01-a.en.md", "---\ntitle: A\ncover: ../assets/a.svg\ncover-alt: A\naccent: \"#b03a48\"\n---\n"));

        Assert.Equal(
            "chapters/01-a.en.md:5: its accent differs from chapters/01-a.zh-CN.md's; a chapter has one accent colour in every language, so delete 'accent' here to use chapters/01-a.zh-CN.md's, or give both files the same one.",
            Assert.Single(diagnostics).ToString());
        Assert.Equal("#1f4e79", chapters.Single(c => c.Language == "en").Accent);
    }

    [Fact]
    public void A_translation_of_a_chapter_with_a_cover_says_what_it_shows_in_its_own_language()
    {
        var (_, diagnostics) = Load(
            ("01-a.zh-CN.md", "---\ntitle: A\ncover: ../assets/a.svg\ncover-alt: 甲\n---\n"),
            ("01-a.en.md", "---\ntitle: A\n---\n"));

        Assert.StartsWith("chapters/01-a.en.md:1: the chapter's cover (assets/a.svg) has no text alternative in en;", Assert.Single(diagnostics).ToString(), StringComparison.Ordinal);
    }

    private static (IReadOnlyList<ChapterSource> Chapters, IReadOnlyList<Diagnostic> Diagnostics) Load(params (string Name, string Content)[] files)
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.Combine("chapters"));
        foreach (var (name, content) in files) File.WriteAllText(dir.Combine("chapters", name), content);
        var diagnostics = new DiagnosticBag();
        var read = Each.Run(new ReadChapterFiles(Site), ReadChapterFiles.List(dir.Path, diagnostics), diagnostics).OfType<ChapterFile>().ToList();
        var chapters = new CheckChapters().Run(Each.Run(new LoadChapters(), read, diagnostics), Site, diagnostics, path => path.StartsWith("assets/", StringComparison.Ordinal) && !path.Contains("missing", StringComparison.Ordinal));
        return (chapters, diagnostics.Sorted());
    }
}
