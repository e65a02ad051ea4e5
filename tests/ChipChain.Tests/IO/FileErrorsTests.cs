using ChipChain.IO;

namespace ChipChain.Tests.IO;

/// <summary>File error reasons come from exception types and error codes, never from the runtime's message text.</summary>
public sealed class FileErrorsTests
{
    [Theory]
    [InlineData(unchecked((int)0x80070020), "the file is in use by another process")]
    [InlineData(unchecked((int)0x80070070), "no space left on device")]
    [InlineData(unchecked((int)0x80070005), "permission denied")]
    [InlineData(unchecked((int)0x800700FF), "input/output error")]
    [InlineData(unchecked((int)0x80131620), "input/output error")]
    public void Reason_windows_error_code_is_named_without_the_message(int hresult, string expected)
    {
        var exception = new IOException("The process cannot access the file 'C:\\temp\\x.json' because it is being used by another process.", hresult);

        FileErrors.Reason(exception).Should().Be(expected);
    }

    [Fact]
    public void Reason_unix_errno_is_named()
    {
        var reason = FileErrors.Reason(new IOException("whatever the runtime says", 13));

        reason.Should().Be(OperatingSystem.IsWindows() ? "input/output error" : "permission denied");
    }
}
