using ReportSite.Pages;
using ReportSite.Paths;
using ReportSite.Standards;
using ReportSite.Theme;

namespace ReportSite.Layout;

/// <summary>A standards index as its template sees it: every disclosure, where it is answered, or why not.</summary>
public sealed record StandardsView(string? Statement, string Prefix, int Answered, int Omitted, IReadOnlyList<DisclosureSectionView> Sections)
{
    public static StandardsView Of(StandardsCatalogue catalogue, DisclosureMap map, SiteMap pages, Page page, LoadedTheme theme)
    {
        var language = page.Language;
        var sections = catalogue.Sections.Select(section => new DisclosureSectionView(section.Title[language], section.Disclosures.Select(disclosure =>
        {
            var answers = map.AnswersTo(catalogue, disclosure, language)
                .Select(a => Link(a, pages, page))
                .OfType<AnswerView>()
                .DistinctBy(a => a.Href)
                .ToList();
            if (disclosure.Code == catalogue.IndexCode) answers.Add(new AnswerView(page.Title, null, "./", null));
            var omission = disclosure.Omission;
            return new DisclosureView(
                $"{catalogue.Prefix} {disclosure.Code}",
                disclosure.Title[language],
                answers,
                answers.Count == 0,
                answers.Count > 0 && omission is null ? null : theme.Words.Word(language, ReasonWord(omission?.Reason)),
                omission?.Explanation?[language]);
        }).ToList())).ToList();
        var rows = sections.SelectMany(s => s.Disclosures).ToList();
        return new StandardsView(catalogue.Statement?[language], catalogue.Prefix, rows.Count(r => !r.Omitted), rows.Count(r => r.Omitted), sections);
    }

    /// <summary>The word for a reason for omission; no reason at all says so.</summary>
    public static string ReasonWord(OmissionReason? reason) => reason switch
    {
        OmissionReason.NotApplicable => "omissionNotApplicable",
        OmissionReason.LegalProhibitions => "omissionLegalProhibitions",
        OmissionReason.ConfidentialityConstraints => "omissionConfidentiality",
        OmissionReason.InformationUnavailable => "omissionInformationUnavailable",
        _ => "omissionNoReason",
    };

    private static AnswerView? Link(DisclosureAnswer answer, SiteMap pages, Page from)
    {
        if (pages.Find(answer.PageKey, answer.Language) is not { } target) return null;
        var href = UrlPath.Relative(from.Url, target.Url) + (answer.Anchor is null ? "" : "#" + Uri.EscapeDataString(answer.Anchor));
        var section = answer.Anchor is null ? null : target.Toc.FirstOrDefault(h => h.Id == answer.Anchor)?.Text;
        return new AnswerView(target.Title, section, href, target.IsFallback ? target.Source!.Language : null);
    }
}

public sealed record DisclosureSectionView(string Title, IReadOnlyList<DisclosureView> Disclosures);

/// <summary>One row: code and title, the pages that answer it, or the reason it is omitted.</summary>
public sealed record DisclosureView(string Code, string Title, IReadOnlyList<AnswerView> Answers, bool Omitted, string? Reason, string? Explanation);

/// <summary>
/// A link to where a disclosure is answered: the page, and the section when one is named; <see cref="Lang"/>
/// is set when the page is shown in another language (not translated yet).
/// </summary>
public sealed record AnswerView(string Page, string? Section, string Href, string? Lang);
