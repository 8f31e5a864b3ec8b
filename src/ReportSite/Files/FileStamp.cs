namespace ReportSite.Files;

/// <summary>
/// A file's size and time of last write: what a watcher-driven rebuild compares to tell whether a file
/// changed without reading it, as make and every static site generator's preview do. Saving a file
/// changes its time even when the size stays.
/// </summary>
public readonly record struct FileStamp(long Length, DateTime LastWriteUtc)
{
    /// <summary>The stamp of the file at <paramref name="path"/>; a missing file's is (0, the earliest time).</summary>
    public static FileStamp Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new(info.Length, info.LastWriteTimeUtc) : default;
    }
}
