namespace ReportSite.Feedback;

/// <summary>Where the survey's pages live in each language edition; the site and the collector both link to them.</summary>
public static class FeedbackPages
{
    /// <summary>The page key of the form, which also reserves the slug for it.</summary>
    public const string FormKey = "feedback";

    public const string ThanksKey = "feedback/thanks";

    public static string FormUrl(string language) => $"{language}/{FormKey}/";

    public static string ThanksUrl(string language) => $"{language}/{ThanksKey}/";

    /// <summary>The theme word for a <see cref="CheckSubmission"/> problem code, shown to the reader.</summary>
    public static string WordFor(string code) => code switch
    {
        CheckSubmission.Required => "feedbackRequired",
        CheckSubmission.TooLong => "feedbackTooLong",
        CheckSubmission.Empty => "feedbackEmpty",
        CheckSubmission.UnknownField => "feedbackOutdated",
        _ => "feedbackUnknownOption",
    };
}
