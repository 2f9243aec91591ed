#!/usr/bin/env bash
# Installs the Apache Kafka 4.3.1 jars (broker + CLI tools + log4j2 binding) into .kafka/lib
# via kafka_dist/pom.xml, so compat_tests and bench can run real Kafka without Docker.
# Idempotent: skips Maven entirely when the jars for this exact pom are already there.
# Maven's own cache (~/.m2, or MAVEN_REPO_LOCAL) is reused across runs and checkouts.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pom="$repo_root/kafka_dist/pom.xml"
lib_dir="$repo_root/.kafka/lib"
stamp="$repo_root/.kafka/lib.stamp"

pom_sum="$(sha256sum "$pom" | cut -d' ' -f1)"
if [[ -f "$stamp" && "$(cat "$stamp")" == "$pom_sum" && -f "$lib_dir/kafka_2.13-4.3.1.jar" \
      && -f "$lib_dir/kafka-tools-4.3.1.jar" ]]; then
  echo "kafka_jars: cached ($(ls "$lib_dir" | wc -l) jars in .kafka/lib)"
  exit 0
fi

if ! command -v mvn >/dev/null 2>&1; then
  echo "kafka_jars: mvn not found; install Maven (apt-get install -y maven)" >&2
  exit 1
fi

mvn_args=(-B -q -Dstyle.color=never -f "$pom")
if [[ -n "${MAVEN_REPO_LOCAL:-}" ]]; then
  mvn_args+=("-Dmaven.repo.local=$MAVEN_REPO_LOCAL")
fi

start=$(date +%s)
# A changed pom may drop jars: start from an empty folder so no stale version lingers.
rm -rf "$lib_dir"
mkdir -p "$lib_dir"
mvn "${mvn_args[@]}" dependency:copy-dependencies
echo "$pom_sum" > "$stamp"
echo "kafka_jars: $(ls "$lib_dir" | wc -l) jars in .kafka/lib ($(( $(date +%s) - start ))s)"
