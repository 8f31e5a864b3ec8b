using System.Globalization;
using ReportSite.Feedback;
using ReportSite.Localization;

namespace ReportSite.SurveyResults;

/// <summary>
/// Counts stored responses against the current survey. Every option and level is listed, chosen or
/// not, so a zero shows as a zero. Answers from an earlier version of the survey never fail the count:
/// an option or score it no longer has is counted under its stored value, after the known ones, and a
/// field for a question it no longer asks is left out (the CSV export keeps it).
/// </summary>
public static class SummarizeFeedback
{
    public static FeedbackSummary Run(FeedbackForm form, IReadOnlyList<string> languages, IReadOnlyList<StoredResponse> responses)
    {
        var perLanguage = languages.Select(l => new EditionCount(l, responses.Count(r => r.Language == l)))
            .Concat(responses.Select(r => r.Language).Where(l => !languages.Contains(l)).Distinct().Order(StringComparer.Ordinal)
                .Select(l => new EditionCount(l, responses.Count(r => r.Language == l))))
            .ToList();
        return new FeedbackSummary
        {
            Responses = responses.Count,
            First = responses.Count == 0 ? null : responses.Min(r => r.Received),
            Last = responses.Count == 0 ? null : responses.Max(r => r.Received),
            PerLanguage = perLanguage,
            Questions = form.Questions.Select(q => Question(q, responses)).ToList(),
        };
    }

    private static QuestionSummary Question(FeedbackQuestion question, IReadOnlyList<StoredResponse> responses)
    {
        var answered = responses.Count(r => question.Fields.Any(f => Values(r, f).Count > 0));
        return question.Kind switch
        {
            QuestionKind.Single or QuestionKind.Multi => new QuestionSummary(question, answered)
            {
                Choices = Count(question.Options.Select(o => (o.Id, (LocalizedText?)o.Label)), responses.Select(r => Values(r, question.Id))),
            },
            QuestionKind.Scale => new QuestionSummary(question, answered)
            {
                Items = question.Items.Select(item => Item(item, responses.Select(r => Values(r, question.ItemField(item))).ToList())).ToList(),
            },
            _ => new QuestionSummary(question, answered)
            {
                Texts = responses.SelectMany(r => Values(r, question.Id).Select(text => new TextAnswer(r.Id, r.Received, r.Language, text))).ToList(),
            },
        };
    }

    private static ItemSummary Item(ScaleItem item, IReadOnlyList<IReadOnlyList<string>> answers)
    {
        var levels = item.Levels.Select((level, position) => (item.Score(position).ToString(CultureInfo.InvariantCulture), (LocalizedText?)level));
        var scores = answers.SelectMany(a => a)
            .Select(value => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var score) ? score : 0)
            .Where(score => item.LevelForScore(score) is not null)
            .ToList();
        return new ItemSummary(item, answers.Count(a => a.Count > 0), Count(levels, answers), scores.Count == 0 ? null : (decimal)scores.Sum() / scores.Count);
    }

    /// <summary>The known values in their order, each response counted once per value, then unknown values in order of first appearance.</summary>
    private static IReadOnlyList<Tally> Count(IEnumerable<(string Value, LocalizedText? Label)> known, IEnumerable<IReadOnlyList<string>> answers)
    {
        var tallies = known.Select(k => new Tally(k.Value, k.Label, 0)).ToList();
        var index = tallies.Select((t, i) => (t.Value, i)).ToDictionary(x => x.Value, x => x.i, StringComparer.Ordinal);
        foreach (var value in answers.SelectMany(a => a.Distinct(StringComparer.Ordinal)))
        {
            if (!index.TryGetValue(value, out var at))
            {
                at = tallies.Count;
                index[value] = at;
                tallies.Add(new Tally(value, null, 0));
            }
            tallies[at] = tallies[at] with { Count = tallies[at].Count + 1 };
        }
        return tallies;
    }

    /// <summary>A field's non-blank values in a response; none when it was not answered.</summary>
    private static IReadOnlyList<string> Values(StoredResponse response, string field) =>
        response.Answers.TryGetValue(field, out var values) ? values.Where(v => !string.IsNullOrWhiteSpace(v)).ToList() : [];
}
