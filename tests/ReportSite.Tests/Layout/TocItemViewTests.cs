using ReportSite.Layout;

namespace ReportSite.Tests.Layout;

public sealed class TocItemViewTests
{
    [Fact]
    public void H3s_go_under_the_item_before_them()
    {
        var toc = TocItemView.Of([new(3, "lead", "Lead"), new(3, "under-lead", "Under lead"), new(2, "a", "A"), new(3, "b", "B"), new(2, "c", "C")])!;

        Assert.Equal(["#lead", "#a", "#c"], toc.Select(i => i.Href));
        Assert.Equal(["#under-lead"], toc[0].Children!.Select(i => i.Href));
        Assert.Equal(["B"], toc[1].Children!.Select(i => i.Text));
        Assert.Null(toc[2].Children);
    }

    [Fact]
    public void A_chapter_without_headings_has_no_table_of_contents()
    {
        Assert.Null(TocItemView.Of([]));
    }
}
