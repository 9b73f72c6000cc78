#!/usr/bin/env bash
# Builds the SDK and the benchmarks, runs every figure (server and child programs in JVMs of their
# own) and writes the report to benchmarks/results/<UTC timestamp>.txt as well as to the terminal.
#
# Usage: benchmarks/run.sh [--jmh] [BenchMain options, e.g. --only per-call,cold-start --rounds 3]
#   --jmh   also run the JMH micro-benchmarks (decoding, signing) with -prof gc and append them.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

jmh=false
args=()
for arg in "$@"; do
  if [[ "$arg" == "--jmh" ]]; then
    jmh=true
  else
    args+=("$arg")
  fi
done

echo "building (mvn package, then the runtime class paths of benchmarks and sdk-nodepool)..." >&2
mvn -B -q -pl benchmarks -am package -DskipTests \
  dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt

classpath="benchmarks/target/classes:$(cat benchmarks/target/runtime-classpath.txt)"
nodepool_jar="$(ls sdk-nodepool/target/sdk-nodepool-*.jar | grep -v -- '-sources\|-javadoc' | head -n 1)"
footprint="benchmarks/target/sdk-nodepool-runtime-classpath.txt"
echo "${nodepool_jar}:$(cat sdk-nodepool/target/runtime-classpath.txt)" > "$footprint"

mkdir -p benchmarks/results
out="benchmarks/results/$(date -u +%Y%m%dT%H%M%SZ).txt"

java -cp "$classpath" io.github.ackhybrid.benchmarks.BenchMain \
  --footprint-classpath "$footprint" --out "$out" ${args[@]+"${args[@]}"}

{
  echo
  echo "machine as the shell sees it: nproc $(nproc), $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) RAM"
  java -version 2>&1 | sed 's/^/  /'
} | tee -a "$out"

if $jmh; then
  echo "running JMH micro-benchmarks..." >&2
  {
    echo
    echo "## JMH micro-benchmarks (-prof gc): decoding and signing without the network"
    echo
    java -cp "$classpath" org.openjdk.jmh.Main -prof gc 'DecodeBenchmark|SignBenchmark' 2>&1 \
      | sed -n '/^Benchmark /,$p' | grep -Ev 'gc\.(churn|count|time)|gc\.alloc\.rate[[:space:]]'
  } | tee -a "$out"
fi

echo "report written to $out" >&2
