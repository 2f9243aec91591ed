"""Security and cluster-admin APIs: ACLs, SASL (PLAIN, SCRAM), quotas, SCRAM credentials,
reassignments, leader election, features, log dirs and delegation tokens, through the
official tools and stock clients, on Kafka 4.3.1 and on kpybroker."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from confluent_kafka import Consumer, KafkaException, Producer
from confluent_kafka.admin import (
    AclBinding,
    AclBindingFilter,
    AclOperation,
    AclPermissionType,
    ResourcePatternType,
    ResourceType,
    ScramCredentialInfo,
    ScramMechanism,
    UserScramCredentialUpsertion,
)

from compat_tests.clients import admin_client, create_topic, error_name, quiet_logger
from compat_tests.conftest import Check
from compat_tests.kafka_launcher import KPyBroker, LauncherError, RealKafka, Target, free_ports

PLAIN_JAAS = (
    "org.apache.kafka.common.security.plain.PlainLoginModule required "
    'user_alice="alice-secret" user_bob="bob-secret";'
)
SCRAM_JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required;"
STANDARD_AUTHORIZER = "org.apache.kafka.metadata.authorizer.StandardAuthorizer"


def _tool_lines(result: Any, target: Target) -> list[str]:
    out = []
    for line in result.stdout.splitlines():
        line = line.replace(target.bootstrap, "<broker>").rstrip()
        if line.strip():
            out.append(re.sub(r"\s+", " ", line).strip())
    return out


# ---------------------------------------------------------------------------------- no authorizer


def test_acl_apis_without_authorizer(target: Target, check: Check, tools: None) -> None:
    bs = ("--bootstrap-server", target.bootstrap)
    listed = target.run_tool("kafka-acls", *bs, "--list")
    added = target.run_tool("kafka-acls", *bs, "--add", "--allow-principal", "User:alice", "--operation", "Read",
                            "--topic", "t")
    removed = target.run_tool("kafka-acls", *bs, "--remove", "--force", "--topic", "t")
    admin = admin_client(target.bootstrap)
    binding = AclBinding(ResourceType.TOPIC, "t", ResourcePatternType.LITERAL, "User:alice", "*",
                         AclOperation.READ, AclPermissionType.ALLOW)
    created = _outcome(lambda: admin.create_acls([binding])[binding].result(timeout=30))
    described = _outcome(lambda: admin.describe_acls(AclBindingFilter(
        ResourceType.ANY, None, ResourcePatternType.ANY, None, None, AclOperation.ANY, AclPermissionType.ANY,
    )).result(timeout=30))
    observed = {
        "list": [listed.returncode, listed.stdout.splitlines()[:1]],
        "add_first_line": [added.returncode, _first_error(added)],
        "remove_first_line": [removed.returncode, _first_error(removed)],
        "create_acls": created,
        "describe_acls": described,
    }
    check("security.acls_no_authorizer", observed, {
        "list": [1, ["Error while executing ACL command: org.apache.kafka.common.errors.SecurityDisabledException: "
                     "No Authorizer is configured on the broker"]],
        # kafka-acls --add describes the existing ACLs first, so DescribeAcls' message shows.
        "add_first_line": [1, "Error while executing ACL command: org.apache.kafka.common.errors."
                              "SecurityDisabledException: No Authorizer is configured on the broker"],
        "remove_first_line": [1, "Error while executing ACL command: org.apache.kafka.common.errors."
                                 "SecurityDisabledException: No Authorizer is configured."],
        "create_acls": "SECURITY_DISABLED",
        # librdkafka does not surface DescribeAcls' top-level error code.
        "describe_acls": "ok",
    })


def _first_error(result: Any) -> str | None:
    for line in (result.stdout + "\n" + result.stderr).splitlines():
        if line.startswith("Error while executing ACL command"):
            return line.strip()
    return None


def _outcome(call: Any) -> str:
    try:
        call()
    except KafkaException as exc:
        return error_name(exc) or "?"
    return "ok"


# ---------------------------------------------------------------------------------- quotas and SCRAM


def test_client_quotas_with_kafka_configs(target: Target, check: Check, tools: None) -> None:
    bs = ("--bootstrap-server", target.bootstrap)
    alter_user = target.run_tool("kafka-configs", *bs, "--alter", "--add-config",
                                 "producer_byte_rate=1024,consumer_byte_rate=2048", "--entity-type", "users",
                                 "--entity-name", "quota-alice")
    alter_client = target.run_tool("kafka-configs", *bs, "--alter", "--add-config", "request_percentage=12.5",
                                   "--entity-type", "clients", "--entity-name", "quota-app")
    bad_key = target.run_tool("kafka-configs", *bs, "--alter", "--add-config", "producer_byte_rate=1.5",
                              "--entity-type", "users", "--entity-name", "quota-bob")
    users = target.run_tool("kafka-configs", *bs, "--describe", "--entity-type", "users", "--entity-name",
                            "quota-alice")
    clients = target.run_tool("kafka-configs", *bs, "--describe", "--entity-type", "clients", "--entity-name",
                              "quota-app")
    remove = target.run_tool("kafka-configs", *bs, "--alter", "--delete-config", "consumer_byte_rate",
                             "--entity-type", "users", "--entity-name", "quota-alice")
    after = target.run_tool("kafka-configs", *bs, "--describe", "--entity-type", "users", "--entity-name",
                            "quota-alice")
    observed = {
        "alter_user": [alter_user.returncode, _tool_lines(alter_user, target)],
        "alter_client": [alter_client.returncode, _tool_lines(alter_client, target)],
        "bad_value": [bad_key.returncode, _error_lines(bad_key)],
        "describe_user": [users.returncode, _tool_lines(users, target)],
        "describe_client": [clients.returncode, _tool_lines(clients, target)],
        "remove": [remove.returncode, _tool_lines(remove, target)],
        "after": [after.returncode, _tool_lines(after, target)],
    }
    check("security.quotas", observed, {
        "alter_user": [0, ["Completed updating config for user quota-alice."]],
        "alter_client": [0, ["Completed updating config for client quota-app."]],
        "bad_value": [1, ["Error while executing config command with args '--bootstrap-server <broker> --alter "
                          "--add-config producer_byte_rate=1.5 --entity-type users --entity-name quota-bob'",
                          "java.util.concurrent.ExecutionException: org.apache.kafka.common.errors."
                          "InvalidRequestException: producer_byte_rate cannot be a fractional value."]],
        "describe_user": [0, ["Quota configs for user-principal 'quota-alice' are consumer_byte_rate=2048.0, "
                              "producer_byte_rate=1024.0"]],
        "describe_client": [0, ["Quota configs for client-id 'quota-app' are request_percentage=12.5"]],
        "remove": [0, ["Completed updating config for user quota-alice."]],
        "after": [0, ["Quota configs for user-principal 'quota-alice' are producer_byte_rate=1024.0"]],
    })


def _error_lines(result: Any) -> list[str]:
    text = (result.stdout + "\n" + result.stderr).replace("\t", " ")
    keep = [line.strip() for line in text.splitlines()
            if line.startswith("Error while executing") or line.startswith("java.util.concurrent.ExecutionException")]
    return [re.sub(r"127\.0\.0\.1:\d+", "<broker>", line) for line in keep]


def test_scram_credentials_with_kafka_configs(target: Target, check: Check, tools: None) -> None:
    bs = ("--bootstrap-server", target.bootstrap)
    add = target.run_tool("kafka-configs", *bs, "--alter", "--add-config",
                          "SCRAM-SHA-256=[iterations=8192,password=carol-secret]",
                          "--entity-type", "users", "--entity-name", "scram-carol")
    add512 = target.run_tool("kafka-configs", *bs, "--alter", "--add-config", "SCRAM-SHA-512=[password=c2]",
                             "--entity-type", "users", "--entity-name", "scram-carol")
    # Two mechanisms of one user in one request: Kafka refuses the whole user.
    both = target.run_tool("kafka-configs", *bs, "--alter", "--add-config",
                           "SCRAM-SHA-256=[password=a],SCRAM-SHA-512=[password=b]",
                           "--entity-type", "users", "--entity-name", "scram-erin")
    describe = target.run_tool("kafka-configs", *bs, "--describe", "--entity-type", "users", "--entity-name",
                               "scram-carol")
    delete = target.run_tool("kafka-configs", *bs, "--alter", "--delete-config", "SCRAM-SHA-512", "--entity-type",
                             "users", "--entity-name", "scram-carol")
    after = target.run_tool("kafka-configs", *bs, "--describe", "--entity-type", "users", "--entity-name",
                            "scram-carol")
    too_few = target.run_tool("kafka-configs", *bs, "--alter", "--add-config",
                              "SCRAM-SHA-256=[iterations=100,password=x]", "--entity-type", "users",
                              "--entity-name", "scram-dave")
    admin = admin_client(target.bootstrap)  # must outlive its futures
    observed = {
        "add": [add.returncode, _tool_lines(add, target)],
        "add512": [add512.returncode, _tool_lines(add512, target)],
        "both": [both.returncode, _error_lines(both)[1:]],
        "describe": [describe.returncode, _tool_lines(describe, target)],
        "delete": [delete.returncode, _tool_lines(delete, target)],
        "after": [after.returncode, _tool_lines(after, target)],
        "too_few_tool": [too_few.returncode, too_few.stderr.strip().splitlines()[:1]],
        "too_few_admin": _outcome(lambda: admin.alter_user_scram_credentials([
            UserScramCredentialUpsertion("scram-dave", ScramCredentialInfo(ScramMechanism.SCRAM_SHA_256, 100), b"x")
        ])["scram-dave"].result(timeout=30)),
    }
    for key in ("describe", "after"):
        observed[key][1] = [_sorted_mechanisms(line) for line in observed[key][1]]
    check("security.scram_configs", observed, {
        "add": [0, ["Completed updating config for user scram-carol."]],
        "add512": [0, ["Completed updating config for user scram-carol."]],
        "both": [1, ["java.util.concurrent.ExecutionException: org.apache.kafka.common.errors."
                     "DuplicateResourceException: A user credential cannot be altered twice in the same request"]],
        "describe": [0, ["SCRAM credential configs for user-principal 'scram-carol' are SCRAM-SHA-256=iterations=8192, "
                         "SCRAM-SHA-512=iterations=4096"]],
        "delete": [0, ["Completed updating config for user scram-carol."]],
        "after": [0, ["SCRAM credential configs for user-principal 'scram-carol' are SCRAM-SHA-256=iterations=8192"]],
        "too_few_tool": [1, ["Iterations 100 is less than the minimum 4096 required for SCRAM-SHA-256"]],
        "too_few_admin": "UNACCEPTABLE_CREDENTIAL",
    })


def _sorted_mechanisms(line: str) -> str:
    """Kafka lists a user's SCRAM mechanisms in hash order; compare them sorted."""
    head, sep, tail = line.partition(" are ")
    return head + sep + ", ".join(sorted(tail.split(", "))) if sep else line


