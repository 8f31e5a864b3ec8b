using System.Globalization;
using System.Net;

namespace ReportSite.Tests.Collector;

/// <summary>
/// The pages a browser without script gets when the whole post is refused (403, 413, 429) are in the
/// reader's language: the form's edition when the form could be read, else what the browser asks for,
/// else the report's first language.
/// </summary>
public sealed class CollectorReplyLanguageTests
{
    private static readonly HttpClient Http = new();

    public static TheoryData<string, string?, string, string> Replies => new()
    {
        // status, Accept-Language, the edition the form was sent from ("" when it could not be read), the page's language
        { "403", null, "en", "en" },
        { "403", "en-GB,en;q=0.9", "zh-CN", "zh-CN" },
        { "413", "en-GB,en;q=0.9", "", "en" },
        { "413", "fr-FR, fr;q=0.9, en;q=0.5", "", "en" },
        { "413", "en;q=0.2, zh;q=0.8", "", "zh-CN" },
        { "413", null, "", "zh-CN" },
        { "429", null, "en", "en" },
    };

    [Theory]
    [MemberData(nameof(Replies))]
    public async Task A_refused_post_gets_its_page_in_the_readers_language(string status, string? acceptLanguage, string edition, string expected)
    {
        await using var collector = await RunningCollector.Start(rateLimit: status == "429" ? 1 : 0);
        if (status == "429")
        {
            using var first = await Http.SendAsync(Answers.Post(collector.Address, Answers.Valid()), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        }
        var fields = edition.Length > 0 ? Answers.Valid().With("lang", edition) : Answers.Valid(new string('长', collector.Site.MaxBodyBytes));
        var request = Answers.PostUrlEncoded(collector.Address, fields, origin: status == "403" ? "https://evil.example" : RunningCollector.SiteOrigin, json: false);
        if (acceptLanguage is not null) request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);

        using var response = await Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(status, ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains($"<html lang=\"{expected}\">", page);
        var word = status switch { "403" => "feedbackForbidden", "413" => "feedbackTooLarge", _ => "feedbackRateLimited" };
        Assert.Contains(System.Net.WebUtility.HtmlEncode(collector.Site.Theme.Words.Word(expected, word)), page);
    }
}
