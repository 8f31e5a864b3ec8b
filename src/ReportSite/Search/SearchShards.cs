using System.Numerics;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReportSite.Search;

/// <summary>
/// The terms of a language's search index, split into shards so a query loads only the few that hold
/// its terms: a term's shard is its FNV-1a hash (over UTF-16 code units) modulo the shard count, which
/// theme/assets/search.js works out the same way. The count grows in powers of two with the index, so
/// a shard stays a few tens of kilobytes. Each shard maps its terms to flat (chapter, section, weight)
/// triples, chapters numbered as the manifest lists them.
/// </summary>
public static class SearchShards
{
    /// <summary>Postings per shard the count aims at: about 40 KB of JSON, 10 KB compressed.</summary>
    private const int PostingsPerShard = 6000;

    private const int MostShards = 1024;

    internal static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>How many shards an index of <paramref name="postings"/> (term, section) pairs gets.</summary>
    public static int Count(long postings) =>
        (int)Math.Min(MostShards, BitOperations.RoundUpToPowerOf2((ulong)Math.Max(1, (postings + PostingsPerShard - 1) / PostingsPerShard)));

    /// <summary>The shard of <paramref name="term"/> among <paramref name="count"/>.</summary>
    public static int Of(string term, int count)
    {
        var hash = 2166136261u;
        foreach (var c in term) hash = unchecked((hash ^ c) * 16777619u);
        return (int)(hash % (uint)count);
    }

    /// <summary>One shard's file from each chapter's slice of it, in manifest order.</summary>
    internal static byte[] Write(SearchShardParts parts)
    {
        var terms = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var chapter = 0; chapter < parts.Chapters; chapter++)
        {
            var slice = parts.Slice(chapter);
            foreach (var index in slice.Terms)
            {
                var term = slice.Chapter.Term(index);
                if (!terms.TryGetValue(term, out var postings)) terms[term] = postings = [];
                var pairs = slice.Chapter.Pairs(index);
                for (var i = 0; i < pairs.Length; i += 2)
                {
                    postings.Add(chapter);
                    postings.Add(pairs[i]);
                    postings.Add(pairs[i + 1]);
                }
            }
        }
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Json))
        {
            writer.WriteStartObject();
            foreach (var term in terms.Keys.Order(StringComparer.Ordinal))
            {
                writer.WriteStartArray(term);
                foreach (var number in terms[term]) writer.WriteNumberValue(number);
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }
}

/// <summary>One shard's file, and a digest of it for the manifest's version.</summary>
public sealed record SearchShard(byte[] Json, string Digest)
{
    public static SearchShard Of(SearchShardParts parts)
    {
        var json = SearchShards.Write(parts);
        return new SearchShard(json, Caching.Fingerprint.Of(json));
    }
}

/// <summary>
/// What one shard is made from: every chapter of its language in manifest order, each giving its slice of
/// the shard. Equal when every chapter's slice is: an unchanged chapter is the same object from one
/// preview build to the next, so comparing costs a reference check per chapter and only an edited
/// chapter's terms are compared; the preview writes again only the shards an edit changed.
/// </summary>
public sealed class SearchShardParts : IEquatable<SearchShardParts>
{
    private readonly SearchChapter[] _chapters;
    private readonly int _count;
    private readonly int _shard;

    /// <summary>The <paramref name="shard"/>th of <paramref name="count"/> shards of <paramref name="chapters"/>.</summary>
    public SearchShardParts(SearchChapter[] chapters, int count, int shard)
    {
        _chapters = chapters;
        _count = count;
        _shard = shard;
    }

    /// <summary>How many chapters the language has.</summary>
    public int Chapters => _chapters.Length;

    /// <summary>The <paramref name="chapter"/>th chapter's slice of the shard.</summary>
    public SearchSlice Slice(int chapter) => _chapters[chapter].Slice(_count, _shard);

    public bool Equals(SearchShardParts? other)
    {
        if (other is null || other._count != _count || other._shard != _shard || other._chapters.Length != _chapters.Length) return false;
        for (var i = 0; i < _chapters.Length; i++)
        {
            if (!ReferenceEquals(_chapters[i], other._chapters[i]) && !Slice(i).Equals(other.Slice(i))) return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as SearchShardParts);

    public override int GetHashCode() => HashCode.Combine(_chapters.Length, _count, _shard);
}
