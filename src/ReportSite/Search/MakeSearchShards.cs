using ReportSite.Caching;
using ReportSite.Diagnostics;

namespace ReportSite.Search;

/// <summary>Writes one shard's file (term → chapter, section, weight) from every chapter's slice of it.</summary>
public sealed class MakeSearchShards : IItemWork<SearchShardJob, SearchShardParts, SearchShard>
{
    public string Id(SearchShardJob job) => $"{job.Language}/{job.Index}";

    public SearchShardParts Reads(SearchShardJob job) => job.Parts;

    public SearchShard Make(SearchShardJob job, DiagnosticBag diagnostics) => SearchShard.Of(job.Parts);
}
