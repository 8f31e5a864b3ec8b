using System.Net.Http.Headers;

namespace ReportSite.Tests.Collector;

/// <summary>Builds the posts a browser sends from the sample survey's form.</summary>
public static class Answers
{
    /// <summary>A complete, valid set of answers to the sample survey, in English.</summary>
    public static List<KeyValuePair<string, string>> Valid(string suggestion = "Please publish the data tables as spreadsheets.") =>
    [
        new("lang", "en"),
        new("website", ""),
        new("role", "investor"),
        new("impression", "good"),
        new("topics", "poverty"),
        new("topics", "environment"),
        new("ratings.disclosure", "5"),
        new("ratings.design", "4"),
        new("ratings.readability", "3"),
        new("suggestions", suggestion),
    ];

    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> fields, string name, params string[] values) =>
        [.. fields.Where(f => f.Key != name), .. values.Select(v => KeyValuePair.Create(name, v))];

    public static List<KeyValuePair<string, string>> Without(this List<KeyValuePair<string, string>> fields, string name) =>
        [.. fields.Where(f => f.Key != name)];

    /// <summary>A form post as the page's script sends it: multipart, from the site's origin, asking for JSON.</summary>
    public static HttpRequestMessage Post(Uri collector, IEnumerable<KeyValuePair<string, string>> fields, string? origin = RunningCollector.SiteOrigin, bool json = true)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields) content.Add(new StringContent(value), name);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(collector, "/responses")) { Content = content };
        if (origin is not null) request.Headers.Add("Origin", origin);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(json ? "application/json" : "text/html"));
        return request;
    }

    /// <summary>The same post URL-encoded, as a browser without script sends the form: every non-ASCII byte becomes three.</summary>
    public static HttpRequestMessage PostUrlEncoded(Uri collector, IEnumerable<KeyValuePair<string, string>> fields, string? origin = RunningCollector.SiteOrigin, bool json = true)
    {
        var request = Post(collector, [], origin, json);
        request.Content = new FormUrlEncodedContent(fields);
        return request;
    }
}
