using System.Text;
using System.Text.RegularExpressions;
using ReportSite.Charts;
using ReportSite.Charts.Svg;
using ReportSite.Fonts;
using SkiaSharp;

namespace ReportSite.Tests.Charts;

/// <summary>A chart's pictures drawn from its standalone SVG: a PNG at twice its size on white, a one-page vector PDF of its size.</summary>
public sealed partial class ChartPictureRendererTests
{
    private static readonly FontChoice Font = new()
    {
        Family = new SystemFonts().FamilyFor("基金会扶贫投入", ["Noto Sans CJK SC"]) ?? throw new InvalidOperationException("no CJK font; run tests/install-tools.sh"),
    };

    private static byte[] Svg(string language) => Encoding.UTF8.GetBytes(
        SvgChartRenderer.Render(ChartFixture.Model(ChartFixture.Get("poverty-funding"), language), new ChartOptions(RenderCharts.StandaloneWidth, ShowTitle: true)));

    private static (int Width, int Height) SvgSize(byte[] svg)
    {
        var match = SizePattern().Match(Encoding.UTF8.GetString(svg));
        return (int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public void The_png_is_twice_the_svg_s_size_on_white_with_the_chart_drawn(string language)
    {
        var svg = Svg(language);
        using var bitmap = SKBitmap.Decode(ChartPictureRenderer.Png(svg, Font));

        var (width, height) = SvgSize(svg);
        Assert.Equal((width * 2, height * 2), (bitmap.Width, bitmap.Height));
        Assert.Equal(SKColors.White, bitmap.GetPixel(0, bitmap.Height - 1));
        Assert.Equal(SKColors.White, bitmap.GetPixel(bitmap.Width - 1, 0));
        var inked = 0;
        for (var y = 0; y < bitmap.Height; y += 2)
            for (var x = 0; x < bitmap.Width; x += 2)
                if (bitmap.GetPixel(x, y) is var c && c.Red + c.Green + c.Blue < 600) inked++;
        Assert.True(inked > 2000, $"only {inked} pixels drawn");
    }

    [Fact]
    public void The_pdf_is_one_page_of_the_svg_s_size_in_points()
    {
        var svg = Svg("zh-CN");
        var pdf = ChartPictureRenderer.Pdf(svg, Font);

        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        var text = Encoding.Latin1.GetString(pdf);
        var (width, height) = SvgSize(svg);
        Assert.Single(PagePattern().Matches(text));
        Assert.Matches($@"/MediaBox \[0 0 {width} {height}\]", text);
    }

    [GeneratedRegex("""<svg[^>]* width="(\d+)" height="(\d+)"(?s).*""")]
    private static partial Regex SizePattern();

    [GeneratedRegex(@"/Type /Page\b")]
    private static partial Regex PagePattern();
}
