using ReportSite.Content;

namespace ReportSite.Translations;

/// <summary>
/// What changed in an out-of-date translation's source since the recorded version. When git's history
/// has that version: the changed-line count and the diff. Otherwise only the current text is known, and
/// <see cref="Note"/> says so, with the count of its paragraphs.
/// </summary>
public sealed record SourceChanges(int? ChangedLines, string? Diff, string Note)
{
    public static SourceChanges Of(string inputDir, TranslationStatus status, string currentText)
    {
        if (status.Recorded is { } recorded && RecordedSource.Find(inputDir, status.Source, recorded) is { } old)
        {
            var diff = LineDiff.Of(old, currentText);
            var count = LineDiff.Changed(diff);
            return new(count, LineDiff.Unified(diff), $"{count} changed line{(count == 1 ? "" : "s")}");
        }
        var paragraphs = FrontMatter.Split(currentText).Body.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Count(p => p.Length > 0);
        return new(null, null, $"source changed; the recorded version {status.Recorded} is not in git history, so what changed cannot be shown, only the current text ({paragraphs} paragraph{(paragraphs == 1 ? "" : "s")}); compare the translation with all of it");
    }

}
