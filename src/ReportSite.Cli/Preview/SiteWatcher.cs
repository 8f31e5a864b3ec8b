namespace ReportSite.Cli.Preview;

/// <summary>
/// Watches the report and theme folders and calls back once a burst of changes has settled (editors
/// often write a file in several steps), so one save means one rebuild. A folder named twice (the
/// report's own theme/ folder is inside the report) or not there is watched once or not at all.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(60);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;

    public SiteWatcher(IEnumerable<string> folders, Action changed)
    {
        _timer = new Timer(_ => changed(), null, Timeout.Infinite, Timeout.Infinite);
        var full = folders.Where(Directory.Exists).Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f))).ToList();
        foreach (var folder in full.Distinct().Where(f => !full.Any(other => f.StartsWith(other + Path.DirectorySeparatorChar, StringComparison.Ordinal))))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.DirectoryName };
            watcher.Changed += (_, e) => Touch(e.FullPath);
            watcher.Created += (_, e) => Touch(e.FullPath);
            watcher.Deleted += (_, e) => Touch(e.FullPath);
            watcher.Renamed += (_, e) => Touch(e.FullPath);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>A change, unless it is the build's own cache (drawn share images), which a rebuild would only write again.</summary>
    private void Touch(string path)
    {
        if (path.Contains($"{Path.DirectorySeparatorChar}.cache{Path.DirectorySeparatorChar}", StringComparison.Ordinal) || path.EndsWith($"{Path.DirectorySeparatorChar}.cache", StringComparison.Ordinal)) return;
        _timer.Change(Settle, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
    }
}
