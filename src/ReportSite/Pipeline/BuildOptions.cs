namespace ReportSite.Pipeline;

/// <summary>Where a build reads from and writes to.</summary>
public sealed record BuildOptions(string InputDir, string OutputDir, string ThemeDir)
{
    /// <summary>
    /// Where the feedback form posts instead of site.yml's endpoint: preview points it at the collector
    /// it runs locally. Null in a real build.
    /// </summary>
    public string? FeedbackEndpoint { get; init; }

    /// <summary>
    /// Why these folders cannot be used, or null. The output folder is replaced on every build, so
    /// it must never be, or contain, the input or the theme.
    /// </summary>
    public string? Problem()
    {
        if (!Directory.Exists(InputDir)) return $"input folder '{InputDir}' not found; run from the folder that holds 'input/', or pass --input.";
        var output = Full(OutputDir);
        foreach (var (name, dir) in new[] { ("input", InputDir), ("theme", ThemeDir) })
        {
            var full = Full(dir);
            if (full == output || full.StartsWith(output + Path.DirectorySeparatorChar))
            {
                return $"the output folder '{OutputDir}' contains the {name} folder and would be replaced; choose another --output.";
            }
        }
        return null;
    }

    private static string Full(string dir) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(dir));
}
