namespace ReportSite.Tests.Support;

/// <summary>Every file of a built site, by its path relative to the output folder, for whole-site comparisons.</summary>
public static class SiteFiles
{
    public static Dictionary<string, byte[]> Read(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'), File.ReadAllBytes);

    /// <summary>The paths whose content differs between two builds, after checking both made the same files.</summary>
    public static List<string> Differing(Dictionary<string, byte[]> expected, Dictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        return expected.Where(f => !f.Value.AsSpan().SequenceEqual(actual[f.Key])).Select(f => f.Key).Order(StringComparer.Ordinal).ToList();
    }

    public static string Text(byte[] bytes) => System.Text.Encoding.UTF8.GetString(bytes);
}