# ---------------------------------------------------------------------------------- reassignment, election


def test_reassign_partitions_and_leader_election(target: Target, check: Check, topic: str, tools: None,
                                                 tmp_path: Path) -> None:
    create_topic(target.bootstrap, topic, partitions=2)
    bs = ("--bootstrap-server", target.bootstrap)
    same = tmp_path / "same.json"
    same.write_text(json.dumps({"version": 1, "partitions": [
        {"topic": topic, "partition": 0, "replicas": [1]},
        {"topic": topic, "partition": 1, "replicas": [1]},
    ]}))
    unknown = tmp_path / "unknown.json"
    unknown.write_text(json.dumps({"version": 1, "partitions": [{"topic": topic, "partition": 0, "replicas": [2]}]}))
    execute = target.run_tool("kafka-reassign-partitions", *bs, "--execute", "--reassignment-json-file", str(same))
    verify = target.run_tool("kafka-reassign-partitions", *bs, "--verify", "--reassignment-json-file", str(same))
    listed = target.run_tool("kafka-reassign-partitions", *bs, "--list")
    bad = target.run_tool("kafka-reassign-partitions", *bs, "--execute", "--reassignment-json-file", str(unknown))
    cancel = target.run_tool("kafka-reassign-partitions", *bs, "--cancel", "--reassignment-json-file", str(same))
    elect_all = target.run_tool("kafka-leader-election", *bs, "--election-type", "preferred",
                                "--all-topic-partitions")
    elect_one = target.run_tool("kafka-leader-election", *bs, "--election-type", "preferred", "--topic", topic,
                                "--partition", "0")

    def norm(result: Any) -> list[str]:
        return [line.replace(topic, "<topic>").replace(str(target.log_dir), "<logdir>")
                for line in _tool_lines(result, target)]

    def norm_err(result: Any) -> list[str]:
        text = (result.stdout + "\n" + result.stderr).replace(topic, "<topic>")
        return [line.strip() for line in text.splitlines()
                if "Error" in line or "Exception" in line][:2]

    observed = {
        "execute": [execute.returncode, norm(execute)],
        "verify": [verify.returncode, norm(verify)],
        "list": [listed.returncode, norm(listed)],
        "unknown_broker": [bad.returncode, norm_err(bad)],
        "cancel": [cancel.returncode, norm(cancel)],
        "elect_all": [elect_all.returncode, norm(elect_all)],
        "elect_one": [elect_one.returncode, norm(elect_one)],
    }
    current = ('{"version":1,"partitions":[{"topic":"<topic>","partition":0,"replicas":[1],"log_dirs":["<logdir>"]},'
               '{"topic":"<topic>","partition":1,"replicas":[1],"log_dirs":["<logdir>"]}]}')
    check("security.reassign_elect", observed, {
        "execute": [0, [
            "Current partition replica assignment",
            current,
            "Save this to use as the --reassignment-json-file option during rollback",
            "Successfully started partition reassignments for <topic>-0,<topic>-1",
        ]],
        "verify": [0, [
            "Status of partition reassignment:",
            "Reassignment of partition <topic>-0 is completed.",
            "Reassignment of partition <topic>-1 is completed.",
            "Clearing broker-level throttles on broker 1",
            "Clearing topic-level throttles on topic <topic>",
        ]],
        "list": [0, ["No partition reassignments found."]],
        "unknown_broker": [1, [
            "Error: Unknown broker id 2",
            "org.apache.kafka.tools.AdminCommandFailedException: Unknown broker id 2",
        ]],
        "cancel": [0, [
            "None of the specified partition reassignments are active.",
            "None of the specified partition moves are active.Clearing broker-level throttles on broker 1",
            "Clearing topic-level throttles on topic <topic>",
        ]],
        # Electing every partition leaves out those that need nothing: nothing to print.
        "elect_all": [0, []],
        "elect_one": [0, ["Valid replica already elected for partitions <topic>-0"]],
    })


