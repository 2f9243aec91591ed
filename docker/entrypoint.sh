#!/bin/sh
# Image entrypoint: the broker reads KAFKA_* / CLUSTER_ID itself (kpybroker.env), so this
# only fills the image default cluster id like apache/kafka's configureDefaults does,
# starts the broker, and creates KAFKA_CREATE_TOPICS once it answers.
set -eu

if [ -z "${CLUSTER_ID:-}" ]; then
  CLUSTER_ID="5L6g3nShT-eMCtK--X86sw"
  echo "CLUSTER_ID not set. Setting it to default value: \"$CLUSTER_ID\""
  export CLUSTER_ID
fi

if [ "$#" -gt 0 ] && [ "${1#-}" = "$1" ]; then
  # A command was given (e.g. `docker run kpybroker kafka-topics --list ...`): run it.
  exec "$@"
fi

if [ -n "${KAFKA_CREATE_TOPICS:-}" ]; then
  kpybroker "$@" &
  broker_pid=$!
  trap 'kill -TERM "$broker_pid" 2>/dev/null' TERM INT
  kafka-create-topics-from-env || echo "KAFKA_CREATE_TOPICS: could not create all topics" >&2
  wait "$broker_pid"
else
  exec kpybroker "$@"
fi
