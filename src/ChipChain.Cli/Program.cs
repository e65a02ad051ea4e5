using ChipChain.Cli;
using ChipChain.Cli.Infrastructure;

using var signals = new TerminationSignals();
var exit = CliApp.Run(args, Console.Out, Console.Error, signals.Token);
return exit == ExitCodes.Interrupted && signals.ExitCode != 0 ? signals.ExitCode : exit;
