# kpybroker: a Kafka-protocol broker in Python, configured like the apache/kafka and
# cp-kafka images (KAFKA_* environment variables, CLUSTER_ID).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    KAFKA_LOG_DIRS=/var/lib/kafka/data

WORKDIR /opt/kpybroker
COPY pyproject.toml README.md* ./
COPY protocol ./protocol
COPY log ./log
COPY controller ./controller
COPY kpybroker ./kpybroker
# kafka-python backs the small kafka-topics / console producer / consumer shims.
RUN pip install . kafka-python \
    && useradd --system --uid 1000 --home-dir /var/lib/kafka appuser \
    && mkdir -p /var/lib/kafka/data \
    && chown -R appuser /var/lib/kafka

COPY docker/entrypoint.sh /usr/local/bin/kpybroker-entrypoint
COPY docker/bin/ /usr/local/bin/
RUN chmod 0755 /usr/local/bin/kpybroker-entrypoint /usr/local/bin/kafka-*

USER appuser
VOLUME ["/var/lib/kafka/data"]
EXPOSE 9092 9093

ENTRYPOINT ["kpybroker-entrypoint"]
