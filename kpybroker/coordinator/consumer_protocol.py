"""KIP-848 ConsumerGroupHeartbeat/ConsumerGroupDescribe: epochs, target assignment, reconciliation.

The group epoch is bumped whenever membership or subscriptions change; the target assignment
is then recomputed by the server-side assignor, and each member is walked towards its target
one heartbeat at a time (revoke first, then receive partitions once their owners released them).
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

import structlog

from kpybroker.coordinator.assignors import ASSIGNORS, MemberSpec
from kpybroker.coordinator.consumer_group import Assignment, ConsumerGroup, ConsumerMember, MemberState
from kpybroker.coordinator.records import CoordinatorRecord, DecodedRecord, make_record
from kpybroker.coordinator.requests import RequestInfo
from protocol import messages as m
from protocol.errors import ErrorCode

if TYPE_CHECKING:
    from kpybroker.coordinator.coordinator import GroupCoordinator

log = structlog.get_logger("kpybroker.coordinator.consumer")

E = ErrorCode
LEAVE_EPOCH = -1
STATIC_LEAVE_EPOCH = -2
Resp = m.ConsumerGroupHeartbeatResponse


class HeartbeatError(Exception):
    def __init__(self, code: ErrorCode, message: str | None = None) -> None:
        super().__init__(message or code.name)
        self.code = code
        self.message = message


def _session_key(group_id: str, member_id: str) -> str:
    return f"consumer-session\x00{group_id}\x00{member_id}"


def _rebalance_key(group_id: str, member_id: str) -> str:
    return f"consumer-rebalance\x00{group_id}\x00{member_id}"


def _copy(a: Assignment) -> Assignment:
    return {tid: set(ps) for tid, ps in a.items() if ps}


class ConsumerProtocol:
    def __init__(self, core: GroupCoordinator) -> None:
        self.core = core

    # -- heartbeat -------------------------------------------------------------------------------------
    def heartbeat(self, req: m.ConsumerGroupHeartbeatRequest, info: RequestInfo) -> m.ConsumerGroupHeartbeatResponse:
        try:
            return self._heartbeat(req, info)
        except HeartbeatError as exc:
            return Resp(error_code=exc.code, error_message=exc.message, member_id=None, member_epoch=-1)

    def _validate(self, req: m.ConsumerGroupHeartbeatRequest, info: RequestInfo) -> None:
        def invalid(msg: str) -> HeartbeatError:
            return HeartbeatError(E.INVALID_REQUEST, msg)

        if not req.group_id:
            raise invalid("GroupId can't be empty.")
        if req.instance_id == "":
            raise invalid("InstanceId can't be empty.")
        if req.rack_id == "":
            raise invalid("RackId can't be empty.")
        if req.member_epoch > 0 or req.member_epoch == LEAVE_EPOCH:
            if not req.member_id:
                raise invalid("MemberId can't be empty.")
        elif req.member_epoch == 0:
            if info.api_version >= 1 and not req.member_id:
                raise invalid("MemberId can't be empty.")
            if req.rebalance_timeout_ms == -1:
                raise invalid("RebalanceTimeoutMs must be provided in first request.")
            if req.topic_partitions is None or req.topic_partitions:
                raise invalid("TopicPartitions must be empty when (re-)joining.")
            if req.subscribed_topic_names is None and getattr(req, "subscribed_topic_regex", None) is None:
                raise invalid("SubscribedTopicNames or SubscribedTopicRegex must be set in first request.")
        elif req.member_epoch == STATIC_LEAVE_EPOCH:
            if not req.member_id:
                raise invalid("MemberId can't be empty.")
            if req.instance_id is None:
                raise invalid("InstanceId can't be null.")
        else:
            raise invalid("MemberEpoch is invalid.")
        if req.server_assignor is not None and req.server_assignor not in self.core.config.consumer_assignors:
            raise HeartbeatError(
                E.UNSUPPORTED_ASSIGNOR,
                f"ServerAssignor {req.server_assignor} is not supported. Supported assignors: "
                f"{', '.join(self.core.config.consumer_assignors)}.",
            )

    def _heartbeat(self, req: m.ConsumerGroupHeartbeatRequest, info: RequestInfo) -> m.ConsumerGroupHeartbeatResponse:
        core = self.core
        if "consumer" not in core.config.rebalance_protocols:
            raise HeartbeatError(E.UNSUPPORTED_VERSION)
        self._validate(req, info)
        if req.member_epoch in (LEAVE_EPOCH, STATIC_LEAVE_EPOCH):
            return self._leave(req)
        group = self._get_or_create_group(req.group_id, create=req.member_epoch == 0)
        member_id = req.member_id or f"{core.new_uuid()}"
        member = group.members.get(member_id)
        bump = False
        if member is None:
            if req.member_epoch != 0:
                raise HeartbeatError(E.UNKNOWN_MEMBER_ID, f"Member {member_id} is not a member of group {group.group_id}.")
            if len(group.members) >= core.config.consumer_max_size:
                raise HeartbeatError(E.GROUP_MAX_SIZE_REACHED)
            member = self._new_member(group, req, info, member_id)
            bump = True
        elif req.member_epoch == 0:
            # Rejoin with epoch 0: the member owns nothing any more.
            member.assigned = {}
            member.pending_revocation = {}
            member.state = MemberState.STABLE
            member.previous_member_epoch = member.member_epoch
            member.member_epoch = 0
            core.timer.cancel(_rebalance_key(group.group_id, member_id))
        else:
            self._check_epoch(member, req)
        if self._update_subscription(member, req, info):
            bump = True
        if bump:
            group.group_epoch += 1
            core.emit(self._group_record(group))
            core.emit(self._member_record(group, member))
        elif self._metadata_changed(group):
            group.group_epoch += 1
            core.emit(self._group_record(group))
        if group.group_epoch > group.assignment_epoch:
            self._compute_target(group)
        before = (member.member_epoch, _copy(member.assigned), member.state)
        self._reconcile(group, member, req.topic_partitions)
        changed = before != (member.member_epoch, _copy(member.assigned), member.state)
        if changed:
            core.emit(self._assignment_record(group, member))
        self._schedule_session(group, member)
        resp = Resp(
            error_code=E.NONE,
            member_id=member_id,
            member_epoch=member.member_epoch,
            heartbeat_interval_ms=core.config.consumer_heartbeat_interval_ms,
            assignment=None,
        )
        full = (
            req.rebalance_timeout_ms != -1
            and (req.subscribed_topic_names is not None or getattr(req, "subscribed_topic_regex", None) is not None)
            and req.topic_partitions is not None
        )
        if req.member_epoch == 0 or full or before[1] != _copy(member.assigned):
            resp.assignment = Resp.Assignment(
                topic_partitions=[
                    Resp.TopicPartitions(topic_id=tid, partitions=sorted(ps))
                    for tid, ps in sorted(member.assigned.items(), key=lambda kv: str(kv[0]))
                ]
            )
        return resp

    def _get_or_create_group(self, group_id: str, *, create: bool) -> ConsumerGroup:
        core = self.core
        group = core.groups.get(group_id)
        if isinstance(group, ConsumerGroup):
            return group
        if group is not None:
            if not group.is_empty():
                raise HeartbeatError(E.GROUP_ID_NOT_FOUND, f"Group {group_id} is not a consumer group.")
            # An empty classic group is converted; its committed offsets stay.
            core.delete_group_state(group_id, keep_offsets=True)
        if not create:
            raise HeartbeatError(E.GROUP_ID_NOT_FOUND, f"Group {group_id} not found.")
        new = ConsumerGroup(group_id)
        core.groups[group_id] = new
        return new

    def _new_member(
        self, group: ConsumerGroup, req: m.ConsumerGroupHeartbeatRequest, info: RequestInfo, member_id: str
    ) -> ConsumerMember:
        if req.instance_id is not None:
            old_id = group.static_members.get(req.instance_id)
            if old_id is not None and old_id in group.members:
                old = group.members[old_id]
                if old.member_epoch != STATIC_LEAVE_EPOCH:
                    raise HeartbeatError(
                        E.UNRELEASED_INSTANCE_ID,
                        f"Static member {old_id} with instance id {req.instance_id} is not released yet.",
                    )
                # The static member comes back: it takes over the old identity's assignment.
                del group.members[old_id]
                self._drop_member_records(group, old_id)
                self.core.timer.cancel(_session_key(group.group_id, old_id))
                if old_id in group.target:
                    group.target[member_id] = group.target.pop(old_id)
        member = ConsumerMember(member_id=member_id, client_id=info.client_id or "", client_host=info.client_host)
        group.members[member_id] = member
        if req.instance_id is not None:
            group.static_members[req.instance_id] = member_id
        return member

    def _check_epoch(self, member: ConsumerMember, req: m.ConsumerGroupHeartbeatRequest) -> None:
        received = req.member_epoch
        if received > member.member_epoch:
            raise HeartbeatError(E.FENCED_MEMBER_EPOCH, "The consumer group member has a greater member epoch.")
        if received < member.member_epoch:
            # A lost response is tolerated: the member may still be on the previous epoch.
            owned = req.topic_partitions
            if received != member.previous_member_epoch or not self._is_subset(owned, member.assigned):
                raise HeartbeatError(E.FENCED_MEMBER_EPOCH, "The consumer group member has a smaller member epoch.")

    @staticmethod
    def _is_subset(owned: list | None, assigned: Assignment) -> bool:
        if owned is None:
            return True
        return all(set(tp.partitions) <= assigned.get(tp.topic_id, set()) for tp in owned)

    def _update_subscription(
        self, member: ConsumerMember, req: m.ConsumerGroupHeartbeatRequest, info: RequestInfo
    ) -> bool:
        changed = False
        if req.subscribed_topic_names is not None and sorted(req.subscribed_topic_names) != sorted(member.subscribed_topic_names):
            member.subscribed_topic_names = list(req.subscribed_topic_names)
            changed = True
        regex = getattr(req, "subscribed_topic_regex", None)
        if regex is not None and regex != (member.subscribed_topic_regex or ""):
            member.subscribed_topic_regex = regex or None
            changed = True
        if req.server_assignor is not None and req.server_assignor != member.server_assignor:
            member.server_assignor = req.server_assignor
            changed = True
        if req.rack_id is not None and req.rack_id != member.rack_id:
            member.rack_id = req.rack_id
            changed = True
        if req.instance_id is not None:
            member.instance_id = req.instance_id
        if req.rebalance_timeout_ms != -1:
            member.rebalance_timeout_ms = req.rebalance_timeout_ms
        if info.client_id is not None:
            member.client_id = info.client_id
        if info.client_host:
            member.client_host = info.client_host
        return changed

    def _metadata_changed(self, group: ConsumerGroup) -> bool:
        shape = self._topic_shape(group)
        return shape != group.assigned_topic_shape

    def _topic_shape(self, group: ConsumerGroup) -> dict[str, int]:
        topics = self.core.topics
        shape = {}
        for name in sorted(group.subscribed_names(topics.topic_names())):
            count = topics.partition_count(name)
            if count is not None:
                shape[name] = count
        return shape

    def _assignor_name(self, group: ConsumerGroup) -> str:
        for mem in group.members.values():
            if mem.server_assignor:
                return mem.server_assignor
        return self.core.config.consumer_assignors[0]

    def _compute_target(self, group: ConsumerGroup) -> None:
        topics = self.core.topics
        shape = self._topic_shape(group)
        ids = {name: topics.topic_id(name) for name in shape}
        partitions = {tid: shape[name] for name, tid in ids.items() if tid is not None}
        all_names = topics.topic_names()
        specs = []
        for mem in group.members.values():
            names = set(mem.subscribed_topic_names)
            if mem.subscribed_topic_regex:
                from kpybroker.coordinator.consumer_group import regex_matches

                names.update(regex_matches(mem.subscribed_topic_regex, all_names))
            subscribed = frozenset(ids[n] for n in names if ids.get(n) is not None)
            specs.append(MemberSpec(mem.member_id, mem.instance_id, subscribed))
        assignor = ASSIGNORS.get(self._assignor_name(group), ASSIGNORS["uniform"])
        previous = group.target
        group.target = assignor(specs, partitions, group.target)
        group.assignment_epoch = group.group_epoch
        for mid, target in group.target.items():
            if previous.get(mid) != target:
                self.core.emit(self._target_member_record(group, mid))
        self.core.emit(self._target_metadata_record(group))
        group.assigned_topic_shape = shape
        log.info("target_assignment_computed", group_id=group.group_id, epoch=group.group_epoch, members=len(specs))

    def _reconcile(self, group: ConsumerGroup, member: ConsumerMember, owned: list | None) -> None:
        target_epoch = group.assignment_epoch
        target = group.target.get(member.member_id, {})
        if member.state == MemberState.STABLE:
            if member.member_epoch != target_epoch:
                self._next_assignment(group, member, member.member_epoch, target, owned)
        elif member.state == MemberState.UNREVOKED_PARTITIONS:
            if not self._owns_any(owned, member.pending_revocation):
                self._next_assignment(group, member, member.member_epoch + 1, target, owned)
        elif member.state == MemberState.UNRELEASED_PARTITIONS:
            self._next_assignment(group, member, member.member_epoch, target, owned)
        else:
            self._next_assignment(group, member, target_epoch, target, owned)
        key = _rebalance_key(group.group_id, member.member_id)
        if member.state == MemberState.UNREVOKED_PARTITIONS:
            gid, mid = group.group_id, member.member_id
            self.core.timer.schedule_if_absent(
                key, self.core.now_ms + member.rebalance_timeout_ms, lambda: self._fence(gid, mid, "rebalance timeout")
            )
        else:
            self.core.timer.cancel(key)

    @staticmethod
    def _owns_any(owned: list | None, pending: Assignment) -> bool:
        if owned is None:
            return True
        return any(p in pending.get(tp.topic_id, ()) for tp in owned for p in tp.partitions)

    def _set_epoch(self, member: ConsumerMember, epoch: int) -> None:
        if epoch != member.member_epoch:
            member.previous_member_epoch = member.member_epoch
            member.member_epoch = epoch

    def _next_assignment(
        self, group: ConsumerGroup, member: ConsumerMember, epoch: int, target: Assignment, owned: list | None
    ) -> None:
        unreleased = False
        new_assigned: Assignment = {}
        revoke: Assignment = {}
        pending: Assignment = {}
        for tid in set(target) | set(member.assigned):
            want = target.get(tid, set())
            cur = member.assigned.get(tid, set())
            keep = cur & want
            rev = cur - keep
            add = want - keep
            free = {p for p in add if group.partition_epoch(tid, p, exclude=member.member_id) == -1}
            if free != add:
                unreleased = True
            if keep:
                new_assigned[tid] = keep
            if rev:
                revoke[tid] = rev
            if free:
                pending[tid] = free
        if revoke and self._owns_any(owned, revoke):
            member.state = MemberState.UNREVOKED_PARTITIONS
            self._set_epoch(member, epoch)
            member.assigned = new_assigned
            member.pending_revocation = revoke
            return
        for tid, ps in pending.items():
            new_assigned.setdefault(tid, set()).update(ps)
        member.state = MemberState.UNRELEASED_PARTITIONS if unreleased else MemberState.STABLE
        self._set_epoch(member, group.assignment_epoch)
        member.assigned = new_assigned
        member.pending_revocation = {}

    # -- leaving and fencing ------------------------------------------------------------------------------
    def _leave(self, req: m.ConsumerGroupHeartbeatRequest) -> m.ConsumerGroupHeartbeatResponse:
        group = self.core.groups.get(req.group_id)
        if not isinstance(group, ConsumerGroup):
            raise HeartbeatError(E.UNKNOWN_MEMBER_ID if group is None else E.GROUP_ID_NOT_FOUND)
        member_id = req.member_id
        if req.instance_id is not None and member_id not in group.members:
            member_id = group.static_members.get(req.instance_id, member_id)
        member = group.members.get(member_id)
        if member is None:
            raise HeartbeatError(E.UNKNOWN_MEMBER_ID, f"Member {req.member_id} is not a member of group {req.group_id}.")
        if req.member_epoch == STATIC_LEAVE_EPOCH:
            # Temporary leave of a static member: keep its assignment for its return.
            member.member_epoch = STATIC_LEAVE_EPOCH
            self.core.emit(self._assignment_record(group, member))
        else:
            self._remove_member(group, member_id)
        return Resp(error_code=E.NONE, member_id=req.member_id, member_epoch=req.member_epoch, heartbeat_interval_ms=0)

    def _remove_member(self, group: ConsumerGroup, member_id: str) -> None:
        member = group.members.pop(member_id, None)
        if member is None:
            return
        if member.instance_id is not None and group.static_members.get(member.instance_id) == member_id:
            del group.static_members[member.instance_id]
        group.target.pop(member_id, None)
        self.core.timer.cancel(_session_key(group.group_id, member_id))
        self.core.timer.cancel(_rebalance_key(group.group_id, member_id))
        self._drop_member_records(group, member_id)
        group.group_epoch += 1
        self.core.emit(self._group_record(group))
        if group.members:
            self._compute_target(group)
        else:
            group.target = {}
            group.assignment_epoch = group.group_epoch
        log.info("consumer_member_removed", group_id=group.group_id, member_id=member_id, epoch=group.group_epoch)

    def _fence(self, group_id: str, member_id: str, reason: str) -> None:
        group = self.core.groups.get(group_id)
        if isinstance(group, ConsumerGroup) and member_id in group.members:
            log.info("consumer_member_fenced", group_id=group_id, member_id=member_id, reason=reason)
            self._remove_member(group, member_id)

    def _schedule_session(self, group: ConsumerGroup, member: ConsumerMember) -> None:
        gid, mid = group.group_id, member.member_id
        self.core.timer.schedule(
            _session_key(gid, mid),
            self.core.now_ms + self.core.config.consumer_session_timeout_ms,
            lambda: self._fence(gid, mid, "session timeout"),
        )

    def classic_leave(
        self, group: ConsumerGroup, req: m.LeaveGroupRequest, info: RequestInfo
    ) -> m.LeaveGroupResponse:
        # Classic members cannot be in a consumer group here, but an admin may remove static members.
        results = []
        for ident in req.members:
            member_id = ident.member_id or group.static_members.get(ident.group_instance_id or "", "")
            if member_id in group.members:
                self._remove_member(group, member_id)
                code = E.NONE
            else:
                code = E.UNKNOWN_MEMBER_ID
            results.append(
                m.LeaveGroupResponse.MemberResponse(
                    member_id=ident.member_id, group_instance_id=ident.group_instance_id, error_code=code
                )
            )
        if info.api_version < 3:
            return m.LeaveGroupResponse(error_code=E.UNKNOWN_MEMBER_ID)
        return m.LeaveGroupResponse(error_code=E.NONE, members=results)

    # -- offsets of consumer groups -----------------------------------------------------------------------
    def validate_offset_commit(self, group: ConsumerGroup, req: m.OffsetCommitRequest, info: RequestInfo) -> ErrorCode:
        epoch = req.generation_id_or_member_epoch
        if epoch < 0 and not req.member_id:
            return E.NONE if group.is_empty() else E.UNKNOWN_MEMBER_ID
        member = group.members.get(req.member_id)
        if member is None:
            return E.UNKNOWN_MEMBER_ID
        if epoch != member.member_epoch:
            # Kafka accepts commits from an older epoch only for partitions still owned; keep it simple.
            if info.api_version >= 9:
                return E.STALE_MEMBER_EPOCH
            return E.ILLEGAL_GENERATION
        return E.NONE

    def validate_offset_fetch(self, group: ConsumerGroup, member_id: str, member_epoch: int) -> ErrorCode:
        if member_epoch < 0 and not member_id:
            return E.NONE
        member = group.members.get(member_id)
        if member is None:
            return E.UNKNOWN_MEMBER_ID
        if member_epoch != member.member_epoch:
            return E.STALE_MEMBER_EPOCH
        return E.NONE

    # -- describe ---------------------------------------------------------------------------------------
    def describe(self, group_id: str) -> m.ConsumerGroupDescribeResponse.DescribedGroup:
        D = m.ConsumerGroupDescribeResponse
        group = self.core.groups.get(group_id)
        if not isinstance(group, ConsumerGroup):
            msg = f"Group {group_id} not found." if group is None else f"Group {group_id} is not a consumer group."
            return D.DescribedGroup(group_id=group_id, error_code=E.GROUP_ID_NOT_FOUND, error_message=msg)

        def conv(a: Assignment) -> m.ConsumerGroupDescribeResponse.Assignment:
            tps = []
            for tid, ps in sorted(a.items(), key=lambda kv: str(kv[0])):
                name = self.core.topics.topic_name(tid)
                if name is not None:
                    tps.append(D.TopicPartitions(topic_id=tid, topic_name=name, partitions=sorted(ps)))
            return D.Assignment(topic_partitions=tps)

        members = [
            D.Member(
                member_id=mem.member_id,
                instance_id=mem.instance_id,
                rack_id=mem.rack_id,
                member_epoch=mem.member_epoch,
                client_id=mem.client_id,
                client_host=mem.client_host,
                subscribed_topic_names=list(mem.subscribed_topic_names),
                subscribed_topic_regex=mem.subscribed_topic_regex,
                assignment=conv(mem.assigned),
                target_assignment=conv(group.target.get(mem.member_id, {})),
                member_type=1,
            )
            for mem in group.members.values()
        ]
        return D.DescribedGroup(
            error_code=E.NONE,
            group_id=group_id,
            group_state=group.state_name,
            group_epoch=group.group_epoch,
            assignment_epoch=group.assignment_epoch,
            assignor_name=self._assignor_name(group),
            members=members,
            authorized_operations=-2147483648,
        )

    # -- records ------------------------------------------------------------------------------------------
    def _partition(self, group: ConsumerGroup) -> int:
        return self.core.partition_for(group.group_id)

    def _group_record(self, group: ConsumerGroup) -> CoordinatorRecord:
        return make_record(
            self._partition(group),
            m.ConsumerGroupMetadataKey(group_id=group.group_id),
            m.ConsumerGroupMetadataValue(epoch=group.group_epoch),
        )

    def _member_record(self, group: ConsumerGroup, mem: ConsumerMember) -> CoordinatorRecord:
        return make_record(
            self._partition(group),
            m.ConsumerGroupMemberMetadataKey(group_id=group.group_id, member_id=mem.member_id),
            m.ConsumerGroupMemberMetadataValue(
                instance_id=mem.instance_id,
                rack_id=mem.rack_id,
                client_id=mem.client_id,
                client_host=mem.client_host,
                subscribed_topic_names=list(mem.subscribed_topic_names),
                subscribed_topic_regex=mem.subscribed_topic_regex,
                rebalance_timeout_ms=mem.rebalance_timeout_ms,
                server_assignor=mem.server_assignor,
            ),
        )

    def _assignment_record(self, group: ConsumerGroup, mem: ConsumerMember) -> CoordinatorRecord:
        V = m.ConsumerGroupCurrentMemberAssignmentValue

        def conv(a: Assignment) -> list:
            return [V.TopicPartitions(topic_id=t, partitions=sorted(ps)) for t, ps in sorted(a.items(), key=lambda kv: str(kv[0]))]

        return make_record(
            self._partition(group),
            m.ConsumerGroupCurrentMemberAssignmentKey(group_id=group.group_id, member_id=mem.member_id),
            V(
                member_epoch=mem.member_epoch,
                previous_member_epoch=mem.previous_member_epoch,
                state=int(mem.state),
                assigned_partitions=conv(mem.assigned),
                partitions_pending_revocation=conv(mem.pending_revocation),
            ),
        )

    def _target_member_record(self, group: ConsumerGroup, member_id: str) -> CoordinatorRecord:
        V = m.ConsumerGroupTargetAssignmentMemberValue
        target = group.target.get(member_id, {})
        return make_record(
            self._partition(group),
            m.ConsumerGroupTargetAssignmentMemberKey(group_id=group.group_id, member_id=member_id),
            V(
                topic_partitions=[
                    V.TopicPartition(topic_id=t, partitions=sorted(ps))
                    for t, ps in sorted(target.items(), key=lambda kv: str(kv[0]))
                ]
            ),
        )

    def _target_metadata_record(self, group: ConsumerGroup) -> CoordinatorRecord:
        return make_record(
            self._partition(group),
            m.ConsumerGroupTargetAssignmentMetadataKey(group_id=group.group_id),
            m.ConsumerGroupTargetAssignmentMetadataValue(
                assignment_epoch=group.assignment_epoch, assignment_timestamp=self.core.now_ms
            ),
        )

    def _drop_member_records(self, group: ConsumerGroup, member_id: str) -> None:
        p = self._partition(group)
        gid = group.group_id
        self.core.emit(make_record(p, m.ConsumerGroupTargetAssignmentMemberKey(group_id=gid, member_id=member_id), None))
        self.core.emit(make_record(p, m.ConsumerGroupCurrentMemberAssignmentKey(group_id=gid, member_id=member_id), None))
        self.core.emit(make_record(p, m.ConsumerGroupMemberMetadataKey(group_id=gid, member_id=member_id), None))

    def tombstones(self, group: ConsumerGroup) -> list[CoordinatorRecord]:
        p = self._partition(group)
        gid = group.group_id
        out = []
        for mid in group.members:
            out.append(make_record(p, m.ConsumerGroupCurrentMemberAssignmentKey(group_id=gid, member_id=mid), None))
        for mid in set(group.members) | set(group.target):
            out.append(make_record(p, m.ConsumerGroupTargetAssignmentMemberKey(group_id=gid, member_id=mid), None))
        out.append(make_record(p, m.ConsumerGroupTargetAssignmentMetadataKey(group_id=gid), None))
        for mid in group.members:
            out.append(make_record(p, m.ConsumerGroupMemberMetadataKey(group_id=gid, member_id=mid), None))
        out.append(make_record(p, m.ConsumerGroupMetadataKey(group_id=gid), None))
        return out

    def replay(self, rec: DecodedRecord) -> None:
        core = self.core
        gid = getattr(rec.key, "group_id", None)
        if gid is None:
            return
        if rec.record_type == 3:
            if rec.value is None:
                if isinstance(core.groups.get(gid), ConsumerGroup):
                    del core.groups[gid]
                return
            group = self._replay_group(gid)
            group.group_epoch = rec.value.epoch
            return
        group = core.groups.get(gid)
        if rec.value is None:
            if isinstance(group, ConsumerGroup) and rec.record_type == 7:
                group.target.pop(rec.key.member_id, None)
            if isinstance(group, ConsumerGroup) and rec.record_type == 5:
                mem = group.members.pop(rec.key.member_id, None)
                if mem is not None and mem.instance_id is not None:
                    group.static_members.pop(mem.instance_id, None)
            return
        group = self._replay_group(gid)
        if rec.record_type == 5:
            v = rec.value
            mem = group.members.setdefault(rec.key.member_id, ConsumerMember(member_id=rec.key.member_id))
            mem.instance_id = v.instance_id
            mem.rack_id = v.rack_id
            mem.client_id = v.client_id
            mem.client_host = v.client_host
            mem.subscribed_topic_names = list(v.subscribed_topic_names)
            mem.subscribed_topic_regex = v.subscribed_topic_regex
            mem.rebalance_timeout_ms = v.rebalance_timeout_ms
            mem.server_assignor = v.server_assignor
            if mem.instance_id is not None:
                group.static_members[mem.instance_id] = mem.member_id
        elif rec.record_type == 7:
            group.target[rec.key.member_id] = {tp.topic_id: set(tp.partitions) for tp in rec.value.topic_partitions}
            group.loaded_target = True
        elif rec.record_type == 6:
            group.assignment_epoch = rec.value.assignment_epoch
            group.loaded_target = True
        elif rec.record_type == 8:
            v = rec.value
            mem = group.members.setdefault(rec.key.member_id, ConsumerMember(member_id=rec.key.member_id))
            mem.member_epoch = v.member_epoch
            mem.previous_member_epoch = v.previous_member_epoch
            mem.state = MemberState(v.state) if v.state in (0, 1, 2) else MemberState.UNKNOWN
            mem.assigned = {tp.topic_id: set(tp.partitions) for tp in v.assigned_partitions}
            mem.pending_revocation = {tp.topic_id: set(tp.partitions) for tp in v.partitions_pending_revocation}

    def _replay_group(self, gid: str) -> ConsumerGroup:
        group = self.core.groups.get(gid)
        if not isinstance(group, ConsumerGroup):
            group = ConsumerGroup(gid)
            self.core.groups[gid] = group
        return group

    def on_loaded(self, group: ConsumerGroup) -> None:
        if not group.loaded_target:
            # No target records (older data): start from what the members hold and recompute.
            group.target = {mid: _copy(mem.assigned) for mid, mem in group.members.items()}
            group.assignment_epoch = max((mem.member_epoch for mem in group.members.values()), default=0)
            group.group_epoch = max(group.group_epoch, group.assignment_epoch) + 1
        group.target = {mid: t for mid, t in group.target.items() if mid in group.members}
        # The topic shape is not persisted: take the current one, a change shows up as usual later.
        group.assigned_topic_shape = self._topic_shape(group)
        for mem in group.members.values():
            self._schedule_session(group, mem)

    def shutdown(self) -> None:
        """Nothing parked: KIP-848 answers every heartbeat at once."""


def topic_id_str(tid: uuid.UUID) -> str:
    return str(tid)
