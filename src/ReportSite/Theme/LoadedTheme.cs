using ReportSite.Localization;

namespace ReportSite.Theme;

/// <summary>
/// A loaded theme: its compiled templates (the rendering half), its words and number conventions per
/// language (the data half), and its static assets.
/// </summary>
public sealed record LoadedTheme(ThemeTemplates Templates, Words Words, IReadOnlyList<ThemeAsset> Assets)
{
    /// <summary>The font files of the theme's <c>fonts/</c> folder, in name order: share images and chart pictures are drawn with the first that has every character.</summary>
    public IReadOnlyList<ThemeFile> Fonts { get; init; } = [];

    /// <summary>The folder under the output root that holds theme assets.</summary>
    public const string OutputFolder = "theme";

    /// <summary>The asset's URL relative to the site root, with a content version so caches never serve a stale file.</summary>
    public string AssetUrl(string path) =>
        Assets.FirstOrDefault(a => a.Path == path) is { } asset ? $"{OutputFolder}/{asset.Path}?v={asset.Version}" : $"{OutputFolder}/{path}";
}

/// <summary>A file from the theme's <c>assets/</c> (a report's override or the built-in one), copied to the output as it is.</summary>
public sealed record ThemeAsset(string Path, ThemeFile File, string Version);
