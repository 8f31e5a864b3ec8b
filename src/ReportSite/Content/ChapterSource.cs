namespace ReportSite.Content;

/// <summary>One chapter file in one language, with its front matter read and its Markdown body kept as text.</summary>
public sealed record ChapterSource
{
    /// <summary>Path relative to the input folder, with '/' separators, as shown in messages.</summary>
    public required string File { get; init; }

    /// <summary>Position in the report; from the file name's number unless front matter sets 'order'.</summary>
    public required int Order { get; init; }

    /// <summary>The URL name shared by every language of the chapter.</summary>
    public required string Slug { get; init; }

    public required string Language { get; init; }

    public required string Title { get; init; }

    public string? Summary { get; init; }

    /// <summary>
    /// Optional cover picture: the report folder's file (e.g. <c>assets/covers/poverty.svg</c>), written in
    /// front matter relative to the chapter file. A translation without its own inherits the primary file's.
    /// </summary>
    public string? Cover { get; init; }

    /// <summary>The cover's text alternative in this file's language; "" when the picture only decorates.</summary>
    public string? CoverAlt { get; init; }

    /// <summary>Optional accent colour, <c>#rrggbb</c> in lower case; inherited by translations like <see cref="Cover"/>.</summary>
    public string? Accent { get; init; }

    /// <summary>The file lines of the <c>cover</c> and <c>accent</c> keys, for messages about them (0 when absent or inherited).</summary>
    public (int Cover, int Accent) LookLines { get; init; }

    /// <summary>Disclosure codes this chapter answers, e.g. "GRI 203-1".</summary>
    public IReadOnlyList<string> Standards { get; init; } = [];

    /// <summary>The file line of the <c>standards:</c> front matter key, for messages about its codes.</summary>
    public int StandardsLine { get; init; }

    /// <summary>The <see cref="SourceHash"/> of this file's text: what a translation of it records.</summary>
    public string TextHash { get; init; } = "";

    /// <summary>In a translation, the <see cref="SourceHash"/> of the source file it was translated from (front matter <c>translated-from</c>).</summary>
    public string? TranslatedFrom { get; init; }

    /// <summary>The file line of <c>translated-from</c>, for messages about it (0 when absent).</summary>
    public int TranslatedFromLine { get; init; }

    public required string Body { get; init; }

    /// <summary>The file line on which <see cref="Body"/> starts, to turn body lines into file lines.</summary>
    public required int BodyFirstLine { get; init; }
}
