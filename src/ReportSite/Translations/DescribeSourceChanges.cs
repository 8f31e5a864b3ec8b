using ReportSite.Caching;
using ReportSite.Diagnostics;

namespace ReportSite.Translations;

/// <summary>
/// What changed in an out-of-date translation's source since the version it records: for a chapter the
/// changed lines, for a data file the texts changed, as far as git's history holds the recorded version
/// (<see cref="SourceChanges"/>). Runs git, so only for translations out of date; the preview keeps the
/// answer while the recorded and current hashes stay the same.
/// </summary>
public sealed class DescribeSourceChanges(string inputDir, IReadOnlyList<string> languages) : IItemWork<TranslationStatus, (string? Recorded, string Current), SourceChanges>
{
    public string Id(TranslationStatus status) => $"{status.File} {status.Language}";

    public (string? Recorded, string Current) Reads(TranslationStatus status) => (status.Recorded, status.Current);

    public SourceChanges Make(TranslationStatus status, DiagnosticBag diagnostics)
    {
        var text = File.ReadAllText(Path.Combine(inputDir, status.Source));
        return status.DataFile ? SourceChanges.OfData(inputDir, status, text, languages) : SourceChanges.Of(inputDir, status, text);
    }
}
