namespace ReportSite.Tests.Support;

/// <summary>A folder deleted when the test ends.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reportsite-tests", Guid.NewGuid().ToString("N")[..12]);

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Copies the folder <paramref name="from"/> (a report, a theme) to <paramref name="name"/> in here, to edit freely; returns its path.</summary>
    public string CopyIn(string from, string name)
    {
        var to = Combine(name);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return to;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
