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

    /// <summary>Optional cover image, relative to <c>assets/</c>.</summary>
    public string? Cover { get; init; }

    /// <summary>Disclosure codes this chapter answers, e.g. "GRI 203-1".</summary>
    public IReadOnlyList<string> Standards { get; init; } = [];

    /// <summary>The file line of the <c>standards:</c> front matter key, for messages about its codes.</summary>
    public int StandardsLine { get; init; }

    public required string Body { get; init; }

    /// <summary>The file line on which <see cref="Body"/> starts, to turn body lines into file lines.</summary>
    public required int BodyFirstLine { get; init; }
}
