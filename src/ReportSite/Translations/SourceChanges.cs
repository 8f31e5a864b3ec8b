using ReportSite.Content;

namespace ReportSite.Translations;

/// <summary>
/// What changed in an out-of-date translation's source since the recorded version. When git's history
/// has that version: the changed-line count and the diff. Otherwise only the current text is known, and
/// <see cref="Note"/> says so, with the count of its paragraphs.
/// </summary>
public sealed record SourceChanges(int? ChangedLines, string? Diff, string Note)
{
    /// <summary>For a data file whose recorded version git's history holds: the paths of the texts that changed, in order.</summary>
    public IReadOnlyList<string>? ChangedTexts { get; init; }

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

    /// <summary>
    /// What changed in a data file's primary-language texts since <paramref name="status"/>'s recorded version:
    /// with git's history, the texts changed (by path) and the diff of their <c>path: text</c> lines.
    /// </summary>
    public static SourceChanges OfData(string inputDir, TranslationStatus status, string currentText, IReadOnlyList<string> languages)
    {
        var primary = languages[0];
        var texts = DataTexts.Parse(currentText) is { } root ? DataTexts.Of(root, languages) : [];
        if (status.Recorded is { } recorded
            && RecordedSource.Find(inputDir, status.Source, recorded, text => DataTexts.HashOf(text, languages)) is { } old
            && DataTexts.Parse(old) is { } oldRoot)
        {
            var diff = LineDiff.Of(DataTexts.Source(DataTexts.Of(oldRoot, languages), primary), DataTexts.Source(texts, primary));
            var changed = diff.Where(l => l.Kind != ' ').Select(l => DataTexts.PathOf(l.Text)).Distinct(StringComparer.Ordinal).ToList();
            // One line per text, so the changed lines alone say it all (a hunk's line numbers would count texts, not the file's lines).
            var lines = string.Concat(diff.Where(l => l.Kind != ' ').Select(l => $"{l.Kind}{l.Text}\n"));
            return new(LineDiff.Changed(diff), lines, $"changed: {string.Join(", ", changed)}") { ChangedTexts = changed };
        }
        return new(null, null, $"its {primary} texts changed; the recorded version {status.Recorded} is not in git history, so which of them changed cannot be shown; compare all {texts.Count} text{(texts.Count == 1 ? "" : "s")} with their {status.Language}");
    }
}
