using Microsoft.AspNetCore.Http.Features;
using ReportSite.Feedback;

namespace ReportSite.Collector;

/// <summary>
/// POST /responses: one reader's answers. Checked in order: the origin is the site's, the body is a
/// form within the size limit, with no files, the answers fit the survey; then the row is committed and
/// only then acknowledged (201, or 303 to the thank-you page for a browser without script).
/// </summary>
public sealed class SubmitResponse(CollectorSite site, ResponseWriter writer, FeedbackDatabase pseudonyms, Replies replies, TimeProvider clock)
{
    public async Task<IResult> Handle(HttpContext context)
    {
        var request = context.Request;
        var origin = request.Headers.Origin.ToString();
        if (!site.Origins.Contains(origin))
        {
            return replies.Refused(request, site.Site.PrimaryLanguage, StatusCodes.Status403Forbidden, "Answers are accepted only from the report's site.", "feedbackForbidden");
        }
        if (!request.HasFormContentType)
        {
            return replies.Refused(request, site.Site.PrimaryLanguage, StatusCodes.Status415UnsupportedMediaType, "Send the answers as a form (multipart/form-data or application/x-www-form-urlencoded).", "feedbackFailed");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(context.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return replies.Refused(request, site.Site.PrimaryLanguage, StatusCodes.Status413PayloadTooLarge, $"The request is larger than {site.MaxBodyBytes / 1024} KB, the most the longest answers to the survey can take.", "feedbackTooLarge");
        }
        catch (Exception e) when (e is BadHttpRequestException or InvalidDataException or IOException)
        {
            return replies.Refused(request, site.Site.PrimaryLanguage, StatusCodes.Status400BadRequest, "The form data could not be read.", "feedbackFailed");
        }

        var language = replies.Language(form[FeedbackForm.LanguageField].FirstOrDefault());
        if (form.Files.Count > 0)
        {
            // The form has no file inputs, so a file is never an answer, whatever its part is named.
            return replies.Refused(request, language, StatusCodes.Status400BadRequest, "Files are not accepted; send every answer as a text field.", "feedbackFailed");
        }
        var fields = form.SelectMany(f => f.Value.Select(v => KeyValuePair.Create(f.Key, v ?? "")));
        var check = CheckSubmission.Run(site.Form, site.Site.Languages, fields);
        if (check.FromRobot) return replies.Ignored(request, language);
        if (check.Submission is not { } submission) return replies.Invalid(request, language, check.Problems);

        var now = clock.GetUtcNow();
        var client = pseudonyms.Pseudonym(context.Connection.RemoteIpAddress?.ToString() ?? "", now);
        long id;
        try
        {
            id = await writer.Add(submission, client, now, context.RequestAborted);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.RequestServices.GetRequiredService<ILogger<SubmitResponse>>().LogError(e, "A response could not be stored");
            return replies.Refused(request, language, StatusCodes.Status503ServiceUnavailable, "The answers could not be stored; nothing was saved. Try again later.", "feedbackFailed");
        }
        return replies.Stored(request, language, id);
    }
}
