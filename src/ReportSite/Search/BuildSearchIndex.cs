using System.Text.Json;
using ReportSite.Caching;
using ReportSite.Files;
using ReportSite.Pages;

namespace ReportSite.Search;

/// <summary>
/// Writes each language's search index into <c>&lt;lang&gt;/search-index/</c>, from the chapters' text by
/// section, so a static host can offer full-text search that runs in the reader's browser and loads
/// only what a query needs:
/// <list type="bullet">
/// <item><c>manifest.json</c>: the version (a digest of the other files: the browser adds it to their
/// addresses, so it never mixes files of two builds), the shard count, the number of sections, how
/// many chapters a texts file holds, and per chapter [address, title];</item>
/// <item><c>terms-N.json</c>: the shards of <see cref="SearchShards"/>, term → (chapter, section, weight) triples;</item>
/// <item><c>texts-N.json</c>: for every <see cref="ChaptersPerTextsFile"/> chapters in turn, each one's
/// sections as [#anchor, heading, text], for the result list: fetched only for the chapters a query's
/// results are in.</item>
/// </list>
/// With memos (the preview's), a page whose text is unchanged is not indexed again, and a shard or texts
/// file none of whose chapters' parts changed is not made again.
/// </summary>
public sealed class BuildSearchIndex(
    Memo<(IReadOnlyList<PageSection>?, string, string), SearchChapter>? chapters = null,
    Memo<SearchShardParts, SearchShard>? shards = null,
    Memo<SearchTextsParts, byte[]>? texts = null)
{
    public const string Folder = "search-index";

    /// <summary>Chapters per texts file: a whole report of a few dozen chapters in a few files, a small part of a large one.</summary>
    public const int ChaptersPerTextsFile = 8;

    public IReadOnlyList<StaticFile> Run(IReadOnlyList<Page> pages, IReadOnlyList<string> languages)
    {
        var indexed = pages.Where(p => p.Kind == PageKind.Chapter).AsParallel()
            .Select(p => (p.Language, p.Number, Chapter: chapters is null ? SearchChapter.Of(p) : chapters.Get(p.OutputPath, (p.Anchors?.Sections, p.Title, p.Url), () => SearchChapter.Of(p))))
            .ToList();
        return languages.SelectMany(language => Index(language, indexed.Where(c => c.Language == language).OrderBy(c => c.Number).Select(c => c.Chapter).ToList())).ToList();
    }

    private IEnumerable<StaticFile> Index(string language, IReadOnlyList<SearchChapter> chapters)
    {
        var count = SearchShards.Count(chapters.Sum(c => (long)c.Postings));
        var made = Enumerable.Range(0, count).AsParallel().AsOrdered().Select(shard =>
        {
            var slices = new SearchSlice[chapters.Count];
            for (var i = 0; i < slices.Length; i++) slices[i] = chapters[i].Slice(count, shard);
            var parts = new SearchShardParts(slices);
            return shards is null ? SearchShard.Of(parts) : shards.Get($"{language}/{shard}", parts, () => SearchShard.Of(parts));
        }).ToList();
        var version = Fingerprint.Of(made.Select(s => s.Digest).Concat(chapters.Select(c => c.TextsDigest)))[..12];
        return made.Select((shard, i) => StaticFile.Generated($"{language}/{Folder}/terms-{i}.json", shard.Json))
            .Concat(chapters.Chunk(ChaptersPerTextsFile).Select((some, i) =>
            {
                var parts = new SearchTextsParts(some);
                return StaticFile.Generated($"{language}/{Folder}/texts-{i}.json", texts is null ? Texts(some) : texts.Get($"{language}/{i}", parts, () => Texts(some)));
            }))
            .Append(StaticFile.Generated($"{language}/{Folder}/manifest.json", Manifest(language, version, count, chapters)));
    }

    private static byte[] Manifest(string language, string version, int shards, IReadOnlyList<SearchChapter> chapters)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, SearchShards.Json))
        {
            writer.WriteStartObject();
            writer.WriteString("lang", language);
            writer.WriteString("version", version);
            writer.WriteNumber("shards", shards);
            writer.WriteNumber("sections", chapters.Sum(c => c.Sections));
            writer.WriteNumber("chaptersPerTextsFile", ChaptersPerTextsFile);
            writer.WriteStartArray("chapters");
            foreach (var chapter in chapters)
            {
                writer.WriteStartArray();
                writer.WriteStringValue(chapter.Address);
                writer.WriteStringValue(chapter.Title);
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>A texts file: the chapters' own JSON, in a list.</summary>
    private static byte[] Texts(IReadOnlyList<SearchChapter> chapters)
    {
        var texts = new byte[chapters.Sum(c => c.Texts.Length + 1) + 1];
        texts[0] = (byte)'[';
        var at = 1;
        for (var i = 0; i < chapters.Count; i++)
        {
            if (i > 0) texts[at++] = (byte)',';
            chapters[i].Texts.CopyTo(texts, at);
            at += chapters[i].Texts.Length;
        }
        texts[at] = (byte)']';
        return texts;
    }
}

/// <summary>The chapters of one texts file; equal when they are the same chapters (a chapter whose text changed is a new one).</summary>
public sealed class SearchTextsParts(SearchChapter[] chapters) : IEquatable<SearchTextsParts>
{
    private readonly SearchChapter[] _chapters = chapters;

    public bool Equals(SearchTextsParts? other) => other is not null && _chapters.AsSpan().SequenceEqual(other._chapters, ReferenceEqualityComparer.Instance);

    public override bool Equals(object? obj) => Equals(obj as SearchTextsParts);

    public override int GetHashCode() => _chapters.Length;
}
