# GENERATED FILE - DO NOT EDIT.
# Produced by tools/gen_protocol.py from the Apache Kafka 4.3.1 JSON message specs
# (messages/, metadata/, raft/, storage/); regenerate with `python tools/gen_protocol.py`.
#
# Conventions:
# - One class per spec, named as the spec's "name"; struct types are nested classes of
#   their message class (e.g. ProduceRequest.TopicProduceData), including commonStructs.
# - Attribute names are the spec names converted with Kafka's own snake_case rule
#   (MessageGenerator.toSnakeCase): put "_" before every upper-case letter that follows a
#   non-upper-case character, then lower-case everything.  TransactionalId ->
#   transactional_id, IsrNodes -> isr_nodes, KRaftVersion -> kraft_version, leaderEpoch ->
#   leader_epoch.
# - Defaults follow Kafka's FieldSpec: the spec "default" when given, else the zero value
#   of the type (arrays [], struct-typed fields a default instance, records None).  A JSON
#   null default (as opposed to the string "null") is the zero value, as in Kafka.
# - F(...) rows are the wire schema: versions/nullable/tagged are inclusive (lo, hi) ranges,
#   None meaning "never"; MAXV stands for an open range ("3+").
# - Each top-level class is a @dataclass(slots=True) built on first access (module
#   __getattr__), so importing this module stays cheap; encode/decode code is compiled per
#   (class, version) on first use by protocol.codec.
# ruff: noqa

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any, ClassVar

from protocol.codec import MAXV, ZERO_UUID, F, Message, MessageInfo, Records, Struct

MESSAGE_INFO: dict[str, MessageInfo] = {
    'AbortTransactionRecord': MessageInfo('AbortTransactionRecord', 'metadata', 25, (0, 0), 0, (), False),
    'AccessControlEntryRecord': MessageInfo('AccessControlEntryRecord', 'metadata', 18, (0, 0), 0, (), False),
    'AddOffsetsToTxnRequest': MessageInfo('AddOffsetsToTxnRequest', 'request', 25, (0, 4), 3, ('broker',), False),
    'AddOffsetsToTxnResponse': MessageInfo('AddOffsetsToTxnResponse', 'response', 25, (0, 4), 3, (), False),
    'AddPartitionsToTxnRequest': MessageInfo('AddPartitionsToTxnRequest', 'request', 24, (0, 5), 3, ('broker',), False),
    'AddPartitionsToTxnResponse': MessageInfo('AddPartitionsToTxnResponse', 'response', 24, (0, 5), 3, (), False),
    'AddRaftVoterRequest': MessageInfo('AddRaftVoterRequest', 'request', 80, (0, 1), 0, ('broker', 'controller'), False),
    'AddRaftVoterResponse': MessageInfo('AddRaftVoterResponse', 'response', 80, (0, 1), 0, (), False),
    'AllocateProducerIdsRequest': MessageInfo('AllocateProducerIdsRequest', 'request', 67, (0, 0), 0, ('controller',), False),
    'AllocateProducerIdsResponse': MessageInfo('AllocateProducerIdsResponse', 'response', 67, (0, 0), 0, (), False),
    'AlterClientQuotasRequest': MessageInfo('AlterClientQuotasRequest', 'request', 49, (0, 1), 1, ('broker', 'controller'), False),
    'AlterClientQuotasResponse': MessageInfo('AlterClientQuotasResponse', 'response', 49, (0, 1), 1, (), False),
    'AlterConfigsRequest': MessageInfo('AlterConfigsRequest', 'request', 33, (0, 2), 2, ('broker', 'controller'), False),
    'AlterConfigsResponse': MessageInfo('AlterConfigsResponse', 'response', 33, (0, 2), 2, (), False),
    'AlterPartitionReassignmentsRequest': MessageInfo('AlterPartitionReassignmentsRequest', 'request', 45, (0, 1), 0, ('broker', 'controller'), False),
    'AlterPartitionReassignmentsResponse': MessageInfo('AlterPartitionReassignmentsResponse', 'response', 45, (0, 1), 0, (), False),
    'AlterPartitionRequest': MessageInfo('AlterPartitionRequest', 'request', 56, (2, 3), 0, ('controller',), False),
    'AlterPartitionResponse': MessageInfo('AlterPartitionResponse', 'response', 56, (2, 3), 0, (), False),
    'AlterReplicaLogDirsRequest': MessageInfo('AlterReplicaLogDirsRequest', 'request', 34, (1, 2), 2, ('broker',), False),
    'AlterReplicaLogDirsResponse': MessageInfo('AlterReplicaLogDirsResponse', 'response', 34, (1, 2), 2, (), False),
    'AlterShareGroupOffsetsRequest': MessageInfo('AlterShareGroupOffsetsRequest', 'request', 91, (0, 0), 0, ('broker',), False),
    'AlterShareGroupOffsetsResponse': MessageInfo('AlterShareGroupOffsetsResponse', 'response', 91, (0, 0), 0, (), False),
    'AlterUserScramCredentialsRequest': MessageInfo('AlterUserScramCredentialsRequest', 'request', 51, (0, 0), 0, ('broker', 'controller'), False),
    'AlterUserScramCredentialsResponse': MessageInfo('AlterUserScramCredentialsResponse', 'response', 51, (0, 0), 0, (), False),
    'ApiVersionsRequest': MessageInfo('ApiVersionsRequest', 'request', 18, (0, 4), 3, ('broker', 'controller'), False),
    'ApiVersionsResponse': MessageInfo('ApiVersionsResponse', 'response', 18, (0, 4), 3, (), False),
    'AssignReplicasToDirsRequest': MessageInfo('AssignReplicasToDirsRequest', 'request', 73, (0, 0), 0, ('controller',), False),
    'AssignReplicasToDirsResponse': MessageInfo('AssignReplicasToDirsResponse', 'response', 73, (0, 0), 0, (), False),
    'BeginQuorumEpochRequest': MessageInfo('BeginQuorumEpochRequest', 'request', 53, (0, 1), 1, ('controller',), False),
    'BeginQuorumEpochResponse': MessageInfo('BeginQuorumEpochResponse', 'response', 53, (0, 1), 1, (), False),
    'BeginTransactionRecord': MessageInfo('BeginTransactionRecord', 'metadata', 23, (0, 0), 0, (), False),
    'BrokerHeartbeatRequest': MessageInfo('BrokerHeartbeatRequest', 'request', 63, (0, 2), 0, ('controller',), False),
    'BrokerHeartbeatResponse': MessageInfo('BrokerHeartbeatResponse', 'response', 63, (0, 2), 0, (), False),
    'BrokerRegistrationChangeRecord': MessageInfo('BrokerRegistrationChangeRecord', 'metadata', 17, (0, 3), 0, (), False),
    'BrokerRegistrationRequest': MessageInfo('BrokerRegistrationRequest', 'request', 62, (0, 4), 0, ('controller',), False),
    'BrokerRegistrationResponse': MessageInfo('BrokerRegistrationResponse', 'response', 62, (0, 4), 0, (), False),
    'ClearElrRecord': MessageInfo('ClearElrRecord', 'metadata', 28, (0, 0), 0, (), False),
    'ClientQuotaRecord': MessageInfo('ClientQuotaRecord', 'metadata', 14, (0, 0), 0, (), False),
    'ConfigRecord': MessageInfo('ConfigRecord', 'metadata', 4, (0, 0), 0, (), False),
    'ConsumerGroupCurrentMemberAssignmentKey': MessageInfo('ConsumerGroupCurrentMemberAssignmentKey', 'coordinator-key', 8, (0, 0), None, (), False),
    'ConsumerGroupCurrentMemberAssignmentValue': MessageInfo('ConsumerGroupCurrentMemberAssignmentValue', 'coordinator-value', 8, (0, 0), 0, (), False),
    'ConsumerGroupDescribeRequest': MessageInfo('ConsumerGroupDescribeRequest', 'request', 69, (0, 1), 0, ('broker',), False),
    'ConsumerGroupDescribeResponse': MessageInfo('ConsumerGroupDescribeResponse', 'response', 69, (0, 1), 0, (), False),
    'ConsumerGroupHeartbeatRequest': MessageInfo('ConsumerGroupHeartbeatRequest', 'request', 68, (0, 1), 0, ('broker',), False),
    'ConsumerGroupHeartbeatResponse': MessageInfo('ConsumerGroupHeartbeatResponse', 'response', 68, (0, 1), 0, (), False),
    'ConsumerGroupMemberMetadataKey': MessageInfo('ConsumerGroupMemberMetadataKey', 'coordinator-key', 5, (0, 0), None, (), False),
    'ConsumerGroupMemberMetadataValue': MessageInfo('ConsumerGroupMemberMetadataValue', 'coordinator-value', 5, (0, 0), 0, (), False),
    'ConsumerGroupMetadataKey': MessageInfo('ConsumerGroupMetadataKey', 'coordinator-key', 3, (0, 0), None, (), False),
    'ConsumerGroupMetadataValue': MessageInfo('ConsumerGroupMetadataValue', 'coordinator-value', 3, (0, 0), 0, (), False),
    'ConsumerGroupPartitionMetadataKey': MessageInfo('ConsumerGroupPartitionMetadataKey', 'coordinator-key', 4, (0, 0), None, (), False),
    'ConsumerGroupPartitionMetadataValue': MessageInfo('ConsumerGroupPartitionMetadataValue', 'coordinator-value', 4, (0, 0), 0, (), False),
    'ConsumerGroupRegularExpressionKey': MessageInfo('ConsumerGroupRegularExpressionKey', 'coordinator-key', 16, (0, 0), None, (), False),
    'ConsumerGroupRegularExpressionValue': MessageInfo('ConsumerGroupRegularExpressionValue', 'coordinator-value', 16, (0, 0), 0, (), False),
    'ConsumerGroupTargetAssignmentMemberKey': MessageInfo('ConsumerGroupTargetAssignmentMemberKey', 'coordinator-key', 7, (0, 0), None, (), False),
    'ConsumerGroupTargetAssignmentMemberValue': MessageInfo('ConsumerGroupTargetAssignmentMemberValue', 'coordinator-value', 7, (0, 0), 0, (), False),
    'ConsumerGroupTargetAssignmentMetadataKey': MessageInfo('ConsumerGroupTargetAssignmentMetadataKey', 'coordinator-key', 6, (0, 0), None, (), False),
    'ConsumerGroupTargetAssignmentMetadataValue': MessageInfo('ConsumerGroupTargetAssignmentMetadataValue', 'coordinator-value', 6, (0, 0), 0, (), False),
    'ConsumerProtocolAssignment': MessageInfo('ConsumerProtocolAssignment', 'data', None, (0, 3), None, (), False),
    'ConsumerProtocolSubscription': MessageInfo('ConsumerProtocolSubscription', 'data', None, (0, 3), None, (), False),
    'ControlRecordTypeSchema': MessageInfo('ControlRecordTypeSchema', 'data', None, (0, 0), None, (), False),
    'ControlledShutdownRequest': MessageInfo('ControlledShutdownRequest', 'request', 7, (0, -1), None, (), False),
    'ControlledShutdownResponse': MessageInfo('ControlledShutdownResponse', 'response', 7, (0, -1), None, (), False),
    'ControllerRegistrationRequest': MessageInfo('ControllerRegistrationRequest', 'request', 70, (0, 0), 0, ('controller',), False),
    'ControllerRegistrationResponse': MessageInfo('ControllerRegistrationResponse', 'response', 70, (0, 0), 0, (), False),
    'CreateAclsRequest': MessageInfo('CreateAclsRequest', 'request', 30, (1, 3), 2, ('broker', 'controller'), False),
    'CreateAclsResponse': MessageInfo('CreateAclsResponse', 'response', 30, (1, 3), 2, (), False),
    'CreateDelegationTokenRequest': MessageInfo('CreateDelegationTokenRequest', 'request', 38, (1, 3), 2, ('broker', 'controller'), False),
    'CreateDelegationTokenResponse': MessageInfo('CreateDelegationTokenResponse', 'response', 38, (1, 3), 2, (), False),
    'CreatePartitionsRequest': MessageInfo('CreatePartitionsRequest', 'request', 37, (0, 3), 2, ('broker', 'controller'), False),
    'CreatePartitionsResponse': MessageInfo('CreatePartitionsResponse', 'response', 37, (0, 3), 2, (), False),
    'CreateTopicsRequest': MessageInfo('CreateTopicsRequest', 'request', 19, (2, 7), 5, ('broker', 'controller'), False),
    'CreateTopicsResponse': MessageInfo('CreateTopicsResponse', 'response', 19, (2, 7), 5, (), False),
    'DefaultPrincipalData': MessageInfo('DefaultPrincipalData', 'data', None, (0, 0), 0, (), False),
    'DelegationTokenRecord': MessageInfo('DelegationTokenRecord', 'metadata', 10, (0, 0), 0, (), False),
    'DeleteAclsRequest': MessageInfo('DeleteAclsRequest', 'request', 31, (1, 3), 2, ('broker', 'controller'), False),
    'DeleteAclsResponse': MessageInfo('DeleteAclsResponse', 'response', 31, (1, 3), 2, (), False),
    'DeleteGroupsRequest': MessageInfo('DeleteGroupsRequest', 'request', 42, (0, 2), 2, ('broker',), False),
    'DeleteGroupsResponse': MessageInfo('DeleteGroupsResponse', 'response', 42, (0, 2), 2, (), False),
    'DeleteRecordsRequest': MessageInfo('DeleteRecordsRequest', 'request', 21, (0, 2), 2, ('broker',), False),
    'DeleteRecordsResponse': MessageInfo('DeleteRecordsResponse', 'response', 21, (0, 2), 2, (), False),
    'DeleteShareGroupOffsetsRequest': MessageInfo('DeleteShareGroupOffsetsRequest', 'request', 92, (0, 0), 0, ('broker',), False),
    'DeleteShareGroupOffsetsResponse': MessageInfo('DeleteShareGroupOffsetsResponse', 'response', 92, (0, 0), 0, (), False),
    'DeleteShareGroupStateRequest': MessageInfo('DeleteShareGroupStateRequest', 'request', 86, (0, 0), 0, ('broker',), False),
    'DeleteShareGroupStateResponse': MessageInfo('DeleteShareGroupStateResponse', 'response', 86, (0, 0), 0, (), False),
    'DeleteTopicsRequest': MessageInfo('DeleteTopicsRequest', 'request', 20, (1, 6), 4, ('broker', 'controller'), False),
    'DeleteTopicsResponse': MessageInfo('DeleteTopicsResponse', 'response', 20, (1, 6), 4, (), False),
    'DescribeAclsRequest': MessageInfo('DescribeAclsRequest', 'request', 29, (1, 3), 2, ('broker', 'controller'), False),
    'DescribeAclsResponse': MessageInfo('DescribeAclsResponse', 'response', 29, (1, 3), 2, (), False),
    'DescribeClientQuotasRequest': MessageInfo('DescribeClientQuotasRequest', 'request', 48, (0, 1), 1, ('broker',), False),
    'DescribeClientQuotasResponse': MessageInfo('DescribeClientQuotasResponse', 'response', 48, (0, 1), 1, (), False),
    'DescribeClusterRequest': MessageInfo('DescribeClusterRequest', 'request', 60, (0, 2), 0, ('broker', 'controller'), False),
    'DescribeClusterResponse': MessageInfo('DescribeClusterResponse', 'response', 60, (0, 2), 0, (), False),
    'DescribeConfigsRequest': MessageInfo('DescribeConfigsRequest', 'request', 32, (1, 4), 4, ('broker', 'controller'), False),
    'DescribeConfigsResponse': MessageInfo('DescribeConfigsResponse', 'response', 32, (1, 4), 4, (), False),
    'DescribeDelegationTokenRequest': MessageInfo('DescribeDelegationTokenRequest', 'request', 41, (1, 3), 2, ('broker', 'controller'), False),
    'DescribeDelegationTokenResponse': MessageInfo('DescribeDelegationTokenResponse', 'response', 41, (1, 3), 2, (), False),
    'DescribeGroupsRequest': MessageInfo('DescribeGroupsRequest', 'request', 15, (0, 6), 5, ('broker',), False),
    'DescribeGroupsResponse': MessageInfo('DescribeGroupsResponse', 'response', 15, (0, 6), 5, (), False),
    'DescribeLogDirsRequest': MessageInfo('DescribeLogDirsRequest', 'request', 35, (1, 5), 2, ('broker',), False),
    'DescribeLogDirsResponse': MessageInfo('DescribeLogDirsResponse', 'response', 35, (1, 5), 2, (), False),
    'DescribeProducersRequest': MessageInfo('DescribeProducersRequest', 'request', 61, (0, 0), 0, ('broker',), False),
    'DescribeProducersResponse': MessageInfo('DescribeProducersResponse', 'response', 61, (0, 0), 0, (), False),
    'DescribeQuorumRequest': MessageInfo('DescribeQuorumRequest', 'request', 55, (0, 2), 0, ('broker', 'controller'), False),
    'DescribeQuorumResponse': MessageInfo('DescribeQuorumResponse', 'response', 55, (0, 2), 0, (), False),
    'DescribeShareGroupOffsetsRequest': MessageInfo('DescribeShareGroupOffsetsRequest', 'request', 90, (0, 1), 0, ('broker',), False),
    'DescribeShareGroupOffsetsResponse': MessageInfo('DescribeShareGroupOffsetsResponse', 'response', 90, (0, 1), 0, (), False),
    'DescribeTopicPartitionsRequest': MessageInfo('DescribeTopicPartitionsRequest', 'request', 75, (0, 0), 0, ('broker',), False),
    'DescribeTopicPartitionsResponse': MessageInfo('DescribeTopicPartitionsResponse', 'response', 75, (0, 0), 0, (), False),
    'DescribeTransactionsRequest': MessageInfo('DescribeTransactionsRequest', 'request', 65, (0, 0), 0, ('broker',), False),
    'DescribeTransactionsResponse': MessageInfo('DescribeTransactionsResponse', 'response', 65, (0, 0), 0, (), False),
    'DescribeUserScramCredentialsRequest': MessageInfo('DescribeUserScramCredentialsRequest', 'request', 50, (0, 0), 0, ('broker', 'controller'), False),
    'DescribeUserScramCredentialsResponse': MessageInfo('DescribeUserScramCredentialsResponse', 'response', 50, (0, 0), 0, (), False),
    'ElectLeadersRequest': MessageInfo('ElectLeadersRequest', 'request', 43, (0, 2), 2, ('broker', 'controller'), False),
    'ElectLeadersResponse': MessageInfo('ElectLeadersResponse', 'response', 43, (0, 2), 2, (), False),
    'EndQuorumEpochRequest': MessageInfo('EndQuorumEpochRequest', 'request', 54, (0, 1), 1, ('controller',), False),
    'EndQuorumEpochResponse': MessageInfo('EndQuorumEpochResponse', 'response', 54, (0, 1), 1, (), False),
    'EndTransactionRecord': MessageInfo('EndTransactionRecord', 'metadata', 24, (0, 0), 0, (), False),
    'EndTxnMarker': MessageInfo('EndTxnMarker', 'data', None, (0, 0), None, (), False),
    'EndTxnRequest': MessageInfo('EndTxnRequest', 'request', 26, (0, 5), 3, ('broker',), False),
    'EndTxnResponse': MessageInfo('EndTxnResponse', 'response', 26, (0, 5), 3, (), False),
    'EnvelopeRequest': MessageInfo('EnvelopeRequest', 'request', 58, (0, 0), 0, ('controller',), False),
    'EnvelopeResponse': MessageInfo('EnvelopeResponse', 'response', 58, (0, 0), 0, (), False),
    'ExpireDelegationTokenRequest': MessageInfo('ExpireDelegationTokenRequest', 'request', 40, (1, 2), 2, ('broker', 'controller'), False),
    'ExpireDelegationTokenResponse': MessageInfo('ExpireDelegationTokenResponse', 'response', 40, (1, 2), 2, (), False),
    'FeatureLevelRecord': MessageInfo('FeatureLevelRecord', 'metadata', 12, (0, 0), 0, (), False),
    'FenceBrokerRecord': MessageInfo('FenceBrokerRecord', 'metadata', 7, (0, 0), 0, (), False),
    'FetchRequest': MessageInfo('FetchRequest', 'request', 1, (4, 18), 12, ('broker', 'controller'), False),
    'FetchResponse': MessageInfo('FetchResponse', 'response', 1, (4, 18), 12, (), False),
    'FetchSnapshotRequest': MessageInfo('FetchSnapshotRequest', 'request', 59, (0, 1), 0, ('controller',), False),
    'FetchSnapshotResponse': MessageInfo('FetchSnapshotResponse', 'response', 59, (0, 1), 0, (), False),
    'FindCoordinatorRequest': MessageInfo('FindCoordinatorRequest', 'request', 10, (0, 6), 3, ('broker',), False),
    'FindCoordinatorResponse': MessageInfo('FindCoordinatorResponse', 'response', 10, (0, 6), 3, (), False),
    'GetTelemetrySubscriptionsRequest': MessageInfo('GetTelemetrySubscriptionsRequest', 'request', 71, (0, 0), 0, ('broker',), False),
    'GetTelemetrySubscriptionsResponse': MessageInfo('GetTelemetrySubscriptionsResponse', 'response', 71, (0, 0), 0, (), False),
    'GroupMetadataKey': MessageInfo('GroupMetadataKey', 'coordinator-key', 2, (0, 0), None, (), False),
    'GroupMetadataValue': MessageInfo('GroupMetadataValue', 'coordinator-value', 2, (0, 4), 4, (), False),
    'HeartbeatRequest': MessageInfo('HeartbeatRequest', 'request', 12, (0, 4), 4, ('broker',), False),
    'HeartbeatResponse': MessageInfo('HeartbeatResponse', 'response', 12, (0, 4), 4, (), False),
    'IncrementalAlterConfigsRequest': MessageInfo('IncrementalAlterConfigsRequest', 'request', 44, (0, 1), 1, ('broker', 'controller'), False),
    'IncrementalAlterConfigsResponse': MessageInfo('IncrementalAlterConfigsResponse', 'response', 44, (0, 1), 1, (), False),
    'InitProducerIdRequest': MessageInfo('InitProducerIdRequest', 'request', 22, (0, 6), 2, ('broker',), True),
    'InitProducerIdResponse': MessageInfo('InitProducerIdResponse', 'response', 22, (0, 6), 2, (), False),
    'InitializeShareGroupStateRequest': MessageInfo('InitializeShareGroupStateRequest', 'request', 83, (0, 0), 0, ('broker',), False),
    'InitializeShareGroupStateResponse': MessageInfo('InitializeShareGroupStateResponse', 'response', 83, (0, 0), 0, (), False),
    'JoinGroupRequest': MessageInfo('JoinGroupRequest', 'request', 11, (0, 9), 6, ('broker',), False),
    'JoinGroupResponse': MessageInfo('JoinGroupResponse', 'response', 11, (0, 9), 6, (), False),
    'KRaftVersionRecord': MessageInfo('KRaftVersionRecord', 'data', None, (0, 0), 0, (), False),
    'LeaderAndIsrRequest': MessageInfo('LeaderAndIsrRequest', 'request', 4, (0, -1), None, (), False),
    'LeaderAndIsrResponse': MessageInfo('LeaderAndIsrResponse', 'response', 4, (0, -1), None, (), False),
    'LeaderChangeMessage': MessageInfo('LeaderChangeMessage', 'data', None, (0, 1), 0, (), False),
    'LeaveGroupRequest': MessageInfo('LeaveGroupRequest', 'request', 13, (0, 5), 4, ('broker',), False),
    'LeaveGroupResponse': MessageInfo('LeaveGroupResponse', 'response', 13, (0, 5), 4, (), False),
    'LegacyOffsetCommitKey': MessageInfo('LegacyOffsetCommitKey', 'coordinator-key', 0, (0, 0), None, (), False),
    'LegacyOffsetCommitValue': MessageInfo('LegacyOffsetCommitValue', 'coordinator-value', 0, (0, 0), None, (), False),
    'ListConfigResourcesRequest': MessageInfo('ListConfigResourcesRequest', 'request', 74, (0, 1), 0, ('broker',), False),
    'ListConfigResourcesResponse': MessageInfo('ListConfigResourcesResponse', 'response', 74, (0, 1), 0, (), False),
    'ListGroupsRequest': MessageInfo('ListGroupsRequest', 'request', 16, (0, 5), 3, ('broker',), False),
    'ListGroupsResponse': MessageInfo('ListGroupsResponse', 'response', 16, (0, 5), 3, (), False),
    'ListOffsetsRequest': MessageInfo('ListOffsetsRequest', 'request', 2, (1, 11), 6, ('broker',), False),
    'ListOffsetsResponse': MessageInfo('ListOffsetsResponse', 'response', 2, (1, 11), 6, (), False),
    'ListPartitionReassignmentsRequest': MessageInfo('ListPartitionReassignmentsRequest', 'request', 46, (0, 0), 0, ('broker', 'controller'), False),
    'ListPartitionReassignmentsResponse': MessageInfo('ListPartitionReassignmentsResponse', 'response', 46, (0, 0), 0, (), False),
    'ListTransactionsRequest': MessageInfo('ListTransactionsRequest', 'request', 66, (0, 2), 0, ('broker',), False),
    'ListTransactionsResponse': MessageInfo('ListTransactionsResponse', 'response', 66, (0, 2), 0, (), False),
    'MetadataRequest': MessageInfo('MetadataRequest', 'request', 3, (0, 13), 9, ('broker',), False),
    'MetadataResponse': MessageInfo('MetadataResponse', 'response', 3, (0, 13), 9, (), False),
    'NoOpRecord': MessageInfo('NoOpRecord', 'metadata', 20, (0, 0), 0, (), False),
    'OffsetCommitKey': MessageInfo('OffsetCommitKey', 'coordinator-key', 1, (0, 0), None, (), False),
    'OffsetCommitRequest': MessageInfo('OffsetCommitRequest', 'request', 8, (2, 10), 8, ('broker',), False),
    'OffsetCommitResponse': MessageInfo('OffsetCommitResponse', 'response', 8, (2, 10), 8, (), False),
    'OffsetCommitValue': MessageInfo('OffsetCommitValue', 'coordinator-value', 1, (0, 4), 4, (), False),
    'OffsetDeleteRequest': MessageInfo('OffsetDeleteRequest', 'request', 47, (0, 0), None, ('broker',), False),
    'OffsetDeleteResponse': MessageInfo('OffsetDeleteResponse', 'response', 47, (0, 0), None, (), False),
    'OffsetFetchRequest': MessageInfo('OffsetFetchRequest', 'request', 9, (1, 10), 6, ('broker',), False),
    'OffsetFetchResponse': MessageInfo('OffsetFetchResponse', 'response', 9, (1, 10), 6, (), False),
    'OffsetForLeaderEpochRequest': MessageInfo('OffsetForLeaderEpochRequest', 'request', 23, (2, 4), 4, ('broker',), False),
    'OffsetForLeaderEpochResponse': MessageInfo('OffsetForLeaderEpochResponse', 'response', 23, (2, 4), 4, (), False),
    'PartitionChangeRecord': MessageInfo('PartitionChangeRecord', 'metadata', 5, (0, 2), 0, (), False),
    'PartitionRecord': MessageInfo('PartitionRecord', 'metadata', 3, (0, 2), 0, (), False),
    'ProduceRequest': MessageInfo('ProduceRequest', 'request', 0, (3, 13), 9, ('broker',), False),
    'ProduceResponse': MessageInfo('ProduceResponse', 'response', 0, (3, 13), 9, (), False),
    'ProducerIdsRecord': MessageInfo('ProducerIdsRecord', 'metadata', 15, (0, 0), 0, (), False),
    'ProducerSnapshot': MessageInfo('ProducerSnapshot', 'data', None, (1, 1), None, (), False),
    'PushTelemetryRequest': MessageInfo('PushTelemetryRequest', 'request', 72, (0, 0), 0, ('broker',), False),
    'PushTelemetryResponse': MessageInfo('PushTelemetryResponse', 'response', 72, (0, 0), 0, (), False),
    'QuorumStateData': MessageInfo('QuorumStateData', 'data', None, (0, 1), 0, (), False),
    'ReadShareGroupStateRequest': MessageInfo('ReadShareGroupStateRequest', 'request', 84, (0, 0), 0, ('broker',), False),
    'ReadShareGroupStateResponse': MessageInfo('ReadShareGroupStateResponse', 'response', 84, (0, 0), 0, (), False),
    'ReadShareGroupStateSummaryRequest': MessageInfo('ReadShareGroupStateSummaryRequest', 'request', 87, (0, 1), 0, ('broker',), False),
    'ReadShareGroupStateSummaryResponse': MessageInfo('ReadShareGroupStateSummaryResponse', 'response', 87, (0, 1), 0, (), False),
    'RegisterBrokerRecord': MessageInfo('RegisterBrokerRecord', 'metadata', 0, (0, 4), 0, (), False),
    'RegisterControllerRecord': MessageInfo('RegisterControllerRecord', 'metadata', 27, (0, 0), 0, (), False),
    'RemoveAccessControlEntryRecord': MessageInfo('RemoveAccessControlEntryRecord', 'metadata', 19, (0, 0), 0, (), False),
    'RemoveDelegationTokenRecord': MessageInfo('RemoveDelegationTokenRecord', 'metadata', 26, (0, 0), 0, (), False),
    'RemoveRaftVoterRequest': MessageInfo('RemoveRaftVoterRequest', 'request', 81, (0, 0), 0, ('broker', 'controller'), False),
    'RemoveRaftVoterResponse': MessageInfo('RemoveRaftVoterResponse', 'response', 81, (0, 0), 0, (), False),
    'RemoveTopicRecord': MessageInfo('RemoveTopicRecord', 'metadata', 9, (0, 0), 0, (), False),
    'RemoveUserScramCredentialRecord': MessageInfo('RemoveUserScramCredentialRecord', 'metadata', 22, (0, 0), 0, (), False),
    'RenewDelegationTokenRequest': MessageInfo('RenewDelegationTokenRequest', 'request', 39, (1, 2), 2, ('broker', 'controller'), False),
    'RenewDelegationTokenResponse': MessageInfo('RenewDelegationTokenResponse', 'response', 39, (1, 2), 2, (), False),
    'RequestHeader': MessageInfo('RequestHeader', 'header', None, (1, 2), 2, (), False),
    'ResponseHeader': MessageInfo('ResponseHeader', 'header', None, (0, 1), 1, (), False),
    'SaslAuthenticateRequest': MessageInfo('SaslAuthenticateRequest', 'request', 36, (0, 2), 2, ('broker', 'controller'), False),
    'SaslAuthenticateResponse': MessageInfo('SaslAuthenticateResponse', 'response', 36, (0, 2), 2, (), False),
    'SaslHandshakeRequest': MessageInfo('SaslHandshakeRequest', 'request', 17, (0, 1), None, ('broker', 'controller'), False),
    'SaslHandshakeResponse': MessageInfo('SaslHandshakeResponse', 'response', 17, (0, 1), None, (), False),
    'ShareAcknowledgeRequest': MessageInfo('ShareAcknowledgeRequest', 'request', 79, (1, 2), 0, ('broker',), False),
    'ShareAcknowledgeResponse': MessageInfo('ShareAcknowledgeResponse', 'response', 79, (1, 2), 0, (), False),
    'ShareFetchRequest': MessageInfo('ShareFetchRequest', 'request', 78, (1, 2), 0, ('broker',), False),
    'ShareFetchResponse': MessageInfo('ShareFetchResponse', 'response', 78, (1, 2), 0, (), False),
    'ShareGroupCurrentMemberAssignmentKey': MessageInfo('ShareGroupCurrentMemberAssignmentKey', 'coordinator-key', 14, (0, 0), None, (), False),
    'ShareGroupCurrentMemberAssignmentValue': MessageInfo('ShareGroupCurrentMemberAssignmentValue', 'coordinator-value', 14, (0, 0), 0, (), False),
    'ShareGroupDescribeRequest': MessageInfo('ShareGroupDescribeRequest', 'request', 77, (1, 1), 0, ('broker',), False),
    'ShareGroupDescribeResponse': MessageInfo('ShareGroupDescribeResponse', 'response', 77, (1, 1), 0, (), False),
    'ShareGroupHeartbeatRequest': MessageInfo('ShareGroupHeartbeatRequest', 'request', 76, (1, 1), 0, ('broker',), False),
    'ShareGroupHeartbeatResponse': MessageInfo('ShareGroupHeartbeatResponse', 'response', 76, (1, 1), 0, (), False),
    'ShareGroupMemberMetadataKey': MessageInfo('ShareGroupMemberMetadataKey', 'coordinator-key', 10, (0, 0), None, (), False),
    'ShareGroupMemberMetadataValue': MessageInfo('ShareGroupMemberMetadataValue', 'coordinator-value', 10, (0, 0), 0, (), False),
    'ShareGroupMetadataKey': MessageInfo('ShareGroupMetadataKey', 'coordinator-key', 11, (0, 0), None, (), False),
    'ShareGroupMetadataValue': MessageInfo('ShareGroupMetadataValue', 'coordinator-value', 11, (0, 0), 0, (), False),
    'ShareGroupStatePartitionMetadataKey': MessageInfo('ShareGroupStatePartitionMetadataKey', 'coordinator-key', 15, (0, 0), None, (), False),
    'ShareGroupStatePartitionMetadataValue': MessageInfo('ShareGroupStatePartitionMetadataValue', 'coordinator-value', 15, (0, 0), 0, (), False),
    'ShareGroupTargetAssignmentMemberKey': MessageInfo('ShareGroupTargetAssignmentMemberKey', 'coordinator-key', 13, (0, 0), None, (), False),
    'ShareGroupTargetAssignmentMemberValue': MessageInfo('ShareGroupTargetAssignmentMemberValue', 'coordinator-value', 13, (0, 0), 0, (), False),
    'ShareGroupTargetAssignmentMetadataKey': MessageInfo('ShareGroupTargetAssignmentMetadataKey', 'coordinator-key', 12, (0, 0), None, (), False),
    'ShareGroupTargetAssignmentMetadataValue': MessageInfo('ShareGroupTargetAssignmentMetadataValue', 'coordinator-value', 12, (0, 0), 0, (), False),
    'ShareSnapshotKey': MessageInfo('ShareSnapshotKey', 'coordinator-key', 0, (0, 0), None, (), False),
    'ShareSnapshotValue': MessageInfo('ShareSnapshotValue', 'coordinator-value', 0, (0, 0), 0, (), False),
    'ShareUpdateKey': MessageInfo('ShareUpdateKey', 'coordinator-key', 1, (0, 0), None, (), False),
    'ShareUpdateValue': MessageInfo('ShareUpdateValue', 'coordinator-value', 1, (0, 0), 0, (), False),
    'SnapshotFooterRecord': MessageInfo('SnapshotFooterRecord', 'data', None, (0, 0), 0, (), False),
    'SnapshotHeaderRecord': MessageInfo('SnapshotHeaderRecord', 'data', None, (0, 0), 0, (), False),
    'StopReplicaRequest': MessageInfo('StopReplicaRequest', 'request', 5, (0, -1), None, (), False),
    'StopReplicaResponse': MessageInfo('StopReplicaResponse', 'response', 5, (0, -1), None, (), False),
    'StreamsGroupCurrentMemberAssignmentKey': MessageInfo('StreamsGroupCurrentMemberAssignmentKey', 'coordinator-key', 22, (0, 0), None, (), False),
    'StreamsGroupCurrentMemberAssignmentValue': MessageInfo('StreamsGroupCurrentMemberAssignmentValue', 'coordinator-value', 22, (0, 0), 0, (), False),
    'StreamsGroupDescribeRequest': MessageInfo('StreamsGroupDescribeRequest', 'request', 89, (0, 0), 0, ('broker',), False),
    'StreamsGroupDescribeResponse': MessageInfo('StreamsGroupDescribeResponse', 'response', 89, (0, 0), 0, (), False),
    'StreamsGroupHeartbeatRequest': MessageInfo('StreamsGroupHeartbeatRequest', 'request', 88, (0, 0), 0, ('broker',), False),
    'StreamsGroupHeartbeatResponse': MessageInfo('StreamsGroupHeartbeatResponse', 'response', 88, (0, 0), 0, (), False),
    'StreamsGroupMemberMetadataKey': MessageInfo('StreamsGroupMemberMetadataKey', 'coordinator-key', 19, (0, 0), None, (), False),
    'StreamsGroupMemberMetadataValue': MessageInfo('StreamsGroupMemberMetadataValue', 'coordinator-value', 19, (0, 0), 0, (), False),
    'StreamsGroupMetadataKey': MessageInfo('StreamsGroupMetadataKey', 'coordinator-key', 17, (0, 0), None, (), False),
    'StreamsGroupMetadataValue': MessageInfo('StreamsGroupMetadataValue', 'coordinator-value', 17, (0, 0), 0, (), False),
    'StreamsGroupTargetAssignmentMemberKey': MessageInfo('StreamsGroupTargetAssignmentMemberKey', 'coordinator-key', 21, (0, 0), None, (), False),
    'StreamsGroupTargetAssignmentMemberValue': MessageInfo('StreamsGroupTargetAssignmentMemberValue', 'coordinator-value', 21, (0, 0), 0, (), False),
    'StreamsGroupTargetAssignmentMetadataKey': MessageInfo('StreamsGroupTargetAssignmentMetadataKey', 'coordinator-key', 20, (0, 0), None, (), False),
    'StreamsGroupTargetAssignmentMetadataValue': MessageInfo('StreamsGroupTargetAssignmentMetadataValue', 'coordinator-value', 20, (0, 0), 0, (), False),
    'StreamsGroupTopologyKey': MessageInfo('StreamsGroupTopologyKey', 'coordinator-key', 23, (0, 0), None, (), False),
    'StreamsGroupTopologyValue': MessageInfo('StreamsGroupTopologyValue', 'coordinator-value', 23, (0, 0), 0, (), False),
    'SyncGroupRequest': MessageInfo('SyncGroupRequest', 'request', 14, (0, 5), 4, ('broker',), False),
    'SyncGroupResponse': MessageInfo('SyncGroupResponse', 'response', 14, (0, 5), 4, (), False),
    'TopicRecord': MessageInfo('TopicRecord', 'metadata', 2, (0, 0), 0, (), False),
    'TransactionLogKey': MessageInfo('TransactionLogKey', 'coordinator-key', 0, (0, 0), None, (), False),
    'TransactionLogValue': MessageInfo('TransactionLogValue', 'coordinator-value', 0, (0, 1), 1, (), False),
    'TxnOffsetCommitRequest': MessageInfo('TxnOffsetCommitRequest', 'request', 28, (0, 5), 3, ('broker',), False),
    'TxnOffsetCommitResponse': MessageInfo('TxnOffsetCommitResponse', 'response', 28, (0, 5), 3, (), False),
    'UnfenceBrokerRecord': MessageInfo('UnfenceBrokerRecord', 'metadata', 8, (0, 0), 0, (), False),
    'UnregisterBrokerRecord': MessageInfo('UnregisterBrokerRecord', 'metadata', 1, (0, 0), 0, (), False),
    'UnregisterBrokerRequest': MessageInfo('UnregisterBrokerRequest', 'request', 64, (0, 0), 0, ('broker', 'controller'), False),
    'UnregisterBrokerResponse': MessageInfo('UnregisterBrokerResponse', 'response', 64, (0, 0), 0, (), False),
    'UpdateFeaturesRequest': MessageInfo('UpdateFeaturesRequest', 'request', 57, (0, 2), 0, ('broker', 'controller'), False),
    'UpdateFeaturesResponse': MessageInfo('UpdateFeaturesResponse', 'response', 57, (0, 2), 0, (), False),
    'UpdateMetadataRequest': MessageInfo('UpdateMetadataRequest', 'request', 6, (0, -1), None, (), False),
    'UpdateMetadataResponse': MessageInfo('UpdateMetadataResponse', 'response', 6, (0, -1), None, (), False),
    'UpdateRaftVoterRequest': MessageInfo('UpdateRaftVoterRequest', 'request', 82, (0, 0), 0, ('controller',), False),
    'UpdateRaftVoterResponse': MessageInfo('UpdateRaftVoterResponse', 'response', 82, (0, 0), 0, (), False),
    'UserScramCredentialRecord': MessageInfo('UserScramCredentialRecord', 'metadata', 11, (0, 0), 0, (), False),
    'VoteRequest': MessageInfo('VoteRequest', 'request', 52, (0, 2), 0, ('controller',), False),
    'VoteResponse': MessageInfo('VoteResponse', 'response', 52, (0, 2), 0, (), False),
    'VotersRecord': MessageInfo('VotersRecord', 'data', None, (0, 0), 0, (), False),
    'WriteShareGroupStateRequest': MessageInfo('WriteShareGroupStateRequest', 'request', 85, (0, 1), 0, ('broker',), False),
    'WriteShareGroupStateResponse': MessageInfo('WriteShareGroupStateResponse', 'response', 85, (0, 1), 0, (), False),
    'WriteTxnMarkersRequest': MessageInfo('WriteTxnMarkersRequest', 'request', 27, (1, 2), 1, ('broker',), False),
    'WriteTxnMarkersResponse': MessageInfo('WriteTxnMarkersResponse', 'response', 27, (1, 2), 1, (), False),
    'ZkMigrationStateRecord': MessageInfo('ZkMigrationStateRecord', 'metadata', 21, (0, 0), 0, (), False),
}

__all__ = [
    'AbortTransactionRecord',
    'AccessControlEntryRecord',
    'AddOffsetsToTxnRequest',
    'AddOffsetsToTxnResponse',
    'AddPartitionsToTxnRequest',
    'AddPartitionsToTxnResponse',
    'AddRaftVoterRequest',
    'AddRaftVoterResponse',
    'AllocateProducerIdsRequest',
    'AllocateProducerIdsResponse',
    'AlterClientQuotasRequest',
    'AlterClientQuotasResponse',
    'AlterConfigsRequest',
    'AlterConfigsResponse',
    'AlterPartitionReassignmentsRequest',
    'AlterPartitionReassignmentsResponse',
    'AlterPartitionRequest',
    'AlterPartitionResponse',
    'AlterReplicaLogDirsRequest',
    'AlterReplicaLogDirsResponse',
    'AlterShareGroupOffsetsRequest',
    'AlterShareGroupOffsetsResponse',
    'AlterUserScramCredentialsRequest',
    'AlterUserScramCredentialsResponse',
    'ApiVersionsRequest',
    'ApiVersionsResponse',
    'AssignReplicasToDirsRequest',
    'AssignReplicasToDirsResponse',
    'BeginQuorumEpochRequest',
    'BeginQuorumEpochResponse',
    'BeginTransactionRecord',
    'BrokerHeartbeatRequest',
    'BrokerHeartbeatResponse',
    'BrokerRegistrationChangeRecord',
    'BrokerRegistrationRequest',
    'BrokerRegistrationResponse',
    'ClearElrRecord',
    'ClientQuotaRecord',
    'ConfigRecord',
    'ConsumerGroupCurrentMemberAssignmentKey',
    'ConsumerGroupCurrentMemberAssignmentValue',
    'ConsumerGroupDescribeRequest',
    'ConsumerGroupDescribeResponse',
    'ConsumerGroupHeartbeatRequest',
    'ConsumerGroupHeartbeatResponse',
    'ConsumerGroupMemberMetadataKey',
    'ConsumerGroupMemberMetadataValue',
    'ConsumerGroupMetadataKey',
    'ConsumerGroupMetadataValue',
    'ConsumerGroupPartitionMetadataKey',
    'ConsumerGroupPartitionMetadataValue',
    'ConsumerGroupRegularExpressionKey',
    'ConsumerGroupRegularExpressionValue',
    'ConsumerGroupTargetAssignmentMemberKey',
    'ConsumerGroupTargetAssignmentMemberValue',
    'ConsumerGroupTargetAssignmentMetadataKey',
    'ConsumerGroupTargetAssignmentMetadataValue',
    'ConsumerProtocolAssignment',
    'ConsumerProtocolSubscription',
    'ControlRecordTypeSchema',
    'ControlledShutdownRequest',
    'ControlledShutdownResponse',
    'ControllerRegistrationRequest',
    'ControllerRegistrationResponse',
    'CreateAclsRequest',
    'CreateAclsResponse',
    'CreateDelegationTokenRequest',
    'CreateDelegationTokenResponse',
    'CreatePartitionsRequest',
    'CreatePartitionsResponse',
    'CreateTopicsRequest',
    'CreateTopicsResponse',
    'DefaultPrincipalData',
    'DelegationTokenRecord',
    'DeleteAclsRequest',
    'DeleteAclsResponse',
    'DeleteGroupsRequest',
    'DeleteGroupsResponse',
    'DeleteRecordsRequest',
    'DeleteRecordsResponse',
    'DeleteShareGroupOffsetsRequest',
    'DeleteShareGroupOffsetsResponse',
    'DeleteShareGroupStateRequest',
    'DeleteShareGroupStateResponse',
    'DeleteTopicsRequest',
    'DeleteTopicsResponse',
    'DescribeAclsRequest',
    'DescribeAclsResponse',
    'DescribeClientQuotasRequest',
    'DescribeClientQuotasResponse',
    'DescribeClusterRequest',
    'DescribeClusterResponse',
    'DescribeConfigsRequest',
    'DescribeConfigsResponse',
    'DescribeDelegationTokenRequest',
    'DescribeDelegationTokenResponse',
    'DescribeGroupsRequest',
    'DescribeGroupsResponse',
    'DescribeLogDirsRequest',
    'DescribeLogDirsResponse',
    'DescribeProducersRequest',
    'DescribeProducersResponse',
    'DescribeQuorumRequest',
    'DescribeQuorumResponse',
    'DescribeShareGroupOffsetsRequest',
    'DescribeShareGroupOffsetsResponse',
    'DescribeTopicPartitionsRequest',
    'DescribeTopicPartitionsResponse',
    'DescribeTransactionsRequest',
    'DescribeTransactionsResponse',
    'DescribeUserScramCredentialsRequest',
    'DescribeUserScramCredentialsResponse',
    'ElectLeadersRequest',
    'ElectLeadersResponse',
    'EndQuorumEpochRequest',
    'EndQuorumEpochResponse',
    'EndTransactionRecord',
    'EndTxnMarker',
    'EndTxnRequest',
    'EndTxnResponse',
    'EnvelopeRequest',
    'EnvelopeResponse',
    'ExpireDelegationTokenRequest',
    'ExpireDelegationTokenResponse',
    'FeatureLevelRecord',
    'FenceBrokerRecord',
    'FetchRequest',
    'FetchResponse',
    'FetchSnapshotRequest',
    'FetchSnapshotResponse',
    'FindCoordinatorRequest',
    'FindCoordinatorResponse',
    'GetTelemetrySubscriptionsRequest',
    'GetTelemetrySubscriptionsResponse',
    'GroupMetadataKey',
    'GroupMetadataValue',
    'HeartbeatRequest',
    'HeartbeatResponse',
    'IncrementalAlterConfigsRequest',
    'IncrementalAlterConfigsResponse',
    'InitProducerIdRequest',
    'InitProducerIdResponse',
    'InitializeShareGroupStateRequest',
    'InitializeShareGroupStateResponse',
    'JoinGroupRequest',
    'JoinGroupResponse',
    'KRaftVersionRecord',
    'LeaderAndIsrRequest',
    'LeaderAndIsrResponse',
    'LeaderChangeMessage',
    'LeaveGroupRequest',
    'LeaveGroupResponse',
    'LegacyOffsetCommitKey',
    'LegacyOffsetCommitValue',
    'ListConfigResourcesRequest',
    'ListConfigResourcesResponse',
    'ListGroupsRequest',
    'ListGroupsResponse',
    'ListOffsetsRequest',
    'ListOffsetsResponse',
    'ListPartitionReassignmentsRequest',
    'ListPartitionReassignmentsResponse',
    'ListTransactionsRequest',
    'ListTransactionsResponse',
    'MetadataRequest',
    'MetadataResponse',
    'NoOpRecord',
    'OffsetCommitKey',
    'OffsetCommitRequest',
    'OffsetCommitResponse',
    'OffsetCommitValue',
    'OffsetDeleteRequest',
    'OffsetDeleteResponse',
    'OffsetFetchRequest',
    'OffsetFetchResponse',
    'OffsetForLeaderEpochRequest',
    'OffsetForLeaderEpochResponse',
    'PartitionChangeRecord',
    'PartitionRecord',
    'ProduceRequest',
    'ProduceResponse',
    'ProducerIdsRecord',
    'ProducerSnapshot',
    'PushTelemetryRequest',
    'PushTelemetryResponse',
    'QuorumStateData',
    'ReadShareGroupStateRequest',
    'ReadShareGroupStateResponse',
    'ReadShareGroupStateSummaryRequest',
    'ReadShareGroupStateSummaryResponse',
    'RegisterBrokerRecord',
    'RegisterControllerRecord',
    'RemoveAccessControlEntryRecord',
    'RemoveDelegationTokenRecord',
    'RemoveRaftVoterRequest',
    'RemoveRaftVoterResponse',
    'RemoveTopicRecord',
    'RemoveUserScramCredentialRecord',
    'RenewDelegationTokenRequest',
    'RenewDelegationTokenResponse',
    'RequestHeader',
    'ResponseHeader',
    'SaslAuthenticateRequest',
    'SaslAuthenticateResponse',
    'SaslHandshakeRequest',
    'SaslHandshakeResponse',
    'ShareAcknowledgeRequest',
    'ShareAcknowledgeResponse',
    'ShareFetchRequest',
    'ShareFetchResponse',
    'ShareGroupCurrentMemberAssignmentKey',
    'ShareGroupCurrentMemberAssignmentValue',
    'ShareGroupDescribeRequest',
    'ShareGroupDescribeResponse',
    'ShareGroupHeartbeatRequest',
    'ShareGroupHeartbeatResponse',
    'ShareGroupMemberMetadataKey',
    'ShareGroupMemberMetadataValue',
    'ShareGroupMetadataKey',
    'ShareGroupMetadataValue',
    'ShareGroupStatePartitionMetadataKey',
    'ShareGroupStatePartitionMetadataValue',
    'ShareGroupTargetAssignmentMemberKey',
    'ShareGroupTargetAssignmentMemberValue',
    'ShareGroupTargetAssignmentMetadataKey',
    'ShareGroupTargetAssignmentMetadataValue',
    'ShareSnapshotKey',
    'ShareSnapshotValue',
    'ShareUpdateKey',
    'ShareUpdateValue',
    'SnapshotFooterRecord',
    'SnapshotHeaderRecord',
    'StopReplicaRequest',
    'StopReplicaResponse',
    'StreamsGroupCurrentMemberAssignmentKey',
    'StreamsGroupCurrentMemberAssignmentValue',
    'StreamsGroupDescribeRequest',
    'StreamsGroupDescribeResponse',
    'StreamsGroupHeartbeatRequest',
    'StreamsGroupHeartbeatResponse',
    'StreamsGroupMemberMetadataKey',
    'StreamsGroupMemberMetadataValue',
    'StreamsGroupMetadataKey',
    'StreamsGroupMetadataValue',
    'StreamsGroupTargetAssignmentMemberKey',
    'StreamsGroupTargetAssignmentMemberValue',
    'StreamsGroupTargetAssignmentMetadataKey',
    'StreamsGroupTargetAssignmentMetadataValue',
    'StreamsGroupTopologyKey',
    'StreamsGroupTopologyValue',
    'SyncGroupRequest',
    'SyncGroupResponse',
    'TopicRecord',
    'TransactionLogKey',
    'TransactionLogValue',
    'TxnOffsetCommitRequest',
    'TxnOffsetCommitResponse',
    'UnfenceBrokerRecord',
    'UnregisterBrokerRecord',
    'UnregisterBrokerRequest',
    'UnregisterBrokerResponse',
    'UpdateFeaturesRequest',
    'UpdateFeaturesResponse',
    'UpdateMetadataRequest',
    'UpdateMetadataResponse',
    'UpdateRaftVoterRequest',
    'UpdateRaftVoterResponse',
    'UserScramCredentialRecord',
    'VoteRequest',
    'VoteResponse',
    'VotersRecord',
    'WriteShareGroupStateRequest',
    'WriteShareGroupStateResponse',
    'WriteTxnMarkersRequest',
    'WriteTxnMarkersResponse',
    'ZkMigrationStateRecord',
]


def __getattr__(name: str) -> Any:
    # Compile and build a message class on first access, then keep it as a module attribute.
    source = _SOURCES.get(name)
    if source is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    exec(compile(source, f"<protocol.messages {name}>", "exec"), globals())
    cls = globals()["_build_" + name]()
    globals()[name] = cls
    return cls


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


# Class definitions are kept as source text and compiled on first use: compiling all
# of them at import costs ~150 ms when no .pyc can be written.
_SOURCES: dict[str, str] = {}

_SOURCES['AbortTransactionRecord'] = r"""
def _build_AbortTransactionRecord() -> type[Message]:
    @dataclass(slots=True)
    class AbortTransactionRecord(Message):
        __qualname__ = 'AbortTransactionRecord'
        API_KEY: ClassVar[int | None] = 25
        MESSAGE_TYPE: ClassVar[str] = 'metadata'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('reason', 'Reason', 'string', versions=(0, MAXV), nullable=(0, MAXV), tag=0, tagged=(0, MAXV)),
        )
        reason: str | None = None

    return AbortTransactionRecord
"""

_SOURCES['AccessControlEntryRecord'] = r"""
def _build_AccessControlEntryRecord() -> type[Message]:
    @dataclass(slots=True)
    class AccessControlEntryRecord(Message):
        __qualname__ = 'AccessControlEntryRecord'
        API_KEY: ClassVar[int | None] = 18
        MESSAGE_TYPE: ClassVar[str] = 'metadata'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('id', 'Id', 'uuid', versions=(0, MAXV)),
            F('resource_type', 'ResourceType', 'int8', versions=(0, MAXV)),
            F('resource_name', 'ResourceName', 'string', versions=(0, MAXV)),
            F('pattern_type', 'PatternType', 'int8', versions=(0, MAXV)),
            F('principal', 'Principal', 'string', versions=(0, MAXV)),
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('operation', 'Operation', 'int8', versions=(0, MAXV)),
            F('permission_type', 'PermissionType', 'int8', versions=(0, MAXV)),
        )
        id: uuid.UUID = ZERO_UUID
        resource_type: int = 0
        resource_name: str = ""
        pattern_type: int = 0
        principal: str = ""
        host: str = ""
        operation: int = 0
        permission_type: int = 0

    return AccessControlEntryRecord
"""

_SOURCES['AddOffsetsToTxnRequest'] = r"""
def _build_AddOffsetsToTxnRequest() -> type[Message]:
    @dataclass(slots=True)
    class AddOffsetsToTxnRequest(Message):
        __qualname__ = 'AddOffsetsToTxnRequest'
        API_KEY: ClassVar[int | None] = 25
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 4)
        FLEXIBLE_FROM: ClassVar[int | None] = 3
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('transactional_id', 'TransactionalId', 'string', versions=(0, MAXV)),
            F('producer_id', 'ProducerId', 'int64', versions=(0, MAXV)),
            F('producer_epoch', 'ProducerEpoch', 'int16', versions=(0, MAXV)),
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
        )
        transactional_id: str = ""
        producer_id: int = 0
        producer_epoch: int = 0
        group_id: str = ""

    return AddOffsetsToTxnRequest
"""

_SOURCES['AddOffsetsToTxnResponse'] = r"""
def _build_AddOffsetsToTxnResponse() -> type[Message]:
    @dataclass(slots=True)
    class AddOffsetsToTxnResponse(Message):
        __qualname__ = 'AddOffsetsToTxnResponse'
        API_KEY: ClassVar[int | None] = 25
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 4)
        FLEXIBLE_FROM: ClassVar[int | None] = 3
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0

    return AddOffsetsToTxnResponse
"""

_SOURCES['AddPartitionsToTxnRequest'] = r"""
def _build_AddPartitionsToTxnRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_AddPartitionsToTxnTopic(Struct):
        __qualname__ = 'AddPartitionsToTxnRequest.AddPartitionsToTxnTopic'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )
        name: str = ""
        partitions: list[int] = field(default_factory=list)

    _s_AddPartitionsToTxnTopic.__name__ = 'AddPartitionsToTxnTopic'

    @dataclass(slots=True)
    class _s_AddPartitionsToTxnTransaction(Struct):
        __qualname__ = 'AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('transactional_id', 'TransactionalId', 'string', versions=(4, MAXV)),
            F('producer_id', 'ProducerId', 'int64', versions=(4, MAXV)),
            F('producer_epoch', 'ProducerEpoch', 'int16', versions=(4, MAXV)),
            F('verify_only', 'VerifyOnly', 'bool', versions=(4, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='AddPartitionsToTxnTopic', versions=(4, MAXV)),
        )
        transactional_id: str = ""
        producer_id: int = 0
        producer_epoch: int = 0
        verify_only: bool = False
        topics: list[AddPartitionsToTxnRequest.AddPartitionsToTxnTopic] = field(default_factory=list)

    _s_AddPartitionsToTxnTransaction.__name__ = 'AddPartitionsToTxnTransaction'

    @dataclass(slots=True)
    class AddPartitionsToTxnRequest(Message):
        __qualname__ = 'AddPartitionsToTxnRequest'
        API_KEY: ClassVar[int | None] = 24
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 5)
        FLEXIBLE_FROM: ClassVar[int | None] = 3
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('transactions', 'Transactions', 'struct', array=True, struct='AddPartitionsToTxnTransaction', versions=(4, MAXV)),
            F('v3_and_below_transactional_id', 'V3AndBelowTransactionalId', 'string', versions=(0, 3)),
            F('v3_and_below_producer_id', 'V3AndBelowProducerId', 'int64', versions=(0, 3)),
            F('v3_and_below_producer_epoch', 'V3AndBelowProducerEpoch', 'int16', versions=(0, 3)),
            F('v3_and_below_topics', 'V3AndBelowTopics', 'struct', array=True, struct='AddPartitionsToTxnTopic', versions=(0, 3)),
        )
        transactions: list[AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction] = field(default_factory=list)
        v3_and_below_transactional_id: str = ""
        v3_and_below_producer_id: int = 0
        v3_and_below_producer_epoch: int = 0
        v3_and_below_topics: list[AddPartitionsToTxnRequest.AddPartitionsToTxnTopic] = field(default_factory=list)

    AddPartitionsToTxnRequest.AddPartitionsToTxnTopic = _s_AddPartitionsToTxnTopic  # type: ignore[attr-defined]
    AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction = _s_AddPartitionsToTxnTransaction  # type: ignore[attr-defined]
    return AddPartitionsToTxnRequest
"""

_SOURCES['AddPartitionsToTxnResponse'] = r"""
def _build_AddPartitionsToTxnResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_AddPartitionsToTxnPartitionResult(Struct):
        __qualname__ = 'AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('partition_error_code', 'PartitionErrorCode', 'int16', versions=(0, MAXV)),
        )
        partition_index: int = 0
        partition_error_code: int = 0

    _s_AddPartitionsToTxnPartitionResult.__name__ = 'AddPartitionsToTxnPartitionResult'

    @dataclass(slots=True)
    class _s_AddPartitionsToTxnTopicResult(Struct):
        __qualname__ = 'AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('results_by_partition', 'ResultsByPartition', 'struct', array=True, struct='AddPartitionsToTxnPartitionResult', versions=(0, MAXV)),
        )
        name: str = ""
        results_by_partition: list[AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult] = field(default_factory=list)

    _s_AddPartitionsToTxnTopicResult.__name__ = 'AddPartitionsToTxnTopicResult'

    @dataclass(slots=True)
    class _s_AddPartitionsToTxnResult(Struct):
        __qualname__ = 'AddPartitionsToTxnResponse.AddPartitionsToTxnResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('transactional_id', 'TransactionalId', 'string', versions=(4, MAXV)),
            F('topic_results', 'TopicResults', 'struct', array=True, struct='AddPartitionsToTxnTopicResult', versions=(4, MAXV)),
        )
        transactional_id: str = ""
        topic_results: list[AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult] = field(default_factory=list)

    _s_AddPartitionsToTxnResult.__name__ = 'AddPartitionsToTxnResult'

    @dataclass(slots=True)
    class AddPartitionsToTxnResponse(Message):
        __qualname__ = 'AddPartitionsToTxnResponse'
        API_KEY: ClassVar[int | None] = 24
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 5)
        FLEXIBLE_FROM: ClassVar[int | None] = 3
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(4, MAXV), ignorable=True),
            F('results_by_transaction', 'ResultsByTransaction', 'struct', array=True, struct='AddPartitionsToTxnResult', versions=(4, MAXV)),
            F('results_by_topic_v3_and_below', 'ResultsByTopicV3AndBelow', 'struct', array=True, struct='AddPartitionsToTxnTopicResult', versions=(0, 3)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        results_by_transaction: list[AddPartitionsToTxnResponse.AddPartitionsToTxnResult] = field(default_factory=list)
        results_by_topic_v3_and_below: list[AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult] = field(default_factory=list)

    AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult = _s_AddPartitionsToTxnPartitionResult  # type: ignore[attr-defined]
    AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult = _s_AddPartitionsToTxnTopicResult  # type: ignore[attr-defined]
    AddPartitionsToTxnResponse.AddPartitionsToTxnResult = _s_AddPartitionsToTxnResult  # type: ignore[attr-defined]
    return AddPartitionsToTxnResponse
"""

_SOURCES['AddRaftVoterRequest'] = r"""
def _build_AddRaftVoterRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_Listener(Struct):
        __qualname__ = 'AddRaftVoterRequest.Listener'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('port', 'Port', 'uint16', versions=(0, MAXV)),
        )
        name: str = ""
        host: str = ""
        port: int = 0

    _s_Listener.__name__ = 'Listener'

    @dataclass(slots=True)
    class AddRaftVoterRequest(Message):
        __qualname__ = 'AddRaftVoterRequest'
        API_KEY: ClassVar[int | None] = 80
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('cluster_id', 'ClusterId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('timeout_ms', 'TimeoutMs', 'int32', versions=(0, MAXV)),
            F('voter_id', 'VoterId', 'int32', versions=(0, MAXV)),
            F('voter_directory_id', 'VoterDirectoryId', 'uuid', versions=(0, MAXV)),
            F('listeners', 'Listeners', 'struct', array=True, struct='Listener', versions=(0, MAXV)),
            F('ack_when_committed', 'AckWhenCommitted', 'bool', versions=(1, MAXV)),
        )
        cluster_id: str | None = ""
        timeout_ms: int = 0
        voter_id: int = 0
        voter_directory_id: uuid.UUID = ZERO_UUID
        listeners: list[AddRaftVoterRequest.Listener] = field(default_factory=list)
        ack_when_committed: bool = True

    AddRaftVoterRequest.Listener = _s_Listener  # type: ignore[attr-defined]
    return AddRaftVoterRequest
"""

_SOURCES['AddRaftVoterResponse'] = r"""
def _build_AddRaftVoterResponse() -> type[Message]:
    @dataclass(slots=True)
    class AddRaftVoterResponse(Message):
        __qualname__ = 'AddRaftVoterResponse'
        API_KEY: ClassVar[int | None] = 80
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV), ignorable=True),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        error_message: str | None = ""

    return AddRaftVoterResponse
"""

_SOURCES['AllocateProducerIdsRequest'] = r"""
def _build_AllocateProducerIdsRequest() -> type[Message]:
    @dataclass(slots=True)
    class AllocateProducerIdsRequest(Message):
        __qualname__ = 'AllocateProducerIdsRequest'
        API_KEY: ClassVar[int | None] = 67
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('controller',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('broker_id', 'BrokerId', 'int32', versions=(0, MAXV)),
            F('broker_epoch', 'BrokerEpoch', 'int64', versions=(0, MAXV)),
        )
        broker_id: int = 0
        broker_epoch: int = -1

    return AllocateProducerIdsRequest
"""

_SOURCES['AllocateProducerIdsResponse'] = r"""
def _build_AllocateProducerIdsResponse() -> type[Message]:
    @dataclass(slots=True)
    class AllocateProducerIdsResponse(Message):
        __qualname__ = 'AllocateProducerIdsResponse'
        API_KEY: ClassVar[int | None] = 67
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('producer_id_start', 'ProducerIdStart', 'int64', versions=(0, MAXV)),
            F('producer_id_len', 'ProducerIdLen', 'int32', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        producer_id_start: int = 0
        producer_id_len: int = 0

    return AllocateProducerIdsResponse
"""

_SOURCES['AlterClientQuotasRequest'] = r"""
def _build_AlterClientQuotasRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_EntityData(Struct):
        __qualname__ = 'AlterClientQuotasRequest.EntityData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('entity_type', 'EntityType', 'string', versions=(0, MAXV)),
            F('entity_name', 'EntityName', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        entity_type: str = ""
        entity_name: str | None = ""

    _s_EntityData.__name__ = 'EntityData'

    @dataclass(slots=True)
    class _s_OpData(Struct):
        __qualname__ = 'AlterClientQuotasRequest.OpData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('key', 'Key', 'string', versions=(0, MAXV)),
            F('value', 'Value', 'float64', versions=(0, MAXV)),
            F('remove', 'Remove', 'bool', versions=(0, MAXV)),
        )
        key: str = ""
        value: float = 0.0
        remove: bool = False

    _s_OpData.__name__ = 'OpData'

    @dataclass(slots=True)
    class _s_EntryData(Struct):
        __qualname__ = 'AlterClientQuotasRequest.EntryData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('entity', 'Entity', 'struct', array=True, struct='EntityData', versions=(0, MAXV)),
            F('ops', 'Ops', 'struct', array=True, struct='OpData', versions=(0, MAXV)),
        )
        entity: list[AlterClientQuotasRequest.EntityData] = field(default_factory=list)
        ops: list[AlterClientQuotasRequest.OpData] = field(default_factory=list)

    _s_EntryData.__name__ = 'EntryData'

    @dataclass(slots=True)
    class AlterClientQuotasRequest(Message):
        __qualname__ = 'AlterClientQuotasRequest'
        API_KEY: ClassVar[int | None] = 49
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 1
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('entries', 'Entries', 'struct', array=True, struct='EntryData', versions=(0, MAXV)),
            F('validate_only', 'ValidateOnly', 'bool', versions=(0, MAXV)),
        )
        entries: list[AlterClientQuotasRequest.EntryData] = field(default_factory=list)
        validate_only: bool = False

    AlterClientQuotasRequest.EntityData = _s_EntityData  # type: ignore[attr-defined]
    AlterClientQuotasRequest.OpData = _s_OpData  # type: ignore[attr-defined]
    AlterClientQuotasRequest.EntryData = _s_EntryData  # type: ignore[attr-defined]
    return AlterClientQuotasRequest
"""

_SOURCES['AlterClientQuotasResponse'] = r"""
def _build_AlterClientQuotasResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_EntityData(Struct):
        __qualname__ = 'AlterClientQuotasResponse.EntityData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('entity_type', 'EntityType', 'string', versions=(0, MAXV)),
            F('entity_name', 'EntityName', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        entity_type: str = ""
        entity_name: str | None = ""

    _s_EntityData.__name__ = 'EntityData'

    @dataclass(slots=True)
    class _s_EntryData(Struct):
        __qualname__ = 'AlterClientQuotasResponse.EntryData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('entity', 'Entity', 'struct', array=True, struct='EntityData', versions=(0, MAXV)),
        )
        error_code: int = 0
        error_message: str | None = ""
        entity: list[AlterClientQuotasResponse.EntityData] = field(default_factory=list)

    _s_EntryData.__name__ = 'EntryData'

    @dataclass(slots=True)
    class AlterClientQuotasResponse(Message):
        __qualname__ = 'AlterClientQuotasResponse'
        API_KEY: ClassVar[int | None] = 49
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 1
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('entries', 'Entries', 'struct', array=True, struct='EntryData', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        entries: list[AlterClientQuotasResponse.EntryData] = field(default_factory=list)

    AlterClientQuotasResponse.EntityData = _s_EntityData  # type: ignore[attr-defined]
    AlterClientQuotasResponse.EntryData = _s_EntryData  # type: ignore[attr-defined]
    return AlterClientQuotasResponse
"""

_SOURCES['AlterConfigsRequest'] = r"""
def _build_AlterConfigsRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_AlterableConfig(Struct):
        __qualname__ = 'AlterConfigsRequest.AlterableConfig'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('value', 'Value', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        name: str = ""
        value: str | None = ""

    _s_AlterableConfig.__name__ = 'AlterableConfig'

    @dataclass(slots=True)
    class _s_AlterConfigsResource(Struct):
        __qualname__ = 'AlterConfigsRequest.AlterConfigsResource'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('resource_type', 'ResourceType', 'int8', versions=(0, MAXV)),
            F('resource_name', 'ResourceName', 'string', versions=(0, MAXV)),
            F('configs', 'Configs', 'struct', array=True, struct='AlterableConfig', versions=(0, MAXV)),
        )
        resource_type: int = 0
        resource_name: str = ""
        configs: list[AlterConfigsRequest.AlterableConfig] = field(default_factory=list)

    _s_AlterConfigsResource.__name__ = 'AlterConfigsResource'

    @dataclass(slots=True)
    class AlterConfigsRequest(Message):
        __qualname__ = 'AlterConfigsRequest'
        API_KEY: ClassVar[int | None] = 33
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 2
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('resources', 'Resources', 'struct', array=True, struct='AlterConfigsResource', versions=(0, MAXV)),
            F('validate_only', 'ValidateOnly', 'bool', versions=(0, MAXV)),
        )
        resources: list[AlterConfigsRequest.AlterConfigsResource] = field(default_factory=list)
        validate_only: bool = False

    AlterConfigsRequest.AlterableConfig = _s_AlterableConfig  # type: ignore[attr-defined]
    AlterConfigsRequest.AlterConfigsResource = _s_AlterConfigsResource  # type: ignore[attr-defined]
    return AlterConfigsRequest
"""

_SOURCES['AlterConfigsResponse'] = r"""
def _build_AlterConfigsResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_AlterConfigsResourceResponse(Struct):
        __qualname__ = 'AlterConfigsResponse.AlterConfigsResourceResponse'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('resource_type', 'ResourceType', 'int8', versions=(0, MAXV)),
            F('resource_name', 'ResourceName', 'string', versions=(0, MAXV)),
        )
        error_code: int = 0
        error_message: str | None = ""
        resource_type: int = 0
        resource_name: str = ""

    _s_AlterConfigsResourceResponse.__name__ = 'AlterConfigsResourceResponse'

    @dataclass(slots=True)
    class AlterConfigsResponse(Message):
        __qualname__ = 'AlterConfigsResponse'
        API_KEY: ClassVar[int | None] = 33
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 2
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('responses', 'Responses', 'struct', array=True, struct='AlterConfigsResourceResponse', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        responses: list[AlterConfigsResponse.AlterConfigsResourceResponse] = field(default_factory=list)

    AlterConfigsResponse.AlterConfigsResourceResponse = _s_AlterConfigsResourceResponse  # type: ignore[attr-defined]
    return AlterConfigsResponse
"""

_SOURCES['AlterPartitionReassignmentsRequest'] = r"""
def _build_AlterPartitionReassignmentsRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_ReassignablePartition(Struct):
        __qualname__ = 'AlterPartitionReassignmentsRequest.ReassignablePartition'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('replicas', 'Replicas', 'int32', array=True, versions=(0, MAXV), nullable=(0, MAXV)),
        )
        partition_index: int = 0
        replicas: list[int] | None = None

    _s_ReassignablePartition.__name__ = 'ReassignablePartition'

    @dataclass(slots=True)
    class _s_ReassignableTopic(Struct):
        __qualname__ = 'AlterPartitionReassignmentsRequest.ReassignableTopic'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='ReassignablePartition', versions=(0, MAXV)),
        )
        name: str = ""
        partitions: list[AlterPartitionReassignmentsRequest.ReassignablePartition] = field(default_factory=list)

    _s_ReassignableTopic.__name__ = 'ReassignableTopic'

    @dataclass(slots=True)
    class AlterPartitionReassignmentsRequest(Message):
        __qualname__ = 'AlterPartitionReassignmentsRequest'
        API_KEY: ClassVar[int | None] = 45
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('timeout_ms', 'TimeoutMs', 'int32', versions=(0, MAXV)),
            F('allow_replication_factor_change', 'AllowReplicationFactorChange', 'bool', versions=(1, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='ReassignableTopic', versions=(0, MAXV)),
        )
        timeout_ms: int = 60000
        allow_replication_factor_change: bool = True
        topics: list[AlterPartitionReassignmentsRequest.ReassignableTopic] = field(default_factory=list)

    AlterPartitionReassignmentsRequest.ReassignablePartition = _s_ReassignablePartition  # type: ignore[attr-defined]
    AlterPartitionReassignmentsRequest.ReassignableTopic = _s_ReassignableTopic  # type: ignore[attr-defined]
    return AlterPartitionReassignmentsRequest
"""

_SOURCES['AlterPartitionReassignmentsResponse'] = r"""
def _build_AlterPartitionReassignmentsResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_ReassignablePartitionResponse(Struct):
        __qualname__ = 'AlterPartitionReassignmentsResponse.ReassignablePartitionResponse'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        partition_index: int = 0
        error_code: int = 0
        error_message: str | None = ""

    _s_ReassignablePartitionResponse.__name__ = 'ReassignablePartitionResponse'

    @dataclass(slots=True)
    class _s_ReassignableTopicResponse(Struct):
        __qualname__ = 'AlterPartitionReassignmentsResponse.ReassignableTopicResponse'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='ReassignablePartitionResponse', versions=(0, MAXV)),
        )
        name: str = ""
        partitions: list[AlterPartitionReassignmentsResponse.ReassignablePartitionResponse] = field(default_factory=list)

    _s_ReassignableTopicResponse.__name__ = 'ReassignableTopicResponse'

    @dataclass(slots=True)
    class AlterPartitionReassignmentsResponse(Message):
        __qualname__ = 'AlterPartitionReassignmentsResponse'
        API_KEY: ClassVar[int | None] = 45
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('allow_replication_factor_change', 'AllowReplicationFactorChange', 'bool', versions=(1, MAXV), ignorable=True),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('responses', 'Responses', 'struct', array=True, struct='ReassignableTopicResponse', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        allow_replication_factor_change: bool = True
        error_code: int = 0
        error_message: str | None = ""
        responses: list[AlterPartitionReassignmentsResponse.ReassignableTopicResponse] = field(default_factory=list)

    AlterPartitionReassignmentsResponse.ReassignablePartitionResponse = _s_ReassignablePartitionResponse  # type: ignore[attr-defined]
    AlterPartitionReassignmentsResponse.ReassignableTopicResponse = _s_ReassignableTopicResponse  # type: ignore[attr-defined]
    return AlterPartitionReassignmentsResponse
"""

_SOURCES['AlterPartitionRequest'] = r"""
def _build_AlterPartitionRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_BrokerState(Struct):
        __qualname__ = 'AlterPartitionRequest.BrokerState'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('broker_id', 'BrokerId', 'int32', versions=(3, MAXV)),
            F('broker_epoch', 'BrokerEpoch', 'int64', versions=(3, MAXV)),
        )
        broker_id: int = 0
        broker_epoch: int = -1

    _s_BrokerState.__name__ = 'BrokerState'

    @dataclass(slots=True)
    class _s_PartitionData(Struct):
        __qualname__ = 'AlterPartitionRequest.PartitionData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
            F('new_isr', 'NewIsr', 'int32', array=True, versions=(0, 2)),
            F('new_isr_with_epochs', 'NewIsrWithEpochs', 'struct', array=True, struct='BrokerState', versions=(3, MAXV)),
            F('leader_recovery_state', 'LeaderRecoveryState', 'int8', versions=(1, MAXV)),
            F('partition_epoch', 'PartitionEpoch', 'int32', versions=(0, MAXV)),
        )
        partition_index: int = 0
        leader_epoch: int = 0
        new_isr: list[int] = field(default_factory=list)
        new_isr_with_epochs: list[AlterPartitionRequest.BrokerState] = field(default_factory=list)
        leader_recovery_state: int = 0
        partition_epoch: int = 0

    _s_PartitionData.__name__ = 'PartitionData'

    @dataclass(slots=True)
    class _s_TopicData(Struct):
        __qualname__ = 'AlterPartitionRequest.TopicData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(2, MAXV), ignorable=True),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[AlterPartitionRequest.PartitionData] = field(default_factory=list)

    _s_TopicData.__name__ = 'TopicData'

    @dataclass(slots=True)
    class AlterPartitionRequest(Message):
        __qualname__ = 'AlterPartitionRequest'
        API_KEY: ClassVar[int | None] = 56
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (2, 3)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('controller',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('broker_id', 'BrokerId', 'int32', versions=(0, MAXV)),
            F('broker_epoch', 'BrokerEpoch', 'int64', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='TopicData', versions=(0, MAXV)),
        )
        broker_id: int = 0
        broker_epoch: int = -1
        topics: list[AlterPartitionRequest.TopicData] = field(default_factory=list)

    AlterPartitionRequest.BrokerState = _s_BrokerState  # type: ignore[attr-defined]
    AlterPartitionRequest.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    AlterPartitionRequest.TopicData = _s_TopicData  # type: ignore[attr-defined]
    return AlterPartitionRequest
"""

_SOURCES['AlterPartitionResponse'] = r"""
def _build_AlterPartitionResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_PartitionData(Struct):
        __qualname__ = 'AlterPartitionResponse.PartitionData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('leader_id', 'LeaderId', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
            F('isr', 'Isr', 'int32', array=True, versions=(0, MAXV)),
            F('leader_recovery_state', 'LeaderRecoveryState', 'int8', versions=(1, MAXV), ignorable=True),
            F('partition_epoch', 'PartitionEpoch', 'int32', versions=(0, MAXV)),
        )
        partition_index: int = 0
        error_code: int = 0
        leader_id: int = 0
        leader_epoch: int = 0
        isr: list[int] = field(default_factory=list)
        leader_recovery_state: int = 0
        partition_epoch: int = 0

    _s_PartitionData.__name__ = 'PartitionData'

    @dataclass(slots=True)
    class _s_TopicData(Struct):
        __qualname__ = 'AlterPartitionResponse.TopicData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(2, MAXV), ignorable=True),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[AlterPartitionResponse.PartitionData] = field(default_factory=list)

    _s_TopicData.__name__ = 'TopicData'

    @dataclass(slots=True)
    class AlterPartitionResponse(Message):
        __qualname__ = 'AlterPartitionResponse'
        API_KEY: ClassVar[int | None] = 56
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (2, 3)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='TopicData', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        topics: list[AlterPartitionResponse.TopicData] = field(default_factory=list)

    AlterPartitionResponse.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    AlterPartitionResponse.TopicData = _s_TopicData  # type: ignore[attr-defined]
    return AlterPartitionResponse
"""

_SOURCES['AlterReplicaLogDirsRequest'] = r"""
def _build_AlterReplicaLogDirsRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_AlterReplicaLogDirTopic(Struct):
        __qualname__ = 'AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )
        name: str = ""
        partitions: list[int] = field(default_factory=list)

    _s_AlterReplicaLogDirTopic.__name__ = 'AlterReplicaLogDirTopic'

    @dataclass(slots=True)
    class _s_AlterReplicaLogDir(Struct):
        __qualname__ = 'AlterReplicaLogDirsRequest.AlterReplicaLogDir'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('path', 'Path', 'string', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='AlterReplicaLogDirTopic', versions=(0, MAXV)),
        )
        path: str = ""
        topics: list[AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic] = field(default_factory=list)

    _s_AlterReplicaLogDir.__name__ = 'AlterReplicaLogDir'

    @dataclass(slots=True)
    class AlterReplicaLogDirsRequest(Message):
        __qualname__ = 'AlterReplicaLogDirsRequest'
        API_KEY: ClassVar[int | None] = 34
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 2
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('dirs', 'Dirs', 'struct', array=True, struct='AlterReplicaLogDir', versions=(0, MAXV)),
        )
        dirs: list[AlterReplicaLogDirsRequest.AlterReplicaLogDir] = field(default_factory=list)

    AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic = _s_AlterReplicaLogDirTopic  # type: ignore[attr-defined]
    AlterReplicaLogDirsRequest.AlterReplicaLogDir = _s_AlterReplicaLogDir  # type: ignore[attr-defined]
    return AlterReplicaLogDirsRequest
"""

_SOURCES['AlterReplicaLogDirsResponse'] = r"""
def _build_AlterReplicaLogDirsResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_AlterReplicaLogDirPartitionResult(Struct):
        __qualname__ = 'AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
        )
        partition_index: int = 0
        error_code: int = 0

    _s_AlterReplicaLogDirPartitionResult.__name__ = 'AlterReplicaLogDirPartitionResult'

    @dataclass(slots=True)
    class _s_AlterReplicaLogDirTopicResult(Struct):
        __qualname__ = 'AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='AlterReplicaLogDirPartitionResult', versions=(0, MAXV)),
        )
        topic_name: str = ""
        partitions: list[AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult] = field(default_factory=list)

    _s_AlterReplicaLogDirTopicResult.__name__ = 'AlterReplicaLogDirTopicResult'

    @dataclass(slots=True)
    class AlterReplicaLogDirsResponse(Message):
        __qualname__ = 'AlterReplicaLogDirsResponse'
        API_KEY: ClassVar[int | None] = 34
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 2
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('results', 'Results', 'struct', array=True, struct='AlterReplicaLogDirTopicResult', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        results: list[AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult] = field(default_factory=list)

    AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult = _s_AlterReplicaLogDirPartitionResult  # type: ignore[attr-defined]
    AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult = _s_AlterReplicaLogDirTopicResult  # type: ignore[attr-defined]
    return AlterReplicaLogDirsResponse
"""

_SOURCES['AlterShareGroupOffsetsRequest'] = r"""
def _build_AlterShareGroupOffsetsRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_AlterShareGroupOffsetsRequestPartition(Struct):
        __qualname__ = 'AlterShareGroupOffsetsRequest.AlterShareGroupOffsetsRequestPartition'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('start_offset', 'StartOffset', 'int64', versions=(0, MAXV)),
        )
        partition_index: int = 0
        start_offset: int = 0

    _s_AlterShareGroupOffsetsRequestPartition.__name__ = 'AlterShareGroupOffsetsRequestPartition'

    @dataclass(slots=True)
    class _s_AlterShareGroupOffsetsRequestTopic(Struct):
        __qualname__ = 'AlterShareGroupOffsetsRequest.AlterShareGroupOffsetsRequestTopic'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='AlterShareGroupOffsetsRequestPartition', versions=(0, MAXV)),
        )
        topic_name: str = ""
        partitions: list[AlterShareGroupOffsetsRequest.AlterShareGroupOffsetsRequestPartition] = field(default_factory=list)

    _s_AlterShareGroupOffsetsRequestTopic.__name__ = 'AlterShareGroupOffsetsRequestTopic'

    @dataclass(slots=True)
    class AlterShareGroupOffsetsRequest(Message):
        __qualname__ = 'AlterShareGroupOffsetsRequest'
        API_KEY: ClassVar[int | None] = 91
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='AlterShareGroupOffsetsRequestTopic', versions=(0, MAXV)),
        )
        group_id: str = ""
        topics: list[AlterShareGroupOffsetsRequest.AlterShareGroupOffsetsRequestTopic] = field(default_factory=list)

    AlterShareGroupOffsetsRequest.AlterShareGroupOffsetsRequestPartition = _s_AlterShareGroupOffsetsRequestPartition  # type: ignore[attr-defined]
    AlterShareGroupOffsetsRequest.AlterShareGroupOffsetsRequestTopic = _s_AlterShareGroupOffsetsRequestTopic  # type: ignore[attr-defined]
    return AlterShareGroupOffsetsRequest
"""

_SOURCES['AlterShareGroupOffsetsResponse'] = r"""
def _build_AlterShareGroupOffsetsResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_AlterShareGroupOffsetsResponsePartition(Struct):
        __qualname__ = 'AlterShareGroupOffsetsResponse.AlterShareGroupOffsetsResponsePartition'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        partition_index: int = 0
        error_code: int = 0
        error_message: str | None = None

    _s_AlterShareGroupOffsetsResponsePartition.__name__ = 'AlterShareGroupOffsetsResponsePartition'

    @dataclass(slots=True)
    class _s_AlterShareGroupOffsetsResponseTopic(Struct):
        __qualname__ = 'AlterShareGroupOffsetsResponse.AlterShareGroupOffsetsResponseTopic'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='AlterShareGroupOffsetsResponsePartition', versions=(0, MAXV)),
        )
        topic_name: str = ""
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[AlterShareGroupOffsetsResponse.AlterShareGroupOffsetsResponsePartition] = field(default_factory=list)

    _s_AlterShareGroupOffsetsResponseTopic.__name__ = 'AlterShareGroupOffsetsResponseTopic'

    @dataclass(slots=True)
    class AlterShareGroupOffsetsResponse(Message):
        __qualname__ = 'AlterShareGroupOffsetsResponse'
        API_KEY: ClassVar[int | None] = 91
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('responses', 'Responses', 'struct', array=True, struct='AlterShareGroupOffsetsResponseTopic', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        error_message: str | None = None
        responses: list[AlterShareGroupOffsetsResponse.AlterShareGroupOffsetsResponseTopic] = field(default_factory=list)

    AlterShareGroupOffsetsResponse.AlterShareGroupOffsetsResponsePartition = _s_AlterShareGroupOffsetsResponsePartition  # type: ignore[attr-defined]
    AlterShareGroupOffsetsResponse.AlterShareGroupOffsetsResponseTopic = _s_AlterShareGroupOffsetsResponseTopic  # type: ignore[attr-defined]
    return AlterShareGroupOffsetsResponse
"""

_SOURCES['AlterUserScramCredentialsRequest'] = r"""
def _build_AlterUserScramCredentialsRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_ScramCredentialDeletion(Struct):
        __qualname__ = 'AlterUserScramCredentialsRequest.ScramCredentialDeletion'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('mechanism', 'Mechanism', 'int8', versions=(0, MAXV)),
        )
        name: str = ""
        mechanism: int = 0

    _s_ScramCredentialDeletion.__name__ = 'ScramCredentialDeletion'

    @dataclass(slots=True)
    class _s_ScramCredentialUpsertion(Struct):
        __qualname__ = 'AlterUserScramCredentialsRequest.ScramCredentialUpsertion'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('mechanism', 'Mechanism', 'int8', versions=(0, MAXV)),
            F('iterations', 'Iterations', 'int32', versions=(0, MAXV)),
            F('salt', 'Salt', 'bytes', versions=(0, MAXV)),
            F('salted_password', 'SaltedPassword', 'bytes', versions=(0, MAXV)),
        )
        name: str = ""
        mechanism: int = 0
        iterations: int = 0
        salt: bytes = b""
        salted_password: bytes = b""

    _s_ScramCredentialUpsertion.__name__ = 'ScramCredentialUpsertion'

    @dataclass(slots=True)
    class AlterUserScramCredentialsRequest(Message):
        __qualname__ = 'AlterUserScramCredentialsRequest'
        API_KEY: ClassVar[int | None] = 51
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('deletions', 'Deletions', 'struct', array=True, struct='ScramCredentialDeletion', versions=(0, MAXV)),
            F('upsertions', 'Upsertions', 'struct', array=True, struct='ScramCredentialUpsertion', versions=(0, MAXV)),
        )
        deletions: list[AlterUserScramCredentialsRequest.ScramCredentialDeletion] = field(default_factory=list)
        upsertions: list[AlterUserScramCredentialsRequest.ScramCredentialUpsertion] = field(default_factory=list)

    AlterUserScramCredentialsRequest.ScramCredentialDeletion = _s_ScramCredentialDeletion  # type: ignore[attr-defined]
    AlterUserScramCredentialsRequest.ScramCredentialUpsertion = _s_ScramCredentialUpsertion  # type: ignore[attr-defined]
    return AlterUserScramCredentialsRequest
"""

_SOURCES['AlterUserScramCredentialsResponse'] = r"""
def _build_AlterUserScramCredentialsResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_AlterUserScramCredentialsResult(Struct):
        __qualname__ = 'AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('user', 'User', 'string', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        user: str = ""
        error_code: int = 0
        error_message: str | None = ""

    _s_AlterUserScramCredentialsResult.__name__ = 'AlterUserScramCredentialsResult'

    @dataclass(slots=True)
    class AlterUserScramCredentialsResponse(Message):
        __qualname__ = 'AlterUserScramCredentialsResponse'
        API_KEY: ClassVar[int | None] = 51
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('results', 'Results', 'struct', array=True, struct='AlterUserScramCredentialsResult', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        results: list[AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult] = field(default_factory=list)

    AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult = _s_AlterUserScramCredentialsResult  # type: ignore[attr-defined]
    return AlterUserScramCredentialsResponse
"""

_SOURCES['ApiVersionsRequest'] = r"""
def _build_ApiVersionsRequest() -> type[Message]:
    @dataclass(slots=True)
    class ApiVersionsRequest(Message):
        __qualname__ = 'ApiVersionsRequest'
        API_KEY: ClassVar[int | None] = 18
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 4)
        FLEXIBLE_FROM: ClassVar[int | None] = 3
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('client_software_name', 'ClientSoftwareName', 'string', versions=(3, MAXV), ignorable=True),
            F('client_software_version', 'ClientSoftwareVersion', 'string', versions=(3, MAXV), ignorable=True),
        )
        client_software_name: str = ""
        client_software_version: str = ""

    return ApiVersionsRequest
"""

_SOURCES['ApiVersionsResponse'] = r"""
def _build_ApiVersionsResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_ApiVersion(Struct):
        __qualname__ = 'ApiVersionsResponse.ApiVersion'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('api_key', 'ApiKey', 'int16', versions=(0, MAXV)),
            F('min_version', 'MinVersion', 'int16', versions=(0, MAXV)),
            F('max_version', 'MaxVersion', 'int16', versions=(0, MAXV)),
        )
        api_key: int = 0
        min_version: int = 0
        max_version: int = 0

    _s_ApiVersion.__name__ = 'ApiVersion'

    @dataclass(slots=True)
    class _s_SupportedFeatureKey(Struct):
        __qualname__ = 'ApiVersionsResponse.SupportedFeatureKey'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(3, MAXV)),
            F('min_version', 'MinVersion', 'int16', versions=(3, MAXV)),
            F('max_version', 'MaxVersion', 'int16', versions=(3, MAXV)),
        )
        name: str = ""
        min_version: int = 0
        max_version: int = 0

    _s_SupportedFeatureKey.__name__ = 'SupportedFeatureKey'

    @dataclass(slots=True)
    class _s_FinalizedFeatureKey(Struct):
        __qualname__ = 'ApiVersionsResponse.FinalizedFeatureKey'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(3, MAXV)),
            F('max_version_level', 'MaxVersionLevel', 'int16', versions=(3, MAXV)),
            F('min_version_level', 'MinVersionLevel', 'int16', versions=(3, MAXV)),
        )
        name: str = ""
        max_version_level: int = 0
        min_version_level: int = 0

    _s_FinalizedFeatureKey.__name__ = 'FinalizedFeatureKey'

    @dataclass(slots=True)
    class ApiVersionsResponse(Message):
        __qualname__ = 'ApiVersionsResponse'
        API_KEY: ClassVar[int | None] = 18
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 4)
        FLEXIBLE_FROM: ClassVar[int | None] = 3
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('api_keys', 'ApiKeys', 'struct', array=True, struct='ApiVersion', versions=(0, MAXV)),
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(1, MAXV), ignorable=True),
            F('supported_features', 'SupportedFeatures', 'struct', array=True, struct='SupportedFeatureKey', versions=(3, MAXV), tag=0, tagged=(3, MAXV), ignorable=True),
            F('finalized_features_epoch', 'FinalizedFeaturesEpoch', 'int64', versions=(3, MAXV), tag=1, tagged=(3, MAXV), ignorable=True),
            F('finalized_features', 'FinalizedFeatures', 'struct', array=True, struct='FinalizedFeatureKey', versions=(3, MAXV), tag=2, tagged=(3, MAXV), ignorable=True),
            F('zk_migration_ready', 'ZkMigrationReady', 'bool', versions=(3, MAXV), tag=3, tagged=(3, MAXV), ignorable=True),
        )
        error_code: int = 0
        api_keys: list[ApiVersionsResponse.ApiVersion] = field(default_factory=list)
        throttle_time_ms: int = 0
        supported_features: list[ApiVersionsResponse.SupportedFeatureKey] = field(default_factory=list)
        finalized_features_epoch: int = -1
        finalized_features: list[ApiVersionsResponse.FinalizedFeatureKey] = field(default_factory=list)
        zk_migration_ready: bool = False

    ApiVersionsResponse.ApiVersion = _s_ApiVersion  # type: ignore[attr-defined]
    ApiVersionsResponse.SupportedFeatureKey = _s_SupportedFeatureKey  # type: ignore[attr-defined]
    ApiVersionsResponse.FinalizedFeatureKey = _s_FinalizedFeatureKey  # type: ignore[attr-defined]
    return ApiVersionsResponse
"""

_SOURCES['AssignReplicasToDirsRequest'] = r"""
def _build_AssignReplicasToDirsRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_PartitionData(Struct):
        __qualname__ = 'AssignReplicasToDirsRequest.PartitionData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
        )
        partition_index: int = 0

    _s_PartitionData.__name__ = 'PartitionData'

    @dataclass(slots=True)
    class _s_TopicData(Struct):
        __qualname__ = 'AssignReplicasToDirsRequest.TopicData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[AssignReplicasToDirsRequest.PartitionData] = field(default_factory=list)

    _s_TopicData.__name__ = 'TopicData'

    @dataclass(slots=True)
    class _s_DirectoryData(Struct):
        __qualname__ = 'AssignReplicasToDirsRequest.DirectoryData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('id', 'Id', 'uuid', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='TopicData', versions=(0, MAXV)),
        )
        id: uuid.UUID = ZERO_UUID
        topics: list[AssignReplicasToDirsRequest.TopicData] = field(default_factory=list)

    _s_DirectoryData.__name__ = 'DirectoryData'

    @dataclass(slots=True)
    class AssignReplicasToDirsRequest(Message):
        __qualname__ = 'AssignReplicasToDirsRequest'
        API_KEY: ClassVar[int | None] = 73
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('controller',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('broker_id', 'BrokerId', 'int32', versions=(0, MAXV)),
            F('broker_epoch', 'BrokerEpoch', 'int64', versions=(0, MAXV)),
            F('directories', 'Directories', 'struct', array=True, struct='DirectoryData', versions=(0, MAXV)),
        )
        broker_id: int = 0
        broker_epoch: int = -1
        directories: list[AssignReplicasToDirsRequest.DirectoryData] = field(default_factory=list)

    AssignReplicasToDirsRequest.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    AssignReplicasToDirsRequest.TopicData = _s_TopicData  # type: ignore[attr-defined]
    AssignReplicasToDirsRequest.DirectoryData = _s_DirectoryData  # type: ignore[attr-defined]
    return AssignReplicasToDirsRequest
"""

_SOURCES['AssignReplicasToDirsResponse'] = r"""
def _build_AssignReplicasToDirsResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_PartitionData(Struct):
        __qualname__ = 'AssignReplicasToDirsResponse.PartitionData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
        )
        partition_index: int = 0
        error_code: int = 0

    _s_PartitionData.__name__ = 'PartitionData'

    @dataclass(slots=True)
    class _s_TopicData(Struct):
        __qualname__ = 'AssignReplicasToDirsResponse.TopicData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[AssignReplicasToDirsResponse.PartitionData] = field(default_factory=list)

    _s_TopicData.__name__ = 'TopicData'

    @dataclass(slots=True)
    class _s_DirectoryData(Struct):
        __qualname__ = 'AssignReplicasToDirsResponse.DirectoryData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('id', 'Id', 'uuid', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='TopicData', versions=(0, MAXV)),
        )
        id: uuid.UUID = ZERO_UUID
        topics: list[AssignReplicasToDirsResponse.TopicData] = field(default_factory=list)

    _s_DirectoryData.__name__ = 'DirectoryData'

    @dataclass(slots=True)
    class AssignReplicasToDirsResponse(Message):
        __qualname__ = 'AssignReplicasToDirsResponse'
        API_KEY: ClassVar[int | None] = 73
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('directories', 'Directories', 'struct', array=True, struct='DirectoryData', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        directories: list[AssignReplicasToDirsResponse.DirectoryData] = field(default_factory=list)

    AssignReplicasToDirsResponse.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    AssignReplicasToDirsResponse.TopicData = _s_TopicData  # type: ignore[attr-defined]
    AssignReplicasToDirsResponse.DirectoryData = _s_DirectoryData  # type: ignore[attr-defined]
    return AssignReplicasToDirsResponse
"""

_SOURCES['BeginQuorumEpochRequest'] = r"""
def _build_BeginQuorumEpochRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_PartitionData(Struct):
        __qualname__ = 'BeginQuorumEpochRequest.PartitionData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('voter_directory_id', 'VoterDirectoryId', 'uuid', versions=(1, MAXV), ignorable=True),
            F('leader_id', 'LeaderId', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
        )
        partition_index: int = 0
        voter_directory_id: uuid.UUID = ZERO_UUID
        leader_id: int = 0
        leader_epoch: int = 0

    _s_PartitionData.__name__ = 'PartitionData'

    @dataclass(slots=True)
    class _s_TopicData(Struct):
        __qualname__ = 'BeginQuorumEpochRequest.TopicData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )
        topic_name: str = ""
        partitions: list[BeginQuorumEpochRequest.PartitionData] = field(default_factory=list)

    _s_TopicData.__name__ = 'TopicData'

    @dataclass(slots=True)
    class _s_LeaderEndpoint(Struct):
        __qualname__ = 'BeginQuorumEpochRequest.LeaderEndpoint'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(1, MAXV)),
            F('host', 'Host', 'string', versions=(1, MAXV)),
            F('port', 'Port', 'uint16', versions=(1, MAXV)),
        )
        name: str = ""
        host: str = ""
        port: int = 0

    _s_LeaderEndpoint.__name__ = 'LeaderEndpoint'

    @dataclass(slots=True)
    class BeginQuorumEpochRequest(Message):
        __qualname__ = 'BeginQuorumEpochRequest'
        API_KEY: ClassVar[int | None] = 53
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 1
        LISTENERS: ClassVar[tuple[str, ...]] = ('controller',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('cluster_id', 'ClusterId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('voter_id', 'VoterId', 'int32', versions=(1, MAXV), ignorable=True),
            F('topics', 'Topics', 'struct', array=True, struct='TopicData', versions=(0, MAXV)),
            F('leader_endpoints', 'LeaderEndpoints', 'struct', array=True, struct='LeaderEndpoint', versions=(1, MAXV), ignorable=True),
        )
        cluster_id: str | None = None
        voter_id: int = -1
        topics: list[BeginQuorumEpochRequest.TopicData] = field(default_factory=list)
        leader_endpoints: list[BeginQuorumEpochRequest.LeaderEndpoint] = field(default_factory=list)

    BeginQuorumEpochRequest.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    BeginQuorumEpochRequest.TopicData = _s_TopicData  # type: ignore[attr-defined]
    BeginQuorumEpochRequest.LeaderEndpoint = _s_LeaderEndpoint  # type: ignore[attr-defined]
    return BeginQuorumEpochRequest
"""

_SOURCES['BeginQuorumEpochResponse'] = r"""
def _build_BeginQuorumEpochResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_PartitionData(Struct):
        __qualname__ = 'BeginQuorumEpochResponse.PartitionData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('leader_id', 'LeaderId', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
        )
        partition_index: int = 0
        error_code: int = 0
        leader_id: int = 0
        leader_epoch: int = 0

    _s_PartitionData.__name__ = 'PartitionData'

    @dataclass(slots=True)
    class _s_TopicData(Struct):
        __qualname__ = 'BeginQuorumEpochResponse.TopicData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )
        topic_name: str = ""
        partitions: list[BeginQuorumEpochResponse.PartitionData] = field(default_factory=list)

    _s_TopicData.__name__ = 'TopicData'

    @dataclass(slots=True)
    class _s_NodeEndpoint(Struct):
        __qualname__ = 'BeginQuorumEpochResponse.NodeEndpoint'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('node_id', 'NodeId', 'int32', versions=(1, MAXV)),
            F('host', 'Host', 'string', versions=(1, MAXV)),
            F('port', 'Port', 'uint16', versions=(1, MAXV)),
        )
        node_id: int = 0
        host: str = ""
        port: int = 0

    _s_NodeEndpoint.__name__ = 'NodeEndpoint'

    @dataclass(slots=True)
    class BeginQuorumEpochResponse(Message):
        __qualname__ = 'BeginQuorumEpochResponse'
        API_KEY: ClassVar[int | None] = 53
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 1
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='TopicData', versions=(0, MAXV)),
            F('node_endpoints', 'NodeEndpoints', 'struct', array=True, struct='NodeEndpoint', versions=(1, MAXV), tag=0, tagged=(1, MAXV)),
        )
        error_code: int = 0
        topics: list[BeginQuorumEpochResponse.TopicData] = field(default_factory=list)
        node_endpoints: list[BeginQuorumEpochResponse.NodeEndpoint] = field(default_factory=list)

    BeginQuorumEpochResponse.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    BeginQuorumEpochResponse.TopicData = _s_TopicData  # type: ignore[attr-defined]
    BeginQuorumEpochResponse.NodeEndpoint = _s_NodeEndpoint  # type: ignore[attr-defined]
    return BeginQuorumEpochResponse
"""

_SOURCES['BeginTransactionRecord'] = r"""
def _build_BeginTransactionRecord() -> type[Message]:
    @dataclass(slots=True)
    class BeginTransactionRecord(Message):
        __qualname__ = 'BeginTransactionRecord'
        API_KEY: ClassVar[int | None] = 23
        MESSAGE_TYPE: ClassVar[str] = 'metadata'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV), nullable=(0, MAXV), tag=0, tagged=(0, MAXV)),
        )
        name: str | None = None

    return BeginTransactionRecord
"""

_SOURCES['BrokerHeartbeatRequest'] = r"""
def _build_BrokerHeartbeatRequest() -> type[Message]:
    @dataclass(slots=True)
    class BrokerHeartbeatRequest(Message):
        __qualname__ = 'BrokerHeartbeatRequest'
        API_KEY: ClassVar[int | None] = 63
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('controller',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('broker_id', 'BrokerId', 'int32', versions=(0, MAXV)),
            F('broker_epoch', 'BrokerEpoch', 'int64', versions=(0, MAXV)),
            F('current_metadata_offset', 'CurrentMetadataOffset', 'int64', versions=(0, MAXV)),
            F('want_fence', 'WantFence', 'bool', versions=(0, MAXV)),
            F('want_shut_down', 'WantShutDown', 'bool', versions=(0, MAXV)),
            F('offline_log_dirs', 'OfflineLogDirs', 'uuid', array=True, versions=(1, MAXV), tag=0, tagged=(1, MAXV)),
            F('cordoned_log_dirs', 'CordonedLogDirs', 'uuid', array=True, versions=(2, MAXV), nullable=(2, MAXV), tag=1, tagged=(2, MAXV)),
        )
        broker_id: int = 0
        broker_epoch: int = -1
        current_metadata_offset: int = 0
        want_fence: bool = False
        want_shut_down: bool = False
        offline_log_dirs: list[uuid.UUID] = field(default_factory=list)
        cordoned_log_dirs: list[uuid.UUID] | None = None

    return BrokerHeartbeatRequest
"""

_SOURCES['BrokerHeartbeatResponse'] = r"""
def _build_BrokerHeartbeatResponse() -> type[Message]:
    @dataclass(slots=True)
    class BrokerHeartbeatResponse(Message):
        __qualname__ = 'BrokerHeartbeatResponse'
        API_KEY: ClassVar[int | None] = 63
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('is_caught_up', 'IsCaughtUp', 'bool', versions=(0, MAXV)),
            F('is_fenced', 'IsFenced', 'bool', versions=(0, MAXV)),
            F('should_shut_down', 'ShouldShutDown', 'bool', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        is_caught_up: bool = False
        is_fenced: bool = True
        should_shut_down: bool = False

    return BrokerHeartbeatResponse
"""

_SOURCES['BrokerRegistrationChangeRecord'] = r"""
def _build_BrokerRegistrationChangeRecord() -> type[Message]:
    @dataclass(slots=True)
    class BrokerRegistrationChangeRecord(Message):
        __qualname__ = 'BrokerRegistrationChangeRecord'
        API_KEY: ClassVar[int | None] = 17
        MESSAGE_TYPE: ClassVar[str] = 'metadata'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 3)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('broker_id', 'BrokerId', 'int32', versions=(0, MAXV)),
            F('broker_epoch', 'BrokerEpoch', 'int64', versions=(0, MAXV)),
            F('fenced', 'Fenced', 'int8', versions=(0, MAXV), tag=0, tagged=(0, MAXV)),
            F('in_controlled_shutdown', 'InControlledShutdown', 'int8', versions=(1, MAXV), tag=1, tagged=(1, MAXV)),
            F('log_dirs', 'LogDirs', 'uuid', array=True, versions=(2, MAXV), tag=2, tagged=(2, MAXV)),
            F('cordoned_log_dirs', 'CordonedLogDirs', 'uuid', array=True, versions=(3, MAXV), nullable=(3, MAXV), tag=3, tagged=(3, MAXV)),
        )
        broker_id: int = 0
        broker_epoch: int = 0
        fenced: int = 0
        in_controlled_shutdown: int = 0
        log_dirs: list[uuid.UUID] = field(default_factory=list)
        cordoned_log_dirs: list[uuid.UUID] | None = None

    return BrokerRegistrationChangeRecord
"""

_SOURCES['BrokerRegistrationRequest'] = r"""
def _build_BrokerRegistrationRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_Listener(Struct):
        __qualname__ = 'BrokerRegistrationRequest.Listener'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('port', 'Port', 'uint16', versions=(0, MAXV)),
            F('security_protocol', 'SecurityProtocol', 'int16', versions=(0, MAXV)),
        )
        name: str = ""
        host: str = ""
        port: int = 0
        security_protocol: int = 0

    _s_Listener.__name__ = 'Listener'

    @dataclass(slots=True)
    class _s_Feature(Struct):
        __qualname__ = 'BrokerRegistrationRequest.Feature'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('min_supported_version', 'MinSupportedVersion', 'int16', versions=(0, MAXV)),
            F('max_supported_version', 'MaxSupportedVersion', 'int16', versions=(0, MAXV)),
        )
        name: str = ""
        min_supported_version: int = 0
        max_supported_version: int = 0

    _s_Feature.__name__ = 'Feature'

    @dataclass(slots=True)
    class BrokerRegistrationRequest(Message):
        __qualname__ = 'BrokerRegistrationRequest'
        API_KEY: ClassVar[int | None] = 62
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 4)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('controller',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('broker_id', 'BrokerId', 'int32', versions=(0, MAXV)),
            F('cluster_id', 'ClusterId', 'string', versions=(0, MAXV)),
            F('incarnation_id', 'IncarnationId', 'uuid', versions=(0, MAXV)),
            F('listeners', 'Listeners', 'struct', array=True, struct='Listener', versions=(0, MAXV)),
            F('features', 'Features', 'struct', array=True, struct='Feature', versions=(0, MAXV)),
            F('rack', 'Rack', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('is_migrating_zk_broker', 'IsMigratingZkBroker', 'bool', versions=(1, MAXV)),
            F('log_dirs', 'LogDirs', 'uuid', array=True, versions=(2, MAXV), ignorable=True),
            F('previous_broker_epoch', 'PreviousBrokerEpoch', 'int64', versions=(3, MAXV), ignorable=True),
        )
        broker_id: int = 0
        cluster_id: str = ""
        incarnation_id: uuid.UUID = ZERO_UUID
        listeners: list[BrokerRegistrationRequest.Listener] = field(default_factory=list)
        features: list[BrokerRegistrationRequest.Feature] = field(default_factory=list)
        rack: str | None = ""
        is_migrating_zk_broker: bool = False
        log_dirs: list[uuid.UUID] = field(default_factory=list)
        previous_broker_epoch: int = -1

    BrokerRegistrationRequest.Listener = _s_Listener  # type: ignore[attr-defined]
    BrokerRegistrationRequest.Feature = _s_Feature  # type: ignore[attr-defined]
    return BrokerRegistrationRequest
"""

_SOURCES['BrokerRegistrationResponse'] = r"""
def _build_BrokerRegistrationResponse() -> type[Message]:
    @dataclass(slots=True)
    class BrokerRegistrationResponse(Message):
        __qualname__ = 'BrokerRegistrationResponse'
        API_KEY: ClassVar[int | None] = 62
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 4)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('broker_epoch', 'BrokerEpoch', 'int64', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        broker_epoch: int = -1

    return BrokerRegistrationResponse
"""

_SOURCES['ClearElrRecord'] = r"""
def _build_ClearElrRecord() -> type[Message]:
    @dataclass(slots=True)
    class ClearElrRecord(Message):
        __qualname__ = 'ClearElrRecord'
        API_KEY: ClassVar[int | None] = 28
        MESSAGE_TYPE: ClassVar[str] = 'metadata'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
        )
        topic_name: str = ""

    return ClearElrRecord
"""

_SOURCES['ClientQuotaRecord'] = r"""
def _build_ClientQuotaRecord() -> type[Message]:
    @dataclass(slots=True)
    class _s_EntityData(Struct):
        __qualname__ = 'ClientQuotaRecord.EntityData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('entity_type', 'EntityType', 'string', versions=(0, MAXV)),
            F('entity_name', 'EntityName', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        entity_type: str = ""
        entity_name: str | None = ""

    _s_EntityData.__name__ = 'EntityData'

    @dataclass(slots=True)
    class ClientQuotaRecord(Message):
        __qualname__ = 'ClientQuotaRecord'
        API_KEY: ClassVar[int | None] = 14
        MESSAGE_TYPE: ClassVar[str] = 'metadata'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('entity', 'Entity', 'struct', array=True, struct='EntityData', versions=(0, MAXV)),
            F('key', 'Key', 'string', versions=(0, MAXV)),
            F('value', 'Value', 'float64', versions=(0, MAXV)),
            F('remove', 'Remove', 'bool', versions=(0, MAXV)),
        )
        entity: list[ClientQuotaRecord.EntityData] = field(default_factory=list)
        key: str = ""
        value: float = 0.0
        remove: bool = False

    ClientQuotaRecord.EntityData = _s_EntityData  # type: ignore[attr-defined]
    return ClientQuotaRecord
"""

_SOURCES['ConfigRecord'] = r"""
def _build_ConfigRecord() -> type[Message]:
    @dataclass(slots=True)
    class ConfigRecord(Message):
        __qualname__ = 'ConfigRecord'
        API_KEY: ClassVar[int | None] = 4
        MESSAGE_TYPE: ClassVar[str] = 'metadata'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('resource_type', 'ResourceType', 'int8', versions=(0, MAXV)),
            F('resource_name', 'ResourceName', 'string', versions=(0, MAXV)),
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('value', 'Value', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        resource_type: int = 0
        resource_name: str = ""
        name: str = ""
        value: str | None = ""

    return ConfigRecord
"""

_SOURCES['ConsumerGroupCurrentMemberAssignmentKey'] = r"""
def _build_ConsumerGroupCurrentMemberAssignmentKey() -> type[Message]:
    @dataclass(slots=True)
    class ConsumerGroupCurrentMemberAssignmentKey(Message):
        __qualname__ = 'ConsumerGroupCurrentMemberAssignmentKey'
        API_KEY: ClassVar[int | None] = 8
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-key'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
            F('member_id', 'MemberId', 'string', versions=(0, 0)),
        )
        group_id: str = ""
        member_id: str = ""

    return ConsumerGroupCurrentMemberAssignmentKey
"""

_SOURCES['ConsumerGroupCurrentMemberAssignmentValue'] = r"""
def _build_ConsumerGroupCurrentMemberAssignmentValue() -> type[Message]:
    @dataclass(slots=True)
    class _s_TopicPartitions(Struct):
        __qualname__ = 'ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
            F('assignment_epochs', 'AssignmentEpochs', 'int32', array=True, versions=(0, MAXV), nullable=(0, MAXV), tag=0, tagged=(0, MAXV)),
        )
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[int] = field(default_factory=list)
        assignment_epochs: list[int] | None = field(default_factory=list)

    _s_TopicPartitions.__name__ = 'TopicPartitions'

    @dataclass(slots=True)
    class ConsumerGroupCurrentMemberAssignmentValue(Message):
        __qualname__ = 'ConsumerGroupCurrentMemberAssignmentValue'
        API_KEY: ClassVar[int | None] = 8
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-value'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('member_epoch', 'MemberEpoch', 'int32', versions=(0, MAXV)),
            F('previous_member_epoch', 'PreviousMemberEpoch', 'int32', versions=(0, MAXV)),
            F('state', 'State', 'int8', versions=(0, MAXV)),
            F('assigned_partitions', 'AssignedPartitions', 'struct', array=True, struct='TopicPartitions', versions=(0, MAXV)),
            F('partitions_pending_revocation', 'PartitionsPendingRevocation', 'struct', array=True, struct='TopicPartitions', versions=(0, MAXV)),
        )
        member_epoch: int = 0
        previous_member_epoch: int = 0
        state: int = 0
        assigned_partitions: list[ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions] = field(default_factory=list)
        partitions_pending_revocation: list[ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions] = field(default_factory=list)

    ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions = _s_TopicPartitions  # type: ignore[attr-defined]
    return ConsumerGroupCurrentMemberAssignmentValue
"""

_SOURCES['ConsumerGroupDescribeRequest'] = r"""
def _build_ConsumerGroupDescribeRequest() -> type[Message]:
    @dataclass(slots=True)
    class ConsumerGroupDescribeRequest(Message):
        __qualname__ = 'ConsumerGroupDescribeRequest'
        API_KEY: ClassVar[int | None] = 69
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_ids', 'GroupIds', 'string', array=True, versions=(0, MAXV)),
            F('include_authorized_operations', 'IncludeAuthorizedOperations', 'bool', versions=(0, MAXV)),
        )
        group_ids: list[str] = field(default_factory=list)
        include_authorized_operations: bool = False

    return ConsumerGroupDescribeRequest
"""

_SOURCES['ConsumerGroupDescribeResponse'] = r"""
def _build_ConsumerGroupDescribeResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_TopicPartitions(Struct):
        __qualname__ = 'ConsumerGroupDescribeResponse.TopicPartitions'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )
        topic_id: uuid.UUID = ZERO_UUID
        topic_name: str = ""
        partitions: list[int] = field(default_factory=list)

    _s_TopicPartitions.__name__ = 'TopicPartitions'

    @dataclass(slots=True)
    class _s_Assignment(Struct):
        __qualname__ = 'ConsumerGroupDescribeResponse.Assignment'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_partitions', 'TopicPartitions', 'struct', array=True, struct='TopicPartitions', versions=(0, MAXV)),
        )
        topic_partitions: list[ConsumerGroupDescribeResponse.TopicPartitions] = field(default_factory=list)

    _s_Assignment.__name__ = 'Assignment'

    @dataclass(slots=True)
    class _s_Member(Struct):
        __qualname__ = 'ConsumerGroupDescribeResponse.Member'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('member_id', 'MemberId', 'string', versions=(0, MAXV)),
            F('instance_id', 'InstanceId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('rack_id', 'RackId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('member_epoch', 'MemberEpoch', 'int32', versions=(0, MAXV)),
            F('client_id', 'ClientId', 'string', versions=(0, MAXV)),
            F('client_host', 'ClientHost', 'string', versions=(0, MAXV)),
            F('subscribed_topic_names', 'SubscribedTopicNames', 'string', array=True, versions=(0, MAXV)),
            F('subscribed_topic_regex', 'SubscribedTopicRegex', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('assignment', 'Assignment', 'struct', struct='Assignment', versions=(0, MAXV)),
            F('target_assignment', 'TargetAssignment', 'struct', struct='Assignment', versions=(0, MAXV)),
            F('member_type', 'MemberType', 'int8', versions=(1, MAXV), ignorable=True),
        )
        member_id: str = ""
        instance_id: str | None = None
        rack_id: str | None = None
        member_epoch: int = 0
        client_id: str = ""
        client_host: str = ""
        subscribed_topic_names: list[str] = field(default_factory=list)
        subscribed_topic_regex: str | None = None
        assignment: ConsumerGroupDescribeResponse.Assignment = field(default_factory=_s_Assignment)
        target_assignment: ConsumerGroupDescribeResponse.Assignment = field(default_factory=_s_Assignment)
        member_type: int = -1

    _s_Member.__name__ = 'Member'

    @dataclass(slots=True)
    class _s_DescribedGroup(Struct):
        __qualname__ = 'ConsumerGroupDescribeResponse.DescribedGroup'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('group_state', 'GroupState', 'string', versions=(0, MAXV)),
            F('group_epoch', 'GroupEpoch', 'int32', versions=(0, MAXV)),
            F('assignment_epoch', 'AssignmentEpoch', 'int32', versions=(0, MAXV)),
            F('assignor_name', 'AssignorName', 'string', versions=(0, MAXV)),
            F('members', 'Members', 'struct', array=True, struct='Member', versions=(0, MAXV)),
            F('authorized_operations', 'AuthorizedOperations', 'int32', versions=(0, MAXV)),
        )
        error_code: int = 0
        error_message: str | None = None
        group_id: str = ""
        group_state: str = ""
        group_epoch: int = 0
        assignment_epoch: int = 0
        assignor_name: str = ""
        members: list[ConsumerGroupDescribeResponse.Member] = field(default_factory=list)
        authorized_operations: int = -2147483648

    _s_DescribedGroup.__name__ = 'DescribedGroup'

    @dataclass(slots=True)
    class ConsumerGroupDescribeResponse(Message):
        __qualname__ = 'ConsumerGroupDescribeResponse'
        API_KEY: ClassVar[int | None] = 69
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('groups', 'Groups', 'struct', array=True, struct='DescribedGroup', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        groups: list[ConsumerGroupDescribeResponse.DescribedGroup] = field(default_factory=list)

    ConsumerGroupDescribeResponse.TopicPartitions = _s_TopicPartitions  # type: ignore[attr-defined]
    ConsumerGroupDescribeResponse.Assignment = _s_Assignment  # type: ignore[attr-defined]
    ConsumerGroupDescribeResponse.Member = _s_Member  # type: ignore[attr-defined]
    ConsumerGroupDescribeResponse.DescribedGroup = _s_DescribedGroup  # type: ignore[attr-defined]
    return ConsumerGroupDescribeResponse
"""

_SOURCES['ConsumerGroupHeartbeatRequest'] = r"""
def _build_ConsumerGroupHeartbeatRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_TopicPartitions(Struct):
        __qualname__ = 'ConsumerGroupHeartbeatRequest.TopicPartitions'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[int] = field(default_factory=list)

    _s_TopicPartitions.__name__ = 'TopicPartitions'

    @dataclass(slots=True)
    class ConsumerGroupHeartbeatRequest(Message):
        __qualname__ = 'ConsumerGroupHeartbeatRequest'
        API_KEY: ClassVar[int | None] = 68
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('member_id', 'MemberId', 'string', versions=(0, MAXV)),
            F('member_epoch', 'MemberEpoch', 'int32', versions=(0, MAXV)),
            F('instance_id', 'InstanceId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('rack_id', 'RackId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('rebalance_timeout_ms', 'RebalanceTimeoutMs', 'int32', versions=(0, MAXV)),
            F('subscribed_topic_names', 'SubscribedTopicNames', 'string', array=True, versions=(0, MAXV), nullable=(0, MAXV)),
            F('subscribed_topic_regex', 'SubscribedTopicRegex', 'string', versions=(1, MAXV), nullable=(1, MAXV)),
            F('server_assignor', 'ServerAssignor', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('topic_partitions', 'TopicPartitions', 'struct', array=True, struct='TopicPartitions', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        group_id: str = ""
        member_id: str = ""
        member_epoch: int = 0
        instance_id: str | None = None
        rack_id: str | None = None
        rebalance_timeout_ms: int = -1
        subscribed_topic_names: list[str] | None = None
        subscribed_topic_regex: str | None = None
        server_assignor: str | None = None
        topic_partitions: list[ConsumerGroupHeartbeatRequest.TopicPartitions] | None = None

    ConsumerGroupHeartbeatRequest.TopicPartitions = _s_TopicPartitions  # type: ignore[attr-defined]
    return ConsumerGroupHeartbeatRequest
"""

_SOURCES['ConsumerGroupHeartbeatResponse'] = r"""
def _build_ConsumerGroupHeartbeatResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_TopicPartitions(Struct):
        __qualname__ = 'ConsumerGroupHeartbeatResponse.TopicPartitions'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[int] = field(default_factory=list)

    _s_TopicPartitions.__name__ = 'TopicPartitions'

    @dataclass(slots=True)
    class _s_Assignment(Struct):
        __qualname__ = 'ConsumerGroupHeartbeatResponse.Assignment'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_partitions', 'TopicPartitions', 'struct', array=True, struct='TopicPartitions', versions=(0, MAXV)),
        )
        topic_partitions: list[ConsumerGroupHeartbeatResponse.TopicPartitions] = field(default_factory=list)

    _s_Assignment.__name__ = 'Assignment'

    @dataclass(slots=True)
    class ConsumerGroupHeartbeatResponse(Message):
        __qualname__ = 'ConsumerGroupHeartbeatResponse'
        API_KEY: ClassVar[int | None] = 68
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('member_id', 'MemberId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('member_epoch', 'MemberEpoch', 'int32', versions=(0, MAXV)),
            F('heartbeat_interval_ms', 'HeartbeatIntervalMs', 'int32', versions=(0, MAXV)),
            F('assignment', 'Assignment', 'struct', struct='Assignment', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        error_message: str | None = None
        member_id: str | None = None
        member_epoch: int = 0
        heartbeat_interval_ms: int = 0
        assignment: ConsumerGroupHeartbeatResponse.Assignment | None = None

    ConsumerGroupHeartbeatResponse.TopicPartitions = _s_TopicPartitions  # type: ignore[attr-defined]
    ConsumerGroupHeartbeatResponse.Assignment = _s_Assignment  # type: ignore[attr-defined]
    return ConsumerGroupHeartbeatResponse
"""

_SOURCES['ConsumerGroupMemberMetadataKey'] = r"""
def _build_ConsumerGroupMemberMetadataKey() -> type[Message]:
    @dataclass(slots=True)
    class ConsumerGroupMemberMetadataKey(Message):
        __qualname__ = 'ConsumerGroupMemberMetadataKey'
        API_KEY: ClassVar[int | None] = 5
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-key'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
            F('member_id', 'MemberId', 'string', versions=(0, 0)),
        )
        group_id: str = ""
        member_id: str = ""

    return ConsumerGroupMemberMetadataKey
"""

_SOURCES['ConsumerGroupMemberMetadataValue'] = r"""
def _build_ConsumerGroupMemberMetadataValue() -> type[Message]:
    @dataclass(slots=True)
    class _s_ClassicProtocol(Struct):
        __qualname__ = 'ConsumerGroupMemberMetadataValue.ClassicProtocol'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('metadata', 'Metadata', 'bytes', versions=(0, MAXV)),
        )
        name: str = ""
        metadata: bytes = b""

    _s_ClassicProtocol.__name__ = 'ClassicProtocol'

    @dataclass(slots=True)
    class _s_ClassicMemberMetadata(Struct):
        __qualname__ = 'ConsumerGroupMemberMetadataValue.ClassicMemberMetadata'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('session_timeout_ms', 'SessionTimeoutMs', 'int32', versions=(0, MAXV)),
            F('supported_protocols', 'SupportedProtocols', 'struct', array=True, struct='ClassicProtocol', versions=(0, MAXV)),
        )
        session_timeout_ms: int = 0
        supported_protocols: list[ConsumerGroupMemberMetadataValue.ClassicProtocol] = field(default_factory=list)

    _s_ClassicMemberMetadata.__name__ = 'ClassicMemberMetadata'

    @dataclass(slots=True)
    class ConsumerGroupMemberMetadataValue(Message):
        __qualname__ = 'ConsumerGroupMemberMetadataValue'
        API_KEY: ClassVar[int | None] = 5
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-value'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('instance_id', 'InstanceId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('rack_id', 'RackId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('client_id', 'ClientId', 'string', versions=(0, MAXV)),
            F('client_host', 'ClientHost', 'string', versions=(0, MAXV)),
            F('subscribed_topic_names', 'SubscribedTopicNames', 'string', array=True, versions=(0, MAXV)),
            F('subscribed_topic_regex', 'SubscribedTopicRegex', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('rebalance_timeout_ms', 'RebalanceTimeoutMs', 'int32', versions=(0, MAXV)),
            F('server_assignor', 'ServerAssignor', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('classic_member_metadata', 'ClassicMemberMetadata', 'struct', struct='ClassicMemberMetadata', versions=(0, MAXV), nullable=(0, MAXV), tag=0, tagged=(0, MAXV)),
        )
        instance_id: str | None = ""
        rack_id: str | None = ""
        client_id: str = ""
        client_host: str = ""
        subscribed_topic_names: list[str] = field(default_factory=list)
        subscribed_topic_regex: str | None = ""
        rebalance_timeout_ms: int = -1
        server_assignor: str | None = ""
        classic_member_metadata: ConsumerGroupMemberMetadataValue.ClassicMemberMetadata | None = field(default_factory=_s_ClassicMemberMetadata)

    ConsumerGroupMemberMetadataValue.ClassicProtocol = _s_ClassicProtocol  # type: ignore[attr-defined]
    ConsumerGroupMemberMetadataValue.ClassicMemberMetadata = _s_ClassicMemberMetadata  # type: ignore[attr-defined]
    return ConsumerGroupMemberMetadataValue
"""

_SOURCES['ConsumerGroupMetadataKey'] = r"""
def _build_ConsumerGroupMetadataKey() -> type[Message]:
    @dataclass(slots=True)
    class ConsumerGroupMetadataKey(Message):
        __qualname__ = 'ConsumerGroupMetadataKey'
        API_KEY: ClassVar[int | None] = 3
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-key'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
        )
        group_id: str = ""

    return ConsumerGroupMetadataKey
"""

_SOURCES['ConsumerGroupMetadataValue'] = r"""
def _build_ConsumerGroupMetadataValue() -> type[Message]:
    @dataclass(slots=True)
    class ConsumerGroupMetadataValue(Message):
        __qualname__ = 'ConsumerGroupMetadataValue'
        API_KEY: ClassVar[int | None] = 3
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-value'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('epoch', 'Epoch', 'int32', versions=(0, MAXV)),
            F('metadata_hash', 'MetadataHash', 'int64', versions=(0, MAXV), tag=0, tagged=(0, MAXV)),
        )
        epoch: int = 0
        metadata_hash: int = 0

    return ConsumerGroupMetadataValue
"""

_SOURCES['ConsumerGroupPartitionMetadataKey'] = r"""
def _build_ConsumerGroupPartitionMetadataKey() -> type[Message]:
    @dataclass(slots=True)
    class ConsumerGroupPartitionMetadataKey(Message):
        __qualname__ = 'ConsumerGroupPartitionMetadataKey'
        API_KEY: ClassVar[int | None] = 4
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-key'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
        )
        group_id: str = ""

    return ConsumerGroupPartitionMetadataKey
"""

_SOURCES['ConsumerGroupPartitionMetadataValue'] = r"""
def _build_ConsumerGroupPartitionMetadataValue() -> type[Message]:
    @dataclass(slots=True)
    class _s_PartitionMetadata(Struct):
        __qualname__ = 'ConsumerGroupPartitionMetadataValue.PartitionMetadata'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition', 'Partition', 'int32', versions=(0, MAXV)),
            F('racks', 'Racks', 'string', array=True, versions=(0, MAXV)),
        )
        partition: int = 0
        racks: list[str] = field(default_factory=list)

    _s_PartitionMetadata.__name__ = 'PartitionMetadata'

    @dataclass(slots=True)
    class _s_TopicMetadata(Struct):
        __qualname__ = 'ConsumerGroupPartitionMetadataValue.TopicMetadata'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('num_partitions', 'NumPartitions', 'int32', versions=(0, MAXV)),
            F('partition_metadata', 'PartitionMetadata', 'struct', array=True, struct='PartitionMetadata', versions=(0, MAXV)),
        )
        topic_id: uuid.UUID = ZERO_UUID
        topic_name: str = ""
        num_partitions: int = 0
        partition_metadata: list[ConsumerGroupPartitionMetadataValue.PartitionMetadata] = field(default_factory=list)

    _s_TopicMetadata.__name__ = 'TopicMetadata'

    @dataclass(slots=True)
    class ConsumerGroupPartitionMetadataValue(Message):
        __qualname__ = 'ConsumerGroupPartitionMetadataValue'
        API_KEY: ClassVar[int | None] = 4
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-value'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topics', 'Topics', 'struct', array=True, struct='TopicMetadata', versions=(0, MAXV)),
        )
        topics: list[ConsumerGroupPartitionMetadataValue.TopicMetadata] = field(default_factory=list)

    ConsumerGroupPartitionMetadataValue.PartitionMetadata = _s_PartitionMetadata  # type: ignore[attr-defined]
    ConsumerGroupPartitionMetadataValue.TopicMetadata = _s_TopicMetadata  # type: ignore[attr-defined]
    return ConsumerGroupPartitionMetadataValue
"""

_SOURCES['ConsumerGroupRegularExpressionKey'] = r"""
def _build_ConsumerGroupRegularExpressionKey() -> type[Message]:
    @dataclass(slots=True)
    class ConsumerGroupRegularExpressionKey(Message):
        __qualname__ = 'ConsumerGroupRegularExpressionKey'
        API_KEY: ClassVar[int | None] = 16
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-key'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
            F('regular_expression', 'RegularExpression', 'string', versions=(0, 0)),
        )
        group_id: str = ""
        regular_expression: str = ""

    return ConsumerGroupRegularExpressionKey
"""

_SOURCES['ConsumerGroupRegularExpressionValue'] = r"""
def _build_ConsumerGroupRegularExpressionValue() -> type[Message]:
    @dataclass(slots=True)
    class ConsumerGroupRegularExpressionValue(Message):
        __qualname__ = 'ConsumerGroupRegularExpressionValue'
        API_KEY: ClassVar[int | None] = 16
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-value'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topics', 'Topics', 'string', array=True, versions=(0, MAXV)),
            F('version', 'Version', 'int64', versions=(0, MAXV)),
            F('timestamp', 'Timestamp', 'int64', versions=(0, MAXV)),
        )
        topics: list[str] = field(default_factory=list)
        version: int = 0
        timestamp: int = 0

    return ConsumerGroupRegularExpressionValue
"""

_SOURCES['ConsumerGroupTargetAssignmentMemberKey'] = r"""
def _build_ConsumerGroupTargetAssignmentMemberKey() -> type[Message]:
    @dataclass(slots=True)
    class ConsumerGroupTargetAssignmentMemberKey(Message):
        __qualname__ = 'ConsumerGroupTargetAssignmentMemberKey'
        API_KEY: ClassVar[int | None] = 7
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-key'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
            F('member_id', 'MemberId', 'string', versions=(0, 0)),
        )
        group_id: str = ""
        member_id: str = ""

    return ConsumerGroupTargetAssignmentMemberKey
"""

_SOURCES['ConsumerGroupTargetAssignmentMemberValue'] = r"""
def _build_ConsumerGroupTargetAssignmentMemberValue() -> type[Message]:
    @dataclass(slots=True)
    class _s_TopicPartition(Struct):
        __qualname__ = 'ConsumerGroupTargetAssignmentMemberValue.TopicPartition'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[int] = field(default_factory=list)

    _s_TopicPartition.__name__ = 'TopicPartition'

    @dataclass(slots=True)
    class ConsumerGroupTargetAssignmentMemberValue(Message):
        __qualname__ = 'ConsumerGroupTargetAssignmentMemberValue'
        API_KEY: ClassVar[int | None] = 7
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-value'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_partitions', 'TopicPartitions', 'struct', array=True, struct='TopicPartition', versions=(0, MAXV)),
        )
        topic_partitions: list[ConsumerGroupTargetAssignmentMemberValue.TopicPartition] = field(default_factory=list)

    ConsumerGroupTargetAssignmentMemberValue.TopicPartition = _s_TopicPartition  # type: ignore[attr-defined]
    return ConsumerGroupTargetAssignmentMemberValue
"""

_SOURCES['ConsumerGroupTargetAssignmentMetadataKey'] = r"""
def _build_ConsumerGroupTargetAssignmentMetadataKey() -> type[Message]:
    @dataclass(slots=True)
    class ConsumerGroupTargetAssignmentMetadataKey(Message):
        __qualname__ = 'ConsumerGroupTargetAssignmentMetadataKey'
        API_KEY: ClassVar[int | None] = 6
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-key'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
        )
        group_id: str = ""

    return ConsumerGroupTargetAssignmentMetadataKey
"""

_SOURCES['ConsumerGroupTargetAssignmentMetadataValue'] = r"""
def _build_ConsumerGroupTargetAssignmentMetadataValue() -> type[Message]:
    @dataclass(slots=True)
    class ConsumerGroupTargetAssignmentMetadataValue(Message):
        __qualname__ = 'ConsumerGroupTargetAssignmentMetadataValue'
        API_KEY: ClassVar[int | None] = 6
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-value'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('assignment_epoch', 'AssignmentEpoch', 'int32', versions=(0, MAXV)),
            F('assignment_timestamp', 'AssignmentTimestamp', 'int64', versions=(0, MAXV), tag=0, tagged=(0, MAXV), ignorable=True),
        )
        assignment_epoch: int = 0
        assignment_timestamp: int = 0

    return ConsumerGroupTargetAssignmentMetadataValue
"""

_SOURCES['ConsumerProtocolAssignment'] = r"""
def _build_ConsumerProtocolAssignment() -> type[Message]:
    @dataclass(slots=True)
    class _s_TopicPartition(Struct):
        __qualname__ = 'ConsumerProtocolAssignment.TopicPartition'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic', 'Topic', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )
        topic: str = ""
        partitions: list[int] = field(default_factory=list)

    _s_TopicPartition.__name__ = 'TopicPartition'

    @dataclass(slots=True)
    class ConsumerProtocolAssignment(Message):
        __qualname__ = 'ConsumerProtocolAssignment'
        API_KEY: ClassVar[int | None] = None
        MESSAGE_TYPE: ClassVar[str] = 'data'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 3)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('assigned_partitions', 'AssignedPartitions', 'struct', array=True, struct='TopicPartition', versions=(0, MAXV)),
            F('user_data', 'UserData', 'bytes', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        assigned_partitions: list[ConsumerProtocolAssignment.TopicPartition] = field(default_factory=list)
        user_data: bytes | None = None

    ConsumerProtocolAssignment.TopicPartition = _s_TopicPartition  # type: ignore[attr-defined]
    return ConsumerProtocolAssignment
"""

_SOURCES['ConsumerProtocolSubscription'] = r"""
def _build_ConsumerProtocolSubscription() -> type[Message]:
    @dataclass(slots=True)
    class _s_TopicPartition(Struct):
        __qualname__ = 'ConsumerProtocolSubscription.TopicPartition'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic', 'Topic', 'string', versions=(1, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(1, MAXV)),
        )
        topic: str = ""
        partitions: list[int] = field(default_factory=list)

    _s_TopicPartition.__name__ = 'TopicPartition'

    @dataclass(slots=True)
    class ConsumerProtocolSubscription(Message):
        __qualname__ = 'ConsumerProtocolSubscription'
        API_KEY: ClassVar[int | None] = None
        MESSAGE_TYPE: ClassVar[str] = 'data'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 3)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topics', 'Topics', 'string', array=True, versions=(0, MAXV)),
            F('user_data', 'UserData', 'bytes', versions=(0, MAXV), nullable=(0, MAXV)),
            F('owned_partitions', 'OwnedPartitions', 'struct', array=True, struct='TopicPartition', versions=(1, MAXV), ignorable=True),
            F('generation_id', 'GenerationId', 'int32', versions=(2, MAXV), ignorable=True),
            F('rack_id', 'RackId', 'string', versions=(3, MAXV), nullable=(3, MAXV), ignorable=True),
        )
        topics: list[str] = field(default_factory=list)
        user_data: bytes | None = None
        owned_partitions: list[ConsumerProtocolSubscription.TopicPartition] = field(default_factory=list)
        generation_id: int = -1
        rack_id: str | None = None

    ConsumerProtocolSubscription.TopicPartition = _s_TopicPartition  # type: ignore[attr-defined]
    return ConsumerProtocolSubscription
"""

_SOURCES['ControlRecordTypeSchema'] = r"""
def _build_ControlRecordTypeSchema() -> type[Message]:
    @dataclass(slots=True)
    class ControlRecordTypeSchema(Message):
        __qualname__ = 'ControlRecordTypeSchema'
        API_KEY: ClassVar[int | None] = None
        MESSAGE_TYPE: ClassVar[str] = 'data'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('type', 'Type', 'int16', versions=(0, MAXV)),
        )
        type: int = 0

    return ControlRecordTypeSchema
"""

_SOURCES['ControlledShutdownRequest'] = r"""
def _build_ControlledShutdownRequest() -> type[Message]:
    @dataclass(slots=True)
    class ControlledShutdownRequest(Message):
        __qualname__ = 'ControlledShutdownRequest'
        API_KEY: ClassVar[int | None] = 7
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, -1)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
        )

    return ControlledShutdownRequest
"""

_SOURCES['ControlledShutdownResponse'] = r"""
def _build_ControlledShutdownResponse() -> type[Message]:
    @dataclass(slots=True)
    class ControlledShutdownResponse(Message):
        __qualname__ = 'ControlledShutdownResponse'
        API_KEY: ClassVar[int | None] = 7
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, -1)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
        )

    return ControlledShutdownResponse
"""

_SOURCES['ControllerRegistrationRequest'] = r"""
def _build_ControllerRegistrationRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_Listener(Struct):
        __qualname__ = 'ControllerRegistrationRequest.Listener'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('port', 'Port', 'uint16', versions=(0, MAXV)),
            F('security_protocol', 'SecurityProtocol', 'int16', versions=(0, MAXV)),
        )
        name: str = ""
        host: str = ""
        port: int = 0
        security_protocol: int = 0

    _s_Listener.__name__ = 'Listener'

    @dataclass(slots=True)
    class _s_Feature(Struct):
        __qualname__ = 'ControllerRegistrationRequest.Feature'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('min_supported_version', 'MinSupportedVersion', 'int16', versions=(0, MAXV)),
            F('max_supported_version', 'MaxSupportedVersion', 'int16', versions=(0, MAXV)),
        )
        name: str = ""
        min_supported_version: int = 0
        max_supported_version: int = 0

    _s_Feature.__name__ = 'Feature'

    @dataclass(slots=True)
    class ControllerRegistrationRequest(Message):
        __qualname__ = 'ControllerRegistrationRequest'
        API_KEY: ClassVar[int | None] = 70
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('controller',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('controller_id', 'ControllerId', 'int32', versions=(0, MAXV)),
            F('incarnation_id', 'IncarnationId', 'uuid', versions=(0, MAXV)),
            F('zk_migration_ready', 'ZkMigrationReady', 'bool', versions=(0, MAXV)),
            F('listeners', 'Listeners', 'struct', array=True, struct='Listener', versions=(0, MAXV)),
            F('features', 'Features', 'struct', array=True, struct='Feature', versions=(0, MAXV)),
        )
        controller_id: int = 0
        incarnation_id: uuid.UUID = ZERO_UUID
        zk_migration_ready: bool = False
        listeners: list[ControllerRegistrationRequest.Listener] = field(default_factory=list)
        features: list[ControllerRegistrationRequest.Feature] = field(default_factory=list)

    ControllerRegistrationRequest.Listener = _s_Listener  # type: ignore[attr-defined]
    ControllerRegistrationRequest.Feature = _s_Feature  # type: ignore[attr-defined]
    return ControllerRegistrationRequest
"""

_SOURCES['ControllerRegistrationResponse'] = r"""
def _build_ControllerRegistrationResponse() -> type[Message]:
    @dataclass(slots=True)
    class ControllerRegistrationResponse(Message):
        __qualname__ = 'ControllerRegistrationResponse'
        API_KEY: ClassVar[int | None] = 70
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        error_message: str | None = ""

    return ControllerRegistrationResponse
"""

_SOURCES['CreateAclsRequest'] = r"""
def _build_CreateAclsRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_AclCreation(Struct):
        __qualname__ = 'CreateAclsRequest.AclCreation'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('resource_type', 'ResourceType', 'int8', versions=(0, MAXV)),
            F('resource_name', 'ResourceName', 'string', versions=(0, MAXV)),
            F('resource_pattern_type', 'ResourcePatternType', 'int8', versions=(1, MAXV)),
            F('principal', 'Principal', 'string', versions=(0, MAXV)),
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('operation', 'Operation', 'int8', versions=(0, MAXV)),
            F('permission_type', 'PermissionType', 'int8', versions=(0, MAXV)),
        )
        resource_type: int = 0
        resource_name: str = ""
        resource_pattern_type: int = 3
        principal: str = ""
        host: str = ""
        operation: int = 0
        permission_type: int = 0

    _s_AclCreation.__name__ = 'AclCreation'

    @dataclass(slots=True)
    class CreateAclsRequest(Message):
        __qualname__ = 'CreateAclsRequest'
        API_KEY: ClassVar[int | None] = 30
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 3)
        FLEXIBLE_FROM: ClassVar[int | None] = 2
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('creations', 'Creations', 'struct', array=True, struct='AclCreation', versions=(0, MAXV)),
        )
        creations: list[CreateAclsRequest.AclCreation] = field(default_factory=list)

    CreateAclsRequest.AclCreation = _s_AclCreation  # type: ignore[attr-defined]
    return CreateAclsRequest
"""

_SOURCES['CreateAclsResponse'] = r"""
def _build_CreateAclsResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_AclCreationResult(Struct):
        __qualname__ = 'CreateAclsResponse.AclCreationResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        error_code: int = 0
        error_message: str | None = ""

    _s_AclCreationResult.__name__ = 'AclCreationResult'

    @dataclass(slots=True)
    class CreateAclsResponse(Message):
        __qualname__ = 'CreateAclsResponse'
        API_KEY: ClassVar[int | None] = 30
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 3)
        FLEXIBLE_FROM: ClassVar[int | None] = 2
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('results', 'Results', 'struct', array=True, struct='AclCreationResult', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        results: list[CreateAclsResponse.AclCreationResult] = field(default_factory=list)

    CreateAclsResponse.AclCreationResult = _s_AclCreationResult  # type: ignore[attr-defined]
    return CreateAclsResponse
"""

_SOURCES['CreateDelegationTokenRequest'] = r"""
def _build_CreateDelegationTokenRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_CreatableRenewers(Struct):
        __qualname__ = 'CreateDelegationTokenRequest.CreatableRenewers'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('principal_type', 'PrincipalType', 'string', versions=(0, MAXV)),
            F('principal_name', 'PrincipalName', 'string', versions=(0, MAXV)),
        )
        principal_type: str = ""
        principal_name: str = ""

    _s_CreatableRenewers.__name__ = 'CreatableRenewers'

    @dataclass(slots=True)
    class CreateDelegationTokenRequest(Message):
        __qualname__ = 'CreateDelegationTokenRequest'
        API_KEY: ClassVar[int | None] = 38
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 3)
        FLEXIBLE_FROM: ClassVar[int | None] = 2
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('owner_principal_type', 'OwnerPrincipalType', 'string', versions=(3, MAXV), nullable=(3, MAXV)),
            F('owner_principal_name', 'OwnerPrincipalName', 'string', versions=(3, MAXV), nullable=(3, MAXV)),
            F('renewers', 'Renewers', 'struct', array=True, struct='CreatableRenewers', versions=(0, MAXV)),
            F('max_lifetime_ms', 'MaxLifetimeMs', 'int64', versions=(0, MAXV)),
        )
        owner_principal_type: str | None = ""
        owner_principal_name: str | None = ""
        renewers: list[CreateDelegationTokenRequest.CreatableRenewers] = field(default_factory=list)
        max_lifetime_ms: int = 0

    CreateDelegationTokenRequest.CreatableRenewers = _s_CreatableRenewers  # type: ignore[attr-defined]
    return CreateDelegationTokenRequest
"""

_SOURCES['CreateDelegationTokenResponse'] = r"""
def _build_CreateDelegationTokenResponse() -> type[Message]:
    @dataclass(slots=True)
    class CreateDelegationTokenResponse(Message):
        __qualname__ = 'CreateDelegationTokenResponse'
        API_KEY: ClassVar[int | None] = 38
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 3)
        FLEXIBLE_FROM: ClassVar[int | None] = 2
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('principal_type', 'PrincipalType', 'string', versions=(0, MAXV)),
            F('principal_name', 'PrincipalName', 'string', versions=(0, MAXV)),
            F('token_requester_principal_type', 'TokenRequesterPrincipalType', 'string', versions=(3, MAXV)),
            F('token_requester_principal_name', 'TokenRequesterPrincipalName', 'string', versions=(3, MAXV)),
            F('issue_timestamp_ms', 'IssueTimestampMs', 'int64', versions=(0, MAXV)),
            F('expiry_timestamp_ms', 'ExpiryTimestampMs', 'int64', versions=(0, MAXV)),
            F('max_timestamp_ms', 'MaxTimestampMs', 'int64', versions=(0, MAXV)),
            F('token_id', 'TokenId', 'string', versions=(0, MAXV)),
            F('hmac', 'Hmac', 'bytes', versions=(0, MAXV)),
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
        )
        error_code: int = 0
        principal_type: str = ""
        principal_name: str = ""
        token_requester_principal_type: str = ""
        token_requester_principal_name: str = ""
        issue_timestamp_ms: int = 0
        expiry_timestamp_ms: int = 0
        max_timestamp_ms: int = 0
        token_id: str = ""
        hmac: bytes = b""
        throttle_time_ms: int = 0

    return CreateDelegationTokenResponse
"""

_SOURCES['CreatePartitionsRequest'] = r"""
def _build_CreatePartitionsRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_CreatePartitionsAssignment(Struct):
        __qualname__ = 'CreatePartitionsRequest.CreatePartitionsAssignment'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('broker_ids', 'BrokerIds', 'int32', array=True, versions=(0, MAXV)),
        )
        broker_ids: list[int] = field(default_factory=list)

    _s_CreatePartitionsAssignment.__name__ = 'CreatePartitionsAssignment'

    @dataclass(slots=True)
    class _s_CreatePartitionsTopic(Struct):
        __qualname__ = 'CreatePartitionsRequest.CreatePartitionsTopic'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('count', 'Count', 'int32', versions=(0, MAXV)),
            F('assignments', 'Assignments', 'struct', array=True, struct='CreatePartitionsAssignment', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        name: str = ""
        count: int = 0
        assignments: list[CreatePartitionsRequest.CreatePartitionsAssignment] | None = field(default_factory=list)

    _s_CreatePartitionsTopic.__name__ = 'CreatePartitionsTopic'

    @dataclass(slots=True)
    class CreatePartitionsRequest(Message):
        __qualname__ = 'CreatePartitionsRequest'
        API_KEY: ClassVar[int | None] = 37
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 3)
        FLEXIBLE_FROM: ClassVar[int | None] = 2
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topics', 'Topics', 'struct', array=True, struct='CreatePartitionsTopic', versions=(0, MAXV)),
            F('timeout_ms', 'TimeoutMs', 'int32', versions=(0, MAXV)),
            F('validate_only', 'ValidateOnly', 'bool', versions=(0, MAXV)),
        )
        topics: list[CreatePartitionsRequest.CreatePartitionsTopic] = field(default_factory=list)
        timeout_ms: int = 0
        validate_only: bool = False

    CreatePartitionsRequest.CreatePartitionsAssignment = _s_CreatePartitionsAssignment  # type: ignore[attr-defined]
    CreatePartitionsRequest.CreatePartitionsTopic = _s_CreatePartitionsTopic  # type: ignore[attr-defined]
    return CreatePartitionsRequest
"""

_SOURCES['CreatePartitionsResponse'] = r"""
def _build_CreatePartitionsResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_CreatePartitionsTopicResult(Struct):
        __qualname__ = 'CreatePartitionsResponse.CreatePartitionsTopicResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        name: str = ""
        error_code: int = 0
        error_message: str | None = None

    _s_CreatePartitionsTopicResult.__name__ = 'CreatePartitionsTopicResult'

    @dataclass(slots=True)
    class CreatePartitionsResponse(Message):
        __qualname__ = 'CreatePartitionsResponse'
        API_KEY: ClassVar[int | None] = 37
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 3)
        FLEXIBLE_FROM: ClassVar[int | None] = 2
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('results', 'Results', 'struct', array=True, struct='CreatePartitionsTopicResult', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        results: list[CreatePartitionsResponse.CreatePartitionsTopicResult] = field(default_factory=list)

    CreatePartitionsResponse.CreatePartitionsTopicResult = _s_CreatePartitionsTopicResult  # type: ignore[attr-defined]
    return CreatePartitionsResponse
"""

_SOURCES['CreateTopicsRequest'] = r"""
def _build_CreateTopicsRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_CreatableReplicaAssignment(Struct):
        __qualname__ = 'CreateTopicsRequest.CreatableReplicaAssignment'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('broker_ids', 'BrokerIds', 'int32', array=True, versions=(0, MAXV)),
        )
        partition_index: int = 0
        broker_ids: list[int] = field(default_factory=list)

    _s_CreatableReplicaAssignment.__name__ = 'CreatableReplicaAssignment'

    @dataclass(slots=True)
    class _s_CreatableTopicConfig(Struct):
        __qualname__ = 'CreateTopicsRequest.CreatableTopicConfig'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('value', 'Value', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        name: str = ""
        value: str | None = ""

    _s_CreatableTopicConfig.__name__ = 'CreatableTopicConfig'

    @dataclass(slots=True)
    class _s_CreatableTopic(Struct):
        __qualname__ = 'CreateTopicsRequest.CreatableTopic'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('num_partitions', 'NumPartitions', 'int32', versions=(0, MAXV)),
            F('replication_factor', 'ReplicationFactor', 'int16', versions=(0, MAXV)),
            F('assignments', 'Assignments', 'struct', array=True, struct='CreatableReplicaAssignment', versions=(0, MAXV)),
            F('configs', 'Configs', 'struct', array=True, struct='CreatableTopicConfig', versions=(0, MAXV)),
        )
        name: str = ""
        num_partitions: int = 0
        replication_factor: int = 0
        assignments: list[CreateTopicsRequest.CreatableReplicaAssignment] = field(default_factory=list)
        configs: list[CreateTopicsRequest.CreatableTopicConfig] = field(default_factory=list)

    _s_CreatableTopic.__name__ = 'CreatableTopic'

    @dataclass(slots=True)
    class CreateTopicsRequest(Message):
        __qualname__ = 'CreateTopicsRequest'
        API_KEY: ClassVar[int | None] = 19
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (2, 7)
        FLEXIBLE_FROM: ClassVar[int | None] = 5
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topics', 'Topics', 'struct', array=True, struct='CreatableTopic', versions=(0, MAXV)),
            F('timeout_ms', 'timeoutMs', 'int32', versions=(0, MAXV)),
            F('validate_only', 'validateOnly', 'bool', versions=(1, MAXV)),
        )
        topics: list[CreateTopicsRequest.CreatableTopic] = field(default_factory=list)
        timeout_ms: int = 60000
        validate_only: bool = False

    CreateTopicsRequest.CreatableReplicaAssignment = _s_CreatableReplicaAssignment  # type: ignore[attr-defined]
    CreateTopicsRequest.CreatableTopicConfig = _s_CreatableTopicConfig  # type: ignore[attr-defined]
    CreateTopicsRequest.CreatableTopic = _s_CreatableTopic  # type: ignore[attr-defined]
    return CreateTopicsRequest
"""

_SOURCES['CreateTopicsResponse'] = r"""
def _build_CreateTopicsResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_CreatableTopicConfigs(Struct):
        __qualname__ = 'CreateTopicsResponse.CreatableTopicConfigs'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(5, MAXV)),
            F('value', 'Value', 'string', versions=(5, MAXV), nullable=(5, MAXV)),
            F('read_only', 'ReadOnly', 'bool', versions=(5, MAXV)),
            F('config_source', 'ConfigSource', 'int8', versions=(5, MAXV), ignorable=True),
            F('is_sensitive', 'IsSensitive', 'bool', versions=(5, MAXV)),
        )
        name: str = ""
        value: str | None = ""
        read_only: bool = False
        config_source: int = -1
        is_sensitive: bool = False

    _s_CreatableTopicConfigs.__name__ = 'CreatableTopicConfigs'

    @dataclass(slots=True)
    class _s_CreatableTopicResult(Struct):
        __qualname__ = 'CreateTopicsResponse.CreatableTopicResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('topic_id', 'TopicId', 'uuid', versions=(7, MAXV), ignorable=True),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(1, MAXV), nullable=(0, MAXV), ignorable=True),
            F('topic_config_error_code', 'TopicConfigErrorCode', 'int16', versions=(5, MAXV), tag=0, tagged=(5, MAXV), ignorable=True),
            F('num_partitions', 'NumPartitions', 'int32', versions=(5, MAXV), ignorable=True),
            F('replication_factor', 'ReplicationFactor', 'int16', versions=(5, MAXV), ignorable=True),
            F('configs', 'Configs', 'struct', array=True, struct='CreatableTopicConfigs', versions=(5, MAXV), nullable=(5, MAXV), ignorable=True),
        )
        name: str = ""
        topic_id: uuid.UUID = ZERO_UUID
        error_code: int = 0
        error_message: str | None = ""
        topic_config_error_code: int = 0
        num_partitions: int = -1
        replication_factor: int = -1
        configs: list[CreateTopicsResponse.CreatableTopicConfigs] | None = field(default_factory=list)

    _s_CreatableTopicResult.__name__ = 'CreatableTopicResult'

    @dataclass(slots=True)
    class CreateTopicsResponse(Message):
        __qualname__ = 'CreateTopicsResponse'
        API_KEY: ClassVar[int | None] = 19
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (2, 7)
        FLEXIBLE_FROM: ClassVar[int | None] = 5
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(2, MAXV), ignorable=True),
            F('topics', 'Topics', 'struct', array=True, struct='CreatableTopicResult', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        topics: list[CreateTopicsResponse.CreatableTopicResult] = field(default_factory=list)

    CreateTopicsResponse.CreatableTopicConfigs = _s_CreatableTopicConfigs  # type: ignore[attr-defined]
    CreateTopicsResponse.CreatableTopicResult = _s_CreatableTopicResult  # type: ignore[attr-defined]
    return CreateTopicsResponse
"""

_SOURCES['DefaultPrincipalData'] = r"""
def _build_DefaultPrincipalData() -> type[Message]:
    @dataclass(slots=True)
    class DefaultPrincipalData(Message):
        __qualname__ = 'DefaultPrincipalData'
        API_KEY: ClassVar[int | None] = None
        MESSAGE_TYPE: ClassVar[str] = 'data'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('type', 'Type', 'string', versions=(0, MAXV)),
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('token_authenticated', 'TokenAuthenticated', 'bool', versions=(0, MAXV)),
        )
        type: str = ""
        name: str = ""
        token_authenticated: bool = False

    return DefaultPrincipalData
"""

_SOURCES['DelegationTokenRecord'] = r"""
def _build_DelegationTokenRecord() -> type[Message]:
    @dataclass(slots=True)
    class DelegationTokenRecord(Message):
        __qualname__ = 'DelegationTokenRecord'
        API_KEY: ClassVar[int | None] = 10
        MESSAGE_TYPE: ClassVar[str] = 'metadata'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('owner', 'Owner', 'string', versions=(0, MAXV)),
            F('requester', 'Requester', 'string', versions=(0, MAXV)),
            F('renewers', 'Renewers', 'string', array=True, versions=(0, MAXV)),
            F('issue_timestamp', 'IssueTimestamp', 'int64', versions=(0, MAXV)),
            F('max_timestamp', 'MaxTimestamp', 'int64', versions=(0, MAXV)),
            F('expiration_timestamp', 'ExpirationTimestamp', 'int64', versions=(0, MAXV)),
            F('token_id', 'TokenId', 'string', versions=(0, MAXV)),
        )
        owner: str = ""
        requester: str = ""
        renewers: list[str] = field(default_factory=list)
        issue_timestamp: int = 0
        max_timestamp: int = 0
        expiration_timestamp: int = 0
        token_id: str = ""

    return DelegationTokenRecord
"""

_SOURCES['DeleteAclsRequest'] = r"""
def _build_DeleteAclsRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_DeleteAclsFilter(Struct):
        __qualname__ = 'DeleteAclsRequest.DeleteAclsFilter'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('resource_type_filter', 'ResourceTypeFilter', 'int8', versions=(0, MAXV)),
            F('resource_name_filter', 'ResourceNameFilter', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('pattern_type_filter', 'PatternTypeFilter', 'int8', versions=(1, MAXV)),
            F('principal_filter', 'PrincipalFilter', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('host_filter', 'HostFilter', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('operation', 'Operation', 'int8', versions=(0, MAXV)),
            F('permission_type', 'PermissionType', 'int8', versions=(0, MAXV)),
        )
        resource_type_filter: int = 0
        resource_name_filter: str | None = ""
        pattern_type_filter: int = 3
        principal_filter: str | None = ""
        host_filter: str | None = ""
        operation: int = 0
        permission_type: int = 0

    _s_DeleteAclsFilter.__name__ = 'DeleteAclsFilter'

    @dataclass(slots=True)
    class DeleteAclsRequest(Message):
        __qualname__ = 'DeleteAclsRequest'
        API_KEY: ClassVar[int | None] = 31
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 3)
        FLEXIBLE_FROM: ClassVar[int | None] = 2
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('filters', 'Filters', 'struct', array=True, struct='DeleteAclsFilter', versions=(0, MAXV)),
        )
        filters: list[DeleteAclsRequest.DeleteAclsFilter] = field(default_factory=list)

    DeleteAclsRequest.DeleteAclsFilter = _s_DeleteAclsFilter  # type: ignore[attr-defined]
    return DeleteAclsRequest
"""

_SOURCES['DeleteAclsResponse'] = r"""
def _build_DeleteAclsResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_DeleteAclsMatchingAcl(Struct):
        __qualname__ = 'DeleteAclsResponse.DeleteAclsMatchingAcl'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('resource_type', 'ResourceType', 'int8', versions=(0, MAXV)),
            F('resource_name', 'ResourceName', 'string', versions=(0, MAXV)),
            F('pattern_type', 'PatternType', 'int8', versions=(1, MAXV)),
            F('principal', 'Principal', 'string', versions=(0, MAXV)),
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('operation', 'Operation', 'int8', versions=(0, MAXV)),
            F('permission_type', 'PermissionType', 'int8', versions=(0, MAXV)),
        )
        error_code: int = 0
        error_message: str | None = ""
        resource_type: int = 0
        resource_name: str = ""
        pattern_type: int = 3
        principal: str = ""
        host: str = ""
        operation: int = 0
        permission_type: int = 0

    _s_DeleteAclsMatchingAcl.__name__ = 'DeleteAclsMatchingAcl'

    @dataclass(slots=True)
    class _s_DeleteAclsFilterResult(Struct):
        __qualname__ = 'DeleteAclsResponse.DeleteAclsFilterResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('matching_acls', 'MatchingAcls', 'struct', array=True, struct='DeleteAclsMatchingAcl', versions=(0, MAXV)),
        )
        error_code: int = 0
        error_message: str | None = ""
        matching_acls: list[DeleteAclsResponse.DeleteAclsMatchingAcl] = field(default_factory=list)

    _s_DeleteAclsFilterResult.__name__ = 'DeleteAclsFilterResult'

    @dataclass(slots=True)
    class DeleteAclsResponse(Message):
        __qualname__ = 'DeleteAclsResponse'
        API_KEY: ClassVar[int | None] = 31
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 3)
        FLEXIBLE_FROM: ClassVar[int | None] = 2
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('filter_results', 'FilterResults', 'struct', array=True, struct='DeleteAclsFilterResult', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        filter_results: list[DeleteAclsResponse.DeleteAclsFilterResult] = field(default_factory=list)

    DeleteAclsResponse.DeleteAclsMatchingAcl = _s_DeleteAclsMatchingAcl  # type: ignore[attr-defined]
    DeleteAclsResponse.DeleteAclsFilterResult = _s_DeleteAclsFilterResult  # type: ignore[attr-defined]
    return DeleteAclsResponse
"""

_SOURCES['DeleteGroupsRequest'] = r"""
def _build_DeleteGroupsRequest() -> type[Message]:
    @dataclass(slots=True)
    class DeleteGroupsRequest(Message):
        __qualname__ = 'DeleteGroupsRequest'
        API_KEY: ClassVar[int | None] = 42
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 2
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('groups_names', 'GroupsNames', 'string', array=True, versions=(0, MAXV)),
        )
        groups_names: list[str] = field(default_factory=list)

    return DeleteGroupsRequest
"""

_SOURCES['DeleteGroupsResponse'] = r"""
def _build_DeleteGroupsResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_DeletableGroupResult(Struct):
        __qualname__ = 'DeleteGroupsResponse.DeletableGroupResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
        )
        group_id: str = ""
        error_code: int = 0

    _s_DeletableGroupResult.__name__ = 'DeletableGroupResult'

    @dataclass(slots=True)
    class DeleteGroupsResponse(Message):
        __qualname__ = 'DeleteGroupsResponse'
        API_KEY: ClassVar[int | None] = 42
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 2
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('results', 'Results', 'struct', array=True, struct='DeletableGroupResult', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        results: list[DeleteGroupsResponse.DeletableGroupResult] = field(default_factory=list)

    DeleteGroupsResponse.DeletableGroupResult = _s_DeletableGroupResult  # type: ignore[attr-defined]
    return DeleteGroupsResponse
"""

_SOURCES['DeleteRecordsRequest'] = r"""
def _build_DeleteRecordsRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_DeleteRecordsPartition(Struct):
        __qualname__ = 'DeleteRecordsRequest.DeleteRecordsPartition'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('offset', 'Offset', 'int64', versions=(0, MAXV)),
        )
        partition_index: int = 0
        offset: int = 0

    _s_DeleteRecordsPartition.__name__ = 'DeleteRecordsPartition'

    @dataclass(slots=True)
    class _s_DeleteRecordsTopic(Struct):
        __qualname__ = 'DeleteRecordsRequest.DeleteRecordsTopic'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='DeleteRecordsPartition', versions=(0, MAXV)),
        )
        name: str = ""
        partitions: list[DeleteRecordsRequest.DeleteRecordsPartition] = field(default_factory=list)

    _s_DeleteRecordsTopic.__name__ = 'DeleteRecordsTopic'

    @dataclass(slots=True)
    class DeleteRecordsRequest(Message):
        __qualname__ = 'DeleteRecordsRequest'
        API_KEY: ClassVar[int | None] = 21
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 2
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topics', 'Topics', 'struct', array=True, struct='DeleteRecordsTopic', versions=(0, MAXV)),
            F('timeout_ms', 'TimeoutMs', 'int32', versions=(0, MAXV)),
        )
        topics: list[DeleteRecordsRequest.DeleteRecordsTopic] = field(default_factory=list)
        timeout_ms: int = 0

    DeleteRecordsRequest.DeleteRecordsPartition = _s_DeleteRecordsPartition  # type: ignore[attr-defined]
    DeleteRecordsRequest.DeleteRecordsTopic = _s_DeleteRecordsTopic  # type: ignore[attr-defined]
    return DeleteRecordsRequest
"""

_SOURCES['DeleteRecordsResponse'] = r"""
def _build_DeleteRecordsResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_DeleteRecordsPartitionResult(Struct):
        __qualname__ = 'DeleteRecordsResponse.DeleteRecordsPartitionResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('low_watermark', 'LowWatermark', 'int64', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
        )
        partition_index: int = 0
        low_watermark: int = 0
        error_code: int = 0

    _s_DeleteRecordsPartitionResult.__name__ = 'DeleteRecordsPartitionResult'

    @dataclass(slots=True)
    class _s_DeleteRecordsTopicResult(Struct):
        __qualname__ = 'DeleteRecordsResponse.DeleteRecordsTopicResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='DeleteRecordsPartitionResult', versions=(0, MAXV)),
        )
        name: str = ""
        partitions: list[DeleteRecordsResponse.DeleteRecordsPartitionResult] = field(default_factory=list)

    _s_DeleteRecordsTopicResult.__name__ = 'DeleteRecordsTopicResult'

    @dataclass(slots=True)
    class DeleteRecordsResponse(Message):
        __qualname__ = 'DeleteRecordsResponse'
        API_KEY: ClassVar[int | None] = 21
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 2
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='DeleteRecordsTopicResult', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        topics: list[DeleteRecordsResponse.DeleteRecordsTopicResult] = field(default_factory=list)

    DeleteRecordsResponse.DeleteRecordsPartitionResult = _s_DeleteRecordsPartitionResult  # type: ignore[attr-defined]
    DeleteRecordsResponse.DeleteRecordsTopicResult = _s_DeleteRecordsTopicResult  # type: ignore[attr-defined]
    return DeleteRecordsResponse
"""

_SOURCES['DeleteShareGroupOffsetsRequest'] = r"""
def _build_DeleteShareGroupOffsetsRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_DeleteShareGroupOffsetsRequestTopic(Struct):
        __qualname__ = 'DeleteShareGroupOffsetsRequest.DeleteShareGroupOffsetsRequestTopic'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
        )
        topic_name: str = ""

    _s_DeleteShareGroupOffsetsRequestTopic.__name__ = 'DeleteShareGroupOffsetsRequestTopic'

    @dataclass(slots=True)
    class DeleteShareGroupOffsetsRequest(Message):
        __qualname__ = 'DeleteShareGroupOffsetsRequest'
        API_KEY: ClassVar[int | None] = 92
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='DeleteShareGroupOffsetsRequestTopic', versions=(0, MAXV)),
        )
        group_id: str = ""
        topics: list[DeleteShareGroupOffsetsRequest.DeleteShareGroupOffsetsRequestTopic] = field(default_factory=list)

    DeleteShareGroupOffsetsRequest.DeleteShareGroupOffsetsRequestTopic = _s_DeleteShareGroupOffsetsRequestTopic  # type: ignore[attr-defined]
    return DeleteShareGroupOffsetsRequest
"""

_SOURCES['DeleteShareGroupOffsetsResponse'] = r"""
def _build_DeleteShareGroupOffsetsResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_DeleteShareGroupOffsetsResponseTopic(Struct):
        __qualname__ = 'DeleteShareGroupOffsetsResponse.DeleteShareGroupOffsetsResponseTopic'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        topic_name: str = ""
        topic_id: uuid.UUID = ZERO_UUID
        error_code: int = 0
        error_message: str | None = None

    _s_DeleteShareGroupOffsetsResponseTopic.__name__ = 'DeleteShareGroupOffsetsResponseTopic'

    @dataclass(slots=True)
    class DeleteShareGroupOffsetsResponse(Message):
        __qualname__ = 'DeleteShareGroupOffsetsResponse'
        API_KEY: ClassVar[int | None] = 92
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('responses', 'Responses', 'struct', array=True, struct='DeleteShareGroupOffsetsResponseTopic', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        error_message: str | None = None
        responses: list[DeleteShareGroupOffsetsResponse.DeleteShareGroupOffsetsResponseTopic] = field(default_factory=list)

    DeleteShareGroupOffsetsResponse.DeleteShareGroupOffsetsResponseTopic = _s_DeleteShareGroupOffsetsResponseTopic  # type: ignore[attr-defined]
    return DeleteShareGroupOffsetsResponse
"""

_SOURCES['DeleteShareGroupStateRequest'] = r"""
def _build_DeleteShareGroupStateRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_PartitionData(Struct):
        __qualname__ = 'DeleteShareGroupStateRequest.PartitionData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition', 'Partition', 'int32', versions=(0, MAXV)),
        )
        partition: int = 0

    _s_PartitionData.__name__ = 'PartitionData'

    @dataclass(slots=True)
    class _s_DeleteStateData(Struct):
        __qualname__ = 'DeleteShareGroupStateRequest.DeleteStateData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[DeleteShareGroupStateRequest.PartitionData] = field(default_factory=list)

    _s_DeleteStateData.__name__ = 'DeleteStateData'

    @dataclass(slots=True)
    class DeleteShareGroupStateRequest(Message):
        __qualname__ = 'DeleteShareGroupStateRequest'
        API_KEY: ClassVar[int | None] = 86
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='DeleteStateData', versions=(0, MAXV)),
        )
        group_id: str = ""
        topics: list[DeleteShareGroupStateRequest.DeleteStateData] = field(default_factory=list)

    DeleteShareGroupStateRequest.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    DeleteShareGroupStateRequest.DeleteStateData = _s_DeleteStateData  # type: ignore[attr-defined]
    return DeleteShareGroupStateRequest
"""

_SOURCES['DeleteShareGroupStateResponse'] = r"""
def _build_DeleteShareGroupStateResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_PartitionResult(Struct):
        __qualname__ = 'DeleteShareGroupStateResponse.PartitionResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition', 'Partition', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        partition: int = 0
        error_code: int = 0
        error_message: str | None = None

    _s_PartitionResult.__name__ = 'PartitionResult'

    @dataclass(slots=True)
    class _s_DeleteStateResult(Struct):
        __qualname__ = 'DeleteShareGroupStateResponse.DeleteStateResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionResult', versions=(0, MAXV)),
        )
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[DeleteShareGroupStateResponse.PartitionResult] = field(default_factory=list)

    _s_DeleteStateResult.__name__ = 'DeleteStateResult'

    @dataclass(slots=True)
    class DeleteShareGroupStateResponse(Message):
        __qualname__ = 'DeleteShareGroupStateResponse'
        API_KEY: ClassVar[int | None] = 86
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('results', 'Results', 'struct', array=True, struct='DeleteStateResult', versions=(0, MAXV)),
        )
        results: list[DeleteShareGroupStateResponse.DeleteStateResult] = field(default_factory=list)

    DeleteShareGroupStateResponse.PartitionResult = _s_PartitionResult  # type: ignore[attr-defined]
    DeleteShareGroupStateResponse.DeleteStateResult = _s_DeleteStateResult  # type: ignore[attr-defined]
    return DeleteShareGroupStateResponse
"""

_SOURCES['DeleteTopicsRequest'] = r"""
def _build_DeleteTopicsRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_DeleteTopicState(Struct):
        __qualname__ = 'DeleteTopicsRequest.DeleteTopicState'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(6, MAXV), nullable=(6, MAXV)),
            F('topic_id', 'TopicId', 'uuid', versions=(6, MAXV)),
        )
        name: str | None = None
        topic_id: uuid.UUID = ZERO_UUID

    _s_DeleteTopicState.__name__ = 'DeleteTopicState'

    @dataclass(slots=True)
    class DeleteTopicsRequest(Message):
        __qualname__ = 'DeleteTopicsRequest'
        API_KEY: ClassVar[int | None] = 20
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 6)
        FLEXIBLE_FROM: ClassVar[int | None] = 4
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topics', 'Topics', 'struct', array=True, struct='DeleteTopicState', versions=(6, MAXV)),
            F('topic_names', 'TopicNames', 'string', array=True, versions=(0, 5), ignorable=True),
            F('timeout_ms', 'TimeoutMs', 'int32', versions=(0, MAXV)),
        )
        topics: list[DeleteTopicsRequest.DeleteTopicState] = field(default_factory=list)
        topic_names: list[str] = field(default_factory=list)
        timeout_ms: int = 0

    DeleteTopicsRequest.DeleteTopicState = _s_DeleteTopicState  # type: ignore[attr-defined]
    return DeleteTopicsRequest
"""

_SOURCES['DeleteTopicsResponse'] = r"""
def _build_DeleteTopicsResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_DeletableTopicResult(Struct):
        __qualname__ = 'DeleteTopicsResponse.DeletableTopicResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV), nullable=(6, MAXV)),
            F('topic_id', 'TopicId', 'uuid', versions=(6, MAXV), ignorable=True),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(5, MAXV), nullable=(5, MAXV), ignorable=True),
        )
        name: str | None = ""
        topic_id: uuid.UUID = ZERO_UUID
        error_code: int = 0
        error_message: str | None = None

    _s_DeletableTopicResult.__name__ = 'DeletableTopicResult'

    @dataclass(slots=True)
    class DeleteTopicsResponse(Message):
        __qualname__ = 'DeleteTopicsResponse'
        API_KEY: ClassVar[int | None] = 20
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 6)
        FLEXIBLE_FROM: ClassVar[int | None] = 4
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(1, MAXV), ignorable=True),
            F('responses', 'Responses', 'struct', array=True, struct='DeletableTopicResult', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        responses: list[DeleteTopicsResponse.DeletableTopicResult] = field(default_factory=list)

    DeleteTopicsResponse.DeletableTopicResult = _s_DeletableTopicResult  # type: ignore[attr-defined]
    return DeleteTopicsResponse
"""

_SOURCES['DescribeAclsRequest'] = r"""
def _build_DescribeAclsRequest() -> type[Message]:
    @dataclass(slots=True)
    class DescribeAclsRequest(Message):
        __qualname__ = 'DescribeAclsRequest'
        API_KEY: ClassVar[int | None] = 29
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 3)
        FLEXIBLE_FROM: ClassVar[int | None] = 2
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('resource_type_filter', 'ResourceTypeFilter', 'int8', versions=(0, MAXV)),
            F('resource_name_filter', 'ResourceNameFilter', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('pattern_type_filter', 'PatternTypeFilter', 'int8', versions=(1, MAXV)),
            F('principal_filter', 'PrincipalFilter', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('host_filter', 'HostFilter', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('operation', 'Operation', 'int8', versions=(0, MAXV)),
            F('permission_type', 'PermissionType', 'int8', versions=(0, MAXV)),
        )
        resource_type_filter: int = 0
        resource_name_filter: str | None = ""
        pattern_type_filter: int = 3
        principal_filter: str | None = ""
        host_filter: str | None = ""
        operation: int = 0
        permission_type: int = 0

    return DescribeAclsRequest
"""

_SOURCES['DescribeAclsResponse'] = r"""
def _build_DescribeAclsResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_AclDescription(Struct):
        __qualname__ = 'DescribeAclsResponse.AclDescription'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('principal', 'Principal', 'string', versions=(0, MAXV)),
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('operation', 'Operation', 'int8', versions=(0, MAXV)),
            F('permission_type', 'PermissionType', 'int8', versions=(0, MAXV)),
        )
        principal: str = ""
        host: str = ""
        operation: int = 0
        permission_type: int = 0

    _s_AclDescription.__name__ = 'AclDescription'

    @dataclass(slots=True)
    class _s_DescribeAclsResource(Struct):
        __qualname__ = 'DescribeAclsResponse.DescribeAclsResource'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('resource_type', 'ResourceType', 'int8', versions=(0, MAXV)),
            F('resource_name', 'ResourceName', 'string', versions=(0, MAXV)),
            F('pattern_type', 'PatternType', 'int8', versions=(1, MAXV)),
            F('acls', 'Acls', 'struct', array=True, struct='AclDescription', versions=(0, MAXV)),
        )
        resource_type: int = 0
        resource_name: str = ""
        pattern_type: int = 3
        acls: list[DescribeAclsResponse.AclDescription] = field(default_factory=list)

    _s_DescribeAclsResource.__name__ = 'DescribeAclsResource'

    @dataclass(slots=True)
    class DescribeAclsResponse(Message):
        __qualname__ = 'DescribeAclsResponse'
        API_KEY: ClassVar[int | None] = 29
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 3)
        FLEXIBLE_FROM: ClassVar[int | None] = 2
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('resources', 'Resources', 'struct', array=True, struct='DescribeAclsResource', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        error_message: str | None = ""
        resources: list[DescribeAclsResponse.DescribeAclsResource] = field(default_factory=list)

    DescribeAclsResponse.AclDescription = _s_AclDescription  # type: ignore[attr-defined]
    DescribeAclsResponse.DescribeAclsResource = _s_DescribeAclsResource  # type: ignore[attr-defined]
    return DescribeAclsResponse
"""

_SOURCES['DescribeClientQuotasRequest'] = r"""
def _build_DescribeClientQuotasRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_ComponentData(Struct):
        __qualname__ = 'DescribeClientQuotasRequest.ComponentData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('entity_type', 'EntityType', 'string', versions=(0, MAXV)),
            F('match_type', 'MatchType', 'int8', versions=(0, MAXV)),
            F('match', 'Match', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        entity_type: str = ""
        match_type: int = 0
        match: str | None = ""

    _s_ComponentData.__name__ = 'ComponentData'

    @dataclass(slots=True)
    class DescribeClientQuotasRequest(Message):
        __qualname__ = 'DescribeClientQuotasRequest'
        API_KEY: ClassVar[int | None] = 48
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 1
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('components', 'Components', 'struct', array=True, struct='ComponentData', versions=(0, MAXV)),
            F('strict', 'Strict', 'bool', versions=(0, MAXV)),
        )
        components: list[DescribeClientQuotasRequest.ComponentData] = field(default_factory=list)
        strict: bool = False

    DescribeClientQuotasRequest.ComponentData = _s_ComponentData  # type: ignore[attr-defined]
    return DescribeClientQuotasRequest
"""

_SOURCES['DescribeClientQuotasResponse'] = r"""
def _build_DescribeClientQuotasResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_EntityData(Struct):
        __qualname__ = 'DescribeClientQuotasResponse.EntityData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('entity_type', 'EntityType', 'string', versions=(0, MAXV)),
            F('entity_name', 'EntityName', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        entity_type: str = ""
        entity_name: str | None = ""

    _s_EntityData.__name__ = 'EntityData'

    @dataclass(slots=True)
    class _s_ValueData(Struct):
        __qualname__ = 'DescribeClientQuotasResponse.ValueData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('key', 'Key', 'string', versions=(0, MAXV)),
            F('value', 'Value', 'float64', versions=(0, MAXV)),
        )
        key: str = ""
        value: float = 0.0

    _s_ValueData.__name__ = 'ValueData'

    @dataclass(slots=True)
    class _s_EntryData(Struct):
        __qualname__ = 'DescribeClientQuotasResponse.EntryData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('entity', 'Entity', 'struct', array=True, struct='EntityData', versions=(0, MAXV)),
            F('values', 'Values', 'struct', array=True, struct='ValueData', versions=(0, MAXV)),
        )
        entity: list[DescribeClientQuotasResponse.EntityData] = field(default_factory=list)
        values: list[DescribeClientQuotasResponse.ValueData] = field(default_factory=list)

    _s_EntryData.__name__ = 'EntryData'

    @dataclass(slots=True)
    class DescribeClientQuotasResponse(Message):
        __qualname__ = 'DescribeClientQuotasResponse'
        API_KEY: ClassVar[int | None] = 48
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 1
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('entries', 'Entries', 'struct', array=True, struct='EntryData', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        error_message: str | None = ""
        entries: list[DescribeClientQuotasResponse.EntryData] | None = field(default_factory=list)

    DescribeClientQuotasResponse.EntityData = _s_EntityData  # type: ignore[attr-defined]
    DescribeClientQuotasResponse.ValueData = _s_ValueData  # type: ignore[attr-defined]
    DescribeClientQuotasResponse.EntryData = _s_EntryData  # type: ignore[attr-defined]
    return DescribeClientQuotasResponse
"""

_SOURCES['DescribeClusterRequest'] = r"""
def _build_DescribeClusterRequest() -> type[Message]:
    @dataclass(slots=True)
    class DescribeClusterRequest(Message):
        __qualname__ = 'DescribeClusterRequest'
        API_KEY: ClassVar[int | None] = 60
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('include_cluster_authorized_operations', 'IncludeClusterAuthorizedOperations', 'bool', versions=(0, MAXV)),
            F('endpoint_type', 'EndpointType', 'int8', versions=(1, MAXV)),
            F('include_fenced_brokers', 'IncludeFencedBrokers', 'bool', versions=(2, MAXV)),
        )
        include_cluster_authorized_operations: bool = False
        endpoint_type: int = 1
        include_fenced_brokers: bool = False

    return DescribeClusterRequest
"""

_SOURCES['DescribeClusterResponse'] = r"""
def _build_DescribeClusterResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_DescribeClusterBroker(Struct):
        __qualname__ = 'DescribeClusterResponse.DescribeClusterBroker'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('broker_id', 'BrokerId', 'int32', versions=(0, MAXV)),
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('port', 'Port', 'int32', versions=(0, MAXV)),
            F('rack', 'Rack', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('is_fenced', 'IsFenced', 'bool', versions=(2, MAXV)),
        )
        broker_id: int = 0
        host: str = ""
        port: int = 0
        rack: str | None = None
        is_fenced: bool = False

    _s_DescribeClusterBroker.__name__ = 'DescribeClusterBroker'

    @dataclass(slots=True)
    class DescribeClusterResponse(Message):
        __qualname__ = 'DescribeClusterResponse'
        API_KEY: ClassVar[int | None] = 60
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('endpoint_type', 'EndpointType', 'int8', versions=(1, MAXV)),
            F('cluster_id', 'ClusterId', 'string', versions=(0, MAXV)),
            F('controller_id', 'ControllerId', 'int32', versions=(0, MAXV)),
            F('brokers', 'Brokers', 'struct', array=True, struct='DescribeClusterBroker', versions=(0, MAXV)),
            F('cluster_authorized_operations', 'ClusterAuthorizedOperations', 'int32', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        error_message: str | None = None
        endpoint_type: int = 1
        cluster_id: str = ""
        controller_id: int = -1
        brokers: list[DescribeClusterResponse.DescribeClusterBroker] = field(default_factory=list)
        cluster_authorized_operations: int = -2147483648

    DescribeClusterResponse.DescribeClusterBroker = _s_DescribeClusterBroker  # type: ignore[attr-defined]
    return DescribeClusterResponse
"""

_SOURCES['DescribeConfigsRequest'] = r"""
def _build_DescribeConfigsRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_DescribeConfigsResource(Struct):
        __qualname__ = 'DescribeConfigsRequest.DescribeConfigsResource'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('resource_type', 'ResourceType', 'int8', versions=(0, MAXV)),
            F('resource_name', 'ResourceName', 'string', versions=(0, MAXV)),
            F('configuration_keys', 'ConfigurationKeys', 'string', array=True, versions=(0, MAXV), nullable=(0, MAXV)),
        )
        resource_type: int = 0
        resource_name: str = ""
        configuration_keys: list[str] | None = field(default_factory=list)

    _s_DescribeConfigsResource.__name__ = 'DescribeConfigsResource'

    @dataclass(slots=True)
    class DescribeConfigsRequest(Message):
        __qualname__ = 'DescribeConfigsRequest'
        API_KEY: ClassVar[int | None] = 32
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 4)
        FLEXIBLE_FROM: ClassVar[int | None] = 4
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('resources', 'Resources', 'struct', array=True, struct='DescribeConfigsResource', versions=(0, MAXV)),
            F('include_synonyms', 'IncludeSynonyms', 'bool', versions=(1, MAXV)),
            F('include_documentation', 'IncludeDocumentation', 'bool', versions=(3, MAXV)),
        )
        resources: list[DescribeConfigsRequest.DescribeConfigsResource] = field(default_factory=list)
        include_synonyms: bool = False
        include_documentation: bool = False

    DescribeConfigsRequest.DescribeConfigsResource = _s_DescribeConfigsResource  # type: ignore[attr-defined]
    return DescribeConfigsRequest
"""

_SOURCES['DescribeConfigsResponse'] = r"""
def _build_DescribeConfigsResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_DescribeConfigsSynonym(Struct):
        __qualname__ = 'DescribeConfigsResponse.DescribeConfigsSynonym'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(1, MAXV)),
            F('value', 'Value', 'string', versions=(1, MAXV), nullable=(0, MAXV)),
            F('source', 'Source', 'int8', versions=(1, MAXV)),
        )
        name: str = ""
        value: str | None = ""
        source: int = 0

    _s_DescribeConfigsSynonym.__name__ = 'DescribeConfigsSynonym'

    @dataclass(slots=True)
    class _s_DescribeConfigsResourceResult(Struct):
        __qualname__ = 'DescribeConfigsResponse.DescribeConfigsResourceResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('value', 'Value', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('read_only', 'ReadOnly', 'bool', versions=(0, MAXV)),
            F('config_source', 'ConfigSource', 'int8', versions=(1, MAXV), ignorable=True),
            F('is_sensitive', 'IsSensitive', 'bool', versions=(0, MAXV)),
            F('synonyms', 'Synonyms', 'struct', array=True, struct='DescribeConfigsSynonym', versions=(1, MAXV), ignorable=True),
            F('config_type', 'ConfigType', 'int8', versions=(3, MAXV), ignorable=True),
            F('documentation', 'Documentation', 'string', versions=(3, MAXV), nullable=(0, MAXV), ignorable=True),
        )
        name: str = ""
        value: str | None = ""
        read_only: bool = False
        config_source: int = -1
        is_sensitive: bool = False
        synonyms: list[DescribeConfigsResponse.DescribeConfigsSynonym] = field(default_factory=list)
        config_type: int = 0
        documentation: str | None = ""

    _s_DescribeConfigsResourceResult.__name__ = 'DescribeConfigsResourceResult'

    @dataclass(slots=True)
    class _s_DescribeConfigsResult(Struct):
        __qualname__ = 'DescribeConfigsResponse.DescribeConfigsResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('resource_type', 'ResourceType', 'int8', versions=(0, MAXV)),
            F('resource_name', 'ResourceName', 'string', versions=(0, MAXV)),
            F('configs', 'Configs', 'struct', array=True, struct='DescribeConfigsResourceResult', versions=(0, MAXV)),
        )
        error_code: int = 0
        error_message: str | None = ""
        resource_type: int = 0
        resource_name: str = ""
        configs: list[DescribeConfigsResponse.DescribeConfigsResourceResult] = field(default_factory=list)

    _s_DescribeConfigsResult.__name__ = 'DescribeConfigsResult'

    @dataclass(slots=True)
    class DescribeConfigsResponse(Message):
        __qualname__ = 'DescribeConfigsResponse'
        API_KEY: ClassVar[int | None] = 32
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 4)
        FLEXIBLE_FROM: ClassVar[int | None] = 4
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('results', 'Results', 'struct', array=True, struct='DescribeConfigsResult', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        results: list[DescribeConfigsResponse.DescribeConfigsResult] = field(default_factory=list)

    DescribeConfigsResponse.DescribeConfigsSynonym = _s_DescribeConfigsSynonym  # type: ignore[attr-defined]
    DescribeConfigsResponse.DescribeConfigsResourceResult = _s_DescribeConfigsResourceResult  # type: ignore[attr-defined]
    DescribeConfigsResponse.DescribeConfigsResult = _s_DescribeConfigsResult  # type: ignore[attr-defined]
    return DescribeConfigsResponse
"""

_SOURCES['DescribeDelegationTokenRequest'] = r"""
def _build_DescribeDelegationTokenRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_DescribeDelegationTokenOwner(Struct):
        __qualname__ = 'DescribeDelegationTokenRequest.DescribeDelegationTokenOwner'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('principal_type', 'PrincipalType', 'string', versions=(0, MAXV)),
            F('principal_name', 'PrincipalName', 'string', versions=(0, MAXV)),
        )
        principal_type: str = ""
        principal_name: str = ""

    _s_DescribeDelegationTokenOwner.__name__ = 'DescribeDelegationTokenOwner'

    @dataclass(slots=True)
    class DescribeDelegationTokenRequest(Message):
        __qualname__ = 'DescribeDelegationTokenRequest'
        API_KEY: ClassVar[int | None] = 41
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 3)
        FLEXIBLE_FROM: ClassVar[int | None] = 2
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('owners', 'Owners', 'struct', array=True, struct='DescribeDelegationTokenOwner', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        owners: list[DescribeDelegationTokenRequest.DescribeDelegationTokenOwner] | None = field(default_factory=list)

    DescribeDelegationTokenRequest.DescribeDelegationTokenOwner = _s_DescribeDelegationTokenOwner  # type: ignore[attr-defined]
    return DescribeDelegationTokenRequest
"""

_SOURCES['DescribeDelegationTokenResponse'] = r"""
def _build_DescribeDelegationTokenResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_DescribedDelegationTokenRenewer(Struct):
        __qualname__ = 'DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('principal_type', 'PrincipalType', 'string', versions=(0, MAXV)),
            F('principal_name', 'PrincipalName', 'string', versions=(0, MAXV)),
        )
        principal_type: str = ""
        principal_name: str = ""

    _s_DescribedDelegationTokenRenewer.__name__ = 'DescribedDelegationTokenRenewer'

    @dataclass(slots=True)
    class _s_DescribedDelegationToken(Struct):
        __qualname__ = 'DescribeDelegationTokenResponse.DescribedDelegationToken'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('principal_type', 'PrincipalType', 'string', versions=(0, MAXV)),
            F('principal_name', 'PrincipalName', 'string', versions=(0, MAXV)),
            F('token_requester_principal_type', 'TokenRequesterPrincipalType', 'string', versions=(3, MAXV)),
            F('token_requester_principal_name', 'TokenRequesterPrincipalName', 'string', versions=(3, MAXV)),
            F('issue_timestamp', 'IssueTimestamp', 'int64', versions=(0, MAXV)),
            F('expiry_timestamp', 'ExpiryTimestamp', 'int64', versions=(0, MAXV)),
            F('max_timestamp', 'MaxTimestamp', 'int64', versions=(0, MAXV)),
            F('token_id', 'TokenId', 'string', versions=(0, MAXV)),
            F('hmac', 'Hmac', 'bytes', versions=(0, MAXV)),
            F('renewers', 'Renewers', 'struct', array=True, struct='DescribedDelegationTokenRenewer', versions=(0, MAXV)),
        )
        principal_type: str = ""
        principal_name: str = ""
        token_requester_principal_type: str = ""
        token_requester_principal_name: str = ""
        issue_timestamp: int = 0
        expiry_timestamp: int = 0
        max_timestamp: int = 0
        token_id: str = ""
        hmac: bytes = b""
        renewers: list[DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer] = field(default_factory=list)

    _s_DescribedDelegationToken.__name__ = 'DescribedDelegationToken'

    @dataclass(slots=True)
    class DescribeDelegationTokenResponse(Message):
        __qualname__ = 'DescribeDelegationTokenResponse'
        API_KEY: ClassVar[int | None] = 41
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 3)
        FLEXIBLE_FROM: ClassVar[int | None] = 2
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('tokens', 'Tokens', 'struct', array=True, struct='DescribedDelegationToken', versions=(0, MAXV)),
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
        )
        error_code: int = 0
        tokens: list[DescribeDelegationTokenResponse.DescribedDelegationToken] = field(default_factory=list)
        throttle_time_ms: int = 0

    DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer = _s_DescribedDelegationTokenRenewer  # type: ignore[attr-defined]
    DescribeDelegationTokenResponse.DescribedDelegationToken = _s_DescribedDelegationToken  # type: ignore[attr-defined]
    return DescribeDelegationTokenResponse
"""

_SOURCES['DescribeGroupsRequest'] = r"""
def _build_DescribeGroupsRequest() -> type[Message]:
    @dataclass(slots=True)
    class DescribeGroupsRequest(Message):
        __qualname__ = 'DescribeGroupsRequest'
        API_KEY: ClassVar[int | None] = 15
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 6)
        FLEXIBLE_FROM: ClassVar[int | None] = 5
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('groups', 'Groups', 'string', array=True, versions=(0, MAXV)),
            F('include_authorized_operations', 'IncludeAuthorizedOperations', 'bool', versions=(3, MAXV)),
        )
        groups: list[str] = field(default_factory=list)
        include_authorized_operations: bool = False

    return DescribeGroupsRequest
"""

_SOURCES['DescribeGroupsResponse'] = r"""
def _build_DescribeGroupsResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_DescribedGroupMember(Struct):
        __qualname__ = 'DescribeGroupsResponse.DescribedGroupMember'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('member_id', 'MemberId', 'string', versions=(0, MAXV)),
            F('group_instance_id', 'GroupInstanceId', 'string', versions=(4, MAXV), nullable=(4, MAXV), ignorable=True),
            F('client_id', 'ClientId', 'string', versions=(0, MAXV)),
            F('client_host', 'ClientHost', 'string', versions=(0, MAXV)),
            F('member_metadata', 'MemberMetadata', 'bytes', versions=(0, MAXV)),
            F('member_assignment', 'MemberAssignment', 'bytes', versions=(0, MAXV)),
        )
        member_id: str = ""
        group_instance_id: str | None = None
        client_id: str = ""
        client_host: str = ""
        member_metadata: bytes = b""
        member_assignment: bytes = b""

    _s_DescribedGroupMember.__name__ = 'DescribedGroupMember'

    @dataclass(slots=True)
    class _s_DescribedGroup(Struct):
        __qualname__ = 'DescribeGroupsResponse.DescribedGroup'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(6, MAXV), nullable=(6, MAXV)),
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('group_state', 'GroupState', 'string', versions=(0, MAXV)),
            F('protocol_type', 'ProtocolType', 'string', versions=(0, MAXV)),
            F('protocol_data', 'ProtocolData', 'string', versions=(0, MAXV)),
            F('members', 'Members', 'struct', array=True, struct='DescribedGroupMember', versions=(0, MAXV)),
            F('authorized_operations', 'AuthorizedOperations', 'int32', versions=(3, MAXV)),
        )
        error_code: int = 0
        error_message: str | None = None
        group_id: str = ""
        group_state: str = ""
        protocol_type: str = ""
        protocol_data: str = ""
        members: list[DescribeGroupsResponse.DescribedGroupMember] = field(default_factory=list)
        authorized_operations: int = -2147483648

    _s_DescribedGroup.__name__ = 'DescribedGroup'

    @dataclass(slots=True)
    class DescribeGroupsResponse(Message):
        __qualname__ = 'DescribeGroupsResponse'
        API_KEY: ClassVar[int | None] = 15
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 6)
        FLEXIBLE_FROM: ClassVar[int | None] = 5
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(1, MAXV), ignorable=True),
            F('groups', 'Groups', 'struct', array=True, struct='DescribedGroup', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        groups: list[DescribeGroupsResponse.DescribedGroup] = field(default_factory=list)

    DescribeGroupsResponse.DescribedGroupMember = _s_DescribedGroupMember  # type: ignore[attr-defined]
    DescribeGroupsResponse.DescribedGroup = _s_DescribedGroup  # type: ignore[attr-defined]
    return DescribeGroupsResponse
"""

_SOURCES['DescribeLogDirsRequest'] = r"""
def _build_DescribeLogDirsRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_DescribableLogDirTopic(Struct):
        __qualname__ = 'DescribeLogDirsRequest.DescribableLogDirTopic'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic', 'Topic', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )
        topic: str = ""
        partitions: list[int] = field(default_factory=list)

    _s_DescribableLogDirTopic.__name__ = 'DescribableLogDirTopic'

    @dataclass(slots=True)
    class DescribeLogDirsRequest(Message):
        __qualname__ = 'DescribeLogDirsRequest'
        API_KEY: ClassVar[int | None] = 35
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 5)
        FLEXIBLE_FROM: ClassVar[int | None] = 2
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topics', 'Topics', 'struct', array=True, struct='DescribableLogDirTopic', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        topics: list[DescribeLogDirsRequest.DescribableLogDirTopic] | None = field(default_factory=list)

    DescribeLogDirsRequest.DescribableLogDirTopic = _s_DescribableLogDirTopic  # type: ignore[attr-defined]
    return DescribeLogDirsRequest
"""

_SOURCES['DescribeLogDirsResponse'] = r"""
def _build_DescribeLogDirsResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_DescribeLogDirsPartition(Struct):
        __qualname__ = 'DescribeLogDirsResponse.DescribeLogDirsPartition'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('partition_size', 'PartitionSize', 'int64', versions=(0, MAXV)),
            F('offset_lag', 'OffsetLag', 'int64', versions=(0, MAXV)),
            F('is_future_key', 'IsFutureKey', 'bool', versions=(0, MAXV)),
        )
        partition_index: int = 0
        partition_size: int = 0
        offset_lag: int = 0
        is_future_key: bool = False

    _s_DescribeLogDirsPartition.__name__ = 'DescribeLogDirsPartition'

    @dataclass(slots=True)
    class _s_DescribeLogDirsTopic(Struct):
        __qualname__ = 'DescribeLogDirsResponse.DescribeLogDirsTopic'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='DescribeLogDirsPartition', versions=(0, MAXV)),
        )
        name: str = ""
        partitions: list[DescribeLogDirsResponse.DescribeLogDirsPartition] = field(default_factory=list)

    _s_DescribeLogDirsTopic.__name__ = 'DescribeLogDirsTopic'

    @dataclass(slots=True)
    class _s_DescribeLogDirsResult(Struct):
        __qualname__ = 'DescribeLogDirsResponse.DescribeLogDirsResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('log_dir', 'LogDir', 'string', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='DescribeLogDirsTopic', versions=(0, MAXV)),
            F('total_bytes', 'TotalBytes', 'int64', versions=(4, MAXV), ignorable=True),
            F('usable_bytes', 'UsableBytes', 'int64', versions=(4, MAXV), ignorable=True),
            F('is_cordoned', 'IsCordoned', 'bool', versions=(5, MAXV), ignorable=True),
        )
        error_code: int = 0
        log_dir: str = ""
        topics: list[DescribeLogDirsResponse.DescribeLogDirsTopic] = field(default_factory=list)
        total_bytes: int = -1
        usable_bytes: int = -1
        is_cordoned: bool = False

    _s_DescribeLogDirsResult.__name__ = 'DescribeLogDirsResult'

    @dataclass(slots=True)
    class DescribeLogDirsResponse(Message):
        __qualname__ = 'DescribeLogDirsResponse'
        API_KEY: ClassVar[int | None] = 35
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 5)
        FLEXIBLE_FROM: ClassVar[int | None] = 2
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(3, MAXV), ignorable=True),
            F('results', 'Results', 'struct', array=True, struct='DescribeLogDirsResult', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        results: list[DescribeLogDirsResponse.DescribeLogDirsResult] = field(default_factory=list)

    DescribeLogDirsResponse.DescribeLogDirsPartition = _s_DescribeLogDirsPartition  # type: ignore[attr-defined]
    DescribeLogDirsResponse.DescribeLogDirsTopic = _s_DescribeLogDirsTopic  # type: ignore[attr-defined]
    DescribeLogDirsResponse.DescribeLogDirsResult = _s_DescribeLogDirsResult  # type: ignore[attr-defined]
    return DescribeLogDirsResponse
"""

_SOURCES['DescribeProducersRequest'] = r"""
def _build_DescribeProducersRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_TopicRequest(Struct):
        __qualname__ = 'DescribeProducersRequest.TopicRequest'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partition_indexes', 'PartitionIndexes', 'int32', array=True, versions=(0, MAXV)),
        )
        name: str = ""
        partition_indexes: list[int] = field(default_factory=list)

    _s_TopicRequest.__name__ = 'TopicRequest'

    @dataclass(slots=True)
    class DescribeProducersRequest(Message):
        __qualname__ = 'DescribeProducersRequest'
        API_KEY: ClassVar[int | None] = 61
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topics', 'Topics', 'struct', array=True, struct='TopicRequest', versions=(0, MAXV)),
        )
        topics: list[DescribeProducersRequest.TopicRequest] = field(default_factory=list)

    DescribeProducersRequest.TopicRequest = _s_TopicRequest  # type: ignore[attr-defined]
    return DescribeProducersRequest
"""

_SOURCES['DescribeProducersResponse'] = r"""
def _build_DescribeProducersResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_ProducerState(Struct):
        __qualname__ = 'DescribeProducersResponse.ProducerState'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('producer_id', 'ProducerId', 'int64', versions=(0, MAXV)),
            F('producer_epoch', 'ProducerEpoch', 'int32', versions=(0, MAXV)),
            F('last_sequence', 'LastSequence', 'int32', versions=(0, MAXV)),
            F('last_timestamp', 'LastTimestamp', 'int64', versions=(0, MAXV)),
            F('coordinator_epoch', 'CoordinatorEpoch', 'int32', versions=(0, MAXV)),
            F('current_txn_start_offset', 'CurrentTxnStartOffset', 'int64', versions=(0, MAXV)),
        )
        producer_id: int = 0
        producer_epoch: int = 0
        last_sequence: int = -1
        last_timestamp: int = -1
        coordinator_epoch: int = 0
        current_txn_start_offset: int = -1

    _s_ProducerState.__name__ = 'ProducerState'

    @dataclass(slots=True)
    class _s_PartitionResponse(Struct):
        __qualname__ = 'DescribeProducersResponse.PartitionResponse'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('active_producers', 'ActiveProducers', 'struct', array=True, struct='ProducerState', versions=(0, MAXV)),
        )
        partition_index: int = 0
        error_code: int = 0
        error_message: str | None = None
        active_producers: list[DescribeProducersResponse.ProducerState] = field(default_factory=list)

    _s_PartitionResponse.__name__ = 'PartitionResponse'

    @dataclass(slots=True)
    class _s_TopicResponse(Struct):
        __qualname__ = 'DescribeProducersResponse.TopicResponse'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionResponse', versions=(0, MAXV)),
        )
        name: str = ""
        partitions: list[DescribeProducersResponse.PartitionResponse] = field(default_factory=list)

    _s_TopicResponse.__name__ = 'TopicResponse'

    @dataclass(slots=True)
    class DescribeProducersResponse(Message):
        __qualname__ = 'DescribeProducersResponse'
        API_KEY: ClassVar[int | None] = 61
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='TopicResponse', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        topics: list[DescribeProducersResponse.TopicResponse] = field(default_factory=list)

    DescribeProducersResponse.ProducerState = _s_ProducerState  # type: ignore[attr-defined]
    DescribeProducersResponse.PartitionResponse = _s_PartitionResponse  # type: ignore[attr-defined]
    DescribeProducersResponse.TopicResponse = _s_TopicResponse  # type: ignore[attr-defined]
    return DescribeProducersResponse
"""

_SOURCES['DescribeQuorumRequest'] = r"""
def _build_DescribeQuorumRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_PartitionData(Struct):
        __qualname__ = 'DescribeQuorumRequest.PartitionData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
        )
        partition_index: int = 0

    _s_PartitionData.__name__ = 'PartitionData'

    @dataclass(slots=True)
    class _s_TopicData(Struct):
        __qualname__ = 'DescribeQuorumRequest.TopicData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )
        topic_name: str = ""
        partitions: list[DescribeQuorumRequest.PartitionData] = field(default_factory=list)

    _s_TopicData.__name__ = 'TopicData'

    @dataclass(slots=True)
    class DescribeQuorumRequest(Message):
        __qualname__ = 'DescribeQuorumRequest'
        API_KEY: ClassVar[int | None] = 55
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topics', 'Topics', 'struct', array=True, struct='TopicData', versions=(0, MAXV)),
        )
        topics: list[DescribeQuorumRequest.TopicData] = field(default_factory=list)

    DescribeQuorumRequest.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    DescribeQuorumRequest.TopicData = _s_TopicData  # type: ignore[attr-defined]
    return DescribeQuorumRequest
"""

_SOURCES['DescribeQuorumResponse'] = r"""
def _build_DescribeQuorumResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_ReplicaState(Struct):
        __qualname__ = 'DescribeQuorumResponse.ReplicaState'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('replica_id', 'ReplicaId', 'int32', versions=(0, MAXV)),
            F('replica_directory_id', 'ReplicaDirectoryId', 'uuid', versions=(2, MAXV)),
            F('log_end_offset', 'LogEndOffset', 'int64', versions=(0, MAXV)),
            F('last_fetch_timestamp', 'LastFetchTimestamp', 'int64', versions=(1, MAXV), ignorable=True),
            F('last_caught_up_timestamp', 'LastCaughtUpTimestamp', 'int64', versions=(1, MAXV), ignorable=True),
        )
        replica_id: int = 0
        replica_directory_id: uuid.UUID = ZERO_UUID
        log_end_offset: int = 0
        last_fetch_timestamp: int = -1
        last_caught_up_timestamp: int = -1

    _s_ReplicaState.__name__ = 'ReplicaState'

    @dataclass(slots=True)
    class _s_PartitionData(Struct):
        __qualname__ = 'DescribeQuorumResponse.PartitionData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(2, MAXV), nullable=(2, MAXV), ignorable=True),
            F('leader_id', 'LeaderId', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
            F('high_watermark', 'HighWatermark', 'int64', versions=(0, MAXV)),
            F('current_voters', 'CurrentVoters', 'struct', array=True, struct='ReplicaState', versions=(0, MAXV)),
            F('observers', 'Observers', 'struct', array=True, struct='ReplicaState', versions=(0, MAXV)),
        )
        partition_index: int = 0
        error_code: int = 0
        error_message: str | None = ""
        leader_id: int = 0
        leader_epoch: int = 0
        high_watermark: int = 0
        current_voters: list[DescribeQuorumResponse.ReplicaState] = field(default_factory=list)
        observers: list[DescribeQuorumResponse.ReplicaState] = field(default_factory=list)

    _s_PartitionData.__name__ = 'PartitionData'

    @dataclass(slots=True)
    class _s_TopicData(Struct):
        __qualname__ = 'DescribeQuorumResponse.TopicData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )
        topic_name: str = ""
        partitions: list[DescribeQuorumResponse.PartitionData] = field(default_factory=list)

    _s_TopicData.__name__ = 'TopicData'

    @dataclass(slots=True)
    class _s_Listener(Struct):
        __qualname__ = 'DescribeQuorumResponse.Listener'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(2, MAXV)),
            F('host', 'Host', 'string', versions=(2, MAXV)),
            F('port', 'Port', 'uint16', versions=(2, MAXV)),
        )
        name: str = ""
        host: str = ""
        port: int = 0

    _s_Listener.__name__ = 'Listener'

    @dataclass(slots=True)
    class _s_Node(Struct):
        __qualname__ = 'DescribeQuorumResponse.Node'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('node_id', 'NodeId', 'int32', versions=(2, MAXV)),
            F('listeners', 'Listeners', 'struct', array=True, struct='Listener', versions=(2, MAXV)),
        )
        node_id: int = 0
        listeners: list[DescribeQuorumResponse.Listener] = field(default_factory=list)

    _s_Node.__name__ = 'Node'

    @dataclass(slots=True)
    class DescribeQuorumResponse(Message):
        __qualname__ = 'DescribeQuorumResponse'
        API_KEY: ClassVar[int | None] = 55
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(2, MAXV), nullable=(2, MAXV), ignorable=True),
            F('topics', 'Topics', 'struct', array=True, struct='TopicData', versions=(0, MAXV)),
            F('nodes', 'Nodes', 'struct', array=True, struct='Node', versions=(2, MAXV)),
        )
        error_code: int = 0
        error_message: str | None = ""
        topics: list[DescribeQuorumResponse.TopicData] = field(default_factory=list)
        nodes: list[DescribeQuorumResponse.Node] = field(default_factory=list)

    DescribeQuorumResponse.ReplicaState = _s_ReplicaState  # type: ignore[attr-defined]
    DescribeQuorumResponse.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    DescribeQuorumResponse.TopicData = _s_TopicData  # type: ignore[attr-defined]
    DescribeQuorumResponse.Listener = _s_Listener  # type: ignore[attr-defined]
    DescribeQuorumResponse.Node = _s_Node  # type: ignore[attr-defined]
    return DescribeQuorumResponse
"""

_SOURCES['DescribeShareGroupOffsetsRequest'] = r"""
def _build_DescribeShareGroupOffsetsRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_DescribeShareGroupOffsetsRequestTopic(Struct):
        __qualname__ = 'DescribeShareGroupOffsetsRequest.DescribeShareGroupOffsetsRequestTopic'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )
        topic_name: str = ""
        partitions: list[int] = field(default_factory=list)

    _s_DescribeShareGroupOffsetsRequestTopic.__name__ = 'DescribeShareGroupOffsetsRequestTopic'

    @dataclass(slots=True)
    class _s_DescribeShareGroupOffsetsRequestGroup(Struct):
        __qualname__ = 'DescribeShareGroupOffsetsRequest.DescribeShareGroupOffsetsRequestGroup'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='DescribeShareGroupOffsetsRequestTopic', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        group_id: str = ""
        topics: list[DescribeShareGroupOffsetsRequest.DescribeShareGroupOffsetsRequestTopic] | None = field(default_factory=list)

    _s_DescribeShareGroupOffsetsRequestGroup.__name__ = 'DescribeShareGroupOffsetsRequestGroup'

    @dataclass(slots=True)
    class DescribeShareGroupOffsetsRequest(Message):
        __qualname__ = 'DescribeShareGroupOffsetsRequest'
        API_KEY: ClassVar[int | None] = 90
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('groups', 'Groups', 'struct', array=True, struct='DescribeShareGroupOffsetsRequestGroup', versions=(0, MAXV)),
        )
        groups: list[DescribeShareGroupOffsetsRequest.DescribeShareGroupOffsetsRequestGroup] = field(default_factory=list)

    DescribeShareGroupOffsetsRequest.DescribeShareGroupOffsetsRequestTopic = _s_DescribeShareGroupOffsetsRequestTopic  # type: ignore[attr-defined]
    DescribeShareGroupOffsetsRequest.DescribeShareGroupOffsetsRequestGroup = _s_DescribeShareGroupOffsetsRequestGroup  # type: ignore[attr-defined]
    return DescribeShareGroupOffsetsRequest
"""

_SOURCES['DescribeShareGroupOffsetsResponse'] = r"""
def _build_DescribeShareGroupOffsetsResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_DescribeShareGroupOffsetsResponsePartition(Struct):
        __qualname__ = 'DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponsePartition'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('start_offset', 'StartOffset', 'int64', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
            F('lag', 'Lag', 'int64', versions=(1, MAXV), ignorable=True),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        partition_index: int = 0
        start_offset: int = 0
        leader_epoch: int = 0
        lag: int = -1
        error_code: int = 0
        error_message: str | None = None

    _s_DescribeShareGroupOffsetsResponsePartition.__name__ = 'DescribeShareGroupOffsetsResponsePartition'

    @dataclass(slots=True)
    class _s_DescribeShareGroupOffsetsResponseTopic(Struct):
        __qualname__ = 'DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponseTopic'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='DescribeShareGroupOffsetsResponsePartition', versions=(0, MAXV)),
        )
        topic_name: str = ""
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponsePartition] = field(default_factory=list)

    _s_DescribeShareGroupOffsetsResponseTopic.__name__ = 'DescribeShareGroupOffsetsResponseTopic'

    @dataclass(slots=True)
    class _s_DescribeShareGroupOffsetsResponseGroup(Struct):
        __qualname__ = 'DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponseGroup'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='DescribeShareGroupOffsetsResponseTopic', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        group_id: str = ""
        topics: list[DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponseTopic] = field(default_factory=list)
        error_code: int = 0
        error_message: str | None = None

    _s_DescribeShareGroupOffsetsResponseGroup.__name__ = 'DescribeShareGroupOffsetsResponseGroup'

    @dataclass(slots=True)
    class DescribeShareGroupOffsetsResponse(Message):
        __qualname__ = 'DescribeShareGroupOffsetsResponse'
        API_KEY: ClassVar[int | None] = 90
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('groups', 'Groups', 'struct', array=True, struct='DescribeShareGroupOffsetsResponseGroup', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        groups: list[DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponseGroup] = field(default_factory=list)

    DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponsePartition = _s_DescribeShareGroupOffsetsResponsePartition  # type: ignore[attr-defined]
    DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponseTopic = _s_DescribeShareGroupOffsetsResponseTopic  # type: ignore[attr-defined]
    DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponseGroup = _s_DescribeShareGroupOffsetsResponseGroup  # type: ignore[attr-defined]
    return DescribeShareGroupOffsetsResponse
"""

_SOURCES['DescribeTopicPartitionsRequest'] = r"""
def _build_DescribeTopicPartitionsRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_TopicRequest(Struct):
        __qualname__ = 'DescribeTopicPartitionsRequest.TopicRequest'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
        )
        name: str = ""

    _s_TopicRequest.__name__ = 'TopicRequest'

    @dataclass(slots=True)
    class _s_Cursor(Struct):
        __qualname__ = 'DescribeTopicPartitionsRequest.Cursor'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
        )
        topic_name: str = ""
        partition_index: int = 0

    _s_Cursor.__name__ = 'Cursor'

    @dataclass(slots=True)
    class DescribeTopicPartitionsRequest(Message):
        __qualname__ = 'DescribeTopicPartitionsRequest'
        API_KEY: ClassVar[int | None] = 75
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topics', 'Topics', 'struct', array=True, struct='TopicRequest', versions=(0, MAXV)),
            F('response_partition_limit', 'ResponsePartitionLimit', 'int32', versions=(0, MAXV)),
            F('cursor', 'Cursor', 'struct', struct='Cursor', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        topics: list[DescribeTopicPartitionsRequest.TopicRequest] = field(default_factory=list)
        response_partition_limit: int = 2000
        cursor: DescribeTopicPartitionsRequest.Cursor | None = None

    DescribeTopicPartitionsRequest.TopicRequest = _s_TopicRequest  # type: ignore[attr-defined]
    DescribeTopicPartitionsRequest.Cursor = _s_Cursor  # type: ignore[attr-defined]
    return DescribeTopicPartitionsRequest
"""

_SOURCES['DescribeTopicPartitionsResponse'] = r"""
def _build_DescribeTopicPartitionsResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_DescribeTopicPartitionsResponsePartition(Struct):
        __qualname__ = 'DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('leader_id', 'LeaderId', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV), ignorable=True),
            F('replica_nodes', 'ReplicaNodes', 'int32', array=True, versions=(0, MAXV)),
            F('isr_nodes', 'IsrNodes', 'int32', array=True, versions=(0, MAXV)),
            F('eligible_leader_replicas', 'EligibleLeaderReplicas', 'int32', array=True, versions=(0, MAXV), nullable=(0, MAXV)),
            F('last_known_elr', 'LastKnownElr', 'int32', array=True, versions=(0, MAXV), nullable=(0, MAXV)),
            F('offline_replicas', 'OfflineReplicas', 'int32', array=True, versions=(0, MAXV), ignorable=True),
        )
        error_code: int = 0
        partition_index: int = 0
        leader_id: int = 0
        leader_epoch: int = -1
        replica_nodes: list[int] = field(default_factory=list)
        isr_nodes: list[int] = field(default_factory=list)
        eligible_leader_replicas: list[int] | None = None
        last_known_elr: list[int] | None = None
        offline_replicas: list[int] = field(default_factory=list)

    _s_DescribeTopicPartitionsResponsePartition.__name__ = 'DescribeTopicPartitionsResponsePartition'

    @dataclass(slots=True)
    class _s_DescribeTopicPartitionsResponseTopic(Struct):
        __qualname__ = 'DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('name', 'Name', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV), ignorable=True),
            F('is_internal', 'IsInternal', 'bool', versions=(0, MAXV), ignorable=True),
            F('partitions', 'Partitions', 'struct', array=True, struct='DescribeTopicPartitionsResponsePartition', versions=(0, MAXV)),
            F('topic_authorized_operations', 'TopicAuthorizedOperations', 'int32', versions=(0, MAXV)),
        )
        error_code: int = 0
        name: str | None = ""
        topic_id: uuid.UUID = ZERO_UUID
        is_internal: bool = False
        partitions: list[DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition] = field(default_factory=list)
        topic_authorized_operations: int = -2147483648

    _s_DescribeTopicPartitionsResponseTopic.__name__ = 'DescribeTopicPartitionsResponseTopic'

    @dataclass(slots=True)
    class _s_Cursor(Struct):
        __qualname__ = 'DescribeTopicPartitionsResponse.Cursor'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
        )
        topic_name: str = ""
        partition_index: int = 0

    _s_Cursor.__name__ = 'Cursor'

    @dataclass(slots=True)
    class DescribeTopicPartitionsResponse(Message):
        __qualname__ = 'DescribeTopicPartitionsResponse'
        API_KEY: ClassVar[int | None] = 75
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV), ignorable=True),
            F('topics', 'Topics', 'struct', array=True, struct='DescribeTopicPartitionsResponseTopic', versions=(0, MAXV)),
            F('next_cursor', 'NextCursor', 'struct', struct='Cursor', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        topics: list[DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic] = field(default_factory=list)
        next_cursor: DescribeTopicPartitionsResponse.Cursor | None = None

    DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition = _s_DescribeTopicPartitionsResponsePartition  # type: ignore[attr-defined]
    DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic = _s_DescribeTopicPartitionsResponseTopic  # type: ignore[attr-defined]
    DescribeTopicPartitionsResponse.Cursor = _s_Cursor  # type: ignore[attr-defined]
    return DescribeTopicPartitionsResponse
"""

_SOURCES['DescribeTransactionsRequest'] = r"""
def _build_DescribeTransactionsRequest() -> type[Message]:
    @dataclass(slots=True)
    class DescribeTransactionsRequest(Message):
        __qualname__ = 'DescribeTransactionsRequest'
        API_KEY: ClassVar[int | None] = 65
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('transactional_ids', 'TransactionalIds', 'string', array=True, versions=(0, MAXV)),
        )
        transactional_ids: list[str] = field(default_factory=list)

    return DescribeTransactionsRequest
"""

_SOURCES['DescribeTransactionsResponse'] = r"""
def _build_DescribeTransactionsResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_TopicData(Struct):
        __qualname__ = 'DescribeTransactionsResponse.TopicData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic', 'Topic', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )
        topic: str = ""
        partitions: list[int] = field(default_factory=list)

    _s_TopicData.__name__ = 'TopicData'

    @dataclass(slots=True)
    class _s_TransactionState(Struct):
        __qualname__ = 'DescribeTransactionsResponse.TransactionState'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('transactional_id', 'TransactionalId', 'string', versions=(0, MAXV)),
            F('transaction_state', 'TransactionState', 'string', versions=(0, MAXV)),
            F('transaction_timeout_ms', 'TransactionTimeoutMs', 'int32', versions=(0, MAXV)),
            F('transaction_start_time_ms', 'TransactionStartTimeMs', 'int64', versions=(0, MAXV)),
            F('producer_id', 'ProducerId', 'int64', versions=(0, MAXV)),
            F('producer_epoch', 'ProducerEpoch', 'int16', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='TopicData', versions=(0, MAXV)),
        )
        error_code: int = 0
        transactional_id: str = ""
        transaction_state: str = ""
        transaction_timeout_ms: int = 0
        transaction_start_time_ms: int = 0
        producer_id: int = 0
        producer_epoch: int = 0
        topics: list[DescribeTransactionsResponse.TopicData] = field(default_factory=list)

    _s_TransactionState.__name__ = 'TransactionState'

    @dataclass(slots=True)
    class DescribeTransactionsResponse(Message):
        __qualname__ = 'DescribeTransactionsResponse'
        API_KEY: ClassVar[int | None] = 65
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('transaction_states', 'TransactionStates', 'struct', array=True, struct='TransactionState', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        transaction_states: list[DescribeTransactionsResponse.TransactionState] = field(default_factory=list)

    DescribeTransactionsResponse.TopicData = _s_TopicData  # type: ignore[attr-defined]
    DescribeTransactionsResponse.TransactionState = _s_TransactionState  # type: ignore[attr-defined]
    return DescribeTransactionsResponse
"""

_SOURCES['DescribeUserScramCredentialsRequest'] = r"""
def _build_DescribeUserScramCredentialsRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_UserName(Struct):
        __qualname__ = 'DescribeUserScramCredentialsRequest.UserName'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
        )
        name: str = ""

    _s_UserName.__name__ = 'UserName'

    @dataclass(slots=True)
    class DescribeUserScramCredentialsRequest(Message):
        __qualname__ = 'DescribeUserScramCredentialsRequest'
        API_KEY: ClassVar[int | None] = 50
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('users', 'Users', 'struct', array=True, struct='UserName', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        users: list[DescribeUserScramCredentialsRequest.UserName] | None = field(default_factory=list)

    DescribeUserScramCredentialsRequest.UserName = _s_UserName  # type: ignore[attr-defined]
    return DescribeUserScramCredentialsRequest
"""

_SOURCES['DescribeUserScramCredentialsResponse'] = r"""
def _build_DescribeUserScramCredentialsResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_CredentialInfo(Struct):
        __qualname__ = 'DescribeUserScramCredentialsResponse.CredentialInfo'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('mechanism', 'Mechanism', 'int8', versions=(0, MAXV)),
            F('iterations', 'Iterations', 'int32', versions=(0, MAXV)),
        )
        mechanism: int = 0
        iterations: int = 0

    _s_CredentialInfo.__name__ = 'CredentialInfo'

    @dataclass(slots=True)
    class _s_DescribeUserScramCredentialsResult(Struct):
        __qualname__ = 'DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('user', 'User', 'string', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('credential_infos', 'CredentialInfos', 'struct', array=True, struct='CredentialInfo', versions=(0, MAXV)),
        )
        user: str = ""
        error_code: int = 0
        error_message: str | None = ""
        credential_infos: list[DescribeUserScramCredentialsResponse.CredentialInfo] = field(default_factory=list)

    _s_DescribeUserScramCredentialsResult.__name__ = 'DescribeUserScramCredentialsResult'

    @dataclass(slots=True)
    class DescribeUserScramCredentialsResponse(Message):
        __qualname__ = 'DescribeUserScramCredentialsResponse'
        API_KEY: ClassVar[int | None] = 50
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('results', 'Results', 'struct', array=True, struct='DescribeUserScramCredentialsResult', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        error_message: str | None = ""
        results: list[DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult] = field(default_factory=list)

    DescribeUserScramCredentialsResponse.CredentialInfo = _s_CredentialInfo  # type: ignore[attr-defined]
    DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult = _s_DescribeUserScramCredentialsResult  # type: ignore[attr-defined]
    return DescribeUserScramCredentialsResponse
"""

_SOURCES['ElectLeadersRequest'] = r"""
def _build_ElectLeadersRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_TopicPartitions(Struct):
        __qualname__ = 'ElectLeadersRequest.TopicPartitions'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic', 'Topic', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )
        topic: str = ""
        partitions: list[int] = field(default_factory=list)

    _s_TopicPartitions.__name__ = 'TopicPartitions'

    @dataclass(slots=True)
    class ElectLeadersRequest(Message):
        __qualname__ = 'ElectLeadersRequest'
        API_KEY: ClassVar[int | None] = 43
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 2
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('election_type', 'ElectionType', 'int8', versions=(1, MAXV)),
            F('topic_partitions', 'TopicPartitions', 'struct', array=True, struct='TopicPartitions', versions=(0, MAXV), nullable=(0, MAXV)),
            F('timeout_ms', 'TimeoutMs', 'int32', versions=(0, MAXV)),
        )
        election_type: int = 0
        topic_partitions: list[ElectLeadersRequest.TopicPartitions] | None = field(default_factory=list)
        timeout_ms: int = 60000

    ElectLeadersRequest.TopicPartitions = _s_TopicPartitions  # type: ignore[attr-defined]
    return ElectLeadersRequest
"""

_SOURCES['ElectLeadersResponse'] = r"""
def _build_ElectLeadersResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_PartitionResult(Struct):
        __qualname__ = 'ElectLeadersResponse.PartitionResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_id', 'PartitionId', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        partition_id: int = 0
        error_code: int = 0
        error_message: str | None = ""

    _s_PartitionResult.__name__ = 'PartitionResult'

    @dataclass(slots=True)
    class _s_ReplicaElectionResult(Struct):
        __qualname__ = 'ElectLeadersResponse.ReplicaElectionResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic', 'Topic', 'string', versions=(0, MAXV)),
            F('partition_result', 'PartitionResult', 'struct', array=True, struct='PartitionResult', versions=(0, MAXV)),
        )
        topic: str = ""
        partition_result: list[ElectLeadersResponse.PartitionResult] = field(default_factory=list)

    _s_ReplicaElectionResult.__name__ = 'ReplicaElectionResult'

    @dataclass(slots=True)
    class ElectLeadersResponse(Message):
        __qualname__ = 'ElectLeadersResponse'
        API_KEY: ClassVar[int | None] = 43
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 2
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(1, MAXV)),
            F('replica_election_results', 'ReplicaElectionResults', 'struct', array=True, struct='ReplicaElectionResult', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        replica_election_results: list[ElectLeadersResponse.ReplicaElectionResult] = field(default_factory=list)

    ElectLeadersResponse.PartitionResult = _s_PartitionResult  # type: ignore[attr-defined]
    ElectLeadersResponse.ReplicaElectionResult = _s_ReplicaElectionResult  # type: ignore[attr-defined]
    return ElectLeadersResponse
"""

_SOURCES['EndQuorumEpochRequest'] = r"""
def _build_EndQuorumEpochRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_ReplicaInfo(Struct):
        __qualname__ = 'EndQuorumEpochRequest.ReplicaInfo'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('candidate_id', 'CandidateId', 'int32', versions=(1, MAXV)),
            F('candidate_directory_id', 'CandidateDirectoryId', 'uuid', versions=(1, MAXV)),
        )
        candidate_id: int = 0
        candidate_directory_id: uuid.UUID = ZERO_UUID

    _s_ReplicaInfo.__name__ = 'ReplicaInfo'

    @dataclass(slots=True)
    class _s_PartitionData(Struct):
        __qualname__ = 'EndQuorumEpochRequest.PartitionData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('leader_id', 'LeaderId', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
            F('preferred_successors', 'PreferredSuccessors', 'int32', array=True, versions=(0, 0), ignorable=True),
            F('preferred_candidates', 'PreferredCandidates', 'struct', array=True, struct='ReplicaInfo', versions=(1, MAXV), ignorable=True),
        )
        partition_index: int = 0
        leader_id: int = 0
        leader_epoch: int = 0
        preferred_successors: list[int] = field(default_factory=list)
        preferred_candidates: list[EndQuorumEpochRequest.ReplicaInfo] = field(default_factory=list)

    _s_PartitionData.__name__ = 'PartitionData'

    @dataclass(slots=True)
    class _s_TopicData(Struct):
        __qualname__ = 'EndQuorumEpochRequest.TopicData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )
        topic_name: str = ""
        partitions: list[EndQuorumEpochRequest.PartitionData] = field(default_factory=list)

    _s_TopicData.__name__ = 'TopicData'

    @dataclass(slots=True)
    class _s_LeaderEndpoint(Struct):
        __qualname__ = 'EndQuorumEpochRequest.LeaderEndpoint'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(1, MAXV)),
            F('host', 'Host', 'string', versions=(1, MAXV)),
            F('port', 'Port', 'uint16', versions=(1, MAXV)),
        )
        name: str = ""
        host: str = ""
        port: int = 0

    _s_LeaderEndpoint.__name__ = 'LeaderEndpoint'

    @dataclass(slots=True)
    class EndQuorumEpochRequest(Message):
        __qualname__ = 'EndQuorumEpochRequest'
        API_KEY: ClassVar[int | None] = 54
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 1
        LISTENERS: ClassVar[tuple[str, ...]] = ('controller',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('cluster_id', 'ClusterId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='TopicData', versions=(0, MAXV)),
            F('leader_endpoints', 'LeaderEndpoints', 'struct', array=True, struct='LeaderEndpoint', versions=(1, MAXV), ignorable=True),
        )
        cluster_id: str | None = None
        topics: list[EndQuorumEpochRequest.TopicData] = field(default_factory=list)
        leader_endpoints: list[EndQuorumEpochRequest.LeaderEndpoint] = field(default_factory=list)

    EndQuorumEpochRequest.ReplicaInfo = _s_ReplicaInfo  # type: ignore[attr-defined]
    EndQuorumEpochRequest.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    EndQuorumEpochRequest.TopicData = _s_TopicData  # type: ignore[attr-defined]
    EndQuorumEpochRequest.LeaderEndpoint = _s_LeaderEndpoint  # type: ignore[attr-defined]
    return EndQuorumEpochRequest
"""

_SOURCES['EndQuorumEpochResponse'] = r"""
def _build_EndQuorumEpochResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_PartitionData(Struct):
        __qualname__ = 'EndQuorumEpochResponse.PartitionData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('leader_id', 'LeaderId', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
        )
        partition_index: int = 0
        error_code: int = 0
        leader_id: int = 0
        leader_epoch: int = 0

    _s_PartitionData.__name__ = 'PartitionData'

    @dataclass(slots=True)
    class _s_TopicData(Struct):
        __qualname__ = 'EndQuorumEpochResponse.TopicData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )
        topic_name: str = ""
        partitions: list[EndQuorumEpochResponse.PartitionData] = field(default_factory=list)

    _s_TopicData.__name__ = 'TopicData'

    @dataclass(slots=True)
    class _s_NodeEndpoint(Struct):
        __qualname__ = 'EndQuorumEpochResponse.NodeEndpoint'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('node_id', 'NodeId', 'int32', versions=(1, MAXV)),
            F('host', 'Host', 'string', versions=(1, MAXV)),
            F('port', 'Port', 'uint16', versions=(1, MAXV)),
        )
        node_id: int = 0
        host: str = ""
        port: int = 0

    _s_NodeEndpoint.__name__ = 'NodeEndpoint'

    @dataclass(slots=True)
    class EndQuorumEpochResponse(Message):
        __qualname__ = 'EndQuorumEpochResponse'
        API_KEY: ClassVar[int | None] = 54
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 1
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='TopicData', versions=(0, MAXV)),
            F('node_endpoints', 'NodeEndpoints', 'struct', array=True, struct='NodeEndpoint', versions=(1, MAXV), tag=0, tagged=(1, MAXV)),
        )
        error_code: int = 0
        topics: list[EndQuorumEpochResponse.TopicData] = field(default_factory=list)
        node_endpoints: list[EndQuorumEpochResponse.NodeEndpoint] = field(default_factory=list)

    EndQuorumEpochResponse.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    EndQuorumEpochResponse.TopicData = _s_TopicData  # type: ignore[attr-defined]
    EndQuorumEpochResponse.NodeEndpoint = _s_NodeEndpoint  # type: ignore[attr-defined]
    return EndQuorumEpochResponse
"""

_SOURCES['EndTransactionRecord'] = r"""
def _build_EndTransactionRecord() -> type[Message]:
    @dataclass(slots=True)
    class EndTransactionRecord(Message):
        __qualname__ = 'EndTransactionRecord'
        API_KEY: ClassVar[int | None] = 24
        MESSAGE_TYPE: ClassVar[str] = 'metadata'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
        )

    return EndTransactionRecord
"""

_SOURCES['EndTxnMarker'] = r"""
def _build_EndTxnMarker() -> type[Message]:
    @dataclass(slots=True)
    class EndTxnMarker(Message):
        __qualname__ = 'EndTxnMarker'
        API_KEY: ClassVar[int | None] = None
        MESSAGE_TYPE: ClassVar[str] = 'data'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('coordinator_epoch', 'CoordinatorEpoch', 'int32', versions=(0, MAXV)),
        )
        coordinator_epoch: int = 0

    return EndTxnMarker
"""

_SOURCES['EndTxnRequest'] = r"""
def _build_EndTxnRequest() -> type[Message]:
    @dataclass(slots=True)
    class EndTxnRequest(Message):
        __qualname__ = 'EndTxnRequest'
        API_KEY: ClassVar[int | None] = 26
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 5)
        FLEXIBLE_FROM: ClassVar[int | None] = 3
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('transactional_id', 'TransactionalId', 'string', versions=(0, MAXV)),
            F('producer_id', 'ProducerId', 'int64', versions=(0, MAXV)),
            F('producer_epoch', 'ProducerEpoch', 'int16', versions=(0, MAXV)),
            F('committed', 'Committed', 'bool', versions=(0, MAXV)),
        )
        transactional_id: str = ""
        producer_id: int = 0
        producer_epoch: int = 0
        committed: bool = False

    return EndTxnRequest
"""

_SOURCES['EndTxnResponse'] = r"""
def _build_EndTxnResponse() -> type[Message]:
    @dataclass(slots=True)
    class EndTxnResponse(Message):
        __qualname__ = 'EndTxnResponse'
        API_KEY: ClassVar[int | None] = 26
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 5)
        FLEXIBLE_FROM: ClassVar[int | None] = 3
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('producer_id', 'ProducerId', 'int64', versions=(5, MAXV), ignorable=True),
            F('producer_epoch', 'ProducerEpoch', 'int16', versions=(5, MAXV), ignorable=True),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        producer_id: int = -1
        producer_epoch: int = -1

    return EndTxnResponse
"""

_SOURCES['EnvelopeRequest'] = r"""
def _build_EnvelopeRequest() -> type[Message]:
    @dataclass(slots=True)
    class EnvelopeRequest(Message):
        __qualname__ = 'EnvelopeRequest'
        API_KEY: ClassVar[int | None] = 58
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('controller',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('request_data', 'RequestData', 'bytes', versions=(0, MAXV)),
            F('request_principal', 'RequestPrincipal', 'bytes', versions=(0, MAXV), nullable=(0, MAXV)),
            F('client_host_address', 'ClientHostAddress', 'bytes', versions=(0, MAXV)),
        )
        request_data: bytes = b""
        request_principal: bytes | None = b""
        client_host_address: bytes = b""

    return EnvelopeRequest
"""

_SOURCES['EnvelopeResponse'] = r"""
def _build_EnvelopeResponse() -> type[Message]:
    @dataclass(slots=True)
    class EnvelopeResponse(Message):
        __qualname__ = 'EnvelopeResponse'
        API_KEY: ClassVar[int | None] = 58
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('response_data', 'ResponseData', 'bytes', versions=(0, MAXV), nullable=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
        )
        response_data: bytes | None = None
        error_code: int = 0

    return EnvelopeResponse
"""

_SOURCES['ExpireDelegationTokenRequest'] = r"""
def _build_ExpireDelegationTokenRequest() -> type[Message]:
    @dataclass(slots=True)
    class ExpireDelegationTokenRequest(Message):
        __qualname__ = 'ExpireDelegationTokenRequest'
        API_KEY: ClassVar[int | None] = 40
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 2
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('hmac', 'Hmac', 'bytes', versions=(0, MAXV)),
            F('expiry_time_period_ms', 'ExpiryTimePeriodMs', 'int64', versions=(0, MAXV)),
        )
        hmac: bytes = b""
        expiry_time_period_ms: int = 0

    return ExpireDelegationTokenRequest
"""

_SOURCES['ExpireDelegationTokenResponse'] = r"""
def _build_ExpireDelegationTokenResponse() -> type[Message]:
    @dataclass(slots=True)
    class ExpireDelegationTokenResponse(Message):
        __qualname__ = 'ExpireDelegationTokenResponse'
        API_KEY: ClassVar[int | None] = 40
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 2
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('expiry_timestamp_ms', 'ExpiryTimestampMs', 'int64', versions=(0, MAXV)),
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
        )
        error_code: int = 0
        expiry_timestamp_ms: int = 0
        throttle_time_ms: int = 0

    return ExpireDelegationTokenResponse
"""

_SOURCES['FeatureLevelRecord'] = r"""
def _build_FeatureLevelRecord() -> type[Message]:
    @dataclass(slots=True)
    class FeatureLevelRecord(Message):
        __qualname__ = 'FeatureLevelRecord'
        API_KEY: ClassVar[int | None] = 12
        MESSAGE_TYPE: ClassVar[str] = 'metadata'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('feature_level', 'FeatureLevel', 'int16', versions=(0, MAXV)),
        )
        name: str = ""
        feature_level: int = 0

    return FeatureLevelRecord
"""

_SOURCES['FenceBrokerRecord'] = r"""
def _build_FenceBrokerRecord() -> type[Message]:
    @dataclass(slots=True)
    class FenceBrokerRecord(Message):
        __qualname__ = 'FenceBrokerRecord'
        API_KEY: ClassVar[int | None] = 7
        MESSAGE_TYPE: ClassVar[str] = 'metadata'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('id', 'Id', 'int32', versions=(0, MAXV)),
            F('epoch', 'Epoch', 'int64', versions=(0, MAXV)),
        )
        id: int = 0
        epoch: int = 0

    return FenceBrokerRecord
"""

_SOURCES['FetchRequest'] = r"""
def _build_FetchRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_ReplicaState(Struct):
        __qualname__ = 'FetchRequest.ReplicaState'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('replica_id', 'ReplicaId', 'int32', versions=(15, MAXV)),
            F('replica_epoch', 'ReplicaEpoch', 'int64', versions=(15, MAXV)),
        )
        replica_id: int = -1
        replica_epoch: int = -1

    _s_ReplicaState.__name__ = 'ReplicaState'

    @dataclass(slots=True)
    class _s_FetchPartition(Struct):
        __qualname__ = 'FetchRequest.FetchPartition'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition', 'Partition', 'int32', versions=(0, MAXV)),
            F('current_leader_epoch', 'CurrentLeaderEpoch', 'int32', versions=(9, MAXV), ignorable=True),
            F('fetch_offset', 'FetchOffset', 'int64', versions=(0, MAXV)),
            F('last_fetched_epoch', 'LastFetchedEpoch', 'int32', versions=(12, MAXV)),
            F('log_start_offset', 'LogStartOffset', 'int64', versions=(5, MAXV), ignorable=True),
            F('partition_max_bytes', 'PartitionMaxBytes', 'int32', versions=(0, MAXV)),
            F('replica_directory_id', 'ReplicaDirectoryId', 'uuid', versions=(17, MAXV), tag=0, tagged=(17, MAXV), ignorable=True),
            F('high_watermark', 'HighWatermark', 'int64', versions=(18, MAXV), tag=1, tagged=(18, MAXV), ignorable=True),
        )
        partition: int = 0
        current_leader_epoch: int = -1
        fetch_offset: int = 0
        last_fetched_epoch: int = -1
        log_start_offset: int = -1
        partition_max_bytes: int = 0
        replica_directory_id: uuid.UUID = ZERO_UUID
        high_watermark: int = 9223372036854775807

    _s_FetchPartition.__name__ = 'FetchPartition'

    @dataclass(slots=True)
    class _s_FetchTopic(Struct):
        __qualname__ = 'FetchRequest.FetchTopic'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic', 'Topic', 'string', versions=(0, 12), ignorable=True),
            F('topic_id', 'TopicId', 'uuid', versions=(13, MAXV), ignorable=True),
            F('partitions', 'Partitions', 'struct', array=True, struct='FetchPartition', versions=(0, MAXV)),
        )
        topic: str = ""
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[FetchRequest.FetchPartition] = field(default_factory=list)

    _s_FetchTopic.__name__ = 'FetchTopic'

    @dataclass(slots=True)
    class _s_ForgottenTopic(Struct):
        __qualname__ = 'FetchRequest.ForgottenTopic'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic', 'Topic', 'string', versions=(7, 12), ignorable=True),
            F('topic_id', 'TopicId', 'uuid', versions=(13, MAXV), ignorable=True),
            F('partitions', 'Partitions', 'int32', array=True, versions=(7, MAXV)),
        )
        topic: str = ""
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[int] = field(default_factory=list)

    _s_ForgottenTopic.__name__ = 'ForgottenTopic'

    @dataclass(slots=True)
    class FetchRequest(Message):
        __qualname__ = 'FetchRequest'
        API_KEY: ClassVar[int | None] = 1
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (4, 18)
        FLEXIBLE_FROM: ClassVar[int | None] = 12
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('cluster_id', 'ClusterId', 'string', versions=(12, MAXV), nullable=(12, MAXV), tag=0, tagged=(12, MAXV), ignorable=True),
            F('replica_id', 'ReplicaId', 'int32', versions=(0, 14)),
            F('replica_state', 'ReplicaState', 'struct', struct='ReplicaState', versions=(15, MAXV), tag=1, tagged=(15, MAXV)),
            F('max_wait_ms', 'MaxWaitMs', 'int32', versions=(0, MAXV)),
            F('min_bytes', 'MinBytes', 'int32', versions=(0, MAXV)),
            F('max_bytes', 'MaxBytes', 'int32', versions=(3, MAXV), ignorable=True),
            F('isolation_level', 'IsolationLevel', 'int8', versions=(4, MAXV), ignorable=True),
            F('session_id', 'SessionId', 'int32', versions=(7, MAXV), ignorable=True),
            F('session_epoch', 'SessionEpoch', 'int32', versions=(7, MAXV), ignorable=True),
            F('topics', 'Topics', 'struct', array=True, struct='FetchTopic', versions=(0, MAXV)),
            F('forgotten_topics_data', 'ForgottenTopicsData', 'struct', array=True, struct='ForgottenTopic', versions=(7, MAXV)),
            F('rack_id', 'RackId', 'string', versions=(11, MAXV), ignorable=True),
        )
        cluster_id: str | None = None
        replica_id: int = -1
        replica_state: FetchRequest.ReplicaState = field(default_factory=_s_ReplicaState)
        max_wait_ms: int = 0
        min_bytes: int = 0
        max_bytes: int = 2147483647
        isolation_level: int = 0
        session_id: int = 0
        session_epoch: int = -1
        topics: list[FetchRequest.FetchTopic] = field(default_factory=list)
        forgotten_topics_data: list[FetchRequest.ForgottenTopic] = field(default_factory=list)
        rack_id: str = ""

    FetchRequest.ReplicaState = _s_ReplicaState  # type: ignore[attr-defined]
    FetchRequest.FetchPartition = _s_FetchPartition  # type: ignore[attr-defined]
    FetchRequest.FetchTopic = _s_FetchTopic  # type: ignore[attr-defined]
    FetchRequest.ForgottenTopic = _s_ForgottenTopic  # type: ignore[attr-defined]
    return FetchRequest
"""

_SOURCES['FetchResponse'] = r"""
def _build_FetchResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_EpochEndOffset(Struct):
        __qualname__ = 'FetchResponse.EpochEndOffset'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('epoch', 'Epoch', 'int32', versions=(12, MAXV)),
            F('end_offset', 'EndOffset', 'int64', versions=(12, MAXV)),
        )
        epoch: int = -1
        end_offset: int = -1

    _s_EpochEndOffset.__name__ = 'EpochEndOffset'

    @dataclass(slots=True)
    class _s_LeaderIdAndEpoch(Struct):
        __qualname__ = 'FetchResponse.LeaderIdAndEpoch'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('leader_id', 'LeaderId', 'int32', versions=(12, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(12, MAXV)),
        )
        leader_id: int = -1
        leader_epoch: int = -1

    _s_LeaderIdAndEpoch.__name__ = 'LeaderIdAndEpoch'

    @dataclass(slots=True)
    class _s_SnapshotId(Struct):
        __qualname__ = 'FetchResponse.SnapshotId'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('end_offset', 'EndOffset', 'int64', versions=(0, MAXV)),
            F('epoch', 'Epoch', 'int32', versions=(0, MAXV)),
        )
        end_offset: int = -1
        epoch: int = -1

    _s_SnapshotId.__name__ = 'SnapshotId'

    @dataclass(slots=True)
    class _s_AbortedTransaction(Struct):
        __qualname__ = 'FetchResponse.AbortedTransaction'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('producer_id', 'ProducerId', 'int64', versions=(4, MAXV)),
            F('first_offset', 'FirstOffset', 'int64', versions=(4, MAXV)),
        )
        producer_id: int = 0
        first_offset: int = 0

    _s_AbortedTransaction.__name__ = 'AbortedTransaction'

    @dataclass(slots=True)
    class _s_PartitionData(Struct):
        __qualname__ = 'FetchResponse.PartitionData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('high_watermark', 'HighWatermark', 'int64', versions=(0, MAXV)),
            F('last_stable_offset', 'LastStableOffset', 'int64', versions=(4, MAXV), ignorable=True),
            F('log_start_offset', 'LogStartOffset', 'int64', versions=(5, MAXV), ignorable=True),
            F('diverging_epoch', 'DivergingEpoch', 'struct', struct='EpochEndOffset', versions=(12, MAXV), tag=0, tagged=(12, MAXV)),
            F('current_leader', 'CurrentLeader', 'struct', struct='LeaderIdAndEpoch', versions=(12, MAXV), tag=1, tagged=(12, MAXV)),
            F('snapshot_id', 'SnapshotId', 'struct', struct='SnapshotId', versions=(12, MAXV), tag=2, tagged=(12, MAXV)),
            F('aborted_transactions', 'AbortedTransactions', 'struct', array=True, struct='AbortedTransaction', versions=(4, MAXV), nullable=(4, MAXV), ignorable=True),
            F('preferred_read_replica', 'PreferredReadReplica', 'int32', versions=(11, MAXV)),
            F('records', 'Records', 'records', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        partition_index: int = 0
        error_code: int = 0
        high_watermark: int = 0
        last_stable_offset: int = -1
        log_start_offset: int = -1
        diverging_epoch: FetchResponse.EpochEndOffset = field(default_factory=_s_EpochEndOffset)
        current_leader: FetchResponse.LeaderIdAndEpoch = field(default_factory=_s_LeaderIdAndEpoch)
        snapshot_id: FetchResponse.SnapshotId = field(default_factory=_s_SnapshotId)
        aborted_transactions: list[FetchResponse.AbortedTransaction] | None = field(default_factory=list)
        preferred_read_replica: int = -1
        records: Records = None

    _s_PartitionData.__name__ = 'PartitionData'

    @dataclass(slots=True)
    class _s_FetchableTopicResponse(Struct):
        __qualname__ = 'FetchResponse.FetchableTopicResponse'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic', 'Topic', 'string', versions=(0, 12), ignorable=True),
            F('topic_id', 'TopicId', 'uuid', versions=(13, MAXV), ignorable=True),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )
        topic: str = ""
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[FetchResponse.PartitionData] = field(default_factory=list)

    _s_FetchableTopicResponse.__name__ = 'FetchableTopicResponse'

    @dataclass(slots=True)
    class _s_NodeEndpoint(Struct):
        __qualname__ = 'FetchResponse.NodeEndpoint'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('node_id', 'NodeId', 'int32', versions=(16, MAXV)),
            F('host', 'Host', 'string', versions=(16, MAXV)),
            F('port', 'Port', 'int32', versions=(16, MAXV)),
            F('rack', 'Rack', 'string', versions=(16, MAXV), nullable=(16, MAXV)),
        )
        node_id: int = 0
        host: str = ""
        port: int = 0
        rack: str | None = None

    _s_NodeEndpoint.__name__ = 'NodeEndpoint'

    @dataclass(slots=True)
    class FetchResponse(Message):
        __qualname__ = 'FetchResponse'
        API_KEY: ClassVar[int | None] = 1
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (4, 18)
        FLEXIBLE_FROM: ClassVar[int | None] = 12
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(1, MAXV), ignorable=True),
            F('error_code', 'ErrorCode', 'int16', versions=(7, MAXV), ignorable=True),
            F('session_id', 'SessionId', 'int32', versions=(7, MAXV)),
            F('responses', 'Responses', 'struct', array=True, struct='FetchableTopicResponse', versions=(0, MAXV)),
            F('node_endpoints', 'NodeEndpoints', 'struct', array=True, struct='NodeEndpoint', versions=(16, MAXV), tag=0, tagged=(16, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        session_id: int = 0
        responses: list[FetchResponse.FetchableTopicResponse] = field(default_factory=list)
        node_endpoints: list[FetchResponse.NodeEndpoint] = field(default_factory=list)

    FetchResponse.EpochEndOffset = _s_EpochEndOffset  # type: ignore[attr-defined]
    FetchResponse.LeaderIdAndEpoch = _s_LeaderIdAndEpoch  # type: ignore[attr-defined]
    FetchResponse.SnapshotId = _s_SnapshotId  # type: ignore[attr-defined]
    FetchResponse.AbortedTransaction = _s_AbortedTransaction  # type: ignore[attr-defined]
    FetchResponse.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    FetchResponse.FetchableTopicResponse = _s_FetchableTopicResponse  # type: ignore[attr-defined]
    FetchResponse.NodeEndpoint = _s_NodeEndpoint  # type: ignore[attr-defined]
    return FetchResponse
"""

_SOURCES['FetchSnapshotRequest'] = r"""
def _build_FetchSnapshotRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_SnapshotId(Struct):
        __qualname__ = 'FetchSnapshotRequest.SnapshotId'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('end_offset', 'EndOffset', 'int64', versions=(0, MAXV)),
            F('epoch', 'Epoch', 'int32', versions=(0, MAXV)),
        )
        end_offset: int = 0
        epoch: int = 0

    _s_SnapshotId.__name__ = 'SnapshotId'

    @dataclass(slots=True)
    class _s_PartitionSnapshot(Struct):
        __qualname__ = 'FetchSnapshotRequest.PartitionSnapshot'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition', 'Partition', 'int32', versions=(0, MAXV)),
            F('current_leader_epoch', 'CurrentLeaderEpoch', 'int32', versions=(0, MAXV)),
            F('snapshot_id', 'SnapshotId', 'struct', struct='SnapshotId', versions=(0, MAXV)),
            F('position', 'Position', 'int64', versions=(0, MAXV)),
            F('replica_directory_id', 'ReplicaDirectoryId', 'uuid', versions=(1, MAXV), tag=0, tagged=(1, MAXV), ignorable=True),
        )
        partition: int = 0
        current_leader_epoch: int = 0
        snapshot_id: FetchSnapshotRequest.SnapshotId = field(default_factory=_s_SnapshotId)
        position: int = 0
        replica_directory_id: uuid.UUID = ZERO_UUID

    _s_PartitionSnapshot.__name__ = 'PartitionSnapshot'

    @dataclass(slots=True)
    class _s_TopicSnapshot(Struct):
        __qualname__ = 'FetchSnapshotRequest.TopicSnapshot'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionSnapshot', versions=(0, MAXV)),
        )
        name: str = ""
        partitions: list[FetchSnapshotRequest.PartitionSnapshot] = field(default_factory=list)

    _s_TopicSnapshot.__name__ = 'TopicSnapshot'

    @dataclass(slots=True)
    class FetchSnapshotRequest(Message):
        __qualname__ = 'FetchSnapshotRequest'
        API_KEY: ClassVar[int | None] = 59
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('controller',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('cluster_id', 'ClusterId', 'string', versions=(0, MAXV), nullable=(0, MAXV), tag=0, tagged=(0, MAXV)),
            F('replica_id', 'ReplicaId', 'int32', versions=(0, MAXV)),
            F('max_bytes', 'MaxBytes', 'int32', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='TopicSnapshot', versions=(0, MAXV)),
        )
        cluster_id: str | None = None
        replica_id: int = -1
        max_bytes: int = 2147483647
        topics: list[FetchSnapshotRequest.TopicSnapshot] = field(default_factory=list)

    FetchSnapshotRequest.SnapshotId = _s_SnapshotId  # type: ignore[attr-defined]
    FetchSnapshotRequest.PartitionSnapshot = _s_PartitionSnapshot  # type: ignore[attr-defined]
    FetchSnapshotRequest.TopicSnapshot = _s_TopicSnapshot  # type: ignore[attr-defined]
    return FetchSnapshotRequest
"""

_SOURCES['FetchSnapshotResponse'] = r"""
def _build_FetchSnapshotResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_SnapshotId(Struct):
        __qualname__ = 'FetchSnapshotResponse.SnapshotId'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('end_offset', 'EndOffset', 'int64', versions=(0, MAXV)),
            F('epoch', 'Epoch', 'int32', versions=(0, MAXV)),
        )
        end_offset: int = 0
        epoch: int = 0

    _s_SnapshotId.__name__ = 'SnapshotId'

    @dataclass(slots=True)
    class _s_LeaderIdAndEpoch(Struct):
        __qualname__ = 'FetchSnapshotResponse.LeaderIdAndEpoch'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('leader_id', 'LeaderId', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
        )
        leader_id: int = 0
        leader_epoch: int = 0

    _s_LeaderIdAndEpoch.__name__ = 'LeaderIdAndEpoch'

    @dataclass(slots=True)
    class _s_PartitionSnapshot(Struct):
        __qualname__ = 'FetchSnapshotResponse.PartitionSnapshot'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('index', 'Index', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('snapshot_id', 'SnapshotId', 'struct', struct='SnapshotId', versions=(0, MAXV)),
            F('current_leader', 'CurrentLeader', 'struct', struct='LeaderIdAndEpoch', versions=(0, MAXV), tag=0, tagged=(0, MAXV)),
            F('size', 'Size', 'int64', versions=(0, MAXV)),
            F('position', 'Position', 'int64', versions=(0, MAXV)),
            F('unaligned_records', 'UnalignedRecords', 'records', versions=(0, MAXV)),
        )
        index: int = 0
        error_code: int = 0
        snapshot_id: FetchSnapshotResponse.SnapshotId = field(default_factory=_s_SnapshotId)
        current_leader: FetchSnapshotResponse.LeaderIdAndEpoch = field(default_factory=_s_LeaderIdAndEpoch)
        size: int = 0
        position: int = 0
        unaligned_records: Records = None

    _s_PartitionSnapshot.__name__ = 'PartitionSnapshot'

    @dataclass(slots=True)
    class _s_TopicSnapshot(Struct):
        __qualname__ = 'FetchSnapshotResponse.TopicSnapshot'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionSnapshot', versions=(0, MAXV)),
        )
        name: str = ""
        partitions: list[FetchSnapshotResponse.PartitionSnapshot] = field(default_factory=list)

    _s_TopicSnapshot.__name__ = 'TopicSnapshot'

    @dataclass(slots=True)
    class _s_NodeEndpoint(Struct):
        __qualname__ = 'FetchSnapshotResponse.NodeEndpoint'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('node_id', 'NodeId', 'int32', versions=(1, MAXV)),
            F('host', 'Host', 'string', versions=(1, MAXV)),
            F('port', 'Port', 'uint16', versions=(1, MAXV)),
        )
        node_id: int = 0
        host: str = ""
        port: int = 0

    _s_NodeEndpoint.__name__ = 'NodeEndpoint'

    @dataclass(slots=True)
    class FetchSnapshotResponse(Message):
        __qualname__ = 'FetchSnapshotResponse'
        API_KEY: ClassVar[int | None] = 59
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV), ignorable=True),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='TopicSnapshot', versions=(0, MAXV)),
            F('node_endpoints', 'NodeEndpoints', 'struct', array=True, struct='NodeEndpoint', versions=(1, MAXV), tag=0, tagged=(1, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        topics: list[FetchSnapshotResponse.TopicSnapshot] = field(default_factory=list)
        node_endpoints: list[FetchSnapshotResponse.NodeEndpoint] = field(default_factory=list)

    FetchSnapshotResponse.SnapshotId = _s_SnapshotId  # type: ignore[attr-defined]
    FetchSnapshotResponse.LeaderIdAndEpoch = _s_LeaderIdAndEpoch  # type: ignore[attr-defined]
    FetchSnapshotResponse.PartitionSnapshot = _s_PartitionSnapshot  # type: ignore[attr-defined]
    FetchSnapshotResponse.TopicSnapshot = _s_TopicSnapshot  # type: ignore[attr-defined]
    FetchSnapshotResponse.NodeEndpoint = _s_NodeEndpoint  # type: ignore[attr-defined]
    return FetchSnapshotResponse
"""

_SOURCES['FindCoordinatorRequest'] = r"""
def _build_FindCoordinatorRequest() -> type[Message]:
    @dataclass(slots=True)
    class FindCoordinatorRequest(Message):
        __qualname__ = 'FindCoordinatorRequest'
        API_KEY: ClassVar[int | None] = 10
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 6)
        FLEXIBLE_FROM: ClassVar[int | None] = 3
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('key', 'Key', 'string', versions=(0, 3)),
            F('key_type', 'KeyType', 'int8', versions=(1, MAXV)),
            F('coordinator_keys', 'CoordinatorKeys', 'string', array=True, versions=(4, MAXV)),
        )
        key: str = ""
        key_type: int = 0
        coordinator_keys: list[str] = field(default_factory=list)

    return FindCoordinatorRequest
"""

_SOURCES['FindCoordinatorResponse'] = r"""
def _build_FindCoordinatorResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_Coordinator(Struct):
        __qualname__ = 'FindCoordinatorResponse.Coordinator'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('key', 'Key', 'string', versions=(4, MAXV)),
            F('node_id', 'NodeId', 'int32', versions=(4, MAXV)),
            F('host', 'Host', 'string', versions=(4, MAXV)),
            F('port', 'Port', 'int32', versions=(4, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(4, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(4, MAXV), nullable=(4, MAXV), ignorable=True),
        )
        key: str = ""
        node_id: int = 0
        host: str = ""
        port: int = 0
        error_code: int = 0
        error_message: str | None = ""

    _s_Coordinator.__name__ = 'Coordinator'

    @dataclass(slots=True)
    class FindCoordinatorResponse(Message):
        __qualname__ = 'FindCoordinatorResponse'
        API_KEY: ClassVar[int | None] = 10
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 6)
        FLEXIBLE_FROM: ClassVar[int | None] = 3
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(1, MAXV), ignorable=True),
            F('error_code', 'ErrorCode', 'int16', versions=(0, 3)),
            F('error_message', 'ErrorMessage', 'string', versions=(1, 3), nullable=(1, 3), ignorable=True),
            F('node_id', 'NodeId', 'int32', versions=(0, 3)),
            F('host', 'Host', 'string', versions=(0, 3)),
            F('port', 'Port', 'int32', versions=(0, 3)),
            F('coordinators', 'Coordinators', 'struct', array=True, struct='Coordinator', versions=(4, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        error_message: str | None = ""
        node_id: int = 0
        host: str = ""
        port: int = 0
        coordinators: list[FindCoordinatorResponse.Coordinator] = field(default_factory=list)

    FindCoordinatorResponse.Coordinator = _s_Coordinator  # type: ignore[attr-defined]
    return FindCoordinatorResponse
"""

_SOURCES['GetTelemetrySubscriptionsRequest'] = r"""
def _build_GetTelemetrySubscriptionsRequest() -> type[Message]:
    @dataclass(slots=True)
    class GetTelemetrySubscriptionsRequest(Message):
        __qualname__ = 'GetTelemetrySubscriptionsRequest'
        API_KEY: ClassVar[int | None] = 71
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('client_instance_id', 'ClientInstanceId', 'uuid', versions=(0, MAXV)),
        )
        client_instance_id: uuid.UUID = ZERO_UUID

    return GetTelemetrySubscriptionsRequest
"""

_SOURCES['GetTelemetrySubscriptionsResponse'] = r"""
def _build_GetTelemetrySubscriptionsResponse() -> type[Message]:
    @dataclass(slots=True)
    class GetTelemetrySubscriptionsResponse(Message):
        __qualname__ = 'GetTelemetrySubscriptionsResponse'
        API_KEY: ClassVar[int | None] = 71
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('client_instance_id', 'ClientInstanceId', 'uuid', versions=(0, MAXV)),
            F('subscription_id', 'SubscriptionId', 'int32', versions=(0, MAXV)),
            F('accepted_compression_types', 'AcceptedCompressionTypes', 'int8', array=True, versions=(0, MAXV)),
            F('push_interval_ms', 'PushIntervalMs', 'int32', versions=(0, MAXV)),
            F('telemetry_max_bytes', 'TelemetryMaxBytes', 'int32', versions=(0, MAXV)),
            F('delta_temporality', 'DeltaTemporality', 'bool', versions=(0, MAXV)),
            F('requested_metrics', 'RequestedMetrics', 'string', array=True, versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        client_instance_id: uuid.UUID = ZERO_UUID
        subscription_id: int = 0
        accepted_compression_types: list[int] = field(default_factory=list)
        push_interval_ms: int = 0
        telemetry_max_bytes: int = 0
        delta_temporality: bool = False
        requested_metrics: list[str] = field(default_factory=list)

    return GetTelemetrySubscriptionsResponse
"""

_SOURCES['GroupMetadataKey'] = r"""
def _build_GroupMetadataKey() -> type[Message]:
    @dataclass(slots=True)
    class GroupMetadataKey(Message):
        __qualname__ = 'GroupMetadataKey'
        API_KEY: ClassVar[int | None] = 2
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-key'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group', 'group', 'string', versions=(0, 0)),
        )
        group: str = ""

    return GroupMetadataKey
"""

_SOURCES['GroupMetadataValue'] = r"""
def _build_GroupMetadataValue() -> type[Message]:
    @dataclass(slots=True)
    class _s_MemberMetadata(Struct):
        __qualname__ = 'GroupMetadataValue.MemberMetadata'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('member_id', 'memberId', 'string', versions=(0, MAXV)),
            F('group_instance_id', 'groupInstanceId', 'string', versions=(3, MAXV), nullable=(3, MAXV), ignorable=True),
            F('client_id', 'clientId', 'string', versions=(0, MAXV)),
            F('client_host', 'clientHost', 'string', versions=(0, MAXV)),
            F('rebalance_timeout', 'rebalanceTimeout', 'int32', versions=(1, MAXV), ignorable=True),
            F('session_timeout', 'sessionTimeout', 'int32', versions=(0, MAXV)),
            F('subscription', 'subscription', 'bytes', versions=(0, MAXV)),
            F('assignment', 'assignment', 'bytes', versions=(0, MAXV)),
        )
        member_id: str = ""
        group_instance_id: str | None = None
        client_id: str = ""
        client_host: str = ""
        rebalance_timeout: int = -1
        session_timeout: int = 0
        subscription: bytes = b""
        assignment: bytes = b""

    _s_MemberMetadata.__name__ = 'MemberMetadata'

    @dataclass(slots=True)
    class GroupMetadataValue(Message):
        __qualname__ = 'GroupMetadataValue'
        API_KEY: ClassVar[int | None] = 2
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-value'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 4)
        FLEXIBLE_FROM: ClassVar[int | None] = 4
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('protocol_type', 'protocolType', 'string', versions=(0, MAXV)),
            F('generation', 'generation', 'int32', versions=(0, MAXV)),
            F('protocol', 'protocol', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('leader', 'leader', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('current_state_timestamp', 'currentStateTimestamp', 'int64', versions=(2, MAXV), ignorable=True),
            F('members', 'members', 'struct', array=True, struct='MemberMetadata', versions=(0, MAXV)),
        )
        protocol_type: str = ""
        generation: int = 0
        protocol: str | None = ""
        leader: str | None = ""
        current_state_timestamp: int = -1
        members: list[GroupMetadataValue.MemberMetadata] = field(default_factory=list)

    GroupMetadataValue.MemberMetadata = _s_MemberMetadata  # type: ignore[attr-defined]
    return GroupMetadataValue
"""

_SOURCES['HeartbeatRequest'] = r"""
def _build_HeartbeatRequest() -> type[Message]:
    @dataclass(slots=True)
    class HeartbeatRequest(Message):
        __qualname__ = 'HeartbeatRequest'
        API_KEY: ClassVar[int | None] = 12
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 4)
        FLEXIBLE_FROM: ClassVar[int | None] = 4
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('generation_id', 'GenerationId', 'int32', versions=(0, MAXV)),
            F('member_id', 'MemberId', 'string', versions=(0, MAXV)),
            F('group_instance_id', 'GroupInstanceId', 'string', versions=(3, MAXV), nullable=(3, MAXV)),
        )
        group_id: str = ""
        generation_id: int = 0
        member_id: str = ""
        group_instance_id: str | None = None

    return HeartbeatRequest
"""

_SOURCES['HeartbeatResponse'] = r"""
def _build_HeartbeatResponse() -> type[Message]:
    @dataclass(slots=True)
    class HeartbeatResponse(Message):
        __qualname__ = 'HeartbeatResponse'
        API_KEY: ClassVar[int | None] = 12
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 4)
        FLEXIBLE_FROM: ClassVar[int | None] = 4
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(1, MAXV), ignorable=True),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0

    return HeartbeatResponse
"""

_SOURCES['IncrementalAlterConfigsRequest'] = r"""
def _build_IncrementalAlterConfigsRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_AlterableConfig(Struct):
        __qualname__ = 'IncrementalAlterConfigsRequest.AlterableConfig'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('config_operation', 'ConfigOperation', 'int8', versions=(0, MAXV)),
            F('value', 'Value', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        name: str = ""
        config_operation: int = 0
        value: str | None = ""

    _s_AlterableConfig.__name__ = 'AlterableConfig'

    @dataclass(slots=True)
    class _s_AlterConfigsResource(Struct):
        __qualname__ = 'IncrementalAlterConfigsRequest.AlterConfigsResource'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('resource_type', 'ResourceType', 'int8', versions=(0, MAXV)),
            F('resource_name', 'ResourceName', 'string', versions=(0, MAXV)),
            F('configs', 'Configs', 'struct', array=True, struct='AlterableConfig', versions=(0, MAXV)),
        )
        resource_type: int = 0
        resource_name: str = ""
        configs: list[IncrementalAlterConfigsRequest.AlterableConfig] = field(default_factory=list)

    _s_AlterConfigsResource.__name__ = 'AlterConfigsResource'

    @dataclass(slots=True)
    class IncrementalAlterConfigsRequest(Message):
        __qualname__ = 'IncrementalAlterConfigsRequest'
        API_KEY: ClassVar[int | None] = 44
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 1
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('resources', 'Resources', 'struct', array=True, struct='AlterConfigsResource', versions=(0, MAXV)),
            F('validate_only', 'ValidateOnly', 'bool', versions=(0, MAXV)),
        )
        resources: list[IncrementalAlterConfigsRequest.AlterConfigsResource] = field(default_factory=list)
        validate_only: bool = False

    IncrementalAlterConfigsRequest.AlterableConfig = _s_AlterableConfig  # type: ignore[attr-defined]
    IncrementalAlterConfigsRequest.AlterConfigsResource = _s_AlterConfigsResource  # type: ignore[attr-defined]
    return IncrementalAlterConfigsRequest
"""

_SOURCES['IncrementalAlterConfigsResponse'] = r"""
def _build_IncrementalAlterConfigsResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_AlterConfigsResourceResponse(Struct):
        __qualname__ = 'IncrementalAlterConfigsResponse.AlterConfigsResourceResponse'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('resource_type', 'ResourceType', 'int8', versions=(0, MAXV)),
            F('resource_name', 'ResourceName', 'string', versions=(0, MAXV)),
        )
        error_code: int = 0
        error_message: str | None = ""
        resource_type: int = 0
        resource_name: str = ""

    _s_AlterConfigsResourceResponse.__name__ = 'AlterConfigsResourceResponse'

    @dataclass(slots=True)
    class IncrementalAlterConfigsResponse(Message):
        __qualname__ = 'IncrementalAlterConfigsResponse'
        API_KEY: ClassVar[int | None] = 44
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 1
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('responses', 'Responses', 'struct', array=True, struct='AlterConfigsResourceResponse', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        responses: list[IncrementalAlterConfigsResponse.AlterConfigsResourceResponse] = field(default_factory=list)

    IncrementalAlterConfigsResponse.AlterConfigsResourceResponse = _s_AlterConfigsResourceResponse  # type: ignore[attr-defined]
    return IncrementalAlterConfigsResponse
"""

_SOURCES['InitProducerIdRequest'] = r"""
def _build_InitProducerIdRequest() -> type[Message]:
    @dataclass(slots=True)
    class InitProducerIdRequest(Message):
        __qualname__ = 'InitProducerIdRequest'
        API_KEY: ClassVar[int | None] = 22
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 6)
        FLEXIBLE_FROM: ClassVar[int | None] = 2
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = True
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('transactional_id', 'TransactionalId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('transaction_timeout_ms', 'TransactionTimeoutMs', 'int32', versions=(0, MAXV)),
            F('producer_id', 'ProducerId', 'int64', versions=(3, MAXV)),
            F('producer_epoch', 'ProducerEpoch', 'int16', versions=(3, MAXV)),
            F('enable2_pc', 'Enable2Pc', 'bool', versions=(6, MAXV)),
            F('keep_prepared_txn', 'KeepPreparedTxn', 'bool', versions=(6, MAXV)),
        )
        transactional_id: str | None = ""
        transaction_timeout_ms: int = 0
        producer_id: int = -1
        producer_epoch: int = -1
        enable2_pc: bool = False
        keep_prepared_txn: bool = False

    return InitProducerIdRequest
"""

_SOURCES['InitProducerIdResponse'] = r"""
def _build_InitProducerIdResponse() -> type[Message]:
    @dataclass(slots=True)
    class InitProducerIdResponse(Message):
        __qualname__ = 'InitProducerIdResponse'
        API_KEY: ClassVar[int | None] = 22
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 6)
        FLEXIBLE_FROM: ClassVar[int | None] = 2
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV), ignorable=True),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('producer_id', 'ProducerId', 'int64', versions=(0, MAXV)),
            F('producer_epoch', 'ProducerEpoch', 'int16', versions=(0, MAXV)),
            F('ongoing_txn_producer_id', 'OngoingTxnProducerId', 'int64', versions=(6, MAXV)),
            F('ongoing_txn_producer_epoch', 'OngoingTxnProducerEpoch', 'int16', versions=(6, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        producer_id: int = -1
        producer_epoch: int = 0
        ongoing_txn_producer_id: int = -1
        ongoing_txn_producer_epoch: int = -1

    return InitProducerIdResponse
"""

_SOURCES['InitializeShareGroupStateRequest'] = r"""
def _build_InitializeShareGroupStateRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_PartitionData(Struct):
        __qualname__ = 'InitializeShareGroupStateRequest.PartitionData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition', 'Partition', 'int32', versions=(0, MAXV)),
            F('state_epoch', 'StateEpoch', 'int32', versions=(0, MAXV)),
            F('start_offset', 'StartOffset', 'int64', versions=(0, MAXV)),
        )
        partition: int = 0
        state_epoch: int = 0
        start_offset: int = 0

    _s_PartitionData.__name__ = 'PartitionData'

    @dataclass(slots=True)
    class _s_InitializeStateData(Struct):
        __qualname__ = 'InitializeShareGroupStateRequest.InitializeStateData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[InitializeShareGroupStateRequest.PartitionData] = field(default_factory=list)

    _s_InitializeStateData.__name__ = 'InitializeStateData'

    @dataclass(slots=True)
    class InitializeShareGroupStateRequest(Message):
        __qualname__ = 'InitializeShareGroupStateRequest'
        API_KEY: ClassVar[int | None] = 83
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='InitializeStateData', versions=(0, MAXV)),
        )
        group_id: str = ""
        topics: list[InitializeShareGroupStateRequest.InitializeStateData] = field(default_factory=list)

    InitializeShareGroupStateRequest.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    InitializeShareGroupStateRequest.InitializeStateData = _s_InitializeStateData  # type: ignore[attr-defined]
    return InitializeShareGroupStateRequest
"""

_SOURCES['InitializeShareGroupStateResponse'] = r"""
def _build_InitializeShareGroupStateResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_PartitionResult(Struct):
        __qualname__ = 'InitializeShareGroupStateResponse.PartitionResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition', 'Partition', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        partition: int = 0
        error_code: int = 0
        error_message: str | None = None

    _s_PartitionResult.__name__ = 'PartitionResult'

    @dataclass(slots=True)
    class _s_InitializeStateResult(Struct):
        __qualname__ = 'InitializeShareGroupStateResponse.InitializeStateResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionResult', versions=(0, MAXV)),
        )
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[InitializeShareGroupStateResponse.PartitionResult] = field(default_factory=list)

    _s_InitializeStateResult.__name__ = 'InitializeStateResult'

    @dataclass(slots=True)
    class InitializeShareGroupStateResponse(Message):
        __qualname__ = 'InitializeShareGroupStateResponse'
        API_KEY: ClassVar[int | None] = 83
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('results', 'Results', 'struct', array=True, struct='InitializeStateResult', versions=(0, MAXV)),
        )
        results: list[InitializeShareGroupStateResponse.InitializeStateResult] = field(default_factory=list)

    InitializeShareGroupStateResponse.PartitionResult = _s_PartitionResult  # type: ignore[attr-defined]
    InitializeShareGroupStateResponse.InitializeStateResult = _s_InitializeStateResult  # type: ignore[attr-defined]
    return InitializeShareGroupStateResponse
"""

_SOURCES['JoinGroupRequest'] = r"""
def _build_JoinGroupRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_JoinGroupRequestProtocol(Struct):
        __qualname__ = 'JoinGroupRequest.JoinGroupRequestProtocol'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('metadata', 'Metadata', 'bytes', versions=(0, MAXV)),
        )
        name: str = ""
        metadata: bytes = b""

    _s_JoinGroupRequestProtocol.__name__ = 'JoinGroupRequestProtocol'

    @dataclass(slots=True)
    class JoinGroupRequest(Message):
        __qualname__ = 'JoinGroupRequest'
        API_KEY: ClassVar[int | None] = 11
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 9)
        FLEXIBLE_FROM: ClassVar[int | None] = 6
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('session_timeout_ms', 'SessionTimeoutMs', 'int32', versions=(0, MAXV)),
            F('rebalance_timeout_ms', 'RebalanceTimeoutMs', 'int32', versions=(1, MAXV), ignorable=True),
            F('member_id', 'MemberId', 'string', versions=(0, MAXV)),
            F('group_instance_id', 'GroupInstanceId', 'string', versions=(5, MAXV), nullable=(5, MAXV)),
            F('protocol_type', 'ProtocolType', 'string', versions=(0, MAXV)),
            F('protocols', 'Protocols', 'struct', array=True, struct='JoinGroupRequestProtocol', versions=(0, MAXV)),
            F('reason', 'Reason', 'string', versions=(8, MAXV), nullable=(8, MAXV), ignorable=True),
        )
        group_id: str = ""
        session_timeout_ms: int = 0
        rebalance_timeout_ms: int = -1
        member_id: str = ""
        group_instance_id: str | None = None
        protocol_type: str = ""
        protocols: list[JoinGroupRequest.JoinGroupRequestProtocol] = field(default_factory=list)
        reason: str | None = None

    JoinGroupRequest.JoinGroupRequestProtocol = _s_JoinGroupRequestProtocol  # type: ignore[attr-defined]
    return JoinGroupRequest
"""

_SOURCES['JoinGroupResponse'] = r"""
def _build_JoinGroupResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_JoinGroupResponseMember(Struct):
        __qualname__ = 'JoinGroupResponse.JoinGroupResponseMember'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('member_id', 'MemberId', 'string', versions=(0, MAXV)),
            F('group_instance_id', 'GroupInstanceId', 'string', versions=(5, MAXV), nullable=(5, MAXV), ignorable=True),
            F('metadata', 'Metadata', 'bytes', versions=(0, MAXV)),
        )
        member_id: str = ""
        group_instance_id: str | None = None
        metadata: bytes = b""

    _s_JoinGroupResponseMember.__name__ = 'JoinGroupResponseMember'

    @dataclass(slots=True)
    class JoinGroupResponse(Message):
        __qualname__ = 'JoinGroupResponse'
        API_KEY: ClassVar[int | None] = 11
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 9)
        FLEXIBLE_FROM: ClassVar[int | None] = 6
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(2, MAXV), ignorable=True),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('generation_id', 'GenerationId', 'int32', versions=(0, MAXV)),
            F('protocol_type', 'ProtocolType', 'string', versions=(7, MAXV), nullable=(7, MAXV), ignorable=True),
            F('protocol_name', 'ProtocolName', 'string', versions=(0, MAXV), nullable=(7, MAXV)),
            F('leader', 'Leader', 'string', versions=(0, MAXV)),
            F('skip_assignment', 'SkipAssignment', 'bool', versions=(9, MAXV)),
            F('member_id', 'MemberId', 'string', versions=(0, MAXV)),
            F('members', 'Members', 'struct', array=True, struct='JoinGroupResponseMember', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        generation_id: int = -1
        protocol_type: str | None = None
        protocol_name: str | None = ""
        leader: str = ""
        skip_assignment: bool = False
        member_id: str = ""
        members: list[JoinGroupResponse.JoinGroupResponseMember] = field(default_factory=list)

    JoinGroupResponse.JoinGroupResponseMember = _s_JoinGroupResponseMember  # type: ignore[attr-defined]
    return JoinGroupResponse
"""

_SOURCES['KRaftVersionRecord'] = r"""
def _build_KRaftVersionRecord() -> type[Message]:
    @dataclass(slots=True)
    class KRaftVersionRecord(Message):
        __qualname__ = 'KRaftVersionRecord'
        API_KEY: ClassVar[int | None] = None
        MESSAGE_TYPE: ClassVar[str] = 'data'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('version', 'Version', 'int16', versions=(0, MAXV)),
            F('kraft_version', 'KRaftVersion', 'int16', versions=(0, MAXV)),
        )
        version: int = 0
        kraft_version: int = 0

    return KRaftVersionRecord
"""

_SOURCES['LeaderAndIsrRequest'] = r"""
def _build_LeaderAndIsrRequest() -> type[Message]:
    @dataclass(slots=True)
    class LeaderAndIsrRequest(Message):
        __qualname__ = 'LeaderAndIsrRequest'
        API_KEY: ClassVar[int | None] = 4
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, -1)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
        )

    return LeaderAndIsrRequest
"""

_SOURCES['LeaderAndIsrResponse'] = r"""
def _build_LeaderAndIsrResponse() -> type[Message]:
    @dataclass(slots=True)
    class LeaderAndIsrResponse(Message):
        __qualname__ = 'LeaderAndIsrResponse'
        API_KEY: ClassVar[int | None] = 4
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, -1)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
        )

    return LeaderAndIsrResponse
"""

_SOURCES['LeaderChangeMessage'] = r"""
def _build_LeaderChangeMessage() -> type[Message]:
    @dataclass(slots=True)
    class _s_Voter(Struct):
        __qualname__ = 'LeaderChangeMessage.Voter'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('voter_id', 'VoterId', 'int32', versions=(0, MAXV)),
            F('voter_directory_id', 'VoterDirectoryId', 'uuid', versions=(1, MAXV)),
        )
        voter_id: int = 0
        voter_directory_id: uuid.UUID = ZERO_UUID

    _s_Voter.__name__ = 'Voter'

    @dataclass(slots=True)
    class LeaderChangeMessage(Message):
        __qualname__ = 'LeaderChangeMessage'
        API_KEY: ClassVar[int | None] = None
        MESSAGE_TYPE: ClassVar[str] = 'data'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('version', 'Version', 'int16', versions=(0, MAXV)),
            F('leader_id', 'LeaderId', 'int32', versions=(0, MAXV)),
            F('voters', 'Voters', 'struct', array=True, struct='Voter', versions=(0, MAXV)),
            F('granting_voters', 'GrantingVoters', 'struct', array=True, struct='Voter', versions=(0, MAXV)),
        )
        version: int = 0
        leader_id: int = 0
        voters: list[LeaderChangeMessage.Voter] = field(default_factory=list)
        granting_voters: list[LeaderChangeMessage.Voter] = field(default_factory=list)

    LeaderChangeMessage.Voter = _s_Voter  # type: ignore[attr-defined]
    return LeaderChangeMessage
"""

_SOURCES['LeaveGroupRequest'] = r"""
def _build_LeaveGroupRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_MemberIdentity(Struct):
        __qualname__ = 'LeaveGroupRequest.MemberIdentity'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('member_id', 'MemberId', 'string', versions=(3, MAXV)),
            F('group_instance_id', 'GroupInstanceId', 'string', versions=(3, MAXV), nullable=(3, MAXV)),
            F('reason', 'Reason', 'string', versions=(5, MAXV), nullable=(5, MAXV), ignorable=True),
        )
        member_id: str = ""
        group_instance_id: str | None = None
        reason: str | None = None

    _s_MemberIdentity.__name__ = 'MemberIdentity'

    @dataclass(slots=True)
    class LeaveGroupRequest(Message):
        __qualname__ = 'LeaveGroupRequest'
        API_KEY: ClassVar[int | None] = 13
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 5)
        FLEXIBLE_FROM: ClassVar[int | None] = 4
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('member_id', 'MemberId', 'string', versions=(0, 2)),
            F('members', 'Members', 'struct', array=True, struct='MemberIdentity', versions=(3, MAXV)),
        )
        group_id: str = ""
        member_id: str = ""
        members: list[LeaveGroupRequest.MemberIdentity] = field(default_factory=list)

    LeaveGroupRequest.MemberIdentity = _s_MemberIdentity  # type: ignore[attr-defined]
    return LeaveGroupRequest
"""

_SOURCES['LeaveGroupResponse'] = r"""
def _build_LeaveGroupResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_MemberResponse(Struct):
        __qualname__ = 'LeaveGroupResponse.MemberResponse'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('member_id', 'MemberId', 'string', versions=(3, MAXV)),
            F('group_instance_id', 'GroupInstanceId', 'string', versions=(3, MAXV), nullable=(3, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(3, MAXV)),
        )
        member_id: str = ""
        group_instance_id: str | None = ""
        error_code: int = 0

    _s_MemberResponse.__name__ = 'MemberResponse'

    @dataclass(slots=True)
    class LeaveGroupResponse(Message):
        __qualname__ = 'LeaveGroupResponse'
        API_KEY: ClassVar[int | None] = 13
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 5)
        FLEXIBLE_FROM: ClassVar[int | None] = 4
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(1, MAXV), ignorable=True),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('members', 'Members', 'struct', array=True, struct='MemberResponse', versions=(3, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        members: list[LeaveGroupResponse.MemberResponse] = field(default_factory=list)

    LeaveGroupResponse.MemberResponse = _s_MemberResponse  # type: ignore[attr-defined]
    return LeaveGroupResponse
"""

_SOURCES['LegacyOffsetCommitKey'] = r"""
def _build_LegacyOffsetCommitKey() -> type[Message]:
    @dataclass(slots=True)
    class LegacyOffsetCommitKey(Message):
        __qualname__ = 'LegacyOffsetCommitKey'
        API_KEY: ClassVar[int | None] = 0
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-key'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group', 'group', 'string', versions=(0, 0)),
            F('topic', 'topic', 'string', versions=(0, 0)),
            F('partition', 'partition', 'int32', versions=(0, 0)),
        )
        group: str = ""
        topic: str = ""
        partition: int = 0

    return LegacyOffsetCommitKey
"""

_SOURCES['LegacyOffsetCommitValue'] = r"""
def _build_LegacyOffsetCommitValue() -> type[Message]:
    @dataclass(slots=True)
    class LegacyOffsetCommitValue(Message):
        __qualname__ = 'LegacyOffsetCommitValue'
        API_KEY: ClassVar[int | None] = 0
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-value'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('offset', 'offset', 'int64', versions=(0, 0)),
            F('metadata', 'metadata', 'string', versions=(0, 0)),
            F('commit_timestamp', 'commitTimestamp', 'int64', versions=(0, 0)),
        )
        offset: int = 0
        metadata: str = ""
        commit_timestamp: int = 0

    return LegacyOffsetCommitValue
"""

_SOURCES['ListConfigResourcesRequest'] = r"""
def _build_ListConfigResourcesRequest() -> type[Message]:
    @dataclass(slots=True)
    class ListConfigResourcesRequest(Message):
        __qualname__ = 'ListConfigResourcesRequest'
        API_KEY: ClassVar[int | None] = 74
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('resource_types', 'ResourceTypes', 'int8', array=True, versions=(1, MAXV)),
        )
        resource_types: list[int] = field(default_factory=list)

    return ListConfigResourcesRequest
"""

_SOURCES['ListConfigResourcesResponse'] = r"""
def _build_ListConfigResourcesResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_ConfigResource(Struct):
        __qualname__ = 'ListConfigResourcesResponse.ConfigResource'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('resource_name', 'ResourceName', 'string', versions=(0, MAXV)),
            F('resource_type', 'ResourceType', 'int8', versions=(1, MAXV), ignorable=True),
        )
        resource_name: str = ""
        resource_type: int = 16

    _s_ConfigResource.__name__ = 'ConfigResource'

    @dataclass(slots=True)
    class ListConfigResourcesResponse(Message):
        __qualname__ = 'ListConfigResourcesResponse'
        API_KEY: ClassVar[int | None] = 74
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('config_resources', 'ConfigResources', 'struct', array=True, struct='ConfigResource', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        config_resources: list[ListConfigResourcesResponse.ConfigResource] = field(default_factory=list)

    ListConfigResourcesResponse.ConfigResource = _s_ConfigResource  # type: ignore[attr-defined]
    return ListConfigResourcesResponse
"""

_SOURCES['ListGroupsRequest'] = r"""
def _build_ListGroupsRequest() -> type[Message]:
    @dataclass(slots=True)
    class ListGroupsRequest(Message):
        __qualname__ = 'ListGroupsRequest'
        API_KEY: ClassVar[int | None] = 16
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 5)
        FLEXIBLE_FROM: ClassVar[int | None] = 3
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('states_filter', 'StatesFilter', 'string', array=True, versions=(4, MAXV)),
            F('types_filter', 'TypesFilter', 'string', array=True, versions=(5, MAXV)),
        )
        states_filter: list[str] = field(default_factory=list)
        types_filter: list[str] = field(default_factory=list)

    return ListGroupsRequest
"""

_SOURCES['ListGroupsResponse'] = r"""
def _build_ListGroupsResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_ListedGroup(Struct):
        __qualname__ = 'ListGroupsResponse.ListedGroup'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('protocol_type', 'ProtocolType', 'string', versions=(0, MAXV)),
            F('group_state', 'GroupState', 'string', versions=(4, MAXV), ignorable=True),
            F('group_type', 'GroupType', 'string', versions=(5, MAXV), ignorable=True),
        )
        group_id: str = ""
        protocol_type: str = ""
        group_state: str = ""
        group_type: str = ""

    _s_ListedGroup.__name__ = 'ListedGroup'

    @dataclass(slots=True)
    class ListGroupsResponse(Message):
        __qualname__ = 'ListGroupsResponse'
        API_KEY: ClassVar[int | None] = 16
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 5)
        FLEXIBLE_FROM: ClassVar[int | None] = 3
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(1, MAXV), ignorable=True),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('groups', 'Groups', 'struct', array=True, struct='ListedGroup', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        groups: list[ListGroupsResponse.ListedGroup] = field(default_factory=list)

    ListGroupsResponse.ListedGroup = _s_ListedGroup  # type: ignore[attr-defined]
    return ListGroupsResponse
"""

_SOURCES['ListOffsetsRequest'] = r"""
def _build_ListOffsetsRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_ListOffsetsPartition(Struct):
        __qualname__ = 'ListOffsetsRequest.ListOffsetsPartition'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('current_leader_epoch', 'CurrentLeaderEpoch', 'int32', versions=(4, MAXV), ignorable=True),
            F('timestamp', 'Timestamp', 'int64', versions=(0, MAXV)),
        )
        partition_index: int = 0
        current_leader_epoch: int = -1
        timestamp: int = 0

    _s_ListOffsetsPartition.__name__ = 'ListOffsetsPartition'

    @dataclass(slots=True)
    class _s_ListOffsetsTopic(Struct):
        __qualname__ = 'ListOffsetsRequest.ListOffsetsTopic'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='ListOffsetsPartition', versions=(0, MAXV)),
        )
        name: str = ""
        partitions: list[ListOffsetsRequest.ListOffsetsPartition] = field(default_factory=list)

    _s_ListOffsetsTopic.__name__ = 'ListOffsetsTopic'

    @dataclass(slots=True)
    class ListOffsetsRequest(Message):
        __qualname__ = 'ListOffsetsRequest'
        API_KEY: ClassVar[int | None] = 2
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 11)
        FLEXIBLE_FROM: ClassVar[int | None] = 6
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('replica_id', 'ReplicaId', 'int32', versions=(0, MAXV)),
            F('isolation_level', 'IsolationLevel', 'int8', versions=(2, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='ListOffsetsTopic', versions=(0, MAXV)),
            F('timeout_ms', 'TimeoutMs', 'int32', versions=(10, MAXV), ignorable=True),
        )
        replica_id: int = 0
        isolation_level: int = 0
        topics: list[ListOffsetsRequest.ListOffsetsTopic] = field(default_factory=list)
        timeout_ms: int = 0

    ListOffsetsRequest.ListOffsetsPartition = _s_ListOffsetsPartition  # type: ignore[attr-defined]
    ListOffsetsRequest.ListOffsetsTopic = _s_ListOffsetsTopic  # type: ignore[attr-defined]
    return ListOffsetsRequest
"""

_SOURCES['ListOffsetsResponse'] = r"""
def _build_ListOffsetsResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_ListOffsetsPartitionResponse(Struct):
        __qualname__ = 'ListOffsetsResponse.ListOffsetsPartitionResponse'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('timestamp', 'Timestamp', 'int64', versions=(1, MAXV)),
            F('offset', 'Offset', 'int64', versions=(1, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(4, MAXV)),
        )
        partition_index: int = 0
        error_code: int = 0
        timestamp: int = -1
        offset: int = -1
        leader_epoch: int = -1

    _s_ListOffsetsPartitionResponse.__name__ = 'ListOffsetsPartitionResponse'

    @dataclass(slots=True)
    class _s_ListOffsetsTopicResponse(Struct):
        __qualname__ = 'ListOffsetsResponse.ListOffsetsTopicResponse'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='ListOffsetsPartitionResponse', versions=(0, MAXV)),
        )
        name: str = ""
        partitions: list[ListOffsetsResponse.ListOffsetsPartitionResponse] = field(default_factory=list)

    _s_ListOffsetsTopicResponse.__name__ = 'ListOffsetsTopicResponse'

    @dataclass(slots=True)
    class ListOffsetsResponse(Message):
        __qualname__ = 'ListOffsetsResponse'
        API_KEY: ClassVar[int | None] = 2
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 11)
        FLEXIBLE_FROM: ClassVar[int | None] = 6
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(2, MAXV), ignorable=True),
            F('topics', 'Topics', 'struct', array=True, struct='ListOffsetsTopicResponse', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        topics: list[ListOffsetsResponse.ListOffsetsTopicResponse] = field(default_factory=list)

    ListOffsetsResponse.ListOffsetsPartitionResponse = _s_ListOffsetsPartitionResponse  # type: ignore[attr-defined]
    ListOffsetsResponse.ListOffsetsTopicResponse = _s_ListOffsetsTopicResponse  # type: ignore[attr-defined]
    return ListOffsetsResponse
"""

_SOURCES['ListPartitionReassignmentsRequest'] = r"""
def _build_ListPartitionReassignmentsRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_ListPartitionReassignmentsTopics(Struct):
        __qualname__ = 'ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partition_indexes', 'PartitionIndexes', 'int32', array=True, versions=(0, MAXV)),
        )
        name: str = ""
        partition_indexes: list[int] = field(default_factory=list)

    _s_ListPartitionReassignmentsTopics.__name__ = 'ListPartitionReassignmentsTopics'

    @dataclass(slots=True)
    class ListPartitionReassignmentsRequest(Message):
        __qualname__ = 'ListPartitionReassignmentsRequest'
        API_KEY: ClassVar[int | None] = 46
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('timeout_ms', 'TimeoutMs', 'int32', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='ListPartitionReassignmentsTopics', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        timeout_ms: int = 60000
        topics: list[ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics] | None = None

    ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics = _s_ListPartitionReassignmentsTopics  # type: ignore[attr-defined]
    return ListPartitionReassignmentsRequest
"""

_SOURCES['ListPartitionReassignmentsResponse'] = r"""
def _build_ListPartitionReassignmentsResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_OngoingPartitionReassignment(Struct):
        __qualname__ = 'ListPartitionReassignmentsResponse.OngoingPartitionReassignment'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('replicas', 'Replicas', 'int32', array=True, versions=(0, MAXV)),
            F('adding_replicas', 'AddingReplicas', 'int32', array=True, versions=(0, MAXV)),
            F('removing_replicas', 'RemovingReplicas', 'int32', array=True, versions=(0, MAXV)),
        )
        partition_index: int = 0
        replicas: list[int] = field(default_factory=list)
        adding_replicas: list[int] = field(default_factory=list)
        removing_replicas: list[int] = field(default_factory=list)

    _s_OngoingPartitionReassignment.__name__ = 'OngoingPartitionReassignment'

    @dataclass(slots=True)
    class _s_OngoingTopicReassignment(Struct):
        __qualname__ = 'ListPartitionReassignmentsResponse.OngoingTopicReassignment'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='OngoingPartitionReassignment', versions=(0, MAXV)),
        )
        name: str = ""
        partitions: list[ListPartitionReassignmentsResponse.OngoingPartitionReassignment] = field(default_factory=list)

    _s_OngoingTopicReassignment.__name__ = 'OngoingTopicReassignment'

    @dataclass(slots=True)
    class ListPartitionReassignmentsResponse(Message):
        __qualname__ = 'ListPartitionReassignmentsResponse'
        API_KEY: ClassVar[int | None] = 46
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='OngoingTopicReassignment', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        error_message: str | None = ""
        topics: list[ListPartitionReassignmentsResponse.OngoingTopicReassignment] = field(default_factory=list)

    ListPartitionReassignmentsResponse.OngoingPartitionReassignment = _s_OngoingPartitionReassignment  # type: ignore[attr-defined]
    ListPartitionReassignmentsResponse.OngoingTopicReassignment = _s_OngoingTopicReassignment  # type: ignore[attr-defined]
    return ListPartitionReassignmentsResponse
"""

_SOURCES['ListTransactionsRequest'] = r"""
def _build_ListTransactionsRequest() -> type[Message]:
    @dataclass(slots=True)
    class ListTransactionsRequest(Message):
        __qualname__ = 'ListTransactionsRequest'
        API_KEY: ClassVar[int | None] = 66
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('state_filters', 'StateFilters', 'string', array=True, versions=(0, MAXV)),
            F('producer_id_filters', 'ProducerIdFilters', 'int64', array=True, versions=(0, MAXV)),
            F('duration_filter', 'DurationFilter', 'int64', versions=(1, MAXV)),
            F('transactional_id_pattern', 'TransactionalIdPattern', 'string', versions=(2, MAXV), nullable=(2, MAXV)),
        )
        state_filters: list[str] = field(default_factory=list)
        producer_id_filters: list[int] = field(default_factory=list)
        duration_filter: int = -1
        transactional_id_pattern: str | None = None

    return ListTransactionsRequest
"""

_SOURCES['ListTransactionsResponse'] = r"""
def _build_ListTransactionsResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_TransactionState(Struct):
        __qualname__ = 'ListTransactionsResponse.TransactionState'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('transactional_id', 'TransactionalId', 'string', versions=(0, MAXV)),
            F('producer_id', 'ProducerId', 'int64', versions=(0, MAXV)),
            F('transaction_state', 'TransactionState', 'string', versions=(0, MAXV)),
        )
        transactional_id: str = ""
        producer_id: int = 0
        transaction_state: str = ""

    _s_TransactionState.__name__ = 'TransactionState'

    @dataclass(slots=True)
    class ListTransactionsResponse(Message):
        __qualname__ = 'ListTransactionsResponse'
        API_KEY: ClassVar[int | None] = 66
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('unknown_state_filters', 'UnknownStateFilters', 'string', array=True, versions=(0, MAXV)),
            F('transaction_states', 'TransactionStates', 'struct', array=True, struct='TransactionState', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        unknown_state_filters: list[str] = field(default_factory=list)
        transaction_states: list[ListTransactionsResponse.TransactionState] = field(default_factory=list)

    ListTransactionsResponse.TransactionState = _s_TransactionState  # type: ignore[attr-defined]
    return ListTransactionsResponse
"""

_SOURCES['MetadataRequest'] = r"""
def _build_MetadataRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_MetadataRequestTopic(Struct):
        __qualname__ = 'MetadataRequest.MetadataRequestTopic'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(10, MAXV), ignorable=True),
            F('name', 'Name', 'string', versions=(0, MAXV), nullable=(10, MAXV)),
        )
        topic_id: uuid.UUID = ZERO_UUID
        name: str | None = ""

    _s_MetadataRequestTopic.__name__ = 'MetadataRequestTopic'

    @dataclass(slots=True)
    class MetadataRequest(Message):
        __qualname__ = 'MetadataRequest'
        API_KEY: ClassVar[int | None] = 3
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 13)
        FLEXIBLE_FROM: ClassVar[int | None] = 9
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topics', 'Topics', 'struct', array=True, struct='MetadataRequestTopic', versions=(0, MAXV), nullable=(1, MAXV)),
            F('allow_auto_topic_creation', 'AllowAutoTopicCreation', 'bool', versions=(4, MAXV)),
            F('include_cluster_authorized_operations', 'IncludeClusterAuthorizedOperations', 'bool', versions=(8, 10)),
            F('include_topic_authorized_operations', 'IncludeTopicAuthorizedOperations', 'bool', versions=(8, MAXV)),
        )
        topics: list[MetadataRequest.MetadataRequestTopic] | None = field(default_factory=list)
        allow_auto_topic_creation: bool = True
        include_cluster_authorized_operations: bool = False
        include_topic_authorized_operations: bool = False

    MetadataRequest.MetadataRequestTopic = _s_MetadataRequestTopic  # type: ignore[attr-defined]
    return MetadataRequest
"""

_SOURCES['MetadataResponse'] = r"""
def _build_MetadataResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_MetadataResponseBroker(Struct):
        __qualname__ = 'MetadataResponse.MetadataResponseBroker'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('node_id', 'NodeId', 'int32', versions=(0, MAXV)),
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('port', 'Port', 'int32', versions=(0, MAXV)),
            F('rack', 'Rack', 'string', versions=(1, MAXV), nullable=(1, MAXV), ignorable=True),
        )
        node_id: int = 0
        host: str = ""
        port: int = 0
        rack: str | None = None

    _s_MetadataResponseBroker.__name__ = 'MetadataResponseBroker'

    @dataclass(slots=True)
    class _s_MetadataResponsePartition(Struct):
        __qualname__ = 'MetadataResponse.MetadataResponsePartition'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('leader_id', 'LeaderId', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(7, MAXV), ignorable=True),
            F('replica_nodes', 'ReplicaNodes', 'int32', array=True, versions=(0, MAXV)),
            F('isr_nodes', 'IsrNodes', 'int32', array=True, versions=(0, MAXV)),
            F('offline_replicas', 'OfflineReplicas', 'int32', array=True, versions=(5, MAXV), ignorable=True),
        )
        error_code: int = 0
        partition_index: int = 0
        leader_id: int = 0
        leader_epoch: int = -1
        replica_nodes: list[int] = field(default_factory=list)
        isr_nodes: list[int] = field(default_factory=list)
        offline_replicas: list[int] = field(default_factory=list)

    _s_MetadataResponsePartition.__name__ = 'MetadataResponsePartition'

    @dataclass(slots=True)
    class _s_MetadataResponseTopic(Struct):
        __qualname__ = 'MetadataResponse.MetadataResponseTopic'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('name', 'Name', 'string', versions=(0, MAXV), nullable=(12, MAXV)),
            F('topic_id', 'TopicId', 'uuid', versions=(10, MAXV), ignorable=True),
            F('is_internal', 'IsInternal', 'bool', versions=(1, MAXV), ignorable=True),
            F('partitions', 'Partitions', 'struct', array=True, struct='MetadataResponsePartition', versions=(0, MAXV)),
            F('topic_authorized_operations', 'TopicAuthorizedOperations', 'int32', versions=(8, MAXV)),
        )
        error_code: int = 0
        name: str | None = ""
        topic_id: uuid.UUID = ZERO_UUID
        is_internal: bool = False
        partitions: list[MetadataResponse.MetadataResponsePartition] = field(default_factory=list)
        topic_authorized_operations: int = -2147483648

    _s_MetadataResponseTopic.__name__ = 'MetadataResponseTopic'

    @dataclass(slots=True)
    class MetadataResponse(Message):
        __qualname__ = 'MetadataResponse'
        API_KEY: ClassVar[int | None] = 3
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 13)
        FLEXIBLE_FROM: ClassVar[int | None] = 9
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(3, MAXV), ignorable=True),
            F('brokers', 'Brokers', 'struct', array=True, struct='MetadataResponseBroker', versions=(0, MAXV)),
            F('cluster_id', 'ClusterId', 'string', versions=(2, MAXV), nullable=(2, MAXV), ignorable=True),
            F('controller_id', 'ControllerId', 'int32', versions=(1, MAXV), ignorable=True),
            F('topics', 'Topics', 'struct', array=True, struct='MetadataResponseTopic', versions=(0, MAXV)),
            F('cluster_authorized_operations', 'ClusterAuthorizedOperations', 'int32', versions=(8, 10)),
            F('error_code', 'ErrorCode', 'int16', versions=(13, MAXV), ignorable=True),
        )
        throttle_time_ms: int = 0
        brokers: list[MetadataResponse.MetadataResponseBroker] = field(default_factory=list)
        cluster_id: str | None = None
        controller_id: int = -1
        topics: list[MetadataResponse.MetadataResponseTopic] = field(default_factory=list)
        cluster_authorized_operations: int = -2147483648
        error_code: int = 0

    MetadataResponse.MetadataResponseBroker = _s_MetadataResponseBroker  # type: ignore[attr-defined]
    MetadataResponse.MetadataResponsePartition = _s_MetadataResponsePartition  # type: ignore[attr-defined]
    MetadataResponse.MetadataResponseTopic = _s_MetadataResponseTopic  # type: ignore[attr-defined]
    return MetadataResponse
"""

_SOURCES['NoOpRecord'] = r"""
def _build_NoOpRecord() -> type[Message]:
    @dataclass(slots=True)
    class NoOpRecord(Message):
        __qualname__ = 'NoOpRecord'
        API_KEY: ClassVar[int | None] = 20
        MESSAGE_TYPE: ClassVar[str] = 'metadata'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
        )

    return NoOpRecord
"""

_SOURCES['OffsetCommitKey'] = r"""
def _build_OffsetCommitKey() -> type[Message]:
    @dataclass(slots=True)
    class OffsetCommitKey(Message):
        __qualname__ = 'OffsetCommitKey'
        API_KEY: ClassVar[int | None] = 1
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-key'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group', 'group', 'string', versions=(0, 0)),
            F('topic', 'topic', 'string', versions=(0, 0)),
            F('partition', 'partition', 'int32', versions=(0, 0)),
        )
        group: str = ""
        topic: str = ""
        partition: int = 0

    return OffsetCommitKey
"""

_SOURCES['OffsetCommitRequest'] = r"""
def _build_OffsetCommitRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_OffsetCommitRequestPartition(Struct):
        __qualname__ = 'OffsetCommitRequest.OffsetCommitRequestPartition'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('committed_offset', 'CommittedOffset', 'int64', versions=(0, MAXV)),
            F('committed_leader_epoch', 'CommittedLeaderEpoch', 'int32', versions=(6, MAXV), ignorable=True),
            F('committed_metadata', 'CommittedMetadata', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        partition_index: int = 0
        committed_offset: int = 0
        committed_leader_epoch: int = -1
        committed_metadata: str | None = ""

    _s_OffsetCommitRequestPartition.__name__ = 'OffsetCommitRequestPartition'

    @dataclass(slots=True)
    class _s_OffsetCommitRequestTopic(Struct):
        __qualname__ = 'OffsetCommitRequest.OffsetCommitRequestTopic'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, 9), ignorable=True),
            F('topic_id', 'TopicId', 'uuid', versions=(10, MAXV), ignorable=True),
            F('partitions', 'Partitions', 'struct', array=True, struct='OffsetCommitRequestPartition', versions=(0, MAXV)),
        )
        name: str = ""
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[OffsetCommitRequest.OffsetCommitRequestPartition] = field(default_factory=list)

    _s_OffsetCommitRequestTopic.__name__ = 'OffsetCommitRequestTopic'

    @dataclass(slots=True)
    class OffsetCommitRequest(Message):
        __qualname__ = 'OffsetCommitRequest'
        API_KEY: ClassVar[int | None] = 8
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (2, 10)
        FLEXIBLE_FROM: ClassVar[int | None] = 8
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('generation_id_or_member_epoch', 'GenerationIdOrMemberEpoch', 'int32', versions=(1, MAXV), ignorable=True),
            F('member_id', 'MemberId', 'string', versions=(1, MAXV), ignorable=True),
            F('group_instance_id', 'GroupInstanceId', 'string', versions=(7, MAXV), nullable=(7, MAXV)),
            F('retention_time_ms', 'RetentionTimeMs', 'int64', versions=(2, 4), ignorable=True),
            F('topics', 'Topics', 'struct', array=True, struct='OffsetCommitRequestTopic', versions=(0, MAXV)),
        )
        group_id: str = ""
        generation_id_or_member_epoch: int = -1
        member_id: str = ""
        group_instance_id: str | None = None
        retention_time_ms: int = -1
        topics: list[OffsetCommitRequest.OffsetCommitRequestTopic] = field(default_factory=list)

    OffsetCommitRequest.OffsetCommitRequestPartition = _s_OffsetCommitRequestPartition  # type: ignore[attr-defined]
    OffsetCommitRequest.OffsetCommitRequestTopic = _s_OffsetCommitRequestTopic  # type: ignore[attr-defined]
    return OffsetCommitRequest
"""

_SOURCES['OffsetCommitResponse'] = r"""
def _build_OffsetCommitResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_OffsetCommitResponsePartition(Struct):
        __qualname__ = 'OffsetCommitResponse.OffsetCommitResponsePartition'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
        )
        partition_index: int = 0
        error_code: int = 0

    _s_OffsetCommitResponsePartition.__name__ = 'OffsetCommitResponsePartition'

    @dataclass(slots=True)
    class _s_OffsetCommitResponseTopic(Struct):
        __qualname__ = 'OffsetCommitResponse.OffsetCommitResponseTopic'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, 9), ignorable=True),
            F('topic_id', 'TopicId', 'uuid', versions=(10, MAXV), ignorable=True),
            F('partitions', 'Partitions', 'struct', array=True, struct='OffsetCommitResponsePartition', versions=(0, MAXV)),
        )
        name: str = ""
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[OffsetCommitResponse.OffsetCommitResponsePartition] = field(default_factory=list)

    _s_OffsetCommitResponseTopic.__name__ = 'OffsetCommitResponseTopic'

    @dataclass(slots=True)
    class OffsetCommitResponse(Message):
        __qualname__ = 'OffsetCommitResponse'
        API_KEY: ClassVar[int | None] = 8
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (2, 10)
        FLEXIBLE_FROM: ClassVar[int | None] = 8
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(3, MAXV), ignorable=True),
            F('topics', 'Topics', 'struct', array=True, struct='OffsetCommitResponseTopic', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        topics: list[OffsetCommitResponse.OffsetCommitResponseTopic] = field(default_factory=list)

    OffsetCommitResponse.OffsetCommitResponsePartition = _s_OffsetCommitResponsePartition  # type: ignore[attr-defined]
    OffsetCommitResponse.OffsetCommitResponseTopic = _s_OffsetCommitResponseTopic  # type: ignore[attr-defined]
    return OffsetCommitResponse
"""

_SOURCES['OffsetCommitValue'] = r"""
def _build_OffsetCommitValue() -> type[Message]:
    @dataclass(slots=True)
    class OffsetCommitValue(Message):
        __qualname__ = 'OffsetCommitValue'
        API_KEY: ClassVar[int | None] = 1
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-value'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 4)
        FLEXIBLE_FROM: ClassVar[int | None] = 4
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('offset', 'offset', 'int64', versions=(0, MAXV)),
            F('leader_epoch', 'leaderEpoch', 'int32', versions=(3, MAXV), ignorable=True),
            F('metadata', 'metadata', 'string', versions=(0, MAXV)),
            F('commit_timestamp', 'commitTimestamp', 'int64', versions=(0, MAXV)),
            F('expire_timestamp', 'expireTimestamp', 'int64', versions=(1, 1), ignorable=True),
            F('topic_id', 'topicId', 'uuid', versions=(4, MAXV), tag=0, tagged=(4, MAXV), ignorable=True),
        )
        offset: int = 0
        leader_epoch: int = -1
        metadata: str = ""
        commit_timestamp: int = 0
        expire_timestamp: int = -1
        topic_id: uuid.UUID = ZERO_UUID

    return OffsetCommitValue
"""

_SOURCES['OffsetDeleteRequest'] = r"""
def _build_OffsetDeleteRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_OffsetDeleteRequestPartition(Struct):
        __qualname__ = 'OffsetDeleteRequest.OffsetDeleteRequestPartition'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
        )
        partition_index: int = 0

    _s_OffsetDeleteRequestPartition.__name__ = 'OffsetDeleteRequestPartition'

    @dataclass(slots=True)
    class _s_OffsetDeleteRequestTopic(Struct):
        __qualname__ = 'OffsetDeleteRequest.OffsetDeleteRequestTopic'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='OffsetDeleteRequestPartition', versions=(0, MAXV)),
        )
        name: str = ""
        partitions: list[OffsetDeleteRequest.OffsetDeleteRequestPartition] = field(default_factory=list)

    _s_OffsetDeleteRequestTopic.__name__ = 'OffsetDeleteRequestTopic'

    @dataclass(slots=True)
    class OffsetDeleteRequest(Message):
        __qualname__ = 'OffsetDeleteRequest'
        API_KEY: ClassVar[int | None] = 47
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='OffsetDeleteRequestTopic', versions=(0, MAXV)),
        )
        group_id: str = ""
        topics: list[OffsetDeleteRequest.OffsetDeleteRequestTopic] = field(default_factory=list)

    OffsetDeleteRequest.OffsetDeleteRequestPartition = _s_OffsetDeleteRequestPartition  # type: ignore[attr-defined]
    OffsetDeleteRequest.OffsetDeleteRequestTopic = _s_OffsetDeleteRequestTopic  # type: ignore[attr-defined]
    return OffsetDeleteRequest
"""

_SOURCES['OffsetDeleteResponse'] = r"""
def _build_OffsetDeleteResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_OffsetDeleteResponsePartition(Struct):
        __qualname__ = 'OffsetDeleteResponse.OffsetDeleteResponsePartition'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
        )
        partition_index: int = 0
        error_code: int = 0

    _s_OffsetDeleteResponsePartition.__name__ = 'OffsetDeleteResponsePartition'

    @dataclass(slots=True)
    class _s_OffsetDeleteResponseTopic(Struct):
        __qualname__ = 'OffsetDeleteResponse.OffsetDeleteResponseTopic'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='OffsetDeleteResponsePartition', versions=(0, MAXV)),
        )
        name: str = ""
        partitions: list[OffsetDeleteResponse.OffsetDeleteResponsePartition] = field(default_factory=list)

    _s_OffsetDeleteResponseTopic.__name__ = 'OffsetDeleteResponseTopic'

    @dataclass(slots=True)
    class OffsetDeleteResponse(Message):
        __qualname__ = 'OffsetDeleteResponse'
        API_KEY: ClassVar[int | None] = 47
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV), ignorable=True),
            F('topics', 'Topics', 'struct', array=True, struct='OffsetDeleteResponseTopic', versions=(0, MAXV)),
        )
        error_code: int = 0
        throttle_time_ms: int = 0
        topics: list[OffsetDeleteResponse.OffsetDeleteResponseTopic] = field(default_factory=list)

    OffsetDeleteResponse.OffsetDeleteResponsePartition = _s_OffsetDeleteResponsePartition  # type: ignore[attr-defined]
    OffsetDeleteResponse.OffsetDeleteResponseTopic = _s_OffsetDeleteResponseTopic  # type: ignore[attr-defined]
    return OffsetDeleteResponse
"""

_SOURCES['OffsetFetchRequest'] = r"""
def _build_OffsetFetchRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_OffsetFetchRequestTopic(Struct):
        __qualname__ = 'OffsetFetchRequest.OffsetFetchRequestTopic'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, 7)),
            F('partition_indexes', 'PartitionIndexes', 'int32', array=True, versions=(0, 7)),
        )
        name: str = ""
        partition_indexes: list[int] = field(default_factory=list)

    _s_OffsetFetchRequestTopic.__name__ = 'OffsetFetchRequestTopic'

    @dataclass(slots=True)
    class _s_OffsetFetchRequestTopics(Struct):
        __qualname__ = 'OffsetFetchRequest.OffsetFetchRequestTopics'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(8, 9), ignorable=True),
            F('topic_id', 'TopicId', 'uuid', versions=(10, MAXV), ignorable=True),
            F('partition_indexes', 'PartitionIndexes', 'int32', array=True, versions=(8, MAXV)),
        )
        name: str = ""
        topic_id: uuid.UUID = ZERO_UUID
        partition_indexes: list[int] = field(default_factory=list)

    _s_OffsetFetchRequestTopics.__name__ = 'OffsetFetchRequestTopics'

    @dataclass(slots=True)
    class _s_OffsetFetchRequestGroup(Struct):
        __qualname__ = 'OffsetFetchRequest.OffsetFetchRequestGroup'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(8, MAXV)),
            F('member_id', 'MemberId', 'string', versions=(9, MAXV), nullable=(9, MAXV), ignorable=True),
            F('member_epoch', 'MemberEpoch', 'int32', versions=(9, MAXV), ignorable=True),
            F('topics', 'Topics', 'struct', array=True, struct='OffsetFetchRequestTopics', versions=(8, MAXV), nullable=(8, MAXV)),
        )
        group_id: str = ""
        member_id: str | None = None
        member_epoch: int = -1
        topics: list[OffsetFetchRequest.OffsetFetchRequestTopics] | None = field(default_factory=list)

    _s_OffsetFetchRequestGroup.__name__ = 'OffsetFetchRequestGroup'

    @dataclass(slots=True)
    class OffsetFetchRequest(Message):
        __qualname__ = 'OffsetFetchRequest'
        API_KEY: ClassVar[int | None] = 9
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 10)
        FLEXIBLE_FROM: ClassVar[int | None] = 6
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 7)),
            F('topics', 'Topics', 'struct', array=True, struct='OffsetFetchRequestTopic', versions=(0, 7), nullable=(2, 7)),
            F('groups', 'Groups', 'struct', array=True, struct='OffsetFetchRequestGroup', versions=(8, MAXV)),
            F('require_stable', 'RequireStable', 'bool', versions=(7, MAXV)),
        )
        group_id: str = ""
        topics: list[OffsetFetchRequest.OffsetFetchRequestTopic] | None = field(default_factory=list)
        groups: list[OffsetFetchRequest.OffsetFetchRequestGroup] = field(default_factory=list)
        require_stable: bool = False

    OffsetFetchRequest.OffsetFetchRequestTopic = _s_OffsetFetchRequestTopic  # type: ignore[attr-defined]
    OffsetFetchRequest.OffsetFetchRequestTopics = _s_OffsetFetchRequestTopics  # type: ignore[attr-defined]
    OffsetFetchRequest.OffsetFetchRequestGroup = _s_OffsetFetchRequestGroup  # type: ignore[attr-defined]
    return OffsetFetchRequest
"""

_SOURCES['OffsetFetchResponse'] = r"""
def _build_OffsetFetchResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_OffsetFetchResponsePartition(Struct):
        __qualname__ = 'OffsetFetchResponse.OffsetFetchResponsePartition'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, 7)),
            F('committed_offset', 'CommittedOffset', 'int64', versions=(0, 7)),
            F('committed_leader_epoch', 'CommittedLeaderEpoch', 'int32', versions=(5, 7), ignorable=True),
            F('metadata', 'Metadata', 'string', versions=(0, 7), nullable=(0, 7)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, 7)),
        )
        partition_index: int = 0
        committed_offset: int = 0
        committed_leader_epoch: int = -1
        metadata: str | None = ""
        error_code: int = 0

    _s_OffsetFetchResponsePartition.__name__ = 'OffsetFetchResponsePartition'

    @dataclass(slots=True)
    class _s_OffsetFetchResponseTopic(Struct):
        __qualname__ = 'OffsetFetchResponse.OffsetFetchResponseTopic'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, 7)),
            F('partitions', 'Partitions', 'struct', array=True, struct='OffsetFetchResponsePartition', versions=(0, 7)),
        )
        name: str = ""
        partitions: list[OffsetFetchResponse.OffsetFetchResponsePartition] = field(default_factory=list)

    _s_OffsetFetchResponseTopic.__name__ = 'OffsetFetchResponseTopic'

    @dataclass(slots=True)
    class _s_OffsetFetchResponsePartitions(Struct):
        __qualname__ = 'OffsetFetchResponse.OffsetFetchResponsePartitions'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(8, MAXV)),
            F('committed_offset', 'CommittedOffset', 'int64', versions=(8, MAXV)),
            F('committed_leader_epoch', 'CommittedLeaderEpoch', 'int32', versions=(8, MAXV), ignorable=True),
            F('metadata', 'Metadata', 'string', versions=(8, MAXV), nullable=(8, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(8, MAXV)),
        )
        partition_index: int = 0
        committed_offset: int = 0
        committed_leader_epoch: int = -1
        metadata: str | None = ""
        error_code: int = 0

    _s_OffsetFetchResponsePartitions.__name__ = 'OffsetFetchResponsePartitions'

    @dataclass(slots=True)
    class _s_OffsetFetchResponseTopics(Struct):
        __qualname__ = 'OffsetFetchResponse.OffsetFetchResponseTopics'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(8, 9), ignorable=True),
            F('topic_id', 'TopicId', 'uuid', versions=(10, MAXV), ignorable=True),
            F('partitions', 'Partitions', 'struct', array=True, struct='OffsetFetchResponsePartitions', versions=(8, MAXV)),
        )
        name: str = ""
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[OffsetFetchResponse.OffsetFetchResponsePartitions] = field(default_factory=list)

    _s_OffsetFetchResponseTopics.__name__ = 'OffsetFetchResponseTopics'

    @dataclass(slots=True)
    class _s_OffsetFetchResponseGroup(Struct):
        __qualname__ = 'OffsetFetchResponse.OffsetFetchResponseGroup'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(8, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='OffsetFetchResponseTopics', versions=(8, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(8, MAXV)),
        )
        group_id: str = ""
        topics: list[OffsetFetchResponse.OffsetFetchResponseTopics] = field(default_factory=list)
        error_code: int = 0

    _s_OffsetFetchResponseGroup.__name__ = 'OffsetFetchResponseGroup'

    @dataclass(slots=True)
    class OffsetFetchResponse(Message):
        __qualname__ = 'OffsetFetchResponse'
        API_KEY: ClassVar[int | None] = 9
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 10)
        FLEXIBLE_FROM: ClassVar[int | None] = 6
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(3, MAXV), ignorable=True),
            F('topics', 'Topics', 'struct', array=True, struct='OffsetFetchResponseTopic', versions=(0, 7)),
            F('error_code', 'ErrorCode', 'int16', versions=(2, 7), ignorable=True),
            F('groups', 'Groups', 'struct', array=True, struct='OffsetFetchResponseGroup', versions=(8, MAXV)),
        )
        throttle_time_ms: int = 0
        topics: list[OffsetFetchResponse.OffsetFetchResponseTopic] = field(default_factory=list)
        error_code: int = 0
        groups: list[OffsetFetchResponse.OffsetFetchResponseGroup] = field(default_factory=list)

    OffsetFetchResponse.OffsetFetchResponsePartition = _s_OffsetFetchResponsePartition  # type: ignore[attr-defined]
    OffsetFetchResponse.OffsetFetchResponseTopic = _s_OffsetFetchResponseTopic  # type: ignore[attr-defined]
    OffsetFetchResponse.OffsetFetchResponsePartitions = _s_OffsetFetchResponsePartitions  # type: ignore[attr-defined]
    OffsetFetchResponse.OffsetFetchResponseTopics = _s_OffsetFetchResponseTopics  # type: ignore[attr-defined]
    OffsetFetchResponse.OffsetFetchResponseGroup = _s_OffsetFetchResponseGroup  # type: ignore[attr-defined]
    return OffsetFetchResponse
"""

_SOURCES['OffsetForLeaderEpochRequest'] = r"""
def _build_OffsetForLeaderEpochRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_OffsetForLeaderPartition(Struct):
        __qualname__ = 'OffsetForLeaderEpochRequest.OffsetForLeaderPartition'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition', 'Partition', 'int32', versions=(0, MAXV)),
            F('current_leader_epoch', 'CurrentLeaderEpoch', 'int32', versions=(2, MAXV), ignorable=True),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
        )
        partition: int = 0
        current_leader_epoch: int = -1
        leader_epoch: int = 0

    _s_OffsetForLeaderPartition.__name__ = 'OffsetForLeaderPartition'

    @dataclass(slots=True)
    class _s_OffsetForLeaderTopic(Struct):
        __qualname__ = 'OffsetForLeaderEpochRequest.OffsetForLeaderTopic'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic', 'Topic', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='OffsetForLeaderPartition', versions=(0, MAXV)),
        )
        topic: str = ""
        partitions: list[OffsetForLeaderEpochRequest.OffsetForLeaderPartition] = field(default_factory=list)

    _s_OffsetForLeaderTopic.__name__ = 'OffsetForLeaderTopic'

    @dataclass(slots=True)
    class OffsetForLeaderEpochRequest(Message):
        __qualname__ = 'OffsetForLeaderEpochRequest'
        API_KEY: ClassVar[int | None] = 23
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (2, 4)
        FLEXIBLE_FROM: ClassVar[int | None] = 4
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('replica_id', 'ReplicaId', 'int32', versions=(3, MAXV), ignorable=True),
            F('topics', 'Topics', 'struct', array=True, struct='OffsetForLeaderTopic', versions=(0, MAXV)),
        )
        replica_id: int = -2
        topics: list[OffsetForLeaderEpochRequest.OffsetForLeaderTopic] = field(default_factory=list)

    OffsetForLeaderEpochRequest.OffsetForLeaderPartition = _s_OffsetForLeaderPartition  # type: ignore[attr-defined]
    OffsetForLeaderEpochRequest.OffsetForLeaderTopic = _s_OffsetForLeaderTopic  # type: ignore[attr-defined]
    return OffsetForLeaderEpochRequest
"""

_SOURCES['OffsetForLeaderEpochResponse'] = r"""
def _build_OffsetForLeaderEpochResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_EpochEndOffset(Struct):
        __qualname__ = 'OffsetForLeaderEpochResponse.EpochEndOffset'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('partition', 'Partition', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(1, MAXV), ignorable=True),
            F('end_offset', 'EndOffset', 'int64', versions=(0, MAXV)),
        )
        error_code: int = 0
        partition: int = 0
        leader_epoch: int = -1
        end_offset: int = -1

    _s_EpochEndOffset.__name__ = 'EpochEndOffset'

    @dataclass(slots=True)
    class _s_OffsetForLeaderTopicResult(Struct):
        __qualname__ = 'OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic', 'Topic', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='EpochEndOffset', versions=(0, MAXV)),
        )
        topic: str = ""
        partitions: list[OffsetForLeaderEpochResponse.EpochEndOffset] = field(default_factory=list)

    _s_OffsetForLeaderTopicResult.__name__ = 'OffsetForLeaderTopicResult'

    @dataclass(slots=True)
    class OffsetForLeaderEpochResponse(Message):
        __qualname__ = 'OffsetForLeaderEpochResponse'
        API_KEY: ClassVar[int | None] = 23
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (2, 4)
        FLEXIBLE_FROM: ClassVar[int | None] = 4
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(2, MAXV), ignorable=True),
            F('topics', 'Topics', 'struct', array=True, struct='OffsetForLeaderTopicResult', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        topics: list[OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult] = field(default_factory=list)

    OffsetForLeaderEpochResponse.EpochEndOffset = _s_EpochEndOffset  # type: ignore[attr-defined]
    OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult = _s_OffsetForLeaderTopicResult  # type: ignore[attr-defined]
    return OffsetForLeaderEpochResponse
"""

_SOURCES['PartitionChangeRecord'] = r"""
def _build_PartitionChangeRecord() -> type[Message]:
    @dataclass(slots=True)
    class PartitionChangeRecord(Message):
        __qualname__ = 'PartitionChangeRecord'
        API_KEY: ClassVar[int | None] = 5
        MESSAGE_TYPE: ClassVar[str] = 'metadata'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_id', 'PartitionId', 'int32', versions=(0, MAXV)),
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('isr', 'Isr', 'int32', array=True, versions=(0, MAXV), nullable=(0, MAXV), tag=0, tagged=(0, MAXV)),
            F('leader', 'Leader', 'int32', versions=(0, MAXV), tag=1, tagged=(0, MAXV)),
            F('replicas', 'Replicas', 'int32', array=True, versions=(0, MAXV), nullable=(0, MAXV), tag=2, tagged=(0, MAXV)),
            F('removing_replicas', 'RemovingReplicas', 'int32', array=True, versions=(0, MAXV), nullable=(0, MAXV), tag=3, tagged=(0, MAXV)),
            F('adding_replicas', 'AddingReplicas', 'int32', array=True, versions=(0, MAXV), nullable=(0, MAXV), tag=4, tagged=(0, MAXV)),
            F('leader_recovery_state', 'LeaderRecoveryState', 'int8', versions=(0, MAXV), tag=5, tagged=(0, MAXV)),
            F('directories', 'Directories', 'uuid', array=True, versions=(1, MAXV), nullable=(1, MAXV), tag=8, tagged=(1, MAXV)),
            F('eligible_leader_replicas', 'EligibleLeaderReplicas', 'int32', array=True, versions=(2, MAXV), nullable=(2, MAXV), tag=6, tagged=(2, MAXV)),
            F('last_known_elr', 'LastKnownElr', 'int32', array=True, versions=(2, MAXV), nullable=(2, MAXV), tag=7, tagged=(2, MAXV)),
        )
        partition_id: int = -1
        topic_id: uuid.UUID = ZERO_UUID
        isr: list[int] | None = None
        leader: int = -2
        replicas: list[int] | None = None
        removing_replicas: list[int] | None = None
        adding_replicas: list[int] | None = None
        leader_recovery_state: int = -1
        directories: list[uuid.UUID] | None = None
        eligible_leader_replicas: list[int] | None = None
        last_known_elr: list[int] | None = None

    return PartitionChangeRecord
"""

_SOURCES['PartitionRecord'] = r"""
def _build_PartitionRecord() -> type[Message]:
    @dataclass(slots=True)
    class PartitionRecord(Message):
        __qualname__ = 'PartitionRecord'
        API_KEY: ClassVar[int | None] = 3
        MESSAGE_TYPE: ClassVar[str] = 'metadata'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_id', 'PartitionId', 'int32', versions=(0, MAXV)),
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('replicas', 'Replicas', 'int32', array=True, versions=(0, MAXV)),
            F('isr', 'Isr', 'int32', array=True, versions=(0, MAXV)),
            F('removing_replicas', 'RemovingReplicas', 'int32', array=True, versions=(0, MAXV)),
            F('adding_replicas', 'AddingReplicas', 'int32', array=True, versions=(0, MAXV)),
            F('leader', 'Leader', 'int32', versions=(0, MAXV)),
            F('leader_recovery_state', 'LeaderRecoveryState', 'int8', versions=(0, MAXV), tag=0, tagged=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
            F('partition_epoch', 'PartitionEpoch', 'int32', versions=(0, MAXV)),
            F('directories', 'Directories', 'uuid', array=True, versions=(1, MAXV)),
            F('eligible_leader_replicas', 'EligibleLeaderReplicas', 'int32', array=True, versions=(2, MAXV), nullable=(2, MAXV), tag=1, tagged=(2, MAXV)),
            F('last_known_elr', 'LastKnownElr', 'int32', array=True, versions=(2, MAXV), nullable=(2, MAXV), tag=2, tagged=(2, MAXV)),
        )
        partition_id: int = -1
        topic_id: uuid.UUID = ZERO_UUID
        replicas: list[int] = field(default_factory=list)
        isr: list[int] = field(default_factory=list)
        removing_replicas: list[int] = field(default_factory=list)
        adding_replicas: list[int] = field(default_factory=list)
        leader: int = -1
        leader_recovery_state: int = 0
        leader_epoch: int = -1
        partition_epoch: int = -1
        directories: list[uuid.UUID] = field(default_factory=list)
        eligible_leader_replicas: list[int] | None = None
        last_known_elr: list[int] | None = None

    return PartitionRecord
"""

_SOURCES['ProduceRequest'] = r"""
def _build_ProduceRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_PartitionProduceData(Struct):
        __qualname__ = 'ProduceRequest.PartitionProduceData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('index', 'Index', 'int32', versions=(0, MAXV)),
            F('records', 'Records', 'records', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        index: int = 0
        records: Records = None

    _s_PartitionProduceData.__name__ = 'PartitionProduceData'

    @dataclass(slots=True)
    class _s_TopicProduceData(Struct):
        __qualname__ = 'ProduceRequest.TopicProduceData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, 12), ignorable=True),
            F('topic_id', 'TopicId', 'uuid', versions=(13, MAXV), ignorable=True),
            F('partition_data', 'PartitionData', 'struct', array=True, struct='PartitionProduceData', versions=(0, MAXV)),
        )
        name: str = ""
        topic_id: uuid.UUID = ZERO_UUID
        partition_data: list[ProduceRequest.PartitionProduceData] = field(default_factory=list)

    _s_TopicProduceData.__name__ = 'TopicProduceData'

    @dataclass(slots=True)
    class ProduceRequest(Message):
        __qualname__ = 'ProduceRequest'
        API_KEY: ClassVar[int | None] = 0
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (3, 13)
        FLEXIBLE_FROM: ClassVar[int | None] = 9
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('transactional_id', 'TransactionalId', 'string', versions=(3, MAXV), nullable=(3, MAXV)),
            F('acks', 'Acks', 'int16', versions=(0, MAXV)),
            F('timeout_ms', 'TimeoutMs', 'int32', versions=(0, MAXV)),
            F('topic_data', 'TopicData', 'struct', array=True, struct='TopicProduceData', versions=(0, MAXV)),
        )
        transactional_id: str | None = None
        acks: int = 0
        timeout_ms: int = 0
        topic_data: list[ProduceRequest.TopicProduceData] = field(default_factory=list)

    ProduceRequest.PartitionProduceData = _s_PartitionProduceData  # type: ignore[attr-defined]
    ProduceRequest.TopicProduceData = _s_TopicProduceData  # type: ignore[attr-defined]
    return ProduceRequest
"""

_SOURCES['ProduceResponse'] = r"""
def _build_ProduceResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_BatchIndexAndErrorMessage(Struct):
        __qualname__ = 'ProduceResponse.BatchIndexAndErrorMessage'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('batch_index', 'BatchIndex', 'int32', versions=(8, MAXV)),
            F('batch_index_error_message', 'BatchIndexErrorMessage', 'string', versions=(8, MAXV), nullable=(8, MAXV)),
        )
        batch_index: int = 0
        batch_index_error_message: str | None = None

    _s_BatchIndexAndErrorMessage.__name__ = 'BatchIndexAndErrorMessage'

    @dataclass(slots=True)
    class _s_LeaderIdAndEpoch(Struct):
        __qualname__ = 'ProduceResponse.LeaderIdAndEpoch'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('leader_id', 'LeaderId', 'int32', versions=(10, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(10, MAXV)),
        )
        leader_id: int = -1
        leader_epoch: int = -1

    _s_LeaderIdAndEpoch.__name__ = 'LeaderIdAndEpoch'

    @dataclass(slots=True)
    class _s_PartitionProduceResponse(Struct):
        __qualname__ = 'ProduceResponse.PartitionProduceResponse'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('index', 'Index', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('base_offset', 'BaseOffset', 'int64', versions=(0, MAXV)),
            F('log_append_time_ms', 'LogAppendTimeMs', 'int64', versions=(2, MAXV), ignorable=True),
            F('log_start_offset', 'LogStartOffset', 'int64', versions=(5, MAXV), ignorable=True),
            F('record_errors', 'RecordErrors', 'struct', array=True, struct='BatchIndexAndErrorMessage', versions=(8, MAXV), ignorable=True),
            F('error_message', 'ErrorMessage', 'string', versions=(8, MAXV), nullable=(8, MAXV), ignorable=True),
            F('current_leader', 'CurrentLeader', 'struct', struct='LeaderIdAndEpoch', versions=(10, MAXV), tag=0, tagged=(10, MAXV)),
        )
        index: int = 0
        error_code: int = 0
        base_offset: int = 0
        log_append_time_ms: int = -1
        log_start_offset: int = -1
        record_errors: list[ProduceResponse.BatchIndexAndErrorMessage] = field(default_factory=list)
        error_message: str | None = None
        current_leader: ProduceResponse.LeaderIdAndEpoch = field(default_factory=_s_LeaderIdAndEpoch)

    _s_PartitionProduceResponse.__name__ = 'PartitionProduceResponse'

    @dataclass(slots=True)
    class _s_TopicProduceResponse(Struct):
        __qualname__ = 'ProduceResponse.TopicProduceResponse'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, 12), ignorable=True),
            F('topic_id', 'TopicId', 'uuid', versions=(13, MAXV), ignorable=True),
            F('partition_responses', 'PartitionResponses', 'struct', array=True, struct='PartitionProduceResponse', versions=(0, MAXV)),
        )
        name: str = ""
        topic_id: uuid.UUID = ZERO_UUID
        partition_responses: list[ProduceResponse.PartitionProduceResponse] = field(default_factory=list)

    _s_TopicProduceResponse.__name__ = 'TopicProduceResponse'

    @dataclass(slots=True)
    class _s_NodeEndpoint(Struct):
        __qualname__ = 'ProduceResponse.NodeEndpoint'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('node_id', 'NodeId', 'int32', versions=(10, MAXV)),
            F('host', 'Host', 'string', versions=(10, MAXV)),
            F('port', 'Port', 'int32', versions=(10, MAXV)),
            F('rack', 'Rack', 'string', versions=(10, MAXV), nullable=(10, MAXV)),
        )
        node_id: int = 0
        host: str = ""
        port: int = 0
        rack: str | None = None

    _s_NodeEndpoint.__name__ = 'NodeEndpoint'

    @dataclass(slots=True)
    class ProduceResponse(Message):
        __qualname__ = 'ProduceResponse'
        API_KEY: ClassVar[int | None] = 0
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (3, 13)
        FLEXIBLE_FROM: ClassVar[int | None] = 9
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('responses', 'Responses', 'struct', array=True, struct='TopicProduceResponse', versions=(0, MAXV)),
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(1, MAXV), ignorable=True),
            F('node_endpoints', 'NodeEndpoints', 'struct', array=True, struct='NodeEndpoint', versions=(10, MAXV), tag=0, tagged=(10, MAXV)),
        )
        responses: list[ProduceResponse.TopicProduceResponse] = field(default_factory=list)
        throttle_time_ms: int = 0
        node_endpoints: list[ProduceResponse.NodeEndpoint] = field(default_factory=list)

    ProduceResponse.BatchIndexAndErrorMessage = _s_BatchIndexAndErrorMessage  # type: ignore[attr-defined]
    ProduceResponse.LeaderIdAndEpoch = _s_LeaderIdAndEpoch  # type: ignore[attr-defined]
    ProduceResponse.PartitionProduceResponse = _s_PartitionProduceResponse  # type: ignore[attr-defined]
    ProduceResponse.TopicProduceResponse = _s_TopicProduceResponse  # type: ignore[attr-defined]
    ProduceResponse.NodeEndpoint = _s_NodeEndpoint  # type: ignore[attr-defined]
    return ProduceResponse
"""

_SOURCES['ProducerIdsRecord'] = r"""
def _build_ProducerIdsRecord() -> type[Message]:
    @dataclass(slots=True)
    class ProducerIdsRecord(Message):
        __qualname__ = 'ProducerIdsRecord'
        API_KEY: ClassVar[int | None] = 15
        MESSAGE_TYPE: ClassVar[str] = 'metadata'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('broker_id', 'BrokerId', 'int32', versions=(0, MAXV)),
            F('broker_epoch', 'BrokerEpoch', 'int64', versions=(0, MAXV)),
            F('next_producer_id', 'NextProducerId', 'int64', versions=(0, MAXV)),
        )
        broker_id: int = 0
        broker_epoch: int = -1
        next_producer_id: int = 0

    return ProducerIdsRecord
"""

_SOURCES['ProducerSnapshot'] = r"""
def _build_ProducerSnapshot() -> type[Message]:
    @dataclass(slots=True)
    class _s_ProducerEntry(Struct):
        __qualname__ = 'ProducerSnapshot.ProducerEntry'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('producer_id', 'ProducerId', 'int64', versions=(1, 1)),
            F('epoch', 'Epoch', 'int16', versions=(1, 1)),
            F('last_sequence', 'LastSequence', 'int32', versions=(1, 1)),
            F('last_offset', 'LastOffset', 'int64', versions=(1, 1)),
            F('offset_delta', 'OffsetDelta', 'int32', versions=(1, 1)),
            F('timestamp', 'Timestamp', 'int64', versions=(1, 1)),
            F('coordinator_epoch', 'CoordinatorEpoch', 'int32', versions=(1, 1)),
            F('current_txn_first_offset', 'CurrentTxnFirstOffset', 'int64', versions=(1, 1)),
        )
        producer_id: int = 0
        epoch: int = 0
        last_sequence: int = 0
        last_offset: int = 0
        offset_delta: int = 0
        timestamp: int = 0
        coordinator_epoch: int = 0
        current_txn_first_offset: int = 0

    _s_ProducerEntry.__name__ = 'ProducerEntry'

    @dataclass(slots=True)
    class ProducerSnapshot(Message):
        __qualname__ = 'ProducerSnapshot'
        API_KEY: ClassVar[int | None] = None
        MESSAGE_TYPE: ClassVar[str] = 'data'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('crc', 'Crc', 'uint32', versions=(1, 1)),
            F('producer_entries', 'ProducerEntries', 'struct', array=True, struct='ProducerEntry', versions=(1, 1)),
        )
        crc: int = 0
        producer_entries: list[ProducerSnapshot.ProducerEntry] = field(default_factory=list)

    ProducerSnapshot.ProducerEntry = _s_ProducerEntry  # type: ignore[attr-defined]
    return ProducerSnapshot
"""

_SOURCES['PushTelemetryRequest'] = r"""
def _build_PushTelemetryRequest() -> type[Message]:
    @dataclass(slots=True)
    class PushTelemetryRequest(Message):
        __qualname__ = 'PushTelemetryRequest'
        API_KEY: ClassVar[int | None] = 72
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('client_instance_id', 'ClientInstanceId', 'uuid', versions=(0, MAXV)),
            F('subscription_id', 'SubscriptionId', 'int32', versions=(0, MAXV)),
            F('terminating', 'Terminating', 'bool', versions=(0, MAXV)),
            F('compression_type', 'CompressionType', 'int8', versions=(0, MAXV)),
            F('metrics', 'Metrics', 'bytes', versions=(0, MAXV)),
        )
        client_instance_id: uuid.UUID = ZERO_UUID
        subscription_id: int = 0
        terminating: bool = False
        compression_type: int = 0
        metrics: bytes = b""

    return PushTelemetryRequest
"""

_SOURCES['PushTelemetryResponse'] = r"""
def _build_PushTelemetryResponse() -> type[Message]:
    @dataclass(slots=True)
    class PushTelemetryResponse(Message):
        __qualname__ = 'PushTelemetryResponse'
        API_KEY: ClassVar[int | None] = 72
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0

    return PushTelemetryResponse
"""

_SOURCES['QuorumStateData'] = r"""
def _build_QuorumStateData() -> type[Message]:
    @dataclass(slots=True)
    class _s_Voter(Struct):
        __qualname__ = 'QuorumStateData.Voter'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('voter_id', 'VoterId', 'int32', versions=(0, 0)),
        )
        voter_id: int = 0

    _s_Voter.__name__ = 'Voter'

    @dataclass(slots=True)
    class QuorumStateData(Message):
        __qualname__ = 'QuorumStateData'
        API_KEY: ClassVar[int | None] = None
        MESSAGE_TYPE: ClassVar[str] = 'data'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('cluster_id', 'ClusterId', 'string', versions=(0, 0)),
            F('leader_id', 'LeaderId', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
            F('voted_id', 'VotedId', 'int32', versions=(0, MAXV)),
            F('voted_directory_id', 'VotedDirectoryId', 'uuid', versions=(1, MAXV)),
            F('applied_offset', 'AppliedOffset', 'int64', versions=(0, 0)),
            F('current_voters', 'CurrentVoters', 'struct', array=True, struct='Voter', versions=(0, 0), nullable=(0, 0)),
        )
        cluster_id: str = ""
        leader_id: int = -1
        leader_epoch: int = -1
        voted_id: int = -1
        voted_directory_id: uuid.UUID = ZERO_UUID
        applied_offset: int = 0
        current_voters: list[QuorumStateData.Voter] | None = field(default_factory=list)

    QuorumStateData.Voter = _s_Voter  # type: ignore[attr-defined]
    return QuorumStateData
"""

_SOURCES['ReadShareGroupStateRequest'] = r"""
def _build_ReadShareGroupStateRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_PartitionData(Struct):
        __qualname__ = 'ReadShareGroupStateRequest.PartitionData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition', 'Partition', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
        )
        partition: int = 0
        leader_epoch: int = 0

    _s_PartitionData.__name__ = 'PartitionData'

    @dataclass(slots=True)
    class _s_ReadStateData(Struct):
        __qualname__ = 'ReadShareGroupStateRequest.ReadStateData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[ReadShareGroupStateRequest.PartitionData] = field(default_factory=list)

    _s_ReadStateData.__name__ = 'ReadStateData'

    @dataclass(slots=True)
    class ReadShareGroupStateRequest(Message):
        __qualname__ = 'ReadShareGroupStateRequest'
        API_KEY: ClassVar[int | None] = 84
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='ReadStateData', versions=(0, MAXV)),
        )
        group_id: str = ""
        topics: list[ReadShareGroupStateRequest.ReadStateData] = field(default_factory=list)

    ReadShareGroupStateRequest.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    ReadShareGroupStateRequest.ReadStateData = _s_ReadStateData  # type: ignore[attr-defined]
    return ReadShareGroupStateRequest
"""

_SOURCES['ReadShareGroupStateResponse'] = r"""
def _build_ReadShareGroupStateResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_StateBatch(Struct):
        __qualname__ = 'ReadShareGroupStateResponse.StateBatch'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('first_offset', 'FirstOffset', 'int64', versions=(0, MAXV)),
            F('last_offset', 'LastOffset', 'int64', versions=(0, MAXV)),
            F('delivery_state', 'DeliveryState', 'int8', versions=(0, MAXV)),
            F('delivery_count', 'DeliveryCount', 'int16', versions=(0, MAXV)),
        )
        first_offset: int = 0
        last_offset: int = 0
        delivery_state: int = 0
        delivery_count: int = 0

    _s_StateBatch.__name__ = 'StateBatch'

    @dataclass(slots=True)
    class _s_PartitionResult(Struct):
        __qualname__ = 'ReadShareGroupStateResponse.PartitionResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition', 'Partition', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('state_epoch', 'StateEpoch', 'int32', versions=(0, MAXV)),
            F('start_offset', 'StartOffset', 'int64', versions=(0, MAXV)),
            F('state_batches', 'StateBatches', 'struct', array=True, struct='StateBatch', versions=(0, MAXV)),
        )
        partition: int = 0
        error_code: int = 0
        error_message: str | None = None
        state_epoch: int = 0
        start_offset: int = 0
        state_batches: list[ReadShareGroupStateResponse.StateBatch] = field(default_factory=list)

    _s_PartitionResult.__name__ = 'PartitionResult'

    @dataclass(slots=True)
    class _s_ReadStateResult(Struct):
        __qualname__ = 'ReadShareGroupStateResponse.ReadStateResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionResult', versions=(0, MAXV)),
        )
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[ReadShareGroupStateResponse.PartitionResult] = field(default_factory=list)

    _s_ReadStateResult.__name__ = 'ReadStateResult'

    @dataclass(slots=True)
    class ReadShareGroupStateResponse(Message):
        __qualname__ = 'ReadShareGroupStateResponse'
        API_KEY: ClassVar[int | None] = 84
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('results', 'Results', 'struct', array=True, struct='ReadStateResult', versions=(0, MAXV)),
        )
        results: list[ReadShareGroupStateResponse.ReadStateResult] = field(default_factory=list)

    ReadShareGroupStateResponse.StateBatch = _s_StateBatch  # type: ignore[attr-defined]
    ReadShareGroupStateResponse.PartitionResult = _s_PartitionResult  # type: ignore[attr-defined]
    ReadShareGroupStateResponse.ReadStateResult = _s_ReadStateResult  # type: ignore[attr-defined]
    return ReadShareGroupStateResponse
"""

_SOURCES['ReadShareGroupStateSummaryRequest'] = r"""
def _build_ReadShareGroupStateSummaryRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_PartitionData(Struct):
        __qualname__ = 'ReadShareGroupStateSummaryRequest.PartitionData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition', 'Partition', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
        )
        partition: int = 0
        leader_epoch: int = 0

    _s_PartitionData.__name__ = 'PartitionData'

    @dataclass(slots=True)
    class _s_ReadStateSummaryData(Struct):
        __qualname__ = 'ReadShareGroupStateSummaryRequest.ReadStateSummaryData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[ReadShareGroupStateSummaryRequest.PartitionData] = field(default_factory=list)

    _s_ReadStateSummaryData.__name__ = 'ReadStateSummaryData'

    @dataclass(slots=True)
    class ReadShareGroupStateSummaryRequest(Message):
        __qualname__ = 'ReadShareGroupStateSummaryRequest'
        API_KEY: ClassVar[int | None] = 87
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='ReadStateSummaryData', versions=(0, MAXV)),
        )
        group_id: str = ""
        topics: list[ReadShareGroupStateSummaryRequest.ReadStateSummaryData] = field(default_factory=list)

    ReadShareGroupStateSummaryRequest.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    ReadShareGroupStateSummaryRequest.ReadStateSummaryData = _s_ReadStateSummaryData  # type: ignore[attr-defined]
    return ReadShareGroupStateSummaryRequest
"""

_SOURCES['ReadShareGroupStateSummaryResponse'] = r"""
def _build_ReadShareGroupStateSummaryResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_PartitionResult(Struct):
        __qualname__ = 'ReadShareGroupStateSummaryResponse.PartitionResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition', 'Partition', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('state_epoch', 'StateEpoch', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
            F('start_offset', 'StartOffset', 'int64', versions=(0, MAXV)),
            F('delivery_complete_count', 'DeliveryCompleteCount', 'int32', versions=(1, MAXV), ignorable=True),
        )
        partition: int = 0
        error_code: int = 0
        error_message: str | None = None
        state_epoch: int = 0
        leader_epoch: int = 0
        start_offset: int = 0
        delivery_complete_count: int = -1

    _s_PartitionResult.__name__ = 'PartitionResult'

    @dataclass(slots=True)
    class _s_ReadStateSummaryResult(Struct):
        __qualname__ = 'ReadShareGroupStateSummaryResponse.ReadStateSummaryResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionResult', versions=(0, MAXV)),
        )
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[ReadShareGroupStateSummaryResponse.PartitionResult] = field(default_factory=list)

    _s_ReadStateSummaryResult.__name__ = 'ReadStateSummaryResult'

    @dataclass(slots=True)
    class ReadShareGroupStateSummaryResponse(Message):
        __qualname__ = 'ReadShareGroupStateSummaryResponse'
        API_KEY: ClassVar[int | None] = 87
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('results', 'Results', 'struct', array=True, struct='ReadStateSummaryResult', versions=(0, MAXV)),
        )
        results: list[ReadShareGroupStateSummaryResponse.ReadStateSummaryResult] = field(default_factory=list)

    ReadShareGroupStateSummaryResponse.PartitionResult = _s_PartitionResult  # type: ignore[attr-defined]
    ReadShareGroupStateSummaryResponse.ReadStateSummaryResult = _s_ReadStateSummaryResult  # type: ignore[attr-defined]
    return ReadShareGroupStateSummaryResponse
"""

_SOURCES['RegisterBrokerRecord'] = r"""
def _build_RegisterBrokerRecord() -> type[Message]:
    @dataclass(slots=True)
    class _s_BrokerEndpoint(Struct):
        __qualname__ = 'RegisterBrokerRecord.BrokerEndpoint'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('port', 'Port', 'uint16', versions=(0, MAXV)),
            F('security_protocol', 'SecurityProtocol', 'int16', versions=(0, MAXV)),
        )
        name: str = ""
        host: str = ""
        port: int = 0
        security_protocol: int = 0

    _s_BrokerEndpoint.__name__ = 'BrokerEndpoint'

    @dataclass(slots=True)
    class _s_BrokerFeature(Struct):
        __qualname__ = 'RegisterBrokerRecord.BrokerFeature'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('min_supported_version', 'MinSupportedVersion', 'int16', versions=(0, MAXV)),
            F('max_supported_version', 'MaxSupportedVersion', 'int16', versions=(0, MAXV)),
        )
        name: str = ""
        min_supported_version: int = 0
        max_supported_version: int = 0

    _s_BrokerFeature.__name__ = 'BrokerFeature'

    @dataclass(slots=True)
    class RegisterBrokerRecord(Message):
        __qualname__ = 'RegisterBrokerRecord'
        API_KEY: ClassVar[int | None] = 0
        MESSAGE_TYPE: ClassVar[str] = 'metadata'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 4)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('broker_id', 'BrokerId', 'int32', versions=(0, MAXV)),
            F('is_migrating_zk_broker', 'IsMigratingZkBroker', 'bool', versions=(2, MAXV)),
            F('incarnation_id', 'IncarnationId', 'uuid', versions=(0, MAXV)),
            F('broker_epoch', 'BrokerEpoch', 'int64', versions=(0, MAXV)),
            F('end_points', 'EndPoints', 'struct', array=True, struct='BrokerEndpoint', versions=(0, MAXV)),
            F('features', 'Features', 'struct', array=True, struct='BrokerFeature', versions=(0, MAXV)),
            F('rack', 'Rack', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('fenced', 'Fenced', 'bool', versions=(0, MAXV)),
            F('in_controlled_shutdown', 'InControlledShutdown', 'bool', versions=(1, MAXV)),
            F('log_dirs', 'LogDirs', 'uuid', array=True, versions=(3, MAXV), tag=0, tagged=(3, MAXV)),
            F('cordoned_log_dirs', 'CordonedLogDirs', 'uuid', array=True, versions=(4, MAXV), nullable=(4, MAXV), tag=1, tagged=(4, MAXV)),
        )
        broker_id: int = 0
        is_migrating_zk_broker: bool = False
        incarnation_id: uuid.UUID = ZERO_UUID
        broker_epoch: int = 0
        end_points: list[RegisterBrokerRecord.BrokerEndpoint] = field(default_factory=list)
        features: list[RegisterBrokerRecord.BrokerFeature] = field(default_factory=list)
        rack: str | None = ""
        fenced: bool = True
        in_controlled_shutdown: bool = False
        log_dirs: list[uuid.UUID] = field(default_factory=list)
        cordoned_log_dirs: list[uuid.UUID] | None = None

    RegisterBrokerRecord.BrokerEndpoint = _s_BrokerEndpoint  # type: ignore[attr-defined]
    RegisterBrokerRecord.BrokerFeature = _s_BrokerFeature  # type: ignore[attr-defined]
    return RegisterBrokerRecord
"""

_SOURCES['RegisterControllerRecord'] = r"""
def _build_RegisterControllerRecord() -> type[Message]:
    @dataclass(slots=True)
    class _s_ControllerEndpoint(Struct):
        __qualname__ = 'RegisterControllerRecord.ControllerEndpoint'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('port', 'Port', 'uint16', versions=(0, MAXV)),
            F('security_protocol', 'SecurityProtocol', 'int16', versions=(0, MAXV)),
        )
        name: str = ""
        host: str = ""
        port: int = 0
        security_protocol: int = 0

    _s_ControllerEndpoint.__name__ = 'ControllerEndpoint'

    @dataclass(slots=True)
    class _s_ControllerFeature(Struct):
        __qualname__ = 'RegisterControllerRecord.ControllerFeature'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('min_supported_version', 'MinSupportedVersion', 'int16', versions=(0, MAXV)),
            F('max_supported_version', 'MaxSupportedVersion', 'int16', versions=(0, MAXV)),
        )
        name: str = ""
        min_supported_version: int = 0
        max_supported_version: int = 0

    _s_ControllerFeature.__name__ = 'ControllerFeature'

    @dataclass(slots=True)
    class RegisterControllerRecord(Message):
        __qualname__ = 'RegisterControllerRecord'
        API_KEY: ClassVar[int | None] = 27
        MESSAGE_TYPE: ClassVar[str] = 'metadata'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('controller_id', 'ControllerId', 'int32', versions=(0, MAXV)),
            F('incarnation_id', 'IncarnationId', 'uuid', versions=(0, MAXV)),
            F('zk_migration_ready', 'ZkMigrationReady', 'bool', versions=(0, MAXV)),
            F('end_points', 'EndPoints', 'struct', array=True, struct='ControllerEndpoint', versions=(0, MAXV)),
            F('features', 'Features', 'struct', array=True, struct='ControllerFeature', versions=(0, MAXV)),
        )
        controller_id: int = 0
        incarnation_id: uuid.UUID = ZERO_UUID
        zk_migration_ready: bool = False
        end_points: list[RegisterControllerRecord.ControllerEndpoint] = field(default_factory=list)
        features: list[RegisterControllerRecord.ControllerFeature] = field(default_factory=list)

    RegisterControllerRecord.ControllerEndpoint = _s_ControllerEndpoint  # type: ignore[attr-defined]
    RegisterControllerRecord.ControllerFeature = _s_ControllerFeature  # type: ignore[attr-defined]
    return RegisterControllerRecord
"""

_SOURCES['RemoveAccessControlEntryRecord'] = r"""
def _build_RemoveAccessControlEntryRecord() -> type[Message]:
    @dataclass(slots=True)
    class RemoveAccessControlEntryRecord(Message):
        __qualname__ = 'RemoveAccessControlEntryRecord'
        API_KEY: ClassVar[int | None] = 19
        MESSAGE_TYPE: ClassVar[str] = 'metadata'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('id', 'Id', 'uuid', versions=(0, MAXV)),
        )
        id: uuid.UUID = ZERO_UUID

    return RemoveAccessControlEntryRecord
"""

_SOURCES['RemoveDelegationTokenRecord'] = r"""
def _build_RemoveDelegationTokenRecord() -> type[Message]:
    @dataclass(slots=True)
    class RemoveDelegationTokenRecord(Message):
        __qualname__ = 'RemoveDelegationTokenRecord'
        API_KEY: ClassVar[int | None] = 26
        MESSAGE_TYPE: ClassVar[str] = 'metadata'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('token_id', 'TokenId', 'string', versions=(0, MAXV)),
        )
        token_id: str = ""

    return RemoveDelegationTokenRecord
"""

_SOURCES['RemoveRaftVoterRequest'] = r"""
def _build_RemoveRaftVoterRequest() -> type[Message]:
    @dataclass(slots=True)
    class RemoveRaftVoterRequest(Message):
        __qualname__ = 'RemoveRaftVoterRequest'
        API_KEY: ClassVar[int | None] = 81
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('cluster_id', 'ClusterId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('voter_id', 'VoterId', 'int32', versions=(0, MAXV)),
            F('voter_directory_id', 'VoterDirectoryId', 'uuid', versions=(0, MAXV)),
        )
        cluster_id: str | None = ""
        voter_id: int = 0
        voter_directory_id: uuid.UUID = ZERO_UUID

    return RemoveRaftVoterRequest
"""

_SOURCES['RemoveRaftVoterResponse'] = r"""
def _build_RemoveRaftVoterResponse() -> type[Message]:
    @dataclass(slots=True)
    class RemoveRaftVoterResponse(Message):
        __qualname__ = 'RemoveRaftVoterResponse'
        API_KEY: ClassVar[int | None] = 81
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV), ignorable=True),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        error_message: str | None = ""

    return RemoveRaftVoterResponse
"""

_SOURCES['RemoveTopicRecord'] = r"""
def _build_RemoveTopicRecord() -> type[Message]:
    @dataclass(slots=True)
    class RemoveTopicRecord(Message):
        __qualname__ = 'RemoveTopicRecord'
        API_KEY: ClassVar[int | None] = 9
        MESSAGE_TYPE: ClassVar[str] = 'metadata'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
        )
        topic_id: uuid.UUID = ZERO_UUID

    return RemoveTopicRecord
"""

_SOURCES['RemoveUserScramCredentialRecord'] = r"""
def _build_RemoveUserScramCredentialRecord() -> type[Message]:
    @dataclass(slots=True)
    class RemoveUserScramCredentialRecord(Message):
        __qualname__ = 'RemoveUserScramCredentialRecord'
        API_KEY: ClassVar[int | None] = 22
        MESSAGE_TYPE: ClassVar[str] = 'metadata'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('mechanism', 'Mechanism', 'int8', versions=(0, MAXV)),
        )
        name: str = ""
        mechanism: int = 0

    return RemoveUserScramCredentialRecord
"""

_SOURCES['RenewDelegationTokenRequest'] = r"""
def _build_RenewDelegationTokenRequest() -> type[Message]:
    @dataclass(slots=True)
    class RenewDelegationTokenRequest(Message):
        __qualname__ = 'RenewDelegationTokenRequest'
        API_KEY: ClassVar[int | None] = 39
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 2
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('hmac', 'Hmac', 'bytes', versions=(0, MAXV)),
            F('renew_period_ms', 'RenewPeriodMs', 'int64', versions=(0, MAXV)),
        )
        hmac: bytes = b""
        renew_period_ms: int = 0

    return RenewDelegationTokenRequest
"""

_SOURCES['RenewDelegationTokenResponse'] = r"""
def _build_RenewDelegationTokenResponse() -> type[Message]:
    @dataclass(slots=True)
    class RenewDelegationTokenResponse(Message):
        __qualname__ = 'RenewDelegationTokenResponse'
        API_KEY: ClassVar[int | None] = 39
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 2
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('expiry_timestamp_ms', 'ExpiryTimestampMs', 'int64', versions=(0, MAXV)),
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
        )
        error_code: int = 0
        expiry_timestamp_ms: int = 0
        throttle_time_ms: int = 0

    return RenewDelegationTokenResponse
"""

_SOURCES['RequestHeader'] = r"""
def _build_RequestHeader() -> type[Message]:
    @dataclass(slots=True)
    class RequestHeader(Message):
        __qualname__ = 'RequestHeader'
        API_KEY: ClassVar[int | None] = None
        MESSAGE_TYPE: ClassVar[str] = 'header'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 2
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('request_api_key', 'RequestApiKey', 'int16', versions=(0, MAXV)),
            F('request_api_version', 'RequestApiVersion', 'int16', versions=(0, MAXV)),
            F('correlation_id', 'CorrelationId', 'int32', versions=(0, MAXV)),
            F('client_id', 'ClientId', 'string', versions=(1, MAXV), nullable=(1, MAXV), flex_override=True, flex=None),
        )
        request_api_key: int = 0
        request_api_version: int = 0
        correlation_id: int = 0
        client_id: str | None = ""

    return RequestHeader
"""

_SOURCES['ResponseHeader'] = r"""
def _build_ResponseHeader() -> type[Message]:
    @dataclass(slots=True)
    class ResponseHeader(Message):
        __qualname__ = 'ResponseHeader'
        API_KEY: ClassVar[int | None] = None
        MESSAGE_TYPE: ClassVar[str] = 'header'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 1
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('correlation_id', 'CorrelationId', 'int32', versions=(0, MAXV)),
        )
        correlation_id: int = 0

    return ResponseHeader
"""

_SOURCES['SaslAuthenticateRequest'] = r"""
def _build_SaslAuthenticateRequest() -> type[Message]:
    @dataclass(slots=True)
    class SaslAuthenticateRequest(Message):
        __qualname__ = 'SaslAuthenticateRequest'
        API_KEY: ClassVar[int | None] = 36
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 2
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('auth_bytes', 'AuthBytes', 'bytes', versions=(0, MAXV)),
        )
        auth_bytes: bytes = b""

    return SaslAuthenticateRequest
"""

_SOURCES['SaslAuthenticateResponse'] = r"""
def _build_SaslAuthenticateResponse() -> type[Message]:
    @dataclass(slots=True)
    class SaslAuthenticateResponse(Message):
        __qualname__ = 'SaslAuthenticateResponse'
        API_KEY: ClassVar[int | None] = 36
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 2
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('auth_bytes', 'AuthBytes', 'bytes', versions=(0, MAXV)),
            F('session_lifetime_ms', 'SessionLifetimeMs', 'int64', versions=(1, MAXV), ignorable=True),
        )
        error_code: int = 0
        error_message: str | None = ""
        auth_bytes: bytes = b""
        session_lifetime_ms: int = 0

    return SaslAuthenticateResponse
"""

_SOURCES['SaslHandshakeRequest'] = r"""
def _build_SaslHandshakeRequest() -> type[Message]:
    @dataclass(slots=True)
    class SaslHandshakeRequest(Message):
        __qualname__ = 'SaslHandshakeRequest'
        API_KEY: ClassVar[int | None] = 17
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('mechanism', 'Mechanism', 'string', versions=(0, MAXV)),
        )
        mechanism: str = ""

    return SaslHandshakeRequest
"""

_SOURCES['SaslHandshakeResponse'] = r"""
def _build_SaslHandshakeResponse() -> type[Message]:
    @dataclass(slots=True)
    class SaslHandshakeResponse(Message):
        __qualname__ = 'SaslHandshakeResponse'
        API_KEY: ClassVar[int | None] = 17
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('mechanisms', 'Mechanisms', 'string', array=True, versions=(0, MAXV)),
        )
        error_code: int = 0
        mechanisms: list[str] = field(default_factory=list)

    return SaslHandshakeResponse
"""

_SOURCES['ShareAcknowledgeRequest'] = r"""
def _build_ShareAcknowledgeRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_AcknowledgementBatch(Struct):
        __qualname__ = 'ShareAcknowledgeRequest.AcknowledgementBatch'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('first_offset', 'FirstOffset', 'int64', versions=(0, MAXV)),
            F('last_offset', 'LastOffset', 'int64', versions=(0, MAXV)),
            F('acknowledge_types', 'AcknowledgeTypes', 'int8', array=True, versions=(0, MAXV)),
        )
        first_offset: int = 0
        last_offset: int = 0
        acknowledge_types: list[int] = field(default_factory=list)

    _s_AcknowledgementBatch.__name__ = 'AcknowledgementBatch'

    @dataclass(slots=True)
    class _s_AcknowledgePartition(Struct):
        __qualname__ = 'ShareAcknowledgeRequest.AcknowledgePartition'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('acknowledgement_batches', 'AcknowledgementBatches', 'struct', array=True, struct='AcknowledgementBatch', versions=(0, MAXV)),
        )
        partition_index: int = 0
        acknowledgement_batches: list[ShareAcknowledgeRequest.AcknowledgementBatch] = field(default_factory=list)

    _s_AcknowledgePartition.__name__ = 'AcknowledgePartition'

    @dataclass(slots=True)
    class _s_AcknowledgeTopic(Struct):
        __qualname__ = 'ShareAcknowledgeRequest.AcknowledgeTopic'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='AcknowledgePartition', versions=(0, MAXV)),
        )
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[ShareAcknowledgeRequest.AcknowledgePartition] = field(default_factory=list)

    _s_AcknowledgeTopic.__name__ = 'AcknowledgeTopic'

    @dataclass(slots=True)
    class ShareAcknowledgeRequest(Message):
        __qualname__ = 'ShareAcknowledgeRequest'
        API_KEY: ClassVar[int | None] = 79
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('member_id', 'MemberId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('share_session_epoch', 'ShareSessionEpoch', 'int32', versions=(0, MAXV)),
            F('is_renew_ack', 'IsRenewAck', 'bool', versions=(2, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='AcknowledgeTopic', versions=(0, MAXV)),
        )
        group_id: str | None = None
        member_id: str | None = ""
        share_session_epoch: int = 0
        is_renew_ack: bool = False
        topics: list[ShareAcknowledgeRequest.AcknowledgeTopic] = field(default_factory=list)

    ShareAcknowledgeRequest.AcknowledgementBatch = _s_AcknowledgementBatch  # type: ignore[attr-defined]
    ShareAcknowledgeRequest.AcknowledgePartition = _s_AcknowledgePartition  # type: ignore[attr-defined]
    ShareAcknowledgeRequest.AcknowledgeTopic = _s_AcknowledgeTopic  # type: ignore[attr-defined]
    return ShareAcknowledgeRequest
"""

_SOURCES['ShareAcknowledgeResponse'] = r"""
def _build_ShareAcknowledgeResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_LeaderIdAndEpoch(Struct):
        __qualname__ = 'ShareAcknowledgeResponse.LeaderIdAndEpoch'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('leader_id', 'LeaderId', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
        )
        leader_id: int = 0
        leader_epoch: int = 0

    _s_LeaderIdAndEpoch.__name__ = 'LeaderIdAndEpoch'

    @dataclass(slots=True)
    class _s_PartitionData(Struct):
        __qualname__ = 'ShareAcknowledgeResponse.PartitionData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('current_leader', 'CurrentLeader', 'struct', struct='LeaderIdAndEpoch', versions=(0, MAXV)),
        )
        partition_index: int = 0
        error_code: int = 0
        error_message: str | None = None
        current_leader: ShareAcknowledgeResponse.LeaderIdAndEpoch = field(default_factory=_s_LeaderIdAndEpoch)

    _s_PartitionData.__name__ = 'PartitionData'

    @dataclass(slots=True)
    class _s_ShareAcknowledgeTopicResponse(Struct):
        __qualname__ = 'ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[ShareAcknowledgeResponse.PartitionData] = field(default_factory=list)

    _s_ShareAcknowledgeTopicResponse.__name__ = 'ShareAcknowledgeTopicResponse'

    @dataclass(slots=True)
    class _s_NodeEndpoint(Struct):
        __qualname__ = 'ShareAcknowledgeResponse.NodeEndpoint'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('node_id', 'NodeId', 'int32', versions=(0, MAXV)),
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('port', 'Port', 'int32', versions=(0, MAXV)),
            F('rack', 'Rack', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        node_id: int = 0
        host: str = ""
        port: int = 0
        rack: str | None = None

    _s_NodeEndpoint.__name__ = 'NodeEndpoint'

    @dataclass(slots=True)
    class ShareAcknowledgeResponse(Message):
        __qualname__ = 'ShareAcknowledgeResponse'
        API_KEY: ClassVar[int | None] = 79
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('acquisition_lock_timeout_ms', 'AcquisitionLockTimeoutMs', 'int32', versions=(2, MAXV), ignorable=True),
            F('responses', 'Responses', 'struct', array=True, struct='ShareAcknowledgeTopicResponse', versions=(0, MAXV)),
            F('node_endpoints', 'NodeEndpoints', 'struct', array=True, struct='NodeEndpoint', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        error_message: str | None = None
        acquisition_lock_timeout_ms: int = 0
        responses: list[ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse] = field(default_factory=list)
        node_endpoints: list[ShareAcknowledgeResponse.NodeEndpoint] = field(default_factory=list)

    ShareAcknowledgeResponse.LeaderIdAndEpoch = _s_LeaderIdAndEpoch  # type: ignore[attr-defined]
    ShareAcknowledgeResponse.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse = _s_ShareAcknowledgeTopicResponse  # type: ignore[attr-defined]
    ShareAcknowledgeResponse.NodeEndpoint = _s_NodeEndpoint  # type: ignore[attr-defined]
    return ShareAcknowledgeResponse
"""

_SOURCES['ShareFetchRequest'] = r"""
def _build_ShareFetchRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_AcknowledgementBatch(Struct):
        __qualname__ = 'ShareFetchRequest.AcknowledgementBatch'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('first_offset', 'FirstOffset', 'int64', versions=(0, MAXV)),
            F('last_offset', 'LastOffset', 'int64', versions=(0, MAXV)),
            F('acknowledge_types', 'AcknowledgeTypes', 'int8', array=True, versions=(0, MAXV)),
        )
        first_offset: int = 0
        last_offset: int = 0
        acknowledge_types: list[int] = field(default_factory=list)

    _s_AcknowledgementBatch.__name__ = 'AcknowledgementBatch'

    @dataclass(slots=True)
    class _s_FetchPartition(Struct):
        __qualname__ = 'ShareFetchRequest.FetchPartition'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('partition_max_bytes', 'PartitionMaxBytes', 'int32', versions=(0, 0)),
            F('acknowledgement_batches', 'AcknowledgementBatches', 'struct', array=True, struct='AcknowledgementBatch', versions=(0, MAXV)),
        )
        partition_index: int = 0
        partition_max_bytes: int = 0
        acknowledgement_batches: list[ShareFetchRequest.AcknowledgementBatch] = field(default_factory=list)

    _s_FetchPartition.__name__ = 'FetchPartition'

    @dataclass(slots=True)
    class _s_FetchTopic(Struct):
        __qualname__ = 'ShareFetchRequest.FetchTopic'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='FetchPartition', versions=(0, MAXV)),
        )
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[ShareFetchRequest.FetchPartition] = field(default_factory=list)

    _s_FetchTopic.__name__ = 'FetchTopic'

    @dataclass(slots=True)
    class _s_ForgottenTopic(Struct):
        __qualname__ = 'ShareFetchRequest.ForgottenTopic'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[int] = field(default_factory=list)

    _s_ForgottenTopic.__name__ = 'ForgottenTopic'

    @dataclass(slots=True)
    class ShareFetchRequest(Message):
        __qualname__ = 'ShareFetchRequest'
        API_KEY: ClassVar[int | None] = 78
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('member_id', 'MemberId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('share_session_epoch', 'ShareSessionEpoch', 'int32', versions=(0, MAXV)),
            F('max_wait_ms', 'MaxWaitMs', 'int32', versions=(0, MAXV)),
            F('min_bytes', 'MinBytes', 'int32', versions=(0, MAXV)),
            F('max_bytes', 'MaxBytes', 'int32', versions=(0, MAXV)),
            F('max_records', 'MaxRecords', 'int32', versions=(1, MAXV)),
            F('batch_size', 'BatchSize', 'int32', versions=(1, MAXV)),
            F('share_acquire_mode', 'ShareAcquireMode', 'int8', versions=(2, MAXV), ignorable=True),
            F('is_renew_ack', 'IsRenewAck', 'bool', versions=(2, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='FetchTopic', versions=(0, MAXV)),
            F('forgotten_topics_data', 'ForgottenTopicsData', 'struct', array=True, struct='ForgottenTopic', versions=(0, MAXV)),
        )
        group_id: str | None = None
        member_id: str | None = ""
        share_session_epoch: int = 0
        max_wait_ms: int = 0
        min_bytes: int = 0
        max_bytes: int = 2147483647
        max_records: int = 0
        batch_size: int = 0
        share_acquire_mode: int = 0
        is_renew_ack: bool = False
        topics: list[ShareFetchRequest.FetchTopic] = field(default_factory=list)
        forgotten_topics_data: list[ShareFetchRequest.ForgottenTopic] = field(default_factory=list)

    ShareFetchRequest.AcknowledgementBatch = _s_AcknowledgementBatch  # type: ignore[attr-defined]
    ShareFetchRequest.FetchPartition = _s_FetchPartition  # type: ignore[attr-defined]
    ShareFetchRequest.FetchTopic = _s_FetchTopic  # type: ignore[attr-defined]
    ShareFetchRequest.ForgottenTopic = _s_ForgottenTopic  # type: ignore[attr-defined]
    return ShareFetchRequest
"""

_SOURCES['ShareFetchResponse'] = r"""
def _build_ShareFetchResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_LeaderIdAndEpoch(Struct):
        __qualname__ = 'ShareFetchResponse.LeaderIdAndEpoch'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('leader_id', 'LeaderId', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
        )
        leader_id: int = 0
        leader_epoch: int = 0

    _s_LeaderIdAndEpoch.__name__ = 'LeaderIdAndEpoch'

    @dataclass(slots=True)
    class _s_AcquiredRecords(Struct):
        __qualname__ = 'ShareFetchResponse.AcquiredRecords'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('first_offset', 'FirstOffset', 'int64', versions=(0, MAXV)),
            F('last_offset', 'LastOffset', 'int64', versions=(0, MAXV)),
            F('delivery_count', 'DeliveryCount', 'int16', versions=(0, MAXV)),
        )
        first_offset: int = 0
        last_offset: int = 0
        delivery_count: int = 0

    _s_AcquiredRecords.__name__ = 'AcquiredRecords'

    @dataclass(slots=True)
    class _s_PartitionData(Struct):
        __qualname__ = 'ShareFetchResponse.PartitionData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('acknowledge_error_code', 'AcknowledgeErrorCode', 'int16', versions=(0, MAXV)),
            F('acknowledge_error_message', 'AcknowledgeErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('current_leader', 'CurrentLeader', 'struct', struct='LeaderIdAndEpoch', versions=(0, MAXV)),
            F('records', 'Records', 'records', versions=(0, MAXV), nullable=(0, 0)),
            F('acquired_records', 'AcquiredRecords', 'struct', array=True, struct='AcquiredRecords', versions=(0, MAXV)),
        )
        partition_index: int = 0
        error_code: int = 0
        error_message: str | None = None
        acknowledge_error_code: int = 0
        acknowledge_error_message: str | None = None
        current_leader: ShareFetchResponse.LeaderIdAndEpoch = field(default_factory=_s_LeaderIdAndEpoch)
        records: Records = None
        acquired_records: list[ShareFetchResponse.AcquiredRecords] = field(default_factory=list)

    _s_PartitionData.__name__ = 'PartitionData'

    @dataclass(slots=True)
    class _s_ShareFetchableTopicResponse(Struct):
        __qualname__ = 'ShareFetchResponse.ShareFetchableTopicResponse'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[ShareFetchResponse.PartitionData] = field(default_factory=list)

    _s_ShareFetchableTopicResponse.__name__ = 'ShareFetchableTopicResponse'

    @dataclass(slots=True)
    class _s_NodeEndpoint(Struct):
        __qualname__ = 'ShareFetchResponse.NodeEndpoint'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('node_id', 'NodeId', 'int32', versions=(0, MAXV)),
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('port', 'Port', 'int32', versions=(0, MAXV)),
            F('rack', 'Rack', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        node_id: int = 0
        host: str = ""
        port: int = 0
        rack: str | None = None

    _s_NodeEndpoint.__name__ = 'NodeEndpoint'

    @dataclass(slots=True)
    class ShareFetchResponse(Message):
        __qualname__ = 'ShareFetchResponse'
        API_KEY: ClassVar[int | None] = 78
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('acquisition_lock_timeout_ms', 'AcquisitionLockTimeoutMs', 'int32', versions=(1, MAXV)),
            F('responses', 'Responses', 'struct', array=True, struct='ShareFetchableTopicResponse', versions=(0, MAXV)),
            F('node_endpoints', 'NodeEndpoints', 'struct', array=True, struct='NodeEndpoint', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        error_message: str | None = None
        acquisition_lock_timeout_ms: int = 0
        responses: list[ShareFetchResponse.ShareFetchableTopicResponse] = field(default_factory=list)
        node_endpoints: list[ShareFetchResponse.NodeEndpoint] = field(default_factory=list)

    ShareFetchResponse.LeaderIdAndEpoch = _s_LeaderIdAndEpoch  # type: ignore[attr-defined]
    ShareFetchResponse.AcquiredRecords = _s_AcquiredRecords  # type: ignore[attr-defined]
    ShareFetchResponse.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    ShareFetchResponse.ShareFetchableTopicResponse = _s_ShareFetchableTopicResponse  # type: ignore[attr-defined]
    ShareFetchResponse.NodeEndpoint = _s_NodeEndpoint  # type: ignore[attr-defined]
    return ShareFetchResponse
"""

_SOURCES['ShareGroupCurrentMemberAssignmentKey'] = r"""
def _build_ShareGroupCurrentMemberAssignmentKey() -> type[Message]:
    @dataclass(slots=True)
    class ShareGroupCurrentMemberAssignmentKey(Message):
        __qualname__ = 'ShareGroupCurrentMemberAssignmentKey'
        API_KEY: ClassVar[int | None] = 14
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-key'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
            F('member_id', 'MemberId', 'string', versions=(0, 0)),
        )
        group_id: str = ""
        member_id: str = ""

    return ShareGroupCurrentMemberAssignmentKey
"""

_SOURCES['ShareGroupCurrentMemberAssignmentValue'] = r"""
def _build_ShareGroupCurrentMemberAssignmentValue() -> type[Message]:
    @dataclass(slots=True)
    class _s_TopicPartitions(Struct):
        __qualname__ = 'ShareGroupCurrentMemberAssignmentValue.TopicPartitions'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[int] = field(default_factory=list)

    _s_TopicPartitions.__name__ = 'TopicPartitions'

    @dataclass(slots=True)
    class ShareGroupCurrentMemberAssignmentValue(Message):
        __qualname__ = 'ShareGroupCurrentMemberAssignmentValue'
        API_KEY: ClassVar[int | None] = 14
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-value'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('member_epoch', 'MemberEpoch', 'int32', versions=(0, MAXV)),
            F('previous_member_epoch', 'PreviousMemberEpoch', 'int32', versions=(0, MAXV)),
            F('state', 'State', 'int8', versions=(0, MAXV)),
            F('assigned_partitions', 'AssignedPartitions', 'struct', array=True, struct='TopicPartitions', versions=(0, MAXV)),
        )
        member_epoch: int = 0
        previous_member_epoch: int = 0
        state: int = 0
        assigned_partitions: list[ShareGroupCurrentMemberAssignmentValue.TopicPartitions] = field(default_factory=list)

    ShareGroupCurrentMemberAssignmentValue.TopicPartitions = _s_TopicPartitions  # type: ignore[attr-defined]
    return ShareGroupCurrentMemberAssignmentValue
"""

_SOURCES['ShareGroupDescribeRequest'] = r"""
def _build_ShareGroupDescribeRequest() -> type[Message]:
    @dataclass(slots=True)
    class ShareGroupDescribeRequest(Message):
        __qualname__ = 'ShareGroupDescribeRequest'
        API_KEY: ClassVar[int | None] = 77
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_ids', 'GroupIds', 'string', array=True, versions=(0, MAXV)),
            F('include_authorized_operations', 'IncludeAuthorizedOperations', 'bool', versions=(0, MAXV)),
        )
        group_ids: list[str] = field(default_factory=list)
        include_authorized_operations: bool = False

    return ShareGroupDescribeRequest
"""

_SOURCES['ShareGroupDescribeResponse'] = r"""
def _build_ShareGroupDescribeResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_TopicPartitions(Struct):
        __qualname__ = 'ShareGroupDescribeResponse.TopicPartitions'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )
        topic_id: uuid.UUID = ZERO_UUID
        topic_name: str = ""
        partitions: list[int] = field(default_factory=list)

    _s_TopicPartitions.__name__ = 'TopicPartitions'

    @dataclass(slots=True)
    class _s_Assignment(Struct):
        __qualname__ = 'ShareGroupDescribeResponse.Assignment'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_partitions', 'TopicPartitions', 'struct', array=True, struct='TopicPartitions', versions=(0, MAXV)),
        )
        topic_partitions: list[ShareGroupDescribeResponse.TopicPartitions] = field(default_factory=list)

    _s_Assignment.__name__ = 'Assignment'

    @dataclass(slots=True)
    class _s_Member(Struct):
        __qualname__ = 'ShareGroupDescribeResponse.Member'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('member_id', 'MemberId', 'string', versions=(0, MAXV)),
            F('rack_id', 'RackId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('member_epoch', 'MemberEpoch', 'int32', versions=(0, MAXV)),
            F('client_id', 'ClientId', 'string', versions=(0, MAXV)),
            F('client_host', 'ClientHost', 'string', versions=(0, MAXV)),
            F('subscribed_topic_names', 'SubscribedTopicNames', 'string', array=True, versions=(0, MAXV)),
            F('assignment', 'Assignment', 'struct', struct='Assignment', versions=(0, MAXV)),
        )
        member_id: str = ""
        rack_id: str | None = None
        member_epoch: int = 0
        client_id: str = ""
        client_host: str = ""
        subscribed_topic_names: list[str] = field(default_factory=list)
        assignment: ShareGroupDescribeResponse.Assignment = field(default_factory=_s_Assignment)

    _s_Member.__name__ = 'Member'

    @dataclass(slots=True)
    class _s_DescribedGroup(Struct):
        __qualname__ = 'ShareGroupDescribeResponse.DescribedGroup'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('group_state', 'GroupState', 'string', versions=(0, MAXV)),
            F('group_epoch', 'GroupEpoch', 'int32', versions=(0, MAXV)),
            F('assignment_epoch', 'AssignmentEpoch', 'int32', versions=(0, MAXV)),
            F('assignor_name', 'AssignorName', 'string', versions=(0, MAXV)),
            F('members', 'Members', 'struct', array=True, struct='Member', versions=(0, MAXV)),
            F('authorized_operations', 'AuthorizedOperations', 'int32', versions=(0, MAXV)),
        )
        error_code: int = 0
        error_message: str | None = None
        group_id: str = ""
        group_state: str = ""
        group_epoch: int = 0
        assignment_epoch: int = 0
        assignor_name: str = ""
        members: list[ShareGroupDescribeResponse.Member] = field(default_factory=list)
        authorized_operations: int = -2147483648

    _s_DescribedGroup.__name__ = 'DescribedGroup'

    @dataclass(slots=True)
    class ShareGroupDescribeResponse(Message):
        __qualname__ = 'ShareGroupDescribeResponse'
        API_KEY: ClassVar[int | None] = 77
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('groups', 'Groups', 'struct', array=True, struct='DescribedGroup', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        groups: list[ShareGroupDescribeResponse.DescribedGroup] = field(default_factory=list)

    ShareGroupDescribeResponse.TopicPartitions = _s_TopicPartitions  # type: ignore[attr-defined]
    ShareGroupDescribeResponse.Assignment = _s_Assignment  # type: ignore[attr-defined]
    ShareGroupDescribeResponse.Member = _s_Member  # type: ignore[attr-defined]
    ShareGroupDescribeResponse.DescribedGroup = _s_DescribedGroup  # type: ignore[attr-defined]
    return ShareGroupDescribeResponse
"""

_SOURCES['ShareGroupHeartbeatRequest'] = r"""
def _build_ShareGroupHeartbeatRequest() -> type[Message]:
    @dataclass(slots=True)
    class ShareGroupHeartbeatRequest(Message):
        __qualname__ = 'ShareGroupHeartbeatRequest'
        API_KEY: ClassVar[int | None] = 76
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('member_id', 'MemberId', 'string', versions=(0, MAXV)),
            F('member_epoch', 'MemberEpoch', 'int32', versions=(0, MAXV)),
            F('rack_id', 'RackId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('subscribed_topic_names', 'SubscribedTopicNames', 'string', array=True, versions=(0, MAXV), nullable=(0, MAXV)),
        )
        group_id: str = ""
        member_id: str = ""
        member_epoch: int = 0
        rack_id: str | None = None
        subscribed_topic_names: list[str] | None = None

    return ShareGroupHeartbeatRequest
"""

_SOURCES['ShareGroupHeartbeatResponse'] = r"""
def _build_ShareGroupHeartbeatResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_TopicPartitions(Struct):
        __qualname__ = 'ShareGroupHeartbeatResponse.TopicPartitions'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[int] = field(default_factory=list)

    _s_TopicPartitions.__name__ = 'TopicPartitions'

    @dataclass(slots=True)
    class _s_Assignment(Struct):
        __qualname__ = 'ShareGroupHeartbeatResponse.Assignment'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_partitions', 'TopicPartitions', 'struct', array=True, struct='TopicPartitions', versions=(0, MAXV)),
        )
        topic_partitions: list[ShareGroupHeartbeatResponse.TopicPartitions] = field(default_factory=list)

    _s_Assignment.__name__ = 'Assignment'

    @dataclass(slots=True)
    class ShareGroupHeartbeatResponse(Message):
        __qualname__ = 'ShareGroupHeartbeatResponse'
        API_KEY: ClassVar[int | None] = 76
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('member_id', 'MemberId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('member_epoch', 'MemberEpoch', 'int32', versions=(0, MAXV)),
            F('heartbeat_interval_ms', 'HeartbeatIntervalMs', 'int32', versions=(0, MAXV)),
            F('assignment', 'Assignment', 'struct', struct='Assignment', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        error_message: str | None = None
        member_id: str | None = None
        member_epoch: int = 0
        heartbeat_interval_ms: int = 0
        assignment: ShareGroupHeartbeatResponse.Assignment | None = None

    ShareGroupHeartbeatResponse.TopicPartitions = _s_TopicPartitions  # type: ignore[attr-defined]
    ShareGroupHeartbeatResponse.Assignment = _s_Assignment  # type: ignore[attr-defined]
    return ShareGroupHeartbeatResponse
"""

_SOURCES['ShareGroupMemberMetadataKey'] = r"""
def _build_ShareGroupMemberMetadataKey() -> type[Message]:
    @dataclass(slots=True)
    class ShareGroupMemberMetadataKey(Message):
        __qualname__ = 'ShareGroupMemberMetadataKey'
        API_KEY: ClassVar[int | None] = 10
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-key'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
            F('member_id', 'MemberId', 'string', versions=(0, 0)),
        )
        group_id: str = ""
        member_id: str = ""

    return ShareGroupMemberMetadataKey
"""

_SOURCES['ShareGroupMemberMetadataValue'] = r"""
def _build_ShareGroupMemberMetadataValue() -> type[Message]:
    @dataclass(slots=True)
    class ShareGroupMemberMetadataValue(Message):
        __qualname__ = 'ShareGroupMemberMetadataValue'
        API_KEY: ClassVar[int | None] = 10
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-value'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('rack_id', 'RackId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('client_id', 'ClientId', 'string', versions=(0, MAXV)),
            F('client_host', 'ClientHost', 'string', versions=(0, MAXV)),
            F('subscribed_topic_names', 'SubscribedTopicNames', 'string', array=True, versions=(0, MAXV)),
        )
        rack_id: str | None = ""
        client_id: str = ""
        client_host: str = ""
        subscribed_topic_names: list[str] = field(default_factory=list)

    return ShareGroupMemberMetadataValue
"""

_SOURCES['ShareGroupMetadataKey'] = r"""
def _build_ShareGroupMetadataKey() -> type[Message]:
    @dataclass(slots=True)
    class ShareGroupMetadataKey(Message):
        __qualname__ = 'ShareGroupMetadataKey'
        API_KEY: ClassVar[int | None] = 11
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-key'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
        )
        group_id: str = ""

    return ShareGroupMetadataKey
"""

_SOURCES['ShareGroupMetadataValue'] = r"""
def _build_ShareGroupMetadataValue() -> type[Message]:
    @dataclass(slots=True)
    class ShareGroupMetadataValue(Message):
        __qualname__ = 'ShareGroupMetadataValue'
        API_KEY: ClassVar[int | None] = 11
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-value'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('epoch', 'Epoch', 'int32', versions=(0, MAXV)),
            F('metadata_hash', 'MetadataHash', 'int64', versions=(0, MAXV)),
        )
        epoch: int = 0
        metadata_hash: int = 0

    return ShareGroupMetadataValue
"""

_SOURCES['ShareGroupStatePartitionMetadataKey'] = r"""
def _build_ShareGroupStatePartitionMetadataKey() -> type[Message]:
    @dataclass(slots=True)
    class ShareGroupStatePartitionMetadataKey(Message):
        __qualname__ = 'ShareGroupStatePartitionMetadataKey'
        API_KEY: ClassVar[int | None] = 15
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-key'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
        )
        group_id: str = ""

    return ShareGroupStatePartitionMetadataKey
"""

_SOURCES['ShareGroupStatePartitionMetadataValue'] = r"""
def _build_ShareGroupStatePartitionMetadataValue() -> type[Message]:
    @dataclass(slots=True)
    class _s_TopicPartitionsInfo(Struct):
        __qualname__ = 'ShareGroupStatePartitionMetadataValue.TopicPartitionsInfo'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )
        topic_id: uuid.UUID = ZERO_UUID
        topic_name: str = ""
        partitions: list[int] = field(default_factory=list)

    _s_TopicPartitionsInfo.__name__ = 'TopicPartitionsInfo'

    @dataclass(slots=True)
    class _s_TopicInfo(Struct):
        __qualname__ = 'ShareGroupStatePartitionMetadataValue.TopicInfo'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
        )
        topic_id: uuid.UUID = ZERO_UUID
        topic_name: str = ""

    _s_TopicInfo.__name__ = 'TopicInfo'

    @dataclass(slots=True)
    class ShareGroupStatePartitionMetadataValue(Message):
        __qualname__ = 'ShareGroupStatePartitionMetadataValue'
        API_KEY: ClassVar[int | None] = 15
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-value'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('initializing_topics', 'InitializingTopics', 'struct', array=True, struct='TopicPartitionsInfo', versions=(0, MAXV)),
            F('initialized_topics', 'InitializedTopics', 'struct', array=True, struct='TopicPartitionsInfo', versions=(0, MAXV)),
            F('deleting_topics', 'DeletingTopics', 'struct', array=True, struct='TopicInfo', versions=(0, MAXV)),
        )
        initializing_topics: list[ShareGroupStatePartitionMetadataValue.TopicPartitionsInfo] = field(default_factory=list)
        initialized_topics: list[ShareGroupStatePartitionMetadataValue.TopicPartitionsInfo] = field(default_factory=list)
        deleting_topics: list[ShareGroupStatePartitionMetadataValue.TopicInfo] = field(default_factory=list)

    ShareGroupStatePartitionMetadataValue.TopicPartitionsInfo = _s_TopicPartitionsInfo  # type: ignore[attr-defined]
    ShareGroupStatePartitionMetadataValue.TopicInfo = _s_TopicInfo  # type: ignore[attr-defined]
    return ShareGroupStatePartitionMetadataValue
"""

_SOURCES['ShareGroupTargetAssignmentMemberKey'] = r"""
def _build_ShareGroupTargetAssignmentMemberKey() -> type[Message]:
    @dataclass(slots=True)
    class ShareGroupTargetAssignmentMemberKey(Message):
        __qualname__ = 'ShareGroupTargetAssignmentMemberKey'
        API_KEY: ClassVar[int | None] = 13
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-key'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
            F('member_id', 'MemberId', 'string', versions=(0, 0)),
        )
        group_id: str = ""
        member_id: str = ""

    return ShareGroupTargetAssignmentMemberKey
"""

_SOURCES['ShareGroupTargetAssignmentMemberValue'] = r"""
def _build_ShareGroupTargetAssignmentMemberValue() -> type[Message]:
    @dataclass(slots=True)
    class _s_TopicPartition(Struct):
        __qualname__ = 'ShareGroupTargetAssignmentMemberValue.TopicPartition'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[int] = field(default_factory=list)

    _s_TopicPartition.__name__ = 'TopicPartition'

    @dataclass(slots=True)
    class ShareGroupTargetAssignmentMemberValue(Message):
        __qualname__ = 'ShareGroupTargetAssignmentMemberValue'
        API_KEY: ClassVar[int | None] = 13
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-value'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_partitions', 'TopicPartitions', 'struct', array=True, struct='TopicPartition', versions=(0, MAXV)),
        )
        topic_partitions: list[ShareGroupTargetAssignmentMemberValue.TopicPartition] = field(default_factory=list)

    ShareGroupTargetAssignmentMemberValue.TopicPartition = _s_TopicPartition  # type: ignore[attr-defined]
    return ShareGroupTargetAssignmentMemberValue
"""

_SOURCES['ShareGroupTargetAssignmentMetadataKey'] = r"""
def _build_ShareGroupTargetAssignmentMetadataKey() -> type[Message]:
    @dataclass(slots=True)
    class ShareGroupTargetAssignmentMetadataKey(Message):
        __qualname__ = 'ShareGroupTargetAssignmentMetadataKey'
        API_KEY: ClassVar[int | None] = 12
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-key'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
        )
        group_id: str = ""

    return ShareGroupTargetAssignmentMetadataKey
"""

_SOURCES['ShareGroupTargetAssignmentMetadataValue'] = r"""
def _build_ShareGroupTargetAssignmentMetadataValue() -> type[Message]:
    @dataclass(slots=True)
    class ShareGroupTargetAssignmentMetadataValue(Message):
        __qualname__ = 'ShareGroupTargetAssignmentMetadataValue'
        API_KEY: ClassVar[int | None] = 12
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-value'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('assignment_epoch', 'AssignmentEpoch', 'int32', versions=(0, MAXV)),
            F('assignment_timestamp', 'AssignmentTimestamp', 'int64', versions=(0, MAXV), tag=0, tagged=(0, MAXV), ignorable=True),
        )
        assignment_epoch: int = 0
        assignment_timestamp: int = 0

    return ShareGroupTargetAssignmentMetadataValue
"""

_SOURCES['ShareSnapshotKey'] = r"""
def _build_ShareSnapshotKey() -> type[Message]:
    @dataclass(slots=True)
    class ShareSnapshotKey(Message):
        __qualname__ = 'ShareSnapshotKey'
        API_KEY: ClassVar[int | None] = 0
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-key'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
            F('topic_id', 'TopicId', 'uuid', versions=(0, 0)),
            F('partition', 'Partition', 'int32', versions=(0, 0)),
        )
        group_id: str = ""
        topic_id: uuid.UUID = ZERO_UUID
        partition: int = 0

    return ShareSnapshotKey
"""

_SOURCES['ShareSnapshotValue'] = r"""
def _build_ShareSnapshotValue() -> type[Message]:
    @dataclass(slots=True)
    class _s_StateBatch(Struct):
        __qualname__ = 'ShareSnapshotValue.StateBatch'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('first_offset', 'FirstOffset', 'int64', versions=(0, MAXV)),
            F('last_offset', 'LastOffset', 'int64', versions=(0, MAXV)),
            F('delivery_state', 'DeliveryState', 'int8', versions=(0, MAXV)),
            F('delivery_count', 'DeliveryCount', 'int16', versions=(0, MAXV)),
        )
        first_offset: int = 0
        last_offset: int = 0
        delivery_state: int = 0
        delivery_count: int = 0

    _s_StateBatch.__name__ = 'StateBatch'

    @dataclass(slots=True)
    class ShareSnapshotValue(Message):
        __qualname__ = 'ShareSnapshotValue'
        API_KEY: ClassVar[int | None] = 0
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-value'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('snapshot_epoch', 'SnapshotEpoch', 'int32', versions=(0, MAXV)),
            F('state_epoch', 'StateEpoch', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
            F('start_offset', 'StartOffset', 'int64', versions=(0, MAXV)),
            F('delivery_complete_count', 'DeliveryCompleteCount', 'int32', versions=(0, MAXV), tag=0, tagged=(0, MAXV)),
            F('create_timestamp', 'CreateTimestamp', 'int64', versions=(0, MAXV)),
            F('write_timestamp', 'WriteTimestamp', 'int64', versions=(0, MAXV)),
            F('state_batches', 'StateBatches', 'struct', array=True, struct='StateBatch', versions=(0, MAXV)),
        )
        snapshot_epoch: int = 0
        state_epoch: int = 0
        leader_epoch: int = 0
        start_offset: int = 0
        delivery_complete_count: int = -1
        create_timestamp: int = 0
        write_timestamp: int = 0
        state_batches: list[ShareSnapshotValue.StateBatch] = field(default_factory=list)

    ShareSnapshotValue.StateBatch = _s_StateBatch  # type: ignore[attr-defined]
    return ShareSnapshotValue
"""

_SOURCES['ShareUpdateKey'] = r"""
def _build_ShareUpdateKey() -> type[Message]:
    @dataclass(slots=True)
    class ShareUpdateKey(Message):
        __qualname__ = 'ShareUpdateKey'
        API_KEY: ClassVar[int | None] = 1
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-key'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
            F('topic_id', 'TopicId', 'uuid', versions=(0, 0)),
            F('partition', 'Partition', 'int32', versions=(0, 0)),
        )
        group_id: str = ""
        topic_id: uuid.UUID = ZERO_UUID
        partition: int = 0

    return ShareUpdateKey
"""

_SOURCES['ShareUpdateValue'] = r"""
def _build_ShareUpdateValue() -> type[Message]:
    @dataclass(slots=True)
    class _s_StateBatch(Struct):
        __qualname__ = 'ShareUpdateValue.StateBatch'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('first_offset', 'FirstOffset', 'int64', versions=(0, MAXV)),
            F('last_offset', 'LastOffset', 'int64', versions=(0, MAXV)),
            F('delivery_state', 'DeliveryState', 'int8', versions=(0, MAXV)),
            F('delivery_count', 'DeliveryCount', 'int16', versions=(0, MAXV)),
        )
        first_offset: int = 0
        last_offset: int = 0
        delivery_state: int = 0
        delivery_count: int = 0

    _s_StateBatch.__name__ = 'StateBatch'

    @dataclass(slots=True)
    class ShareUpdateValue(Message):
        __qualname__ = 'ShareUpdateValue'
        API_KEY: ClassVar[int | None] = 1
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-value'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('snapshot_epoch', 'SnapshotEpoch', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
            F('start_offset', 'StartOffset', 'int64', versions=(0, MAXV)),
            F('delivery_complete_count', 'DeliveryCompleteCount', 'int32', versions=(0, MAXV), tag=0, tagged=(0, MAXV)),
            F('state_batches', 'StateBatches', 'struct', array=True, struct='StateBatch', versions=(0, MAXV)),
        )
        snapshot_epoch: int = 0
        leader_epoch: int = 0
        start_offset: int = 0
        delivery_complete_count: int = -1
        state_batches: list[ShareUpdateValue.StateBatch] = field(default_factory=list)

    ShareUpdateValue.StateBatch = _s_StateBatch  # type: ignore[attr-defined]
    return ShareUpdateValue
"""

_SOURCES['SnapshotFooterRecord'] = r"""
def _build_SnapshotFooterRecord() -> type[Message]:
    @dataclass(slots=True)
    class SnapshotFooterRecord(Message):
        __qualname__ = 'SnapshotFooterRecord'
        API_KEY: ClassVar[int | None] = None
        MESSAGE_TYPE: ClassVar[str] = 'data'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('version', 'Version', 'int16', versions=(0, MAXV)),
        )
        version: int = 0

    return SnapshotFooterRecord
"""

_SOURCES['SnapshotHeaderRecord'] = r"""
def _build_SnapshotHeaderRecord() -> type[Message]:
    @dataclass(slots=True)
    class SnapshotHeaderRecord(Message):
        __qualname__ = 'SnapshotHeaderRecord'
        API_KEY: ClassVar[int | None] = None
        MESSAGE_TYPE: ClassVar[str] = 'data'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('version', 'Version', 'int16', versions=(0, MAXV)),
            F('last_contained_log_timestamp', 'LastContainedLogTimestamp', 'int64', versions=(0, MAXV)),
        )
        version: int = 0
        last_contained_log_timestamp: int = 0

    return SnapshotHeaderRecord
"""

_SOURCES['StopReplicaRequest'] = r"""
def _build_StopReplicaRequest() -> type[Message]:
    @dataclass(slots=True)
    class StopReplicaRequest(Message):
        __qualname__ = 'StopReplicaRequest'
        API_KEY: ClassVar[int | None] = 5
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, -1)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
        )

    return StopReplicaRequest
"""

_SOURCES['StopReplicaResponse'] = r"""
def _build_StopReplicaResponse() -> type[Message]:
    @dataclass(slots=True)
    class StopReplicaResponse(Message):
        __qualname__ = 'StopReplicaResponse'
        API_KEY: ClassVar[int | None] = 5
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, -1)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
        )

    return StopReplicaResponse
"""

_SOURCES['StreamsGroupCurrentMemberAssignmentKey'] = r"""
def _build_StreamsGroupCurrentMemberAssignmentKey() -> type[Message]:
    @dataclass(slots=True)
    class StreamsGroupCurrentMemberAssignmentKey(Message):
        __qualname__ = 'StreamsGroupCurrentMemberAssignmentKey'
        API_KEY: ClassVar[int | None] = 22
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-key'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
            F('member_id', 'MemberId', 'string', versions=(0, 0)),
        )
        group_id: str = ""
        member_id: str = ""

    return StreamsGroupCurrentMemberAssignmentKey
"""

_SOURCES['StreamsGroupCurrentMemberAssignmentValue'] = r"""
def _build_StreamsGroupCurrentMemberAssignmentValue() -> type[Message]:
    @dataclass(slots=True)
    class _s_TaskIds(Struct):
        __qualname__ = 'StreamsGroupCurrentMemberAssignmentValue.TaskIds'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('subtopology_id', 'SubtopologyId', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
            F('assignment_epochs', 'AssignmentEpochs', 'int32', array=True, versions=(0, MAXV), nullable=(0, MAXV), tag=0, tagged=(0, MAXV)),
        )
        subtopology_id: str = ""
        partitions: list[int] = field(default_factory=list)
        assignment_epochs: list[int] | None = field(default_factory=list)

    _s_TaskIds.__name__ = 'TaskIds'

    @dataclass(slots=True)
    class StreamsGroupCurrentMemberAssignmentValue(Message):
        __qualname__ = 'StreamsGroupCurrentMemberAssignmentValue'
        API_KEY: ClassVar[int | None] = 22
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-value'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('member_epoch', 'MemberEpoch', 'int32', versions=(0, MAXV)),
            F('previous_member_epoch', 'PreviousMemberEpoch', 'int32', versions=(0, MAXV)),
            F('state', 'State', 'int8', versions=(0, MAXV)),
            F('active_tasks', 'ActiveTasks', 'struct', array=True, struct='TaskIds', versions=(0, MAXV)),
            F('standby_tasks', 'StandbyTasks', 'struct', array=True, struct='TaskIds', versions=(0, MAXV)),
            F('warmup_tasks', 'WarmupTasks', 'struct', array=True, struct='TaskIds', versions=(0, MAXV)),
            F('active_tasks_pending_revocation', 'ActiveTasksPendingRevocation', 'struct', array=True, struct='TaskIds', versions=(0, MAXV)),
            F('standby_tasks_pending_revocation', 'StandbyTasksPendingRevocation', 'struct', array=True, struct='TaskIds', versions=(0, MAXV)),
            F('warmup_tasks_pending_revocation', 'WarmupTasksPendingRevocation', 'struct', array=True, struct='TaskIds', versions=(0, MAXV)),
        )
        member_epoch: int = 0
        previous_member_epoch: int = 0
        state: int = 0
        active_tasks: list[StreamsGroupCurrentMemberAssignmentValue.TaskIds] = field(default_factory=list)
        standby_tasks: list[StreamsGroupCurrentMemberAssignmentValue.TaskIds] = field(default_factory=list)
        warmup_tasks: list[StreamsGroupCurrentMemberAssignmentValue.TaskIds] = field(default_factory=list)
        active_tasks_pending_revocation: list[StreamsGroupCurrentMemberAssignmentValue.TaskIds] = field(default_factory=list)
        standby_tasks_pending_revocation: list[StreamsGroupCurrentMemberAssignmentValue.TaskIds] = field(default_factory=list)
        warmup_tasks_pending_revocation: list[StreamsGroupCurrentMemberAssignmentValue.TaskIds] = field(default_factory=list)

    StreamsGroupCurrentMemberAssignmentValue.TaskIds = _s_TaskIds  # type: ignore[attr-defined]
    return StreamsGroupCurrentMemberAssignmentValue
"""

_SOURCES['StreamsGroupDescribeRequest'] = r"""
def _build_StreamsGroupDescribeRequest() -> type[Message]:
    @dataclass(slots=True)
    class StreamsGroupDescribeRequest(Message):
        __qualname__ = 'StreamsGroupDescribeRequest'
        API_KEY: ClassVar[int | None] = 89
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_ids', 'GroupIds', 'string', array=True, versions=(0, MAXV)),
            F('include_authorized_operations', 'IncludeAuthorizedOperations', 'bool', versions=(0, MAXV)),
        )
        group_ids: list[str] = field(default_factory=list)
        include_authorized_operations: bool = False

    return StreamsGroupDescribeRequest
"""

_SOURCES['StreamsGroupDescribeResponse'] = r"""
def _build_StreamsGroupDescribeResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_KeyValue(Struct):
        __qualname__ = 'StreamsGroupDescribeResponse.KeyValue'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('key', 'Key', 'string', versions=(0, MAXV)),
            F('value', 'Value', 'string', versions=(0, MAXV)),
        )
        key: str = ""
        value: str = ""

    _s_KeyValue.__name__ = 'KeyValue'

    @dataclass(slots=True)
    class _s_TopicInfo(Struct):
        __qualname__ = 'StreamsGroupDescribeResponse.TopicInfo'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', versions=(0, MAXV)),
            F('replication_factor', 'ReplicationFactor', 'int16', versions=(0, MAXV)),
            F('topic_configs', 'TopicConfigs', 'struct', array=True, struct='KeyValue', versions=(0, MAXV)),
        )
        name: str = ""
        partitions: int = 0
        replication_factor: int = 0
        topic_configs: list[StreamsGroupDescribeResponse.KeyValue] = field(default_factory=list)

    _s_TopicInfo.__name__ = 'TopicInfo'

    @dataclass(slots=True)
    class _s_Subtopology(Struct):
        __qualname__ = 'StreamsGroupDescribeResponse.Subtopology'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('subtopology_id', 'SubtopologyId', 'string', versions=(0, MAXV)),
            F('source_topics', 'SourceTopics', 'string', array=True, versions=(0, MAXV)),
            F('repartition_sink_topics', 'RepartitionSinkTopics', 'string', array=True, versions=(0, MAXV)),
            F('state_changelog_topics', 'StateChangelogTopics', 'struct', array=True, struct='TopicInfo', versions=(0, MAXV)),
            F('repartition_source_topics', 'RepartitionSourceTopics', 'struct', array=True, struct='TopicInfo', versions=(0, MAXV)),
        )
        subtopology_id: str = ""
        source_topics: list[str] = field(default_factory=list)
        repartition_sink_topics: list[str] = field(default_factory=list)
        state_changelog_topics: list[StreamsGroupDescribeResponse.TopicInfo] = field(default_factory=list)
        repartition_source_topics: list[StreamsGroupDescribeResponse.TopicInfo] = field(default_factory=list)

    _s_Subtopology.__name__ = 'Subtopology'

    @dataclass(slots=True)
    class _s_Topology(Struct):
        __qualname__ = 'StreamsGroupDescribeResponse.Topology'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('epoch', 'Epoch', 'int32', versions=(0, MAXV)),
            F('subtopologies', 'Subtopologies', 'struct', array=True, struct='Subtopology', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        epoch: int = 0
        subtopologies: list[StreamsGroupDescribeResponse.Subtopology] | None = None

    _s_Topology.__name__ = 'Topology'

    @dataclass(slots=True)
    class _s_Endpoint(Struct):
        __qualname__ = 'StreamsGroupDescribeResponse.Endpoint'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('port', 'Port', 'uint16', versions=(0, MAXV)),
        )
        host: str = ""
        port: int = 0

    _s_Endpoint.__name__ = 'Endpoint'

    @dataclass(slots=True)
    class _s_TaskOffset(Struct):
        __qualname__ = 'StreamsGroupDescribeResponse.TaskOffset'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('subtopology_id', 'SubtopologyId', 'string', versions=(0, MAXV)),
            F('partition', 'Partition', 'int32', versions=(0, MAXV)),
            F('offset', 'Offset', 'int64', versions=(0, MAXV)),
        )
        subtopology_id: str = ""
        partition: int = 0
        offset: int = 0

    _s_TaskOffset.__name__ = 'TaskOffset'

    @dataclass(slots=True)
    class _s_TaskIds(Struct):
        __qualname__ = 'StreamsGroupDescribeResponse.TaskIds'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('subtopology_id', 'SubtopologyId', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )
        subtopology_id: str = ""
        partitions: list[int] = field(default_factory=list)

    _s_TaskIds.__name__ = 'TaskIds'

    @dataclass(slots=True)
    class _s_Assignment(Struct):
        __qualname__ = 'StreamsGroupDescribeResponse.Assignment'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('active_tasks', 'ActiveTasks', 'struct', array=True, struct='TaskIds', versions=(0, MAXV)),
            F('standby_tasks', 'StandbyTasks', 'struct', array=True, struct='TaskIds', versions=(0, MAXV)),
            F('warmup_tasks', 'WarmupTasks', 'struct', array=True, struct='TaskIds', versions=(0, MAXV)),
        )
        active_tasks: list[StreamsGroupDescribeResponse.TaskIds] = field(default_factory=list)
        standby_tasks: list[StreamsGroupDescribeResponse.TaskIds] = field(default_factory=list)
        warmup_tasks: list[StreamsGroupDescribeResponse.TaskIds] = field(default_factory=list)

    _s_Assignment.__name__ = 'Assignment'

    @dataclass(slots=True)
    class _s_Member(Struct):
        __qualname__ = 'StreamsGroupDescribeResponse.Member'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('member_id', 'MemberId', 'string', versions=(0, MAXV)),
            F('member_epoch', 'MemberEpoch', 'int32', versions=(0, MAXV)),
            F('instance_id', 'InstanceId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('rack_id', 'RackId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('client_id', 'ClientId', 'string', versions=(0, MAXV)),
            F('client_host', 'ClientHost', 'string', versions=(0, MAXV)),
            F('topology_epoch', 'TopologyEpoch', 'int32', versions=(0, MAXV)),
            F('process_id', 'ProcessId', 'string', versions=(0, MAXV)),
            F('user_endpoint', 'UserEndpoint', 'struct', struct='Endpoint', versions=(0, MAXV), nullable=(0, MAXV)),
            F('client_tags', 'ClientTags', 'struct', array=True, struct='KeyValue', versions=(0, MAXV)),
            F('task_offsets', 'TaskOffsets', 'struct', array=True, struct='TaskOffset', versions=(0, MAXV)),
            F('task_end_offsets', 'TaskEndOffsets', 'struct', array=True, struct='TaskOffset', versions=(0, MAXV)),
            F('assignment', 'Assignment', 'struct', struct='Assignment', versions=(0, MAXV)),
            F('target_assignment', 'TargetAssignment', 'struct', struct='Assignment', versions=(0, MAXV)),
            F('is_classic', 'IsClassic', 'bool', versions=(0, MAXV)),
        )
        member_id: str = ""
        member_epoch: int = 0
        instance_id: str | None = None
        rack_id: str | None = None
        client_id: str = ""
        client_host: str = ""
        topology_epoch: int = 0
        process_id: str = ""
        user_endpoint: StreamsGroupDescribeResponse.Endpoint | None = None
        client_tags: list[StreamsGroupDescribeResponse.KeyValue] = field(default_factory=list)
        task_offsets: list[StreamsGroupDescribeResponse.TaskOffset] = field(default_factory=list)
        task_end_offsets: list[StreamsGroupDescribeResponse.TaskOffset] = field(default_factory=list)
        assignment: StreamsGroupDescribeResponse.Assignment = field(default_factory=_s_Assignment)
        target_assignment: StreamsGroupDescribeResponse.Assignment = field(default_factory=_s_Assignment)
        is_classic: bool = False

    _s_Member.__name__ = 'Member'

    @dataclass(slots=True)
    class _s_DescribedGroup(Struct):
        __qualname__ = 'StreamsGroupDescribeResponse.DescribedGroup'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('group_state', 'GroupState', 'string', versions=(0, MAXV)),
            F('group_epoch', 'GroupEpoch', 'int32', versions=(0, MAXV)),
            F('assignment_epoch', 'AssignmentEpoch', 'int32', versions=(0, MAXV)),
            F('topology', 'Topology', 'struct', struct='Topology', versions=(0, MAXV), nullable=(0, MAXV)),
            F('members', 'Members', 'struct', array=True, struct='Member', versions=(0, MAXV)),
            F('authorized_operations', 'AuthorizedOperations', 'int32', versions=(0, MAXV)),
        )
        error_code: int = 0
        error_message: str | None = None
        group_id: str = ""
        group_state: str = ""
        group_epoch: int = 0
        assignment_epoch: int = 0
        topology: StreamsGroupDescribeResponse.Topology | None = None
        members: list[StreamsGroupDescribeResponse.Member] = field(default_factory=list)
        authorized_operations: int = -2147483648

    _s_DescribedGroup.__name__ = 'DescribedGroup'

    @dataclass(slots=True)
    class StreamsGroupDescribeResponse(Message):
        __qualname__ = 'StreamsGroupDescribeResponse'
        API_KEY: ClassVar[int | None] = 89
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('groups', 'Groups', 'struct', array=True, struct='DescribedGroup', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        groups: list[StreamsGroupDescribeResponse.DescribedGroup] = field(default_factory=list)

    StreamsGroupDescribeResponse.KeyValue = _s_KeyValue  # type: ignore[attr-defined]
    StreamsGroupDescribeResponse.TopicInfo = _s_TopicInfo  # type: ignore[attr-defined]
    StreamsGroupDescribeResponse.Subtopology = _s_Subtopology  # type: ignore[attr-defined]
    StreamsGroupDescribeResponse.Topology = _s_Topology  # type: ignore[attr-defined]
    StreamsGroupDescribeResponse.Endpoint = _s_Endpoint  # type: ignore[attr-defined]
    StreamsGroupDescribeResponse.TaskOffset = _s_TaskOffset  # type: ignore[attr-defined]
    StreamsGroupDescribeResponse.TaskIds = _s_TaskIds  # type: ignore[attr-defined]
    StreamsGroupDescribeResponse.Assignment = _s_Assignment  # type: ignore[attr-defined]
    StreamsGroupDescribeResponse.Member = _s_Member  # type: ignore[attr-defined]
    StreamsGroupDescribeResponse.DescribedGroup = _s_DescribedGroup  # type: ignore[attr-defined]
    return StreamsGroupDescribeResponse
"""

_SOURCES['StreamsGroupHeartbeatRequest'] = r"""
def _build_StreamsGroupHeartbeatRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_KeyValue(Struct):
        __qualname__ = 'StreamsGroupHeartbeatRequest.KeyValue'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('key', 'Key', 'string', versions=(0, MAXV)),
            F('value', 'Value', 'string', versions=(0, MAXV)),
        )
        key: str = ""
        value: str = ""

    _s_KeyValue.__name__ = 'KeyValue'

    @dataclass(slots=True)
    class _s_TopicInfo(Struct):
        __qualname__ = 'StreamsGroupHeartbeatRequest.TopicInfo'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', versions=(0, MAXV)),
            F('replication_factor', 'ReplicationFactor', 'int16', versions=(0, MAXV)),
            F('topic_configs', 'TopicConfigs', 'struct', array=True, struct='KeyValue', versions=(0, MAXV)),
        )
        name: str = ""
        partitions: int = 0
        replication_factor: int = 0
        topic_configs: list[StreamsGroupHeartbeatRequest.KeyValue] = field(default_factory=list)

    _s_TopicInfo.__name__ = 'TopicInfo'

    @dataclass(slots=True)
    class _s_CopartitionGroup(Struct):
        __qualname__ = 'StreamsGroupHeartbeatRequest.CopartitionGroup'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('source_topics', 'SourceTopics', 'int16', array=True, versions=(0, MAXV)),
            F('source_topic_regex', 'SourceTopicRegex', 'int16', array=True, versions=(0, MAXV)),
            F('repartition_source_topics', 'RepartitionSourceTopics', 'int16', array=True, versions=(0, MAXV)),
        )
        source_topics: list[int] = field(default_factory=list)
        source_topic_regex: list[int] = field(default_factory=list)
        repartition_source_topics: list[int] = field(default_factory=list)

    _s_CopartitionGroup.__name__ = 'CopartitionGroup'

    @dataclass(slots=True)
    class _s_Subtopology(Struct):
        __qualname__ = 'StreamsGroupHeartbeatRequest.Subtopology'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('subtopology_id', 'SubtopologyId', 'string', versions=(0, MAXV)),
            F('source_topics', 'SourceTopics', 'string', array=True, versions=(0, MAXV)),
            F('source_topic_regex', 'SourceTopicRegex', 'string', array=True, versions=(0, MAXV)),
            F('state_changelog_topics', 'StateChangelogTopics', 'struct', array=True, struct='TopicInfo', versions=(0, MAXV)),
            F('repartition_sink_topics', 'RepartitionSinkTopics', 'string', array=True, versions=(0, MAXV)),
            F('repartition_source_topics', 'RepartitionSourceTopics', 'struct', array=True, struct='TopicInfo', versions=(0, MAXV)),
            F('copartition_groups', 'CopartitionGroups', 'struct', array=True, struct='CopartitionGroup', versions=(0, MAXV)),
        )
        subtopology_id: str = ""
        source_topics: list[str] = field(default_factory=list)
        source_topic_regex: list[str] = field(default_factory=list)
        state_changelog_topics: list[StreamsGroupHeartbeatRequest.TopicInfo] = field(default_factory=list)
        repartition_sink_topics: list[str] = field(default_factory=list)
        repartition_source_topics: list[StreamsGroupHeartbeatRequest.TopicInfo] = field(default_factory=list)
        copartition_groups: list[StreamsGroupHeartbeatRequest.CopartitionGroup] = field(default_factory=list)

    _s_Subtopology.__name__ = 'Subtopology'

    @dataclass(slots=True)
    class _s_Topology(Struct):
        __qualname__ = 'StreamsGroupHeartbeatRequest.Topology'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('epoch', 'Epoch', 'int32', versions=(0, MAXV)),
            F('subtopologies', 'Subtopologies', 'struct', array=True, struct='Subtopology', versions=(0, MAXV)),
        )
        epoch: int = 0
        subtopologies: list[StreamsGroupHeartbeatRequest.Subtopology] = field(default_factory=list)

    _s_Topology.__name__ = 'Topology'

    @dataclass(slots=True)
    class _s_TaskIds(Struct):
        __qualname__ = 'StreamsGroupHeartbeatRequest.TaskIds'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('subtopology_id', 'SubtopologyId', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )
        subtopology_id: str = ""
        partitions: list[int] = field(default_factory=list)

    _s_TaskIds.__name__ = 'TaskIds'

    @dataclass(slots=True)
    class _s_Endpoint(Struct):
        __qualname__ = 'StreamsGroupHeartbeatRequest.Endpoint'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('port', 'Port', 'uint16', versions=(0, MAXV)),
        )
        host: str = ""
        port: int = 0

    _s_Endpoint.__name__ = 'Endpoint'

    @dataclass(slots=True)
    class _s_TaskOffset(Struct):
        __qualname__ = 'StreamsGroupHeartbeatRequest.TaskOffset'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('subtopology_id', 'SubtopologyId', 'string', versions=(0, MAXV)),
            F('partition', 'Partition', 'int32', versions=(0, MAXV)),
            F('offset', 'Offset', 'int64', versions=(0, MAXV)),
        )
        subtopology_id: str = ""
        partition: int = 0
        offset: int = 0

    _s_TaskOffset.__name__ = 'TaskOffset'

    @dataclass(slots=True)
    class StreamsGroupHeartbeatRequest(Message):
        __qualname__ = 'StreamsGroupHeartbeatRequest'
        API_KEY: ClassVar[int | None] = 88
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('member_id', 'MemberId', 'string', versions=(0, MAXV)),
            F('member_epoch', 'MemberEpoch', 'int32', versions=(0, MAXV)),
            F('endpoint_information_epoch', 'EndpointInformationEpoch', 'int32', versions=(0, MAXV)),
            F('instance_id', 'InstanceId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('rack_id', 'RackId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('rebalance_timeout_ms', 'RebalanceTimeoutMs', 'int32', versions=(0, MAXV)),
            F('topology', 'Topology', 'struct', struct='Topology', versions=(0, MAXV), nullable=(0, MAXV)),
            F('active_tasks', 'ActiveTasks', 'struct', array=True, struct='TaskIds', versions=(0, MAXV), nullable=(0, MAXV)),
            F('standby_tasks', 'StandbyTasks', 'struct', array=True, struct='TaskIds', versions=(0, MAXV), nullable=(0, MAXV)),
            F('warmup_tasks', 'WarmupTasks', 'struct', array=True, struct='TaskIds', versions=(0, MAXV), nullable=(0, MAXV)),
            F('process_id', 'ProcessId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('user_endpoint', 'UserEndpoint', 'struct', struct='Endpoint', versions=(0, MAXV), nullable=(0, MAXV)),
            F('client_tags', 'ClientTags', 'struct', array=True, struct='KeyValue', versions=(0, MAXV), nullable=(0, MAXV)),
            F('task_offsets', 'TaskOffsets', 'struct', array=True, struct='TaskOffset', versions=(0, MAXV), nullable=(0, MAXV)),
            F('task_end_offsets', 'TaskEndOffsets', 'struct', array=True, struct='TaskOffset', versions=(0, MAXV), nullable=(0, MAXV)),
            F('shutdown_application', 'ShutdownApplication', 'bool', versions=(0, MAXV)),
        )
        group_id: str = ""
        member_id: str = ""
        member_epoch: int = 0
        endpoint_information_epoch: int = 0
        instance_id: str | None = None
        rack_id: str | None = None
        rebalance_timeout_ms: int = -1
        topology: StreamsGroupHeartbeatRequest.Topology | None = None
        active_tasks: list[StreamsGroupHeartbeatRequest.TaskIds] | None = None
        standby_tasks: list[StreamsGroupHeartbeatRequest.TaskIds] | None = None
        warmup_tasks: list[StreamsGroupHeartbeatRequest.TaskIds] | None = None
        process_id: str | None = None
        user_endpoint: StreamsGroupHeartbeatRequest.Endpoint | None = None
        client_tags: list[StreamsGroupHeartbeatRequest.KeyValue] | None = None
        task_offsets: list[StreamsGroupHeartbeatRequest.TaskOffset] | None = None
        task_end_offsets: list[StreamsGroupHeartbeatRequest.TaskOffset] | None = None
        shutdown_application: bool = False

    StreamsGroupHeartbeatRequest.KeyValue = _s_KeyValue  # type: ignore[attr-defined]
    StreamsGroupHeartbeatRequest.TopicInfo = _s_TopicInfo  # type: ignore[attr-defined]
    StreamsGroupHeartbeatRequest.CopartitionGroup = _s_CopartitionGroup  # type: ignore[attr-defined]
    StreamsGroupHeartbeatRequest.Subtopology = _s_Subtopology  # type: ignore[attr-defined]
    StreamsGroupHeartbeatRequest.Topology = _s_Topology  # type: ignore[attr-defined]
    StreamsGroupHeartbeatRequest.TaskIds = _s_TaskIds  # type: ignore[attr-defined]
    StreamsGroupHeartbeatRequest.Endpoint = _s_Endpoint  # type: ignore[attr-defined]
    StreamsGroupHeartbeatRequest.TaskOffset = _s_TaskOffset  # type: ignore[attr-defined]
    return StreamsGroupHeartbeatRequest
"""

_SOURCES['StreamsGroupHeartbeatResponse'] = r"""
def _build_StreamsGroupHeartbeatResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_Status(Struct):
        __qualname__ = 'StreamsGroupHeartbeatResponse.Status'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('status_code', 'StatusCode', 'int8', versions=(0, MAXV)),
            F('status_detail', 'StatusDetail', 'string', versions=(0, MAXV)),
        )
        status_code: int = 0
        status_detail: str = ""

    _s_Status.__name__ = 'Status'

    @dataclass(slots=True)
    class _s_TaskIds(Struct):
        __qualname__ = 'StreamsGroupHeartbeatResponse.TaskIds'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('subtopology_id', 'SubtopologyId', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )
        subtopology_id: str = ""
        partitions: list[int] = field(default_factory=list)

    _s_TaskIds.__name__ = 'TaskIds'

    @dataclass(slots=True)
    class _s_Endpoint(Struct):
        __qualname__ = 'StreamsGroupHeartbeatResponse.Endpoint'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('port', 'Port', 'uint16', versions=(0, MAXV)),
        )
        host: str = ""
        port: int = 0

    _s_Endpoint.__name__ = 'Endpoint'

    @dataclass(slots=True)
    class _s_TopicPartition(Struct):
        __qualname__ = 'StreamsGroupHeartbeatResponse.TopicPartition'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic', 'Topic', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )
        topic: str = ""
        partitions: list[int] = field(default_factory=list)

    _s_TopicPartition.__name__ = 'TopicPartition'

    @dataclass(slots=True)
    class _s_EndpointToPartitions(Struct):
        __qualname__ = 'StreamsGroupHeartbeatResponse.EndpointToPartitions'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('user_endpoint', 'UserEndpoint', 'struct', struct='Endpoint', versions=(0, MAXV)),
            F('active_partitions', 'ActivePartitions', 'struct', array=True, struct='TopicPartition', versions=(0, MAXV)),
            F('standby_partitions', 'StandbyPartitions', 'struct', array=True, struct='TopicPartition', versions=(0, MAXV)),
        )
        user_endpoint: StreamsGroupHeartbeatResponse.Endpoint = field(default_factory=_s_Endpoint)
        active_partitions: list[StreamsGroupHeartbeatResponse.TopicPartition] = field(default_factory=list)
        standby_partitions: list[StreamsGroupHeartbeatResponse.TopicPartition] = field(default_factory=list)

    _s_EndpointToPartitions.__name__ = 'EndpointToPartitions'

    @dataclass(slots=True)
    class StreamsGroupHeartbeatResponse(Message):
        __qualname__ = 'StreamsGroupHeartbeatResponse'
        API_KEY: ClassVar[int | None] = 88
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('member_id', 'MemberId', 'string', versions=(0, MAXV)),
            F('member_epoch', 'MemberEpoch', 'int32', versions=(0, MAXV)),
            F('heartbeat_interval_ms', 'HeartbeatIntervalMs', 'int32', versions=(0, MAXV)),
            F('acceptable_recovery_lag', 'AcceptableRecoveryLag', 'int32', versions=(0, MAXV)),
            F('task_offset_interval_ms', 'TaskOffsetIntervalMs', 'int32', versions=(0, MAXV)),
            F('status', 'Status', 'struct', array=True, struct='Status', versions=(0, MAXV), nullable=(0, MAXV)),
            F('active_tasks', 'ActiveTasks', 'struct', array=True, struct='TaskIds', versions=(0, MAXV), nullable=(0, MAXV)),
            F('standby_tasks', 'StandbyTasks', 'struct', array=True, struct='TaskIds', versions=(0, MAXV), nullable=(0, MAXV)),
            F('warmup_tasks', 'WarmupTasks', 'struct', array=True, struct='TaskIds', versions=(0, MAXV), nullable=(0, MAXV)),
            F('endpoint_information_epoch', 'EndpointInformationEpoch', 'int32', versions=(0, MAXV)),
            F('partitions_by_user_endpoint', 'PartitionsByUserEndpoint', 'struct', array=True, struct='EndpointToPartitions', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        error_message: str | None = None
        member_id: str = ""
        member_epoch: int = 0
        heartbeat_interval_ms: int = 0
        acceptable_recovery_lag: int = 0
        task_offset_interval_ms: int = 0
        status: list[StreamsGroupHeartbeatResponse.Status] | None = field(default_factory=list)
        active_tasks: list[StreamsGroupHeartbeatResponse.TaskIds] | None = None
        standby_tasks: list[StreamsGroupHeartbeatResponse.TaskIds] | None = None
        warmup_tasks: list[StreamsGroupHeartbeatResponse.TaskIds] | None = None
        endpoint_information_epoch: int = 0
        partitions_by_user_endpoint: list[StreamsGroupHeartbeatResponse.EndpointToPartitions] | None = None

    StreamsGroupHeartbeatResponse.Status = _s_Status  # type: ignore[attr-defined]
    StreamsGroupHeartbeatResponse.TaskIds = _s_TaskIds  # type: ignore[attr-defined]
    StreamsGroupHeartbeatResponse.Endpoint = _s_Endpoint  # type: ignore[attr-defined]
    StreamsGroupHeartbeatResponse.TopicPartition = _s_TopicPartition  # type: ignore[attr-defined]
    StreamsGroupHeartbeatResponse.EndpointToPartitions = _s_EndpointToPartitions  # type: ignore[attr-defined]
    return StreamsGroupHeartbeatResponse
"""

_SOURCES['StreamsGroupMemberMetadataKey'] = r"""
def _build_StreamsGroupMemberMetadataKey() -> type[Message]:
    @dataclass(slots=True)
    class StreamsGroupMemberMetadataKey(Message):
        __qualname__ = 'StreamsGroupMemberMetadataKey'
        API_KEY: ClassVar[int | None] = 19
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-key'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
            F('member_id', 'MemberId', 'string', versions=(0, 0)),
        )
        group_id: str = ""
        member_id: str = ""

    return StreamsGroupMemberMetadataKey
"""

_SOURCES['StreamsGroupMemberMetadataValue'] = r"""
def _build_StreamsGroupMemberMetadataValue() -> type[Message]:
    @dataclass(slots=True)
    class _s_Endpoint(Struct):
        __qualname__ = 'StreamsGroupMemberMetadataValue.Endpoint'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('port', 'Port', 'uint16', versions=(0, MAXV)),
        )
        host: str = ""
        port: int = 0

    _s_Endpoint.__name__ = 'Endpoint'

    @dataclass(slots=True)
    class _s_KeyValue(Struct):
        __qualname__ = 'StreamsGroupMemberMetadataValue.KeyValue'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('key', 'Key', 'string', versions=(0, MAXV)),
            F('value', 'Value', 'string', versions=(0, MAXV)),
        )
        key: str = ""
        value: str = ""

    _s_KeyValue.__name__ = 'KeyValue'

    @dataclass(slots=True)
    class StreamsGroupMemberMetadataValue(Message):
        __qualname__ = 'StreamsGroupMemberMetadataValue'
        API_KEY: ClassVar[int | None] = 19
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-value'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('instance_id', 'InstanceId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('rack_id', 'RackId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('client_id', 'ClientId', 'string', versions=(0, MAXV)),
            F('client_host', 'ClientHost', 'string', versions=(0, MAXV)),
            F('rebalance_timeout_ms', 'RebalanceTimeoutMs', 'int32', versions=(0, MAXV)),
            F('topology_epoch', 'TopologyEpoch', 'int32', versions=(0, MAXV)),
            F('process_id', 'ProcessId', 'string', versions=(0, MAXV)),
            F('user_endpoint', 'UserEndpoint', 'struct', struct='Endpoint', versions=(0, MAXV), nullable=(0, MAXV)),
            F('client_tags', 'ClientTags', 'struct', array=True, struct='KeyValue', versions=(0, MAXV)),
        )
        instance_id: str | None = ""
        rack_id: str | None = ""
        client_id: str = ""
        client_host: str = ""
        rebalance_timeout_ms: int = -1
        topology_epoch: int = 0
        process_id: str = ""
        user_endpoint: StreamsGroupMemberMetadataValue.Endpoint | None = None
        client_tags: list[StreamsGroupMemberMetadataValue.KeyValue] = field(default_factory=list)

    StreamsGroupMemberMetadataValue.Endpoint = _s_Endpoint  # type: ignore[attr-defined]
    StreamsGroupMemberMetadataValue.KeyValue = _s_KeyValue  # type: ignore[attr-defined]
    return StreamsGroupMemberMetadataValue
"""

_SOURCES['StreamsGroupMetadataKey'] = r"""
def _build_StreamsGroupMetadataKey() -> type[Message]:
    @dataclass(slots=True)
    class StreamsGroupMetadataKey(Message):
        __qualname__ = 'StreamsGroupMetadataKey'
        API_KEY: ClassVar[int | None] = 17
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-key'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
        )
        group_id: str = ""

    return StreamsGroupMetadataKey
"""

_SOURCES['StreamsGroupMetadataValue'] = r"""
def _build_StreamsGroupMetadataValue() -> type[Message]:
    @dataclass(slots=True)
    class _s_LastAssignmentConfig(Struct):
        __qualname__ = 'StreamsGroupMetadataValue.LastAssignmentConfig'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('key', 'Key', 'string', versions=(0, MAXV)),
            F('value', 'Value', 'string', versions=(0, MAXV)),
        )
        key: str = ""
        value: str = ""

    _s_LastAssignmentConfig.__name__ = 'LastAssignmentConfig'

    @dataclass(slots=True)
    class StreamsGroupMetadataValue(Message):
        __qualname__ = 'StreamsGroupMetadataValue'
        API_KEY: ClassVar[int | None] = 17
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-value'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('epoch', 'Epoch', 'int32', versions=(0, MAXV)),
            F('metadata_hash', 'MetadataHash', 'int64', versions=(0, MAXV)),
            F('validated_topology_epoch', 'ValidatedTopologyEpoch', 'int32', versions=(0, MAXV), tag=0, tagged=(0, MAXV)),
            F('last_assignment_configs', 'LastAssignmentConfigs', 'struct', array=True, struct='LastAssignmentConfig', versions=(0, MAXV), nullable=(0, MAXV), tag=1, tagged=(0, MAXV)),
        )
        epoch: int = 0
        metadata_hash: int = 0
        validated_topology_epoch: int = -1
        last_assignment_configs: list[StreamsGroupMetadataValue.LastAssignmentConfig] | None = field(default_factory=list)

    StreamsGroupMetadataValue.LastAssignmentConfig = _s_LastAssignmentConfig  # type: ignore[attr-defined]
    return StreamsGroupMetadataValue
"""

_SOURCES['StreamsGroupTargetAssignmentMemberKey'] = r"""
def _build_StreamsGroupTargetAssignmentMemberKey() -> type[Message]:
    @dataclass(slots=True)
    class StreamsGroupTargetAssignmentMemberKey(Message):
        __qualname__ = 'StreamsGroupTargetAssignmentMemberKey'
        API_KEY: ClassVar[int | None] = 21
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-key'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
            F('member_id', 'MemberId', 'string', versions=(0, 0)),
        )
        group_id: str = ""
        member_id: str = ""

    return StreamsGroupTargetAssignmentMemberKey
"""

_SOURCES['StreamsGroupTargetAssignmentMemberValue'] = r"""
def _build_StreamsGroupTargetAssignmentMemberValue() -> type[Message]:
    @dataclass(slots=True)
    class _s_TaskIds(Struct):
        __qualname__ = 'StreamsGroupTargetAssignmentMemberValue.TaskIds'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('subtopology_id', 'SubtopologyId', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )
        subtopology_id: str = ""
        partitions: list[int] = field(default_factory=list)

    _s_TaskIds.__name__ = 'TaskIds'

    @dataclass(slots=True)
    class StreamsGroupTargetAssignmentMemberValue(Message):
        __qualname__ = 'StreamsGroupTargetAssignmentMemberValue'
        API_KEY: ClassVar[int | None] = 21
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-value'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('active_tasks', 'ActiveTasks', 'struct', array=True, struct='TaskIds', versions=(0, MAXV)),
            F('standby_tasks', 'StandbyTasks', 'struct', array=True, struct='TaskIds', versions=(0, MAXV)),
            F('warmup_tasks', 'WarmupTasks', 'struct', array=True, struct='TaskIds', versions=(0, MAXV)),
        )
        active_tasks: list[StreamsGroupTargetAssignmentMemberValue.TaskIds] = field(default_factory=list)
        standby_tasks: list[StreamsGroupTargetAssignmentMemberValue.TaskIds] = field(default_factory=list)
        warmup_tasks: list[StreamsGroupTargetAssignmentMemberValue.TaskIds] = field(default_factory=list)

    StreamsGroupTargetAssignmentMemberValue.TaskIds = _s_TaskIds  # type: ignore[attr-defined]
    return StreamsGroupTargetAssignmentMemberValue
"""

_SOURCES['StreamsGroupTargetAssignmentMetadataKey'] = r"""
def _build_StreamsGroupTargetAssignmentMetadataKey() -> type[Message]:
    @dataclass(slots=True)
    class StreamsGroupTargetAssignmentMetadataKey(Message):
        __qualname__ = 'StreamsGroupTargetAssignmentMetadataKey'
        API_KEY: ClassVar[int | None] = 20
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-key'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
        )
        group_id: str = ""

    return StreamsGroupTargetAssignmentMetadataKey
"""

_SOURCES['StreamsGroupTargetAssignmentMetadataValue'] = r"""
def _build_StreamsGroupTargetAssignmentMetadataValue() -> type[Message]:
    @dataclass(slots=True)
    class StreamsGroupTargetAssignmentMetadataValue(Message):
        __qualname__ = 'StreamsGroupTargetAssignmentMetadataValue'
        API_KEY: ClassVar[int | None] = 20
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-value'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('assignment_epoch', 'AssignmentEpoch', 'int32', versions=(0, MAXV)),
            F('assignment_timestamp', 'AssignmentTimestamp', 'int64', versions=(0, MAXV), tag=0, tagged=(0, MAXV), ignorable=True),
        )
        assignment_epoch: int = 0
        assignment_timestamp: int = 0

    return StreamsGroupTargetAssignmentMetadataValue
"""

_SOURCES['StreamsGroupTopologyKey'] = r"""
def _build_StreamsGroupTopologyKey() -> type[Message]:
    @dataclass(slots=True)
    class StreamsGroupTopologyKey(Message):
        __qualname__ = 'StreamsGroupTopologyKey'
        API_KEY: ClassVar[int | None] = 23
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-key'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
        )
        group_id: str = ""

    return StreamsGroupTopologyKey
"""

_SOURCES['StreamsGroupTopologyValue'] = r"""
def _build_StreamsGroupTopologyValue() -> type[Message]:
    @dataclass(slots=True)
    class _s_TopicConfig(Struct):
        __qualname__ = 'StreamsGroupTopologyValue.TopicConfig'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('key', 'key', 'string', versions=(0, MAXV)),
            F('value', 'value', 'string', versions=(0, MAXV)),
        )
        key: str = ""
        value: str = ""

    _s_TopicConfig.__name__ = 'TopicConfig'

    @dataclass(slots=True)
    class _s_TopicInfo(Struct):
        __qualname__ = 'StreamsGroupTopologyValue.TopicInfo'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', versions=(0, MAXV)),
            F('replication_factor', 'ReplicationFactor', 'int16', versions=(0, MAXV)),
            F('topic_configs', 'TopicConfigs', 'struct', array=True, struct='TopicConfig', versions=(0, MAXV)),
        )
        name: str = ""
        partitions: int = 0
        replication_factor: int = 0
        topic_configs: list[StreamsGroupTopologyValue.TopicConfig] = field(default_factory=list)

    _s_TopicInfo.__name__ = 'TopicInfo'

    @dataclass(slots=True)
    class _s_CopartitionGroup(Struct):
        __qualname__ = 'StreamsGroupTopologyValue.CopartitionGroup'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('source_topics', 'SourceTopics', 'int16', array=True, versions=(0, MAXV)),
            F('source_topic_regex', 'SourceTopicRegex', 'int16', array=True, versions=(0, MAXV)),
            F('repartition_source_topics', 'RepartitionSourceTopics', 'int16', array=True, versions=(0, MAXV)),
        )
        source_topics: list[int] = field(default_factory=list)
        source_topic_regex: list[int] = field(default_factory=list)
        repartition_source_topics: list[int] = field(default_factory=list)

    _s_CopartitionGroup.__name__ = 'CopartitionGroup'

    @dataclass(slots=True)
    class _s_Subtopology(Struct):
        __qualname__ = 'StreamsGroupTopologyValue.Subtopology'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('subtopology_id', 'SubtopologyId', 'string', versions=(0, MAXV)),
            F('source_topics', 'SourceTopics', 'string', array=True, versions=(0, MAXV)),
            F('source_topic_regex', 'SourceTopicRegex', 'string', array=True, versions=(0, MAXV)),
            F('state_changelog_topics', 'StateChangelogTopics', 'struct', array=True, struct='TopicInfo', versions=(0, MAXV)),
            F('repartition_sink_topics', 'RepartitionSinkTopics', 'string', array=True, versions=(0, MAXV)),
            F('repartition_source_topics', 'RepartitionSourceTopics', 'struct', array=True, struct='TopicInfo', versions=(0, MAXV)),
            F('copartition_groups', 'CopartitionGroups', 'struct', array=True, struct='CopartitionGroup', versions=(0, MAXV)),
        )
        subtopology_id: str = ""
        source_topics: list[str] = field(default_factory=list)
        source_topic_regex: list[str] = field(default_factory=list)
        state_changelog_topics: list[StreamsGroupTopologyValue.TopicInfo] = field(default_factory=list)
        repartition_sink_topics: list[str] = field(default_factory=list)
        repartition_source_topics: list[StreamsGroupTopologyValue.TopicInfo] = field(default_factory=list)
        copartition_groups: list[StreamsGroupTopologyValue.CopartitionGroup] = field(default_factory=list)

    _s_Subtopology.__name__ = 'Subtopology'

    @dataclass(slots=True)
    class StreamsGroupTopologyValue(Message):
        __qualname__ = 'StreamsGroupTopologyValue'
        API_KEY: ClassVar[int | None] = 23
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-value'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('epoch', 'Epoch', 'int32', versions=(0, MAXV)),
            F('subtopologies', 'Subtopologies', 'struct', array=True, struct='Subtopology', versions=(0, MAXV)),
        )
        epoch: int = 0
        subtopologies: list[StreamsGroupTopologyValue.Subtopology] = field(default_factory=list)

    StreamsGroupTopologyValue.TopicConfig = _s_TopicConfig  # type: ignore[attr-defined]
    StreamsGroupTopologyValue.TopicInfo = _s_TopicInfo  # type: ignore[attr-defined]
    StreamsGroupTopologyValue.CopartitionGroup = _s_CopartitionGroup  # type: ignore[attr-defined]
    StreamsGroupTopologyValue.Subtopology = _s_Subtopology  # type: ignore[attr-defined]
    return StreamsGroupTopologyValue
"""

_SOURCES['SyncGroupRequest'] = r"""
def _build_SyncGroupRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_SyncGroupRequestAssignment(Struct):
        __qualname__ = 'SyncGroupRequest.SyncGroupRequestAssignment'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('member_id', 'MemberId', 'string', versions=(0, MAXV)),
            F('assignment', 'Assignment', 'bytes', versions=(0, MAXV)),
        )
        member_id: str = ""
        assignment: bytes = b""

    _s_SyncGroupRequestAssignment.__name__ = 'SyncGroupRequestAssignment'

    @dataclass(slots=True)
    class SyncGroupRequest(Message):
        __qualname__ = 'SyncGroupRequest'
        API_KEY: ClassVar[int | None] = 14
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 5)
        FLEXIBLE_FROM: ClassVar[int | None] = 4
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('generation_id', 'GenerationId', 'int32', versions=(0, MAXV)),
            F('member_id', 'MemberId', 'string', versions=(0, MAXV)),
            F('group_instance_id', 'GroupInstanceId', 'string', versions=(3, MAXV), nullable=(3, MAXV)),
            F('protocol_type', 'ProtocolType', 'string', versions=(5, MAXV), nullable=(5, MAXV), ignorable=True),
            F('protocol_name', 'ProtocolName', 'string', versions=(5, MAXV), nullable=(5, MAXV), ignorable=True),
            F('assignments', 'Assignments', 'struct', array=True, struct='SyncGroupRequestAssignment', versions=(0, MAXV)),
        )
        group_id: str = ""
        generation_id: int = 0
        member_id: str = ""
        group_instance_id: str | None = None
        protocol_type: str | None = None
        protocol_name: str | None = None
        assignments: list[SyncGroupRequest.SyncGroupRequestAssignment] = field(default_factory=list)

    SyncGroupRequest.SyncGroupRequestAssignment = _s_SyncGroupRequestAssignment  # type: ignore[attr-defined]
    return SyncGroupRequest
"""

_SOURCES['SyncGroupResponse'] = r"""
def _build_SyncGroupResponse() -> type[Message]:
    @dataclass(slots=True)
    class SyncGroupResponse(Message):
        __qualname__ = 'SyncGroupResponse'
        API_KEY: ClassVar[int | None] = 14
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 5)
        FLEXIBLE_FROM: ClassVar[int | None] = 4
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(1, MAXV), ignorable=True),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('protocol_type', 'ProtocolType', 'string', versions=(5, MAXV), nullable=(5, MAXV), ignorable=True),
            F('protocol_name', 'ProtocolName', 'string', versions=(5, MAXV), nullable=(5, MAXV), ignorable=True),
            F('assignment', 'Assignment', 'bytes', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        protocol_type: str | None = None
        protocol_name: str | None = None
        assignment: bytes = b""

    return SyncGroupResponse
"""

_SOURCES['TopicRecord'] = r"""
def _build_TopicRecord() -> type[Message]:
    @dataclass(slots=True)
    class TopicRecord(Message):
        __qualname__ = 'TopicRecord'
        API_KEY: ClassVar[int | None] = 2
        MESSAGE_TYPE: ClassVar[str] = 'metadata'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
        )
        name: str = ""
        topic_id: uuid.UUID = ZERO_UUID

    return TopicRecord
"""

_SOURCES['TransactionLogKey'] = r"""
def _build_TransactionLogKey() -> type[Message]:
    @dataclass(slots=True)
    class TransactionLogKey(Message):
        __qualname__ = 'TransactionLogKey'
        API_KEY: ClassVar[int | None] = 0
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-key'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('transactional_id', 'TransactionalId', 'string', versions=(0, 0)),
        )
        transactional_id: str = ""

    return TransactionLogKey
"""

_SOURCES['TransactionLogValue'] = r"""
def _build_TransactionLogValue() -> type[Message]:
    @dataclass(slots=True)
    class _s_PartitionsSchema(Struct):
        __qualname__ = 'TransactionLogValue.PartitionsSchema'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic', 'Topic', 'string', versions=(0, MAXV)),
            F('partition_ids', 'PartitionIds', 'int32', array=True, versions=(0, MAXV)),
        )
        topic: str = ""
        partition_ids: list[int] = field(default_factory=list)

    _s_PartitionsSchema.__name__ = 'PartitionsSchema'

    @dataclass(slots=True)
    class TransactionLogValue(Message):
        __qualname__ = 'TransactionLogValue'
        API_KEY: ClassVar[int | None] = 0
        MESSAGE_TYPE: ClassVar[str] = 'coordinator-value'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 1
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('producer_id', 'ProducerId', 'int64', versions=(0, MAXV)),
            F('previous_producer_id', 'PreviousProducerId', 'int64', versions=(1, MAXV), tag=0, tagged=(1, MAXV)),
            F('next_producer_id', 'NextProducerId', 'int64', versions=(1, MAXV), tag=1, tagged=(1, MAXV)),
            F('producer_epoch', 'ProducerEpoch', 'int16', versions=(0, MAXV)),
            F('next_producer_epoch', 'NextProducerEpoch', 'int16', versions=(1, MAXV), tag=3, tagged=(1, MAXV)),
            F('transaction_timeout_ms', 'TransactionTimeoutMs', 'int32', versions=(0, MAXV)),
            F('transaction_status', 'TransactionStatus', 'int8', versions=(0, MAXV)),
            F('transaction_partitions', 'TransactionPartitions', 'struct', array=True, struct='PartitionsSchema', versions=(0, MAXV), nullable=(0, MAXV)),
            F('transaction_last_update_timestamp_ms', 'TransactionLastUpdateTimestampMs', 'int64', versions=(0, MAXV)),
            F('transaction_start_timestamp_ms', 'TransactionStartTimestampMs', 'int64', versions=(0, MAXV)),
            F('client_transaction_version', 'ClientTransactionVersion', 'int16', versions=(1, MAXV), tag=2, tagged=(1, MAXV)),
        )
        producer_id: int = 0
        previous_producer_id: int = -1
        next_producer_id: int = -1
        producer_epoch: int = 0
        next_producer_epoch: int = -1
        transaction_timeout_ms: int = 0
        transaction_status: int = 0
        transaction_partitions: list[TransactionLogValue.PartitionsSchema] | None = field(default_factory=list)
        transaction_last_update_timestamp_ms: int = 0
        transaction_start_timestamp_ms: int = 0
        client_transaction_version: int = 0

    TransactionLogValue.PartitionsSchema = _s_PartitionsSchema  # type: ignore[attr-defined]
    return TransactionLogValue
"""

_SOURCES['TxnOffsetCommitRequest'] = r"""
def _build_TxnOffsetCommitRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_TxnOffsetCommitRequestPartition(Struct):
        __qualname__ = 'TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('committed_offset', 'CommittedOffset', 'int64', versions=(0, MAXV)),
            F('committed_leader_epoch', 'CommittedLeaderEpoch', 'int32', versions=(2, MAXV), ignorable=True),
            F('committed_metadata', 'CommittedMetadata', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        partition_index: int = 0
        committed_offset: int = 0
        committed_leader_epoch: int = -1
        committed_metadata: str | None = ""

    _s_TxnOffsetCommitRequestPartition.__name__ = 'TxnOffsetCommitRequestPartition'

    @dataclass(slots=True)
    class _s_TxnOffsetCommitRequestTopic(Struct):
        __qualname__ = 'TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='TxnOffsetCommitRequestPartition', versions=(0, MAXV)),
        )
        name: str = ""
        partitions: list[TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition] = field(default_factory=list)

    _s_TxnOffsetCommitRequestTopic.__name__ = 'TxnOffsetCommitRequestTopic'

    @dataclass(slots=True)
    class TxnOffsetCommitRequest(Message):
        __qualname__ = 'TxnOffsetCommitRequest'
        API_KEY: ClassVar[int | None] = 28
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 5)
        FLEXIBLE_FROM: ClassVar[int | None] = 3
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('transactional_id', 'TransactionalId', 'string', versions=(0, MAXV)),
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('producer_id', 'ProducerId', 'int64', versions=(0, MAXV)),
            F('producer_epoch', 'ProducerEpoch', 'int16', versions=(0, MAXV)),
            F('generation_id', 'GenerationId', 'int32', versions=(3, MAXV)),
            F('member_id', 'MemberId', 'string', versions=(3, MAXV)),
            F('group_instance_id', 'GroupInstanceId', 'string', versions=(3, MAXV), nullable=(3, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='TxnOffsetCommitRequestTopic', versions=(0, MAXV)),
        )
        transactional_id: str = ""
        group_id: str = ""
        producer_id: int = 0
        producer_epoch: int = 0
        generation_id: int = -1
        member_id: str = ""
        group_instance_id: str | None = None
        topics: list[TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic] = field(default_factory=list)

    TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition = _s_TxnOffsetCommitRequestPartition  # type: ignore[attr-defined]
    TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic = _s_TxnOffsetCommitRequestTopic  # type: ignore[attr-defined]
    return TxnOffsetCommitRequest
"""

_SOURCES['TxnOffsetCommitResponse'] = r"""
def _build_TxnOffsetCommitResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_TxnOffsetCommitResponsePartition(Struct):
        __qualname__ = 'TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
        )
        partition_index: int = 0
        error_code: int = 0

    _s_TxnOffsetCommitResponsePartition.__name__ = 'TxnOffsetCommitResponsePartition'

    @dataclass(slots=True)
    class _s_TxnOffsetCommitResponseTopic(Struct):
        __qualname__ = 'TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='TxnOffsetCommitResponsePartition', versions=(0, MAXV)),
        )
        name: str = ""
        partitions: list[TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition] = field(default_factory=list)

    _s_TxnOffsetCommitResponseTopic.__name__ = 'TxnOffsetCommitResponseTopic'

    @dataclass(slots=True)
    class TxnOffsetCommitResponse(Message):
        __qualname__ = 'TxnOffsetCommitResponse'
        API_KEY: ClassVar[int | None] = 28
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 5)
        FLEXIBLE_FROM: ClassVar[int | None] = 3
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='TxnOffsetCommitResponseTopic', versions=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        topics: list[TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic] = field(default_factory=list)

    TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition = _s_TxnOffsetCommitResponsePartition  # type: ignore[attr-defined]
    TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic = _s_TxnOffsetCommitResponseTopic  # type: ignore[attr-defined]
    return TxnOffsetCommitResponse
"""

_SOURCES['UnfenceBrokerRecord'] = r"""
def _build_UnfenceBrokerRecord() -> type[Message]:
    @dataclass(slots=True)
    class UnfenceBrokerRecord(Message):
        __qualname__ = 'UnfenceBrokerRecord'
        API_KEY: ClassVar[int | None] = 8
        MESSAGE_TYPE: ClassVar[str] = 'metadata'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('id', 'Id', 'int32', versions=(0, MAXV)),
            F('epoch', 'Epoch', 'int64', versions=(0, MAXV)),
        )
        id: int = 0
        epoch: int = 0

    return UnfenceBrokerRecord
"""

_SOURCES['UnregisterBrokerRecord'] = r"""
def _build_UnregisterBrokerRecord() -> type[Message]:
    @dataclass(slots=True)
    class UnregisterBrokerRecord(Message):
        __qualname__ = 'UnregisterBrokerRecord'
        API_KEY: ClassVar[int | None] = 1
        MESSAGE_TYPE: ClassVar[str] = 'metadata'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('broker_id', 'BrokerId', 'int32', versions=(0, MAXV)),
            F('broker_epoch', 'BrokerEpoch', 'int64', versions=(0, MAXV)),
        )
        broker_id: int = 0
        broker_epoch: int = 0

    return UnregisterBrokerRecord
"""

_SOURCES['UnregisterBrokerRequest'] = r"""
def _build_UnregisterBrokerRequest() -> type[Message]:
    @dataclass(slots=True)
    class UnregisterBrokerRequest(Message):
        __qualname__ = 'UnregisterBrokerRequest'
        API_KEY: ClassVar[int | None] = 64
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('broker_id', 'BrokerId', 'int32', versions=(0, MAXV)),
        )
        broker_id: int = 0

    return UnregisterBrokerRequest
"""

_SOURCES['UnregisterBrokerResponse'] = r"""
def _build_UnregisterBrokerResponse() -> type[Message]:
    @dataclass(slots=True)
    class UnregisterBrokerResponse(Message):
        __qualname__ = 'UnregisterBrokerResponse'
        API_KEY: ClassVar[int | None] = 64
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        error_message: str | None = ""

    return UnregisterBrokerResponse
"""

_SOURCES['UpdateFeaturesRequest'] = r"""
def _build_UpdateFeaturesRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_FeatureUpdateKey(Struct):
        __qualname__ = 'UpdateFeaturesRequest.FeatureUpdateKey'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('feature', 'Feature', 'string', versions=(0, MAXV)),
            F('max_version_level', 'MaxVersionLevel', 'int16', versions=(0, MAXV)),
            F('allow_downgrade', 'AllowDowngrade', 'bool', versions=(0, 0)),
            F('upgrade_type', 'UpgradeType', 'int8', versions=(1, MAXV)),
        )
        feature: str = ""
        max_version_level: int = 0
        allow_downgrade: bool = False
        upgrade_type: int = 1

    _s_FeatureUpdateKey.__name__ = 'FeatureUpdateKey'

    @dataclass(slots=True)
    class UpdateFeaturesRequest(Message):
        __qualname__ = 'UpdateFeaturesRequest'
        API_KEY: ClassVar[int | None] = 57
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker', 'controller')
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('timeout_ms', 'timeoutMs', 'int32', versions=(0, MAXV)),
            F('feature_updates', 'FeatureUpdates', 'struct', array=True, struct='FeatureUpdateKey', versions=(0, MAXV)),
            F('validate_only', 'ValidateOnly', 'bool', versions=(1, MAXV)),
        )
        timeout_ms: int = 60000
        feature_updates: list[UpdateFeaturesRequest.FeatureUpdateKey] = field(default_factory=list)
        validate_only: bool = False

    UpdateFeaturesRequest.FeatureUpdateKey = _s_FeatureUpdateKey  # type: ignore[attr-defined]
    return UpdateFeaturesRequest
"""

_SOURCES['UpdateFeaturesResponse'] = r"""
def _build_UpdateFeaturesResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_UpdatableFeatureResult(Struct):
        __qualname__ = 'UpdateFeaturesResponse.UpdatableFeatureResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('feature', 'Feature', 'string', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        feature: str = ""
        error_code: int = 0
        error_message: str | None = ""

    _s_UpdatableFeatureResult.__name__ = 'UpdatableFeatureResult'

    @dataclass(slots=True)
    class UpdateFeaturesResponse(Message):
        __qualname__ = 'UpdateFeaturesResponse'
        API_KEY: ClassVar[int | None] = 57
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('results', 'Results', 'struct', array=True, struct='UpdatableFeatureResult', versions=(0, 1), ignorable=True),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        error_message: str | None = ""
        results: list[UpdateFeaturesResponse.UpdatableFeatureResult] = field(default_factory=list)

    UpdateFeaturesResponse.UpdatableFeatureResult = _s_UpdatableFeatureResult  # type: ignore[attr-defined]
    return UpdateFeaturesResponse
"""

_SOURCES['UpdateMetadataRequest'] = r"""
def _build_UpdateMetadataRequest() -> type[Message]:
    @dataclass(slots=True)
    class UpdateMetadataRequest(Message):
        __qualname__ = 'UpdateMetadataRequest'
        API_KEY: ClassVar[int | None] = 6
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, -1)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
        )

    return UpdateMetadataRequest
"""

_SOURCES['UpdateMetadataResponse'] = r"""
def _build_UpdateMetadataResponse() -> type[Message]:
    @dataclass(slots=True)
    class UpdateMetadataResponse(Message):
        __qualname__ = 'UpdateMetadataResponse'
        API_KEY: ClassVar[int | None] = 6
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, -1)
        FLEXIBLE_FROM: ClassVar[int | None] = None
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
        )

    return UpdateMetadataResponse
"""

_SOURCES['UpdateRaftVoterRequest'] = r"""
def _build_UpdateRaftVoterRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_Listener(Struct):
        __qualname__ = 'UpdateRaftVoterRequest.Listener'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('port', 'Port', 'uint16', versions=(0, MAXV)),
        )
        name: str = ""
        host: str = ""
        port: int = 0

    _s_Listener.__name__ = 'Listener'

    @dataclass(slots=True)
    class _s_KRaftVersionFeature(Struct):
        __qualname__ = 'UpdateRaftVoterRequest.KRaftVersionFeature'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('min_supported_version', 'MinSupportedVersion', 'int16', versions=(0, MAXV)),
            F('max_supported_version', 'MaxSupportedVersion', 'int16', versions=(0, MAXV)),
        )
        min_supported_version: int = 0
        max_supported_version: int = 0

    _s_KRaftVersionFeature.__name__ = 'KRaftVersionFeature'

    @dataclass(slots=True)
    class UpdateRaftVoterRequest(Message):
        __qualname__ = 'UpdateRaftVoterRequest'
        API_KEY: ClassVar[int | None] = 82
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('controller',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('cluster_id', 'ClusterId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('current_leader_epoch', 'CurrentLeaderEpoch', 'int32', versions=(0, MAXV)),
            F('voter_id', 'VoterId', 'int32', versions=(0, MAXV)),
            F('voter_directory_id', 'VoterDirectoryId', 'uuid', versions=(0, MAXV)),
            F('listeners', 'Listeners', 'struct', array=True, struct='Listener', versions=(0, MAXV)),
            F('kraft_version_feature', 'KRaftVersionFeature', 'struct', struct='KRaftVersionFeature', versions=(0, MAXV)),
        )
        cluster_id: str | None = ""
        current_leader_epoch: int = 0
        voter_id: int = 0
        voter_directory_id: uuid.UUID = ZERO_UUID
        listeners: list[UpdateRaftVoterRequest.Listener] = field(default_factory=list)
        kraft_version_feature: UpdateRaftVoterRequest.KRaftVersionFeature = field(default_factory=_s_KRaftVersionFeature)

    UpdateRaftVoterRequest.Listener = _s_Listener  # type: ignore[attr-defined]
    UpdateRaftVoterRequest.KRaftVersionFeature = _s_KRaftVersionFeature  # type: ignore[attr-defined]
    return UpdateRaftVoterRequest
"""

_SOURCES['UpdateRaftVoterResponse'] = r"""
def _build_UpdateRaftVoterResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_CurrentLeader(Struct):
        __qualname__ = 'UpdateRaftVoterResponse.CurrentLeader'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('leader_id', 'LeaderId', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('port', 'Port', 'int32', versions=(0, MAXV)),
        )
        leader_id: int = -1
        leader_epoch: int = -1
        host: str = ""
        port: int = 0

    _s_CurrentLeader.__name__ = 'CurrentLeader'

    @dataclass(slots=True)
    class UpdateRaftVoterResponse(Message):
        __qualname__ = 'UpdateRaftVoterResponse'
        API_KEY: ClassVar[int | None] = 82
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('current_leader', 'CurrentLeader', 'struct', struct='CurrentLeader', versions=(0, MAXV), tag=0, tagged=(0, MAXV)),
        )
        throttle_time_ms: int = 0
        error_code: int = 0
        current_leader: UpdateRaftVoterResponse.CurrentLeader = field(default_factory=_s_CurrentLeader)

    UpdateRaftVoterResponse.CurrentLeader = _s_CurrentLeader  # type: ignore[attr-defined]
    return UpdateRaftVoterResponse
"""

_SOURCES['UserScramCredentialRecord'] = r"""
def _build_UserScramCredentialRecord() -> type[Message]:
    @dataclass(slots=True)
    class UserScramCredentialRecord(Message):
        __qualname__ = 'UserScramCredentialRecord'
        API_KEY: ClassVar[int | None] = 11
        MESSAGE_TYPE: ClassVar[str] = 'metadata'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('mechanism', 'Mechanism', 'int8', versions=(0, MAXV)),
            F('salt', 'Salt', 'bytes', versions=(0, MAXV)),
            F('stored_key', 'StoredKey', 'bytes', versions=(0, MAXV)),
            F('server_key', 'ServerKey', 'bytes', versions=(0, MAXV)),
            F('iterations', 'Iterations', 'int32', versions=(0, MAXV)),
        )
        name: str = ""
        mechanism: int = 0
        salt: bytes = b""
        stored_key: bytes = b""
        server_key: bytes = b""
        iterations: int = 0

    return UserScramCredentialRecord
"""

_SOURCES['VoteRequest'] = r"""
def _build_VoteRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_PartitionData(Struct):
        __qualname__ = 'VoteRequest.PartitionData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('replica_epoch', 'ReplicaEpoch', 'int32', versions=(0, MAXV)),
            F('replica_id', 'ReplicaId', 'int32', versions=(0, MAXV)),
            F('replica_directory_id', 'ReplicaDirectoryId', 'uuid', versions=(1, MAXV), ignorable=True),
            F('voter_directory_id', 'VoterDirectoryId', 'uuid', versions=(1, MAXV), ignorable=True),
            F('last_offset_epoch', 'LastOffsetEpoch', 'int32', versions=(0, MAXV)),
            F('last_offset', 'LastOffset', 'int64', versions=(0, MAXV)),
            F('pre_vote', 'PreVote', 'bool', versions=(2, MAXV)),
        )
        partition_index: int = 0
        replica_epoch: int = 0
        replica_id: int = 0
        replica_directory_id: uuid.UUID = ZERO_UUID
        voter_directory_id: uuid.UUID = ZERO_UUID
        last_offset_epoch: int = 0
        last_offset: int = 0
        pre_vote: bool = False

    _s_PartitionData.__name__ = 'PartitionData'

    @dataclass(slots=True)
    class _s_TopicData(Struct):
        __qualname__ = 'VoteRequest.TopicData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )
        topic_name: str = ""
        partitions: list[VoteRequest.PartitionData] = field(default_factory=list)

    _s_TopicData.__name__ = 'TopicData'

    @dataclass(slots=True)
    class VoteRequest(Message):
        __qualname__ = 'VoteRequest'
        API_KEY: ClassVar[int | None] = 52
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('controller',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('cluster_id', 'ClusterId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('voter_id', 'VoterId', 'int32', versions=(1, MAXV), ignorable=True),
            F('topics', 'Topics', 'struct', array=True, struct='TopicData', versions=(0, MAXV)),
        )
        cluster_id: str | None = None
        voter_id: int = -1
        topics: list[VoteRequest.TopicData] = field(default_factory=list)

    VoteRequest.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    VoteRequest.TopicData = _s_TopicData  # type: ignore[attr-defined]
    return VoteRequest
"""

_SOURCES['VoteResponse'] = r"""
def _build_VoteResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_PartitionData(Struct):
        __qualname__ = 'VoteResponse.PartitionData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('leader_id', 'LeaderId', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
            F('vote_granted', 'VoteGranted', 'bool', versions=(0, MAXV)),
        )
        partition_index: int = 0
        error_code: int = 0
        leader_id: int = 0
        leader_epoch: int = 0
        vote_granted: bool = False

    _s_PartitionData.__name__ = 'PartitionData'

    @dataclass(slots=True)
    class _s_TopicData(Struct):
        __qualname__ = 'VoteResponse.TopicData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )
        topic_name: str = ""
        partitions: list[VoteResponse.PartitionData] = field(default_factory=list)

    _s_TopicData.__name__ = 'TopicData'

    @dataclass(slots=True)
    class _s_NodeEndpoint(Struct):
        __qualname__ = 'VoteResponse.NodeEndpoint'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('node_id', 'NodeId', 'int32', versions=(1, MAXV)),
            F('host', 'Host', 'string', versions=(1, MAXV)),
            F('port', 'Port', 'uint16', versions=(1, MAXV)),
        )
        node_id: int = 0
        host: str = ""
        port: int = 0

    _s_NodeEndpoint.__name__ = 'NodeEndpoint'

    @dataclass(slots=True)
    class VoteResponse(Message):
        __qualname__ = 'VoteResponse'
        API_KEY: ClassVar[int | None] = 52
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='TopicData', versions=(0, MAXV)),
            F('node_endpoints', 'NodeEndpoints', 'struct', array=True, struct='NodeEndpoint', versions=(1, MAXV), tag=0, tagged=(1, MAXV)),
        )
        error_code: int = 0
        topics: list[VoteResponse.TopicData] = field(default_factory=list)
        node_endpoints: list[VoteResponse.NodeEndpoint] = field(default_factory=list)

    VoteResponse.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    VoteResponse.TopicData = _s_TopicData  # type: ignore[attr-defined]
    VoteResponse.NodeEndpoint = _s_NodeEndpoint  # type: ignore[attr-defined]
    return VoteResponse
"""

_SOURCES['VotersRecord'] = r"""
def _build_VotersRecord() -> type[Message]:
    @dataclass(slots=True)
    class _s_Endpoint(Struct):
        __qualname__ = 'VotersRecord.Endpoint'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('port', 'Port', 'uint16', versions=(0, MAXV)),
        )
        name: str = ""
        host: str = ""
        port: int = 0

    _s_Endpoint.__name__ = 'Endpoint'

    @dataclass(slots=True)
    class _s_KRaftVersionFeature(Struct):
        __qualname__ = 'VotersRecord.KRaftVersionFeature'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('min_supported_version', 'MinSupportedVersion', 'int16', versions=(0, MAXV)),
            F('max_supported_version', 'MaxSupportedVersion', 'int16', versions=(0, MAXV)),
        )
        min_supported_version: int = 0
        max_supported_version: int = 0

    _s_KRaftVersionFeature.__name__ = 'KRaftVersionFeature'

    @dataclass(slots=True)
    class _s_Voter(Struct):
        __qualname__ = 'VotersRecord.Voter'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('voter_id', 'VoterId', 'int32', versions=(0, MAXV)),
            F('voter_directory_id', 'VoterDirectoryId', 'uuid', versions=(0, MAXV)),
            F('endpoints', 'Endpoints', 'struct', array=True, struct='Endpoint', versions=(0, MAXV)),
            F('kraft_version_feature', 'KRaftVersionFeature', 'struct', struct='KRaftVersionFeature', versions=(0, MAXV)),
        )
        voter_id: int = 0
        voter_directory_id: uuid.UUID = ZERO_UUID
        endpoints: list[VotersRecord.Endpoint] = field(default_factory=list)
        kraft_version_feature: VotersRecord.KRaftVersionFeature = field(default_factory=_s_KRaftVersionFeature)

    _s_Voter.__name__ = 'Voter'

    @dataclass(slots=True)
    class VotersRecord(Message):
        __qualname__ = 'VotersRecord'
        API_KEY: ClassVar[int | None] = None
        MESSAGE_TYPE: ClassVar[str] = 'data'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('version', 'Version', 'int16', versions=(0, MAXV)),
            F('voters', 'Voters', 'struct', array=True, struct='Voter', versions=(0, MAXV)),
        )
        version: int = 0
        voters: list[VotersRecord.Voter] = field(default_factory=list)

    VotersRecord.Endpoint = _s_Endpoint  # type: ignore[attr-defined]
    VotersRecord.KRaftVersionFeature = _s_KRaftVersionFeature  # type: ignore[attr-defined]
    VotersRecord.Voter = _s_Voter  # type: ignore[attr-defined]
    return VotersRecord
"""

_SOURCES['WriteShareGroupStateRequest'] = r"""
def _build_WriteShareGroupStateRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_StateBatch(Struct):
        __qualname__ = 'WriteShareGroupStateRequest.StateBatch'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('first_offset', 'FirstOffset', 'int64', versions=(0, MAXV)),
            F('last_offset', 'LastOffset', 'int64', versions=(0, MAXV)),
            F('delivery_state', 'DeliveryState', 'int8', versions=(0, MAXV)),
            F('delivery_count', 'DeliveryCount', 'int16', versions=(0, MAXV)),
        )
        first_offset: int = 0
        last_offset: int = 0
        delivery_state: int = 0
        delivery_count: int = 0

    _s_StateBatch.__name__ = 'StateBatch'

    @dataclass(slots=True)
    class _s_PartitionData(Struct):
        __qualname__ = 'WriteShareGroupStateRequest.PartitionData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition', 'Partition', 'int32', versions=(0, MAXV)),
            F('state_epoch', 'StateEpoch', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
            F('start_offset', 'StartOffset', 'int64', versions=(0, MAXV)),
            F('delivery_complete_count', 'DeliveryCompleteCount', 'int32', versions=(1, MAXV), ignorable=True),
            F('state_batches', 'StateBatches', 'struct', array=True, struct='StateBatch', versions=(0, MAXV)),
        )
        partition: int = 0
        state_epoch: int = 0
        leader_epoch: int = 0
        start_offset: int = 0
        delivery_complete_count: int = -1
        state_batches: list[WriteShareGroupStateRequest.StateBatch] = field(default_factory=list)

    _s_PartitionData.__name__ = 'PartitionData'

    @dataclass(slots=True)
    class _s_WriteStateData(Struct):
        __qualname__ = 'WriteShareGroupStateRequest.WriteStateData'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[WriteShareGroupStateRequest.PartitionData] = field(default_factory=list)

    _s_WriteStateData.__name__ = 'WriteStateData'

    @dataclass(slots=True)
    class WriteShareGroupStateRequest(Message):
        __qualname__ = 'WriteShareGroupStateRequest'
        API_KEY: ClassVar[int | None] = 85
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='WriteStateData', versions=(0, MAXV)),
        )
        group_id: str = ""
        topics: list[WriteShareGroupStateRequest.WriteStateData] = field(default_factory=list)

    WriteShareGroupStateRequest.StateBatch = _s_StateBatch  # type: ignore[attr-defined]
    WriteShareGroupStateRequest.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    WriteShareGroupStateRequest.WriteStateData = _s_WriteStateData  # type: ignore[attr-defined]
    return WriteShareGroupStateRequest
"""

_SOURCES['WriteShareGroupStateResponse'] = r"""
def _build_WriteShareGroupStateResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_PartitionResult(Struct):
        __qualname__ = 'WriteShareGroupStateResponse.PartitionResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition', 'Partition', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )
        partition: int = 0
        error_code: int = 0
        error_message: str | None = None

    _s_PartitionResult.__name__ = 'PartitionResult'

    @dataclass(slots=True)
    class _s_WriteStateResult(Struct):
        __qualname__ = 'WriteShareGroupStateResponse.WriteStateResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionResult', versions=(0, MAXV)),
        )
        topic_id: uuid.UUID = ZERO_UUID
        partitions: list[WriteShareGroupStateResponse.PartitionResult] = field(default_factory=list)

    _s_WriteStateResult.__name__ = 'WriteStateResult'

    @dataclass(slots=True)
    class WriteShareGroupStateResponse(Message):
        __qualname__ = 'WriteShareGroupStateResponse'
        API_KEY: ClassVar[int | None] = 85
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 1)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('results', 'Results', 'struct', array=True, struct='WriteStateResult', versions=(0, MAXV)),
        )
        results: list[WriteShareGroupStateResponse.WriteStateResult] = field(default_factory=list)

    WriteShareGroupStateResponse.PartitionResult = _s_PartitionResult  # type: ignore[attr-defined]
    WriteShareGroupStateResponse.WriteStateResult = _s_WriteStateResult  # type: ignore[attr-defined]
    return WriteShareGroupStateResponse
"""

_SOURCES['WriteTxnMarkersRequest'] = r"""
def _build_WriteTxnMarkersRequest() -> type[Message]:
    @dataclass(slots=True)
    class _s_WritableTxnMarkerTopic(Struct):
        __qualname__ = 'WriteTxnMarkersRequest.WritableTxnMarkerTopic'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partition_indexes', 'PartitionIndexes', 'int32', array=True, versions=(0, MAXV)),
        )
        name: str = ""
        partition_indexes: list[int] = field(default_factory=list)

    _s_WritableTxnMarkerTopic.__name__ = 'WritableTxnMarkerTopic'

    @dataclass(slots=True)
    class _s_WritableTxnMarker(Struct):
        __qualname__ = 'WriteTxnMarkersRequest.WritableTxnMarker'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('producer_id', 'ProducerId', 'int64', versions=(0, MAXV)),
            F('producer_epoch', 'ProducerEpoch', 'int16', versions=(0, MAXV)),
            F('transaction_result', 'TransactionResult', 'bool', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='WritableTxnMarkerTopic', versions=(0, MAXV)),
            F('coordinator_epoch', 'CoordinatorEpoch', 'int32', versions=(0, MAXV)),
            F('transaction_version', 'TransactionVersion', 'int8', versions=(2, MAXV), ignorable=True),
        )
        producer_id: int = 0
        producer_epoch: int = 0
        transaction_result: bool = False
        topics: list[WriteTxnMarkersRequest.WritableTxnMarkerTopic] = field(default_factory=list)
        coordinator_epoch: int = 0
        transaction_version: int = 0

    _s_WritableTxnMarker.__name__ = 'WritableTxnMarker'

    @dataclass(slots=True)
    class WriteTxnMarkersRequest(Message):
        __qualname__ = 'WriteTxnMarkersRequest'
        API_KEY: ClassVar[int | None] = 27
        MESSAGE_TYPE: ClassVar[str] = 'request'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 1
        LISTENERS: ClassVar[tuple[str, ...]] = ('broker',)
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('markers', 'Markers', 'struct', array=True, struct='WritableTxnMarker', versions=(0, MAXV)),
        )
        markers: list[WriteTxnMarkersRequest.WritableTxnMarker] = field(default_factory=list)

    WriteTxnMarkersRequest.WritableTxnMarkerTopic = _s_WritableTxnMarkerTopic  # type: ignore[attr-defined]
    WriteTxnMarkersRequest.WritableTxnMarker = _s_WritableTxnMarker  # type: ignore[attr-defined]
    return WriteTxnMarkersRequest
"""

_SOURCES['WriteTxnMarkersResponse'] = r"""
def _build_WriteTxnMarkersResponse() -> type[Message]:
    @dataclass(slots=True)
    class _s_WritableTxnMarkerPartitionResult(Struct):
        __qualname__ = 'WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
        )
        partition_index: int = 0
        error_code: int = 0

    _s_WritableTxnMarkerPartitionResult.__name__ = 'WritableTxnMarkerPartitionResult'

    @dataclass(slots=True)
    class _s_WritableTxnMarkerTopicResult(Struct):
        __qualname__ = 'WriteTxnMarkersResponse.WritableTxnMarkerTopicResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='WritableTxnMarkerPartitionResult', versions=(0, MAXV)),
        )
        name: str = ""
        partitions: list[WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult] = field(default_factory=list)

    _s_WritableTxnMarkerTopicResult.__name__ = 'WritableTxnMarkerTopicResult'

    @dataclass(slots=True)
    class _s_WritableTxnMarkerResult(Struct):
        __qualname__ = 'WriteTxnMarkersResponse.WritableTxnMarkerResult'
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('producer_id', 'ProducerId', 'int64', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='WritableTxnMarkerTopicResult', versions=(0, MAXV)),
        )
        producer_id: int = 0
        topics: list[WriteTxnMarkersResponse.WritableTxnMarkerTopicResult] = field(default_factory=list)

    _s_WritableTxnMarkerResult.__name__ = 'WritableTxnMarkerResult'

    @dataclass(slots=True)
    class WriteTxnMarkersResponse(Message):
        __qualname__ = 'WriteTxnMarkersResponse'
        API_KEY: ClassVar[int | None] = 27
        MESSAGE_TYPE: ClassVar[str] = 'response'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (1, 2)
        FLEXIBLE_FROM: ClassVar[int | None] = 1
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('markers', 'Markers', 'struct', array=True, struct='WritableTxnMarkerResult', versions=(0, MAXV)),
        )
        markers: list[WriteTxnMarkersResponse.WritableTxnMarkerResult] = field(default_factory=list)

    WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult = _s_WritableTxnMarkerPartitionResult  # type: ignore[attr-defined]
    WriteTxnMarkersResponse.WritableTxnMarkerTopicResult = _s_WritableTxnMarkerTopicResult  # type: ignore[attr-defined]
    WriteTxnMarkersResponse.WritableTxnMarkerResult = _s_WritableTxnMarkerResult  # type: ignore[attr-defined]
    return WriteTxnMarkersResponse
"""

_SOURCES['ZkMigrationStateRecord'] = r"""
def _build_ZkMigrationStateRecord() -> type[Message]:
    @dataclass(slots=True)
    class ZkMigrationStateRecord(Message):
        __qualname__ = 'ZkMigrationStateRecord'
        API_KEY: ClassVar[int | None] = 21
        MESSAGE_TYPE: ClassVar[str] = 'metadata'
        VALID_VERSIONS: ClassVar[tuple[int, int]] = (0, 0)
        FLEXIBLE_FROM: ClassVar[int | None] = 0
        LISTENERS: ClassVar[tuple[str, ...]] = ()
        LATEST_VERSION_UNSTABLE: ClassVar[bool] = False
        _ENC: ClassVar[dict[int, Any]] = {}
        _DEC: ClassVar[dict[int, Any]] = {}
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('zk_migration_state', 'ZkMigrationState', 'int8', versions=(0, MAXV)),
        )
        zk_migration_state: int = 0

    return ZkMigrationStateRecord
"""
