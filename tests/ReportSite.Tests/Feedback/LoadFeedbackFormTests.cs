using ReportSite.Diagnostics;
using ReportSite.Feedback;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Feedback;

public sealed class LoadFeedbackFormTests
{
    private const string Texts = "privacy: 只保存回答。\nthanks: 谢谢。\n";

    [Fact]
    public void The_sample_survey_has_the_five_questions_of_the_print_report()
    {
        var (form, diagnostics) = Load(File.ReadAllText(Path.Combine(Repo.SampleInput, LoadFeedbackForm.FileName)));

        Assert.Empty(diagnostics);
        Assert.Equal(["role", "impression", "topics", "ratings", "suggestions"], form!.Questions.Select(q => q.Id));
        Assert.Equal([QuestionKind.Single, QuestionKind.Single, QuestionKind.Multi, QuestionKind.Scale, QuestionKind.Text], form.Questions.Select(q => q.Kind));
        Assert.Equal(11, form.Questions[0].Options.Count);
        Assert.Equal(10, form.Questions[2].Options.Count);
        Assert.Equal(["ratings.disclosure", "ratings.design", "ratings.readability"], form.Questions[3].Fields);
        var design = form.Questions[3].Items[1];
        Assert.Equal("很合理", design.LevelForScore(5)!["zh-CN"]);
        Assert.Equal("Very poor", design.LevelForScore(1)!["en"]);
        Assert.Equal(2000, form.Questions[4].MaxLength);
    }

    [Theory]
    [InlineData("questions:\n  - { id: role, kind: singel, label: 身份, options: [{ id: a, label: 甲 }, { id: b, label: 乙 }] }\n",
        "data/feedback.yml:4: unknown kind 'singel' (did you mean 'single'?); use one of single, multi, scale, text.")]
    [InlineData("questions:\n  - { id: Role, kind: text, label: 身份 }\n",
        "data/feedback.yml:4: question id 'Role' must be 1 to 32 lower-case letters, digits and '-', starting with a letter (e.g. 'reader-role').")]
    [InlineData("questions:\n  - { id: lang, kind: text, label: 语言 }\n",
        "data/feedback.yml:4: 'lang' is a field the form uses itself; give the question another id.")]
    [InlineData("questions:\n  - { id: role, kind: single, label: 身份, options: [{ id: a, label: 甲 }] }\n",
        "data/feedback.yml:4: a choice question needs at least two 'options', each with an 'id' and a 'label'.")]
    [InlineData("questions:\n  - { id: role, kind: single, label: 身份, options: [{ id: a, label: 甲 }, { id: a, label: 乙 }] }\n",
        "data/feedback.yml:4: option 'a' is listed twice in this question.")]
    [InlineData("questions:\n  - { id: note, kind: text, label: 建议, options: [{ id: a, label: 甲 }] }\n",
        "data/feedback.yml:4: 'options' does not apply to a text question; a text question takes only 'maxLength'.")]
    [InlineData("questions:\n  - { id: rate, kind: scale, label: 评价, items: [{ id: design, label: 设计 }] }\n",
        "data/feedback.yml:4: no 'levels' for this item; list them best first under the item or once under the question.")]
    [InlineData("questions:\n  - { id: rate, kind: scale, label: 评价, levels: [好], items: [{ id: design, label: 设计 }] }\n",
        "data/feedback.yml:4: 'levels' must list from 2 to 11 answers, best first, e.g. '- { zh-CN: 很好, en: Very good }'.")]
    [InlineData("questions:\n  - { id: note, kind: text, label: 建议 }\n  - { id: note, kind: text, label: 其他 }\n",
        "data/feedback.yml:5: question 'note' is defined twice (first at data/feedback.yml:4); give each question its own id.")]
    [InlineData("questions:\n  - { id: note, kind: text, label: 建议, maxLength: 100000 }\n",
        "data/feedback.yml:4: the longest possible answers need 1,204,224 bytes in one submission, more than the 1,048,576 the collector takes; lower 'maxLength' of 'note' (line 4) or ask fewer questions.")]
    [InlineData("questions: []\n",
        "data/feedback.yml:3: the survey has no questions; add a 'questions:' list, or delete data/feedback.yml to publish the report without a feedback page.")]
    public void Mistakes_are_reported_at_their_line_with_what_to_do(string questions, string expected)
    {
        var (form, diagnostics) = Load(Texts + questions);

        Assert.Null(form);
        Assert.Equal(expected, Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void Privacy_and_thanks_texts_are_required()
    {
        var (form, diagnostics) = Load("questions:\n  - { id: note, kind: text, label: 建议 }\n");

        Assert.Null(form);
        Assert.Equal(["data/feedback.yml:1: 'privacy' is missing; add 'privacy:' with a line per language (zh-CN, en).",
            "data/feedback.yml:1: 'thanks' is missing; add 'thanks:' with a line per language (zh-CN, en)."], diagnostics.Select(d => d.ToString()));
    }

    private static (FeedbackForm? Form, IReadOnlyList<Diagnostic> Diagnostics) Load(string yaml)
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.Combine("data"));
        File.WriteAllText(dir.Combine("data", "feedback.yml"), yaml);
        var diagnostics = new DiagnosticBag();
        var form = new LoadFeedbackForm().Run(dir.Path, TestData.Site with { ContactEmail = "csr@example.org" }, diagnostics);
        return (form, diagnostics.Sorted());
    }
}
