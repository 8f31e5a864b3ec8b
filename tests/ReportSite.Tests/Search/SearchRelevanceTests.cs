using System.Diagnostics;
using System.Text.Json;
using ReportSite.Markdown.Directives;
using ReportSite.Pipeline;
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
    [InlineData("zh-CN", "为村", "government/#为村-把互联网接进村庄")]
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

    /// <summary>The sample built once for all queries, and the search script run in Node over its indexes.</summary>
    public sealed class SampleIndexes : IDisposable
    {
        private readonly TempDir _dir = new();

        public SampleIndexes()
        {
            var result = new SiteBuild(DirectiveRegistry.Empty).Run(new BuildOptions(Repo.SampleInput, _dir.Combine("site"), Repo.Theme));
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        }

        public string? TopResult(string language, string query)
        {
            var script = $$"""
                const { search } = require({{JsonSerializer.Serialize(Path.Combine(Repo.Theme, "assets", "search.js"))}});
                const index = JSON.parse(require("fs").readFileSync({{JsonSerializer.Serialize(_dir.Combine("site", language, "search-index.json"))}}, "utf8"));
                console.log(JSON.stringify(search(index, {{JsonSerializer.Serialize(query)}})[0]?.url ?? null));
                """;
            var node = Process.Start(new ProcessStartInfo("node", ["-e", script]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = node.StandardOutput.ReadToEnd();
            var error = node.StandardError.ReadToEnd();
            node.WaitForExit();
            Assert.True(node.ExitCode == 0, error);
            return JsonSerializer.Deserialize<string?>(output);
        }

        public void Dispose() => _dir.Dispose();
    }
}
