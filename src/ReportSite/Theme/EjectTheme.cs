using ReportSite.Diagnostics;

namespace ReportSite.Theme;

/// <summary>
/// <c>theme eject [file]</c>: copies the built-in theme, one of its folders or one file into the report's
/// <c>theme/</c> folder, where the build uses it instead of the built-in one, ready to edit. A file already
/// there is never overwritten: when any would be, nothing is copied.
/// </summary>
public sealed class EjectTheme
{
    /// <summary>The files written, as paths in the report (<c>theme/partials/header.html</c>); none when something is wrong (reported).</summary>
    public IReadOnlyList<string> Run(string inputDir, string? wanted, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(inputDir))
        {
            diagnostics.Error("reportsite", 0, $"input folder '{inputDir}' not found; run from the folder that holds 'input/', or pass --input.");
            return [];
        }
        var builtIn = ThemeFiles.BuiltIn;
        var files = wanted is null ? builtIn.All.ToList() : Select(builtIn, wanted);
        if (files.Count == 0)
        {
            var paths = builtIn.All.Select(f => f.Path).ToList();
            var folders = paths.Select(p => p[..p.IndexOf('/')]).Distinct();
            diagnostics.Error("reportsite", 0, $"the built-in theme has no file or folder '{wanted}'{Suggest.DidYouMean(Normalize(wanted!), paths.Concat(folders))}; "
                + $"name one such as partials/header.html, i18n/en.yml or assets, or leave it out to copy the whole theme. Its files: {string.Join(", ", paths)}.");
            return [];
        }
        var taken = files.Where(f => File.Exists(Target(inputDir, f))).ToList();
        foreach (var file in taken)
        {
            diagnostics.Error($"{ThemeFiles.ReportFolder}/{file.Path}", 0, "already exists and was not overwritten, so nothing was copied. "
                + "Edit the file you have, or move it away first to get a fresh copy of the built-in one.");
        }
        if (taken.Count > 0) return [];
        foreach (var file in files)
        {
            var target = Target(inputDir, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, file.ReadBytes());
        }
        return files.Select(f => $"{ThemeFiles.ReportFolder}/{f.Path}").ToList();
    }

    /// <summary>The file named, or every file of the folder named; "theme/" in front and '\' separators are fine too.</summary>
    private static List<ThemeFile> Select(ThemeFiles builtIn, string wanted)
    {
        var path = Normalize(wanted);
        return builtIn.Find(path) is { } file ? [file] : builtIn.In(path, subfolders: true).ToList();
    }

    private static string Normalize(string wanted)
    {
        var path = wanted.Replace('\\', '/').Trim('/');
        return path.StartsWith(ThemeFiles.ReportFolder + "/", StringComparison.Ordinal) ? path[(ThemeFiles.ReportFolder.Length + 1)..] : path;
    }

    private static string Target(string inputDir, ThemeFile file) => Path.Combine(inputDir, ThemeFiles.ReportFolder, file.Path);
}
