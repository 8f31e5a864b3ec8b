using ReportSite.Pages;

namespace ReportSite.Search;

/// <summary>One language's part of the search index: its chapters in manifest order and how many shards their terms fill.</summary>
public sealed record SearchLanguage(string Language, IReadOnlyList<SearchChapter> Chapters, int ShardCount);

/// <summary>One shard file to make: every chapter's slice of it.</summary>
public sealed record SearchShardJob(string Language, int Index, SearchShardParts Parts);

/// <summary>One texts file to make: the sections of a run of <see cref="BuildSearchIndex.ChaptersPerTextsFile"/> chapters.</summary>
public sealed record SearchTextsJob(string Language, int Index, SearchTextsParts Parts);

/// <summary>The search index of every language, planned: the files to make, shard by shard and texts file by texts file.</summary>
public sealed record SearchIndexPlan(IReadOnlyList<SearchLanguage> Languages, IReadOnlyList<SearchShardJob> Shards, IReadOnlyList<SearchTextsJob> Texts);

/// <summary>
/// Plans each language's search index from the chapter pages and what <see cref="IndexChapters"/> made
/// of each: chapters in reading order, the number of shards their terms need, each chapter's terms split
/// over the shards, and each texts file's chapters. <see cref="MakeSearchShards"/> and <see cref="JoinSearchTexts"/> make the
/// files, <see cref="BuildSearchIndex"/> adds the manifest.
/// </summary>
public sealed class PlanSearchIndex
{
    public SearchIndexPlan Run(IReadOnlyList<Page> chapterPages, IReadOnlyList<SearchChapter> indexed, IReadOnlyList<string> languages)
    {
        var chapters = chapterPages.Zip(indexed, (page, chapter) => (page.Language, page.Number, Chapter: chapter)).ToList();
        var plans = languages.Select(language =>
        {
            var own = chapters.Where(c => c.Language == language).OrderBy(c => c.Number).Select(c => c.Chapter).ToList();
            return new SearchLanguage(language, own, SearchShards.Count(own.Sum(c => (long)c.Postings)));
        }).ToList();
        return new SearchIndexPlan(
            plans,
            plans.SelectMany(Shards).ToList(),
            plans.SelectMany(plan => plan.Chapters.Chunk(BuildSearchIndex.ChaptersPerTextsFile).Select((some, i) => new SearchTextsJob(plan.Language, i, new SearchTextsParts(some)))).ToList());
    }

    /// <summary>The language's shards, each chapter's terms split over them once here, before the shards are made in parallel.</summary>
    private static IEnumerable<SearchShardJob> Shards(SearchLanguage plan)
    {
        foreach (var chapter in plan.Chapters) chapter.Slice(plan.ShardCount, 0);
        SearchChapter[] chapters = [.. plan.Chapters];
        return Enumerable.Range(0, plan.ShardCount).Select(shard => new SearchShardJob(plan.Language, shard, new SearchShardParts(chapters, plan.ShardCount, shard)));
    }
}
