using ReportSite.Diagnostics;
using ReportSite.Markdown;
using ReportSite.Media;

namespace ReportSite.Pipeline;

/// <summary>
/// Regenerates only the print kit (<c>print/qr/</c> and <c>print/qr-manifest.csv</c>) for the print
/// designer, without rebuilding the site: the build's opening (<see cref="OpenReport"/>), the media codes,
/// and the chapters parsed (not rendered) for where each code is placed.
/// </summary>
public sealed class PrintKitBuild
{
    public (bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, int Codes) Run(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        (bool, IReadOnlyList<Diagnostic>, int) Result(int codes) => (!diagnostics.HasErrors, diagnostics.Sorted(), codes);
        if (OpenReport.Run(options, new StageRunner(new StageTimings(), diagnostics, null), diagnostics) is not { } report) return Result(0);
        var (site, theme, chapters, _, _) = report;
        var media = new LoadMedia().Run(options.InputDir, site, diagnostics);
        if (diagnostics.HasErrors) return Result(0);

        var (codes, files) = new RenderMedia().Run(media, site, theme.Templates, theme.Words, diagnostics);
        var uses = new FindDirectives().Run(chapters.Where(c => c.Language == site.PrimaryLanguage));
        var kit = files.Where(f => f.OutputPath.StartsWith("print/", StringComparison.Ordinal))
            .Concat(new RenderQrManifest().Run(codes, site, chapters, uses) is { } manifest ? [manifest] : [])
            .ToList();
        var folder = Path.Combine(options.OutputDir, "print");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        foreach (var file in kit)
        {
            var path = Path.Combine(options.OutputDir, file.OutputPath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content!);
        }
        return Result(media.All.Count);
    }
}
