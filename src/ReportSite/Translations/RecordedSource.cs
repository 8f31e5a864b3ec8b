using System.Diagnostics;
using ReportSite.Content;

namespace ReportSite.Translations;

/// <summary>
/// Finds the text a translation was made from in git's history: the newest committed version of the
/// source file whose <see cref="SourceHash"/> is the recorded one (<c>git log</c>, then <c>git show</c>
/// of each version, run as processes). Null when git is not installed, the report is not in a repository,
/// or no committed version has that hash (it was never committed, or the history was rewritten).
/// </summary>
public static class RecordedSource
{
    /// <summary>How far back to look: a report's chapter has far fewer versions.</summary>
    private const int MostVersions = 500;

    /// <summary>
    /// The committed text of <paramref name="sourceFile"/> whose hash is <paramref name="recorded"/>;
    /// <paramref name="hash"/> hashes a version (the whole file's <see cref="SourceHash"/> unless given: a data file's is of its texts).
    /// </summary>
    public static string? Find(string inputDir, string sourceFile, string recorded, Func<string, string?>? hash = null)
    {
        hash ??= SourceHash.Of;
        var path = Path.GetFullPath(Path.Combine(inputDir, sourceFile));
        var folder = Path.GetDirectoryName(path)!;
        var name = Path.GetFileName(path);
        if (Git(folder, ["log", $"-n{MostVersions}", "--format=%H", "--", name]) is not { } log) return null;
        foreach (var revision in log.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // "<rev>:./<name>" is the path from the working folder, wherever the repository's root is.
            if (Git(folder, ["show", $"{revision}:./{name}"]) is { } text && hash(text) == recorded) return text;
        }
        return null;
    }

    /// <summary>What git printed, or null when it failed or could not be started.</summary>
    private static string? Git(string folder, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(start);
            if (process is null) return null;
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = errors.Result;
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
