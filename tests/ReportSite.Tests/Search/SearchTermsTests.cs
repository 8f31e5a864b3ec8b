using System.Text.Json;
using ReportSite.Search;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Search;

/// <summary>How text becomes search terms: Chinese as character pairs and single characters, other words lower-cased and lightly stemmed.</summary>
public sealed class SearchTermsTests
{
    [Fact]
    public void Chinese_becomes_each_character_and_the_overlapping_pairs()
    {
        Assert.Equal(["乡", "村", "乡村", "振", "村振", "兴", "振兴"], SearchTerms.Of("乡村振兴"));
    }

    [Fact]
    public void Punctuation_splits_runs_of_Chinese()
    {
        Assert.Equal(["村", "扶", "贫", "扶贫"], SearchTerms.Of("村，扶贫。"));
    }

    [Fact]
    public void Mixed_text_splits_at_the_change_of_script()
    {
        Assert.Equal(["qq", "信", "息", "信息"], SearchTerms.Of("QQ 信息"));
        Assert.Equal(["qq", "信", "息", "信息", "app"], SearchTerms.Of("QQ信息App"));
    }

    [Fact]
    public void Characters_beyond_the_basic_plane_pair_like_any_other()
    {
        Assert.Equal(["𠀀", "村", "𠀀村"], SearchTerms.Of("𠀀村"));
    }

    [Fact]
    public void Full_width_letters_and_digits_read_as_their_plain_forms()
    {
        Assert.Equal(["qq", "2018"], SearchTerms.Of("ＱＱ ２０１８"));
    }

    [Fact]
    public void Long_words_are_kept_whole()
    {
        var word = new string('a', 200);
        Assert.Equal([word], SearchTerms.Of($"({word})"));
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
        Assert.Equal(term, SearchTerms.Stem(word.ToLowerInvariant()));
    }

    /// <summary>
    /// The browser splits a query by the rules the build indexed the text with: every term the script
    /// makes of a text is a term of that text, and the script looks each up in the shard the build put it in.
    /// </summary>
    [Fact]
    public void The_search_script_makes_the_same_terms_and_finds_their_shards()
    {
        string[] texts = ["乡村振兴", "村", "QQ 信息无障碍", "ＱＱ２０１８年", "Villages and families", "𠀀村", "〇々", "Ωmega café", "crisis, focus; access", "数据中心PUE为1.1"];
        var script = SearchScript.Evaluate<string[][]>($"{JsonSerializer.Serialize(texts)}.map((text) => parse(text).terms)")!;
        var shards = SearchScript.Evaluate<int[]>($"{JsonSerializer.Serialize(texts.SelectMany(SearchTerms.Of))}.map((term) => shardOf(term, 64))")!;

        Assert.All(texts.Zip(script), pair => Assert.Subset(SearchTerms.Of(pair.First).ToHashSet(), pair.Second.ToHashSet()));
        Assert.All(script, terms => Assert.NotEmpty(terms));
        Assert.Equal(texts.SelectMany(SearchTerms.Of).Select(term => SearchShards.Of(term, 64)), shards);
    }
}
