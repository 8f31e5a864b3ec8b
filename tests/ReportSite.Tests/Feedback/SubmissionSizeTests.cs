using ReportSite.Diagnostics;
using ReportSite.Feedback;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Feedback;

/// <summary>The collector's body limit takes the longest valid submission to the survey, however the browser encodes it.</summary>
public sealed class SubmissionSizeTests
{
    private const string LongSurvey = """
        privacy: 只保存回答。
        thanks: 谢谢。
        questions:
          - { id: first-impressions-of-the-report, kind: text, label: 印象, maxLength: 3000 }
          - { id: anything-else, kind: text, label: 其他 }
          - id: reader-relationship-to-company
            kind: multi
            label: 身份
            options: [{ id: a-rather-long-option-identifier, label: 甲 }, { id: b, label: 乙 }, { id: c-another-long-option-id, label: 丙 }]
          - id: r
            kind: scale
            label: 评价
            levels: [一, 二, 三, 四, 五, 六, 七, 八, 九, 十, 十一]
            items: [{ id: readability-of-the-text, label: 可读性 }, { id: d, label: 设计 }]
        """;

    public static TheoryData<string> Surveys => new() { "sample", "long" };

    [Theory]
    [MemberData(nameof(Surveys))]
    public async Task The_longest_valid_submission_fits_in_the_limit_url_encoded_and_multipart(string survey)
    {
        var form = Survey(survey);
        var limit = SubmissionSize.Limit(form, TestData.Site.Languages);
        // Three-byte characters are the longest a browser's maxlength admits: nine bytes each URL-encoded.
        var longest = Longest(form, q => new string('长', q.MaxLength));
        Assert.Empty(CheckSubmission.Run(form, TestData.Site.Languages, longest).Problems);

        var urlEncoded = await new FormUrlEncodedContent(longest).ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var multipart = new MultipartFormDataContent();
        foreach (var (name, value) in longest) multipart.Add(new StringContent(value), name);

        Assert.InRange(urlEncoded.Length, 1, limit);
        Assert.InRange((await multipart.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length, 1, limit);
    }

    [Theory]
    [MemberData(nameof(Surveys))]
    public async Task Even_counting_four_byte_characters_as_one_the_longest_answers_fit(string survey)
    {
        var form = Survey(survey);
        var emoji = Longest(form, q => string.Concat(Enumerable.Repeat("😀", q.MaxLength)));

        var bytes = (await new FormUrlEncodedContent(emoji).ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length;

        Assert.InRange(bytes, 1, SubmissionSize.Limit(form, TestData.Site.Languages));
    }

    private static FeedbackForm Survey(string name)
    {
        if (name == "sample") return SampleSurvey.Form;
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.Combine("data"));
        File.WriteAllText(dir.Combine(LoadFeedbackForm.FileName), LongSurvey);
        var diagnostics = new DiagnosticBag();
        var form = new LoadFeedbackForm().Run(dir.Path, TestData.Site with { ContactEmail = "csr@example.org" }, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return form!;
    }

    /// <summary>Every question answered at its longest: every option ticked, the longest option and score, the longest edition code.</summary>
    private static List<KeyValuePair<string, string>> Longest(FeedbackForm form, Func<FeedbackQuestion, string> text) =>
    [
        new(FeedbackForm.LanguageField, TestData.Site.Languages.MaxBy(l => l.Length)!),
        new(FeedbackForm.HoneypotField, ""),
        .. form.Questions.SelectMany(q => q.Kind switch
        {
            QuestionKind.Text => [KeyValuePair.Create(q.Id, text(q))],
            QuestionKind.Single => [KeyValuePair.Create(q.Id, q.Options.MaxBy(o => o.Id.Length)!.Id)],
            QuestionKind.Multi => q.Options.Select(o => KeyValuePair.Create(q.Id, o.Id)),
            _ => q.Items.Select(i => KeyValuePair.Create(q.ItemField(i), i.Levels.Count.ToString())),
        }),
    ];
}
