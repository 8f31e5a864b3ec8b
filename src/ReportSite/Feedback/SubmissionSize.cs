using System.Globalization;

namespace ReportSite.Feedback;

/// <summary>
/// The largest request a valid submission to a survey can make, which is the collector's body limit.
/// Every text question is counted at its maxLength, every option of a multi question ticked, every
/// other field at its longest value, in whichever of the browser's two encodings is larger, plus a
/// margin, rounded up to a whole KB.
/// </summary>
public static class SubmissionSize
{
    /// <summary>No survey may need more: the collector should never have to take megabytes from a stranger.</summary>
    public const int Ceiling = 1024 * 1024;

    /// <summary>For what a browser may add beyond what is counted here.</summary>
    public const int Margin = 4 * 1024;

    // URL-encoded (the form without script), a character takes at most 12 bytes: 4 UTF-8 bytes as %XX each.
    private const int UrlEncodedCharacter = 12;

    // Multipart (the page's script) sends a character as at most 4 UTF-8 bytes, but each field as a part.
    private const int Utf8Character = 4;

    // A part's "--boundary" line (a boundary is at most 70 characters, RFC 2046), its Content-Disposition
    // line less the name, a Content-Type line (some clients send one), the blank line and the value's line end.
    private const int PartFraming = 74 + 41 + 41 + 2 + 2;

    private const int ClosingBoundary = 76;

    /// <summary>The body limit for <paramref name="form"/>, in bytes.</summary>
    public static int Limit(FeedbackForm form, IReadOnlyList<string> languages) => Limit(form.Questions, languages);

    public static int Limit(IReadOnlyList<FeedbackQuestion> questions, IReadOnlyList<string> languages)
    {
        var fields = Fields(questions, languages).ToList();
        // Names, option ids, language codes and scores are ASCII that URL-encoding leaves as it is.
        var urlEncoded = fields.Sum(f => (long)f.Name.Length + 1 + f.Ascii + (long)f.Characters * UrlEncodedCharacter + 1);
        var multipart = fields.Sum(f => (long)PartFraming + f.Name.Length + f.Ascii + (long)f.Characters * Utf8Character) + ClosingBoundary;
        var bytes = Math.Max(urlEncoded, multipart) + Margin;
        return (int)Math.Min(int.MaxValue, (bytes + 1023) / 1024 * 1024);
    }

    /// <summary>Every field a valid submission may post: ASCII values at their longest, text at its most characters.</summary>
    private static IEnumerable<(string Name, int Ascii, int Characters)> Fields(IReadOnlyList<FeedbackQuestion> questions, IReadOnlyList<string> languages)
    {
        yield return (FeedbackForm.LanguageField, languages.Max(l => l.Length), 0);
        yield return (FeedbackForm.HoneypotField, 0, 0);
        foreach (var question in questions)
        {
            switch (question.Kind)
            {
                case QuestionKind.Text:
                    yield return (question.Id, 0, question.MaxLength);
                    break;
                case QuestionKind.Single:
                    yield return (question.Id, question.Options.Select(o => o.Id.Length).DefaultIfEmpty(0).Max(), 0);
                    break;
                case QuestionKind.Multi:
                    foreach (var option in question.Options) yield return (question.Id, option.Id.Length, 0);
                    break;
                case QuestionKind.Scale:
                    foreach (var item in question.Items) yield return (question.ItemField(item), item.Levels.Count.ToString(CultureInfo.InvariantCulture).Length, 0);
                    break;
            }
        }
    }
}
