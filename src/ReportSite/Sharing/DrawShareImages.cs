using ReportSite.Caching;
using ReportSite.Diagnostics;
using ReportSite.Files;

namespace ReportSite.Sharing;

/// <summary>A drawn share image: where the site publishes it, the cached file it is copied from, and whether this build drew it.</summary>
public sealed record DrawnShareImage(string OutputPath, string CachePath, bool Drawn);

/// <summary>
/// Draws each share image into <paramref name="cacheFolder"/> under its hash, unless an earlier build
/// already has: what an image shows is its name, so a file there is never stale, and a rebuild with
/// unchanged titles draws nothing. Builds may run at once (tests do), so an image is written beside its
/// place and moved there whole.
/// </summary>
public sealed class DrawShareImages(string cacheFolder) : IItemWork<ShareCard, string, DrawnShareImage>
{
    /// <summary>Where a report keeps its drawn images between builds: <c>.cache/share/</c> in the report folder.</summary>
    public static string CacheFolder(string inputDir) => Path.Combine(inputDir, ".cache", "share");

    public string Id(ShareCard item) => item.Hash;

    public string Reads(ShareCard item) => item.Hash;

    public DrawnShareImage Make(ShareCard item, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(cacheFolder, item.Hash + ".png");
        if (File.Exists(path)) return new DrawnShareImage(item.OutputPath, path, Drawn: false);
        WholeFile.Write(path, ShareCardRenderer.Png(item));
        return new DrawnShareImage(item.OutputPath, path, Drawn: true);
    }
}
