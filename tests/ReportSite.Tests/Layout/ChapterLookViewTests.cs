using ReportSite.Content;
using ReportSite.Layout;

namespace ReportSite.Tests.Layout;

public sealed class ChapterLookViewTests
{
    private static readonly ChapterSource Source = new()
    {
        File = "chapters/03-poverty.en.md", Order = 3, Slug = "poverty", Language = "en", Title = "Poverty", Body = "", BodyFirstLine = 3,
        Cover = "assets/covers/poverty.svg", CoverAlt = "Houses on a hill", Accent = "#0a7c66",
    };

    [Fact]
    public void Links_the_cover_from_the_page_and_keeps_the_accent()
    {
        var look = ChapterLookView.Of(Source, 3, path => "../../" + path);

        Assert.Equal(new ImageView("../../assets/covers/poverty.svg", "Houses on a hill"), look.Cover);
        Assert.Equal("#0a7c66", look.Accent);
    }

    [Fact]
    public void A_chapter_without_cover_or_accent_still_gets_its_own_palette_slot()
    {
        var hues = Enumerable.Range(1, ChapterLookView.PaletteSize + 2)
            .Select(n => ChapterLookView.Of(Source with { Cover = null, Accent = null }, n, p => p))
            .ToList();

        Assert.All(hues, look => Assert.Null(look.Cover));
        Assert.All(hues, look => Assert.Null(look.Accent));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2], hues.Select(look => look.Hue));
    }

    [Fact]
    public void A_cover_without_alt_text_in_the_language_is_decorative() =>
        Assert.Equal("", ChapterLookView.Of(Source with { CoverAlt = null }, 1, p => p).Cover!.Alt);
}
