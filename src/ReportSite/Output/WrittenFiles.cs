using ReportSite.Files;

namespace ReportSite.Output;

/// <summary>
/// What the last build wrote into an output folder, file by file, so the next build of the same report
/// (the preview's) writes only the files whose content changed and deletes only the files it no longer makes.
/// </summary>
/// <param name="Folder">The full path of the folder written.</param>
/// <param name="Written">Each file's path in it, with the <see cref="Token"/> of its content.</param>
public sealed record WrittenFiles(string Folder, IReadOnlyDictionary<string, object> Written)
{
    /// <summary>What identifies a file's content: a page's HTML, a generated file's bytes, a copied file's size and time.</summary>
    public static object Token(StaticFile file)
    {
        if (file.Content is { } bytes) return bytes;
        var info = new FileInfo(file.SourcePath!);
        return (file.SourcePath, info.Length, info.LastWriteTimeUtc);
    }

    /// <summary>Whether the file at <paramref name="path"/> was last written with this content.</summary>
    public bool Holds(string path, object token) =>
        Written.TryGetValue(path, out var written) && (written, token) switch
        {
            (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
            (byte[] a, byte[] b) => a.AsSpan().SequenceEqual(b),
            var (a, b) => a.Equals(b),
        };

    /// <summary>The files written before that this build does not make.</summary>
    public IEnumerable<string> Gone(IReadOnlyDictionary<string, object> now) => Written.Keys.Where(path => !now.ContainsKey(path));
}
