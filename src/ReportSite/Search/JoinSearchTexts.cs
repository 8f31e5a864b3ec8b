using ReportSite.Caching;
using ReportSite.Diagnostics;

namespace ReportSite.Search;

/// <summary>Writes one texts file: its chapters' sections as [#anchor, heading, text], in a list.</summary>
public sealed class JoinSearchTexts : IItemWork<SearchTextsJob, SearchTextsParts, byte[]>
{
    public string Id(SearchTextsJob job) => $"{job.Language}/{job.Index}";

    public SearchTextsParts Reads(SearchTextsJob job) => job.Parts;

    public byte[] Make(SearchTextsJob job, DiagnosticBag diagnostics)
    {
        var chapters = job.Parts.Chapters;
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

    public IReadOnlyList<SearchChapter> Chapters => _chapters;

    public bool Equals(SearchTextsParts? other) => other is not null && _chapters.AsSpan().SequenceEqual(other._chapters, ReferenceEqualityComparer.Instance);

    public override bool Equals(object? obj) => Equals(obj as SearchTextsParts);

    public override int GetHashCode() => _chapters.Length;
}
