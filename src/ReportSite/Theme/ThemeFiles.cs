namespace ReportSite.Theme;

/// <summary>
/// The files of a theme by their path in it. The default theme is built into the generator; a report
/// overrides any of its files by putting one at the same path in its own <c>theme/</c> folder (or in the
/// folder <c>--theme</c> names instead), and each file is looked up there first, then in the built-in
/// theme (Hugo's rule). A file replaces the built-in one whole.
/// </summary>
public sealed class ThemeFiles
{
    /// <summary>The folder of a report that overrides the built-in theme's files.</summary>
    public const string ReportFolder = "theme";

    /// <summary>How messages name a file of the built-in theme.</summary>
    public const string BuiltInPrefix = "(built-in) ";

    /// <summary>Where the theme's files are embedded in this assembly (see ReportSite.csproj).</summary>
    private const string ResourcePrefix = "theme/";

    private static readonly Lazy<ThemeFiles> BuiltInFiles = new(LoadBuiltIn);

    private readonly SortedDictionary<string, ThemeFile> _files;
    private readonly string _addedAt;

    private ThemeFiles(SortedDictionary<string, ThemeFile> files, string addedAt) => (_files, _addedAt) = (files, addedAt);

    /// <summary>The theme built into the generator (the repository's <c>theme/</c> folder when it was compiled).</summary>
    public static ThemeFiles BuiltIn => BuiltInFiles.Value;

    /// <summary>
    /// A report's theme: the files of <paramref name="themeDir"/> when given (<c>--theme</c>), else of the
    /// report's own <c>theme/</c> folder when it has one, each over the built-in file at the same path.
    /// </summary>
    public static ThemeFiles ForReport(string reportDir, string? themeDir) =>
        InFolder(OverrideFolder(reportDir, themeDir)).Over(BuiltIn);

    /// <summary>The folder whose files take the place of the built-in ones: <c>--theme</c>, else the report's <c>theme/</c>.</summary>
    public static string OverrideFolder(string reportDir, string? themeDir) => themeDir ?? Path.Combine(reportDir, ReportFolder);

    /// <summary>Why the folder <c>--theme</c> names cannot be used, or null.</summary>
    public static string? FolderProblem(string? themeDir) =>
        themeDir is null || Directory.Exists(themeDir)
            ? null
            : $"theme folder '{themeDir}' not found; pass --theme with a folder of theme files to use instead of the built-in ones, or leave it out to use the built-in theme and the report's own {ReportFolder}/ folder.";

    /// <summary>
    /// The files of one folder alone (none when it does not exist), named in messages by the folder's name
    /// and their path in it (<c>theme/layouts/chapter.html</c>). Hidden files (editors' swap files) are left out.
    /// </summary>
    public static ThemeFiles InFolder(string dir)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(dir));
        var files = new SortedDictionary<string, ThemeFile>(StringComparer.Ordinal);
        if (Directory.Exists(dir))
        {
            foreach (var full in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            {
                var path = Path.GetRelativePath(dir, full).Replace('\\', '/');
                if (path.Split('/').Any(part => part.StartsWith('.'))) continue;
                files[path] = new ThemeFile(path, $"{name}/{path}", full, () => File.OpenRead(full));
            }
        }
        return new ThemeFiles(files, name + "/");
    }

    /// <summary>These files, each over the file at the same path in <paramref name="lower"/> (which fills in the rest).</summary>
    public ThemeFiles Over(ThemeFiles lower)
    {
        var files = new SortedDictionary<string, ThemeFile>(lower._files, StringComparer.Ordinal);
        foreach (var (path, file) in _files) files[path] = file;
        return new ThemeFiles(files, _addedAt);
    }

    /// <summary>Every file, ordered by path.</summary>
    public IReadOnlyCollection<ThemeFile> All => _files.Values;

    public ThemeFile? Find(string path) => _files.GetValueOrDefault(path);

    /// <summary>The files in <paramref name="folder"/> ("layouts"), or also in its subfolders, ordered by path.</summary>
    public IEnumerable<ThemeFile> In(string folder, bool subfolders = false)
    {
        var prefix = folder + "/";
        return _files.Values.Where(f => f.Path.StartsWith(prefix, StringComparison.Ordinal) && (subfolders || f.Path.IndexOf('/', prefix.Length) < 0));
    }

    /// <summary>How messages name the file at <paramref name="path"/>: the file used, or where an author would add it.</summary>
    public string DisplayPath(string path) => Find(path)?.DisplayPath ?? _addedAt + path;

    private static ThemeFiles LoadBuiltIn()
    {
        var assembly = typeof(ThemeFiles).Assembly;
        var files = new SortedDictionary<string, ThemeFile>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            // MSBuild's RecursiveDir uses the build machine's separator.
            var path = name.Replace('\\', '/');
            if (!path.StartsWith(ResourcePrefix, StringComparison.Ordinal)) continue;
            path = path[ResourcePrefix.Length..];
            files[path] = new ThemeFile(path, BuiltInPrefix + path, null, () => assembly.GetManifestResourceStream(name)!);
        }
        return new ThemeFiles(files, ReportFolder + "/");
    }
}
