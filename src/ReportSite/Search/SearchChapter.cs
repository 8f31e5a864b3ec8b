using System.Runtime.InteropServices;
using System.Text.Json;
using ReportSite.Pages;

namespace ReportSite.Search;

/// <summary>
/// One chapter page's share of its language's search index: the texts its results quote, and each of
/// its terms with the sections that hold it and how strongly. A term in a heading weighs 5, in the
/// chapter's title 3 (on the chapter's opening section), in the text 1 for each time it occurs.
/// Made once per page and remembered by the preview while the page's text is unchanged; kept in a few
/// flat arrays, since a large report has millions of (term, section) pairs.
/// </summary>
public sealed class SearchChapter
{
    private const int HeadingWeight = 5;
    private const int TitleWeight = 3;

    private readonly string[] _terms;
    private readonly int[] _starts;
    private readonly int[] _pairs;
    private SearchSlice[]? _slices;

    /// <summary>One builder per thread, its buffers kept from chapter to chapter: fresh ones would be large enough to cost a full collection each.</summary>
    [ThreadStatic]
    private static PostingsBuilder? t_builder;

    private SearchChapter(string address, string title, string? textLanguage, int sections, byte[] texts, string[] terms, int[] starts, int[] pairs)
    {
        Address = address;
        Title = title;
        TextLanguage = textLanguage;
        Sections = sections;
        Texts = texts;
        TextsDigest = Caching.Fingerprint.Of(texts);
        _terms = terms;
        _starts = starts;
        _pairs = pairs;
    }

    /// <summary>The chapter's address from its language folder ("intro/").</summary>
    public string Address { get; }

    public string Title { get; }

    /// <summary>The language the chapter's text is in when it is not the edition's (a chapter not translated yet, shown from the source), else null.</summary>
    public string? TextLanguage { get; }

    /// <summary>How many sections the chapter has: its opening text, then one per h2 and h3.</summary>
    public int Sections { get; }

    /// <summary>
    /// Its sections as JSON, each [#anchor or null, heading or null, prose] and, when the section has
    /// KPI cards, charts or call-outs, their words as a fourth item, for results the prose cannot quote.
    /// </summary>
    public byte[] Texts { get; }

    /// <summary>A digest of <see cref="Texts"/>, for the manifest's version.</summary>
    public string TextsDigest { get; }

    /// <summary>How many (term, section) pairs the chapter has.</summary>
    public int Postings => _pairs.Length / 2;

    /// <summary>The chapter's <paramref name="term"/>th term, in the order the chapter first uses them.</summary>
    public string Term(int term) => _terms[term];

    /// <summary>Where the chapter has its <paramref name="term"/>th term: pairs of (section, weight), sections ascending.</summary>
    public ReadOnlySpan<int> Pairs(int term) => _pairs.AsSpan(_starts[term], _starts[term + 1] - _starts[term]);

    public static SearchChapter Of(Page page)
    {
        var sections = page.Anchors?.Sections ?? [];
        var postings = t_builder ??= new PostingsBuilder();
        postings.Clear();
        for (var i = 0; i < sections.Count; i++)
        {
            postings.Section = i;
            if (i == 0) postings.Add(page.Title, TitleWeight);
            if (sections[i].Heading is { } heading) postings.Add(heading, HeadingWeight);
            postings.Add(sections[i].Text, 1);
            postings.Add(sections[i].Asides, 1);
        }
        var (terms, starts, pairs) = postings.ByTerm();
        return new SearchChapter(page.Url[(page.Language.Length + 1)..], page.Title, LanguageOfText(page), sections.Count, WriteTexts(sections), terms, starts, pairs);
    }

    /// <summary>The language of <paramref name="page"/>'s text when it is a chapter shown from its source, else null.</summary>
    public static string? LanguageOfText(Page page) => page.IsFallback ? page.Source!.Language : null;

    /// <summary>The chapter's terms split over <paramref name="count"/> shards by <see cref="SearchShards.Of"/>, worked out once per count.</summary>
    public SearchSlice Slice(int count, int shard)
    {
        var slices = _slices;
        if (slices?.Length != count)
        {
            var parts = Enumerable.Range(0, count).Select(_ => new List<int>()).ToArray();
            for (var term = 0; term < _terms.Length; term++) parts[SearchShards.Of(_terms[term], count)].Add(term);
            _slices = slices = parts.Select(part => new SearchSlice(this, [.. part])).ToArray();
        }
        return slices[shard];
    }

