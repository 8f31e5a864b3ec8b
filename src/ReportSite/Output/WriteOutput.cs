using System.Text;
using ReportSite.Pages;

namespace ReportSite.Output;

/// <summary>
/// Writes the site into a fresh folder beside the output folder, then swaps it in, so readers and
/// the preview never see a half-written site and a failed build leaves the previous one untouched.
/// </summary>
public sealed class WriteOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public void Run(IReadOnlyList<Page> pages, IReadOnlyList<StaticFile> files, string outputDir)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDir));
        var staging = $"{output}.building-{Environment.ProcessId}";
        var previous = $"{output}.previous-{Environment.ProcessId}";
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        try
        {
            Directory.CreateDirectory(staging);
            Parallel.ForEach(pages, page => Write(Path.Combine(staging, page.OutputPath), page.Html!));
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

    private static void Write(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, Utf8);
    }

    private static void Write(StaticFile file, string destination)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        if (file.Content is not null) File.WriteAllBytes(destination, file.Content);
        else File.Copy(file.SourcePath!, destination);
    }
}
