namespace ReportSite.Files;

/// <summary>
/// Writes a file so no reader ever sees part of it: beside its place under a unique name, then moved over
/// it. For the build's caches, which builds running at once (tests do) may fill with the same file.
/// </summary>
public static class WholeFile
{
    public static void Write(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}
