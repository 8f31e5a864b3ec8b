using System.Net;
using System.Text;
using System.Text.Json;
using ReportSite.SurveyResults;

namespace ReportSite.Tests.Collector;

/// <summary>
/// The collector on a real loopback socket with a temporary SQLite file: what it stores, and every way
/// it refuses a request, with nothing stored for a refusal.
/// </summary>
public sealed class CollectorTests : IAsyncLifetime
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler { AllowAutoRedirect = false });
    private RunningCollector _collector = null!;

    public async ValueTask InitializeAsync() => _collector = await RunningCollector.Start();

    public async ValueTask DisposeAsync() => await _collector.DisposeAsync();

    [Fact]
    public async Task Valid_answers_are_stored_and_acknowledged_with_their_row()
    {
        using var response = await Http.SendAsync(Answers.Post(_collector.Address, Answers.Valid()), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("id").GetInt64();
        var stored = Assert.Single(Stored());
        Assert.Equal(id, stored.Id);
        Assert.Equal("en", stored.Language);
        Assert.Equal(["poverty", "environment"], stored.Answers["topics"]);
        Assert.Equal(["5"], stored.Answers["ratings.disclosure"]);
        Assert.Equal(["Please publish the data tables as spreadsheets."], stored.Answers["suggestions"]);
        Assert.Matches("^[0-9a-f]{12}$", stored.Client);
        Assert.DoesNotContain("127.0.0.1", File.ReadAllText(_collector.DatabasePath + "-wal", Encoding.Latin1) + File.ReadAllText(_collector.DatabasePath, Encoding.Latin1));

        // What the communications team's export (feedback export) makes of it.
        var diagnostics = new ReportSite.Diagnostics.DiagnosticBag();
        var data = new LoadFeedbackResponses().Run(new FeedbackReadOptions(_collector.DatabasePath, Support.Repo.SampleInput, Support.Repo.Theme, "en"), diagnostics);
        Assert.Empty(diagnostics.Sorted());
        var csv = Encoding.UTF8.GetString(FeedbackCsv.Write(data!.Form, data.Responses, "en", data.Theme)).Split("\r\n");
        Assert.EndsWith($",en,{stored.Client},Investor,Good,Targeted poverty relief; Protecting the environment,Very high,Well organised,Average,Please publish the data tables as spreadsheets.", csv[1]);
        Assert.StartsWith($"{id},", csv[1]);
    }

    [Fact]
    public async Task The_page_script_may_read_the_reply_from_the_sites_origin()
    {
        using var response = await Http.SendAsync(Answers.Post(_collector.Address, Answers.Valid()), TestContext.Current.CancellationToken);

        Assert.Equal(RunningCollector.SiteOrigin, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task A_browser_without_script_is_sent_on_to_the_thank_you_page_in_its_language()
    {
        using var response = await Http.SendAsync(Answers.Post(_collector.Address, Answers.Valid().With("lang", "zh-CN"), json: false), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("https://csr.example.com/2018/zh-CN/feedback/thanks/", response.Headers.Location?.ToString());
        Assert.Single(Stored());
    }

    public static TheoryData<string, string, string> Invalid => new()
    {
        { "unknown question", "favourite-colour=blue", "favourite-colour:unknown-field" },
        { "unknown option", "role=astronaut", "role:unknown-option" },
        { "missing required answer", "role=", "role:required" },
        { "text over the limit", "suggestions=" + new string('长', 2001), "suggestions:too-long" },
        { "two answers to a single-choice question", "impression=good&impression=fair", "impression:too-many-values" },
        { "rating outside the scale", "ratings.design=6", "ratings.design:unknown-option" },
        { "unknown edition", "lang=fr", "lang:unknown-option" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task Answers_that_do_not_fit_the_survey_get_a_400_problem_and_nothing_is_stored(string _, string change, string expected)
    {
        var fields = Answers.Valid();
        foreach (var group in change.Split('&').Select(p => p.Split('=', 2)).GroupBy(p => p[0]))
        {
            fields = fields.With(group.Key, [.. group.Select(p => p[1])]);
        }

        using var response = await Http.SendAsync(Answers.Post(_collector.Address, fields), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("errors");
        var (field, code) = (expected.Split(':')[0], expected.Split(':')[1]);
        Assert.Equal(code, errors.GetProperty(field)[0].GetString());
        Assert.Empty(Stored());
    }

    [Fact]
    public async Task An_empty_form_is_refused()
    {
        using var response = await Http.SendAsync(Answers.Post(_collector.Address, [new("lang", "en"), new("role", "media"), new("impression", "fair")]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        using var empty = await Http.SendAsync(Answers.Post(_collector.Address, [new("lang", "en")]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Single(Stored());
    }

    [Fact]
    public async Task Without_script_a_refusal_is_a_page_in_the_readers_language_naming_the_question()
    {
        using var response = await Http.SendAsync(Answers.Post(_collector.Address, Answers.Valid().With("lang", "zh-CN").Without("role"), json: false), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains("第 1 题：请回答此题。", html);
        Assert.Contains("href=\"https://csr.example.com/2018/zh-CN/feedback/\"", html);
    }

    [Fact]
    public async Task Reply_page_zh() => Snapshots.Snapshot.Verify(await ReplyPage("zh-CN"));

    [Fact]
    public async Task Reply_page_en() => Snapshots.Snapshot.Verify(await ReplyPage("en"));

    /// <summary>A form posted without script, missing one answer and with a rating out of range.</summary>
    private async Task<string> ReplyPage(string language)
    {
        using var response = await Http.SendAsync(Answers.Post(_collector.Address, Answers.Valid().With("lang", language).Without("role").With("ratings.disclosure", "9"), json: false));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Theory]
    [InlineData("长", 2000, false)]
    [InlineData("长", 2000, true)]
    [InlineData("𠀀", 1000, true)]
    public async Task The_longest_answer_the_survey_allows_is_stored_however_it_is_sent(string character, int count, bool urlEncoded)
    {
        // The sample's text question takes 2,000 characters (UTF-16 units, as the browser's maxlength counts them).
        var longest = string.Concat(Enumerable.Repeat(character, count));
        var fields = Answers.Valid(longest);

        using var response = await Http.SendAsync(urlEncoded ? Answers.PostUrlEncoded(_collector.Address, fields) : Answers.Post(_collector.Address, fields), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal([longest], Assert.Single(Stored()).Answers["suggestions"]);
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413_and_nothing_is_stored()
    {
        var fields = Answers.Valid().With("suggestions", new string('x', _collector.Site.MaxBodyBytes + 1));

        var request = Answers.Post(_collector.Address, fields);
        // The client waits for the server's word before sending the body, as a careful client does: otherwise
        // the 413, sent and the connection closed while the body is still going out, can reach a busy
        // client as a broken pipe instead of an answer.
        request.Headers.ExpectContinue = true;
        using var response = await Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(Stored());
    }

    [Fact]
    public async Task A_robot_filling_the_hidden_field_is_told_yes_and_nothing_is_stored()
    {
        using var response = await Http.SendAsync(Answers.Post(_collector.Address, Answers.Valid().With("website", "http://spam.example")), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Empty(Stored());
    }

    [Fact]
    public async Task A_file_sent_as_an_answer_gets_a_400_problem_and_nothing_is_stored()
    {
        var request = Answers.Post(_collector.Address, Answers.Valid().Without("suggestions"));
        ((MultipartFormDataContent)request.Content!).Add(new ByteArrayContent("Please publish the data tables."u8.ToArray()), "suggestions", "suggestions.txt");

        using var response = await Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(Stored());
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("http://csr.example.com")]
    [InlineData("null")]
    [InlineData(null)]
    public async Task Posts_from_another_origin_or_none_get_403_and_nothing_is_stored(string? origin)
    {
        using var response = await Http.SendAsync(Answers.Post(_collector.Address, Answers.Valid(), origin), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Empty(Stored());
    }

    [Fact]
    public async Task Only_form_posts_are_accepted()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_collector.Address, "/responses"))
        {
            Content = new StringContent("""{"role":"investor"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", RunningCollector.SiteOrigin);

        using var response = await Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Empty(Stored());
    }

    [Fact]
    public async Task Health_says_ok()
    {
        using var response = await Http.GetAsync(new Uri(_collector.Address, "/health"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Health_answers_head_as_it_answers_get_without_a_body()
    {
        using var response = await Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(_collector.Address, "/health")), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    private IReadOnlyList<StoredResponse> Stored()
    {
        using var database = FeedbackDatabase.Open(_collector.DatabasePath, create: false);
        return database.ReadAll();
    }
}
