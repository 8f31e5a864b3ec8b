using System.Text;
using ReportSite.Diagnostics;
using ReportSite.Feedback;
using ReportSite.SurveyResults;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Feedback;

/// <summary>What the feedback commands read: a real database file, the sample report and the theme, and every way that can go wrong.</summary>
public sealed class LoadFeedbackResponsesTests
{
    [Fact]
    public void Reads_responses_stored_by_the_collector_with_the_survey_and_the_primary_language()
    {
        using var dir = new TempDir();
        var path = dir.Combine("feedback.db");
        var received = new DateTimeOffset(2019, 5, 6, 1, 2, 3, TimeSpan.Zero);
        using (var database = FeedbackDatabase.Open(path))
        {
            database.Insert([
                (new Submission("en", Answers(("role", ["investor"]), ("topics", ["poverty", "environment"]), ("suggestions", ["-2 pages, please"]))), "abc123", received),
                (new Submission("zh-CN", Answers(("ratings.design", ["5"]))), "def456", received.AddHours(1)),
            ]);
        }

        var (data, diagnostics) = Load(new FeedbackReadOptions(path, Repo.SampleInput, Repo.Theme));

        Assert.Empty(diagnostics);
        Assert.Equal("zh-CN", data!.Language);
        Assert.Equal(["role", "impression", "topics", "ratings", "suggestions"], data.Form.Questions.Select(q => q.Id));
        Assert.Equal([1L, 2L], data.Responses.Select(r => r.Id));
        var csv = Encoding.UTF8.GetString(FeedbackCsv.Write(data.Form, data.Responses, "en", data.Theme)[3..]).Split("\r\n");
        Assert.Equal("1,2019-05-06T01:02:03Z,en,abc123,Investor,,Targeted poverty relief; Protecting the environment,,,,'-2 pages, please", csv[1].Replace("\"", ""));
        Assert.Equal("2,2019-05-06T02:02:03Z,zh-CN,def456,,,,,Very well organised,,", csv[2]);
    }

    [Fact]
    public void A_missing_database_and_an_unknown_language_are_both_reported()
    {
        using var dir = new TempDir();

        var (data, diagnostics) = Load(new FeedbackReadOptions(dir.Combine("feedback.db"), Repo.SampleInput, Repo.Theme, "EN"));

        Assert.Null(data);
        Assert.Equal([
            $"reportsite: no feedback database at '{dir.Combine("feedback.db")}'; pass the file the collector was started with (--db).",
            "reportsite: the report has no language 'EN' (did you mean 'en'?); pass --lang with one of zh-CN, en.",
        ], diagnostics.Select(d => d.ToString()));
        Assert.False(File.Exists(dir.Combine("feedback.db")));
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_reported_and_left_alone()
    {
        using var dir = new TempDir();
        var path = dir.Combine("notes.db");
        File.WriteAllText(path, "not a database");

        var (data, diagnostics) = Load(new FeedbackReadOptions(path, Repo.SampleInput, Repo.Theme));

        Assert.Null(data);
        Assert.StartsWith($"{path}: cannot be read as a feedback database (", Assert.Single(diagnostics).ToString());
        Assert.Equal("not a database", File.ReadAllText(path));
    }

    [Fact]
    public void Another_sqlite_database_is_reported_and_gets_no_tables_added()
    {
        using var dir = new TempDir();
        var path = dir.Combine("crm.db");
        using (var other = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            other.Open();
            using var create = other.CreateCommand();
            create.CommandText = "CREATE TABLE contacts (name TEXT)";
            create.ExecuteNonQuery();
        }
        var before = File.ReadAllBytes(path);

        var (data, diagnostics) = Load(new FeedbackReadOptions(path, Repo.SampleInput, Repo.Theme));

        Assert.Null(data);
        Assert.Equal($"{path}: cannot be read as a feedback database (it is a SQLite database of something else, with no responses table); pass the file the collector was started with (--db).",
            Assert.Single(diagnostics).ToString());
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_survey_with_mistakes_stops_the_command_with_its_file_and_line()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.Combine("data"));
        CopySampleSettings(dir);
        File.WriteAllText(dir.Combine("data", "feedback.yml"), "privacy: 只保存回答。\nthanks: 谢谢。\nquestions:\n  - { id: note, kind: txt, label: 建议 }\n");
        using (FeedbackDatabase.Open(dir.Combine("feedback.db"))) { }

        var (data, diagnostics) = Load(new FeedbackReadOptions(dir.Combine("feedback.db"), dir.Path, Repo.Theme));

        Assert.Null(data);
        Assert.Equal("data/feedback.yml:4: unknown kind 'txt' (did you mean 'text'?); use one of single, multi, scale, text.", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void A_report_without_a_survey_is_an_error_here()
    {
        using var dir = new TempDir();
        CopySampleSettings(dir);
        using (FeedbackDatabase.Open(dir.Combine("feedback.db"))) { }

        var (data, diagnostics) = Load(new FeedbackReadOptions(dir.Combine("feedback.db"), dir.Path, Repo.Theme));

        Assert.Null(data);
        Assert.StartsWith("data/feedback.yml: not found in ", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void The_output_may_not_be_the_database()
    {
        var options = new FeedbackReadOptions("feedback.db", "input", "theme");

        Assert.Equal("'./feedback.db' is the feedback database; writing there would destroy the responses. Choose another file name.", options.Problem("./feedback.db"));
        Assert.Null(options.Problem("feedback.csv"));
    }

    private static Dictionary<string, IReadOnlyList<string>> Answers(params (string Field, string[] Values)[] answers) =>
        answers.ToDictionary(a => a.Field, a => (IReadOnlyList<string>)a.Values);

    private static (FeedbackResponses? Data, IReadOnlyList<Diagnostic> Diagnostics) Load(FeedbackReadOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var data = new LoadFeedbackResponses().Run(options, diagnostics);
        return (data, diagnostics.Sorted());
    }

    /// <summary>The sample's site.yml with the files it names (the cover picture), in another report folder.</summary>
    private static void CopySampleSettings(TempDir dir)
    {
        File.Copy(Path.Combine(Repo.SampleInput, "site.yml"), dir.Combine("site.yml"));
        Directory.CreateDirectory(dir.Combine("assets"));
        File.Copy(Path.Combine(Repo.SampleInput, "assets", "cover.svg"), dir.Combine("assets", "cover.svg"));
    }
}
