using System.Text;
using ReportSite.Content;
using ReportSite.Diagnostics;

namespace ReportSite.Translations;

/// <summary>What <c>translations mark</c> recorded in one file.</summary>
public sealed record MarkedTranslation(string File, string Source, string Hash, bool Changed);

/// <summary>
/// <c>reportsite translations mark &lt;file&gt;…</c>: records in each named translation the hash of its
/// source as it is now, once the translator has caught up. A file outside the report's <c>chapters/</c>,
/// a primary-language file, or one whose source does not exist is an error and is left as it was.
/// </summary>
public sealed class MarkTranslations
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>Each path as written on the command line, or relative to the report folder (as messages name files).</summary>
    public IReadOnlyList<MarkedTranslation> Run(string inputDir, SiteConfig site, IEnumerable<string> paths, DiagnosticBag diagnostics)
    {
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
            if (!string.Equals(Path.GetDirectoryName(path), folder, StringComparison.Ordinal))
            {
                diagnostics.Error(written, 0, $"is not a chapter file in {Path.Combine(inputDir, LoadChapters.Folder)}/; only chapters record what they were translated from.");
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
            var bytes = File.ReadAllBytes(path);
            var bom = bytes.AsSpan().StartsWith(ByteOrderMark);
            var text = Encoding.UTF8.GetString(bom ? bytes[ByteOrderMark.Length..] : bytes);
            if (MarkTranslation.Edit(text, hash) is not { } edited)
            {
                diagnostics.Error(chapter.File, 1, "has no front matter to record the source version in; start the file with '---', 'title: …' and a closing '---'.");
                continue;
            }
            var changed = edited != text;
            if (changed) File.WriteAllBytes(path, [.. (bom ? ByteOrderMark : []), .. Encoding.UTF8.GetBytes(edited)]);
            marked.Add(new MarkedTranslation(chapter.File, source, hash, changed));
        }
        return marked;
    }
}
