using System.Text;
using ReportSite.Files;
using ReportSite.Pages;

namespace ReportSite.Output;

/// <summary>
/// Writes the site into a fresh folder beside the output folder, then swaps it in, so readers and
/// the preview never see a half-written site and a failed build leaves the previous one untouched.
/// Given what it wrote last time into the same folder (the preview's builds), it writes only the files
/// that changed and deletes those no longer made, in place.
/// </summary>
public sealed class WriteOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes the site; returns what it wrote, for the next build of the same report. Pages without HTML
    /// are in <paramref name="spool"/>'s folder already.
    /// </summary>
    public WrittenFiles Run(IReadOnlyList<Page> pages, IReadOnlyList<StaticFile> files, string outputDir, WrittenFiles? written = null, PageSpool? spool = null)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDir));
        var tokens = pages.ToDictionary(p => p.OutputPath, p => (object?)p.Html ?? p.OutputPath, StringComparer.Ordinal);
        foreach (var file in files) tokens[file.OutputPath] = WrittenFiles.Token(file);
        if (written?.Folder == output && Directory.Exists(output)) Update(written, pages, files, tokens, output);
        else Replace(pages, files, output, spool is not null);
        return new WrittenFiles(output, tokens);
    }

    /// <summary>Where a new site is written before it replaces <paramref name="output"/>.</summary>
    public static string StagingFolder(string output) => $"{output}.building-{Environment.ProcessId}";

    private static void Update(WrittenFiles written, IReadOnlyList<Page> pages, IReadOnlyList<StaticFile> files, Dictionary<string, object> tokens, string output)
    {
        foreach (var path in written.Gone(tokens)) File.Delete(Path.Combine(output, path));
        // Each file is written beside its place and renamed over it, so the server never reads half a page.
        void Swap(string path, Action<string> write)
        {
            var temporary = $"{path}.writing-{Environment.ProcessId}";
            write(temporary);
            File.Move(temporary, path, overwrite: true);
        }
        Parallel.ForEach(pages.Where(p => !written.Holds(p.OutputPath, tokens[p.OutputPath])),
            page => Swap(Path.Combine(output, page.OutputPath), to => WritePage(to, page.Html!)));
        Parallel.ForEach(files.Where(f => !written.Holds(f.OutputPath, tokens[f.OutputPath])),
            file => Swap(Path.Combine(output, file.OutputPath), to => Write(file, to)));
    }

    private static void Replace(IReadOnlyList<Page> pages, IReadOnlyList<StaticFile> files, string output, bool spooled)
    {
        var staging = StagingFolder(output);
        var previous = $"{output}.previous-{Environment.ProcessId}";
        if (!spooled && Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        try
        {
            Directory.CreateDirectory(staging);
            Parallel.ForEach(pages.Where(p => p.Html is not null), page => WritePage(Path.Combine(staging, page.OutputPath), page.Html!));
            Parallel.ForEach(files, file => Write(file, Path.Combine(staging, file.OutputPath)));
            if (Directory.Exists(output)) Directory.Move(output, previous);
            Directory.Move(staging, output);
        }
        catch
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            if (!Directory.Exists(output) && Directory.Exists(previous)) Directory.Move(previous, output);
            throw;
        }
        if (Directory.Exists(previous)) Directory.Delete(previous, recursive: true);
    }

    /// <summary>Writes a page's HTML (UTF-8, no byte order mark), making its folder.</summary>
    public static void WritePage(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, Utf8);
    }

    private static void Write(StaticFile file, string destination)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        if (file.Content is not null) File.WriteAllBytes(destination, file.Content);
        // A link fails where the name is taken, or the file system has none: then the file is copied over it.
        else if (!(file.Linked && HardLink.TryCreate(file.SourcePath!, destination))) File.Copy(file.SourcePath!, destination, overwrite: true);
    }
}
