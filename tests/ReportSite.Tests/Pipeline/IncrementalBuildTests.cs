using ReportSite.Markdown.Directives;
using ReportSite.Pipeline;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Pipeline;

/// <summary>
/// The preview's remembering build: after any kind of edit, what it writes must be exactly what a
/// fresh build of the same files writes, and an edit to one chapter's text lays out only that page.
/// Works on a copy of the sample report and the theme, edited step by step.
/// </summary>
[Trait("Category", "Slow")]
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly SiteBuild _preview = new(DirectiveRegistry.Empty, remembers: true);

    public IncrementalBuildTests()
    {
        _dir.CopyIn(Repo.SampleInput, "input");
        _dir.CopyIn(Repo.Theme, "theme");
        AssertBuilt(_preview.Run(Options("output")));
    }

    private string Input => _dir.Combine("input");

    private string Theme => _dir.Combine("theme");

    private string Output => _dir.Combine("output");

    [Fact]
    public void A_chapter_text_edit_lays_out_only_that_page_and_the_standards_indexes()
    {
        Edit("chapters/05-society.en.md", text => text.Replace("## Checking the facts", "A new sentence.\n\n## Checking the facts"));

        var result = Rebuild();

        // The four standards indexes (GRI and HKEX, both languages) show other pages' headings, so they follow any chapter edit.
        Assert.Equal(1 + 4, _preview.Memory!.PagesLaidOut);
        Assert.Equal(1, _preview.Memory.ChapterFiles.Made);
        Assert.Contains("A new sentence.", File.ReadAllText(Path.Combine(Output, "en/society/index.html")));
        AssertSameAsFreshBuild();
        Assert.True(result.Pages.Count > 30);
    }

    [Fact]
    public void A_chapter_text_edit_indexes_that_chapter_again_and_remakes_only_the_shards_its_new_words_fall_in()
    {
        Edit("chapters/07-environment.zh-CN.md", text => text + "\n风电\n");

        AssertBuilt(Rebuild());

        var memory = _preview.Memory!;
        Assert.Equal(1, memory.SearchChapters.Made);
        // 风, 电 and 风电 fall in at most three of the Chinese shards; the English ones stay as they were.
        var zh = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Output, "zh-CN/search-index/manifest.json"))).RootElement.GetProperty("shards").GetInt32();
        Assert.InRange(memory.SearchShards.Made, 1, Math.Min(3, zh - 1));
        Assert.Equal(1, memory.SearchTexts.Made);
        AssertSameAsFreshBuild();
    }

    [Fact]
    public void Every_kind_of_edit_writes_what_a_fresh_build_writes()
    {
        var edits = new (string What, Action Edit)[]
        {
            ("a heading renamed", () => Edit("chapters/05-society.en.md", t => t.Replace("## Technology that reaches everyone", "## Technology for everyone"))),
            ("a chapter title", () => Edit("chapters/05-society.en.md", t => t.Replace("title: A smart society where kindness travels", "title: A kinder smart society"))),
            ("a chapter's accent", () => Edit("chapters/05-society.zh-CN.md", t => t.Replace("accent: \"#b03a48\"", "accent: \"#2f5d8a\""))),
            ("a chapter's cover redrawn", () => Edit("assets/covers/society.svg", t => t.Replace("<svg ", "<svg data-edited=\"1\" "))),
            ("a headline KPI", () => Edit("data/kpis/03-government.yml", t => t.Replace("value: 9849", "value: 9900"))),
            ("a layout", () => Edit("../theme/layouts/chapter.html", t => t + "{{## edited ##}}<p class=\"edited\">edited</p>\n")),
            ("a theme word", () => Edit("../theme/i18n/en.yml", t => t.Replace("ogLocale: en_GB", "ogLocale: en_US"))),
            ("a stylesheet", () => Edit("../theme/assets/site.css", t => t + "\n.edited { color: inherit; }\n")),
            ("site.yml", () => Edit("site.yml", t => t.Replace("Tech for Good, twenty years", "Tech for Good; twenty years"))),
            ("a new chapter", () =>
            {
                File.WriteAllText(Path.Combine(Input, "chapters/10-outlook.zh-CN.md"), "---\ntitle: 展望\n---\n\n## 下一步\n\n正文。\n");
                File.WriteAllText(Path.Combine(Input, "chapters/10-outlook.en.md"), "---\ntitle: Outlook\n---\n\n## Next steps\n\nText.\n");
            }),
            ("a translation removed", () => File.Delete(Path.Combine(Input, "chapters/10-outlook.en.md"))),
            ("a chapter removed", () => File.Delete(Path.Combine(Input, "chapters/10-outlook.zh-CN.md"))),
            ("an asset added", () => File.WriteAllText(Path.Combine(Input, "assets/notes.txt"), "notes")),
            ("an asset removed", () => File.Delete(Path.Combine(Input, "assets/notes.txt"))),
        };
        foreach (var (what, edit) in edits)
        {
            edit();
            AssertBuilt(Rebuild(), what);
            AssertSameAsFreshBuild(what);
        }
    }

    [Fact]
    public void A_failed_build_keeps_the_last_site_and_the_next_good_one_catches_up()
    {
        var page = Path.Combine(Output, "en/society/index.html");
        var before = File.ReadAllText(page);
        Edit("chapters/05-society.en.md", t => t.Replace("## Checking the facts", "Figure: :kpi[no.such-kpi]\n\n## Checking the facts"));

        var failed = Rebuild();

        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Diagnostics, d => d.File == "chapters/05-society.en.md" && d.Message.Contains("no.such-kpi"));
        Assert.Equal(before, File.ReadAllText(page));

        // The same mistake, remembered, is still reported on the next build.
        Edit("chapters/05-society.zh-CN.md", t => t + "\n补充。\n");
        Assert.Contains(Rebuild().Diagnostics, d => d.File == "chapters/05-society.en.md" && d.Message.Contains("no.such-kpi"));

        Edit("chapters/05-society.en.md", t => t.Replace("Figure: :kpi[no.such-kpi]", "Figure: :kpi[weicun.villages]"));
        AssertBuilt(Rebuild());
        AssertSameAsFreshBuild();
    }

    [Fact]
    public void An_override_added_edited_and_removed_in_the_report_s_theme_folder_is_built_again()
    {
        // The author's everyday setup: no --theme, the built-in theme overridden by the report's own theme/.
        var preview = new SiteBuild(DirectiveRegistry.Empty, remembers: true);
        BuildOptions BuiltIn(string output) => new(Input, _dir.Combine(output), null);
        AssertBuilt(preview.Run(BuiltIn("built-in")));
        var page = _dir.Combine("built-in", "en", "society", "index.html");
        var footer = File.ReadAllText(Path.Combine(Repo.Theme, "partials", "footer.html"));
        var steps = new (string What, Action Edit, string? Expected)[]
        {
            ("an override added", () => WriteOverride("<p class=\"note\">Printed on recycled paper.</p>\n" + footer), "Printed on recycled paper."),
            ("an override edited", () => WriteOverride("<p class=\"note\">Printed in Hong Kong.</p>\n" + footer), "Printed in Hong Kong."),
            ("an override removed", () => File.Delete(Path.Combine(Input, "theme", "partials", "footer.html")), null),
        };
        foreach (var (what, edit, expected) in steps)
        {
            edit();
            AssertBuilt(preview.Run(BuiltIn("built-in")), what);
            var html = File.ReadAllText(page);
            if (expected is null) Assert.DoesNotContain("class=\"note\"", html);
            else Assert.Contains(expected, html);
            AssertBuilt(new SiteBuild(DirectiveRegistry.Empty).Run(BuiltIn("fresh")), what);
            Assert.Empty(SiteFiles.Differing(SiteFiles.Read(_dir.Combine("fresh")), SiteFiles.Read(_dir.Combine("built-in"))));
        }
    }

    private void WriteOverride(string footer)
    {
        var path = Path.Combine(Input, "theme", "partials", "footer.html");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, footer);
    }

    private BuildResult Rebuild() => _preview.Run(Options("output"));

    private BuildOptions Options(string output) => new(Input, _dir.Combine(output), Theme);

    /// <summary>Edits a file of the copied report (or, with "../theme/…", of the copied theme).</summary>
    private void Edit(string path, Func<string, string> change)
    {
        var full = Path.GetFullPath(Path.Combine(Input, path));
        var text = File.ReadAllText(full);
        var changed = change(text);
        Assert.NotEqual(text, changed);
        File.WriteAllText(full, changed);
    }

    private void AssertSameAsFreshBuild(string? after = null)
    {
        var fresh = _dir.Combine("fresh");
        AssertBuilt(new SiteBuild(DirectiveRegistry.Empty).Run(Options("fresh")));
        var expected = Files(fresh);
        var actual = Files(Output);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        var differ = expected.Where(f => !f.Value.AsSpan().SequenceEqual(actual[f.Key])).Select(f => f.Key).ToList();
        Assert.True(differ.Count == 0, $"after {after ?? "the edit"}, these files differ from a fresh build: {string.Join(", ", differ.Take(10))}");
    }

    private static Dictionary<string, byte[]> Files(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), File.ReadAllBytes);

    private static void AssertBuilt(BuildResult result, string? after = null) =>
        Assert.True(result.Succeeded, $"after {after ?? "the edit"}: " + string.Join("\n", result.Diagnostics));

    public void Dispose() => _dir.Dispose();
}
