using System.Security.Cryptography;
using System.Text;

namespace ReportSite.Caching;

/// <summary>
/// A short digest of a build's inputs (texts, whole folders), used as a <see cref="Memo{TKey,TValue}"/>
/// context: when the digest differs, what was made from those inputs is made again.
/// </summary>
public static class Fingerprint
{
    public static string Of(params IEnumerable<string?> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts) Append(hash, part ?? "\0null");
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>A digest of <paramref name="bytes"/> (a generated file), in the same form.</summary>
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Every file under <paramref name="dir"/> (names and contents), or "" when it does not exist.</summary>
    public static string Folder(string dir)
    {
        if (!Directory.Exists(dir)) return "";
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            Append(hash, Path.GetRelativePath(dir, path));
            var bytes = File.ReadAllBytes(path);
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Length first, so ("ab", "c") and ("a", "bc") differ.</summary>
    private static void Append(IncrementalHash hash, string part)
    {
        var bytes = Encoding.UTF8.GetBytes(part);
        hash.AppendData(BitConverter.GetBytes(bytes.Length));
        hash.AppendData(bytes);
    }
}
