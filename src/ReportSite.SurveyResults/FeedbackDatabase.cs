using System.Globalization;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text;
using Microsoft.Data.Sqlite;
using ReportSite.Feedback;

namespace ReportSite.SurveyResults;

/// <summary>A response as stored: when it arrived (UTC, to the second), in which edition, and the answers.</summary>
public sealed record StoredResponse(long Id, DateTimeOffset Received, string Language, string Client, IReadOnlyDictionary<string, IReadOnlyList<string>> Answers);

/// <summary>
/// The SQLite file of survey responses. Write-ahead logging with full sync: a committed response
/// survives the process being killed, and even the machine losing power. The schema keeps answers as
/// JSON by field name, so next year's survey can change its questions without a migration. No network
/// address is stored: only a pseudonym that changes every day, to spot one client sending many answers.
/// </summary>
public sealed class FeedbackDatabase : IDisposable
{
    /// <summary>Answers as JSON with Chinese kept readable in the file; serialised by generated code, not reflection.</summary>
    private static readonly AnswersJson Json = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private readonly SqliteConnection _connection;
    private readonly byte[] _pseudonymKey;

    private FeedbackDatabase(SqliteConnection connection, byte[] pseudonymKey) => (_connection, _pseudonymKey) = (connection, pseudonymKey);

    /// <summary>
    /// Opens the file, creating it and its tables when <paramref name="create"/>; otherwise the file must
    /// already be a feedback database, and one that is not is left exactly as it was.
    /// </summary>
    public static FeedbackDatabase Open(string path, bool create = true)
    {
        if (!create && !File.Exists(path)) throw new FileNotFoundException($"no feedback database at '{path}'; pass the file the collector was started with (--db).", path);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = false,
        }.ToString());
        connection.Open();
        if (!create && Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('meta', 'responses')") is not 2L)
        {
            connection.Dispose();
            throw new InvalidDataException("it is a SQLite database of something else, with no responses table");
        }
        Execute(connection, """
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = FULL;
            PRAGMA busy_timeout = 5000;
            CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS responses (
                id INTEGER PRIMARY KEY,
                received TEXT NOT NULL,
                language TEXT NOT NULL,
                client TEXT NOT NULL,
                answers TEXT NOT NULL
            );
            INSERT OR IGNORE INTO meta (key, value) VALUES ('pseudonym-key', lower(hex(randomblob(32))));
            """);
        return new FeedbackDatabase(connection, Convert.FromHexString((string)Scalar(connection, "SELECT value FROM meta WHERE key = 'pseudonym-key'")!));
    }

    /// <summary>
    /// A short name for a client on one day, from a keyed hash of its address: equal for two answers
    /// sent the same day from the same address, useless for finding the address.
    /// </summary>
    public string Pseudonym(string address, DateTimeOffset day) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_pseudonymKey, Encoding.UTF8.GetBytes($"{address}|{day.UtcDateTime:yyyy-MM-dd}")))[..12];

    /// <summary>Stores the responses in one transaction; returns their ids once it is committed.</summary>
    public IReadOnlyList<long> Insert(IReadOnlyList<(Submission Submission, string Client, DateTimeOffset Received)> responses)
    {
        using var transaction = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO responses (received, language, client, answers) VALUES ($received, $language, $client, $answers) RETURNING id";
        var received = insert.Parameters.Add("$received", SqliteType.Text);
        var language = insert.Parameters.Add("$language", SqliteType.Text);
        var client = insert.Parameters.Add("$client", SqliteType.Text);
        var answers = insert.Parameters.Add("$answers", SqliteType.Text);
        var ids = new List<long>(responses.Count);
        foreach (var response in responses)
        {
            received.Value = response.Received.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            language.Value = response.Submission.Language;
            client.Value = response.Client;
            answers.Value = JsonSerializer.Serialize(response.Submission.Answers, Json.IReadOnlyDictionaryStringIReadOnlyListString);
            ids.Add((long)insert.ExecuteScalar()!);
        }
        transaction.Commit();
        return ids;
    }

    public IReadOnlyList<StoredResponse> ReadAll()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT id, received, language, client, answers FROM responses ORDER BY id";
        using var reader = command.ExecuteReader();
        var responses = new List<StoredResponse>();
        while (reader.Read())
        {
            var answers = JsonSerializer.Deserialize(reader.GetString(4), Json.DictionaryStringListString) ?? [];
            responses.Add(new StoredResponse(
                reader.GetInt64(0),
                DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                reader.GetString(2),
                reader.GetString(3),
                answers.ToDictionary(a => a.Key, a => (IReadOnlyList<string>)a.Value)));
        }
        return responses;
    }

    public long Count() => (long)Scalar(_connection, "SELECT count(*) FROM responses")!;

    /// <summary>SQLite's own consistency check: "ok" for a sound file.</summary>
    public string IntegrityCheck() => (string)Scalar(_connection, "PRAGMA integrity_check")!;

    public void Dispose() => _connection.Dispose();

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>The answers column's JSON: question id to the answers given.</summary>
[JsonSerializable(typeof(IReadOnlyDictionary<string, IReadOnlyList<string>>))]
[JsonSerializable(typeof(Dictionary<string, List<string>>))]
internal sealed partial class AnswersJson : JsonSerializerContext;
