using System.Text.Json;
using ReportSite.Markdown.Directives;
using ReportSite.Pipeline;
using ReportSite.Search;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Search;

/// <summary>
/// Queries a reader would type, in both languages, against the sample report's indexes, run through
/// the theme's own search script in Node: each must put the expected section first.
/// </summary>
public sealed class SearchRelevanceTests : IClassFixture<SearchRelevanceTests.SampleIndexes>
{
    private readonly SampleIndexes _sample;

    public SearchRelevanceTests(SampleIndexes sample) => _sample = sample;

    [Theory]
    [InlineData("zh-CN", "乡村振兴", "government/#扶贫的腾讯路径")]
    [InlineData("zh-CN", "QQ 信息无障碍", "society/#让科技惠及每个人")]
    [InlineData("zh-CN", "为村", "government/#为村把互联网接进村庄")]
    [InlineData("zh-CN", "99公益日", "society/#理性透明的-99-公益日")]
    [InlineData("zh-CN", "数据中心", "environment/#更节能的数据中心")]
    [InlineData("en", "data centre energy", "environment/#a-low-energy-data-centre")]
    [InlineData("en", "Weicun villages", "government/#weicun-bringing-villages-online")]
    [InlineData("en", "rumours", "society/#checking-the-facts")]
    [InlineData("en", "QQ accessibility", "society/#technology-that-reaches-everyone")]
    [InlineData("en", "poverty relief", "government/#tencents-approach-to-poverty-relief")]
    public void The_expected_section_comes_first(string language, string query, string expected)
    {
        Assert.Equal(expected, _sample.TopResult(language, query));
    }

    [Fact]
    public void Matches_are_marked_in_the_result_title_and_snippet()
    {
        var labels = SearchScript.Evaluate<string[]>($"search(loader({JsonSerializer.Serialize(_sample.Index("en"))}), 'data centre energy').then((results) => [results[0].label, results[0].snippet])")!;

        Assert.Equal("A smart ecology that cares for our home · A low-<mark>energy</mark> <mark>data</mark> <mark>centre</mark>", labels[0]);
        Assert.Contains("<mark>data</mark> <mark>centre</mark>", labels[1]);
    }

    [Fact]
    public void Snippets_quote_prose_and_kpi_card_words_only_when_they_match_more_of_the_query()
    {
        var snippets = SearchScript.Evaluate<string[][]>(
            $"Promise.all(['发力之处', '微信带动传统消费'].map((q) => search(loader({JsonSerializer.Serialize(_sample.Index("zh-CN"))}), q).then((results) => results.map((r) => r.snippet))))")!;

        // The card "22.36亿元 腾讯基金会累计捐赠" beside the sentence no longer runs into its snippet.
        Assert.Contains("<mark>发力之处</mark>", snippets[0][0]);
        Assert.DoesNotContain("腾讯基金会累计捐赠", snippets[0][0]);
        // A card's label, in no sentence, is still found, and quoted apart from the prose, card by card.
        var card = Assert.Single(snippets[1], s => s.Contains("<mark>微信带动传统消费</mark>", StringComparison.Ordinal));
        Assert.Contains(" · ", card);
    }

    [Fact]
    public void Snippets_of_spaced_text_start_and_end_at_whole_words()
    {
        var text = string.Join(' ', Enumerable.Range(0, 60).Select(i => $"word{i}")) + " target " + string.Join(' ', Enumerable.Range(60, 60).Select(i => $"word{i}"));
        var snippet = SearchScript.Evaluate<string>($"snippet({JsonSerializer.Serialize(text)}, /(target)/giu)")!;

        Assert.Matches(@"^…word\d+ .* <mark>target</mark> .* word\d+…$", snippet);
        Assert.All(snippet.Trim('…').Replace("<mark>", "").Replace("</mark>", "").Split(' '), word => Assert.Contains($" {word} ", $" {text} "));
    }

    /// <summary>The sample built once for all queries, and the search script run in Node over its indexes.</summary>
    public sealed class SampleIndexes : IDisposable
    {
        private readonly TempDir _dir = new();

        public SampleIndexes()
        {
            var result = new SiteBuild(DirectiveRegistry.Empty).Run(new BuildOptions(Repo.SampleInput, _dir.Combine("site"), Repo.Theme));
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        }

        public string Index(string language) => _dir.Combine("site", language, BuildSearchIndex.Folder);

        public string? TopResult(string language, string query) =>
            SearchScript.Evaluate<string?>($"search(loader({JsonSerializer.Serialize(Index(language))}), {JsonSerializer.Serialize(query)}).then((results) => results[0]?.url ?? null)");

        public void Dispose() => _dir.Dispose();
    }
}