def test_alter_replica_log_dirs_to_same_dir(target: Target, check: Check, topic: str, tools: None,
                                            tmp_path: Path) -> None:
    create_topic(target.bootstrap, topic)
    log_dir = str(target.log_dir)
    plan = tmp_path / "dirs.json"
    plan.write_text(json.dumps({"version": 1, "partitions": [
        {"topic": topic, "partition": 0, "replicas": [1], "log_dirs": [log_dir]}]}))
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"version": 1, "partitions": [
        {"topic": topic, "partition": 0, "replicas": [1], "log_dirs": [str(tmp_path / "nope")]}]}))
    bs = ("--bootstrap-server", target.bootstrap)
    same = target.run_tool("kafka-reassign-partitions", *bs, "--execute", "--reassignment-json-file", str(plan))
    missing = target.run_tool("kafka-reassign-partitions", *bs, "--execute", "--reassignment-json-file", str(other))

    def norm(result: Any) -> list[str]:
        text = (result.stdout + "\n" + result.stderr).replace(topic, "<topic>").replace(str(tmp_path), "<tmp>")
        text = text.replace(log_dir, "<logdir>")
        return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("{")]

    observed = {
        "same": [same.returncode, norm(same)],
        "missing": [missing.returncode, [line for line in norm(missing) if "LogDirNotFound" in line][-1:]],
    }
    check("security.alter_replica_log_dirs", observed, {
        "same": [0, [
            "Current partition replica assignment",
            "Save this to use as the --reassignment-json-file option during rollback",
            "Successfully started partition reassignment for <topic>-0",
            "Successfully started moving log directory to <logdir> for replica <topic>-0 with broker 1",
        ]],
        "missing": [1, [
            "Caused by: org.apache.kafka.common.errors.LogDirNotFoundException: The user-specified log directory is "
            "not found in the broker config.",
        ]],
    })


