namespace ReportSite.Theme;

/// <summary>A loaded theme: compiled templates, UI strings and number conventions per language, static assets.</summary>
public sealed record Theme(
    ThemeTemplates Templates,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Strings,
    IReadOnlyDictionary<string, Kpis.NumberLocale> Numbers,
    IReadOnlyList<ThemeAsset> Assets)
{
    /// <summary>The folder under the output root that holds theme assets.</summary>
    public const string OutputFolder = "theme";

    /// <summary>A word for readers of <paramref name="language"/>, with {0}, {1} filled in.</summary>
    public string Word(string language, string key, params object[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Strings[language][key], args);

    /// <summary>The asset's URL relative to the site root, with a content version so caches never serve a stale file.</summary>
    public string AssetUrl(string path) =>
        Assets.FirstOrDefault(a => a.Path == path) is { } asset ? $"{OutputFolder}/{asset.Path}?v={asset.Version}" : $"{OutputFolder}/{path}";
}

/// <summary>A file from the theme's <c>assets/</c> (a report's override or the built-in one), copied to the output as it is.</summary>
public sealed record ThemeAsset(string Path, ThemeFile File, string Version);
