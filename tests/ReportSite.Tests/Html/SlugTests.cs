using ReportSite.Html;

namespace ReportSite.Tests.Html;

/// <summary>Heading ids follow GitHub's rule, which authors already know from its previews and Hugo's <c>github</c> setting.</summary>
public sealed class SlugTests
{
    [Theory]
    [InlineData("Green operations", "green-operations")]
    [InlineData("绿色运营", "绿色运营")]
    [InlineData("甲：乙", "甲乙")]
    [InlineData("为村：把互联网接进村庄", "为村把互联网接进村庄")]
    [InlineData("（一）《报告》“引号”，顿号、感叹！问号？", "一报告引号顿号感叹问号")]
    [InlineData("Tencent's “99 Giving Day”", "tencents-99-giving-day")]
    [InlineData("2018 年的 QQ 信息无障碍", "2018-年的-qq-信息无障碍")]
    [InlineData("Scope 1 & 2 emissions", "scope-1--2-emissions")]
    [InlineData("snake_case and kebab-case", "snake_case-and-kebab-case")]
    [InlineData("Café déjà vu", "café-déjà-vu")]
    [InlineData("！？", "section")]
    public void Ids_follow_githubs_rule(string heading, string id)
    {
        Assert.Equal(id, Slug.From(heading));
    }

    [Fact]
    public void A_repeated_heading_gets_a_number_from_one()
    {
        var ids = new SlugSet([]);

        Assert.Equal(["案例", "案例-1", "案例-2", "other"], new[] { "案例", "案例", "案例", "Other" }.Select(ids.Add));
    }

    [Fact]
    public void An_id_the_page_already_uses_is_not_given_again()
    {
        var ids = new SlugSet(["main", "案例-1"]);

        Assert.Equal(["main-1", "案例", "案例-2"], new[] { "Main", "案例", "案例" }.Select(ids.Add));
    }
}
