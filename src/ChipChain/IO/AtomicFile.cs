using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace ChipChain.IO;

/// <summary>
/// Writes files so that readers never see half-written output: write to a temporary file (<c>.cc-XXXXXXXX.tmp</c>)
/// in the target's folder, then rename it over the target. A symbolic link is written through (its final target is
/// replaced, the link stays) and an existing file keeps its permissions. A device or pipe (<c>/dev/null</c>) is
/// written into, never replaced. On failure or cancellation the target is
/// untouched and the temporary file removed; temporary files still open when the process exits are removed too.
/// </summary>
internal static class AtomicFile
{
    private static readonly ConcurrentDictionary<string, byte> Pending = new(StringComparer.Ordinal);

    static AtomicFile() => AppDomain.CurrentDomain.ProcessExit += (_, _) => RemovePending();

    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>; on any failure the target is left untouched.</summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="write">Writes the content to the stream it is given.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OutputFileException">The file cannot be written; the message names <paramref name="path"/> and the reason.</exception>
    public static void Write(string path, Action<Stream> write) => Write(path, write, CancellationToken.None);

    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>, stopping at the next write once <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="write">Writes the content to the stream it is given.</param>
    /// <param name="cancellationToken">Stops the write; the target is then untouched and the temporary file removed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OutputFileException">The file cannot be written; the message names <paramref name="path"/> and the reason.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled.</exception>
    public static void Write(string path, Action<Stream> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        var target = FinalTarget(path);
        var directory = Path.GetDirectoryName(target) ?? ".";
        if (!Directory.Exists(directory))
        {
            throw new OutputFileException(path, File.Exists(directory) ? "a part of the path is not a folder" : "the folder does not exist", null);
        }

        if (Directory.Exists(target))
        {
            throw new OutputFileException(path, "is a directory", null);
        }

        if (FileIdentity.IsSpecial(target))
        {
            // A device or pipe (/dev/null, /dev/stdout): written into; replacing it with a regular file would be wrong.
            WriteInto(path, target, write, cancellationToken);
            return;
        }

        var mode = ExistingMode(target);
        var temporary = Path.Combine(directory, $".cc-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}.tmp");
        Pending.TryAdd(temporary, 0);
        try
        {
            using (var stream = Create(temporary, mode))
            {
                write(new CancellableWriteStream(stream, cancellationToken));
                cancellationToken.ThrowIfCancellationRequested();
                stream.Flush(flushToDisk: true);
            }

            if (mode is { } m && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, m);
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && ex is not OutputFileException)
        {
            throw new OutputFileException(path, FileErrors.Reason(ex), ex);
        }
        finally
        {
            Remove(temporary);
        }
    }

    /// <summary>Writes text as UTF-8 (no byte-order mark) atomically.</summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="text">The content.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OutputFileException">The file cannot be written; the message names <paramref name="path"/> and the reason.</exception>
    public static void WriteText(string path, string text) => WriteText(path, text, CancellationToken.None);

    /// <summary>Writes text as UTF-8 (no byte-order mark) atomically, unless cancelled first.</summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="text">The content.</param>
    /// <param name="cancellationToken">Stops the write; the target is then untouched.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OutputFileException">The file cannot be written; the message names <paramref name="path"/> and the reason.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled.</exception>
    public static void WriteText(string path, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        Write(
            path,
            stream =>
            {
                // In slices, so that a cancellation during a large write is seen before it ends.
                var bytes = new System.Text.UTF8Encoding(false).GetBytes(text);
                for (var offset = 0; offset < bytes.Length; offset += 1 << 16)
                {
                    stream.Write(bytes, offset, Math.Min(1 << 16, bytes.Length - offset));
                }
            },
            cancellationToken);
    }

    private static void WriteInto(string path, string target, Action<Stream> write, CancellationToken cancellationToken)
    {
        try
        {
            using var stream = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1 << 16);
            write(new CancellableWriteStream(stream, cancellationToken));
            stream.Flush();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && ex is not OutputFileException)
        {
            throw new OutputFileException(path, FileErrors.Reason(ex), ex);
        }
    }

    /// <summary>The file a write to <paramref name="path"/> must replace: the path itself, or the final target of a symbolic link.</summary>
    private static string FinalTarget(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            var info = new FileInfo(full);
            return info.LinkTarget is null ? full : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputFileException(path, FileErrors.Reason(ex), ex);
        }
    }

    private static UnixFileMode? ExistingMode(string target) =>
        !OperatingSystem.IsWindows() && File.Exists(target) ? File.GetUnixFileMode(target) : null;

    private static FileStream Create(string temporary, UnixFileMode? mode)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 1 << 16 };
        if (!OperatingSystem.IsWindows())
        {
            // Never wider than the file it replaces while it is being written; the exact mode is set before the rename.
            options.UnixCreateMode = mode is null
                ? UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite
                : UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return new FileStream(temporary, options);
    }

    private static void Remove(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the error that matters is the one already being reported.
        }
        finally
        {
            Pending.TryRemove(temporary, out _);
        }
    }

    private static void RemovePending()
    {
        foreach (var temporary in Pending.Keys)
        {
            Remove(temporary);
        }
    }
}
