using System.Text.Json;
using ReportSite.Caching;
using ReportSite.Files;

namespace ReportSite.Search;

/// <summary>
/// Writes each language's search index into <c>&lt;lang&gt;/search-index/</c>, from the chapters' text by
/// section, so a static host can offer full-text search that runs in the reader's browser and loads
/// only what a query needs:
/// <list type="bullet">
/// <item><c>manifest.json</c>: the version (a digest of the other files: the browser adds it to their
/// addresses, so it never mixes files of two builds), the shard count, the number of sections, how
/// many chapters a texts file holds, and per chapter [address, title], with a third item, the language
/// of its text, for a chapter shown from its source until it is translated;</item>
/// <item><c>terms-N.json</c>: the shards of <see cref="SearchShards"/>, term → (chapter, section, weight) triples;</item>
/// <item><c>texts-N.json</c>: for every <see cref="ChaptersPerTextsFile"/> chapters in turn, each one's
/// sections as [#anchor, heading, text], for the result list: fetched only for the chapters a query's
/// results are in;</item>
/// <item><c>fold.json</c>: the characters <see cref="HanFold"/> folds, {"pairs": "發发臺台…", "source"},
/// fetched for a query with Chinese in it, so 发展 finds 發展 and the reverse.</item>
/// </list>
/// Each chapter's share (<see cref="IndexChapters"/>), the shards and the texts files are made before, one by one (<see cref="PlanSearchIndex"/>).
/// </summary>
public sealed class BuildSearchIndex
{
    public const string Folder = "search-index";

    /// <summary>Chapters per texts file: a whole report of a few dozen chapters in a few files, a small part of a large one.</summary>
    public const int ChaptersPerTextsFile = 8;

    /// <summary>Every language's index files: the shards and texts files made for <paramref name="plan"/>, and its manifest.</summary>
    public IReadOnlyList<StaticFile> Run(SearchIndexPlan plan, IReadOnlyList<SearchShard> shards, IReadOnlyList<byte[]> texts) =>
        plan.Languages.SelectMany(language =>
        {
            var own = plan.Shards.Select((job, i) => (job, shard: shards[i])).Where(s => s.job.Language == language.Language).Select(s => s.shard).ToList();
            var version = Fingerprint.Of(own.Select(s => s.Digest).Concat(language.Chapters.Select(c => c.TextsDigest)))[..12];
            return own.Select((shard, i) => StaticFile.Generated($"{language.Language}/{Folder}/terms-{i}.json", shard.Json))
                .Concat(plan.Texts.Select((job, i) => (job, text: texts[i])).Where(t => t.job.Language == language.Language)
                    .Select(t => StaticFile.Generated($"{language.Language}/{Folder}/texts-{t.job.Index}.json", t.text)))
                .Append(StaticFile.Generated($"{language.Language}/{Folder}/fold.json", FoldTable))
                .Append(StaticFile.Generated($"{language.Language}/{Folder}/manifest.json", Manifest(language.Language, version, language.ShardCount, language.Chapters)));
        }).ToList();

    private static readonly byte[] FoldTable = Fold();

    /// <summary>
    /// Written by hand: the JSON writer escapes characters outside the Basic Multilingual Plane (\uD86D\uDF48),
    /// which would make the file half as large again. The pairs are Han characters and the source plain
    /// ASCII words, so neither needs escaping (a test reads the file back as JSON).
    /// </summary>
    private static byte[] Fold() => System.Text.Encoding.UTF8.GetBytes($$"""{"pairs":"{{HanFold.Pairs}}","source":"{{HanFold.Source}}"}""");

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
                if (chapter.TextLanguage is { } textLanguage) writer.WriteStringValue(textLanguage);
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
