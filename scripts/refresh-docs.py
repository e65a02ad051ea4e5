#!/usr/bin/env python3
"""Re-run every `$ chipchain ...` command shown in the README and docs/*.md and paste its real output.

Usage (from the repository root, after `dotnet build -c Release`):
    python3 scripts/refresh-docs.py README.md docs/*.md

A console block is a fenced ```console block whose lines starting with "$ chipchain" (or "$ dotnet run --project
src/ChipChain.Cli --") are commands (a trailing
backslash continues a command). The output under each command is replaced by what the command prints now (stdout,
then stderr). If the old output ended with a line "…", the new output is cut to the same number of lines followed
by "…", so excerpts stay excerpts. Commands run in a scratch folder where graphs/ points at the repository's
graphs/ (so documented regenerations of committed files really regenerate them) and ../shared at the dataset
folder when there is one; anything else they write is thrown away.
"""
import os
import re
import shlex
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLI = os.path.join(ROOT, "src", "ChipChain.Cli", "bin", "Release", "net10.0", "ChipChain.Cli.dll")


RUN_PREFIX = "dotnet run --project src/ChipChain.Cli --"


def run(command, cwd):
    if command.startswith(RUN_PREFIX):
        command = "chipchain" + command[len(RUN_PREFIX):]
    args = shlex.split(command)[1:]
    result = subprocess.run(["dotnet", CLI, *args], cwd=cwd, capture_output=True, text=True)
    return (result.stdout + result.stderr).rstrip("\n").split("\n") if (result.stdout + result.stderr) else []


def refresh_block(lines, cwd):
    out, i = [], 0
    while i < len(lines):
        line = lines[i]
        if not (line.startswith("$ chipchain") or line.startswith("$ " + RUN_PREFIX)):
            out.append(line)
            i += 1
            continue
        command_lines = [line]
        while command_lines[-1].endswith("\\") and i + 1 < len(lines):
            i += 1
            command_lines.append(lines[i])
        i += 1
        old = []
        while i < len(lines) and not lines[i].startswith("$ "):
            old.append(lines[i])
            i += 1
        command = " ".join(l.rstrip("\\").strip() for l in command_lines)[2:]
        new = run(command, cwd)
        if old and old[-1].strip() == "…":
            new = new[: len(old) - 1] + ["…"] if len(new) > len(old) - 1 else new
        out.extend(command_lines)
        out.extend(new)
    return out


def refresh(path, cwd):
    text = open(path, encoding="utf-8").read()
    pattern = re.compile(r"(```console\n)(.*?)(\n```)", re.S)

    def replace(match):
        return match.group(1) + "\n".join(refresh_block(match.group(2).split("\n"), cwd)) + match.group(3)

    updated = pattern.sub(replace, text)
    if updated != text:
        open(path, "w", encoding="utf-8").write(updated)
        print(f"updated {path}")


def main():
    with tempfile.TemporaryDirectory() as scratch:
        repo = os.path.join(scratch, "repo")
        os.makedirs(repo)
        os.symlink(os.path.join(ROOT, "graphs"), os.path.join(repo, "graphs"))
        shared = os.path.join(os.path.dirname(ROOT), "shared")
        if os.path.isdir(shared):
            os.symlink(shared, os.path.join(scratch, "shared"))
        for path in sys.argv[1:]:
            refresh(path, repo)


if __name__ == "__main__":
    main()
