using ReportSite.Search;

namespace ReportSite.Tests.Search;

/// <summary>How text becomes search terms: Chinese as character pairs, other words lower-cased and lightly stemmed.</summary>
public sealed class SearchTermsTests
{
    [Fact]
    public void Chinese_becomes_overlapping_character_pairs()
    {
        Assert.Equal(["乡村", "村振", "振兴"], SearchTerms.Of("乡村振兴"));
    }

    [Fact]
    public void A_lone_Chinese_character_stays_itself_and_punctuation_splits_runs()
    {
        Assert.Equal(["村", "扶贫", "贫攻", "攻坚"], SearchTerms.Of("村，扶贫攻坚。"));
    }

    [Fact]
    public void Mixed_text_splits_at_the_change_of_script()
    {
        Assert.Equal(["qq", "信息", "息无", "无障", "障碍"], SearchTerms.Of("QQ 信息无障碍"));
        Assert.Equal(["qq", "信息"], SearchTerms.Of("QQ信息"));
    }

    [Fact]
    public void Full_width_letters_and_digits_read_as_their_plain_forms()
    {
        Assert.Equal(["qq", "2018"], SearchTerms.Of("ＱＱ ２０１８"));
    }

    [Theory]
    [InlineData("Villages", "village")]
    [InlineData("village", "village")]
    [InlineData("families", "famili")]
    [InlineData("family", "famili")]
    [InlineData("access", "access")]
    [InlineData("focus", "focus")]
    [InlineData("crisis", "crisis")]
    [InlineData("classes", "class")]
    [InlineData("day", "day")]
    [InlineData("gas", "gas")]
    public void English_words_are_lower_cased_and_lightly_stemmed(string word, string term)
    {
        Assert.Equal([term], SearchTerms.Of(word));
    }
}
