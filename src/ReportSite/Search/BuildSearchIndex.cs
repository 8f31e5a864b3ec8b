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
/// </summary>
public sealed class BuildSearchIndex
{
    public const string FileName = "search-index.json";

    private const int HeadingWeight = 5;
    private const int TitleWeight = 3;

    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public IReadOnlyList<StaticFile> Run(IReadOnlyList<Page> pages, IReadOnlyList<string> languages) =>
        languages.Select(language => StaticFile.Generated($"{language}/{FileName}", Index(pages.Where(p => p.Language == language && p.Kind == PageKind.Chapter), language))).ToList();

    private static byte[] Index(IEnumerable<Page> chapters, string language)
    {
        var sections = new List<(string Url, string Title, string? Heading, string Text)>();
        var terms = new SortedDictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        void Add(string text, int section, int weight)
        {
            foreach (var term in SearchTerms.Of(text))
            {
                if (!terms.TryGetValue(term, out var postings)) terms[term] = postings = [];
                postings[section] = postings.GetValueOrDefault(section) + weight;
            }
        }
        foreach (var page in chapters.OrderBy(p => p.Number))
        {
            var folder = page.Url[(language.Length + 1)..];
            foreach (var (section, first) in (page.Anchors?.Sections ?? []).Select((s, i) => (s, i == 0)))
            {
                var index = sections.Count;
                sections.Add((section.Anchor is null ? folder : $"{folder}#{section.Anchor}", page.Title, section.Heading, section.Text));
                if (first) Add(page.Title, index, TitleWeight);
                if (section.Heading is not null) Add(section.Heading, index, HeadingWeight);
                Add(section.Text, index, 1);
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
                foreach (var (section, weight) in postings.OrderBy(p => p.Key))
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
