using System.Net;
using ReportSite.SurveyResults;

namespace ReportSite.Tests.Collector;

/// <summary>
/// The rate limit needs a collector of its own, with a low limit. What counts against it is what a
/// reader sends: stored answers, and posts refused for their origin or size; mistakes a reader corrects
/// do not.
/// </summary>
public sealed class CollectorRateLimitTests
{
    [Fact]
    public async Task A_client_over_the_limit_gets_429_with_retry_after_and_nothing_more_is_stored()
    {
        await using var collector = await RunningCollector.Start(rateLimit: 3);
        using var http = new HttpClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            last?.Dispose();
            last = await http.SendAsync(Answers.Post(collector.Address, Answers.Valid($"answer {i}")), TestContext.Current.CancellationToken);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(last!.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After tells the client when to try again");
        using var database = FeedbackDatabase.Open(collector.DatabasePath, create: false);
        Assert.Equal(3, database.Count());
    }

    [Fact]
    public async Task Behind_a_local_proxy_each_reader_has_a_limit_of_their_own()
    {
        await using var collector = await RunningCollector.Start(rateLimit: 1);
        using var http = new HttpClient();

        async Task<HttpStatusCode> Send(string reader)
        {
            var request = Answers.Post(collector.Address, Answers.Valid());
            request.Headers.Add("X-Forwarded-For", reader);
            using var response = await http.SendAsync(request);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.Created, await Send("203.0.113.7"));
        Assert.Equal(HttpStatusCode.Created, await Send("198.51.100.20"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await Send("203.0.113.7"));
        using var database = FeedbackDatabase.Open(collector.DatabasePath, create: false);
        Assert.Equal(2, database.ReadAll().Select(r => r.Client).Distinct().Count());
    }

    [Fact]
    public async Task Answers_refused_as_mistakes_do_not_use_up_the_limit()
    {
        await using var collector = await RunningCollector.Start(rateLimit: 3);
        using var http = new HttpClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++) statuses.Add(await Send(http, Answers.Post(collector.Address, Answers.Valid().Without("role"))));
        for (var i = 0; i < 4; i++) statuses.Add(await Send(http, Answers.Post(collector.Address, Answers.Valid($"answer {i}"))));

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.BadRequest, 10), HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Posts_refused_for_their_origin_or_size_count_against_the_limit()
    {
        await using var collector = await RunningCollector.Start(rateLimit: 2);
        using var http = new HttpClient();

        var statuses = new List<HttpStatusCode>
        {
            await Send(http, Answers.Post(collector.Address, Answers.Valid(), origin: "https://evil.example")),
            await Send(http, Answers.Post(collector.Address, Answers.Valid(new string('x', collector.Site.MaxBodyBytes + 1)))),
            await Send(http, Answers.Post(collector.Address, Answers.Valid())),
        };

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.TooManyRequests], statuses);
    }

    private static async Task<HttpStatusCode> Send(HttpClient http, HttpRequestMessage request)
    {
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
