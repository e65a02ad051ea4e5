using System.Runtime.InteropServices;

namespace ChipChain.IO;

/// <summary>
/// Whether two paths name the same file: the same device and inode on Linux (through symbolic links, hard links and
/// any spelling of the path), elsewhere the same path once symbolic links are resolved. Also tells regular files
/// from devices, pipes and sockets.
/// </summary>
internal static class FileIdentity
{
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int DirectoryType = 0x4000;

    private const int AtFdCwd = -100;
    private const uint StatxTypeModeIno = 0x1 | 0x2 | 0x100;
    private const int StatxSize = 256;

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> are one existing file.</summary>
    /// <param name="a">A path.</param>
    /// <param name="b">Another path.</param>
    /// <returns><see langword="true"/> when both exist and are the same file.</returns>
    public static bool Same(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!File.Exists(a) || !File.Exists(b))
        {
            return false;
        }

        if (Id(a) is { } ia && Id(b) is { } ib)
        {
            return ia == ib;
        }

        return string.Equals(Resolve(a), Resolve(b), OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether <paramref name="path"/> exists and is neither a regular file nor a folder (a device such as
    /// <c>/dev/null</c>, a pipe, a socket), following symbolic links. Such a file is written into, never replaced.
    /// </summary>
    /// <param name="path">A path.</param>
    /// <returns><see langword="true"/> for a device, pipe or socket.</returns>
    public static bool IsSpecial(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Status(path) is { } status)
        {
            var type = status.Mode & TypeMask;
            return type is not (RegularType or DirectoryType);
        }

        // Without statx: the usual place of devices.
        return File.Exists(path) && Resolve(path).StartsWith("/dev/", StringComparison.Ordinal);
    }

    /// <summary>The full path with every symbolic link along it resolved.</summary>
    /// <param name="path">A path.</param>
    /// <returns>The resolved full path.</returns>
    public static string Resolve(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var resolved = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            resolved = Path.Combine(resolved, part);
            for (var hops = 0; hops < 40 && new FileInfo(resolved).LinkTarget is { } target; hops++)
            {
                resolved = Path.GetFullPath(target, Path.GetDirectoryName(resolved) ?? root);
            }
        }

        return resolved;
    }

    private static (ulong Device, ulong Inode)? Id(string path) => Status(path) is { } s ? (s.Device, s.Inode) : null;

    /// <summary>Device, inode and mode from statx(2), or null where it is not available or the file does not exist.</summary>
    private static (ulong Device, ulong Inode, int Mode)? Status(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            var buffer = new byte[StatxSize];
            if (Statx(AtFdCwd, path, 0, StatxTypeModeIno, buffer) != 0)
            {
                return null;
            }

            // struct statx: stx_mode at 28, stx_ino at 32; stx_dev_major, stx_dev_minor at 136 and 140 (the same layout on every architecture).
            var device = ((ulong)BitConverter.ToUInt32(buffer, 136) << 32) | BitConverter.ToUInt32(buffer, 140);
            return (device, BitConverter.ToUInt64(buffer, 32), BitConverter.ToUInt16(buffer, 28));
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [DllImport("libc", EntryPoint = "statx", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}
