using ReportSite.Localization;

namespace ReportSite.Standards;

/// <summary>
/// A reporting framework's disclosures, from <c>data/standards/&lt;id&gt;.yml</c>: the GRI Standards,
/// the HKEX ESG Reporting Guide. Chapters name the disclosures they answer as "<see cref="Prefix"/> code".
/// </summary>
public sealed record StandardsCatalogue
{
    /// <summary>The file name without extension; the index page is <c>&lt;lang&gt;/standards/&lt;id&gt;/</c>.</summary>
    public required string Id { get; init; }

    /// <summary>How chapters write this framework's codes: "GRI" in "GRI 203-1".</summary>
    public required string Prefix { get; init; }

    public required LocalizedText Title { get; init; }

    /// <summary>How the report uses the framework (GRI's statement of use; HKEX's comply-or-explain basis).</summary>
    public LocalizedText? Statement { get; init; }

    public required IReadOnlyList<DisclosureSection> Sections { get; init; }

    /// <summary>A digest of the catalogue file's text: what its index page shows of it changes only with this.</summary>
    public string Digest { get; init; } = "";

    /// <summary>The disclosure the index page answers by existing (GRI 102-55, the content index), or null.</summary>
    public string? IndexCode { get; init; }

    public IEnumerable<Disclosure> Disclosures => Sections.SelectMany(s => s.Disclosures);

    public string File => $"{LoadStandards.Folder}/{Id}.yml";
}

/// <summary>A group of disclosures: one GRI standard, or one HKEX aspect.</summary>
public sealed record DisclosureSection(LocalizedText Title, IReadOnlyList<Disclosure> Disclosures);

/// <summary>One disclosure; <see cref="Omission"/> says why the report leaves it out, when it does.</summary>
public sealed record Disclosure(string Code, LocalizedText Title, Omission? Omission, int Line);

/// <summary>GRI 1's closed list of reasons for omission.</summary>
public enum OmissionReason
{
    NotApplicable,
    LegalProhibitions,
    ConfidentialityConstraints,
    InformationUnavailable,
}

public sealed record Omission(OmissionReason Reason, LocalizedText? Explanation);
