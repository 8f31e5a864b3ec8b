using AngleSharp.Html.Parser;
using ReportSite.Checks;

namespace ReportSite.Tests.Checks;

/// <summary>A section's prose, which search results quote, is kept apart from the words of its KPI cards, charts and call-outs.</summary>
public sealed class PageSectionsTests
{
    [Fact]
    public void Kpi_cards_charts_and_call_outs_go_to_the_asides_one_figure_at_a_time()
    {
        var content = new HtmlParser().ParseDocument(
            "<div><h2 id=\"a\">扶贫</h2><p>这正是互联网企业可以发力之处。</p>" +
            "<ul class=\"kpi-cards\"><li class=\"kpi-card\"><p><data value=\"22.36\">22.36<span>亿元</span></data></p><p>腾讯基金会累计捐赠</p></li>" +
            "<li class=\"kpi-card\"><p>9849</p><p>个村庄</p></li></ul>" +
            "<p>截至 2018 年底，<strong>基金会</strong>累计捐赠。</p>" +
            "<figure class=\"chart\"><figcaption>扶贫投入</figcaption><svg><text>2016</text></svg>" +
            "<p class=\"chart__downloads\" data-search-skip><a href=\"c.csv\">下载数据（CSV）</a><a href=\"c.svg\">下载图表（SVG）</a></p></figure>" +
            "<aside class=\"scan\"><p>扫一扫</p><p>互联网扶贫报告</p></aside></div>").Body!.FirstElementChild!;

        var section = Assert.Single(PageSections.Of(content));

        Assert.Equal("这正是互联网企业可以发力之处。 截至 2018 年底，基金会累计捐赠。", section.Text);
        Assert.Equal("22.36亿元 腾讯基金会累计捐赠 · 9849 个村庄 · 扶贫投入 · 扫一扫 互联网扶贫报告", section.Asides);
    }

    [Fact]
    public void A_section_with_only_figures_is_kept_for_their_words()
    {
        var content = new HtmlParser().ParseDocument("<div><h2 id=\"a\">A</h2><ul class=\"kpi-cards\"><li>3212 articles</li></ul></div>").Body!.FirstElementChild!;

        Assert.Equal([("a", "", "3212 articles")], PageSections.Of(content).Select(s => (s.Anchor, s.Text, s.Asides)));
    }
}
