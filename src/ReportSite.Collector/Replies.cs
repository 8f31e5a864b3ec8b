using System.Text;
using ReportSite.Feedback;
using ReportSite.Theme;

namespace ReportSite.Collector;

/// <summary>
/// Answers in the form a client asked for. The page's script asks for JSON and gets problem details
/// (RFC 9457) with a stable code per field; a browser posting the form without script gets a short
/// page in the reader's language (the theme's <c>collector-reply</c> layout), or is sent on to the site's
/// thank-you page.
/// </summary>
public sealed class Replies(CollectorSite site)
{
    public static bool WantsJson(HttpRequest request) => request.Headers.Accept.Any(a => a?.Contains("json", StringComparison.OrdinalIgnoreCase) == true);

    public IResult Stored(HttpRequest request, string language, long id) => WantsJson(request)
        ? Results.Json(new StoredReply(id), CollectorJson.Default.StoredReply, statusCode: StatusCodes.Status201Created)
        : SeeOther(ThanksAddress(request, language));

    /// <summary>A robot filled in the trap: it is told what it wants to hear, and nothing is stored.</summary>
    public IResult Ignored(HttpRequest request, string language) => WantsJson(request)
        ? Results.Json(new IgnoredReply(), CollectorJson.Default.IgnoredReply, statusCode: StatusCodes.Status202Accepted)
        : SeeOther(ThanksAddress(request, language));

    public IResult Invalid(HttpRequest request, string language, IReadOnlyList<SubmissionProblem> problems)
    {
        if (WantsJson(request))
        {
            var errors = problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Code).ToArray());
            return Results.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The answers do not match the survey.",
                Detail = string.Join(" ", problems.Select(p => $"{(p.Field.Length > 0 ? p.Field + ": " : "")}{p.Detail}")),
                Extensions = { ["errors"] = errors },
            });
        }
        var items = problems.Select(p =>
        {
            var message = Word(language, FeedbackPages.WordFor(p.Code), MaxLengthOf(p.Field));
            return LabelOf(p.Field, language) is { Length: > 0 } label ? Word(language, "labelValue", label, message) : message;
        });
        return Page(request, language, StatusCodes.Status400BadRequest, Word(language, "feedbackProblemSummary"), items, goBack: true);
    }

    /// <summary>403, 413, 415, 429, 503: the whole request is refused, not a particular answer.</summary>
    public IResult Refused(HttpRequest request, string language, int status, string title, string wordKey) => WantsJson(request)
        ? Results.Problem(statusCode: status, title: title)
        : Page(request, language, status, Word(language, wordKey), [], goBack: status is not StatusCodes.Status403Forbidden);

    public string Language(string? posted, HttpRequest request) => ReaderLanguage.Choose(posted, request.GetTypedHeaders().AcceptLanguage, site.Site.Languages);

    private string ThanksAddress(HttpRequest request, string language) => site.PageAddress(request.Headers.Origin.ToString(), FeedbackPages.ThanksUrl(language));

    private static IResult SeeOther(string location) => new SeeOtherResult(location);

    /// <summary>The theme's <c>layouts/collector-reply.html</c>; should the theme fail, the message as plain text, and the template's problem in the log.</summary>
    private IResult Page(HttpRequest request, string language, int status, string message, IEnumerable<string> problems, bool goBack)
    {
        var items = problems.ToList();
        var origin = request.Headers.Origin.ToString();
        var formAddress = site.Origins.Contains(origin) ? site.PageAddress(origin, FeedbackPages.FormUrl(language)) : null;
        var view = new CollectorReplyView(language, site.Site.Title[language], message, items, goBack, formAddress, site.Theme.Words.Strings[language]);
        try
        {
            return Results.Content(site.Theme.Templates.Render("collector-reply", view), "text/html; charset=utf-8", Encoding.UTF8, status);
        }
        catch (TemplateException e)
        {
            Console.Error.WriteLine(e.Diagnostic);
            return Results.Text(string.Join("\n", items.Prepend(message)), "text/plain; charset=utf-8", Encoding.UTF8, status);
        }
    }

    /// <summary>"Question 4" for a question, "Question 4 · Readability" for a rated item; labels themselves end in '?'.</summary>
    private string LabelOf(string field, string language)
    {
        foreach (var (question, i) in site.Form.Questions.Select((q, i) => (q, i)))
        {
            var number = Word(language, "feedbackQuestionNumber", i + 1);
            if (question.Id == field) return number;
            if (question.Items.FirstOrDefault(item => question.ItemField(item) == field) is { } item) return $"{number} · {item.Label[language]}";
        }
        return "";
    }

    private int MaxLengthOf(string field) => site.Form.Questions.FirstOrDefault(q => q.Id == field)?.MaxLength ?? 0;

    private string Word(string language, string key, params object[] args) => site.Theme.Words.Word(language, key, args);

    private sealed class SeeOtherResult(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.StatusCode = StatusCodes.Status303SeeOther;
            context.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }
}
