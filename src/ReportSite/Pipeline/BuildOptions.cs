using ReportSite.Theme;

namespace ReportSite.Pipeline;

/// <summary>
/// Where a build reads from and writes to. <paramref name="ThemeDir"/> (<c>--theme</c>) names a folder of
/// theme files used instead of the report's own <c>theme/</c> folder; null for the everyday case: the
/// built-in theme, with any file the report's <c>theme/</c> folder holds in place of the built-in one.
/// </summary>
public sealed record BuildOptions(string InputDir, string OutputDir, string? ThemeDir = null)
{
    /// <summary>The folder whose files override the built-in theme's: <c>--theme</c>, else the report's <c>theme/</c>.</summary>
    public string ThemeOverrides => ThemeFiles.OverrideFolder(InputDir, ThemeDir);

    /// <summary>
    /// Where the feedback form posts instead of site.yml's endpoint: preview points it at the collector
    /// it runs locally. Null in a real build.
    /// </summary>
    public string? FeedbackEndpoint { get; init; }

    /// <summary>
    /// Writes each page into the new site's folder as soon as it is laid out, instead of holding every page
    /// until the end (the command line's builds: memory stays flat however many pages); the build's result
    /// then carries the pages without their HTML. Ignored by a build that remembers (the preview's).
    /// </summary>
    public bool StreamPages { get; init; }

    /// <summary>
    /// Makes an out-of-date translation an error instead of a warning (<c>check --strict-translations</c>,
    /// for the day of publication).
    /// </summary>
    public bool StrictTranslations { get; init; }

    /// <summary>
    /// Why these folders cannot be used, or null. The output folder is replaced on every build, so
    /// it must never be, or contain, the input or the theme.
    /// </summary>
    public string? Problem()
    {
        if (!Directory.Exists(InputDir)) return $"input folder '{InputDir}' not found; run from the folder that holds 'input/', or pass --input.";
        if (ThemeFiles.FolderProblem(ThemeDir) is { } theme) return theme;
        var output = Full(OutputDir);
        foreach (var (name, dir) in new[] { ("input", InputDir), ("theme", ThemeOverrides) })
        {
            var full = Full(dir);
            if (full == output || full.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return $"the output folder '{OutputDir}' contains the {name} folder and would be replaced; choose another --output.";
            }
        }
        return null;
    }

    private static string Full(string dir) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(dir));
}
