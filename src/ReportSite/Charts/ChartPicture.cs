using ReportSite.Caching;
using ReportSite.Fonts;

namespace ReportSite.Charts;

/// <summary>
/// One chart in one language to draw as pictures: its standalone SVG (the file <c>charts/&lt;id&gt;.svg</c>
/// publishes) and the font for its words. <see cref="Hash"/> names the cached files, so a chart that draws
/// anything else, or in another font, gets new ones.
/// </summary>
public sealed record ChartPicture(string SvgPath, byte[] SvgFile, FontChoice Font)
{
    /// <summary>Changes when the drawing itself changes (scale, background), so no cached picture of an older design is reused.</summary>
    public const string DesignVersion = "1";

    public string Hash => _hash ??= Fingerprint.Of(DesignVersion, Fingerprint.Of(SvgFile), Font.Fingerprint)[..20];

    private string? _hash;

    /// <summary>The PNG's path in the output folder: the SVG's, with <c>.png</c>.</summary>
    public string PngPath => RenderedChart.PicturePath(SvgPath, ".png");

    /// <summary>The PDF's path in the output folder: the SVG's, with <c>.pdf</c>.</summary>
    public string PdfPath => RenderedChart.PicturePath(SvgPath, ".pdf");

    /// <summary>Every chart of the build, to draw with <paramref name="font"/>; none without a font.</summary>
    public static IReadOnlyList<ChartPicture> For(IReadOnlyDictionary<(string Id, string Language), RenderedChart> charts, FontChoice? font) =>
        font is null ? [] : charts.Values.OrderBy(c => c.SvgPath, StringComparer.Ordinal).Select(c => new ChartPicture(c.SvgPath, c.SvgFile, font)).ToList();
}
