using System.Globalization;
using System.Text;
using ReportSite.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReportSite.Translations;

/// <summary>
/// One translatable text of a data file: a YAML mapping whose keys are the site's languages, the primary
/// one among them (<c>label: { zh-CN: …, en: … }</c>), named by a readable path of mapping keys and, for a
/// list item, its <c>id</c> (or <c>code</c>, or <c>date</c>, else its place from 1): <c>kpis/binhai.plaza-area/label</c>.
/// </summary>
public sealed record DataText(string Path, IReadOnlyDictionary<string, string> Texts, int Line);

/// <summary>
/// The translatable texts of a data file (site.yml, <c>data/**/*.yml</c>) and the "source" a translation of
/// the file records: one line <c>path: primary text</c> per text, in document order, with the text as
/// parsed (requoting or reflowing the YAML does not change it) and its line breaks escaped. Its hash is
/// <see cref="SourceHash"/>'s, as for chapters.
/// </summary>
public static class DataTexts
{
    /// <summary>Keys that name a list item, tried in this order.</summary>
    private static readonly string[] ItemNames = ["id", "code", "date"];

    /// <summary>The file's top-level mapping, or null when it is not YAML or not a mapping (the loaders report that).</summary>
    public static YamlMappingNode? Parse(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode mapping ? mapping : null;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Every text per language in <paramref name="root"/>, in document order; the top-level <c>translated-from</c> is not one.</summary>
    public static IReadOnlyList<DataText> Of(YamlMappingNode root, IReadOnlyList<string> languages)
    {
        var texts = new List<DataText>();
        foreach (var (key, value) in root.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (name == LoadChapters.TranslatedFromKey) continue;
            Walk(value, name, languages, texts);
        }
        return texts;
    }

    /// <summary>The lines the hash is taken of: <c>path: primary text</c>, one per text.</summary>
    public static string Source(IReadOnlyList<DataText> texts, string primary)
    {
        var source = new StringBuilder();
        foreach (var text in texts) source.Append(text.Path).Append(": ").Append(Escape(text.Texts[primary])).Append('\n');
        return source.ToString();
    }

    /// <summary>The version a translation of these texts records: the <see cref="SourceHash"/> of their <see cref="Source"/>.</summary>
    public static string Hash(IReadOnlyList<DataText> texts, string primary) => SourceHash.Of(Source(texts, primary));

    /// <summary>The hash of a data file's texts, or null when the file cannot be read as a YAML mapping.</summary>
    public static string? HashOf(string fileText, IReadOnlyList<string> languages) =>
        Parse(fileText) is { } root ? Hash(Of(root, languages), languages[0]) : null;

    /// <summary>The path a line of <see cref="Source"/> names.</summary>
    public static string PathOf(string sourceLine) =>
        sourceLine.IndexOf(": ", StringComparison.Ordinal) is var at and >= 0 ? sourceLine[..at] : sourceLine;

    private static void Walk(YamlNode node, string path, IReadOnlyList<string> languages, List<DataText> texts)
    {
        switch (node)
        {
            case YamlMappingNode mapping when IsText(mapping, languages):
                texts.Add(new DataText(path, mapping.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value ?? "", StringComparer.Ordinal), (int)mapping.Start.Line));
                break;
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children) Walk(value, $"{path}/{(key as YamlScalarNode)?.Value}", languages, texts);
                break;
            case YamlSequenceNode sequence:
                var place = 0;
                foreach (var item in sequence)
                {
                    place++;
                    Walk(item, $"{path}/{ItemName(item) ?? place.ToString(CultureInfo.InvariantCulture)}", languages, texts);
                }
                break;
        }
    }

    /// <summary>A mapping of texts keyed by the site's languages, the primary one among them.</summary>
    private static bool IsText(YamlMappingNode mapping, IReadOnlyList<string> languages) =>
        mapping.Children.Count > 0
        && mapping.Children.All(p => p.Key is YamlScalarNode { Value: { } language } && languages.Contains(language) && p.Value is YamlScalarNode)
        && mapping.Children.ContainsKey(new YamlScalarNode(languages[0]));

    private static string? ItemName(YamlNode item) =>
        item is YamlMappingNode mapping
            ? ItemNames.Select(k => mapping.Children.TryGetValue(new YamlScalarNode(k), out var v) && v is YamlScalarNode { Value: { Length: > 0 } name } ? name : null).FirstOrDefault(n => n is not null)
            : null;

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
