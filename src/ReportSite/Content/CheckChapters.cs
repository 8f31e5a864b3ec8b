using ReportSite.Diagnostics;

namespace ReportSite.Content;

/// <summary>
/// Checks the chapters as a set (a primary-language version of each, one number per chapter and one chapter
/// per number, one file per language) and puts them in reading order. Translations inherit the primary
/// file's cover and accent, so every edition of a chapter looks the same.
/// </summary>
public sealed class CheckChapters
{
    private const string Folder = LoadChapters.Folder;

    /// <summary>
    /// The chapters in reading order; <paramref name="fileExists"/> says whether a file of the report folder
    /// (a cover, "assets/covers/a.svg") exists, and is left out where nothing is on disk (tests of other checks).
    /// </summary>
    public IReadOnlyList<ChapterSource> Run(IEnumerable<ChapterSource?> loaded, SiteConfig site, DiagnosticBag diagnostics, Func<string, bool>? fileExists = null)
    {
        var chapters = loaded.OfType<ChapterSource>().ToList();
        foreach (var chapter in chapters.Where(c => c.Cover is not null && fileExists is not null && !fileExists(c.Cover)))
        {
            diagnostics.Error(chapter.File, chapter.LookLines.Cover, $"the cover '{chapter.Cover}' does not exist; check the file name, or put the picture in the report's assets/ folder.");
        }
        CheckSet(chapters, site, diagnostics);
        CheckNumbers(chapters, diagnostics);
        var primaries = chapters.Where(c => c.Language == site.PrimaryLanguage).DistinctBy(c => c.Slug).ToDictionary(c => c.Slug, StringComparer.Ordinal);
        chapters = chapters.Select(c => WithLook(c, primaries.GetValueOrDefault(c.Slug) ?? c, diagnostics)).ToList();
        return chapters.OrderBy(c => c.Order).ThenBy(c => c.Slug, StringComparer.Ordinal).ToList();
    }

    private static void CheckSet(IReadOnlyList<ChapterSource> chapters, SiteConfig site, DiagnosticBag diagnostics)
    {
        foreach (var group in chapters.GroupBy(c => c.Slug))
        {
            var primary = group.FirstOrDefault(c => c.Language == site.PrimaryLanguage);
            if (primary is null)
            {
                var any = group.First();
                diagnostics.Error(any.File, 0, $"there is no {site.PrimaryLanguage} version of chapter '{group.Key}'; every chapter is written in the primary language first. Add {Folder}/{NumberPrefix(any)}{group.Key}.{site.PrimaryLanguage}.md.");
                continue;
            }
            foreach (var other in group.Where(c => c.Order != primary.Order))
            {
                diagnostics.Error(other.File, 0, $"its number differs from {primary.File}; give every language of a chapter the same number so they stay in the same place.");
            }
            foreach (var duplicate in group.GroupBy(c => c.Language).Where(g => g.Count() > 1))
            {
                diagnostics.Error(duplicate.Last().File, 0, $"chapter '{group.Key}' has two {duplicate.Key} files ({string.Join(", ", duplicate.Select(c => c.File))}); keep one.");
            }
        }
    }

    /// <summary>Two chapters with one number would be ordered by their names, quietly moving every later chapter.</summary>
    private static void CheckNumbers(IReadOnlyList<ChapterSource> chapters, DiagnosticBag diagnostics)
    {
        foreach (var shared in chapters.GroupBy(c => (c.Language, c.Order)).Where(g => g.Select(c => c.Slug).Distinct().Count() > 1))
        {
            var files = shared.Select(c => c.File).Order(StringComparer.Ordinal).ToList();
            diagnostics.Error(files[^1], 0, $"{string.Join(", ", files.SkipLast(1))} and {files[^1]} both have the number {shared.Key.Order}, so their order and every later chapter's place are uncertain; give each chapter its own number.");
        }
    }

    private static string NumberPrefix(ChapterSource chapter)
    {
        var name = chapter.File[(Folder.Length + 1)..];
        return name[..(name.IndexOf('-') + 1)];
    }

    /// <summary>
    /// The chapter with the primary file's cover and accent: a translation may repeat them but not differ,
    /// and every file of a chapter with a cover says in its own language what the cover shows.
    /// </summary>
    private static ChapterSource WithLook(ChapterSource chapter, ChapterSource primary, DiagnosticBag diagnostics)
    {
        if (!ReferenceEquals(primary, chapter))
        {
            if (chapter.Cover is not null && chapter.Cover != primary.Cover)
            {
                diagnostics.Error(chapter.File, chapter.LookLines.Cover, $"its cover differs from {primary.File}'s; a chapter has one cover in every language, so delete 'cover' here to use {primary.File}'s, or give both files the same one.");
            }
            if (chapter.Accent is not null && chapter.Accent != primary.Accent)
            {
                diagnostics.Error(chapter.File, chapter.LookLines.Accent, $"its accent differs from {primary.File}'s; a chapter has one accent colour in every language, so delete 'accent' here to use {primary.File}'s, or give both files the same one.");
            }
            chapter = chapter with { Cover = primary.Cover, Accent = primary.Accent };
        }
        if (chapter.Cover is not null && chapter.CoverAlt is null)
        {
            diagnostics.Error(chapter.File, chapter.LookLines.Cover > 0 ? chapter.LookLines.Cover : 1,
                $"the chapter's cover ({chapter.Cover}) has no text alternative in {chapter.Language}; add 'cover-alt: …' saying what the picture shows, or 'cover-alt: \"\"' if it only decorates.");
        }
        return chapter;
    }
}
