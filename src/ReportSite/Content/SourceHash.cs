using System.Security.Cryptography;
using System.Text;

namespace ReportSite.Content;

/// <summary>
/// The short hash a translation records of the source file it was translated from (front matter
/// <c>translated-from:</c>): the first 8 hex digits of the SHA-256 of the file's whole text, front matter
/// included, with line endings made '\n' and a byte order mark left out, so a checkout on Windows or an
/// editor's BOM does not make every translation look out of date.
/// </summary>
public static class SourceHash
{
    /// <summary>How many hex digits a hash has.</summary>
    public const int Length = 8;

    public static string Of(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (text.Contains('\r', StringComparison.Ordinal)) text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(bytes, 0, Length / 2);
    }

    /// <summary>Whether <paramref name="value"/> looks like a hash: 8 hex digits.</summary>
    public static bool IsWellFormed(string value) =>
        value.Length == Length && value.All(char.IsAsciiHexDigit);
}
