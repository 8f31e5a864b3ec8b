using System.Text.Encodings.Web;
using System.Text.Json;
using ReportSite.Output;
using ReportSite.Pages;

namespace ReportSite.Search;

/// <summary>
/// Writes one search index per language, <c>&lt;lang&gt;/search-index.json</c>, from the chapters'
/// text by section, so a static host can offer full-text search that runs in the reader's browser:
/// <list type="bullet">
/// <item><c>sections</c>: [address from the language folder (with the heading's #anchor), chapter
/// title, heading, text], the text kept whole so results can show the words around a match;</item>
/// <item><c>terms</c>: each <see cref="SearchTerms"/> term with a flat list of (section, weight)
/// pairs; a term in a heading weighs 5, in the chapter's title 3 (on the chapter's opening section),
/// in the text 1 for each time it occurs.</item>
/// </list>
/// With a <paramref name="memo"/> (the preview), the terms of a page whose sections are unchanged are not
/// worked out again.
/// </summary>
public sealed class BuildSearchIndex(Pipeline.Memo<IReadOnlyList<PageSection>, IReadOnlyList<Dictionary<string, int>>>? memo = null)
{
    public const string FileName = "search-index.json";

    private const int HeadingWeight = 5;
    private const int TitleWeight = 3;

    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public IReadOnlyList<StaticFile> Run(IReadOnlyList<Page> pages, IReadOnlyList<string> languages)
    {
        var chapters = pages.Where(p => p.Kind == PageKind.Chapter).ToList();
        var weights = chapters.AsParallel().ToDictionary(p => p.OutputPath, p => memo is null ? Weigh(p) : memo.Get(p.OutputPath, p.Anchors?.Sections ?? [], () => Weigh(p)));
        return languages.Select(language => StaticFile.Generated($"{language}/{FileName}", Index(chapters.Where(p => p.Language == language), weights, language))).ToList();
    }

    /// <summary>Each section's terms and their weights: in the heading 5, in the chapter title 3 (opening section only), in the text 1 a time.</summary>
    private static IReadOnlyList<Dictionary<string, int>> Weigh(Page page) =>
        (page.Anchors?.Sections ?? []).Select((section, i) =>
        {
            var weights = new Dictionary<string, int>(StringComparer.Ordinal);
            void Add(string text, int weight)
            {
                foreach (var term in SearchTerms.Of(text)) weights[term] = weights.GetValueOrDefault(term) + weight;
            }
            if (i == 0) Add(page.Title, TitleWeight);
            if (section.Heading is not null) Add(section.Heading, HeadingWeight);
            Add(section.Text, 1);
            return weights;
        }).ToList();

    private static byte[] Index(IEnumerable<Page> chapters, Dictionary<string, IReadOnlyList<Dictionary<string, int>>> weights, string language)
    {
        var sections = new List<(string Url, string Title, string? Heading, string Text)>();
        var terms = new SortedDictionary<string, List<(int Section, int Weight)>>(StringComparer.Ordinal);
        foreach (var page in chapters.OrderBy(p => p.Number))
        {
            var folder = page.Url[(language.Length + 1)..];
            foreach (var (section, sectionWeights) in (page.Anchors?.Sections ?? []).Zip(weights[page.OutputPath]))
            {
                var index = sections.Count;
                sections.Add((section.Anchor is null ? folder : $"{folder}#{section.Anchor}", page.Title, section.Heading, section.Text));
                foreach (var (term, weight) in sectionWeights)
                {
                    if (!terms.TryGetValue(term, out var postings)) terms[term] = postings = [];
                    postings.Add((index, weight));
                }
            }
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Json))
        {
            writer.WriteStartObject();
            writer.WriteString("lang", language);
            writer.WriteStartArray("sections");
            foreach (var (url, title, heading, text) in sections)
            {
                writer.WriteStartArray();
                writer.WriteStringValue(url);
                writer.WriteStringValue(title);
                writer.WriteStringValue(heading);
                writer.WriteStringValue(text);
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
            writer.WriteStartObject("terms");
            foreach (var (term, postings) in terms)
            {
                writer.WriteStartArray(term);
                foreach (var (section, weight) in postings)
                {
                    writer.WriteNumberValue(section);
                    writer.WriteNumberValue(weight);
                }
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
