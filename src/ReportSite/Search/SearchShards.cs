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
        for (var chapter = 0; chapter < parts.Slices.Count; chapter++)
        {
            var slice = parts.Slices[chapter];
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
/// What one shard is made from: every chapter's slice of it, in manifest order. Equal when each slice
/// is, so the preview writes again only the shards an edit changed.
/// </summary>
public sealed class SearchShardParts(SearchSlice[] slices) : IEquatable<SearchShardParts>
{
    private readonly SearchSlice[] _slices = slices;

    public IReadOnlyList<SearchSlice> Slices => _slices;

    public bool Equals(SearchShardParts? other) => other is not null && _slices.AsSpan().SequenceEqual(other._slices);

    public override bool Equals(object? obj) => Equals(obj as SearchShardParts);

    public override int GetHashCode() => _slices.Length;
}
