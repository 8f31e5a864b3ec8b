using System.Globalization;
using ReportSite.Feedback;
using ReportSite.Files;
using ReportSite.Theme;

namespace ReportSite.SurveyResults;

/// <summary>
/// Stored responses as CSV for spreadsheets (see <see cref="Csv"/>), one row per response: its number,
/// when it arrived (UTC), the edition, the client's daily pseudonym, then one column per answer field
/// in form order, headed and filled with the survey's words in one language. Fields and values an
/// earlier survey had and this one does not are kept as stored, in columns after the current ones.
/// </summary>
public static class FeedbackCsv
{
    public static byte[] Write(FeedbackForm form, IReadOnlyList<StoredResponse> responses, string language, LoadedTheme theme)
    {
        string Word(string key, params object[] args) => theme.Words.Word(language, key, args);
        var columns = form.Questions.SelectMany(q => Columns(q, language, Word)).ToList();
        var current = columns.Select(c => c.Field).ToHashSet(StringComparer.Ordinal);
        columns.AddRange(responses.SelectMany(r => r.Answers.Keys).Where(f => !current.Contains(f)).Distinct(StringComparer.Ordinal)
            .Select(field => new Column(field, field, value => value)));

        var separator = Word("listSeparator");
        var csv = new Csv().Row([
            Word("feedbackExportId"), Word("feedbackExportReceived"), Word("feedbackExportEdition"), Word("feedbackExportClient"),
            .. columns.Select(c => c.Header)]);
        foreach (var response in responses)
        {
            csv.Row([
                response.Id.ToString(CultureInfo.InvariantCulture),
                response.Received.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                response.Language,
                response.Client,
                .. columns.Select(c => response.Answers.TryGetValue(c.Field, out var values) ? string.Join(separator, values.Select(c.Value)) : "")]);
        }
        return csv.ToBytes();
    }

    /// <summary>A question's columns: one for most, one per rated item for a scale.</summary>
    private static IEnumerable<Column> Columns(FeedbackQuestion question, string language, Func<string, object[], string> word)
    {
        var label = question.Label[language];
        switch (question.Kind)
        {
            case QuestionKind.Single or QuestionKind.Multi:
                var options = question.Options.ToDictionary(o => o.Id, o => o.Label[language], StringComparer.Ordinal);
                yield return new Column(question.Id, label, id => options.GetValueOrDefault(id, id));
                break;
            case QuestionKind.Scale:
                foreach (var item in question.Items)
                {
                    yield return new Column(question.ItemField(item), word("feedbackItemHeader", [label, item.Label[language]]), score =>
                        int.TryParse(score, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && item.LevelForScore(n) is { } level ? level[language] : score);
                }
                break;
            default:
                yield return new Column(question.Id, label, text => text);
                break;
        }
    }

    /// <summary>One answer field: its header, and how a stored value is written (an id or score as its label).</summary>
    private sealed record Column(string Field, string Header, Func<string, string> Value);
}
