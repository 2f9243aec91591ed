"""The sans-IO group coordinator: every group API, timers, offsets and `__consumer_offsets` replay.

Inputs are request bodies (generated `protocol.messages` classes), a `RequestInfo` and
`now_ms`; outputs are responses, `Pending` markers whose answers arrive later through
`take_completions()`, and records to append through `take_records()`. The caller must
append the records before it sends any response or completion produced by the same call.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable
from typing import Any, Protocol

import structlog

from kpybroker.coordinator.classic_group import ClassicGroup, ClassicMember, ClassicState
from kpybroker.coordinator.classic_protocol import ClassicProtocol, MemberError, validate_member
from kpybroker.coordinator.config import CoordinatorConfig
from kpybroker.coordinator.consumer_group import ConsumerGroup
from kpybroker.coordinator.consumer_protocol import ConsumerProtocol
from kpybroker.coordinator.hashing import partition_for
from kpybroker.coordinator.offsets import CommittedOffset, OffsetStore
from kpybroker.coordinator.records import (
    CoordinatorRecord,
    DecodedRecord,
    UnknownRecordType,
    decode_record,
    group_tombstone,
    offset_commit_record,
    offset_tombstone,
)
from kpybroker.coordinator.requests import Pending, RequestInfo
from protocol import messages as m
from protocol.errors import ErrorCode

log = structlog.get_logger("kpybroker.coordinator")

E = ErrorCode
Group = ClassicGroup | ConsumerGroup

__all__ = ["GroupCoordinator", "Pending", "RequestInfo", "TopicView"]


class TopicView(Protocol):
    """The slice of cluster metadata the coordinator reads (topic names, ids, partition counts)."""

    def topic_id(self, name: str) -> uuid.UUID | None: ...

    def topic_name(self, topic_id: uuid.UUID) -> str | None: ...

    def partition_count(self, name: str) -> int | None: ...

    def topic_names(self) -> list[str]: ...


class EmptyTopics:
    def topic_id(self, name: str) -> uuid.UUID | None:
        return None

    def topic_name(self, topic_id: uuid.UUID) -> str | None:
        return None

    def partition_count(self, name: str) -> int | None:
        return None

    def topic_names(self) -> list[str]:
        return []


class GroupCoordinator:
    def __init__(
        self,
        config: CoordinatorConfig | None = None,
        topics: TopicView | None = None,
        *,
        uuid_factory: Callable[[], str] | None = None,
        now_ms: int = 0,
    ) -> None:
        self.config = config or CoordinatorConfig()
        self.topics: TopicView = topics or EmptyTopics()
        self.now_ms = now_ms
        from kpybroker.coordinator.timer import Timer

        self.timer = Timer()
        self.groups: dict[str, Group] = {}
        self.offsets = OffsetStore()
        self._records: list[CoordinatorRecord] = []
        self._completions: list[tuple[int, Any]] = []
        self._tokens = itertools.count(1)
        self._uuid = uuid_factory or (lambda: str(uuid.uuid4()))
        self._next_cleanup_ms = now_ms + self.config.offsets_retention_check_interval_ms
        self.classic = ClassicProtocol(self)
        self.consumer = ConsumerProtocol(self)

    # -- plumbing shared by the protocol modules ---------------------------------------------------
    def partition_for(self, group_id: str) -> int:
        return partition_for(group_id, self.config.num_partitions)

    def new_token(self) -> int:
        return next(self._tokens)

    def new_uuid(self) -> str:
        return self._uuid()

    def complete(self, token: int, response: Any) -> None:
        self._completions.append((token, response))

    def emit(self, record: CoordinatorRecord) -> None:
        self._records.append(record)

    def take_records(self) -> list[CoordinatorRecord]:
        out, self._records = self._records, []
        return out

    def take_completions(self) -> list[tuple[int, Any]]:
        out, self._completions = self._completions, []
        return out

    def advance(self, now_ms: int) -> None:
        """Move the clock (never backwards) and fire due timers."""
        self.now_ms = max(self.now_ms, now_ms)
        self.timer.run_expired(self.now_ms)

    def tick(self, now_ms: int) -> None:
        self.advance(now_ms)
        if self.now_ms >= self._next_cleanup_ms:
            self._next_cleanup_ms = self.now_ms + self.config.offsets_retention_check_interval_ms
            self.cleanup_expired_offsets()

    def shutdown(self) -> None:
        self.classic.fail_all_pending(E.NOT_COORDINATOR)
        self.consumer.shutdown()
        self.timer.clear()

    # -- classic group API ---------------------------------------------------------------------------
    def join_group(self, req: m.JoinGroupRequest, info: RequestInfo, now_ms: int) -> m.JoinGroupResponse | Pending:
        self.advance(now_ms)
        return self.classic.join(req, info)

    def sync_group(self, req: m.SyncGroupRequest, info: RequestInfo, now_ms: int) -> m.SyncGroupResponse | Pending:
        self.advance(now_ms)
        return self.classic.sync(req, info)

    def heartbeat(self, req: m.HeartbeatRequest, info: RequestInfo, now_ms: int) -> m.HeartbeatResponse:
        self.advance(now_ms)
        return self.classic.heartbeat(req, info)

    def leave_group(self, req: m.LeaveGroupRequest, info: RequestInfo, now_ms: int) -> m.LeaveGroupResponse:
        self.advance(now_ms)
        group = self.groups.get(req.group_id)
        if isinstance(group, ConsumerGroup):
            return self.consumer.classic_leave(group, req, info)
        return self.classic.leave(req, info)

    # -- KIP-848 -----------------------------------------------------------------------------------------
    def consumer_group_heartbeat(
        self, req: m.ConsumerGroupHeartbeatRequest, info: RequestInfo, now_ms: int
    ) -> m.ConsumerGroupHeartbeatResponse:
        self.advance(now_ms)
        return self.consumer.heartbeat(req, info)

    def consumer_group_describe(
        self, group_ids: list[str], info: RequestInfo, now_ms: int
    ) -> list[m.ConsumerGroupDescribeResponse.DescribedGroup]:
        self.advance(now_ms)
        return [self.consumer.describe(gid) for gid in group_ids]

    # -- offsets ---------------------------------------------------------------------------------------
    def commit_offsets(self, req: m.OffsetCommitRequest, info: RequestInfo, now_ms: int) -> m.OffsetCommitResponse:
        """Topics are identified by name here; the handler resolves v10 topic ids first."""
        self.advance(now_ms)
        error = self._validate_offset_commit(req, info)
        topics = []
        for topic in req.topics:
            parts = []
            for p in topic.partitions:
                code = error
                if code == E.NONE:
                    meta = p.committed_metadata
                    if meta is not None and len(meta.encode()) > self.config.offset_metadata_max_bytes:
                        code = E.OFFSET_METADATA_TOO_LARGE
                    else:
                        self._commit_one(req, topic.name, p, info)
                parts.append(m.OffsetCommitResponse.OffsetCommitResponsePartition(partition_index=p.partition_index, error_code=code))
            topics.append(m.OffsetCommitResponse.OffsetCommitResponseTopic(name=topic.name, partitions=parts))
        return m.OffsetCommitResponse(topics=topics)

    def _commit_one(self, req: m.OffsetCommitRequest, topic: str, p: Any, info: RequestInfo) -> None:
        retention = getattr(req, "retention_time_ms", -1)
        expire = self.now_ms + retention if 2 <= info.api_version <= 4 and retention not in (-1, None) else None
        value = CommittedOffset(
            offset=p.committed_offset,
            leader_epoch=p.committed_leader_epoch,
            metadata=p.committed_metadata or "",
            commit_timestamp_ms=self.now_ms,
            expire_timestamp_ms=expire,
        )
        self.offsets.put(req.group_id, topic, p.partition_index, value)
        self.emit(
            offset_commit_record(
                self.partition_for(req.group_id),
                req.group_id,
                topic,
                p.partition_index,
                offset=value.offset,
                leader_epoch=value.leader_epoch,
                metadata=value.metadata,
                commit_timestamp_ms=value.commit_timestamp_ms,
                expire_timestamp_ms=expire,
            )
        )

    def _validate_offset_commit(self, req: m.OffsetCommitRequest, info: RequestInfo) -> ErrorCode:
        if not req.group_id:
            return E.INVALID_GROUP_ID
        generation = req.generation_id_or_member_epoch
        group = self.groups.get(req.group_id)
        if group is None:
            if generation >= 0:
                return E.GROUP_ID_NOT_FOUND if info.api_version >= 9 else E.ILLEGAL_GENERATION
            # A simple (standalone) commit creates an empty classic group, as Kafka does.
            group = ClassicGroup(req.group_id, state_timestamp_ms=self.now_ms)
            self.groups[req.group_id] = group
        if isinstance(group, ConsumerGroup):
            return self.consumer.validate_offset_commit(group, req, info)
        if group.is_in(ClassicState.DEAD):
            return E.COORDINATOR_NOT_AVAILABLE
        if generation < 0 and group.is_in(ClassicState.EMPTY):
            return E.NONE
        if generation >= 0 or req.member_id or req.group_instance_id is not None:
            try:
                validate_member(group, req.member_id, req.group_instance_id)
            except MemberError as exc:
                return exc.code
            if generation != group.generation_id:
                return E.ILLEGAL_GENERATION
        elif not group.is_in(ClassicState.EMPTY):
            return E.UNKNOWN_MEMBER_ID
        if group.is_in(ClassicState.COMPLETING_REBALANCE):
            return E.REBALANCE_IN_PROGRESS
        return E.NONE

    def commit_txn_offsets(
        self, group_id: str, offsets: list[tuple[str, int, int, int, str | None]], now_ms: int
    ) -> None:
        """Materialise committed transactional offsets (topic, partition, offset, epoch, metadata)."""
        self.advance(now_ms)
        if group_id not in self.groups:
            self.groups[group_id] = ClassicGroup(group_id, state_timestamp_ms=self.now_ms)
        for topic, partition, offset, epoch, metadata in offsets:
            req_p = m.OffsetCommitRequest.OffsetCommitRequestPartition(
                partition_index=partition, committed_offset=offset, committed_leader_epoch=epoch,
                committed_metadata=metadata,
            )
            self._commit_one(m.OffsetCommitRequest(group_id=group_id), topic, req_p, RequestInfo(api_version=9))

    def fetch_offsets(
        self,
        group_id: str,
        topics: list[tuple[str, list[int]]] | None,
        info: RequestInfo,
        now_ms: int,
        *,
        member_id: str | None = None,
        member_epoch: int = -1,
    ) -> tuple[ErrorCode, list[tuple[str, list[tuple[int, int, int, str | None, ErrorCode]]]]]:
        """(group error, [(topic, [(partition, offset, leader epoch, metadata, error)])]).

        `topics=None` asks for every committed offset of the group.
        """
        self.advance(now_ms)
        group = self.groups.get(group_id)
        if isinstance(group, ConsumerGroup) and member_id is not None:
            code = self.consumer.validate_offset_fetch(group, member_id, member_epoch)
            if code != E.NONE:
                return code, []
        committed = self.offsets.group_offsets(group_id)
        if topics is None:
            out = []
            for topic, parts in sorted(committed.items()):
                out.append(
                    (topic, [(p, v.offset, v.leader_epoch, v.metadata, E.NONE) for p, v in sorted(parts.items())])
                )
            return E.NONE, out
        result = []
        for topic, partitions in topics:
            rows = []
            for p in partitions:
                v = committed.get(topic, {}).get(p)
                if v is None:
                    rows.append((p, -1, -1, "", E.NONE))
                else:
                    rows.append((p, v.offset, v.leader_epoch, v.metadata, E.NONE))
            result.append((topic, rows))
        return E.NONE, result

    def delete_offsets(self, req: m.OffsetDeleteRequest, info: RequestInfo, now_ms: int) -> m.OffsetDeleteResponse:
        self.advance(now_ms)
        group = self.groups.get(req.group_id)
        if group is None:
            return m.OffsetDeleteResponse(error_code=E.GROUP_ID_NOT_FOUND)
        if isinstance(group, ClassicGroup):
            if group.is_in(ClassicState.DEAD):
                return m.OffsetDeleteResponse(error_code=E.GROUP_ID_NOT_FOUND)
            if not group.is_empty() and not group.uses_consumer_protocol():
                return m.OffsetDeleteResponse(error_code=E.NON_EMPTY_GROUP)
        topics = []
        partition = self.partition_for(req.group_id)
        for topic in req.topics:
            parts = []
            subscribed = not group.is_empty() and group.is_subscribed_to_topic(topic.name)
            for p in topic.partitions:
                code = E.NONE
                if subscribed:
                    code = E.GROUP_SUBSCRIBED_TO_TOPIC
                elif self.offsets.delete(req.group_id, topic.name, p.partition_index):
                    self.emit(offset_tombstone(partition, req.group_id, topic.name, p.partition_index))
                parts.append(m.OffsetDeleteResponse.OffsetDeleteResponsePartition(partition_index=p.partition_index, error_code=code))
            topics.append(m.OffsetDeleteResponse.OffsetDeleteResponseTopic(name=topic.name, partitions=parts))
        return m.OffsetDeleteResponse(error_code=E.NONE, topics=topics)

    # -- group administration ----------------------------------------------------------------------------
    def describe_groups(
        self, group_ids: list[str], info: RequestInfo, now_ms: int
    ) -> list[m.DescribeGroupsResponse.DescribedGroup]:
        self.advance(now_ms)
        return [self._describe_one(gid, info) for gid in group_ids]

    def _describe_one(self, group_id: str, info: RequestInfo) -> m.DescribeGroupsResponse.DescribedGroup:
        DG = m.DescribeGroupsResponse.DescribedGroup
        group = self.groups.get(group_id)
        if not isinstance(group, ClassicGroup):
            if info.api_version >= 6:
                return DG(
                    group_id=group_id, group_state="Dead", error_code=E.GROUP_ID_NOT_FOUND,
                    error_message=f"Group {group_id} not found.",
                )
            return DG(group_id=group_id, group_state="Dead", error_code=E.NONE)
        stable = group.is_in(ClassicState.STABLE)
        members = [
            m.DescribeGroupsResponse.DescribedGroupMember(
                member_id=mem.member_id,
                group_instance_id=mem.group_instance_id,
                client_id=mem.client_id,
                client_host=mem.client_host,
                member_metadata=mem.metadata_for(group.protocol_name) if stable else b"",
                member_assignment=mem.assignment if stable else b"",
            )
            for mem in group.members.values()
        ]
        return DG(
            error_code=E.NONE,
            group_id=group_id,
            group_state=group.state_name,
            protocol_type=group.protocol_type or "",
            protocol_data=(group.protocol_name or "") if stable else "",
            members=members,
        )

    def list_groups(
        self, states: list[str], types: list[str], now_ms: int
    ) -> list[m.ListGroupsResponse.ListedGroup]:
        self.advance(now_ms)
        want_states = {s.lower() for s in states}
        want_types = {t.lower() for t in types}
        out = []
        for gid, group in self.groups.items():
            if isinstance(group, ClassicGroup) and group.is_in(ClassicState.DEAD):
                continue
            state = group.state_name
            if want_states and state.lower() not in want_states:
                continue
            if want_types and group.kind not in want_types:
                continue
            protocol_type = group.protocol_type or "" if isinstance(group, ClassicGroup) else "consumer"
            out.append(
                m.ListGroupsResponse.ListedGroup(
                    group_id=gid, protocol_type=protocol_type, group_state=state, group_type=group.kind
                )
            )
        return out

    def delete_groups(
        self, group_ids: list[str], info: RequestInfo, now_ms: int
    ) -> list[m.DeleteGroupsResponse.DeletableGroupResult]:
        self.advance(now_ms)
        out = []
        for gid in group_ids:
            group = self.groups.get(gid)
            code = E.NONE
            if group is None or (isinstance(group, ClassicGroup) and group.is_in(ClassicState.DEAD)):
                code = E.GROUP_ID_NOT_FOUND
            elif not group.is_empty():
                code = E.NON_EMPTY_GROUP
            else:
                self.delete_group_state(gid, keep_offsets=False)
            out.append(m.DeleteGroupsResponse.DeletableGroupResult(group_id=gid, error_code=code))
        return out

    def delete_group_state(self, group_id: str, *, keep_offsets: bool) -> None:
        """Drop a group and write its tombstones (the offsets' too, unless kept)."""
        partition = self.partition_for(group_id)
        group = self.groups.pop(group_id, None)
        if not keep_offsets:
            for topic, p in self.offsets.delete_group(group_id):
                self.emit(offset_tombstone(partition, group_id, topic, p))
        if isinstance(group, ConsumerGroup):
            for record in self.consumer.tombstones(group):
                self.emit(record)
        else:
            self.emit(group_tombstone(partition, group_id))

    # -- retention -------------------------------------------------------------------------------------
    def cleanup_expired_offsets(self) -> int:
        """Kafka's periodic cleanup: expire offsets per the group's rule, then drop dead empty groups."""
        expired_total = 0
        for gid in list(self.groups.keys() | set(self.offsets.groups())):
            group = self.groups.get(gid)
            all_expired = True
            if self.offsets.has_offsets(gid):
                rule = self._expiration_rule(group)
                if rule is None:
                    continue
                base, subscribed = rule
                expired = self.offsets.expired(
                    gid, self.now_ms, self.config.offsets_retention_ms, base, lambda t, s=subscribed: not s(t)
                )
                partition = self.partition_for(gid)
                for topic, p in expired:
                    self.offsets.delete(gid, topic, p)
                    self.emit(offset_tombstone(partition, gid, topic, p))
                expired_total += len(expired)
                all_expired = not self.offsets.has_offsets(gid)
            if all_expired and group is not None and group.is_empty():
                log.info("group_expired", group_id=gid)
                self.delete_group_state(gid, keep_offsets=True)
        return expired_total

    def _expiration_rule(
        self, group: Group | None
    ) -> tuple[Callable[[CommittedOffset], int], Callable[[str], bool]] | None:
        by_commit: Callable[[CommittedOffset], int] = lambda v: v.commit_timestamp_ms  # noqa: E731
        if group is None:
            return by_commit, lambda _t: False
        if isinstance(group, ConsumerGroup):
            return by_commit, group.is_subscribed_to_topic
        if group.protocol_type is None:
            return by_commit, lambda _t: False
        if group.is_in(ClassicState.EMPTY):
            ts = group.state_timestamp_ms
            base = (lambda _v: ts) if ts >= 0 else by_commit
            return base, group.is_subscribed_to_topic
        if group.uses_consumer_protocol() and group.subscribed_topics is not None and group.is_in(ClassicState.STABLE):
            return by_commit, group.is_subscribed_to_topic
        return None

    # -- loading -----------------------------------------------------------------------------------------
    def replay(self, key: bytes | memoryview, value: bytes | memoryview | None) -> None:
        """Apply one `__consumer_offsets` record while loading (last write wins, tombstones delete)."""
        try:
            rec = decode_record(key, value)
        except UnknownRecordType:
            return
        if rec.record_type in (0, 1):
            self._replay_offset(rec)
        elif rec.record_type == 2:
            self._replay_group_metadata(rec)
        else:
            self.consumer.replay(rec)

    def _replay_offset(self, rec: DecodedRecord) -> None:
        k = rec.key
        if rec.value is None:
            self.offsets.delete(k.group, k.topic, k.partition)
            return
        v = rec.value
        expire = v.expire_timestamp if rec.value_version == 1 and v.expire_timestamp >= 0 else None
        self.offsets.put(
            k.group,
            k.topic,
            k.partition,
            CommittedOffset(v.offset, v.leader_epoch, v.metadata, v.commit_timestamp, expire),
        )
        if k.group not in self.groups:
            # Kafka keeps a bare classic group for offsets committed without group metadata.
            self.groups[k.group] = ClassicGroup(k.group, state_timestamp_ms=-1)

    def _replay_group_metadata(self, rec: DecodedRecord) -> None:
        gid = rec.key.group
        if rec.value is None:
            existing = self.groups.get(gid)
            if isinstance(existing, ClassicGroup):
                del self.groups[gid]
            return
        v = rec.value
        group = ClassicGroup(
            gid,
            generation_id=v.generation,
            protocol_type=v.protocol_type or None,
            protocol_name=v.protocol,
            leader_id=v.leader,
            state_timestamp_ms=v.current_state_timestamp,
        )
        for mm in v.members:
            member = ClassicMember(
                member_id=mm.member_id,
                group_instance_id=mm.group_instance_id,
                client_id=mm.client_id,
                client_host=mm.client_host,
                rebalance_timeout_ms=mm.rebalance_timeout if mm.rebalance_timeout >= 0 else mm.session_timeout,
                session_timeout_ms=mm.session_timeout,
                protocol_type=v.protocol_type,
                protocols=[(v.protocol or "", bytes(mm.subscription))],
                assignment=bytes(mm.assignment),
            )
            group.members[member.member_id] = member
            if member.group_instance_id is not None:
                group.static_members[member.group_instance_id] = member.member_id
        if group.members:
            group.state = ClassicState.STABLE
            group.previous_state = ClassicState.COMPLETING_REBALANCE
        group.subscribed_topics = group.compute_subscribed_topics()
        self.groups[gid] = group

    def finish_loading(self, now_ms: int) -> None:
        """After replay: start session timers for loaded members, as Kafka's onLoaded does."""
        self.now_ms = max(self.now_ms, now_ms)
        self._next_cleanup_ms = self.now_ms + self.config.offsets_retention_check_interval_ms
        for group in self.groups.values():
            if isinstance(group, ClassicGroup):
                self.classic.on_loaded(group)
            else:
                self.consumer.on_loaded(group)
