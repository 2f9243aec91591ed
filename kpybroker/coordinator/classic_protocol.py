"""The classic group protocol: JoinGroup, SyncGroup, Heartbeat, LeaveGroup and their timers.

Follows Kafka's GroupMetadataManager state machine: the join phase completes when every
known member has rejoined (or the rebalance timeout fires), the first rebalance of an empty
group waits `group.initial.rebalance.delay.ms` (extended while members keep arriving), and
members whose session runs out are removed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import structlog

from kpybroker.coordinator.classic_group import ClassicGroup, ClassicMember, ClassicState
from kpybroker.coordinator.records import group_metadata_record
from kpybroker.coordinator.requests import Pending, RequestInfo
from protocol import messages as m
from protocol.errors import ErrorCode

if TYPE_CHECKING:
    from kpybroker.coordinator.coordinator import GroupCoordinator

log = structlog.get_logger("kpybroker.coordinator.classic")

UNKNOWN_MEMBER_ID = ""
E = ErrorCode
S = ClassicState


class MemberError(Exception):
    def __init__(self, code: ErrorCode) -> None:
        super().__init__(code.name)
        self.code = code


def _join_error(member_id: str, code: ErrorCode) -> m.JoinGroupResponse:
    return m.JoinGroupResponse(
        error_code=code, member_id=member_id, generation_id=-1, protocol_name=None, leader="", members=[]
    )


def _hb_key(group_id: str, member_id: str) -> str:
    return f"classic-hb\x00{group_id}\x00{member_id}"


def _join_key(group_id: str) -> str:
    return f"classic-join\x00{group_id}"


def _sync_key(group_id: str) -> str:
    return f"classic-sync\x00{group_id}"


def validate_member(group: ClassicGroup, member_id: str, instance_id: str | None) -> None:
    if instance_id is not None:
        existing = group.static_member_id(instance_id)
        if existing is None:
            raise MemberError(E.UNKNOWN_MEMBER_ID)
        if existing != member_id:
            raise MemberError(E.FENCED_INSTANCE_ID)
    if not group.has_member(member_id):
        raise MemberError(E.UNKNOWN_MEMBER_ID)


class ClassicProtocol:
    def __init__(self, core: GroupCoordinator) -> None:
        self.core = core

    @property
    def now_ms(self) -> int:
        return self.core.now_ms

    # -- JoinGroup ----------------------------------------------------------------------------------
    def join(self, req: m.JoinGroupRequest, info: RequestInfo) -> m.JoinGroupResponse | Pending:
        core = self.core
        cfg = core.config
        if not req.group_id:
            return _join_error(req.member_id, E.INVALID_GROUP_ID)
        if not cfg.min_session_timeout_ms <= req.session_timeout_ms <= cfg.max_session_timeout_ms:
            return _join_error(req.member_id, E.INVALID_SESSION_TIMEOUT)
        if req.rebalance_timeout_ms < 0:
            # v0 has no rebalance timeout: Kafka uses the session timeout.
            req.rebalance_timeout_ms = req.session_timeout_ms
        existing = core.groups.get(req.group_id)
        if existing is not None and not isinstance(existing, ClassicGroup):
            if not existing.is_empty():
                return _join_error(UNKNOWN_MEMBER_ID, E.INCONSISTENT_GROUP_PROTOCOL)
            core.delete_group_state(req.group_id, keep_offsets=True)
            existing = None
        unknown = req.member_id == UNKNOWN_MEMBER_ID
        if existing is None:
            if not unknown:
                return _join_error(req.member_id, E.UNKNOWN_MEMBER_ID)
            group = ClassicGroup(req.group_id, state_timestamp_ms=self.now_ms)
            core.groups[req.group_id] = group
        else:
            group = existing
        if not self._accept_joining_member(group, req.member_id):
            group.remove(req.member_id)
            return _join_error(UNKNOWN_MEMBER_ID, E.GROUP_MAX_SIZE_REACHED)
        token = core.new_token()
        if unknown:
            self._join_new_member(group, req, info, token)
        else:
            self._join_existing_member(group, req, info, token)
        return Pending(token)

    def _accept_joining_member(self, group: ClassicGroup, member_id: str) -> bool:
        limit = self.core.config.max_group_size
        if group.is_in(S.EMPTY, S.DEAD):
            return True
        if group.is_in(S.PREPARING_REBALANCE):
            mem = group.members.get(member_id)
            return (mem is not None and mem.awaiting_join is not None) or group.num_awaiting_join() < limit
        return group.has_member(member_id) or len(group.members) < limit

    def _join_new_member(self, group: ClassicGroup, req: m.JoinGroupRequest, info: RequestInfo, token: int) -> None:
        core = self.core
        names = [p.name for p in req.protocols]
        if group.is_in(S.DEAD):
            core.complete(token, _join_error(UNKNOWN_MEMBER_ID, E.COORDINATOR_NOT_AVAILABLE))
            return
        if not group.supports_protocols(req.protocol_type, names):
            core.complete(token, _join_error(UNKNOWN_MEMBER_ID, E.INCONSISTENT_GROUP_PROTOCOL))
            return
        prefix = req.group_instance_id if req.group_instance_id is not None else (info.client_id or "")
        new_member_id = f"{prefix}-{core.new_uuid()}"
        if req.group_instance_id is not None:
            old = group.static_member_id(req.group_instance_id)
            if old is not None:
                self._update_static_member(group, req, info, old, new_member_id, token)
            else:
                self._add_member_then_rebalance(group, req, info, new_member_id, token)
        elif info.api_version >= 4:
            # KIP-394: hand out the id first, so a retried join after a lost response cannot leak members.
            group.pending_join_members.add(new_member_id)
            core.timer.schedule(
                _hb_key(group.group_id, new_member_id),
                self.now_ms + req.session_timeout_ms,
                lambda: self._expire_heartbeat(group.group_id, new_member_id),
            )
            core.complete(token, _join_error(new_member_id, E.MEMBER_ID_REQUIRED))
        else:
            self._add_member_then_rebalance(group, req, info, new_member_id, token)

    def _join_existing_member(
        self, group: ClassicGroup, req: m.JoinGroupRequest, info: RequestInfo, token: int
    ) -> None:
        core = self.core
        member_id = req.member_id
        names = [p.name for p in req.protocols]
        protocols = [(p.name, bytes(p.metadata)) for p in req.protocols]
        if group.is_in(S.DEAD):
            core.complete(token, _join_error(member_id, E.COORDINATOR_NOT_AVAILABLE))
            return
        if not group.supports_protocols(req.protocol_type, names):
            core.complete(token, _join_error(member_id, E.INCONSISTENT_GROUP_PROTOCOL))
            return
        if group.is_pending_member(member_id):
            if req.group_instance_id is not None:
                core.complete(token, _join_error(member_id, E.UNKNOWN_MEMBER_ID))
                return
            self._add_member_then_rebalance(group, req, info, member_id, token)
            return
        try:
            validate_member(group, member_id, req.group_instance_id)
        except MemberError as exc:
            core.complete(token, _join_error(member_id, exc.code))
            return
        member = group.members[member_id]
        if group.is_in(S.PREPARING_REBALANCE):
            self._update_member_then_rebalance(group, member, req, token)
        elif group.is_in(S.COMPLETING_REBALANCE):
            if member.matches(protocols):
                # A lost JoinGroup response: answer again with the current generation.
                core.complete(token, self._join_response(group, member_id, with_members=group.is_leader(member_id)))
            else:
                self._update_member_then_rebalance(group, member, req, token)
        elif group.is_in(S.STABLE):
            if group.is_leader(member_id) or not member.matches(protocols):
                self._update_member_then_rebalance(group, member, req, token)
            else:
                core.complete(token, self._join_response(group, member_id, with_members=False))
        else:
            core.complete(token, _join_error(member_id, E.UNKNOWN_MEMBER_ID))

    def _join_response(
        self, group: ClassicGroup, member_id: str, *, with_members: bool, skip_assignment: bool = False
    ) -> m.JoinGroupResponse:
        members = self._current_members(group) if with_members else []
        return m.JoinGroupResponse(
            error_code=E.NONE,
            generation_id=group.generation_id,
            protocol_type=group.protocol_type,
            protocol_name=group.protocol_name,
            leader=group.leader_id or "",
            skip_assignment=skip_assignment,
            member_id=member_id,
            members=members,
        )

    def _current_members(self, group: ClassicGroup) -> list[m.JoinGroupResponse.JoinGroupResponseMember]:
        return [
            m.JoinGroupResponse.JoinGroupResponseMember(
                member_id=mem.member_id,
                group_instance_id=mem.group_instance_id,
                metadata=mem.metadata_for(group.protocol_name),
            )
            for mem in group.members.values()
        ]

    def _update_member_then_rebalance(
        self, group: ClassicGroup, member: ClassicMember, req: m.JoinGroupRequest, token: int
    ) -> None:
        self._update_member(group, member, req, token)
        self._maybe_prepare_rebalance_or_complete_join(group, f"member {member.member_id} rejoining")

    def _update_member(self, group: ClassicGroup, member: ClassicMember, req: m.JoinGroupRequest, token: int | None) -> None:
        member.protocols = [(p.name, bytes(p.metadata)) for p in req.protocols]
        member.rebalance_timeout_ms = req.rebalance_timeout_ms
        member.session_timeout_ms = req.session_timeout_ms
        if member.awaiting_join is not None and token is not None and member.awaiting_join != token:
            # A duplicate join from the same member supersedes the parked one; that client (if it is
            # still listening) just rejoins, keeping its member id.
            self.core.complete(member.awaiting_join, _join_error(member.member_id, E.REBALANCE_IN_PROGRESS))
        member.awaiting_join = token

    def _add_member_then_rebalance(
        self, group: ClassicGroup, req: m.JoinGroupRequest, info: RequestInfo, member_id: str, token: int
    ) -> None:
        member = ClassicMember(
            member_id=member_id,
            group_instance_id=req.group_instance_id,
            client_id=info.client_id or "",
            client_host=info.client_host,
            rebalance_timeout_ms=req.rebalance_timeout_ms,
            session_timeout_ms=req.session_timeout_ms,
            protocol_type=req.protocol_type,
            protocols=[(p.name, bytes(p.metadata)) for p in req.protocols],
            is_new=True,
            awaiting_join=token,
        )
        if group.is_in(S.PREPARING_REBALANCE) and group.previous_state == S.EMPTY:
            group.new_member_added = True
        group.add(member)
        self._reschedule_heartbeat(group, member, self.core.config.new_member_join_timeout_ms)
        self._maybe_prepare_rebalance_or_complete_join(group, f"adding new member {member_id}")

    def _update_static_member(
        self,
        group: ClassicGroup,
        req: m.JoinGroupRequest,
        info: RequestInfo,
        old_member_id: str,
        new_member_id: str,
        token: int,
    ) -> None:
        core = self.core
        instance_id = req.group_instance_id
        assert instance_id is not None
        new_member = group.replace_static_member(instance_id, old_member_id, new_member_id)
        # Fence whatever the old incarnation still has parked.
        if new_member.awaiting_join is not None:
            core.complete(
                new_member.awaiting_join,
                m.JoinGroupResponse(
                    error_code=E.FENCED_INSTANCE_ID, member_id=old_member_id, generation_id=-1,
                    protocol_name=None, leader="", members=[],
                ),
            )
            new_member.awaiting_join = None
        if new_member.awaiting_sync is not None:
            core.complete(new_member.awaiting_sync, m.SyncGroupResponse(error_code=E.FENCED_INSTANCE_ID))
            new_member.awaiting_sync = None
        core.timer.cancel(_hb_key(group.group_id, old_member_id))
        self._reschedule_heartbeat(group, new_member)
        self._update_member(group, new_member, req, token)
        if group.is_in(S.STABLE):
            if group.protocol_name == group.select_protocol():
                # Same protocol: persist the new member id and let it carry on with its old assignment.
                core.emit(self._metadata_record(group, {mid: mem.assignment for mid, mem in group.members.items()}))
                new_member.awaiting_join = None
                is_leader = group.is_leader(new_member_id)
                if info.api_version >= 9:
                    core.complete(
                        token,
                        self._join_response(group, new_member_id, with_members=is_leader, skip_assignment=is_leader),
                    )
                else:
                    resp = self._join_response(group, new_member_id, with_members=False)
                    core.complete(token, resp)
            else:
                self._maybe_prepare_rebalance_or_complete_join(group, f"static member {instance_id} changed protocol")
        elif group.is_in(S.COMPLETING_REBALANCE):
            self._prepare_rebalance(group, f"static member {instance_id} rejoined during sync")
        else:
            self._maybe_complete_join_phase(group)

    # -- rebalance machinery -----------------------------------------------------------------------
    def _maybe_prepare_rebalance_or_complete_join(self, group: ClassicGroup, reason: str) -> None:
        if group.can_rebalance():
            self._prepare_rebalance(group, reason)
        else:
            self._maybe_complete_join_phase(group)

    def _maybe_complete_join_phase(self, group: ClassicGroup) -> None:
        if not group.is_in(S.PREPARING_REBALANCE) or group.previous_state == S.EMPTY:
            return
        if group.has_all_members_joined():
            self._complete_join(group)

    def _prepare_rebalance(self, group: ClassicGroup, reason: str) -> None:
        core = self.core
        if group.is_in(S.COMPLETING_REBALANCE):
            self._reset_and_propagate_assignment_with_error(group, E.REBALANCE_IN_PROGRESS)
        group.pending_sync_members.clear()
        core.timer.cancel(_sync_key(group.group_id))
        initial = group.is_in(S.EMPTY)
        if initial:
            delay = core.config.initial_rebalance_delay_ms
            remaining = max(group.rebalance_timeout_ms() - delay, 0)
            gid = group.group_id
            core.timer.schedule(
                _join_key(gid), self.now_ms + delay, lambda: self._try_complete_initial_rebalance(gid, delay, remaining)
            )
        group.transition_to(S.PREPARING_REBALANCE, self.now_ms)
        log.info("rebalance_prepared", group_id=group.group_id, generation=group.generation_id, reason=reason)
        if not initial:
            if group.has_all_members_joined():
                self._complete_join(group)
            else:
                gid = group.group_id
                core.timer.schedule(
                    _join_key(gid), self.now_ms + group.rebalance_timeout_ms(), lambda: self._complete_join_by_id(gid)
                )

    def _try_complete_initial_rebalance(self, group_id: str, delay: int, remaining: int) -> None:
        group = self._classic(group_id)
        if group is None:
            return
        if group.new_member_added and remaining != 0:
            group.new_member_added = False
            new_delay = min(self.core.config.initial_rebalance_delay_ms, remaining)
            new_remaining = max(remaining - delay, 0)
            self.core.timer.schedule(
                _join_key(group_id),
                self.now_ms + new_delay,
                lambda: self._try_complete_initial_rebalance(group_id, new_delay, new_remaining),
            )
        else:
            self._complete_join(group)

    def _classic(self, group_id: str) -> ClassicGroup | None:
        group = self.core.groups.get(group_id)
        return group if isinstance(group, ClassicGroup) else None

    def _complete_join_by_id(self, group_id: str) -> None:
        group = self._classic(group_id)
        if group is not None:
            self._complete_join(group)

    def _complete_join(self, group: ClassicGroup) -> None:
        core = self.core
        gid = group.group_id
        core.timer.cancel(_join_key(gid))
        for mem in [
            mem for mem in group.members.values() if mem.awaiting_join is None and mem.group_instance_id is None
        ]:
            group.remove(mem.member_id)
            core.timer.cancel(_hb_key(gid, mem.member_id))
        if group.is_in(S.DEAD):
            return
        if not group.maybe_elect_new_joined_leader() and group.members:
            # Nobody rejoined (only absent static members are left): wait for their sessions to end.
            core.timer.schedule(_join_key(gid), self.now_ms + group.rebalance_timeout_ms(), lambda: self._complete_join_by_id(gid))
            return
        group.init_next_generation(self.now_ms)
        if group.is_in(S.EMPTY):
            core.emit(self._metadata_record(group, {}))
            return
        log.info("rebalance_join_completed", group_id=gid, generation=group.generation_id, members=len(group.members))
        for mem in group.members.values():
            resp = self._join_response(group, mem.member_id, with_members=group.is_leader(mem.member_id))
            if mem.awaiting_join is not None:
                core.complete(mem.awaiting_join, resp)
                mem.awaiting_join = None
            self._reschedule_heartbeat(group, mem)
            mem.is_new = False
            group.pending_sync_members.add(mem.member_id)
        generation = group.generation_id
        core.timer.schedule(
            _sync_key(gid), self.now_ms + group.rebalance_timeout_ms(), lambda: self._expire_pending_sync(gid, generation)
        )

    def _expire_pending_sync(self, group_id: str, generation: int) -> None:
        group = self._classic(group_id)
        if group is None or generation != group.generation_id:
            return
        if group.is_in(S.COMPLETING_REBALANCE, S.STABLE) and not group.has_received_sync_from_all():
            missing = list(group.pending_sync_members)
            for member_id in missing:
                group.remove(member_id)
                self.core.timer.cancel(_hb_key(group_id, member_id))
            self._prepare_rebalance(group, f"removing {missing} on pending sync expiration")

    def _reset_and_propagate_assignment_with_error(self, group: ClassicGroup, code: ErrorCode) -> None:
        for mem in group.members.values():
            mem.assignment = b""
        self._propagate_assignment(group, code)

    def _propagate_assignment(self, group: ClassicGroup, code: ErrorCode) -> None:
        ok = code == E.NONE
        for mem in group.members.values():
            if mem.awaiting_sync is None:
                continue
            self.core.complete(
                mem.awaiting_sync,
                m.SyncGroupResponse(
                    error_code=code,
                    protocol_type=group.protocol_type if ok else None,
                    protocol_name=group.protocol_name if ok else None,
                    assignment=mem.assignment,
                ),
            )
            mem.awaiting_sync = None
            self._reschedule_heartbeat(group, mem)

    def _reschedule_heartbeat(self, group: ClassicGroup, member: ClassicMember, timeout_ms: int | None = None) -> None:
        gid, mid = group.group_id, member.member_id
        timeout = member.session_timeout_ms if timeout_ms is None else timeout_ms
        self.core.timer.schedule(_hb_key(gid, mid), self.now_ms + timeout, lambda: self._expire_heartbeat(gid, mid))

    def _expire_heartbeat(self, group_id: str, member_id: str) -> None:
        group = self._classic(group_id)
        if group is None or group.is_in(S.DEAD):
            return
        if group.is_pending_member(member_id):
            group.remove(member_id)
            if group.is_in(S.PREPARING_REBALANCE) and group.has_all_members_joined():
                self._complete_join(group)
            return
        member = group.members.get(member_id)
        if member is None or member.has_satisfied_heartbeat():
            return
        log.info("member_session_expired", group_id=group_id, member_id=member_id)
        self._remove_member_and_update(group, member)

    def _remove_member_and_update(self, group: ClassicGroup, member: ClassicMember) -> None:
        if member.awaiting_join is not None:
            self.core.complete(member.awaiting_join, _join_error(UNKNOWN_MEMBER_ID, E.UNKNOWN_MEMBER_ID))
            member.awaiting_join = None
        group.remove(member.member_id)
        if group.is_in(S.STABLE, S.COMPLETING_REBALANCE):
            self._maybe_prepare_rebalance_or_complete_join(group, f"removing member {member.member_id}")
        elif group.is_in(S.PREPARING_REBALANCE) and group.has_all_members_joined():
            self._complete_join(group)

    def _metadata_record(self, group: ClassicGroup, assignment: dict[str, bytes]):  # noqa: ANN202
        value = m.GroupMetadataValue(
            protocol_type=group.protocol_type or "",
            generation=group.generation_id,
            protocol=group.protocol_name,
            leader=group.leader_id,
            current_state_timestamp=group.state_timestamp_ms,
            members=[
                m.GroupMetadataValue.MemberMetadata(
                    member_id=mem.member_id,
                    group_instance_id=mem.group_instance_id,
                    client_id=mem.client_id,
                    client_host=mem.client_host,
                    rebalance_timeout=mem.rebalance_timeout_ms,
                    session_timeout=mem.session_timeout_ms,
                    subscription=mem.metadata_for(group.protocol_name),
                    assignment=assignment.get(mem.member_id, b""),
                )
                for mem in group.members.values()
            ],
        )
        return group_metadata_record(self.core.partition_for(group.group_id), group.group_id, value)

    # -- SyncGroup ------------------------------------------------------------------------------------
    def sync(self, req: m.SyncGroupRequest, info: RequestInfo) -> m.SyncGroupResponse | Pending:
        group = self.core.groups.get(req.group_id)
        if group is None or group.is_empty():
            return m.SyncGroupResponse(error_code=E.UNKNOWN_MEMBER_ID)
        if not isinstance(group, ClassicGroup):
            return m.SyncGroupResponse(error_code=E.UNKNOWN_MEMBER_ID)
        if group.is_in(S.DEAD):
            return m.SyncGroupResponse(error_code=E.COORDINATOR_NOT_AVAILABLE)
        try:
            validate_member(group, req.member_id, req.group_instance_id)
        except MemberError as exc:
            return m.SyncGroupResponse(error_code=exc.code)
        if req.generation_id != group.generation_id:
            return m.SyncGroupResponse(error_code=E.ILLEGAL_GENERATION)
        if _inconsistent(req.protocol_type, group.protocol_type) or _inconsistent(req.protocol_name, group.protocol_name):
            return m.SyncGroupResponse(error_code=E.INCONSISTENT_GROUP_PROTOCOL)
        if group.is_in(S.PREPARING_REBALANCE):
            return m.SyncGroupResponse(error_code=E.REBALANCE_IN_PROGRESS)
        member = group.members[req.member_id]
        if group.is_in(S.STABLE):
            self._remove_pending_sync_member(group, req.member_id)
            return m.SyncGroupResponse(
                error_code=E.NONE,
                protocol_type=group.protocol_type,
                protocol_name=group.protocol_name,
                assignment=member.assignment,
            )
        # CompletingRebalance: park until the leader's assignment is stored.
        token = self.core.new_token()
        if member.awaiting_sync is not None:
            self.core.complete(member.awaiting_sync, m.SyncGroupResponse(error_code=E.REBALANCE_IN_PROGRESS))
        member.awaiting_sync = token
        self._remove_pending_sync_member(group, req.member_id)
        if group.is_leader(req.member_id):
            assignment = {a.member_id: bytes(a.assignment) for a in req.assignments}
            full = {mid: assignment.get(mid, b"") for mid in group.members}
            # Single node: the append is durable when the adapter writes it, before responses go out.
            self.core.emit(self._metadata_record(group, full))
            for mid, mem in group.members.items():
                mem.assignment = full[mid]
            self._propagate_assignment(group, E.NONE)
            group.transition_to(S.STABLE, self.now_ms)
            log.info("rebalance_completed", group_id=group.group_id, generation=group.generation_id)
        return Pending(token)

    def _remove_pending_sync_member(self, group: ClassicGroup, member_id: str) -> None:
        group.pending_sync_members.discard(member_id)
        if not group.is_in(S.COMPLETING_REBALANCE, S.STABLE) or group.has_received_sync_from_all():
            self.core.timer.cancel(_sync_key(group.group_id))

    # -- Heartbeat ------------------------------------------------------------------------------------
    def heartbeat(self, req: m.HeartbeatRequest, info: RequestInfo) -> m.HeartbeatResponse:
        group = self.core.groups.get(req.group_id)
        if not isinstance(group, ClassicGroup):
            return m.HeartbeatResponse(error_code=E.UNKNOWN_MEMBER_ID)
        if group.is_in(S.DEAD):
            return m.HeartbeatResponse(error_code=E.COORDINATOR_NOT_AVAILABLE)
        try:
            validate_member(group, req.member_id, req.group_instance_id)
        except MemberError as exc:
            return m.HeartbeatResponse(error_code=exc.code)
        if req.generation_id != group.generation_id:
            return m.HeartbeatResponse(error_code=E.ILLEGAL_GENERATION)
        if group.is_in(S.EMPTY):
            return m.HeartbeatResponse(error_code=E.UNKNOWN_MEMBER_ID)
        self._reschedule_heartbeat(group, group.members[req.member_id])
        if group.is_in(S.PREPARING_REBALANCE):
            return m.HeartbeatResponse(error_code=E.REBALANCE_IN_PROGRESS)
        return m.HeartbeatResponse(error_code=E.NONE)

    # -- LeaveGroup -----------------------------------------------------------------------------------
    def leave(self, req: m.LeaveGroupRequest, info: RequestInfo) -> m.LeaveGroupResponse:
        identities = list(req.members)
        if info.api_version < 3:
            identities = [m.LeaveGroupRequest.MemberIdentity(member_id=req.member_id, group_instance_id=None)]
        group = self.core.groups.get(req.group_id)
        if not isinstance(group, ClassicGroup):
            return m.LeaveGroupResponse(error_code=E.UNKNOWN_MEMBER_ID)
        if group.is_in(S.DEAD):
            return m.LeaveGroupResponse(error_code=E.COORDINATOR_NOT_AVAILABLE)
        results: list[m.LeaveGroupResponse.MemberResponse] = []
        left = 0
        for ident in identities:
            code = E.NONE
            if ident.member_id == UNKNOWN_MEMBER_ID:
                target = group.static_member_id(ident.group_instance_id)
                if target is not None:
                    self._remove_current_member(group, target)
                else:
                    code = E.UNKNOWN_MEMBER_ID
            elif group.is_pending_member(ident.member_id):
                group.remove(ident.member_id)
                self.core.timer.cancel(_hb_key(group.group_id, ident.member_id))
            else:
                try:
                    validate_member(group, ident.member_id, ident.group_instance_id)
                    self._remove_current_member(group, ident.member_id)
                except MemberError as exc:
                    code = exc.code
            if code == E.NONE:
                left += 1
            results.append(
                m.LeaveGroupResponse.MemberResponse(
                    member_id=ident.member_id, group_instance_id=ident.group_instance_id, error_code=code
                )
            )
        if left:
            if group.is_in(S.STABLE, S.COMPLETING_REBALANCE):
                self._maybe_prepare_rebalance_or_complete_join(group, "explicit LeaveGroup")
            elif group.is_in(S.PREPARING_REBALANCE):
                self._maybe_complete_join_phase(group)
        if info.api_version < 3:
            return m.LeaveGroupResponse(error_code=results[0].error_code)
        return m.LeaveGroupResponse(error_code=E.NONE, members=results)

    def _remove_current_member(self, group: ClassicGroup, member_id: str) -> None:
        member = group.members[member_id]
        self.core.timer.cancel(_hb_key(group.group_id, member_id))
        if member.awaiting_join is not None:
            self.core.complete(member.awaiting_join, _join_error(UNKNOWN_MEMBER_ID, E.UNKNOWN_MEMBER_ID))
            member.awaiting_join = None
        group.remove(member_id)

    # -- loading and unloading ---------------------------------------------------------------------------
    def on_loaded(self, group: ClassicGroup) -> None:
        for mem in group.members.values():
            self._reschedule_heartbeat(group, mem)

    def fail_all_pending(self, code: ErrorCode) -> None:
        for group in self.core.groups.values():
            if not isinstance(group, ClassicGroup):
                continue
            for mem in group.members.values():
                if mem.awaiting_join is not None:
                    self.core.complete(mem.awaiting_join, _join_error(mem.member_id, code))
                    mem.awaiting_join = None
                if mem.awaiting_sync is not None:
                    self.core.complete(mem.awaiting_sync, m.SyncGroupResponse(error_code=code))
                    mem.awaiting_sync = None


def _inconsistent(requested: str | None, current: str | None) -> bool:
    return requested is not None and current is not None and requested != current
