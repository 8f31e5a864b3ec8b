using ReportSite.Fonts;
using ReportSite.Sharing;
using ReportSite.Tests.Support;
using SkiaSharp;

namespace ReportSite.Tests.Sharing;

/// <summary>A drawn share image: a 1200 x 630 PNG in the card's colours, with its words on it.</summary>
public sealed class ShareCardRendererTests
{
    private static ShareCard Card(string title, string? cover = null) => new()
    {
        Language = "zh-CN",
        ReportTitle = "腾讯 2018 企业社会责任报告",
        Label = "第 03 章",
        Title = title,
        Footer = "腾讯控股有限公司",
        Background = "#0a7c66",
        Ink = ShareCardRenderer.InkFor("#0a7c66"),
        CoverPath = cover,
        Font = new FontChoice { Family = new SystemFonts().FamilyFor("腾讯智慧政务", ["Noto Sans CJK SC"]) ?? throw new InvalidOperationException("no CJK font; run tests/install-tools.sh") },
    };

    [Fact]
    public void The_image_is_a_1200_by_630_png_with_text_drawn_over_the_background()
    {
        using var bitmap = SKBitmap.Decode(ShareCardRenderer.Png(Card("智慧政务 善利民生")));

        Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
        // The band where the title is drawn holds white pixels; the empty band under the report title holds none.
        Assert.True(Count(bitmap, 80, 300, 600, 420, IsInk) > 500, "no title drawn");
        Assert.Equal(0, Count(bitmap, 80, 170, 600, 200, IsInk));
    }

    [Fact]
    public void A_cover_is_drawn_on_the_right()
    {
        var cover = Path.Combine(Repo.Root, "input", "assets", "covers", "government.svg");
        using var without = SKBitmap.Decode(ShareCardRenderer.Png(Card("智慧政务")));
        using var with = SKBitmap.Decode(ShareCardRenderer.Png(Card("智慧政务", cover)));

        // government.svg's sky is pale; the background there is the dark accent.
        Assert.True(Count(with, 760, 200, 1080, 420, IsPale) > 10_000);
        Assert.Equal(0, Count(without, 760, 200, 1080, 420, IsPale));
    }

    [Fact]
    public void A_photograph_as_cover_is_drawn_scaled_into_the_same_place()
    {
        using var dir = new TempDir();
        var photo = dir.Combine("cover.png");
        using (var bitmap = new SKBitmap(960, 640))
        {
            bitmap.Erase(SKColors.White);
            using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            File.WriteAllBytes(photo, data.ToArray());
        }
        using var drawn = SKBitmap.Decode(ShareCardRenderer.Png(Card("智慧政务", photo)));

        Assert.True(Count(drawn, 760, 200, 1080, 420, IsPale) > 60_000);
    }

    [Fact]
    public void On_the_brand_colour_and_every_palette_colour_of_the_theme_text_keeps_4_5_to_1_over_the_whole_background()
    {
        var style = ShareStyle.Parse(File.ReadAllText(Path.Combine(Repo.Root, "theme", "assets", "site.css")));

        Assert.Equal(9, style.Hues.Count);
        foreach (var background in style.Hues.Values.Append(style.Brand).Append("#1f4e79"))
        {
            var ink = ShareCardRenderer.InkFor(background);
            Assert.True(ReportSite.Html.ColourContrast.Ratio(ink, background) >= 4.5, background);
            Assert.True(ReportSite.Html.ColourContrast.Ratio(ink, ShareCardRenderer.DarkEnd(background)) >= 4.5, background);
        }
        Assert.Contains("Noto Sans CJK SC", style.CjkFamilies);
    }

    [Fact]
    public void On_a_light_background_the_text_is_dark()
    {
        Assert.Equal("#0d1821", ShareCardRenderer.InkFor("#f4f4f4"));
    }

    private static bool IsInk(SKColor c) => c is { Red: > 240, Green: > 240, Blue: > 240 };

    private static bool IsPale(SKColor c) => c is { Red: > 200, Green: > 200, Blue: > 200 };

    private static int Count(SKBitmap bitmap, int left, int top, int right, int bottom, Func<SKColor, bool> test)
    {
        var count = 0;
        for (var y = top; y < bottom; y++)
            for (var x = left; x < right; x++)
                if (test(bitmap.GetPixel(x, y))) count++;
        return count;
    }
}
