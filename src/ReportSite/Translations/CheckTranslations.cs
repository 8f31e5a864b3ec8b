using ReportSite.Content;
using ReportSite.Diagnostics;

namespace ReportSite.Translations;

/// <summary>
/// Compares each translated chapter's <c>translated-from</c> with its source's hash now, per chapter and
/// non-primary language (<see cref="WarnStaleTranslations"/> reports the out-of-date ones); a
/// <c>translated-from</c> in a primary-language file is a warning, since it has no source. Missing
/// translations are reported where the pages are planned.
/// </summary>
public sealed class CheckTranslations
{
    /// <summary>The states, in the chapters' order (<paramref name="chapters"/> as CheckChapters ordered them), then by language.</summary>
    public IReadOnlyList<TranslationStatus> Run(IReadOnlyList<ChapterSource> chapters, SiteConfig site, DiagnosticBag diagnostics)
    {
        var statuses = new List<TranslationStatus>();
        foreach (var group in chapters.GroupBy(c => c.Slug, StringComparer.Ordinal))
        {
            if (group.FirstOrDefault(c => c.Language == site.PrimaryLanguage) is not { } source) continue;
            if (source.TranslatedFrom is not null)
            {
                diagnostics.Warning(source.File, source.TranslatedFromLine, $"'{LoadChapters.TranslatedFromKey}' is ignored in a {site.PrimaryLanguage} file: the primary language is the source that translations record; delete the line.");
            }
            foreach (var language in site.Languages.Skip(1))
            {
                statuses.Add(Status(source, group.FirstOrDefault(c => c.Language == language), language));
            }
        }
        return statuses;
    }

    private static TranslationStatus Status(ChapterSource source, ChapterSource? translation, string language)
    {
        if (translation is null)
        {
            return new(source.Slug, language, source.File, TranslationFile(source.File, source.Language, language), TranslationState.Missing) { Current = source.TextHash };
        }
        var state = translation.TranslatedFrom switch
        {
            null => TranslationState.NotTracked,
            var recorded when recorded == source.TextHash => TranslationState.UpToDate,
            _ => TranslationState.OutOfDate,
        };
        return new(source.Slug, language, source.File, translation.File, state) { Current = source.TextHash, Recorded = translation.TranslatedFrom, Line = translation.TranslatedFromLine };
    }

    /// <summary>The file a translation of <paramref name="source"/> into <paramref name="language"/> has: the same name with the other language.</summary>
    public static string TranslationFile(string source, string sourceLanguage, string language) =>
        source[..^($".{sourceLanguage}.md".Length)] + $".{language}.md";
}
