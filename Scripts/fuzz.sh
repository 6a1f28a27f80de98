#!/usr/bin/env bash
# Fuzzes the digest parser (with everything its output flows through) and the query
# language with libFuzzer and AddressSanitizer (leaks included).
#
#   Scripts/fuzz.sh [SECONDS]     each target for SECONDS (default 600)
#
# Inputs that crash, hang (over 10 s) or leak are written to .build-fuzz/findings/TARGET/
# and the script exits non-zero. Replay one without the fuzzer:
#   swift run dailypapers-fuzz-parser .build-fuzz/findings/dailypapers-fuzz-parser/crash-…
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
scratch=.build-fuzz

# lld: gold cannot link a Swift executable whose main libFuzzer's driver replaces.
flags=(-c release --scratch-path "$scratch" -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld)
for target in dailypapers-fuzz-parser dailypapers-fuzz-query; do
  swift build "${flags[@]}" --product "$target"
done
bin=$(swift build "${flags[@]}" --show-bin-path)

# Seed corpora: the digests this repository has, and the sample beside it when present
# (copied to the scratch folder, never into the repository).
corpus=$scratch/corpus
mkdir -p "$corpus/parser" "$corpus/query"
cp seeds/*.txt "$corpus/parser/"
find Tests/DailyPapersCoreTests/Fixtures -type f -exec cp {} "$corpus/parser/" \;
if [ -d ../shared/corpus-sample/paper_logs ]; then
  for f in ../shared/corpus-sample/paper_logs/*/*/*.md; do
    cp "$f" "$corpus/parser/$(echo "$f" | tr '/' '_')"
  done
fi
i=0
for q in 'diffusion' '모델' 'ㅁㄷ' 'ㄹㅇㅅㅋ' '"state space"' '-diffusion video' 'author:chen' 'title:"a b"' \
         'votes:>=50 day:2024-04' 'votes:10..50' 'day:2024-01..2024-06' 'day:..2023' 'id:2404.' 'is:unread has:note' \
         'votes:abc' 'day:2024-13-01' '"unclosed' '-'; do
  printf '%s' "$q" > "$corpus/query/seed-$i"; i=$((i + 1))
done

status=0
for target in dailypapers-fuzz-parser dailypapers-fuzz-query; do
  dir=$corpus/${target#dailypapers-fuzz-}
  findings=$scratch/findings/$target
  # Short inputs run many times faster under ASan and find the same kinds of bug; the seed
  # digests are cut to this length.
  max_len=$([ "$target" = dailypapers-fuzz-parser ] && echo 8192 || echo 1024)
  mkdir -p "$findings"
  echo "== $target for ${seconds}s"
  if ! ASAN_OPTIONS=detect_leaks=1 "$bin/$target" "$dir" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=4096 -max_len="$max_len" -print_final_stats=1 -artifact_prefix="$findings/" 2> "$scratch/$target.log"; then
    status=1
    echo "$target FOUND A PROBLEM: see $scratch/$target.log and $findings/"
    tail -n 40 "$scratch/$target.log"
  fi
  grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb)' "$scratch/$target.log" || true
done
exit $status
