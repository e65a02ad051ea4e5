using System.Buffers;
using System.IO.MemoryMappedFiles;

namespace ChipChain.IO;

/// <summary>
/// A file mapped into memory, read-only, as <see cref="Memory{T}"/>. A large graph file is parsed straight from the
/// operating system's file cache this way: there is no copy into a fresh array (which cost a single-threaded pass
/// over the whole file, and zeroed pages, before parsing could start), and the pages come in as the parsers on every
/// core first touch them.
/// </summary>
internal sealed unsafe class MappedFile : MemoryManager<byte>
{
    private readonly MemoryMappedFile _map;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _pointer;
    private readonly int _length;

    private MappedFile(MemoryMappedFile map, MemoryMappedViewAccessor view, int length)
    {
        _map = map;
        _view = view;
        _length = length;
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _pointer = pointer + view.PointerOffset;
    }

    /// <summary>Maps the whole of an open file (of 1 byte to <see cref="Array.MaxLength"/> bytes) for reading.</summary>
    /// <param name="stream">The file, open for reading; it stays open until the mapping is disposed.</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="IOException">The file cannot be mapped.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be mapped for reading.</exception>
    public static MappedFile Open(FileStream stream)
    {
        var length = checked((int)stream.Length);
        var map = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        try
        {
            return new MappedFile(map, map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read), length);
        }
        catch
        {
            map.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public override Span<byte> GetSpan() => new(_pointer, _length);

    /// <inheritdoc />
    public override MemoryHandle Pin(int elementIndex = 0) => new(_pointer + elementIndex);

    /// <inheritdoc />
    public override void Unpin()
    {
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
            _map.Dispose();
        }
    }
}
