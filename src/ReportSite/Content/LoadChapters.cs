using System.Text.RegularExpressions;
using ReportSite.Caching;
using ReportSite.Diagnostics;
using ReportSite.Yaml;

namespace ReportSite.Content;

/// <summary>
/// Reads <c>chapters/NN-slug.lang.md</c> in parallel, parses each file's front matter and checks the
/// set as a whole: known languages, one number per chapter and one chapter per number, a primary-language version of each.
/// With a <paramref name="memo"/> (the preview), a file whose text is unchanged is not parsed again.
/// </summary>
public sealed partial class LoadChapters(Memo<string, ChapterSource?>? memo = null)
{
    public const string Folder = "chapters";

    private static readonly string[] KnownKeys = ["title", "summary", "cover", "standards", "order"];

    public IReadOnlyList<ChapterSource> Run(string inputDir, SiteConfig site, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(inputDir, Folder);
        if (!Directory.Exists(folder))
        {
            diagnostics.Error(Folder, 0, "folder not found; create 'chapters/' and add one file per chapter and language, e.g. chapters/01-intro.zh-CN.md.");
            return [];
        }
        var chapters = Directory.EnumerateFiles(folder)
            .Where(path => !Path.GetFileName(path).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .AsParallel().AsOrdered()
            .Select(path => Load(path, site, diagnostics))
            .Where(chapter => chapter is not null)
            .Select(chapter => chapter!)
            .ToList();
        CheckSet(chapters, site, diagnostics);
        CheckNumbers(chapters, diagnostics);
        return chapters.OrderBy(c => c.Order).ThenBy(c => c.Slug, StringComparer.Ordinal).ToList();
    }

    private ChapterSource? Load(string path, SiteConfig site, DiagnosticBag diagnostics)
    {
        var name = Path.GetFileName(path);
        var file = $"{Folder}/{name}";
        var match = FileNamePattern().Match(name);
        if (!match.Success)
        {
            if (name.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Error(file, 0, "the file name must look like NN-slug.language.md, e.g. 03-community.zh-CN.md (number, lower-case words joined by '-', a language from site.yml).");
            }
            else
            {
                diagnostics.Warning(file, 0, "is not a Markdown chapter (.md) and is ignored; put images and downloads in 'assets/'.");
            }
            return null;
        }
        var language = match.Groups["lang"].Value;
        if (!site.Languages.Contains(language))
        {
            diagnostics.Error(file, 0, $"language '{language}' is not one of the site's languages{Suggest.DidYouMean(language, site.Languages)}; rename the file or add the language to 'languages' in site.yml ({string.Join(", ", site.Languages)}).");
            return null;
        }

        var text = File.ReadAllText(path);
        return memo is null
            ? Parse(file, match, text, diagnostics)
            : memo.Get(file, text, diagnostics, own => Parse(file, match, text, own));
    }

    private static ChapterSource? Parse(string file, Match match, string text, DiagnosticBag diagnostics)
    {
        var parts = FrontMatter.Split(text);
        if (parts.Yaml is null)
        {
            diagnostics.Error(file, 1, "front matter is missing; start the file with a line '---', then 'title: …' (and 'summary: …'), then a closing '---'.");
            return null;
        }
        if (parts.Unclosed)
        {
            diagnostics.Error(file, 1, "the front matter is never closed; add a line '---' after the last front matter line.");
            return null;
        }
        var yaml = YamlSource.LoadMapping(parts.Yaml, file, diagnostics, firstLine: 2);
        if (yaml is null) return null;
        yaml.WarnUnknownKeys(KnownKeys, "front matter key");
        var title = yaml.String("title", required: true, hint: "add 'title: …' between the '---' lines");
        var order = yaml.Int("order");
        if (title is null) return null;
        return new ChapterSource
        {
            File = file,
            Order = order ?? int.Parse(match.Groups["number"].Value),
            Slug = match.Groups["slug"].Value,
            Language = match.Groups["lang"].Value,
            Title = title,
            Summary = yaml.String("summary"),
            Cover = yaml.String("cover"),
            Standards = yaml.StringList("standards") ?? [],
            StandardsLine = yaml.LineOf("standards"),
            Body = parts.Body,
            BodyFirstLine = parts.BodyFirstLine,
        };
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

    [GeneratedRegex(@"^(?<number>\d+)-(?<slug>[a-z0-9]+(?:-[a-z0-9]+)*)\.(?<lang>[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.md$")]
    private static partial Regex FileNamePattern();
}
