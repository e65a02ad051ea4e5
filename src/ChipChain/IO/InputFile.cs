namespace ChipChain.IO;

/// <summary>
/// Opens and reads input files with one-line, true reasons on failure ("file not found", "is a directory",
/// "permission denied") and, for files read whole, the size limit of their <see cref="InputKind"/> (docs/limits.md).
/// </summary>
internal static class InputFile
{
    private const int ChunkBytes = 1 << 16;

    /// <summary>Opens <paramref name="path"/> for reading.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The open stream.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="InputFileException">The file is missing, a folder or not readable.</exception>
    public static FileStream OpenRead(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0)
        {
            throw new InputFileException("(empty file name)", "file not found", null);
        }

        if (Directory.Exists(path))
        {
            throw new InputFileException(path, "is a directory, expected a file", null);
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ChunkBytes, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A missing folder on the way is, to the reader, a missing file.
            throw new InputFileException(path, ex is DirectoryNotFoundException ? "file not found" : FileErrors.Reason(ex), ex);
        }
    }

    /// <summary>Reads the whole of <paramref name="path"/>, refusing it when it is larger than the limit of <paramref name="kind"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="kind">What the file holds; it sets the size limit.</param>
    /// <returns>The content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="InputFileException">The file is missing, a folder, not readable or too large.</exception>
    public static byte[] ReadAllBytes(string path, InputKind kind) => ReadAllBytes(path, kind, InputLimits.For(kind));

    /// <summary>Reads the whole of <paramref name="path"/> up to <paramref name="limit"/> bytes (tests use small limits).</summary>
    internal static byte[] ReadAllBytes(string path, InputKind kind, long limit)
    {
        using var stream = OpenRead(path);
        try
        {
            // A regular file is refused by its size before anything is read; a device or pipe reports no useful
            // size (/dev/zero says 0), so the read below stops one byte past the limit.
            if (stream.CanSeek && stream.Length > limit)
            {
                throw TooLarge(path, kind, limit);
            }

            var buffer = new MemoryStream(stream.CanSeek ? (int)Math.Min(stream.Length, limit) : ChunkBytes);
            var chunk = new byte[ChunkBytes];
            int read;
            while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit + 1 - buffer.Length))) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > limit)
                {
                    throw TooLarge(path, kind, limit);
                }
            }

            return buffer.ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputFileException(path, "cannot read: " + FileErrors.Reason(ex), ex);
        }
    }

    private static InputFileException TooLarge(string path, InputKind kind, long limit) =>
        new(path, $"larger than the {Size(limit)} limit for a {InputLimits.Describe(kind)} (see docs/limits.md)", null);

    private static string Size(long bytes) =>
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? FormattableString.Invariant($"{bytes >> 20} MiB") : FormattableString.Invariant($"{bytes} bytes");
}
