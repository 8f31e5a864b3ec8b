namespace ReportSite.Feedback;

/// <summary>Answers that passed every check, by field name in form order; a field with no answer is absent.</summary>
public sealed record Submission(string Language, IReadOnlyDictionary<string, IReadOnlyList<string>> Answers);

/// <summary>
/// Why a field was refused. <see cref="Code"/> is stable for scripts (the form maps it to a message in
/// the reader's language); <see cref="Detail"/> explains it to a developer.
/// </summary>
public sealed record SubmissionProblem(string Field, string Code, string Detail);

/// <summary>The outcome of checking a submission: the answers to store, or the problems; robots are told apart.</summary>
public sealed record SubmissionCheck(Submission? Submission, IReadOnlyList<SubmissionProblem> Problems, bool FromRobot);

/// <summary>
/// Checks posted fields against the survey definition. Everything from a browser is treated as hostile:
/// only known fields, known options and scores within the scale are kept, text is bounded and cleaned
/// of control characters, and nothing unexpected is stored.
/// </summary>
public static class CheckSubmission
{
    public const string Required = "required";
    public const string UnknownField = "unknown-field";
    public const string UnknownOption = "unknown-option";
    public const string TooLong = "too-long";
    public const string TooManyValues = "too-many-values";
    public const string Empty = "empty";

    public static SubmissionCheck Run(FeedbackForm form, IReadOnlyList<string> languages, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var posted = fields.GroupBy(f => f.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(f => f.Value).ToList(), StringComparer.Ordinal);
        if (posted.TryGetValue(FeedbackForm.HoneypotField, out var trap) && trap.Any(v => v.Length > 0))
        {
            return new SubmissionCheck(null, [], FromRobot: true);
        }

        var problems = new List<SubmissionProblem>();
        var known = form.AnswerFields.Append(FeedbackForm.LanguageField).Append(FeedbackForm.HoneypotField).ToHashSet(StringComparer.Ordinal);
        foreach (var field in posted.Keys.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal))
        {
            problems.Add(new(Bounded(field), UnknownField, "the survey has no such question."));
        }

        var language = languages[0];
        if (posted.TryGetValue(FeedbackForm.LanguageField, out var lang))
        {
            if (lang.Count == 1 && languages.Contains(lang[0])) language = lang[0];
            else problems.Add(new(FeedbackForm.LanguageField, UnknownOption, $"the language must be one of {string.Join(", ", languages)}."));
        }

        var answers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var question in form.Questions)
        {
            foreach (var field in question.Fields)
            {
                var values = posted.GetValueOrDefault(field)?.Where(v => v.Length > 0).ToList() ?? [];
                var before = problems.Count;
                var answer = Check(question, field, values, problems);
                if (answer.Count > 0) answers[field] = answer;
                else if (question.Required && problems.Count == before) problems.Add(new(field, Required, "this question must be answered."));
            }
        }
        if (problems.Count == 0 && answers.Count == 0)
        {
            problems.Add(new("", Empty, "no question was answered."));
        }
        return problems.Count > 0
            ? new SubmissionCheck(null, problems, FromRobot: false)
            : new SubmissionCheck(new Submission(language, answers), [], FromRobot: false);
    }

    private static List<string> Check(FeedbackQuestion question, string field, List<string> values, List<SubmissionProblem> problems)
    {
        if (values.Count == 0) return [];
        if (question.Kind != QuestionKind.Multi && values.Count > 1)
        {
            problems.Add(new(field, TooManyValues, "this question takes one answer."));
            return [];
        }
        switch (question.Kind)
        {
            case QuestionKind.Single or QuestionKind.Multi:
                var unknown = values.FirstOrDefault(v => question.Options.All(o => o.Id != v));
                if (unknown is not null)
                {
                    problems.Add(new(field, UnknownOption, $"'{Bounded(unknown)}' is not one of the options."));
                    return [];
                }
                // Ticking the same box twice counts once; the options keep the form's order.
                return question.Options.Where(o => values.Contains(o.Id)).Select(o => o.Id).ToList();
            case QuestionKind.Scale:
                var item = question.Items.First(i => question.ItemField(i) == field);
                if (int.TryParse(values[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var score)
                    && item.LevelForScore(score) is not null)
                {
                    return [score.ToString(System.Globalization.CultureInfo.InvariantCulture)];
                }
                problems.Add(new(field, UnknownOption, $"a rating is a whole number from 1 to {item.Levels.Count}."));
                return [];
            default:
                var text = Clean(values[0]);
                if (text.Length > question.MaxLength)
                {
                    problems.Add(new(field, TooLong, $"the answer is {text.Length} characters; at most {question.MaxLength} are accepted."));
                    return [];
                }
                return text.Length > 0 ? [text] : [];
        }
    }

    /// <summary>Line ends become '\n'; other control characters (and stray halves of surrogate pairs) are dropped.</summary>
    private static string Clean(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n');
        var kept = new System.Text.StringBuilder(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var c = lines[i];
            if (char.IsHighSurrogate(c) && i + 1 < lines.Length && char.IsLowSurrogate(lines[i + 1])) kept.Append(c).Append(lines[++i]);
            else if (char.IsSurrogate(c) || (char.IsControl(c) && c is not '\n' and not '\t')) continue;
            else kept.Append(c);
        }
        return kept.ToString().Trim();
    }

    /// <summary>Echoes at most a few characters of something hostile back in a message.</summary>
    private static string Bounded(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
