#!/usr/bin/env bash
# Opens JShell with the SDK and the simulator on the class path, from a source checkout:
#   examples/jshell.sh                              interactive
#   examples/jshell.sh examples/jshell/clusters.jsh run one script
# The SDK's own classes come from the reactor's target/classes, never from ~/.m2, so a stale
# SNAPSHOT installed earlier cannot shadow the code being edited.
set -euo pipefail
args=()
for arg in "$@"; do
  if [[ -f "$arg" ]]; then arg="$(cd "$(dirname "$arg")" && pwd)/$(basename "$arg")"; fi
  args+=("$arg")
done
cd "$(dirname "$0")/.."
# One reactor build, so the SDK modules resolve from the reactor rather than from ~/.m2; each
# module writes its third-party class path to its own target/, and the examples' covers them all.
mvn -q -pl examples -am package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/jshell.classpath -Dmdep.excludeGroupIds=io.github.ackhybrid
deps="$(cat examples/target/jshell.classpath)"
sdk=""
for module in sdk-core sdk-kube sdk-cluster sdk-nodepool sdk-mesh sdk-testing examples; do
  sdk="$sdk${sdk:+:}$PWD/$module/target/classes"
done
exec jshell --class-path "$sdk:$deps" ${args[@]+"${args[@]}"}
