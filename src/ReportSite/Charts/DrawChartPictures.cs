using ReportSite.Caching;
using ReportSite.Diagnostics;
using ReportSite.Files;

namespace ReportSite.Charts;

/// <summary>A chart's drawn pictures: where the site publishes each, the cached files they come from, and whether this build drew them.</summary>
public sealed record DrawnChartPicture(string PngPath, string PngCache, string PdfPath, string PdfCache, bool Drawn);

/// <summary>
/// Draws each chart's PNG and PDF into <paramref name="cacheFolder"/> under its hash, unless an earlier build
/// already has: the name says what the pictures show, so a file there is never stale, and a rebuild with
/// unchanged charts draws nothing. Builds may run at once (tests do), so a file is written beside its place
/// and moved there whole.
/// </summary>
public sealed class DrawChartPictures(string cacheFolder) : IItemWork<ChartPicture, string, DrawnChartPicture>
{
    /// <summary>Where a report keeps its drawn chart pictures between builds: <c>.cache/charts/</c> in the report folder.</summary>
    public static string CacheFolder(string inputDir) => Path.Combine(inputDir, ".cache", "charts");

    public string Id(ChartPicture item) => item.Hash;

    public string Reads(ChartPicture item) => item.Hash;

    public DrawnChartPicture Make(ChartPicture item, DiagnosticBag diagnostics)
    {
        var png = Path.Combine(cacheFolder, item.Hash + ".png");
        var pdf = Path.Combine(cacheFolder, item.Hash + ".pdf");
        var drawn = false;
        if (!File.Exists(png))
        {
            WholeFile.Write(png, ChartPictureRenderer.Png(item.SvgFile, item.Font));
            drawn = true;
        }
        if (!File.Exists(pdf))
        {
            WholeFile.Write(pdf, ChartPictureRenderer.Pdf(item.SvgFile, item.Font));
            drawn = true;
        }
        return new DrawnChartPicture(item.PngPath, png, item.PdfPath, pdf, drawn);
    }
}
