namespace ReportSite.Theme;

/// <summary>
/// One file of a theme, wherever it comes from: a report's <c>theme/</c> folder, a <c>--theme</c> folder or
/// the theme built into the generator. <see cref="Path"/> is where it sits in a theme
/// (<c>partials/header.html</c>); <see cref="DisplayPath"/> is how messages name it, so an author can find
/// it (<c>theme/partials/header.html</c>, or <c>(built-in) partials/header.html</c>).
/// </summary>
public sealed class ThemeFile
{
    private readonly Func<Stream> _open;

    public ThemeFile(string path, string displayPath, string? diskPath, Func<Stream> open) =>
        (Path, DisplayPath, DiskPath, _open) = (path, displayPath, diskPath, open);

    /// <summary>The path inside a theme, with '/' separators: <c>layouts/chapter.html</c>.</summary>
    public string Path { get; }

    /// <summary>The name messages give the file.</summary>
    public string DisplayPath { get; }

    /// <summary>The file on disk, or null for a file of the built-in theme.</summary>
    public string? DiskPath { get; }

    public Stream Open() => _open();

    public string ReadText()
    {
        using var reader = new StreamReader(Open());
        return reader.ReadToEnd();
    }

    public byte[] ReadBytes()
    {
        using var stream = Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public override string ToString() => DisplayPath;
}
