using System.Runtime.InteropServices;

namespace ChipChain.IO;

/// <summary>
/// The true reason a file operation failed, in a few words without any path (the runtime's messages name whatever
/// path it was working on, such as a temporary file): "permission denied", "no space left on device", ...
/// </summary>
internal static class FileErrors
{
    private const int ENOENT = 2;
    private const int EACCES = 13;
    private const int ENOTDIR = 20;
    private const int EISDIR = 21;

    /// <summary>The reason for <paramref name="exception"/>, lower case, without a path.</summary>
    /// <param name="exception">An <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/>.</param>
    /// <returns>For example "permission denied".</returns>
    public static string Reason(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        switch (exception)
        {
            case UnauthorizedAccessException:
                return "permission denied";
            case FileNotFoundException:
                return "file not found";
            case DirectoryNotFoundException:
                return "folder not found";
            case PathTooLongException:
                return "the name is too long";
        }

        var errno = exception.HResult;
        if (errno is > 0 and < 4096 && (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD()))
        {
            // On Unix the runtime keeps the raw errno as the HResult of the IOException it throws.
            return errno switch
            {
                ENOENT => "file not found",
                EACCES => "permission denied",
                ENOTDIR => "a part of the path is not a folder",
                EISDIR => "is a directory",
                _ => Describe(Marshal.GetPInvokeErrorMessage(errno)),
            };
        }

        // Elsewhere: the runtime's message, cut before the quoted path it usually ends with.
        var message = exception.Message;
        var quote = message.IndexOfAny(['\'', '"', ':']);
        return Describe(quote > 0 ? message[..quote] : message);
    }

    private static string Describe(string text)
    {
        var trimmed = DisplayText.OneLine(text).Trim().TrimEnd('.', ' ', ':');
        return trimmed.Length == 0 ? "input/output error" : char.ToLowerInvariant(trimmed[0]) + trimmed[1..];
    }
}
