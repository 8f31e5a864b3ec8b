using System.Globalization;
using System.Text.RegularExpressions;
using ReportSite.Caching;
using ReportSite.Diagnostics;
using ReportSite.Files;

namespace ReportSite.Content;

/// <summary>A chapter file as read: its path from the input folder, what its name says, and its text.</summary>
public sealed record ChapterFile(string File, int Number, string Slug, string Language, string Text);

/// <summary>
/// Reads each file of <c>chapters/</c> that <see cref="List"/> found, one by one as <see cref="Each"/>
/// runs it (in parallel); a file whose name does not say number, slug and one of the site's languages is
/// reported (or, when it is not Markdown, ignored with a warning). What it reads of a file is its
/// <see cref="FileStamp"/>, so the preview reads again only the files saved since its last build.
/// </summary>
public sealed partial class ReadChapterFiles(SiteConfig site) : IItemWork<string, FileStamp, ChapterFile?>
{
    /// <summary>The chapter folder's files in name order, hidden ones left out; none, with an error, when there is no folder.</summary>
    public static IReadOnlyList<string> List(string inputDir, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(inputDir, LoadChapters.Folder);
        if (!Directory.Exists(folder))
        {
            diagnostics.Error(LoadChapters.Folder, 0, "folder not found; create 'chapters/' and add one file per chapter and language, e.g. chapters/01-intro.zh-CN.md.");
            return [];
        }
        return Directory.EnumerateFiles(folder)
            .Where(path => !Path.GetFileName(path).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public string Id(string path) => path;

    public FileStamp Reads(string path) => FileStamp.Of(path);

    public ChapterFile? Make(string path, DiagnosticBag diagnostics)
    {
        var name = Path.GetFileName(path);
        var file = $"{LoadChapters.Folder}/{name}";
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
        return new ChapterFile(file, int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture), match.Groups["slug"].Value, language, File.ReadAllText(path));
    }

    [GeneratedRegex(@"^(?<number>\d+)-(?<slug>[a-z0-9]+(?:-[a-z0-9]+)*)\.(?<lang>[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.md$")]
    private static partial Regex FileNamePattern();
}
