using System.Text.Json;
using ReportSite.Markdown.Directives;
using ReportSite.Pipeline;
using ReportSite.Search;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Search;

/// <summary>
/// The per-language search index of a built site: a manifest of chapters, each chapter's texts by
/// section, and weighted terms sharded so a query reads only the shards that hold its terms.
/// </summary>
public sealed class BuildSearchIndexTests
{
    [Fact]
    public void Each_language_gets_its_chapters_by_section_with_weighted_terms()
    {
        using var site = FixtureSite.FromFile("mini");
        Assert.True(site.Build().Succeeded);

        var index = new Index(site.Output, "en");
        Assert.Equal("en", index.Manifest.GetProperty("lang").GetString());
        Assert.Equal(["intro/ | Introduction", "green/ | Green"], index.Chapters);
        Assert.Equal(
            ["(none) | (none) | For twenty years we have kept connecting people.", "our-approach | Our approach | A digital assistant for every industry."],
            index.Texts(0).Take(2));
        Assert.Equal(index.Texts(0).Count + index.Texts(1).Count, index.Manifest.GetProperty("sections").GetInt32());

        // (chapter, section, weight): a word in a heading weighs 5; the chapter's title weighs 3 on its opening section.
        Assert.Equal([0, 1, 1], index.Postings("assistant"));
        Assert.Equal([0, 1, 5], index.Postings("approach"));
        Assert.Equal([0, 0, 3], index.Postings("introduction"));
    }

    [Fact]
    public void Every_term_is_in_the_shard_the_browser_looks_in()
    {
        using var dir = new TempDir();
        Assert.True(new SiteBuild(DirectiveRegistry.Empty).Run(new BuildOptions(Repo.SampleInput, dir.Combine("site"), Repo.Theme)).Succeeded);

        foreach (var language in new[] { "zh-CN", "en" })
        {
            var index = new Index(dir.Combine("site"), language);
            var shards = index.Manifest.GetProperty("shards").GetInt32();
            Assert.True(shards > 1, $"the sample's {language} index is large enough to be split");
            var terms = Enumerable.Range(0, shards).SelectMany(shard => index.Shard(shard).EnumerateObject().Select(term => (term.Name, Shard: shard))).ToList();
            Assert.All(terms, term => Assert.Equal(SearchShards.Of(term.Name, shards), term.Shard));
            Assert.Contains(terms, term => term.Name == (language == "en" ? "poverti" : "扶贫"));
        }
    }

    [Fact]
    public void Chinese_text_wrapped_across_lines_in_the_source_is_indexed_as_one_run_with_each_character()
    {
        using var site = FixtureSite.FromFile("mini");
        Assert.True(site.Build().Succeeded);

        var zh = new Index(site.Output, "zh-CN");
        // "数字化\n助手" in the Markdown is one line of text on the page, so the pair across the break is a term.
        Assert.Equal([0, 1, 1], zh.Postings("化助"));
        Assert.Equal([0, 1, 1], zh.Postings("助手"));
        // One-character queries look characters up alone: 年 is in the opening sentence and the table's heading.
        Assert.Equal([0, 0, 1, 0, 2, 1], zh.Postings("年"));
    }

    [Fact]
    public void The_manifest_version_changes_with_the_index()
    {
        using var site = FixtureSite.FromFile("mini");
        Assert.True(site.Build().Succeeded);
        var before = new Index(site.Output, "en").Manifest.GetProperty("version").GetString();
        site.Write("-- chapters/02-green.en.md --\n---\ntitle: Green\n---\n\n## Green operations\n\nThe data centre now also runs on wind power.\n");
        Assert.True(site.Build().Succeeded);

        Assert.NotEqual(before, new Index(site.Output, "en").Manifest.GetProperty("version").GetString());
        Assert.Equal([1, 0, 1], new Index(site.Output, "en").Postings("wind"));
    }

    /// <summary>A language's written index, read as the search script reads it.</summary>
    private sealed class Index(string output, string language)
    {
        private string File(string name) => Path.Combine(output, language, BuildSearchIndex.Folder, name);

        public JsonElement Manifest { get; } = JsonDocument.Parse(System.IO.File.ReadAllBytes(Path.Combine(output, language, BuildSearchIndex.Folder, "manifest.json"))).RootElement;

        public IReadOnlyList<string> Chapters =>
            Manifest.GetProperty("chapters").EnumerateArray().Select(c => string.Join(" | ", c.EnumerateArray().Select(v => v.GetString()))).ToList();

        /// <summary>The sections of the <paramref name="chapter"/>th chapter, from the texts file that holds it.</summary>
        public IReadOnlyList<string> Texts(int chapter)
        {
            var perFile = Manifest.GetProperty("chaptersPerTextsFile").GetInt32();
            return JsonDocument.Parse(System.IO.File.ReadAllBytes(File($"texts-{chapter / perFile}.json"))).RootElement[chapter % perFile].EnumerateArray()
                .Select(s => string.Join(" | ", s.EnumerateArray().Select(v => v.GetString() ?? "(none)"))).ToList();
        }

        public JsonElement Shard(int shard) => JsonDocument.Parse(System.IO.File.ReadAllBytes(File($"terms-{shard}.json"))).RootElement;

        public int[] Postings(string term) =>
            Shard(SearchShards.Of(term, Manifest.GetProperty("shards").GetInt32())).GetProperty(term).EnumerateArray().Select(v => v.GetInt32()).ToArray();
    }
}
