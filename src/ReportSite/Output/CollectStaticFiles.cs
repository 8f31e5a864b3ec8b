using ReportSite.Files;
using ReportSite.Theme;

namespace ReportSite.Output;

/// <summary>Lists the files copied unchanged: the theme's assets and the report's <c>assets/</c>.</summary>
public sealed class CollectStaticFiles
{
    public IReadOnlyList<StaticFile> Run(LoadedTheme theme, string inputDir)
    {
        // An asset on disk is copied from there; a built-in one is written from the generator's own copy.
        var files = theme.Assets.Select(a => a.File.DiskPath is { } disk
            ? new StaticFile($"{LoadedTheme.OutputFolder}/{a.Path}", disk)
            : StaticFile.Generated($"{LoadedTheme.OutputFolder}/{a.Path}", a.File.ReadBytes())).ToList();
        var assets = Path.Combine(inputDir, "assets");
        if (Directory.Exists(assets))
        {
            files.AddRange(Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories)
                .Where(path => !Path.GetFileName(path).StartsWith('.'))
                .Order(StringComparer.Ordinal)
                .Select(path => new StaticFile("assets/" + Path.GetRelativePath(assets, path).Replace('\\', '/'), path)));
        }
        return files;
    }
}
