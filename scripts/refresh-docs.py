#!/usr/bin/env python3
"""Re-run every command shown in a ```console block of the README and docs/*.md and paste its real output.

Usage (from the repository root, after `dotnet build -c Release`):
    python3 scripts/refresh-docs.py [FILE.md ...]          # rewrite stale outputs (default: README.md docs/*.md)
    python3 scripts/refresh-docs.py --check [FILE.md ...]  # change nothing; exit 1 naming every stale block

A console block is a fenced ```console block; its lines starting with "$ " are commands (a trailing backslash
continues a command), run by bash, with `chipchain` (and `dotnet run --project src/ChipChain.Cli --`) being the
Release build of the CLI. The output under each command is replaced by what the command prints now (stdout, then
stderr). If the old output ended with a line "…", the new output is cut to the same number of lines followed by "…",
so excerpts stay excerpts.

Commands run in a scratch folder that looks like the repository: docs/ and scripts/ point at the real ones, graphs/
is the real folder when refreshing (so documented regenerations of committed files really regenerate them) and a
copy under --check (so a check changes nothing), and ../shared points at the dataset folder when there is one.
Anything else they write is thrown away. Blocks of one page run in order in the page's own scratch folder, so a
block may use a file an earlier one wrote; pages run in parallel.

A block is not run when the line before its fence says why:
    <!-- refresh-docs: skip REASON -->          never run (e.g. it needs a 424 MB generated file, or shows timings)
    <!-- refresh-docs: needs PATH REASON -->    run only when PATH (relative to the repository) exists
    <!-- refresh-docs: if COMMAND -->           run only when COMMAND (bash) succeeds, e.g. python3 -c "import networkx"
A block is also not run when a command's program (scram, python3, ...) is not installed. Skipped blocks are listed
with their reason. Any other fence whose lines start with "$ " is an error: it would go stale unseen.
"""
import difflib
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLI = os.path.join(ROOT, "src", "ChipChain.Cli", "bin", "Release", "net10.0", "ChipChain.Cli.dll")
RUN_PREFIX = "dotnet run --project src/ChipChain.Cli --"
FENCE = re.compile(r"^```(\S*)\n(.*?)^```$", re.S | re.M)
MARKER = re.compile(r"<!--\s*refresh-docs:\s*(skip|needs|if)\s+(.*?)\s*-->\s*$")


class Block:
    def __init__(self, path, line, language, body, marker):
        self.path, self.line, self.language, self.body, self.marker = path, line, language, body, marker

    def where(self):
        return f"{os.path.relpath(self.path, ROOT)}:{self.line}"


def blocks(path, text):
    for match in FENCE.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        before = text[: match.start()].rstrip("\n").rsplit("\n", 1)[-1]
        marker = MARKER.search(before)
        yield match, Block(path, line, match.group(1), match.group(2), marker)


def commands(lines):
    """Splits a block's lines into (command lines, old output lines) pairs, keeping leading text."""
    head, pairs, i = [], [], 0
    while i < len(lines) and not lines[i].startswith("$ "):
        head.append(lines[i])
        i += 1
    while i < len(lines):
        command_lines = [lines[i]]
        while command_lines[-1].endswith("\\") and i + 1 < len(lines):
            i += 1
            command_lines.append(lines[i])
        i += 1
        old = []
        while i < len(lines) and not lines[i].startswith("$ "):
            old.append(lines[i])
            i += 1
        pairs.append((command_lines, old))
    return head, pairs


def command_text(command_lines):
    command = " ".join(l.rstrip("\\").strip() for l in command_lines)[2:]
    return "chipchain" + command[len(RUN_PREFIX):] if command.startswith(RUN_PREFIX) else command


def skip_reason(block):
    if block.marker:
        kind, rest = block.marker.group(1), block.marker.group(2)
        if kind == "skip":
            return rest
        if kind == "if":
            ok = subprocess.run(["bash", "-c", rest], capture_output=True).returncode == 0
            return None if ok else f"'{rest}' failed"
        needed, _, reason = rest.partition(" ")
        if not os.path.exists(os.path.join(ROOT, needed)):
            return f"{needed} not found ({reason})" if reason else f"{needed} not found"
    _, pairs = commands(block.body.rstrip("\n").split("\n"))
    for command_lines, _ in pairs:
        try:
            program = shlex.split(command_text(command_lines))[0]
        except (ValueError, IndexError):
            continue
        if program != "chipchain" and shutil.which(program) is None:
            return f"{program} is not installed"
    return None


