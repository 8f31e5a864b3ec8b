using ReportSite.Caching;
using ReportSite.Diagnostics;
using ReportSite.Yaml;

namespace ReportSite.Content;

/// <summary>Parses a chapter file's front matter and splits off its Markdown body.</summary>
public sealed class LoadChapters : IItemWork<ChapterFile, string, ChapterSource?>
{
    public const string Folder = "chapters";

    private static readonly string[] KnownKeys = ["title", "summary", "cover", "standards", "order"];

    public string Id(ChapterFile chapter) => chapter.File;

    /// <summary>The text; the file's name, which says number, slug and language, is its <see cref="Id"/>.</summary>
    public string Reads(ChapterFile chapter) => chapter.Text;

    public ChapterSource? Make(ChapterFile chapter, DiagnosticBag diagnostics)
    {
        var file = chapter.File;
        var parts = FrontMatter.Split(chapter.Text);
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
            Order = order ?? chapter.Number,
            Slug = chapter.Slug,
            Language = chapter.Language,
            Title = title,
            Summary = yaml.String("summary"),
            Cover = yaml.String("cover"),
            Standards = yaml.StringList("standards") ?? [],
            StandardsLine = yaml.LineOf("standards"),
            Body = parts.Body,
            BodyFirstLine = parts.BodyFirstLine,
        };
    }
}
