using System.Text;
using ReportSite.Search;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Search;

/// <summary>
/// Traditional and Simplified Chinese folded together for matching: the same terms from either script,
/// Hong Kong and Taiwan variant forms included, and a table that is what its script makes of OpenCC.
/// </summary>
public sealed class HanFoldTests
{
    [Theory]
    [InlineData("可持續發展", "可持续发展")]
    [InlineData("臺灣", "台湾")]
    [InlineData("綫上", "线上")] // the Hong Kong form of 線
    [InlineData("線上", "线上")]
    [InlineData("裏面", "里面")]
    [InlineData("爲村", "为村")] // the Taiwan form of 為
    [InlineData("頭髮", "头发")]
    public void Either_script_gives_the_same_terms(string traditional, string simplified)
    {
        Assert.Equal(SearchTerms.Of(simplified), SearchTerms.Of(traditional));
    }

    [Fact]
    public void Only_the_first_of_several_conversions_joins_a_class()
    {
        // 复 becomes 復 or 覆 in Traditional text, but 覆 is also a Simplified character of its own (覆盖).
        Assert.NotEqual(SearchTerms.Of("覆"), SearchTerms.Of("复"));
        Assert.Equal(SearchTerms.Of("復"), SearchTerms.Of("复"));
    }

    [Fact]
    public void Every_pair_is_two_Han_characters_and_every_character_folds_to_one_that_stays()
    {
        var pairs = HanFold.Each().ToList();

        Assert.True(pairs.Count > 4000, $"{pairs.Count} pairs");
        Assert.Equal(pairs.Count, pairs.Select(p => p.From).Distinct().Count());
        Assert.All(pairs, p =>
        {
            Assert.NotEqual(p.From, p.To);
            Assert.Equal(p.To, HanFold.Fold(p.To));
            Assert.Equal(p.To, HanFold.Fold(p.From));
            Assert.Single(SearchTerms.Of(p.From.ToString()));
        });
        Assert.Equal(new Rune('中'), HanFold.Fold(new Rune('中')));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void The_table_is_what_its_script_makes_of_the_OpenCC_dictionaries()
    {
        var (exitCode, output, error) = Tools.Run("dotnet", ["run", Path.Combine(Repo.Root, "tools", "make-han-fold.cs"), "--", "--check"], timeoutSeconds: 300);

        Assert.True(exitCode == 0, output + error);
    }
}
