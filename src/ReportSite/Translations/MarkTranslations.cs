using System.Text;
using ReportSite.Content;
using ReportSite.Diagnostics;

namespace ReportSite.Translations;

/// <summary>What <c>translations mark</c> recorded in one file (for a data file, for one <see cref="Language"/>).</summary>
public sealed record MarkedTranslation(string File, string Source, string Hash, bool Changed, string? Language = null);

/// <summary>
/// <c>reportsite translations mark &lt;file&gt;…</c>: records in each named translation the hash of its
/// source as it is now, once the translator has caught up. A file outside the report's <c>chapters/</c>,
/// a primary-language file, or one whose source does not exist is an error and is left as it was.
/// A data file (site.yml, <c>data/**/*.yml</c>) records the hash of its primary-language texts for each
/// language it has texts in, or only for <c>language</c> when given.
/// </summary>
public sealed class MarkTranslations
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>Each path as written on the command line, or relative to the report folder (as messages name files).</summary>
    public IReadOnlyList<MarkedTranslation> Run(string inputDir, SiteConfig site, IEnumerable<string> paths, DiagnosticBag diagnostics, string? language = null)
    {
        if (language is not null && !site.Languages.Skip(1).Contains(language))
        {
            diagnostics.Error("reportsite", 0, $"--language {language} is not one of the site's translated languages ({string.Join(", ", site.Languages.Skip(1))}).");
            return [];
        }
        var folder = Path.GetFullPath(Path.Combine(inputDir, LoadChapters.Folder));
        var marked = new List<MarkedTranslation>();
        foreach (var written in paths)
        {
            var path = Path.GetFullPath(File.Exists(written) ? written : Path.Combine(inputDir, written));
            if (!File.Exists(path))
            {
                diagnostics.Error(written, 0, $"no such file; name a translated chapter file, e.g. {LoadChapters.Folder}/03-government.{site.Languages.Skip(1).FirstOrDefault() ?? "en"}.md.");
                continue;
            }
            var relative = Path.GetRelativePath(Path.GetFullPath(inputDir), path).Replace('\\', '/');
            if (CheckDataTranslations.IsDataFile(relative))
            {
                marked.AddRange(MarkData(inputDir, site, relative, language, diagnostics));
                continue;
            }
            if (!string.Equals(Path.GetDirectoryName(path), folder, StringComparison.Ordinal))
            {
                diagnostics.Error(written, 0, $"is not a chapter file in {Path.Combine(inputDir, LoadChapters.Folder)}/ nor a data file (site.yml, data/…/*.yml); only those record what they were translated from.");
                continue;
            }
            if (new ReadChapterFiles(site).Make(path, diagnostics) is not { } chapter) continue;
            if (chapter.Language == site.PrimaryLanguage)
            {
                diagnostics.Error(chapter.File, 0, $"is in the primary language ({site.PrimaryLanguage}), the source translations are made from; mark its translations instead, e.g. {CheckTranslations.TranslationFile(chapter.File, chapter.Language, site.Languages.Skip(1).FirstOrDefault() ?? "en")}.");
                continue;
            }
            var source = CheckTranslations.TranslationFile(chapter.File, chapter.Language, site.PrimaryLanguage);
            var sourcePath = Path.Combine(inputDir, source);
            if (!File.Exists(sourcePath))
            {
                diagnostics.Error(chapter.File, 0, $"its source {source} does not exist; a translation is made from the {site.PrimaryLanguage} file with the same number and name.");
                continue;
            }
            var hash = SourceHash.Of(File.ReadAllText(sourcePath));
            var (bom, text) = Read(path);
            if (MarkTranslation.Edit(text, hash) is not { } edited)
            {
                diagnostics.Error(chapter.File, 1, "has no front matter to record the source version in; start the file with '---', 'title: …' and a closing '---'.");
                continue;
            }
            marked.Add(new MarkedTranslation(chapter.File, source, hash, Write(path, bom, text, edited)));
        }
        return marked;
    }

    private static List<MarkedTranslation> MarkData(string inputDir, SiteConfig site, string file, string? language, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputDir, file);
        var (bom, text) = Read(path);
        if (DataTexts.Parse(text) is not { } root)
        {
            diagnostics.Error(file, 0, "cannot be read as YAML 'key: value' lines; run 'reportsite check' to see where, put it right, then mark it.");
            return [];
        }
        var texts = DataTexts.Of(root, site.Languages);
        var recorded = DataTranslatedFrom.Read(root, file, site.Languages, new DiagnosticBag());
        var languages = site.Languages.Skip(1).Where(l => texts.Any(t => t.Texts.ContainsKey(l))).ToList();
        if (language is not null && !languages.Contains(language))
        {
            diagnostics.Error(file, 0, $"has no {language} texts yet; add them (e.g. '{language}: …' beside each '{site.PrimaryLanguage}: …'), then mark it.");
            return [];
        }
        if (languages.Count == 0)
        {
            diagnostics.Error(file, 0, $"has no translated texts to record a version for: no text here is written per language ('{site.PrimaryLanguage}: …' with '{site.Languages.Skip(1).FirstOrDefault() ?? "en"}: …' beside it).");
            return [];
        }
        var hash = DataTexts.Hash(texts, site.PrimaryLanguage);
        var marking = language is null ? languages : [language];
        var versions = site.Languages.Skip(1)
            .Select(l => marking.Contains(l) ? new KeyValuePair<string, string>(l, hash) : recorded.TryGetValue(l, out var v) ? new(l, v.Hash) : default)
            .Where(v => v.Key is not null)
            .ToList();
        var changed = Write(path, bom, text, MarkDataTranslation.Edit(text, versions));
        return marking.Select(l => new MarkedTranslation(file, file, hash, changed && !(recorded.TryGetValue(l, out var v) && v.Hash == hash), l)).ToList();
    }

    /// <summary>The file's text, and whether it starts with a byte order mark, which <see cref="Write"/> puts back.</summary>
    private static (bool Bom, string Text) Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var bom = bytes.AsSpan().StartsWith(ByteOrderMark);
        return (bom, Encoding.UTF8.GetString(bom ? bytes[ByteOrderMark.Length..] : bytes));
    }

    /// <summary>Writes <paramref name="edited"/> (with the byte order mark the file had) when it differs; whether it did.</summary>
    private static bool Write(string path, bool bom, string text, string edited)
    {
        if (edited == text) return false;
        File.WriteAllBytes(path, [.. (bom ? ByteOrderMark : []), .. Encoding.UTF8.GetBytes(edited)]);
        return true;
    }
}
