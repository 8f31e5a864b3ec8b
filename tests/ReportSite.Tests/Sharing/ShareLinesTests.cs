using ReportSite.Sharing;

namespace ReportSite.Tests.Sharing;

/// <summary>
/// A share image's title broken into lines as a typesetter would. Widths here are in "ems": a Chinese
/// character or punctuation mark is 1, a Latin letter, digit or space 0.5, an ellipsis 1.
/// </summary>
public sealed class ShareLinesTests
{
    private static float Measure(string text) => text.Sum(c => ShareLines.IsCjk(c) || c == '…' ? 1f : 0.5f);

    private static IReadOnlyList<string> Wrap(string text, float width, int maxLines = 3) => ShareLines.Wrap(text, width, maxLines, Measure);

    [Fact]
    public void Chinese_breaks_between_characters()
    {
        Assert.Equal(["智慧政务善利", "民生"], Wrap("智慧政务善利民生", 6));
    }

    [Fact]
    public void Chinese_never_starts_a_line_with_closing_punctuation()
    {
        // Filling the line would put "，" first on the second; the character before it goes down with it.
        Assert.Equal(["腾讯的责任之", "道，二十年"], Wrap("腾讯的责任之道，二十年", 7));
        Assert.All(Wrap("一二三四五六。七八九十、甲乙丙丁」戊己", 6), line => Assert.DoesNotMatch("^[，。、」]", line));
    }

    [Fact]
    public void Chinese_never_ends_a_line_with_opening_punctuation()
    {
        var lines = Wrap("腾讯公司参与「为村」计划", 6);

        Assert.All(lines, line => Assert.False(line.EndsWith('「'), line));
        Assert.Equal("腾讯公司参与「为村」计划", string.Concat(lines));
    }

    [Fact]
    public void Chinese_prefers_to_break_after_a_comma_when_the_line_stays_well_filled()
    {
        Assert.Equal(["科技向善，", "二十年向着美好前行"], Wrap("科技向善，二十年向着美好前行", 10));
    }

    [Fact]
    public void Latin_breaks_between_words_only()
    {
        Assert.Equal(["Smart government", "for people's", "wellbeing"], Wrap("Smart government for people's wellbeing", 8.5f));
    }

    [Fact]
    public void A_word_longer_than_the_line_is_split_between_its_letters_rather_than_overflowing()
    {
        var lines = Wrap("Supercalifragilistic", 4);

        Assert.All(lines, line => Assert.True(Measure(line) <= 4, line));
        Assert.Equal("Supercalifragilistic", string.Concat(lines));
    }

    [Fact]
    public void Mixed_text_breaks_around_Latin_words_and_between_Chinese_characters_but_not_inside_a_word()
    {
        var lines = Wrap("腾讯 WeChat Pay 支付服务覆盖全国", 6);

        Assert.All(lines, line => Assert.True(Measure(line) <= 6, line));
        Assert.DoesNotContain(lines, line => line.EndsWith("We", StringComparison.Ordinal) || line.StartsWith("Chat", StringComparison.Ordinal));
        Assert.Equal("腾讯WeChatPay支付服务覆盖全国", string.Concat(lines).Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void What_does_not_fit_in_the_lines_allowed_ends_with_an_ellipsis()
    {
        var lines = Wrap("一二三四五六七八九十甲乙丙丁戊己庚辛", 6, maxLines: 2);

        Assert.Equal(["一二三四五六", "七八九十甲…"], lines);
    }

    [Fact]
    public void A_Latin_title_cut_short_ends_with_three_full_stops_within_the_width()
    {
        var lines = Wrap("Tech for Good, twenty years of working towards a better future", 10, maxLines: 2);

        Assert.Equal(2, lines.Count);
        Assert.EndsWith("...", lines[1], StringComparison.Ordinal);
        Assert.All(lines, line => Assert.True(Measure(line) <= 10, line));
    }

    [Fact]
    public void A_title_that_fits_is_left_whole()
    {
        Assert.Equal(["GRI 标准内容索引"], Wrap("GRI 标准内容索引", 20));
    }
}
