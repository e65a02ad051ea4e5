#!/usr/bin/env bash
# Packs the chipchain tool: the package users install, plus one package per platform, all into OUT.
#   linux-x64                               native ahead-of-time code (needs clang: apt-get install clang)
#   linux-arm64, osx-arm64, osx-x64, win-x64 ReadyToRun code, compiled on this machine for that platform
#   any                                     portable fallback for every other platform (compiled on first run)
# Usage: scripts/pack-tool.sh OUT [RID ...]   (default: every platform above)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:?usage: scripts/pack-tool.sh OUT [RID ...]}"
shift
rids=("$@")
[ ${#rids[@]} -eq 0 ] && rids=(linux-x64 linux-arm64 osx-arm64 osx-x64 win-x64 any)
project=src/ChipChain.Cli

# The package 'dotnet tool install ChipChain.Cli' resolves first; it names the per-platform packages.
dotnet pack "$project" -c Release -o "$out"
for rid in "${rids[@]}"; do
  # The package takes everything in the publish folder, so start it empty (no files from an earlier pack).
  rm -rf "$project/bin/Release/net10.0/$rid/publish"
  case "$rid" in
    linux-x64) dotnet pack "$project" -c Release -r "$rid" -o "$out" ;;
    any) dotnet pack "$project" -c Release -r any -p:PublishAot=false -o "$out" ;;
    *) dotnet pack "$project" -c Release -r "$rid" -p:PublishAot=false -p:PublishReadyToRun=true -o "$out" ;;
  esac
done
