using System.Globalization;
using ReportSite.Caching;
using ReportSite.Diagnostics;
using ReportSite.Paths;
using ReportSite.Yaml;

namespace ReportSite.Content;

/// <summary>Parses a chapter file's front matter and splits off its Markdown body.</summary>
public sealed class LoadChapters : IItemWork<ChapterFile, string, ChapterSource?>
{
    public const string Folder = "chapters";

    private static readonly string[] KnownKeys = ["title", "summary", "cover", "cover-alt", "accent", "standards", "order", TranslatedFromKey];

    /// <summary>The front matter key a translation records its source's <see cref="SourceHash"/> in.</summary>
    public const string TranslatedFromKey = "translated-from";

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
            Cover = Cover(yaml, file),
            CoverAlt = yaml.String("cover-alt", allowEmpty: true),
            Accent = Accent(yaml),
            LookLines = (yaml.Node("cover") is null ? 0 : yaml.LineOf("cover"), yaml.Node("accent") is null ? 0 : yaml.LineOf("accent")),
            Standards = yaml.StringList("standards") ?? [],
            StandardsLine = yaml.LineOf("standards"),
            TextHash = SourceHash.Of(chapter.Text),
            TranslatedFrom = TranslatedFrom(yaml),
            TranslatedFromLine = yaml.Node(TranslatedFromKey) is null ? 0 : yaml.LineOf(TranslatedFromKey),
            Body = parts.Body,
            BodyFirstLine = parts.BodyFirstLine,
        };
    }

    /// <summary>The cover's path in the report folder, from the path written relative to the chapter file.</summary>
    private static string? Cover(YamlMap yaml, string file)
    {
        if (yaml.String("cover") is not { } written) return null;
        if (UrlPath.IsExternal(written) || UrlPath.Within(UrlPath.FolderOf(file), Uri.UnescapeDataString(written)) is not { } target || !target.StartsWith("assets/", StringComparison.Ordinal))
        {
            yaml.Error(yaml.Node("cover"), $"cover '{written}' is not a file in the report's assets/ folder; put the picture there and write its path from the chapter file, e.g. 'cover: ../assets/covers/{written[(written.LastIndexOf('/') + 1)..]}'.");
            return null;
        }
        return target;
    }

    /// <summary>The recorded source hash, lower case; null (with an error) when it is not 8 hex digits.</summary>
    private static string? TranslatedFrom(YamlMap yaml)
    {
        if (yaml.Node(TranslatedFromKey) is null) return null;
        // A list or mapping is reported by String itself.
        if (yaml.String(TranslatedFromKey, allowEmpty: true) is not { } written) return null;
        if (!SourceHash.IsWellFormed(written))
        {
            yaml.Error(yaml.Node(TranslatedFromKey), $"{TranslatedFromKey} '{written}' is not a source version: it is {SourceHash.Length} hex digits that 'reportsite translations mark {yaml.File}' writes; run that command rather than editing the line, or delete the line.");
            return null;
        }
        return written.ToLowerInvariant();
    }

    private static string? Accent(YamlMap yaml)
    {
        if (yaml.Node("accent") is null) return null;
        var written = yaml.String("accent");
        if (written is null)
        {
            // YAML reads an unquoted '#' as the start of a comment, leaving the key empty.
            yaml.Error(yaml.Node("accent"), "accent is empty; write the colour in quotes, e.g. accent: \"#0a7c66\" (without quotes YAML reads '#…' as a comment).");
            return null;
        }
        if (AccentColour.Parse(written) is not { } colour)
        {
            yaml.Error(yaml.Node("accent"), $"accent '{written}' is not a colour; write '#' and six hexadecimal digits in quotes, e.g. accent: \"#0a7c66\".");
            return null;
        }
        var contrast = AccentColour.ContrastWithWhite(colour);
        if (contrast < AccentColour.MinimumContrast)
        {
            yaml.Error(yaml.Node("accent"), string.Create(CultureInfo.InvariantCulture,
                $"accent '{written}' is too light: the theme sets chapter labels in it on white and white text on it, and its contrast with white is {contrast:0.0}:1, below the {AccentColour.MinimumContrast}:1 readers need; write a darker colour, e.g. accent: \"{AccentColour.Darkened(colour)}\"."));
            return null;
        }
        return colour;
    }
}
