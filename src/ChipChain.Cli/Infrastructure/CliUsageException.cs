namespace ChipChain.Cli.Infrastructure;

/// <summary>The command line or its input is wrong; the message is shown as one line and the exit code is 2.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