# ---------------------------------------------------------------------------------- features, tokens


def test_update_features(target: Target, check: Check, tools: None) -> None:
    bs = ("--bootstrap-server", target.bootstrap)
    same = target.run_tool("kafka-features", *bs, "upgrade", "--feature", "group.version=1")
    dry = target.run_tool("kafka-features", *bs, "downgrade", "--feature", "transaction.version=1", "--dry-run")
    too_new = target.run_tool("kafka-features", *bs, "upgrade", "--feature", "group.version=9")
    observed = {
        "same": [same.returncode, _tool_lines(same, target)],
        "dry_run": [dry.returncode, _tool_lines(dry, target)],
        "too_new": [too_new.returncode, _tool_lines(too_new, target)[:1]],
    }
    check("security.update_features", observed, {
        "same": [0, ["group.version was upgraded to 1."]],
        "dry_run": [0, ["transaction.version can be downgraded to 1."]],
        "too_new": [1, ["Could not upgrade group.version to 9. The update failed for all features since the "
                        "following feature had an error: Invalid update version 9 for feature group.version. "
                        "Local controller 1 only supports versions 0-1"]],
    })


def _token_error(result: Any) -> str | None:
    for line in (result.stdout + "\n" + result.stderr).splitlines():
        if "Exception" in line:
            return line.strip()
    return None


