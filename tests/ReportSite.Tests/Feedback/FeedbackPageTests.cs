using ReportSite.Feedback;
using ReportSite.Tests.Snapshots;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Feedback;

/// <summary>The survey's pages in a whole-site build: the form's markup, where it sends answers, and what the site links.</summary>
public sealed class FeedbackPageTests
{
    private const string Endpoint = "feedback:\n  endpoint: https://feedback.example.org/responses\n";
    private const string Contact = "contact:\n  email: csr@example.org\n";

    [Fact]
    public void Form_zh() => Snapshot.Verify(MainOf(Build(Endpoint), "zh-CN/feedback/index.html"));

    [Fact]
    public void Form_en() => Snapshot.Verify(MainOf(Build(Endpoint), "en/feedback/index.html"));

    [Fact]
    public void Thanks_en() => Snapshot.Verify(MainOf(Build(Endpoint), "en/feedback/thanks/index.html"));

    [Fact]
    public void With_an_endpoint_the_form_posts_multipart_to_the_collector()
    {
        var html = Build(Endpoint + Contact).ReadOutput("en/feedback/index.html");

        Assert.Contains("<form class=\"feedback-form\" method=\"post\" action=\"https://feedback.example.org/responses\" enctype=\"multipart/form-data\"", html);
        Assert.DoesNotContain("mailto:", html);
        Assert.Contains(">Send feedback</button>", html);
    }

    [Fact]
    public void Without_an_endpoint_the_form_prepares_an_email_to_the_contact_address()
    {
        var html = Build(Contact).ReadOutput("en/feedback/index.html");

        Assert.Contains("action=\"mailto:csr@example.org?subject=Reader%20feedback%3A%20Sample%20Responsibility%20Report\" enctype=\"text/plain\"", html);
        Assert.Contains("data-email=\"csr@example.org\"", html);
        Assert.Contains("addressed to csr@example.org", html);
        Assert.Contains(">Send by e-mail</button>", html);
    }

    [Fact]
    public void A_survey_with_nowhere_to_send_answers_fails_the_build()
    {
        using var site = Site("");
        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.File == "data/feedback.yml" && d.Message.StartsWith("the survey has nowhere to send answers: in site.yml set", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_page_links_to_the_survey_in_its_language_and_the_home_page_invites_readers()
    {
        using var site = Site(Contact);
        Assert.True(site.Build().Succeeded);

        Assert.Contains("<a href=\"../feedback/\">意见反馈</a>", site.ReadOutput("zh-CN/intro/index.html"));
        Assert.Contains("<a class=\"button\" href=\"feedback/\">Fill in the feedback form</a>", site.ReadOutput("en/index.html"));
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", site.ReadOutput("en/feedback/thanks/index.html"));
        Assert.DoesNotContain("noindex", site.ReadOutput("en/feedback/index.html"));
    }

    [Fact]
    public void A_report_without_a_survey_has_no_feedback_pages_or_links()
    {
        using var site = FixtureSite.FromFile("mini");
        Assert.True(site.Build().Succeeded);

        Assert.False(site.OutputExists("en/feedback/index.html"));
        Assert.DoesNotContain("feedback/", site.ReadOutput("en/index.html"));
    }

    [Fact]
    public void A_chapter_cannot_take_the_feedback_address()
    {
        using var site = Site(Contact);
        site.Write("-- chapters/09-feedback.zh-CN.md --\n---\ntitle: 反馈\n---\n\n正文。\n");

        var result = site.Build();

        Assert.Contains("chapters/09-feedback.zh-CN.md:1: the address 'feedback/' is used by the site itself; rename the file so the words after the number differ (e.g. 'chapters/09-feedback-report.zh-CN.md').",
            result.Diagnostics.Select(d => d.ToString()));
    }

    private static FixtureSite Site(string siteSettings)
    {
        var site = FixtureSite.FromFile("mini");
        site.Write($"-- site.yml --\n{File.ReadAllText(Path.Combine(site.Input, "site.yml"))}{siteSettings}");
        site.Write($"-- {LoadFeedbackForm.FileName} --\n" + File.ReadAllText(Path.Combine(Repo.SampleInput, LoadFeedbackForm.FileName)));
        return site;
    }

    private static FixtureSite Build(string siteSettings)
    {
        var site = Site(siteSettings);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return site;
    }

    private static string MainOf(FixtureSite site, string page)
    {
        using (site) return site.ReadMain(page);
    }
}
