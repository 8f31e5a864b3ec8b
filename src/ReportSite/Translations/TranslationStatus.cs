namespace ReportSite.Translations;

/// <summary>Where a chapter's translation into one language stands against its source.</summary>
public enum TranslationState
{
    /// <summary>Its <c>translated-from</c> is the source's current hash.</summary>
    UpToDate,

    /// <summary>Its <c>translated-from</c> names an earlier version of the source: the source changed since.</summary>
    OutOfDate,

    /// <summary>No file in the language: the site shows the source's text with a notice.</summary>
    Missing,

    /// <summary>A file without <c>translated-from</c>: nobody has recorded what it was translated from.</summary>
    NotTracked,
}

/// <summary>
/// One chapter (or data file) in one non-primary language: its source (the primary language's file), the translation's
/// file (the one it would have when missing), its state and the hashes compared.
/// </summary>
public sealed record TranslationStatus(string Slug, string Language, string Source, string File, TranslationState State)
{
    /// <summary>The source's hash now.</summary>
    public required string Current { get; init; }

    /// <summary>The hash the translation recorded, if any.</summary>
    public string? Recorded { get; init; }

    /// <summary>The translation's line of <c>translated-from</c> (0 when absent).</summary>
    public int Line { get; init; }

    /// <summary>
    /// Whether this is a data file's texts in one language (site.yml, <c>data/**/*.yml</c>) rather than a
    /// chapter: then <see cref="Slug"/>, <see cref="Source"/> and <see cref="File"/> are all that file.
    /// </summary>
    public bool DataFile { get; init; }

    /// <summary>For a data file, the paths of its texts that have no text in <see cref="Language"/> (the edition shows the primary text there).</summary>
    public IReadOnlyList<string> MissingTexts { get; init; } = [];
}
