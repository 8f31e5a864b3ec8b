using ReportSite.Paths;

namespace ReportSite.Tests.Paths;

public sealed class UrlPathTests
{
    [Theory]
    [InlineData("zh-CN/green/", "zh-CN/people/", "../people/")]
    [InlineData("zh-CN/green/", "en/green/", "../../en/green/")]
    [InlineData("zh-CN/green/", "zh-CN/", "../")]
    [InlineData("zh-CN/green/", "zh-CN/green/", "./")]
    [InlineData("zh-CN/green/", "zh-CN/green/#绿色运营", "./#绿色运营")]
    [InlineData("", "zh-CN/", "zh-CN/")]
    [InlineData("zh-CN/", "", "../")]
    [InlineData("en/people/", "theme/site.css?v=0123456789", "../../theme/site.css?v=0123456789")]
    [InlineData("", "theme/site.css", "theme/site.css")]
    public void Relative_links_between_pages(string from, string to, string expected)
    {
        Assert.Equal(expected, UrlPath.Relative(from, to));
    }

    [Theory]
    [InlineData("en/green/", "../people/", "en/people/")]
    [InlineData("en/green/", "../../assets/report.pdf", "assets/report.pdf")]
    [InlineData("en/green/", "./", "en/green/")]
    [InlineData("en/green/", "../../../../x/", "x/")]
    [InlineData("", "zh-CN/", "zh-CN/")]
    [InlineData("en/green/", "..", "en/")]
    public void Resolving_a_link_written_on_a_page(string from, string href, string expected)
    {
        Assert.Equal(expected, UrlPath.Resolve(from, href));
    }
}
