using System.Globalization;
using ReportSite.Feedback;
using ReportSite.SurveyResults;

namespace ReportSite.Collector;

/// <summary>
/// POST /responses: one reader's answers. Checked in order: the client is within its limit, the origin
/// is the site's, the body is a form within the size limit, with no files, the answers fit the survey;
/// then the row is committed and only then acknowledged (201, or 303 to the thank-you page for a browser
/// without script). Every reply is in the reader's language (<see cref="ReaderLanguage"/>).
/// </summary>
public sealed class SubmitResponse(CollectorSite site, ResponseWriter writer, FeedbackDatabase pseudonyms, Replies replies, SubmissionLimit limit, TimeProvider clock)
{
    public async Task<IResult> Handle(HttpContext context)
    {
        var request = context.Request;
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "";
        var within = limit.TryTake(address, out var place, out var retryAfter);
        // Read even when refusing, to answer in the edition the form came from.
        var (form, status) = await Read(request, context.RequestAborted);
        var language = replies.Language(form?[FeedbackForm.LanguageField].FirstOrDefault(), request);
        if (!within)
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return replies.Refused(request, language, StatusCodes.Status429TooManyRequests, "Too many submissions from this client; try again in a minute.", "feedbackRateLimited");
        }
        var (reply, counts) = await Answer(context, form, status, language, address);
        // Mistakes a reader can correct, and failures of ours, do not use up the reader's limit.
        if (!counts) limit.Return(place);
        return reply;
    }

    private async Task<(IResult Reply, bool Counts)> Answer(HttpContext context, IFormCollection? form, int status, string language, string address)
    {
        var request = context.Request;
        if (!site.Origins.Contains(request.Headers.Origin.ToString()))
        {
            return (replies.Refused(request, language, StatusCodes.Status403Forbidden, "Answers are accepted only from the report's site.", "feedbackForbidden"), true);
        }
        if (form is null)
        {
            return status switch
            {
                StatusCodes.Status413PayloadTooLarge => (replies.Refused(request, language, status, $"The request is larger than {site.MaxBodyBytes / 1024} KB, the most the longest answers to the survey can take.", "feedbackTooLarge"), true),
                StatusCodes.Status415UnsupportedMediaType => (replies.Refused(request, language, status, "Send the answers as a form (multipart/form-data or application/x-www-form-urlencoded).", "feedbackFailed"), false),
                _ => (replies.Refused(request, language, StatusCodes.Status400BadRequest, "The form data could not be read.", "feedbackFailed"), false),
            };
        }
        if (form.Files.Count > 0)
        {
            // The form has no file inputs, so a file is never an answer, whatever its part is named.
            return (replies.Refused(request, language, StatusCodes.Status400BadRequest, "Files are not accepted; send every answer as a text field.", "feedbackFailed"), false);
        }

        var fields = form.SelectMany(f => f.Value.Select(v => KeyValuePair.Create(f.Key, v ?? "")));
        var check = CheckSubmission.Run(site.Form, site.Site.Languages, fields);
        if (check.FromRobot) return (replies.Ignored(request, language), true);
        if (check.Submission is not { } submission) return (replies.Invalid(request, language, check.Problems), false);

        var now = clock.GetUtcNow();
        try
        {
            var id = await writer.Add(submission, pseudonyms.Pseudonym(address, now), now, context.RequestAborted);
            return (replies.Stored(request, language, id), true);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.RequestServices.GetRequiredService<ILogger<SubmitResponse>>().LogError(e, "A response could not be stored");
            return (replies.Refused(request, language, StatusCodes.Status503ServiceUnavailable, "The answers could not be stored; nothing was saved. Try again later.", "feedbackFailed"), false);
        }
    }

    /// <summary>The posted form, or null with the status that says why it could not be read.</summary>
    private static async Task<(IFormCollection? Form, int Status)> Read(HttpRequest request, CancellationToken cancellation)
    {
        if (!request.HasFormContentType) return (null, StatusCodes.Status415UnsupportedMediaType);
        try
        {
            return (await request.ReadFormAsync(cancellation), StatusCodes.Status200OK);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, StatusCodes.Status413PayloadTooLarge);
        }
        catch (Exception e) when (e is BadHttpRequestException or InvalidDataException or IOException)
        {
            return (null, StatusCodes.Status400BadRequest);
        }
    }
}
