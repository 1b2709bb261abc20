namespace AlphasRun.Application.Common;

/// <summary>
/// Serialises contended write transactions inside this process. SQLite allows one writer at a time;
/// queueing writers here, in order, is much faster than letting them collide in the database and
/// back off (SQLITE_BUSY). A server database's gate lets everyone through.
/// </summary>
public interface IWriteGate
{
    ValueTask<IAsyncDisposable> EnterAsync(CancellationToken cancellationToken);
}