def run(command, cwd, env):
    result = subprocess.run(["bash", "-c", command], cwd=cwd, env=env, capture_output=True, text=True)
    text = result.stdout + result.stderr
    return text.rstrip("\n").split("\n") if text else []


def refresh_block(body, cwd, env):
    head, pairs = commands(body.rstrip("\n").split("\n"))
    out = list(head)
    for command_lines, old in pairs:
        new = run(command_text(command_lines), cwd, env)
        if old and old[-1].strip() == "…" and len(new) > len(old) - 1:
            new = new[: len(old) - 1] + ["…"]
        out.extend(command_lines)
        out.extend(new)
    return "\n".join(out) + "\n"


def process(path, cwd, env, check, report):
    text = open(path, encoding="utf-8").read()
    pieces, last, stale = [], 0, 0
    for match, block in blocks(path, text):
        has_commands = any(l.startswith("$ ") for l in block.body.split("\n"))
        if block.language != "console":
            if has_commands:
                report.append(f"{block.where()}: a ```{block.language or ''} block shows commands; make it ```console so they are re-run")
                stale += 1
            continue
        if not has_commands:
            continue
        reason = skip_reason(block)
        if reason:
            report.append(f"{block.where()}: skipped: {reason}")
            continue
        body = refresh_block(block.body, cwd, env)
        if body != block.body:
            stale += 1
            first = block.body.split("\n", 1)[0]
            report.append(f"{block.where()}: stale output in the block starting '{first}'")
            diff = difflib.unified_diff(block.body.split("\n"), body.split("\n"), "shown", "now", lineterm="", n=1)
            report.extend("    " + l for l in list(diff)[2:14])
        pieces.append(text[last: match.start(2)])
        pieces.append(body)
        last = match.end(2)
    pieces.append(text[last:])
    updated = "".join(pieces)
    if not check and updated != text:
        open(path, "w", encoding="utf-8").write(updated)
        print(f"updated {os.path.relpath(path, ROOT)}")
    return stale


def main():
    args = sys.argv[1:]
    check = "--check" in args
    paths = [a for a in args if a != "--check"]
    if not paths:
        paths = [os.path.join(ROOT, "README.md")] + sorted(
            os.path.join(ROOT, "docs", f) for f in os.listdir(os.path.join(ROOT, "docs")) if f.endswith(".md"))
    if not os.path.exists(CLI):
        sys.exit(f"refresh-docs: {CLI} not found; run 'dotnet build -c Release' first")

    with tempfile.TemporaryDirectory() as scratch:
        env = environment(scratch)
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            results = list(pool.map(lambda p: run_page(p[1], os.path.join(scratch, f"page{p[0]}"), env, check), enumerate(paths)))
        report = [line for lines, _ in results for line in lines]
        stale = sum(count for _, count in results)
        for line in report:
            print(line)
        if check:
            print(f"refresh-docs: {stale} stale block(s)" if stale else "refresh-docs: every shown output is current")
        sys.exit(1 if check and stale else 0)


def run_page(path, scratch, env, check):
    repo = os.path.join(scratch, "repo")
    os.makedirs(repo)
    if check:
        shutil.copytree(os.path.join(ROOT, "graphs"), os.path.join(repo, "graphs"))
    else:
        os.symlink(os.path.join(ROOT, "graphs"), os.path.join(repo, "graphs"))
    for folder in ("docs", "scripts", "src"):
        os.symlink(os.path.join(ROOT, folder), os.path.join(repo, folder))
    shared = os.path.join(os.path.dirname(ROOT), "shared")
    if os.path.isdir(shared):
        os.symlink(shared, os.path.join(scratch, "shared"))
    report = []
    stale = process(os.path.abspath(path), repo, env, check, report)
    return report, stale


def environment(scratch):
    """PATH with a `chipchain` that runs the Release build; NO_COLOR so outputs are plain."""
    bin_dir = os.path.join(scratch, "bin")
    os.makedirs(bin_dir)
    wrapper = os.path.join(bin_dir, "chipchain")
    with open(wrapper, "w") as f:
        f.write(f"#!/bin/sh\nexec dotnet {shlex.quote(CLI)} \"$@\"\n")
    os.chmod(wrapper, 0o755)
    return dict(os.environ, PATH=bin_dir + os.pathsep + os.environ.get("PATH", ""), NO_COLOR="1")


if __name__ == "__main__":
    main()