def test_delegation_tokens_refused_on_plaintext(target: Target, check: Check, tools: None,
                                                tmp_path: Path) -> None:
    props = tmp_path / "client.properties"
    props.write_text("")
    bs = ("--bootstrap-server", target.bootstrap, "--command-config", str(props))
    create = target.run_tool("kafka-delegation-tokens", *bs, "--create", "--max-life-time-period", "-1")
    describe = target.run_tool("kafka-delegation-tokens", *bs, "--describe")
    observed = {"create": [create.returncode, _token_error(create)],
                "describe": [describe.returncode, _token_error(describe)]}
    refused = ("org.apache.kafka.common.errors.UnsupportedByAuthenticationException: Delegation Token requests are "
               "not allowed on PLAINTEXT/1-way SSL channels and on delegation token authenticated channels.")
    check("security.delegation_tokens_plaintext", observed, {"create": [1, refused], "describe": [1, refused]})


# ---------------------------------------------------------------------------------- SASL and ACLs


class Secured:
    def __init__(self, broker: Any, sasl_port: int) -> None:
        self.broker = broker
        self.sasl_bootstrap = f"127.0.0.1:{sasl_port}"

    @property
    def bootstrap(self) -> str:
        return str(self.broker.bootstrap)


@pytest.fixture(scope="module")
def secured(target: Target, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Secured]:
    """A broker of the target's kind with a SASL_PLAINTEXT listener and the StandardAuthorizer.

    The PLAINTEXT and controller listeners authenticate as User:ANONYMOUS, made a super user
    so admin tools (and Kafka's own broker-to-controller traffic) keep working.
    """
    name = getattr(target, "name", "")
    if name not in ("kafka", "kpybroker") or not hasattr(target, "controller_port"):
        pytest.skip("a secured broker needs a locally launched target")
    workdir = tmp_path_factory.mktemp(f"secured-{name}")
    [sasl_port] = free_ports(1)
    cls = RealKafka if name == "kafka" else KPyBroker
    broker = cls(workdir)
    broker.extra_config.update({
        "listeners": f"PLAINTEXT://127.0.0.1:{broker.port},SASL_PLAINTEXT://127.0.0.1:{sasl_port},"
                     f"CONTROLLER://127.0.0.1:{broker.controller_port}",
        "advertised.listeners": f"PLAINTEXT://127.0.0.1:{broker.port},SASL_PLAINTEXT://127.0.0.1:{sasl_port}",
        "listener.security.protocol.map": "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT",
        "sasl.enabled.mechanisms": "PLAIN,SCRAM-SHA-256",
        "listener.name.sasl_plaintext.plain.sasl.jaas.config": PLAIN_JAAS,
        "listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config": SCRAM_JAAS,
        "authorizer.class.name": STANDARD_AUTHORIZER,
        "super.users": "User:ANONYMOUS",
        "allow.everyone.if.no.acl.found": "false",
    })
    try:
        broker.start()
    except LauncherError as exc:
        broker.close()
        pytest.fail(f"secured {name} broker did not start:\n{exc}", pytrace=False)
    yield Secured(broker, sasl_port)
    broker.close()


