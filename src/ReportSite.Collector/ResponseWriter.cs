using System.Threading.Channels;
using ReportSite.Feedback;
using ReportSite.SurveyResults;

namespace ReportSite.Collector;

/// <summary>
/// The one writer of the database. Requests queue their submission and wait; the writer commits
/// whatever has queued up in one transaction (group commit), then tells each request its row id.
/// A request is answered only after its row is committed, and one fsync serves many readers at once.
/// </summary>
public sealed class ResponseWriter : IAsyncDisposable
{
    private const int MaxBatch = 256;

    private readonly FeedbackDatabase _database;
    private readonly Channel<Pending> _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(4 * MaxBatch) { SingleReader = true });
    private readonly Task _loop;

    public ResponseWriter(FeedbackDatabase database)
    {
        _database = database;
        _loop = Task.Run(WriteLoop);
    }

    /// <summary>False once the writer has stopped, for the health check.</summary>
    public bool IsRunning => !_loop.IsCompleted;

    /// <summary>Stores the submission; completes with its row id once committed, or throws if the commit failed.</summary>
    public async Task<long> Add(Submission submission, string client, DateTimeOffset received, CancellationToken cancellation)
    {
        var pending = new Pending(submission, client, received, new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));
        await _queue.Writer.WriteAsync(pending, cancellation);
        // Once queued, the row is written whether or not the client is still there to hear about it.
        return await pending.Committed.Task;
    }

    private async Task WriteLoop()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending)) batch.Add(pending);
            try
            {
                var ids = _database.Insert(batch.Select(p => (p.Submission, p.Client, p.Received)).ToList());
                for (var i = 0; i < batch.Count; i++) batch[i].Committed.TrySetResult(ids[i]);
            }
            catch (Exception e)
            {
                foreach (var pending in batch) pending.Committed.TrySetException(e);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }

    private sealed record Pending(Submission Submission, string Client, DateTimeOffset Received, TaskCompletionSource<long> Committed);
}
