using ReportSite.Diagnostics;

namespace ReportSite.Content;

/// <summary>
/// Checks the chapters as a set (a primary-language version of each, one number per chapter and one chapter
/// per number, one file per language) and puts them in reading order.
/// </summary>
public sealed class CheckChapters
{
    private const string Folder = LoadChapters.Folder;

    public IReadOnlyList<ChapterSource> Run(IEnumerable<ChapterSource?> loaded, SiteConfig site, DiagnosticBag diagnostics)
    {
        var chapters = loaded.OfType<ChapterSource>().ToList();
        CheckSet(chapters, site, diagnostics);
        CheckNumbers(chapters, diagnostics);
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
}