def _sasl_config(secured: Secured, mechanism: str, user: str, password: str) -> dict[str, Any]:
    return {
        "bootstrap.servers": secured.sasl_bootstrap, "security.protocol": "SASL_PLAINTEXT",
        "sasl.mechanism": mechanism, "sasl.username": user, "sasl.password": password,
        "logger": quiet_logger(), "socket.timeout.ms": 10000, "message.timeout.ms": 10000,
    }


def _produce(config: dict[str, Any], topic: str) -> str:
    errors: list[Any] = []
    producer = Producer(config)
    producer.produce(topic, b"v", on_delivery=lambda err, _msg: errors.append(err))
    producer.flush(15)
    if not errors:
        return "timeout"
    return error_name(errors[0]) or "ok"


def _auth_error(config: dict[str, Any]) -> str:
    """What librdkafka reports when authentication fails (the broker's error message)."""
    seen: list[str] = []
    config = dict(config, error_cb=lambda err: seen.append(err.str()))
    consumer = Consumer({**config, "group.id": "auth-probe"})
    try:
        consumer.list_topics(timeout=5)
    except KafkaException:
        pass
    finally:
        consumer.close()
    for text in seen:
        match = re.search(r"SASL authentication error: (.*?) \(after", text)
        if match:
            return match.group(1)
    return "no authentication error: " + "; ".join(seen[:2])


def _allow(admin: Any, topic: str, principal: str, operation: Any) -> None:
    binding = AclBinding(ResourceType.TOPIC, topic, ResourcePatternType.LITERAL, principal, "*", operation,
                         AclPermissionType.ALLOW)
    admin.create_acls([binding])[binding].result(timeout=30)


def test_sasl_plain_and_scram(target: Target, secured: Secured, check: Check, topic: str) -> None:
    create_topic(secured.bootstrap, topic)
    admin = admin_client(secured.bootstrap)
    _allow(admin, topic, "User:alice", AclOperation.WRITE)
    _allow(admin, topic, "User:carol", AclOperation.WRITE)
    upsert = UserScramCredentialUpsertion("carol", ScramCredentialInfo(ScramMechanism.SCRAM_SHA_256, 8192),
                                          b"carol-secret")
    admin.alter_user_scram_credentials([upsert])["carol"].result(timeout=30)
    observed = {
        "plain_ok": _produce(_sasl_config(secured, "PLAIN", "alice", "alice-secret"), topic),
        "plain_bad": _auth_error(_sasl_config(secured, "PLAIN", "alice", "wrong")),
        "scram_ok": _produce(_sasl_config(secured, "SCRAM-SHA-256", "carol", "carol-secret"), topic),
        "scram_bad": _auth_error(_sasl_config(secured, "SCRAM-SHA-256", "carol", "wrong")),
        "scram_unknown_user": _auth_error(_sasl_config(secured, "SCRAM-SHA-256", "nobody", "x")),
    }
    check("security.sasl", observed, {
        "plain_ok": "ok",
        "plain_bad": "Authentication failed: Invalid username or password",
        "scram_ok": "ok",
        "scram_bad": "Authentication failed during authentication due to invalid credentials with SASL "
                     "mechanism SCRAM-SHA-256",
        "scram_unknown_user": "Authentication failed during authentication due to invalid credentials with SASL "
                              "mechanism SCRAM-SHA-256",
    })


