namespace ReportSite.Output;

/// <summary>
/// Pages written into the new site's folder as soon as each is laid out, so a build of thousands of pages
/// does not hold every page's HTML until the end; <see cref="WriteOutput"/> adds the rest there and swaps
/// the folder in. A failed build discards it, leaving the output folder as it was.
/// </summary>
public sealed class PageSpool
{
    /// <summary>Starts the new site's folder for <paramref name="outputDir"/>, empty: whatever an interrupted build left there goes.</summary>
    public PageSpool(string outputDir)
    {
        Folder = WriteOutput.StagingFolder(Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDir)));
        Discard();
    }

    /// <summary>The new site's folder, beside the output folder, as <see cref="WriteOutput"/> names it.</summary>
    public string Folder { get; }

    /// <summary>Writes one page's HTML at its place in the new site; pages are written in parallel.</summary>
    public void Write(string outputPath, string html) => WriteOutput.WritePage(Path.Combine(Folder, outputPath), html);

    /// <summary>Deletes what was written: the build failed, and the output folder stays as it was.</summary>
    public void Discard()
    {
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}
