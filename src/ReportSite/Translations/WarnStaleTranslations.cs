using ReportSite.Content;
using ReportSite.Diagnostics;

namespace ReportSite.Translations;

/// <summary>
/// A warning for each translation out of date (an error when <c>strict</c>: <c>check --strict-translations</c>,
/// for the day of publication), at its <c>translated-from</c> line, saying what changed in its source and
/// what to do: update the translation, then mark it.
/// </summary>
public sealed class WarnStaleTranslations
{
    /// <summary><paramref name="changes"/>: what changed, for each of <paramref name="stale"/> in turn.</summary>
    public void Run(IReadOnlyList<TranslationStatus> stale, IReadOnlyList<SourceChanges> changes, string primaryLanguage, bool strict, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < stale.Count; i++)
        {
            var message = stale[i].DataFile ? DataFile(stale[i], changes[i], primaryLanguage) : Chapter(stale[i], changes[i]);
            if (strict) diagnostics.Error(stale[i].File, stale[i].Line, message + " (--strict-translations makes this an error.)");
            else diagnostics.Warning(stale[i].File, stale[i].Line, message);
        }
    }

    private static string Chapter(TranslationStatus status, SourceChanges changes)
    {
        var what = changes.ChangedLines is { } count
            ? $"{count} changed line{(count == 1 ? "" : "s")}"
            : "the recorded version is not in git history, so what changed cannot be shown";
        return $"out of date: its source {status.Source} has changed since it was translated ({what}; {LoadChapters.TranslatedFromKey}: {status.Recorded}, the source is now {status.Current}); "
            + $"update the translation (see what changed with 'reportsite translations --diff'), then run 'reportsite translations mark {status.File}'.";
    }

    private static string DataFile(TranslationStatus status, SourceChanges changes, string primaryLanguage)
    {
        var what = changes.ChangedTexts is { } texts
            ? $"changed: {string.Join(", ", texts)}"
            : "the recorded version is not in git history, so which texts changed cannot be shown";
        return $"out of date in {status.Language}: the {primaryLanguage} texts of this file have changed since they were translated ({what}; {LoadChapters.TranslatedFromKey} {status.Language}: {status.Recorded}, the texts are now {status.Current}); "
            + $"update its {status.Language} texts (see what changed with 'reportsite translations --diff'), then run 'reportsite translations mark {status.File}'.";
    }
}