def test_acls_with_standard_authorizer(target: Target, secured: Secured, check: Check, topic: str,
                                       tools: None) -> None:
    bs = ("--bootstrap-server", secured.bootstrap)
    create_topic(secured.bootstrap, topic)
    add = secured.broker.run_tool("kafka-acls", *bs, "--add", "--allow-principal", "User:bob", "--operation", "Read",
                                  "--operation", "Describe", "--topic", topic)
    listed = secured.broker.run_tool("kafka-acls", *bs, "--list", "--topic", topic)
    removed = secured.broker.run_tool("kafka-acls", *bs, "--remove", "--force", "--allow-principal", "User:bob",
                                      "--operation", "Describe", "--topic", topic)
    after = secured.broker.run_tool("kafka-acls", *bs, "--list", "--topic", topic)

    def norm(result: Any) -> list[str]:
        return sorted(re.sub(r"\s+", " ", line.replace(topic, "<topic>")).strip()
                      for line in result.stdout.splitlines() if line.strip())

    observed = {
        "add": [add.returncode, norm(add)],
        "list": [listed.returncode, norm(listed)],
        "remove": [removed.returncode, norm(removed)],
        "after": [after.returncode, norm(after)],
    }
    bob_read = "(principal=User:bob, host=*, operation=READ, permissionType=ALLOW)"
    bob_describe = "(principal=User:bob, host=*, operation=DESCRIBE, permissionType=ALLOW)"
    header = "Current ACLs for resource `ResourcePattern(resourceType=TOPIC, name=<topic>, patternType=LITERAL)`:"
    adding = "Adding ACLs for resource `ResourcePattern(resourceType=TOPIC, name=<topic>, patternType=LITERAL)`:"
    check("security.acls_standard_authorizer", observed, {
        "add": [0, sorted([adding, bob_read, bob_describe])],
        "list": [0, sorted([header, bob_read, bob_describe])],
        "remove": [0, []],
        "after": [0, sorted([header, bob_read])],
    })


def test_acls_are_enforced(target: Target, secured: Secured, check: Check, topic: str) -> None:
    create_topic(secured.bootstrap, topic)
    admin = admin_client(secured.bootstrap)
    before = _produce(_sasl_config(secured, "PLAIN", "bob", "bob-secret"), topic)
    _allow(admin, topic, "User:bob", AclOperation.WRITE)
    after = _produce(_sasl_config(secured, "PLAIN", "bob", "bob-secret"), topic)
    check("security.acl_enforcement", {"before": before, "after": after},
          {"before": "TOPIC_AUTHORIZATION_FAILED", "after": "ok"})


def test_delegation_tokens_without_secret_on_sasl(target: Target, secured: Secured, check: Check, tools: None,
                                                 tmp_path: Path) -> None:
    props = tmp_path / "sasl.properties"
    props.write_text(
        "security.protocol=SASL_PLAINTEXT\nsasl.mechanism=PLAIN\n"
        'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="alice" '
        'password="alice-secret";\n'
    )
    bs = ("--bootstrap-server", secured.sasl_bootstrap, "--command-config", str(props))
    create = secured.broker.run_tool("kafka-delegation-tokens", *bs, "--create", "--max-life-time-period", "-1")
    describe = secured.broker.run_tool("kafka-delegation-tokens", *bs, "--describe")
    observed = {"create": [create.returncode, _token_error(create)],
                "describe": [describe.returncode, _token_error(describe)]}
    disabled = ("org.apache.kafka.common.errors.DelegationTokenDisabledException: Delegation Token feature is not "
                "enabled.")
    check("security.delegation_tokens_sasl", observed, {"create": [1, disabled], "describe": [1, disabled]})
