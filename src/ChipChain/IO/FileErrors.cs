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

        // Elsewhere (Windows): the Win32 error code the runtime keeps in the HResult, never its message text.
        return (uint)exception.HResult >> 16 == 0x8007 ? Win32Reason(exception.HResult & 0xFFFF) : "input/output error";
    }

    private static string Win32Reason(int code) => code switch
    {
        2 => "file not found",
        3 => "folder not found",
        5 => "permission denied",
        32 => "the file is in use by another process",
        33 => "part of the file is locked by another process",
        39 or 112 => "no space left on device",
        123 or 161 => "the name is not valid",
        206 => "the name is too long",
        _ => "input/output error",
    };

    private static string Describe(string text)
    {
        var trimmed = DisplayText.OneLine(text).Trim().TrimEnd('.', ' ', ':');
        return trimmed.Length == 0 ? "input/output error" : char.ToLowerInvariant(trimmed[0]) + trimmed[1..];
    }
}
