#!/usr/bin/env bash
# Regenerates the man page and the shell completion scripts in Resources/ from the
# command definitions (swift-argument-parser writes both). Run after changing a command;
# the CLI tests fail while Resources/ is out of date.
set -euo pipefail
cd "$(dirname "$0")/.."

swift build --product dailypapers
bin=$(swift build --show-bin-path)/dailypapers
for shell in bash zsh fish; do
  "$bin" --generate-completion-script "$shell" > "Resources/completions/dailypapers.$shell"
done

# The date is fixed so that regenerating without changes changes nothing.
out=$(mktemp -d)
swift package --allow-writing-to-directory "$out" generate-manual \
  --date 2026-11-26 --authors "dailypapers developers" --output-directory "$out"
cp "$out/dailypapers.1" Resources/man/dailypapers.1
rm -rf "$out"
echo "Resources/ regenerated"
