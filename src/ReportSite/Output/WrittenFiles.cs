using ReportSite.Files;

namespace ReportSite.Output;

/// <summary>
/// What the last build wrote into an output folder, file by file, so the next build of the same report
/// (the preview's) writes only the files whose content changed and deletes only the files it no longer makes.
/// </summary>
public sealed class WrittenFiles
{
    private Dictionary<string, object> _written = new(StringComparer.Ordinal);

    /// <summary>The full path of the folder last written; null before the first build.</summary>
    public string? Folder { get; private set; }

    /// <summary>What identifies a file's content: a page's HTML, a generated file's bytes, a copied file's size and time.</summary>
    public static object Token(StaticFile file)
    {
        if (file.Content is { } bytes) return bytes;
        var info = new FileInfo(file.SourcePath!);
        return (file.SourcePath, info.Length, info.LastWriteTimeUtc);
    }

    /// <summary>Whether the file at <paramref name="path"/> was last written with this content.</summary>
    public bool Holds(string path, object token) =>
        _written.TryGetValue(path, out var written) && (written, token) switch
        {
            (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
            (byte[] a, byte[] b) => a.AsSpan().SequenceEqual(b),
            var (a, b) => a.Equals(b),
        };

    /// <summary>The files written before that this build does not make.</summary>
    public IEnumerable<string> Gone(IReadOnlyDictionary<string, object> now) => _written.Keys.Where(path => !now.ContainsKey(path));

    public void Record(string folder, Dictionary<string, object> written)
    {
        Folder = folder;
        _written = written;
    }
}