    private static byte[] WriteTexts(IReadOnlyList<PageSection> sections)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, SearchShards.Json))
        {
            writer.WriteStartArray();
            foreach (var section in sections)
            {
                writer.WriteStartArray();
                writer.WriteStringValue(section.Anchor);
                writer.WriteStringValue(section.Heading);
                writer.WriteStringValue(section.Text);
                if (section.Asides.Length > 0) writer.WriteStringValue(section.Asides);
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// Collects a chapter's (term, section, weight) postings section by section with one lookup per
    /// term met: each term's latest pair is added to while the section lasts.
    /// </summary>
    private sealed class PostingsBuilder
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<string> _terms = [];
        private readonly List<int> _last = []; // per term id, the index in _entries of its latest pair
        private readonly List<(int Term, int Section, int Weight)> _entries = [];

        public int Section { get; set; }

        public void Clear()
        {
            _ids.Clear();
            _terms.Clear();
            _last.Clear();
            _entries.Clear();
        }

        public void Add(string text, int weight)
        {
            var visitor = new Visitor(this, _ids.GetAlternateLookup<ReadOnlySpan<char>>(), weight);
            SearchTerms.Visit(text, ref visitor);
        }

        /// <summary>Terms in the order the chapter first uses them, where each one's pairs start in <c>pairs</c> (one extra start ends the last), and the pairs.</summary>
        public (string[] Terms, int[] Starts, int[] Pairs) ByTerm()
        {
            var entries = CollectionsMarshal.AsSpan(_entries);
            var starts = new int[_terms.Count + 1];
            foreach (var entry in entries) starts[entry.Term + 1] += 2;
            for (var i = 0; i < _terms.Count; i++) starts[i + 1] += starts[i];
            var pairs = new int[entries.Length * 2];
            var next = starts[..^1];
            foreach (var (term, section, weight) in entries) // in section order, so each term's sections ascend
            {
                var at = next[term];
                pairs[at] = section;
                pairs[at + 1] = weight;
                next[term] = at + 2;
            }
            return ([.. _terms], starts, pairs);
        }

        private readonly struct Visitor(PostingsBuilder postings, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ids, int weight) : SearchTerms.IVisitor
        {
            public void Term(ReadOnlySpan<char> term)
            {
                if (!ids.TryGetValue(term, out var id))
                {
                    id = postings._terms.Count;
                    ids[term] = id;
                    postings._terms.Add(ids.TryGetValue(term, out var key, out _) ? key : term.ToString()); // the dictionary's own string: one per term
                    postings._last.Add(-1);
                }
                var last = postings._last[id];
                if (last >= 0 && postings._entries[last].Section == postings.Section) CollectionsMarshal.AsSpan(postings._entries)[last].Weight += weight;
                else
                {
                    postings._last[id] = postings._entries.Count;
                    postings._entries.Add((id, postings.Section, weight));
                }
            }
        }
    }
}

/// <summary>The terms of one chapter that fall in one shard; equal when they hold the same terms and postings.</summary>
public sealed class SearchSlice(SearchChapter chapter, int[] terms) : IEquatable<SearchSlice>
{
    public SearchChapter Chapter { get; } = chapter;

    /// <summary>Which of the chapter's terms (see <see cref="SearchChapter.Term"/>).</summary>
    public IReadOnlyList<int> Terms { get; } = terms;

    public bool Equals(SearchSlice? other)
    {
        if (ReferenceEquals(this, other)) return true; // an unchanged chapter's slice: the common case
        if (other is null || other.Terms.Count != Terms.Count) return false;
        for (var i = 0; i < Terms.Count; i++)
        {
            if (Chapter.Term(Terms[i]) != other.Chapter.Term(other.Terms[i]) || !Chapter.Pairs(Terms[i]).SequenceEqual(other.Chapter.Pairs(other.Terms[i]))) return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as SearchSlice);

    public override int GetHashCode() => Terms.Count;
}
