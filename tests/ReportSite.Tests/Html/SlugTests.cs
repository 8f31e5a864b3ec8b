using ReportSite.Html;

namespace ReportSite.Tests.Html;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Green operations", "green-operations")]
    [InlineData("绿色运营", "绿色运营")]
    [InlineData("为村：把互联网接进村庄", "为村-把互联网接进村庄")]
    [InlineData("Tencent's “99 Giving Day”", "tencents-99-giving-day")]
    [InlineData("2018 年的 QQ 信息无障碍", "2018-年的-qq-信息无障碍")]
    [InlineData("ＡＢＣ全角", "abc全角")]
    [InlineData("！？", "section")]
    public void Ids_are_readable_and_stable(string heading, string id)
    {
        Assert.Equal(id, Slug.From(heading));
    }
}
