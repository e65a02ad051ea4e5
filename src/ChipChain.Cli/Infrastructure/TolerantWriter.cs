using System.Text;

namespace ChipChain.Cli.Infrastructure;

/// <summary>
/// Forwards to a writer and drops what cannot be written (standard error on a full disk, closed or unwritable):
/// a diagnostic that cannot be shown must not turn a successful run into a crash.
/// </summary>
internal sealed class TolerantWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Try(() => inner.Write(value));

    public override void Write(string? value) => Try(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Try(() => inner.Write(buffer, index, count));

    public override void Flush() => Try(inner.Flush);

    private static void Try(Action write)
    {
        try
        {
            write();
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or UnauthorizedAccessException)
        {
            // Nowhere left to report it.
        }
    }
}
