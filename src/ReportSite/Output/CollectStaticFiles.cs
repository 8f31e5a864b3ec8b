namespace ReportSite.Output;

/// <summary>Lists the files copied unchanged: the theme's assets and the report's <c>assets/</c>.</summary>
public sealed class CollectStaticFiles
{
    public IReadOnlyList<StaticFile> Run(Theme.Theme theme, string inputDir)
    {
        var files = theme.Assets.Select(a => new StaticFile($"{Theme.Theme.OutputFolder}/{a.Path}", a.SourcePath)).ToList();
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
