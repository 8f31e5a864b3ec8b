using System.Text.Json;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Search;

/// <summary>The per-language search index of a built fixture site: sections with their addresses, and weighted terms.</summary>
public sealed class BuildSearchIndexTests
{
    [Fact]
    public void Each_language_gets_its_chapters_by_section_with_weighted_terms()
    {
        using var site = FixtureSite.FromFile("mini");
        Assert.True(site.Build().Succeeded);

        using var en = JsonDocument.Parse(site.ReadOutput("en/search-index.json"));
        var sections = en.RootElement.GetProperty("sections").EnumerateArray().Select(s => string.Join(" | ", s.EnumerateArray().Select(v => v.GetString() ?? "(none)"))).ToList();
        var approach = sections.FindIndex(s => s.StartsWith("intro/#our-approach |", StringComparison.Ordinal));
        Assert.Equal("intro/#our-approach | Introduction | Our approach | A digital assistant for every industry.", sections[approach]);
        Assert.Equal("intro/ | Introduction | (none) | For twenty years we have kept connecting people.", sections[0]);

        var terms = en.RootElement.GetProperty("terms");
        Assert.Equal([approach, 1], Postings(terms, "assistant"));
        // A word in a heading weighs 5; the chapter's title weighs 3 on its opening section.
        Assert.Equal([approach, 5], Postings(terms, "approach"));
        Assert.Equal([0, 3], Postings(terms, "introduction"));
    }

    [Fact]
    public void Chinese_text_wrapped_across_lines_in_the_source_is_indexed_as_one_run()
    {
        using var site = FixtureSite.FromFile("mini");
        Assert.True(site.Build().Succeeded);

        using var zh = JsonDocument.Parse(site.ReadOutput("zh-CN/search-index.json"));
        var terms = zh.RootElement.GetProperty("terms");

        // "数字化\n助手" in the Markdown is one line of text on the page, so the pair across the break is a term.
        Assert.True(terms.TryGetProperty("化助", out _));
        Assert.True(terms.TryGetProperty("助手", out _));
        Assert.Equal("zh-CN", zh.RootElement.GetProperty("lang").GetString());
    }

    private static int[] Postings(JsonElement terms, string term) => terms.GetProperty(term).EnumerateArray().Select(v => v.GetInt32()).ToArray();
}
