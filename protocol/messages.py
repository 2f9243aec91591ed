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
# - Classes are plain slotted classes with an explicit __init__; the Struct base gives them
#   dataclass behaviour (==, repr, dataclasses.fields/replace/asdict).  Each top-level class
#   is built on first access (module __getattr__), so importing this module stays cheap;
#   encode/decode code is compiled per (class, version) on first use by protocol.codec.
# ruff: noqa

from __future__ import annotations

import uuid
from typing import Any, ClassVar

from protocol.codec import MAXV, NO_DEFAULT as _NO, ZERO_UUID, F, Message, MessageInfo, Records, Struct

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


# (message type, apiKey) -> class name, so a lookup by key builds only the class it needs.
_BY_API_KEY: dict[tuple[str, int], str] = {
    (info.message_type, info.api_key): name
    for name, info in MESSAGE_INFO.items()
    if info.api_key is not None and info.message_type in ('metadata', 'request', 'response')
}


def class_for_api_key(message_type: str, api_key: int) -> type[Message] | None:
    """The class of the spec with this type (one of metadata, request, response) and apiKey."""
    name = _BY_API_KEY.get((message_type, api_key))
    if name is None:
        return None
    cls = globals().get(name)
    return cls if cls is not None else __getattr__(name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


# Class definitions are kept as source text and compiled on first use: compiling all
# of them at import costs ~250 ms when no .pyc can be written, and a process uses few.
_SOURCES: dict[str, str] = {}

_SOURCES['AbortTransactionRecord'] = r"""
def _build_AbortTransactionRecord() -> type[Message]:
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
        __slots__ = ('reason',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('reason', 'Reason', 'string', versions=(0, MAXV), nullable=(0, MAXV), tag=0, tagged=(0, MAXV)),
        )

        def __init__(
            self,
            reason: str | None = None,
        ) -> None:
            self.reason = reason

    return AbortTransactionRecord
"""

_SOURCES['AccessControlEntryRecord'] = r"""
def _build_AccessControlEntryRecord() -> type[Message]:
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
        __slots__ = ('id', 'resource_type', 'resource_name', 'pattern_type', 'principal', 'host', 'operation', 'permission_type')
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

        def __init__(
            self,
            id: uuid.UUID = ZERO_UUID,
            resource_type: int = 0,
            resource_name: str = "",
            pattern_type: int = 0,
            principal: str = "",
            host: str = "",
            operation: int = 0,
            permission_type: int = 0,
        ) -> None:
            self.id = id
            self.resource_type = resource_type
            self.resource_name = resource_name
            self.pattern_type = pattern_type
            self.principal = principal
            self.host = host
            self.operation = operation
            self.permission_type = permission_type

    return AccessControlEntryRecord
"""

_SOURCES['AddOffsetsToTxnRequest'] = r"""
def _build_AddOffsetsToTxnRequest() -> type[Message]:
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
        __slots__ = ('transactional_id', 'producer_id', 'producer_epoch', 'group_id')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('transactional_id', 'TransactionalId', 'string', versions=(0, MAXV)),
            F('producer_id', 'ProducerId', 'int64', versions=(0, MAXV)),
            F('producer_epoch', 'ProducerEpoch', 'int16', versions=(0, MAXV)),
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
        )

        def __init__(
            self,
            transactional_id: str = "",
            producer_id: int = 0,
            producer_epoch: int = 0,
            group_id: str = "",
        ) -> None:
            self.transactional_id = transactional_id
            self.producer_id = producer_id
            self.producer_epoch = producer_epoch
            self.group_id = group_id

    return AddOffsetsToTxnRequest
"""

_SOURCES['AddOffsetsToTxnResponse'] = r"""
def _build_AddOffsetsToTxnResponse() -> type[Message]:
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
        __slots__ = ('throttle_time_ms', 'error_code')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code

    return AddOffsetsToTxnResponse
"""

_SOURCES['AddPartitionsToTxnRequest'] = r"""
def _build_AddPartitionsToTxnRequest() -> type[Message]:
    class _s_AddPartitionsToTxnTopic(Struct):
        __qualname__ = 'AddPartitionsToTxnRequest.AddPartitionsToTxnTopic'
        __slots__ = ('name', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            partitions: list[int] = _NO,
        ) -> None:
            self.name = name
            self.partitions = [] if partitions is _NO else partitions

    _s_AddPartitionsToTxnTopic.__name__ = 'AddPartitionsToTxnTopic'

    class _s_AddPartitionsToTxnTransaction(Struct):
        __qualname__ = 'AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction'
        __slots__ = ('transactional_id', 'producer_id', 'producer_epoch', 'verify_only', 'topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('transactional_id', 'TransactionalId', 'string', versions=(4, MAXV)),
            F('producer_id', 'ProducerId', 'int64', versions=(4, MAXV)),
            F('producer_epoch', 'ProducerEpoch', 'int16', versions=(4, MAXV)),
            F('verify_only', 'VerifyOnly', 'bool', versions=(4, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='AddPartitionsToTxnTopic', versions=(4, MAXV)),
        )

        def __init__(
            self,
            transactional_id: str = "",
            producer_id: int = 0,
            producer_epoch: int = 0,
            verify_only: bool = False,
            topics: list[AddPartitionsToTxnRequest.AddPartitionsToTxnTopic] = _NO,
        ) -> None:
            self.transactional_id = transactional_id
            self.producer_id = producer_id
            self.producer_epoch = producer_epoch
            self.verify_only = verify_only
            self.topics = [] if topics is _NO else topics

    _s_AddPartitionsToTxnTransaction.__name__ = 'AddPartitionsToTxnTransaction'

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
        __slots__ = ('transactions', 'v3_and_below_transactional_id', 'v3_and_below_producer_id', 'v3_and_below_producer_epoch', 'v3_and_below_topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('transactions', 'Transactions', 'struct', array=True, struct='AddPartitionsToTxnTransaction', versions=(4, MAXV)),
            F('v3_and_below_transactional_id', 'V3AndBelowTransactionalId', 'string', versions=(0, 3)),
            F('v3_and_below_producer_id', 'V3AndBelowProducerId', 'int64', versions=(0, 3)),
            F('v3_and_below_producer_epoch', 'V3AndBelowProducerEpoch', 'int16', versions=(0, 3)),
            F('v3_and_below_topics', 'V3AndBelowTopics', 'struct', array=True, struct='AddPartitionsToTxnTopic', versions=(0, 3)),
        )

        def __init__(
            self,
            transactions: list[AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction] = _NO,
            v3_and_below_transactional_id: str = "",
            v3_and_below_producer_id: int = 0,
            v3_and_below_producer_epoch: int = 0,
            v3_and_below_topics: list[AddPartitionsToTxnRequest.AddPartitionsToTxnTopic] = _NO,
        ) -> None:
            self.transactions = [] if transactions is _NO else transactions
            self.v3_and_below_transactional_id = v3_and_below_transactional_id
            self.v3_and_below_producer_id = v3_and_below_producer_id
            self.v3_and_below_producer_epoch = v3_and_below_producer_epoch
            self.v3_and_below_topics = [] if v3_and_below_topics is _NO else v3_and_below_topics

    AddPartitionsToTxnRequest.AddPartitionsToTxnTopic = _s_AddPartitionsToTxnTopic  # type: ignore[attr-defined]
    AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction = _s_AddPartitionsToTxnTransaction  # type: ignore[attr-defined]
    return AddPartitionsToTxnRequest
"""

_SOURCES['AddPartitionsToTxnResponse'] = r"""
def _build_AddPartitionsToTxnResponse() -> type[Message]:
    class _s_AddPartitionsToTxnPartitionResult(Struct):
        __qualname__ = 'AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult'
        __slots__ = ('partition_index', 'partition_error_code')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('partition_error_code', 'PartitionErrorCode', 'int16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
            partition_error_code: int = 0,
        ) -> None:
            self.partition_index = partition_index
            self.partition_error_code = partition_error_code

    _s_AddPartitionsToTxnPartitionResult.__name__ = 'AddPartitionsToTxnPartitionResult'

    class _s_AddPartitionsToTxnTopicResult(Struct):
        __qualname__ = 'AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult'
        __slots__ = ('name', 'results_by_partition')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('results_by_partition', 'ResultsByPartition', 'struct', array=True, struct='AddPartitionsToTxnPartitionResult', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            results_by_partition: list[AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult] = _NO,
        ) -> None:
            self.name = name
            self.results_by_partition = [] if results_by_partition is _NO else results_by_partition

    _s_AddPartitionsToTxnTopicResult.__name__ = 'AddPartitionsToTxnTopicResult'

    class _s_AddPartitionsToTxnResult(Struct):
        __qualname__ = 'AddPartitionsToTxnResponse.AddPartitionsToTxnResult'
        __slots__ = ('transactional_id', 'topic_results')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('transactional_id', 'TransactionalId', 'string', versions=(4, MAXV)),
            F('topic_results', 'TopicResults', 'struct', array=True, struct='AddPartitionsToTxnTopicResult', versions=(4, MAXV)),
        )

        def __init__(
            self,
            transactional_id: str = "",
            topic_results: list[AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult] = _NO,
        ) -> None:
            self.transactional_id = transactional_id
            self.topic_results = [] if topic_results is _NO else topic_results

    _s_AddPartitionsToTxnResult.__name__ = 'AddPartitionsToTxnResult'

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
        __slots__ = ('throttle_time_ms', 'error_code', 'results_by_transaction', 'results_by_topic_v3_and_below')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(4, MAXV), ignorable=True),
            F('results_by_transaction', 'ResultsByTransaction', 'struct', array=True, struct='AddPartitionsToTxnResult', versions=(4, MAXV)),
            F('results_by_topic_v3_and_below', 'ResultsByTopicV3AndBelow', 'struct', array=True, struct='AddPartitionsToTxnTopicResult', versions=(0, 3)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            results_by_transaction: list[AddPartitionsToTxnResponse.AddPartitionsToTxnResult] = _NO,
            results_by_topic_v3_and_below: list[AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.results_by_transaction = [] if results_by_transaction is _NO else results_by_transaction
            self.results_by_topic_v3_and_below = [] if results_by_topic_v3_and_below is _NO else results_by_topic_v3_and_below

    AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult = _s_AddPartitionsToTxnPartitionResult  # type: ignore[attr-defined]
    AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult = _s_AddPartitionsToTxnTopicResult  # type: ignore[attr-defined]
    AddPartitionsToTxnResponse.AddPartitionsToTxnResult = _s_AddPartitionsToTxnResult  # type: ignore[attr-defined]
    return AddPartitionsToTxnResponse
"""

_SOURCES['AddRaftVoterRequest'] = r"""
def _build_AddRaftVoterRequest() -> type[Message]:
    class _s_Listener(Struct):
        __qualname__ = 'AddRaftVoterRequest.Listener'
        __slots__ = ('name', 'host', 'port')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('port', 'Port', 'uint16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            host: str = "",
            port: int = 0,
        ) -> None:
            self.name = name
            self.host = host
            self.port = port

    _s_Listener.__name__ = 'Listener'

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
        __slots__ = ('cluster_id', 'timeout_ms', 'voter_id', 'voter_directory_id', 'listeners', 'ack_when_committed')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('cluster_id', 'ClusterId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('timeout_ms', 'TimeoutMs', 'int32', versions=(0, MAXV)),
            F('voter_id', 'VoterId', 'int32', versions=(0, MAXV)),
            F('voter_directory_id', 'VoterDirectoryId', 'uuid', versions=(0, MAXV)),
            F('listeners', 'Listeners', 'struct', array=True, struct='Listener', versions=(0, MAXV)),
            F('ack_when_committed', 'AckWhenCommitted', 'bool', versions=(1, MAXV)),
        )

        def __init__(
            self,
            cluster_id: str | None = "",
            timeout_ms: int = 0,
            voter_id: int = 0,
            voter_directory_id: uuid.UUID = ZERO_UUID,
            listeners: list[AddRaftVoterRequest.Listener] = _NO,
            ack_when_committed: bool = True,
        ) -> None:
            self.cluster_id = cluster_id
            self.timeout_ms = timeout_ms
            self.voter_id = voter_id
            self.voter_directory_id = voter_directory_id
            self.listeners = [] if listeners is _NO else listeners
            self.ack_when_committed = ack_when_committed

    AddRaftVoterRequest.Listener = _s_Listener  # type: ignore[attr-defined]
    return AddRaftVoterRequest
"""

_SOURCES['AddRaftVoterResponse'] = r"""
def _build_AddRaftVoterResponse() -> type[Message]:
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
        __slots__ = ('throttle_time_ms', 'error_code', 'error_message')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV), ignorable=True),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            error_message: str | None = "",
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.error_message = error_message

    return AddRaftVoterResponse
"""

_SOURCES['AllocateProducerIdsRequest'] = r"""
def _build_AllocateProducerIdsRequest() -> type[Message]:
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
        __slots__ = ('broker_id', 'broker_epoch')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('broker_id', 'BrokerId', 'int32', versions=(0, MAXV)),
            F('broker_epoch', 'BrokerEpoch', 'int64', versions=(0, MAXV)),
        )

        def __init__(
            self,
            broker_id: int = 0,
            broker_epoch: int = -1,
        ) -> None:
            self.broker_id = broker_id
            self.broker_epoch = broker_epoch

    return AllocateProducerIdsRequest
"""

_SOURCES['AllocateProducerIdsResponse'] = r"""
def _build_AllocateProducerIdsResponse() -> type[Message]:
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
        __slots__ = ('throttle_time_ms', 'error_code', 'producer_id_start', 'producer_id_len')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('producer_id_start', 'ProducerIdStart', 'int64', versions=(0, MAXV)),
            F('producer_id_len', 'ProducerIdLen', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            producer_id_start: int = 0,
            producer_id_len: int = 0,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.producer_id_start = producer_id_start
            self.producer_id_len = producer_id_len

    return AllocateProducerIdsResponse
"""

_SOURCES['AlterClientQuotasRequest'] = r"""
def _build_AlterClientQuotasRequest() -> type[Message]:
    class _s_EntityData(Struct):
        __qualname__ = 'AlterClientQuotasRequest.EntityData'
        __slots__ = ('entity_type', 'entity_name')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('entity_type', 'EntityType', 'string', versions=(0, MAXV)),
            F('entity_name', 'EntityName', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            entity_type: str = "",
            entity_name: str | None = "",
        ) -> None:
            self.entity_type = entity_type
            self.entity_name = entity_name

    _s_EntityData.__name__ = 'EntityData'

    class _s_OpData(Struct):
        __qualname__ = 'AlterClientQuotasRequest.OpData'
        __slots__ = ('key', 'value', 'remove')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('key', 'Key', 'string', versions=(0, MAXV)),
            F('value', 'Value', 'float64', versions=(0, MAXV)),
            F('remove', 'Remove', 'bool', versions=(0, MAXV)),
        )

        def __init__(
            self,
            key: str = "",
            value: float = 0.0,
            remove: bool = False,
        ) -> None:
            self.key = key
            self.value = value
            self.remove = remove

    _s_OpData.__name__ = 'OpData'

    class _s_EntryData(Struct):
        __qualname__ = 'AlterClientQuotasRequest.EntryData'
        __slots__ = ('entity', 'ops')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('entity', 'Entity', 'struct', array=True, struct='EntityData', versions=(0, MAXV)),
            F('ops', 'Ops', 'struct', array=True, struct='OpData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            entity: list[AlterClientQuotasRequest.EntityData] = _NO,
            ops: list[AlterClientQuotasRequest.OpData] = _NO,
        ) -> None:
            self.entity = [] if entity is _NO else entity
            self.ops = [] if ops is _NO else ops

    _s_EntryData.__name__ = 'EntryData'

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
        __slots__ = ('entries', 'validate_only')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('entries', 'Entries', 'struct', array=True, struct='EntryData', versions=(0, MAXV)),
            F('validate_only', 'ValidateOnly', 'bool', versions=(0, MAXV)),
        )

        def __init__(
            self,
            entries: list[AlterClientQuotasRequest.EntryData] = _NO,
            validate_only: bool = False,
        ) -> None:
            self.entries = [] if entries is _NO else entries
            self.validate_only = validate_only

    AlterClientQuotasRequest.EntityData = _s_EntityData  # type: ignore[attr-defined]
    AlterClientQuotasRequest.OpData = _s_OpData  # type: ignore[attr-defined]
    AlterClientQuotasRequest.EntryData = _s_EntryData  # type: ignore[attr-defined]
    return AlterClientQuotasRequest
"""

_SOURCES['AlterClientQuotasResponse'] = r"""
def _build_AlterClientQuotasResponse() -> type[Message]:
    class _s_EntityData(Struct):
        __qualname__ = 'AlterClientQuotasResponse.EntityData'
        __slots__ = ('entity_type', 'entity_name')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('entity_type', 'EntityType', 'string', versions=(0, MAXV)),
            F('entity_name', 'EntityName', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            entity_type: str = "",
            entity_name: str | None = "",
        ) -> None:
            self.entity_type = entity_type
            self.entity_name = entity_name

    _s_EntityData.__name__ = 'EntityData'

    class _s_EntryData(Struct):
        __qualname__ = 'AlterClientQuotasResponse.EntryData'
        __slots__ = ('error_code', 'error_message', 'entity')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('entity', 'Entity', 'struct', array=True, struct='EntityData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            error_code: int = 0,
            error_message: str | None = "",
            entity: list[AlterClientQuotasResponse.EntityData] = _NO,
        ) -> None:
            self.error_code = error_code
            self.error_message = error_message
            self.entity = [] if entity is _NO else entity

    _s_EntryData.__name__ = 'EntryData'

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
        __slots__ = ('throttle_time_ms', 'entries')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('entries', 'Entries', 'struct', array=True, struct='EntryData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            entries: list[AlterClientQuotasResponse.EntryData] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.entries = [] if entries is _NO else entries

    AlterClientQuotasResponse.EntityData = _s_EntityData  # type: ignore[attr-defined]
    AlterClientQuotasResponse.EntryData = _s_EntryData  # type: ignore[attr-defined]
    return AlterClientQuotasResponse
"""

_SOURCES['AlterConfigsRequest'] = r"""
def _build_AlterConfigsRequest() -> type[Message]:
    class _s_AlterableConfig(Struct):
        __qualname__ = 'AlterConfigsRequest.AlterableConfig'
        __slots__ = ('name', 'value')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('value', 'Value', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            value: str | None = "",
        ) -> None:
            self.name = name
            self.value = value

    _s_AlterableConfig.__name__ = 'AlterableConfig'

    class _s_AlterConfigsResource(Struct):
        __qualname__ = 'AlterConfigsRequest.AlterConfigsResource'
        __slots__ = ('resource_type', 'resource_name', 'configs')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('resource_type', 'ResourceType', 'int8', versions=(0, MAXV)),
            F('resource_name', 'ResourceName', 'string', versions=(0, MAXV)),
            F('configs', 'Configs', 'struct', array=True, struct='AlterableConfig', versions=(0, MAXV)),
        )

        def __init__(
            self,
            resource_type: int = 0,
            resource_name: str = "",
            configs: list[AlterConfigsRequest.AlterableConfig] = _NO,
        ) -> None:
            self.resource_type = resource_type
            self.resource_name = resource_name
            self.configs = [] if configs is _NO else configs

    _s_AlterConfigsResource.__name__ = 'AlterConfigsResource'

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
        __slots__ = ('resources', 'validate_only')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('resources', 'Resources', 'struct', array=True, struct='AlterConfigsResource', versions=(0, MAXV)),
            F('validate_only', 'ValidateOnly', 'bool', versions=(0, MAXV)),
        )

        def __init__(
            self,
            resources: list[AlterConfigsRequest.AlterConfigsResource] = _NO,
            validate_only: bool = False,
        ) -> None:
            self.resources = [] if resources is _NO else resources
            self.validate_only = validate_only

    AlterConfigsRequest.AlterableConfig = _s_AlterableConfig  # type: ignore[attr-defined]
    AlterConfigsRequest.AlterConfigsResource = _s_AlterConfigsResource  # type: ignore[attr-defined]
    return AlterConfigsRequest
"""

_SOURCES['AlterConfigsResponse'] = r"""
def _build_AlterConfigsResponse() -> type[Message]:
    class _s_AlterConfigsResourceResponse(Struct):
        __qualname__ = 'AlterConfigsResponse.AlterConfigsResourceResponse'
        __slots__ = ('error_code', 'error_message', 'resource_type', 'resource_name')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('resource_type', 'ResourceType', 'int8', versions=(0, MAXV)),
            F('resource_name', 'ResourceName', 'string', versions=(0, MAXV)),
        )

        def __init__(
            self,
            error_code: int = 0,
            error_message: str | None = "",
            resource_type: int = 0,
            resource_name: str = "",
        ) -> None:
            self.error_code = error_code
            self.error_message = error_message
            self.resource_type = resource_type
            self.resource_name = resource_name

    _s_AlterConfigsResourceResponse.__name__ = 'AlterConfigsResourceResponse'

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
        __slots__ = ('throttle_time_ms', 'responses')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('responses', 'Responses', 'struct', array=True, struct='AlterConfigsResourceResponse', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            responses: list[AlterConfigsResponse.AlterConfigsResourceResponse] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.responses = [] if responses is _NO else responses

    AlterConfigsResponse.AlterConfigsResourceResponse = _s_AlterConfigsResourceResponse  # type: ignore[attr-defined]
    return AlterConfigsResponse
"""

_SOURCES['AlterPartitionReassignmentsRequest'] = r"""
def _build_AlterPartitionReassignmentsRequest() -> type[Message]:
    class _s_ReassignablePartition(Struct):
        __qualname__ = 'AlterPartitionReassignmentsRequest.ReassignablePartition'
        __slots__ = ('partition_index', 'replicas')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('replicas', 'Replicas', 'int32', array=True, versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
            replicas: list[int] | None = None,
        ) -> None:
            self.partition_index = partition_index
            self.replicas = replicas

    _s_ReassignablePartition.__name__ = 'ReassignablePartition'

    class _s_ReassignableTopic(Struct):
        __qualname__ = 'AlterPartitionReassignmentsRequest.ReassignableTopic'
        __slots__ = ('name', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='ReassignablePartition', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            partitions: list[AlterPartitionReassignmentsRequest.ReassignablePartition] = _NO,
        ) -> None:
            self.name = name
            self.partitions = [] if partitions is _NO else partitions

    _s_ReassignableTopic.__name__ = 'ReassignableTopic'

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
        __slots__ = ('timeout_ms', 'allow_replication_factor_change', 'topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('timeout_ms', 'TimeoutMs', 'int32', versions=(0, MAXV)),
            F('allow_replication_factor_change', 'AllowReplicationFactorChange', 'bool', versions=(1, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='ReassignableTopic', versions=(0, MAXV)),
        )

        def __init__(
            self,
            timeout_ms: int = 60000,
            allow_replication_factor_change: bool = True,
            topics: list[AlterPartitionReassignmentsRequest.ReassignableTopic] = _NO,
        ) -> None:
            self.timeout_ms = timeout_ms
            self.allow_replication_factor_change = allow_replication_factor_change
            self.topics = [] if topics is _NO else topics

    AlterPartitionReassignmentsRequest.ReassignablePartition = _s_ReassignablePartition  # type: ignore[attr-defined]
    AlterPartitionReassignmentsRequest.ReassignableTopic = _s_ReassignableTopic  # type: ignore[attr-defined]
    return AlterPartitionReassignmentsRequest
"""

_SOURCES['AlterPartitionReassignmentsResponse'] = r"""
def _build_AlterPartitionReassignmentsResponse() -> type[Message]:
    class _s_ReassignablePartitionResponse(Struct):
        __qualname__ = 'AlterPartitionReassignmentsResponse.ReassignablePartitionResponse'
        __slots__ = ('partition_index', 'error_code', 'error_message')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
            error_code: int = 0,
            error_message: str | None = "",
        ) -> None:
            self.partition_index = partition_index
            self.error_code = error_code
            self.error_message = error_message

    _s_ReassignablePartitionResponse.__name__ = 'ReassignablePartitionResponse'

    class _s_ReassignableTopicResponse(Struct):
        __qualname__ = 'AlterPartitionReassignmentsResponse.ReassignableTopicResponse'
        __slots__ = ('name', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='ReassignablePartitionResponse', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            partitions: list[AlterPartitionReassignmentsResponse.ReassignablePartitionResponse] = _NO,
        ) -> None:
            self.name = name
            self.partitions = [] if partitions is _NO else partitions

    _s_ReassignableTopicResponse.__name__ = 'ReassignableTopicResponse'

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
        __slots__ = ('throttle_time_ms', 'allow_replication_factor_change', 'error_code', 'error_message', 'responses')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('allow_replication_factor_change', 'AllowReplicationFactorChange', 'bool', versions=(1, MAXV), ignorable=True),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('responses', 'Responses', 'struct', array=True, struct='ReassignableTopicResponse', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            allow_replication_factor_change: bool = True,
            error_code: int = 0,
            error_message: str | None = "",
            responses: list[AlterPartitionReassignmentsResponse.ReassignableTopicResponse] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.allow_replication_factor_change = allow_replication_factor_change
            self.error_code = error_code
            self.error_message = error_message
            self.responses = [] if responses is _NO else responses

    AlterPartitionReassignmentsResponse.ReassignablePartitionResponse = _s_ReassignablePartitionResponse  # type: ignore[attr-defined]
    AlterPartitionReassignmentsResponse.ReassignableTopicResponse = _s_ReassignableTopicResponse  # type: ignore[attr-defined]
    return AlterPartitionReassignmentsResponse
"""

_SOURCES['AlterPartitionRequest'] = r"""
def _build_AlterPartitionRequest() -> type[Message]:
    class _s_BrokerState(Struct):
        __qualname__ = 'AlterPartitionRequest.BrokerState'
        __slots__ = ('broker_id', 'broker_epoch')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('broker_id', 'BrokerId', 'int32', versions=(3, MAXV)),
            F('broker_epoch', 'BrokerEpoch', 'int64', versions=(3, MAXV)),
        )

        def __init__(
            self,
            broker_id: int = 0,
            broker_epoch: int = -1,
        ) -> None:
            self.broker_id = broker_id
            self.broker_epoch = broker_epoch

    _s_BrokerState.__name__ = 'BrokerState'

    class _s_PartitionData(Struct):
        __qualname__ = 'AlterPartitionRequest.PartitionData'
        __slots__ = ('partition_index', 'leader_epoch', 'new_isr', 'new_isr_with_epochs', 'leader_recovery_state', 'partition_epoch')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
            F('new_isr', 'NewIsr', 'int32', array=True, versions=(0, 2)),
            F('new_isr_with_epochs', 'NewIsrWithEpochs', 'struct', array=True, struct='BrokerState', versions=(3, MAXV)),
            F('leader_recovery_state', 'LeaderRecoveryState', 'int8', versions=(1, MAXV)),
            F('partition_epoch', 'PartitionEpoch', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
            leader_epoch: int = 0,
            new_isr: list[int] = _NO,
            new_isr_with_epochs: list[AlterPartitionRequest.BrokerState] = _NO,
            leader_recovery_state: int = 0,
            partition_epoch: int = 0,
        ) -> None:
            self.partition_index = partition_index
            self.leader_epoch = leader_epoch
            self.new_isr = [] if new_isr is _NO else new_isr
            self.new_isr_with_epochs = [] if new_isr_with_epochs is _NO else new_isr_with_epochs
            self.leader_recovery_state = leader_recovery_state
            self.partition_epoch = partition_epoch

    _s_PartitionData.__name__ = 'PartitionData'

    class _s_TopicData(Struct):
        __qualname__ = 'AlterPartitionRequest.TopicData'
        __slots__ = ('topic_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(2, MAXV), ignorable=True),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[AlterPartitionRequest.PartitionData] = _NO,
        ) -> None:
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions

    _s_TopicData.__name__ = 'TopicData'

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
        __slots__ = ('broker_id', 'broker_epoch', 'topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('broker_id', 'BrokerId', 'int32', versions=(0, MAXV)),
            F('broker_epoch', 'BrokerEpoch', 'int64', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='TopicData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            broker_id: int = 0,
            broker_epoch: int = -1,
            topics: list[AlterPartitionRequest.TopicData] = _NO,
        ) -> None:
            self.broker_id = broker_id
            self.broker_epoch = broker_epoch
            self.topics = [] if topics is _NO else topics

    AlterPartitionRequest.BrokerState = _s_BrokerState  # type: ignore[attr-defined]
    AlterPartitionRequest.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    AlterPartitionRequest.TopicData = _s_TopicData  # type: ignore[attr-defined]
    return AlterPartitionRequest
"""

_SOURCES['AlterPartitionResponse'] = r"""
def _build_AlterPartitionResponse() -> type[Message]:
    class _s_PartitionData(Struct):
        __qualname__ = 'AlterPartitionResponse.PartitionData'
        __slots__ = ('partition_index', 'error_code', 'leader_id', 'leader_epoch', 'isr', 'leader_recovery_state', 'partition_epoch')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('leader_id', 'LeaderId', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
            F('isr', 'Isr', 'int32', array=True, versions=(0, MAXV)),
            F('leader_recovery_state', 'LeaderRecoveryState', 'int8', versions=(1, MAXV), ignorable=True),
            F('partition_epoch', 'PartitionEpoch', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
            error_code: int = 0,
            leader_id: int = 0,
            leader_epoch: int = 0,
            isr: list[int] = _NO,
            leader_recovery_state: int = 0,
            partition_epoch: int = 0,
        ) -> None:
            self.partition_index = partition_index
            self.error_code = error_code
            self.leader_id = leader_id
            self.leader_epoch = leader_epoch
            self.isr = [] if isr is _NO else isr
            self.leader_recovery_state = leader_recovery_state
            self.partition_epoch = partition_epoch

    _s_PartitionData.__name__ = 'PartitionData'

    class _s_TopicData(Struct):
        __qualname__ = 'AlterPartitionResponse.TopicData'
        __slots__ = ('topic_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(2, MAXV), ignorable=True),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[AlterPartitionResponse.PartitionData] = _NO,
        ) -> None:
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions

    _s_TopicData.__name__ = 'TopicData'

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
        __slots__ = ('throttle_time_ms', 'error_code', 'topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='TopicData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            topics: list[AlterPartitionResponse.TopicData] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.topics = [] if topics is _NO else topics

    AlterPartitionResponse.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    AlterPartitionResponse.TopicData = _s_TopicData  # type: ignore[attr-defined]
    return AlterPartitionResponse
"""

_SOURCES['AlterReplicaLogDirsRequest'] = r"""
def _build_AlterReplicaLogDirsRequest() -> type[Message]:
    class _s_AlterReplicaLogDirTopic(Struct):
        __qualname__ = 'AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic'
        __slots__ = ('name', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            partitions: list[int] = _NO,
        ) -> None:
            self.name = name
            self.partitions = [] if partitions is _NO else partitions

    _s_AlterReplicaLogDirTopic.__name__ = 'AlterReplicaLogDirTopic'

    class _s_AlterReplicaLogDir(Struct):
        __qualname__ = 'AlterReplicaLogDirsRequest.AlterReplicaLogDir'
        __slots__ = ('path', 'topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('path', 'Path', 'string', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='AlterReplicaLogDirTopic', versions=(0, MAXV)),
        )

        def __init__(
            self,
            path: str = "",
            topics: list[AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic] = _NO,
        ) -> None:
            self.path = path
            self.topics = [] if topics is _NO else topics

    _s_AlterReplicaLogDir.__name__ = 'AlterReplicaLogDir'

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
        __slots__ = ('dirs',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('dirs', 'Dirs', 'struct', array=True, struct='AlterReplicaLogDir', versions=(0, MAXV)),
        )

        def __init__(
            self,
            dirs: list[AlterReplicaLogDirsRequest.AlterReplicaLogDir] = _NO,
        ) -> None:
            self.dirs = [] if dirs is _NO else dirs

    AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic = _s_AlterReplicaLogDirTopic  # type: ignore[attr-defined]
    AlterReplicaLogDirsRequest.AlterReplicaLogDir = _s_AlterReplicaLogDir  # type: ignore[attr-defined]
    return AlterReplicaLogDirsRequest
"""

_SOURCES['AlterReplicaLogDirsResponse'] = r"""
def _build_AlterReplicaLogDirsResponse() -> type[Message]:
    class _s_AlterReplicaLogDirPartitionResult(Struct):
        __qualname__ = 'AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult'
        __slots__ = ('partition_index', 'error_code')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
            error_code: int = 0,
        ) -> None:
            self.partition_index = partition_index
            self.error_code = error_code

    _s_AlterReplicaLogDirPartitionResult.__name__ = 'AlterReplicaLogDirPartitionResult'

    class _s_AlterReplicaLogDirTopicResult(Struct):
        __qualname__ = 'AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult'
        __slots__ = ('topic_name', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='AlterReplicaLogDirPartitionResult', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_name: str = "",
            partitions: list[AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult] = _NO,
        ) -> None:
            self.topic_name = topic_name
            self.partitions = [] if partitions is _NO else partitions

    _s_AlterReplicaLogDirTopicResult.__name__ = 'AlterReplicaLogDirTopicResult'

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
        __slots__ = ('throttle_time_ms', 'results')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('results', 'Results', 'struct', array=True, struct='AlterReplicaLogDirTopicResult', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            results: list[AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.results = [] if results is _NO else results

    AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult = _s_AlterReplicaLogDirPartitionResult  # type: ignore[attr-defined]
    AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult = _s_AlterReplicaLogDirTopicResult  # type: ignore[attr-defined]
    return AlterReplicaLogDirsResponse
"""

_SOURCES['AlterShareGroupOffsetsRequest'] = r"""
def _build_AlterShareGroupOffsetsRequest() -> type[Message]:
    class _s_AlterShareGroupOffsetsRequestPartition(Struct):
        __qualname__ = 'AlterShareGroupOffsetsRequest.AlterShareGroupOffsetsRequestPartition'
        __slots__ = ('partition_index', 'start_offset')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('start_offset', 'StartOffset', 'int64', versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
            start_offset: int = 0,
        ) -> None:
            self.partition_index = partition_index
            self.start_offset = start_offset

    _s_AlterShareGroupOffsetsRequestPartition.__name__ = 'AlterShareGroupOffsetsRequestPartition'

    class _s_AlterShareGroupOffsetsRequestTopic(Struct):
        __qualname__ = 'AlterShareGroupOffsetsRequest.AlterShareGroupOffsetsRequestTopic'
        __slots__ = ('topic_name', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='AlterShareGroupOffsetsRequestPartition', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_name: str = "",
            partitions: list[AlterShareGroupOffsetsRequest.AlterShareGroupOffsetsRequestPartition] = _NO,
        ) -> None:
            self.topic_name = topic_name
            self.partitions = [] if partitions is _NO else partitions

    _s_AlterShareGroupOffsetsRequestTopic.__name__ = 'AlterShareGroupOffsetsRequestTopic'

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
        __slots__ = ('group_id', 'topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='AlterShareGroupOffsetsRequestTopic', versions=(0, MAXV)),
        )

        def __init__(
            self,
            group_id: str = "",
            topics: list[AlterShareGroupOffsetsRequest.AlterShareGroupOffsetsRequestTopic] = _NO,
        ) -> None:
            self.group_id = group_id
            self.topics = [] if topics is _NO else topics

    AlterShareGroupOffsetsRequest.AlterShareGroupOffsetsRequestPartition = _s_AlterShareGroupOffsetsRequestPartition  # type: ignore[attr-defined]
    AlterShareGroupOffsetsRequest.AlterShareGroupOffsetsRequestTopic = _s_AlterShareGroupOffsetsRequestTopic  # type: ignore[attr-defined]
    return AlterShareGroupOffsetsRequest
"""

_SOURCES['AlterShareGroupOffsetsResponse'] = r"""
def _build_AlterShareGroupOffsetsResponse() -> type[Message]:
    class _s_AlterShareGroupOffsetsResponsePartition(Struct):
        __qualname__ = 'AlterShareGroupOffsetsResponse.AlterShareGroupOffsetsResponsePartition'
        __slots__ = ('partition_index', 'error_code', 'error_message')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
            error_code: int = 0,
            error_message: str | None = None,
        ) -> None:
            self.partition_index = partition_index
            self.error_code = error_code
            self.error_message = error_message

    _s_AlterShareGroupOffsetsResponsePartition.__name__ = 'AlterShareGroupOffsetsResponsePartition'

    class _s_AlterShareGroupOffsetsResponseTopic(Struct):
        __qualname__ = 'AlterShareGroupOffsetsResponse.AlterShareGroupOffsetsResponseTopic'
        __slots__ = ('topic_name', 'topic_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='AlterShareGroupOffsetsResponsePartition', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_name: str = "",
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[AlterShareGroupOffsetsResponse.AlterShareGroupOffsetsResponsePartition] = _NO,
        ) -> None:
            self.topic_name = topic_name
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions

    _s_AlterShareGroupOffsetsResponseTopic.__name__ = 'AlterShareGroupOffsetsResponseTopic'

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
        __slots__ = ('throttle_time_ms', 'error_code', 'error_message', 'responses')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('responses', 'Responses', 'struct', array=True, struct='AlterShareGroupOffsetsResponseTopic', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            error_message: str | None = None,
            responses: list[AlterShareGroupOffsetsResponse.AlterShareGroupOffsetsResponseTopic] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.error_message = error_message
            self.responses = [] if responses is _NO else responses

    AlterShareGroupOffsetsResponse.AlterShareGroupOffsetsResponsePartition = _s_AlterShareGroupOffsetsResponsePartition  # type: ignore[attr-defined]
    AlterShareGroupOffsetsResponse.AlterShareGroupOffsetsResponseTopic = _s_AlterShareGroupOffsetsResponseTopic  # type: ignore[attr-defined]
    return AlterShareGroupOffsetsResponse
"""

_SOURCES['AlterUserScramCredentialsRequest'] = r"""
def _build_AlterUserScramCredentialsRequest() -> type[Message]:
    class _s_ScramCredentialDeletion(Struct):
        __qualname__ = 'AlterUserScramCredentialsRequest.ScramCredentialDeletion'
        __slots__ = ('name', 'mechanism')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('mechanism', 'Mechanism', 'int8', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            mechanism: int = 0,
        ) -> None:
            self.name = name
            self.mechanism = mechanism

    _s_ScramCredentialDeletion.__name__ = 'ScramCredentialDeletion'

    class _s_ScramCredentialUpsertion(Struct):
        __qualname__ = 'AlterUserScramCredentialsRequest.ScramCredentialUpsertion'
        __slots__ = ('name', 'mechanism', 'iterations', 'salt', 'salted_password')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('mechanism', 'Mechanism', 'int8', versions=(0, MAXV)),
            F('iterations', 'Iterations', 'int32', versions=(0, MAXV)),
            F('salt', 'Salt', 'bytes', versions=(0, MAXV)),
            F('salted_password', 'SaltedPassword', 'bytes', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            mechanism: int = 0,
            iterations: int = 0,
            salt: bytes = b"",
            salted_password: bytes = b"",
        ) -> None:
            self.name = name
            self.mechanism = mechanism
            self.iterations = iterations
            self.salt = salt
            self.salted_password = salted_password

    _s_ScramCredentialUpsertion.__name__ = 'ScramCredentialUpsertion'

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
        __slots__ = ('deletions', 'upsertions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('deletions', 'Deletions', 'struct', array=True, struct='ScramCredentialDeletion', versions=(0, MAXV)),
            F('upsertions', 'Upsertions', 'struct', array=True, struct='ScramCredentialUpsertion', versions=(0, MAXV)),
        )

        def __init__(
            self,
            deletions: list[AlterUserScramCredentialsRequest.ScramCredentialDeletion] = _NO,
            upsertions: list[AlterUserScramCredentialsRequest.ScramCredentialUpsertion] = _NO,
        ) -> None:
            self.deletions = [] if deletions is _NO else deletions
            self.upsertions = [] if upsertions is _NO else upsertions

    AlterUserScramCredentialsRequest.ScramCredentialDeletion = _s_ScramCredentialDeletion  # type: ignore[attr-defined]
    AlterUserScramCredentialsRequest.ScramCredentialUpsertion = _s_ScramCredentialUpsertion  # type: ignore[attr-defined]
    return AlterUserScramCredentialsRequest
"""

_SOURCES['AlterUserScramCredentialsResponse'] = r"""
def _build_AlterUserScramCredentialsResponse() -> type[Message]:
    class _s_AlterUserScramCredentialsResult(Struct):
        __qualname__ = 'AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult'
        __slots__ = ('user', 'error_code', 'error_message')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('user', 'User', 'string', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            user: str = "",
            error_code: int = 0,
            error_message: str | None = "",
        ) -> None:
            self.user = user
            self.error_code = error_code
            self.error_message = error_message

    _s_AlterUserScramCredentialsResult.__name__ = 'AlterUserScramCredentialsResult'

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
        __slots__ = ('throttle_time_ms', 'results')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('results', 'Results', 'struct', array=True, struct='AlterUserScramCredentialsResult', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            results: list[AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.results = [] if results is _NO else results

    AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult = _s_AlterUserScramCredentialsResult  # type: ignore[attr-defined]
    return AlterUserScramCredentialsResponse
"""

_SOURCES['ApiVersionsRequest'] = r"""
def _build_ApiVersionsRequest() -> type[Message]:
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
        __slots__ = ('client_software_name', 'client_software_version')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('client_software_name', 'ClientSoftwareName', 'string', versions=(3, MAXV), ignorable=True),
            F('client_software_version', 'ClientSoftwareVersion', 'string', versions=(3, MAXV), ignorable=True),
        )

        def __init__(
            self,
            client_software_name: str = "",
            client_software_version: str = "",
        ) -> None:
            self.client_software_name = client_software_name
            self.client_software_version = client_software_version

    return ApiVersionsRequest
"""

_SOURCES['ApiVersionsResponse'] = r"""
def _build_ApiVersionsResponse() -> type[Message]:
    class _s_ApiVersion(Struct):
        __qualname__ = 'ApiVersionsResponse.ApiVersion'
        __slots__ = ('api_key', 'min_version', 'max_version')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('api_key', 'ApiKey', 'int16', versions=(0, MAXV)),
            F('min_version', 'MinVersion', 'int16', versions=(0, MAXV)),
            F('max_version', 'MaxVersion', 'int16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            api_key: int = 0,
            min_version: int = 0,
            max_version: int = 0,
        ) -> None:
            self.api_key = api_key
            self.min_version = min_version
            self.max_version = max_version

    _s_ApiVersion.__name__ = 'ApiVersion'

    class _s_SupportedFeatureKey(Struct):
        __qualname__ = 'ApiVersionsResponse.SupportedFeatureKey'
        __slots__ = ('name', 'min_version', 'max_version')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(3, MAXV)),
            F('min_version', 'MinVersion', 'int16', versions=(3, MAXV)),
            F('max_version', 'MaxVersion', 'int16', versions=(3, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            min_version: int = 0,
            max_version: int = 0,
        ) -> None:
            self.name = name
            self.min_version = min_version
            self.max_version = max_version

    _s_SupportedFeatureKey.__name__ = 'SupportedFeatureKey'

    class _s_FinalizedFeatureKey(Struct):
        __qualname__ = 'ApiVersionsResponse.FinalizedFeatureKey'
        __slots__ = ('name', 'max_version_level', 'min_version_level')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(3, MAXV)),
            F('max_version_level', 'MaxVersionLevel', 'int16', versions=(3, MAXV)),
            F('min_version_level', 'MinVersionLevel', 'int16', versions=(3, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            max_version_level: int = 0,
            min_version_level: int = 0,
        ) -> None:
            self.name = name
            self.max_version_level = max_version_level
            self.min_version_level = min_version_level

    _s_FinalizedFeatureKey.__name__ = 'FinalizedFeatureKey'

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
        __slots__ = ('error_code', 'api_keys', 'throttle_time_ms', 'supported_features', 'finalized_features_epoch', 'finalized_features', 'zk_migration_ready')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('api_keys', 'ApiKeys', 'struct', array=True, struct='ApiVersion', versions=(0, MAXV)),
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(1, MAXV), ignorable=True),
            F('supported_features', 'SupportedFeatures', 'struct', array=True, struct='SupportedFeatureKey', versions=(3, MAXV), tag=0, tagged=(3, MAXV), ignorable=True),
            F('finalized_features_epoch', 'FinalizedFeaturesEpoch', 'int64', versions=(3, MAXV), tag=1, tagged=(3, MAXV), ignorable=True),
            F('finalized_features', 'FinalizedFeatures', 'struct', array=True, struct='FinalizedFeatureKey', versions=(3, MAXV), tag=2, tagged=(3, MAXV), ignorable=True),
            F('zk_migration_ready', 'ZkMigrationReady', 'bool', versions=(3, MAXV), tag=3, tagged=(3, MAXV), ignorable=True),
        )

        def __init__(
            self,
            error_code: int = 0,
            api_keys: list[ApiVersionsResponse.ApiVersion] = _NO,
            throttle_time_ms: int = 0,
            supported_features: list[ApiVersionsResponse.SupportedFeatureKey] = _NO,
            finalized_features_epoch: int = -1,
            finalized_features: list[ApiVersionsResponse.FinalizedFeatureKey] = _NO,
            zk_migration_ready: bool = False,
        ) -> None:
            self.error_code = error_code
            self.api_keys = [] if api_keys is _NO else api_keys
            self.throttle_time_ms = throttle_time_ms
            self.supported_features = [] if supported_features is _NO else supported_features
            self.finalized_features_epoch = finalized_features_epoch
            self.finalized_features = [] if finalized_features is _NO else finalized_features
            self.zk_migration_ready = zk_migration_ready

    ApiVersionsResponse.ApiVersion = _s_ApiVersion  # type: ignore[attr-defined]
    ApiVersionsResponse.SupportedFeatureKey = _s_SupportedFeatureKey  # type: ignore[attr-defined]
    ApiVersionsResponse.FinalizedFeatureKey = _s_FinalizedFeatureKey  # type: ignore[attr-defined]
    return ApiVersionsResponse
"""

_SOURCES['AssignReplicasToDirsRequest'] = r"""
def _build_AssignReplicasToDirsRequest() -> type[Message]:
    class _s_PartitionData(Struct):
        __qualname__ = 'AssignReplicasToDirsRequest.PartitionData'
        __slots__ = ('partition_index',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
        ) -> None:
            self.partition_index = partition_index

    _s_PartitionData.__name__ = 'PartitionData'

    class _s_TopicData(Struct):
        __qualname__ = 'AssignReplicasToDirsRequest.TopicData'
        __slots__ = ('topic_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[AssignReplicasToDirsRequest.PartitionData] = _NO,
        ) -> None:
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions

    _s_TopicData.__name__ = 'TopicData'

    class _s_DirectoryData(Struct):
        __qualname__ = 'AssignReplicasToDirsRequest.DirectoryData'
        __slots__ = ('id', 'topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('id', 'Id', 'uuid', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='TopicData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            id: uuid.UUID = ZERO_UUID,
            topics: list[AssignReplicasToDirsRequest.TopicData] = _NO,
        ) -> None:
            self.id = id
            self.topics = [] if topics is _NO else topics

    _s_DirectoryData.__name__ = 'DirectoryData'

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
        __slots__ = ('broker_id', 'broker_epoch', 'directories')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('broker_id', 'BrokerId', 'int32', versions=(0, MAXV)),
            F('broker_epoch', 'BrokerEpoch', 'int64', versions=(0, MAXV)),
            F('directories', 'Directories', 'struct', array=True, struct='DirectoryData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            broker_id: int = 0,
            broker_epoch: int = -1,
            directories: list[AssignReplicasToDirsRequest.DirectoryData] = _NO,
        ) -> None:
            self.broker_id = broker_id
            self.broker_epoch = broker_epoch
            self.directories = [] if directories is _NO else directories

    AssignReplicasToDirsRequest.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    AssignReplicasToDirsRequest.TopicData = _s_TopicData  # type: ignore[attr-defined]
    AssignReplicasToDirsRequest.DirectoryData = _s_DirectoryData  # type: ignore[attr-defined]
    return AssignReplicasToDirsRequest
"""

_SOURCES['AssignReplicasToDirsResponse'] = r"""
def _build_AssignReplicasToDirsResponse() -> type[Message]:
    class _s_PartitionData(Struct):
        __qualname__ = 'AssignReplicasToDirsResponse.PartitionData'
        __slots__ = ('partition_index', 'error_code')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
            error_code: int = 0,
        ) -> None:
            self.partition_index = partition_index
            self.error_code = error_code

    _s_PartitionData.__name__ = 'PartitionData'

    class _s_TopicData(Struct):
        __qualname__ = 'AssignReplicasToDirsResponse.TopicData'
        __slots__ = ('topic_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[AssignReplicasToDirsResponse.PartitionData] = _NO,
        ) -> None:
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions

    _s_TopicData.__name__ = 'TopicData'

    class _s_DirectoryData(Struct):
        __qualname__ = 'AssignReplicasToDirsResponse.DirectoryData'
        __slots__ = ('id', 'topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('id', 'Id', 'uuid', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='TopicData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            id: uuid.UUID = ZERO_UUID,
            topics: list[AssignReplicasToDirsResponse.TopicData] = _NO,
        ) -> None:
            self.id = id
            self.topics = [] if topics is _NO else topics

    _s_DirectoryData.__name__ = 'DirectoryData'

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
        __slots__ = ('throttle_time_ms', 'error_code', 'directories')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('directories', 'Directories', 'struct', array=True, struct='DirectoryData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            directories: list[AssignReplicasToDirsResponse.DirectoryData] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.directories = [] if directories is _NO else directories

    AssignReplicasToDirsResponse.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    AssignReplicasToDirsResponse.TopicData = _s_TopicData  # type: ignore[attr-defined]
    AssignReplicasToDirsResponse.DirectoryData = _s_DirectoryData  # type: ignore[attr-defined]
    return AssignReplicasToDirsResponse
"""

_SOURCES['BeginQuorumEpochRequest'] = r"""
def _build_BeginQuorumEpochRequest() -> type[Message]:
    class _s_PartitionData(Struct):
        __qualname__ = 'BeginQuorumEpochRequest.PartitionData'
        __slots__ = ('partition_index', 'voter_directory_id', 'leader_id', 'leader_epoch')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('voter_directory_id', 'VoterDirectoryId', 'uuid', versions=(1, MAXV), ignorable=True),
            F('leader_id', 'LeaderId', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
            voter_directory_id: uuid.UUID = ZERO_UUID,
            leader_id: int = 0,
            leader_epoch: int = 0,
        ) -> None:
            self.partition_index = partition_index
            self.voter_directory_id = voter_directory_id
            self.leader_id = leader_id
            self.leader_epoch = leader_epoch

    _s_PartitionData.__name__ = 'PartitionData'

    class _s_TopicData(Struct):
        __qualname__ = 'BeginQuorumEpochRequest.TopicData'
        __slots__ = ('topic_name', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_name: str = "",
            partitions: list[BeginQuorumEpochRequest.PartitionData] = _NO,
        ) -> None:
            self.topic_name = topic_name
            self.partitions = [] if partitions is _NO else partitions

    _s_TopicData.__name__ = 'TopicData'

    class _s_LeaderEndpoint(Struct):
        __qualname__ = 'BeginQuorumEpochRequest.LeaderEndpoint'
        __slots__ = ('name', 'host', 'port')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(1, MAXV)),
            F('host', 'Host', 'string', versions=(1, MAXV)),
            F('port', 'Port', 'uint16', versions=(1, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            host: str = "",
            port: int = 0,
        ) -> None:
            self.name = name
            self.host = host
            self.port = port

    _s_LeaderEndpoint.__name__ = 'LeaderEndpoint'

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
        __slots__ = ('cluster_id', 'voter_id', 'topics', 'leader_endpoints')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('cluster_id', 'ClusterId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('voter_id', 'VoterId', 'int32', versions=(1, MAXV), ignorable=True),
            F('topics', 'Topics', 'struct', array=True, struct='TopicData', versions=(0, MAXV)),
            F('leader_endpoints', 'LeaderEndpoints', 'struct', array=True, struct='LeaderEndpoint', versions=(1, MAXV), ignorable=True),
        )

        def __init__(
            self,
            cluster_id: str | None = None,
            voter_id: int = -1,
            topics: list[BeginQuorumEpochRequest.TopicData] = _NO,
            leader_endpoints: list[BeginQuorumEpochRequest.LeaderEndpoint] = _NO,
        ) -> None:
            self.cluster_id = cluster_id
            self.voter_id = voter_id
            self.topics = [] if topics is _NO else topics
            self.leader_endpoints = [] if leader_endpoints is _NO else leader_endpoints

    BeginQuorumEpochRequest.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    BeginQuorumEpochRequest.TopicData = _s_TopicData  # type: ignore[attr-defined]
    BeginQuorumEpochRequest.LeaderEndpoint = _s_LeaderEndpoint  # type: ignore[attr-defined]
    return BeginQuorumEpochRequest
"""

_SOURCES['BeginQuorumEpochResponse'] = r"""
def _build_BeginQuorumEpochResponse() -> type[Message]:
    class _s_PartitionData(Struct):
        __qualname__ = 'BeginQuorumEpochResponse.PartitionData'
        __slots__ = ('partition_index', 'error_code', 'leader_id', 'leader_epoch')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('leader_id', 'LeaderId', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
            error_code: int = 0,
            leader_id: int = 0,
            leader_epoch: int = 0,
        ) -> None:
            self.partition_index = partition_index
            self.error_code = error_code
            self.leader_id = leader_id
            self.leader_epoch = leader_epoch

    _s_PartitionData.__name__ = 'PartitionData'

    class _s_TopicData(Struct):
        __qualname__ = 'BeginQuorumEpochResponse.TopicData'
        __slots__ = ('topic_name', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_name: str = "",
            partitions: list[BeginQuorumEpochResponse.PartitionData] = _NO,
        ) -> None:
            self.topic_name = topic_name
            self.partitions = [] if partitions is _NO else partitions

    _s_TopicData.__name__ = 'TopicData'

    class _s_NodeEndpoint(Struct):
        __qualname__ = 'BeginQuorumEpochResponse.NodeEndpoint'
        __slots__ = ('node_id', 'host', 'port')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('node_id', 'NodeId', 'int32', versions=(1, MAXV)),
            F('host', 'Host', 'string', versions=(1, MAXV)),
            F('port', 'Port', 'uint16', versions=(1, MAXV)),
        )

        def __init__(
            self,
            node_id: int = 0,
            host: str = "",
            port: int = 0,
        ) -> None:
            self.node_id = node_id
            self.host = host
            self.port = port

    _s_NodeEndpoint.__name__ = 'NodeEndpoint'

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
        __slots__ = ('error_code', 'topics', 'node_endpoints')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='TopicData', versions=(0, MAXV)),
            F('node_endpoints', 'NodeEndpoints', 'struct', array=True, struct='NodeEndpoint', versions=(1, MAXV), tag=0, tagged=(1, MAXV)),
        )

        def __init__(
            self,
            error_code: int = 0,
            topics: list[BeginQuorumEpochResponse.TopicData] = _NO,
            node_endpoints: list[BeginQuorumEpochResponse.NodeEndpoint] = _NO,
        ) -> None:
            self.error_code = error_code
            self.topics = [] if topics is _NO else topics
            self.node_endpoints = [] if node_endpoints is _NO else node_endpoints

    BeginQuorumEpochResponse.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    BeginQuorumEpochResponse.TopicData = _s_TopicData  # type: ignore[attr-defined]
    BeginQuorumEpochResponse.NodeEndpoint = _s_NodeEndpoint  # type: ignore[attr-defined]
    return BeginQuorumEpochResponse
"""

_SOURCES['BeginTransactionRecord'] = r"""
def _build_BeginTransactionRecord() -> type[Message]:
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
        __slots__ = ('name',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV), nullable=(0, MAXV), tag=0, tagged=(0, MAXV)),
        )

        def __init__(
            self,
            name: str | None = None,
        ) -> None:
            self.name = name

    return BeginTransactionRecord
"""

_SOURCES['BrokerHeartbeatRequest'] = r"""
def _build_BrokerHeartbeatRequest() -> type[Message]:
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
        __slots__ = ('broker_id', 'broker_epoch', 'current_metadata_offset', 'want_fence', 'want_shut_down', 'offline_log_dirs', 'cordoned_log_dirs')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('broker_id', 'BrokerId', 'int32', versions=(0, MAXV)),
            F('broker_epoch', 'BrokerEpoch', 'int64', versions=(0, MAXV)),
            F('current_metadata_offset', 'CurrentMetadataOffset', 'int64', versions=(0, MAXV)),
            F('want_fence', 'WantFence', 'bool', versions=(0, MAXV)),
            F('want_shut_down', 'WantShutDown', 'bool', versions=(0, MAXV)),
            F('offline_log_dirs', 'OfflineLogDirs', 'uuid', array=True, versions=(1, MAXV), tag=0, tagged=(1, MAXV)),
            F('cordoned_log_dirs', 'CordonedLogDirs', 'uuid', array=True, versions=(2, MAXV), nullable=(2, MAXV), tag=1, tagged=(2, MAXV)),
        )

        def __init__(
            self,
            broker_id: int = 0,
            broker_epoch: int = -1,
            current_metadata_offset: int = 0,
            want_fence: bool = False,
            want_shut_down: bool = False,
            offline_log_dirs: list[uuid.UUID] = _NO,
            cordoned_log_dirs: list[uuid.UUID] | None = None,
        ) -> None:
            self.broker_id = broker_id
            self.broker_epoch = broker_epoch
            self.current_metadata_offset = current_metadata_offset
            self.want_fence = want_fence
            self.want_shut_down = want_shut_down
            self.offline_log_dirs = [] if offline_log_dirs is _NO else offline_log_dirs
            self.cordoned_log_dirs = cordoned_log_dirs

    return BrokerHeartbeatRequest
"""

_SOURCES['BrokerHeartbeatResponse'] = r"""
def _build_BrokerHeartbeatResponse() -> type[Message]:
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
        __slots__ = ('throttle_time_ms', 'error_code', 'is_caught_up', 'is_fenced', 'should_shut_down')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('is_caught_up', 'IsCaughtUp', 'bool', versions=(0, MAXV)),
            F('is_fenced', 'IsFenced', 'bool', versions=(0, MAXV)),
            F('should_shut_down', 'ShouldShutDown', 'bool', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            is_caught_up: bool = False,
            is_fenced: bool = True,
            should_shut_down: bool = False,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.is_caught_up = is_caught_up
            self.is_fenced = is_fenced
            self.should_shut_down = should_shut_down

    return BrokerHeartbeatResponse
"""

_SOURCES['BrokerRegistrationChangeRecord'] = r"""
def _build_BrokerRegistrationChangeRecord() -> type[Message]:
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
        __slots__ = ('broker_id', 'broker_epoch', 'fenced', 'in_controlled_shutdown', 'log_dirs', 'cordoned_log_dirs')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('broker_id', 'BrokerId', 'int32', versions=(0, MAXV)),
            F('broker_epoch', 'BrokerEpoch', 'int64', versions=(0, MAXV)),
            F('fenced', 'Fenced', 'int8', versions=(0, MAXV), tag=0, tagged=(0, MAXV)),
            F('in_controlled_shutdown', 'InControlledShutdown', 'int8', versions=(1, MAXV), tag=1, tagged=(1, MAXV)),
            F('log_dirs', 'LogDirs', 'uuid', array=True, versions=(2, MAXV), tag=2, tagged=(2, MAXV)),
            F('cordoned_log_dirs', 'CordonedLogDirs', 'uuid', array=True, versions=(3, MAXV), nullable=(3, MAXV), tag=3, tagged=(3, MAXV)),
        )

        def __init__(
            self,
            broker_id: int = 0,
            broker_epoch: int = 0,
            fenced: int = 0,
            in_controlled_shutdown: int = 0,
            log_dirs: list[uuid.UUID] = _NO,
            cordoned_log_dirs: list[uuid.UUID] | None = None,
        ) -> None:
            self.broker_id = broker_id
            self.broker_epoch = broker_epoch
            self.fenced = fenced
            self.in_controlled_shutdown = in_controlled_shutdown
            self.log_dirs = [] if log_dirs is _NO else log_dirs
            self.cordoned_log_dirs = cordoned_log_dirs

    return BrokerRegistrationChangeRecord
"""

_SOURCES['BrokerRegistrationRequest'] = r"""
def _build_BrokerRegistrationRequest() -> type[Message]:
    class _s_Listener(Struct):
        __qualname__ = 'BrokerRegistrationRequest.Listener'
        __slots__ = ('name', 'host', 'port', 'security_protocol')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('port', 'Port', 'uint16', versions=(0, MAXV)),
            F('security_protocol', 'SecurityProtocol', 'int16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            host: str = "",
            port: int = 0,
            security_protocol: int = 0,
        ) -> None:
            self.name = name
            self.host = host
            self.port = port
            self.security_protocol = security_protocol

    _s_Listener.__name__ = 'Listener'

    class _s_Feature(Struct):
        __qualname__ = 'BrokerRegistrationRequest.Feature'
        __slots__ = ('name', 'min_supported_version', 'max_supported_version')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('min_supported_version', 'MinSupportedVersion', 'int16', versions=(0, MAXV)),
            F('max_supported_version', 'MaxSupportedVersion', 'int16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            min_supported_version: int = 0,
            max_supported_version: int = 0,
        ) -> None:
            self.name = name
            self.min_supported_version = min_supported_version
            self.max_supported_version = max_supported_version

    _s_Feature.__name__ = 'Feature'

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
        __slots__ = ('broker_id', 'cluster_id', 'incarnation_id', 'listeners', 'features', 'rack', 'is_migrating_zk_broker', 'log_dirs', 'previous_broker_epoch')
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

        def __init__(
            self,
            broker_id: int = 0,
            cluster_id: str = "",
            incarnation_id: uuid.UUID = ZERO_UUID,
            listeners: list[BrokerRegistrationRequest.Listener] = _NO,
            features: list[BrokerRegistrationRequest.Feature] = _NO,
            rack: str | None = "",
            is_migrating_zk_broker: bool = False,
            log_dirs: list[uuid.UUID] = _NO,
            previous_broker_epoch: int = -1,
        ) -> None:
            self.broker_id = broker_id
            self.cluster_id = cluster_id
            self.incarnation_id = incarnation_id
            self.listeners = [] if listeners is _NO else listeners
            self.features = [] if features is _NO else features
            self.rack = rack
            self.is_migrating_zk_broker = is_migrating_zk_broker
            self.log_dirs = [] if log_dirs is _NO else log_dirs
            self.previous_broker_epoch = previous_broker_epoch

    BrokerRegistrationRequest.Listener = _s_Listener  # type: ignore[attr-defined]
    BrokerRegistrationRequest.Feature = _s_Feature  # type: ignore[attr-defined]
    return BrokerRegistrationRequest
"""

_SOURCES['BrokerRegistrationResponse'] = r"""
def _build_BrokerRegistrationResponse() -> type[Message]:
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
        __slots__ = ('throttle_time_ms', 'error_code', 'broker_epoch')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('broker_epoch', 'BrokerEpoch', 'int64', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            broker_epoch: int = -1,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.broker_epoch = broker_epoch

    return BrokerRegistrationResponse
"""

_SOURCES['ClearElrRecord'] = r"""
def _build_ClearElrRecord() -> type[Message]:
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
        __slots__ = ('topic_name',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_name: str = "",
        ) -> None:
            self.topic_name = topic_name

    return ClearElrRecord
"""

_SOURCES['ClientQuotaRecord'] = r"""
def _build_ClientQuotaRecord() -> type[Message]:
    class _s_EntityData(Struct):
        __qualname__ = 'ClientQuotaRecord.EntityData'
        __slots__ = ('entity_type', 'entity_name')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('entity_type', 'EntityType', 'string', versions=(0, MAXV)),
            F('entity_name', 'EntityName', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            entity_type: str = "",
            entity_name: str | None = "",
        ) -> None:
            self.entity_type = entity_type
            self.entity_name = entity_name

    _s_EntityData.__name__ = 'EntityData'

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
        __slots__ = ('entity', 'key', 'value', 'remove')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('entity', 'Entity', 'struct', array=True, struct='EntityData', versions=(0, MAXV)),
            F('key', 'Key', 'string', versions=(0, MAXV)),
            F('value', 'Value', 'float64', versions=(0, MAXV)),
            F('remove', 'Remove', 'bool', versions=(0, MAXV)),
        )

        def __init__(
            self,
            entity: list[ClientQuotaRecord.EntityData] = _NO,
            key: str = "",
            value: float = 0.0,
            remove: bool = False,
        ) -> None:
            self.entity = [] if entity is _NO else entity
            self.key = key
            self.value = value
            self.remove = remove

    ClientQuotaRecord.EntityData = _s_EntityData  # type: ignore[attr-defined]
    return ClientQuotaRecord
"""

_SOURCES['ConfigRecord'] = r"""
def _build_ConfigRecord() -> type[Message]:
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
        __slots__ = ('resource_type', 'resource_name', 'name', 'value')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('resource_type', 'ResourceType', 'int8', versions=(0, MAXV)),
            F('resource_name', 'ResourceName', 'string', versions=(0, MAXV)),
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('value', 'Value', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            resource_type: int = 0,
            resource_name: str = "",
            name: str = "",
            value: str | None = "",
        ) -> None:
            self.resource_type = resource_type
            self.resource_name = resource_name
            self.name = name
            self.value = value

    return ConfigRecord
"""

_SOURCES['ConsumerGroupCurrentMemberAssignmentKey'] = r"""
def _build_ConsumerGroupCurrentMemberAssignmentKey() -> type[Message]:
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
        __slots__ = ('group_id', 'member_id')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
            F('member_id', 'MemberId', 'string', versions=(0, 0)),
        )

        def __init__(
            self,
            group_id: str = "",
            member_id: str = "",
        ) -> None:
            self.group_id = group_id
            self.member_id = member_id

    return ConsumerGroupCurrentMemberAssignmentKey
"""

_SOURCES['ConsumerGroupCurrentMemberAssignmentValue'] = r"""
def _build_ConsumerGroupCurrentMemberAssignmentValue() -> type[Message]:
    class _s_TopicPartitions(Struct):
        __qualname__ = 'ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions'
        __slots__ = ('topic_id', 'partitions', 'assignment_epochs')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
            F('assignment_epochs', 'AssignmentEpochs', 'int32', array=True, versions=(0, MAXV), nullable=(0, MAXV), tag=0, tagged=(0, MAXV)),
        )

        def __init__(
            self,
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[int] = _NO,
            assignment_epochs: list[int] | None = _NO,
        ) -> None:
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions
            self.assignment_epochs = [] if assignment_epochs is _NO else assignment_epochs

    _s_TopicPartitions.__name__ = 'TopicPartitions'

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
        __slots__ = ('member_epoch', 'previous_member_epoch', 'state', 'assigned_partitions', 'partitions_pending_revocation')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('member_epoch', 'MemberEpoch', 'int32', versions=(0, MAXV)),
            F('previous_member_epoch', 'PreviousMemberEpoch', 'int32', versions=(0, MAXV)),
            F('state', 'State', 'int8', versions=(0, MAXV)),
            F('assigned_partitions', 'AssignedPartitions', 'struct', array=True, struct='TopicPartitions', versions=(0, MAXV)),
            F('partitions_pending_revocation', 'PartitionsPendingRevocation', 'struct', array=True, struct='TopicPartitions', versions=(0, MAXV)),
        )

        def __init__(
            self,
            member_epoch: int = 0,
            previous_member_epoch: int = 0,
            state: int = 0,
            assigned_partitions: list[ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions] = _NO,
            partitions_pending_revocation: list[ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions] = _NO,
        ) -> None:
            self.member_epoch = member_epoch
            self.previous_member_epoch = previous_member_epoch
            self.state = state
            self.assigned_partitions = [] if assigned_partitions is _NO else assigned_partitions
            self.partitions_pending_revocation = [] if partitions_pending_revocation is _NO else partitions_pending_revocation

    ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions = _s_TopicPartitions  # type: ignore[attr-defined]
    return ConsumerGroupCurrentMemberAssignmentValue
"""

_SOURCES['ConsumerGroupDescribeRequest'] = r"""
def _build_ConsumerGroupDescribeRequest() -> type[Message]:
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
        __slots__ = ('group_ids', 'include_authorized_operations')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_ids', 'GroupIds', 'string', array=True, versions=(0, MAXV)),
            F('include_authorized_operations', 'IncludeAuthorizedOperations', 'bool', versions=(0, MAXV)),
        )

        def __init__(
            self,
            group_ids: list[str] = _NO,
            include_authorized_operations: bool = False,
        ) -> None:
            self.group_ids = [] if group_ids is _NO else group_ids
            self.include_authorized_operations = include_authorized_operations

    return ConsumerGroupDescribeRequest
"""

_SOURCES['ConsumerGroupDescribeResponse'] = r"""
def _build_ConsumerGroupDescribeResponse() -> type[Message]:
    class _s_TopicPartitions(Struct):
        __qualname__ = 'ConsumerGroupDescribeResponse.TopicPartitions'
        __slots__ = ('topic_id', 'topic_name', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_id: uuid.UUID = ZERO_UUID,
            topic_name: str = "",
            partitions: list[int] = _NO,
        ) -> None:
            self.topic_id = topic_id
            self.topic_name = topic_name
            self.partitions = [] if partitions is _NO else partitions

    _s_TopicPartitions.__name__ = 'TopicPartitions'

    class _s_Assignment(Struct):
        __qualname__ = 'ConsumerGroupDescribeResponse.Assignment'
        __slots__ = ('topic_partitions',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_partitions', 'TopicPartitions', 'struct', array=True, struct='TopicPartitions', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_partitions: list[ConsumerGroupDescribeResponse.TopicPartitions] = _NO,
        ) -> None:
            self.topic_partitions = [] if topic_partitions is _NO else topic_partitions

    _s_Assignment.__name__ = 'Assignment'

    class _s_Member(Struct):
        __qualname__ = 'ConsumerGroupDescribeResponse.Member'
        __slots__ = ('member_id', 'instance_id', 'rack_id', 'member_epoch', 'client_id', 'client_host', 'subscribed_topic_names', 'subscribed_topic_regex', 'assignment', 'target_assignment', 'member_type')
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

        def __init__(
            self,
            member_id: str = "",
            instance_id: str | None = None,
            rack_id: str | None = None,
            member_epoch: int = 0,
            client_id: str = "",
            client_host: str = "",
            subscribed_topic_names: list[str] = _NO,
            subscribed_topic_regex: str | None = None,
            assignment: ConsumerGroupDescribeResponse.Assignment = _NO,
            target_assignment: ConsumerGroupDescribeResponse.Assignment = _NO,
            member_type: int = -1,
        ) -> None:
            self.member_id = member_id
            self.instance_id = instance_id
            self.rack_id = rack_id
            self.member_epoch = member_epoch
            self.client_id = client_id
            self.client_host = client_host
            self.subscribed_topic_names = [] if subscribed_topic_names is _NO else subscribed_topic_names
            self.subscribed_topic_regex = subscribed_topic_regex
            self.assignment = _s_Assignment() if assignment is _NO else assignment
            self.target_assignment = _s_Assignment() if target_assignment is _NO else target_assignment
            self.member_type = member_type

    _s_Member.__name__ = 'Member'

    class _s_DescribedGroup(Struct):
        __qualname__ = 'ConsumerGroupDescribeResponse.DescribedGroup'
        __slots__ = ('error_code', 'error_message', 'group_id', 'group_state', 'group_epoch', 'assignment_epoch', 'assignor_name', 'members', 'authorized_operations')
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

        def __init__(
            self,
            error_code: int = 0,
            error_message: str | None = None,
            group_id: str = "",
            group_state: str = "",
            group_epoch: int = 0,
            assignment_epoch: int = 0,
            assignor_name: str = "",
            members: list[ConsumerGroupDescribeResponse.Member] = _NO,
            authorized_operations: int = -2147483648,
        ) -> None:
            self.error_code = error_code
            self.error_message = error_message
            self.group_id = group_id
            self.group_state = group_state
            self.group_epoch = group_epoch
            self.assignment_epoch = assignment_epoch
            self.assignor_name = assignor_name
            self.members = [] if members is _NO else members
            self.authorized_operations = authorized_operations

    _s_DescribedGroup.__name__ = 'DescribedGroup'

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
        __slots__ = ('throttle_time_ms', 'groups')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('groups', 'Groups', 'struct', array=True, struct='DescribedGroup', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            groups: list[ConsumerGroupDescribeResponse.DescribedGroup] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.groups = [] if groups is _NO else groups

    ConsumerGroupDescribeResponse.TopicPartitions = _s_TopicPartitions  # type: ignore[attr-defined]
    ConsumerGroupDescribeResponse.Assignment = _s_Assignment  # type: ignore[attr-defined]
    ConsumerGroupDescribeResponse.Member = _s_Member  # type: ignore[attr-defined]
    ConsumerGroupDescribeResponse.DescribedGroup = _s_DescribedGroup  # type: ignore[attr-defined]
    return ConsumerGroupDescribeResponse
"""

_SOURCES['ConsumerGroupHeartbeatRequest'] = r"""
def _build_ConsumerGroupHeartbeatRequest() -> type[Message]:
    class _s_TopicPartitions(Struct):
        __qualname__ = 'ConsumerGroupHeartbeatRequest.TopicPartitions'
        __slots__ = ('topic_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[int] = _NO,
        ) -> None:
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions

    _s_TopicPartitions.__name__ = 'TopicPartitions'

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
        __slots__ = ('group_id', 'member_id', 'member_epoch', 'instance_id', 'rack_id', 'rebalance_timeout_ms', 'subscribed_topic_names', 'subscribed_topic_regex', 'server_assignor', 'topic_partitions')
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

        def __init__(
            self,
            group_id: str = "",
            member_id: str = "",
            member_epoch: int = 0,
            instance_id: str | None = None,
            rack_id: str | None = None,
            rebalance_timeout_ms: int = -1,
            subscribed_topic_names: list[str] | None = None,
            subscribed_topic_regex: str | None = None,
            server_assignor: str | None = None,
            topic_partitions: list[ConsumerGroupHeartbeatRequest.TopicPartitions] | None = None,
        ) -> None:
            self.group_id = group_id
            self.member_id = member_id
            self.member_epoch = member_epoch
            self.instance_id = instance_id
            self.rack_id = rack_id
            self.rebalance_timeout_ms = rebalance_timeout_ms
            self.subscribed_topic_names = subscribed_topic_names
            self.subscribed_topic_regex = subscribed_topic_regex
            self.server_assignor = server_assignor
            self.topic_partitions = topic_partitions

    ConsumerGroupHeartbeatRequest.TopicPartitions = _s_TopicPartitions  # type: ignore[attr-defined]
    return ConsumerGroupHeartbeatRequest
"""

_SOURCES['ConsumerGroupHeartbeatResponse'] = r"""
def _build_ConsumerGroupHeartbeatResponse() -> type[Message]:
    class _s_TopicPartitions(Struct):
        __qualname__ = 'ConsumerGroupHeartbeatResponse.TopicPartitions'
        __slots__ = ('topic_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[int] = _NO,
        ) -> None:
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions

    _s_TopicPartitions.__name__ = 'TopicPartitions'

    class _s_Assignment(Struct):
        __qualname__ = 'ConsumerGroupHeartbeatResponse.Assignment'
        __slots__ = ('topic_partitions',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_partitions', 'TopicPartitions', 'struct', array=True, struct='TopicPartitions', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_partitions: list[ConsumerGroupHeartbeatResponse.TopicPartitions] = _NO,
        ) -> None:
            self.topic_partitions = [] if topic_partitions is _NO else topic_partitions

    _s_Assignment.__name__ = 'Assignment'

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
        __slots__ = ('throttle_time_ms', 'error_code', 'error_message', 'member_id', 'member_epoch', 'heartbeat_interval_ms', 'assignment')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('member_id', 'MemberId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('member_epoch', 'MemberEpoch', 'int32', versions=(0, MAXV)),
            F('heartbeat_interval_ms', 'HeartbeatIntervalMs', 'int32', versions=(0, MAXV)),
            F('assignment', 'Assignment', 'struct', struct='Assignment', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            error_message: str | None = None,
            member_id: str | None = None,
            member_epoch: int = 0,
            heartbeat_interval_ms: int = 0,
            assignment: ConsumerGroupHeartbeatResponse.Assignment | None = None,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.error_message = error_message
            self.member_id = member_id
            self.member_epoch = member_epoch
            self.heartbeat_interval_ms = heartbeat_interval_ms
            self.assignment = assignment

    ConsumerGroupHeartbeatResponse.TopicPartitions = _s_TopicPartitions  # type: ignore[attr-defined]
    ConsumerGroupHeartbeatResponse.Assignment = _s_Assignment  # type: ignore[attr-defined]
    return ConsumerGroupHeartbeatResponse
"""

_SOURCES['ConsumerGroupMemberMetadataKey'] = r"""
def _build_ConsumerGroupMemberMetadataKey() -> type[Message]:
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
        __slots__ = ('group_id', 'member_id')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
            F('member_id', 'MemberId', 'string', versions=(0, 0)),
        )

        def __init__(
            self,
            group_id: str = "",
            member_id: str = "",
        ) -> None:
            self.group_id = group_id
            self.member_id = member_id

    return ConsumerGroupMemberMetadataKey
"""

_SOURCES['ConsumerGroupMemberMetadataValue'] = r"""
def _build_ConsumerGroupMemberMetadataValue() -> type[Message]:
    class _s_ClassicProtocol(Struct):
        __qualname__ = 'ConsumerGroupMemberMetadataValue.ClassicProtocol'
        __slots__ = ('name', 'metadata')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('metadata', 'Metadata', 'bytes', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            metadata: bytes = b"",
        ) -> None:
            self.name = name
            self.metadata = metadata

    _s_ClassicProtocol.__name__ = 'ClassicProtocol'

    class _s_ClassicMemberMetadata(Struct):
        __qualname__ = 'ConsumerGroupMemberMetadataValue.ClassicMemberMetadata'
        __slots__ = ('session_timeout_ms', 'supported_protocols')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('session_timeout_ms', 'SessionTimeoutMs', 'int32', versions=(0, MAXV)),
            F('supported_protocols', 'SupportedProtocols', 'struct', array=True, struct='ClassicProtocol', versions=(0, MAXV)),
        )

        def __init__(
            self,
            session_timeout_ms: int = 0,
            supported_protocols: list[ConsumerGroupMemberMetadataValue.ClassicProtocol] = _NO,
        ) -> None:
            self.session_timeout_ms = session_timeout_ms
            self.supported_protocols = [] if supported_protocols is _NO else supported_protocols

    _s_ClassicMemberMetadata.__name__ = 'ClassicMemberMetadata'

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
        __slots__ = ('instance_id', 'rack_id', 'client_id', 'client_host', 'subscribed_topic_names', 'subscribed_topic_regex', 'rebalance_timeout_ms', 'server_assignor', 'classic_member_metadata')
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

        def __init__(
            self,
            instance_id: str | None = "",
            rack_id: str | None = "",
            client_id: str = "",
            client_host: str = "",
            subscribed_topic_names: list[str] = _NO,
            subscribed_topic_regex: str | None = "",
            rebalance_timeout_ms: int = -1,
            server_assignor: str | None = "",
            classic_member_metadata: ConsumerGroupMemberMetadataValue.ClassicMemberMetadata | None = _NO,
        ) -> None:
            self.instance_id = instance_id
            self.rack_id = rack_id
            self.client_id = client_id
            self.client_host = client_host
            self.subscribed_topic_names = [] if subscribed_topic_names is _NO else subscribed_topic_names
            self.subscribed_topic_regex = subscribed_topic_regex
            self.rebalance_timeout_ms = rebalance_timeout_ms
            self.server_assignor = server_assignor
            self.classic_member_metadata = _s_ClassicMemberMetadata() if classic_member_metadata is _NO else classic_member_metadata

    ConsumerGroupMemberMetadataValue.ClassicProtocol = _s_ClassicProtocol  # type: ignore[attr-defined]
    ConsumerGroupMemberMetadataValue.ClassicMemberMetadata = _s_ClassicMemberMetadata  # type: ignore[attr-defined]
    return ConsumerGroupMemberMetadataValue
"""

_SOURCES['ConsumerGroupMetadataKey'] = r"""
def _build_ConsumerGroupMetadataKey() -> type[Message]:
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
        __slots__ = ('group_id',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
        )

        def __init__(
            self,
            group_id: str = "",
        ) -> None:
            self.group_id = group_id

    return ConsumerGroupMetadataKey
"""

_SOURCES['ConsumerGroupMetadataValue'] = r"""
def _build_ConsumerGroupMetadataValue() -> type[Message]:
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
        __slots__ = ('epoch', 'metadata_hash')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('epoch', 'Epoch', 'int32', versions=(0, MAXV)),
            F('metadata_hash', 'MetadataHash', 'int64', versions=(0, MAXV), tag=0, tagged=(0, MAXV)),
        )

        def __init__(
            self,
            epoch: int = 0,
            metadata_hash: int = 0,
        ) -> None:
            self.epoch = epoch
            self.metadata_hash = metadata_hash

    return ConsumerGroupMetadataValue
"""

_SOURCES['ConsumerGroupPartitionMetadataKey'] = r"""
def _build_ConsumerGroupPartitionMetadataKey() -> type[Message]:
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
        __slots__ = ('group_id',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
        )

        def __init__(
            self,
            group_id: str = "",
        ) -> None:
            self.group_id = group_id

    return ConsumerGroupPartitionMetadataKey
"""

_SOURCES['ConsumerGroupPartitionMetadataValue'] = r"""
def _build_ConsumerGroupPartitionMetadataValue() -> type[Message]:
    class _s_PartitionMetadata(Struct):
        __qualname__ = 'ConsumerGroupPartitionMetadataValue.PartitionMetadata'
        __slots__ = ('partition', 'racks')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition', 'Partition', 'int32', versions=(0, MAXV)),
            F('racks', 'Racks', 'string', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition: int = 0,
            racks: list[str] = _NO,
        ) -> None:
            self.partition = partition
            self.racks = [] if racks is _NO else racks

    _s_PartitionMetadata.__name__ = 'PartitionMetadata'

    class _s_TopicMetadata(Struct):
        __qualname__ = 'ConsumerGroupPartitionMetadataValue.TopicMetadata'
        __slots__ = ('topic_id', 'topic_name', 'num_partitions', 'partition_metadata')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('num_partitions', 'NumPartitions', 'int32', versions=(0, MAXV)),
            F('partition_metadata', 'PartitionMetadata', 'struct', array=True, struct='PartitionMetadata', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_id: uuid.UUID = ZERO_UUID,
            topic_name: str = "",
            num_partitions: int = 0,
            partition_metadata: list[ConsumerGroupPartitionMetadataValue.PartitionMetadata] = _NO,
        ) -> None:
            self.topic_id = topic_id
            self.topic_name = topic_name
            self.num_partitions = num_partitions
            self.partition_metadata = [] if partition_metadata is _NO else partition_metadata

    _s_TopicMetadata.__name__ = 'TopicMetadata'

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
        __slots__ = ('topics',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topics', 'Topics', 'struct', array=True, struct='TopicMetadata', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topics: list[ConsumerGroupPartitionMetadataValue.TopicMetadata] = _NO,
        ) -> None:
            self.topics = [] if topics is _NO else topics

    ConsumerGroupPartitionMetadataValue.PartitionMetadata = _s_PartitionMetadata  # type: ignore[attr-defined]
    ConsumerGroupPartitionMetadataValue.TopicMetadata = _s_TopicMetadata  # type: ignore[attr-defined]
    return ConsumerGroupPartitionMetadataValue
"""

_SOURCES['ConsumerGroupRegularExpressionKey'] = r"""
def _build_ConsumerGroupRegularExpressionKey() -> type[Message]:
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
        __slots__ = ('group_id', 'regular_expression')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
            F('regular_expression', 'RegularExpression', 'string', versions=(0, 0)),
        )

        def __init__(
            self,
            group_id: str = "",
            regular_expression: str = "",
        ) -> None:
            self.group_id = group_id
            self.regular_expression = regular_expression

    return ConsumerGroupRegularExpressionKey
"""

_SOURCES['ConsumerGroupRegularExpressionValue'] = r"""
def _build_ConsumerGroupRegularExpressionValue() -> type[Message]:
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
        __slots__ = ('topics', 'version', 'timestamp')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topics', 'Topics', 'string', array=True, versions=(0, MAXV)),
            F('version', 'Version', 'int64', versions=(0, MAXV)),
            F('timestamp', 'Timestamp', 'int64', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topics: list[str] = _NO,
            version: int = 0,
            timestamp: int = 0,
        ) -> None:
            self.topics = [] if topics is _NO else topics
            self.version = version
            self.timestamp = timestamp

    return ConsumerGroupRegularExpressionValue
"""

_SOURCES['ConsumerGroupTargetAssignmentMemberKey'] = r"""
def _build_ConsumerGroupTargetAssignmentMemberKey() -> type[Message]:
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
        __slots__ = ('group_id', 'member_id')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
            F('member_id', 'MemberId', 'string', versions=(0, 0)),
        )

        def __init__(
            self,
            group_id: str = "",
            member_id: str = "",
        ) -> None:
            self.group_id = group_id
            self.member_id = member_id

    return ConsumerGroupTargetAssignmentMemberKey
"""

_SOURCES['ConsumerGroupTargetAssignmentMemberValue'] = r"""
def _build_ConsumerGroupTargetAssignmentMemberValue() -> type[Message]:
    class _s_TopicPartition(Struct):
        __qualname__ = 'ConsumerGroupTargetAssignmentMemberValue.TopicPartition'
        __slots__ = ('topic_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[int] = _NO,
        ) -> None:
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions

    _s_TopicPartition.__name__ = 'TopicPartition'

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
        __slots__ = ('topic_partitions',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_partitions', 'TopicPartitions', 'struct', array=True, struct='TopicPartition', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_partitions: list[ConsumerGroupTargetAssignmentMemberValue.TopicPartition] = _NO,
        ) -> None:
            self.topic_partitions = [] if topic_partitions is _NO else topic_partitions

    ConsumerGroupTargetAssignmentMemberValue.TopicPartition = _s_TopicPartition  # type: ignore[attr-defined]
    return ConsumerGroupTargetAssignmentMemberValue
"""

_SOURCES['ConsumerGroupTargetAssignmentMetadataKey'] = r"""
def _build_ConsumerGroupTargetAssignmentMetadataKey() -> type[Message]:
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
        __slots__ = ('group_id',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
        )

        def __init__(
            self,
            group_id: str = "",
        ) -> None:
            self.group_id = group_id

    return ConsumerGroupTargetAssignmentMetadataKey
"""

_SOURCES['ConsumerGroupTargetAssignmentMetadataValue'] = r"""
def _build_ConsumerGroupTargetAssignmentMetadataValue() -> type[Message]:
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
        __slots__ = ('assignment_epoch', 'assignment_timestamp')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('assignment_epoch', 'AssignmentEpoch', 'int32', versions=(0, MAXV)),
            F('assignment_timestamp', 'AssignmentTimestamp', 'int64', versions=(0, MAXV), tag=0, tagged=(0, MAXV), ignorable=True),
        )

        def __init__(
            self,
            assignment_epoch: int = 0,
            assignment_timestamp: int = 0,
        ) -> None:
            self.assignment_epoch = assignment_epoch
            self.assignment_timestamp = assignment_timestamp

    return ConsumerGroupTargetAssignmentMetadataValue
"""

_SOURCES['ConsumerProtocolAssignment'] = r"""
def _build_ConsumerProtocolAssignment() -> type[Message]:
    class _s_TopicPartition(Struct):
        __qualname__ = 'ConsumerProtocolAssignment.TopicPartition'
        __slots__ = ('topic', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic', 'Topic', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic: str = "",
            partitions: list[int] = _NO,
        ) -> None:
            self.topic = topic
            self.partitions = [] if partitions is _NO else partitions

    _s_TopicPartition.__name__ = 'TopicPartition'

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
        __slots__ = ('assigned_partitions', 'user_data')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('assigned_partitions', 'AssignedPartitions', 'struct', array=True, struct='TopicPartition', versions=(0, MAXV)),
            F('user_data', 'UserData', 'bytes', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            assigned_partitions: list[ConsumerProtocolAssignment.TopicPartition] = _NO,
            user_data: bytes | None = None,
        ) -> None:
            self.assigned_partitions = [] if assigned_partitions is _NO else assigned_partitions
            self.user_data = user_data

    ConsumerProtocolAssignment.TopicPartition = _s_TopicPartition  # type: ignore[attr-defined]
    return ConsumerProtocolAssignment
"""

_SOURCES['ConsumerProtocolSubscription'] = r"""
def _build_ConsumerProtocolSubscription() -> type[Message]:
    class _s_TopicPartition(Struct):
        __qualname__ = 'ConsumerProtocolSubscription.TopicPartition'
        __slots__ = ('topic', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic', 'Topic', 'string', versions=(1, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(1, MAXV)),
        )

        def __init__(
            self,
            topic: str = "",
            partitions: list[int] = _NO,
        ) -> None:
            self.topic = topic
            self.partitions = [] if partitions is _NO else partitions

    _s_TopicPartition.__name__ = 'TopicPartition'

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
        __slots__ = ('topics', 'user_data', 'owned_partitions', 'generation_id', 'rack_id')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topics', 'Topics', 'string', array=True, versions=(0, MAXV)),
            F('user_data', 'UserData', 'bytes', versions=(0, MAXV), nullable=(0, MAXV)),
            F('owned_partitions', 'OwnedPartitions', 'struct', array=True, struct='TopicPartition', versions=(1, MAXV), ignorable=True),
            F('generation_id', 'GenerationId', 'int32', versions=(2, MAXV), ignorable=True),
            F('rack_id', 'RackId', 'string', versions=(3, MAXV), nullable=(3, MAXV), ignorable=True),
        )

        def __init__(
            self,
            topics: list[str] = _NO,
            user_data: bytes | None = None,
            owned_partitions: list[ConsumerProtocolSubscription.TopicPartition] = _NO,
            generation_id: int = -1,
            rack_id: str | None = None,
        ) -> None:
            self.topics = [] if topics is _NO else topics
            self.user_data = user_data
            self.owned_partitions = [] if owned_partitions is _NO else owned_partitions
            self.generation_id = generation_id
            self.rack_id = rack_id

    ConsumerProtocolSubscription.TopicPartition = _s_TopicPartition  # type: ignore[attr-defined]
    return ConsumerProtocolSubscription
"""

_SOURCES['ControlRecordTypeSchema'] = r"""
def _build_ControlRecordTypeSchema() -> type[Message]:
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
        __slots__ = ('type',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('type', 'Type', 'int16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            type: int = 0,
        ) -> None:
            self.type = type

    return ControlRecordTypeSchema
"""

_SOURCES['ControlledShutdownRequest'] = r"""
def _build_ControlledShutdownRequest() -> type[Message]:
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
        __slots__ = ()
        _FIELDS: ClassVar[tuple[F, ...]] = (
        )

    return ControlledShutdownRequest
"""

_SOURCES['ControlledShutdownResponse'] = r"""
def _build_ControlledShutdownResponse() -> type[Message]:
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
        __slots__ = ()
        _FIELDS: ClassVar[tuple[F, ...]] = (
        )

    return ControlledShutdownResponse
"""

_SOURCES['ControllerRegistrationRequest'] = r"""
def _build_ControllerRegistrationRequest() -> type[Message]:
    class _s_Listener(Struct):
        __qualname__ = 'ControllerRegistrationRequest.Listener'
        __slots__ = ('name', 'host', 'port', 'security_protocol')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('port', 'Port', 'uint16', versions=(0, MAXV)),
            F('security_protocol', 'SecurityProtocol', 'int16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            host: str = "",
            port: int = 0,
            security_protocol: int = 0,
        ) -> None:
            self.name = name
            self.host = host
            self.port = port
            self.security_protocol = security_protocol

    _s_Listener.__name__ = 'Listener'

    class _s_Feature(Struct):
        __qualname__ = 'ControllerRegistrationRequest.Feature'
        __slots__ = ('name', 'min_supported_version', 'max_supported_version')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('min_supported_version', 'MinSupportedVersion', 'int16', versions=(0, MAXV)),
            F('max_supported_version', 'MaxSupportedVersion', 'int16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            min_supported_version: int = 0,
            max_supported_version: int = 0,
        ) -> None:
            self.name = name
            self.min_supported_version = min_supported_version
            self.max_supported_version = max_supported_version

    _s_Feature.__name__ = 'Feature'

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
        __slots__ = ('controller_id', 'incarnation_id', 'zk_migration_ready', 'listeners', 'features')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('controller_id', 'ControllerId', 'int32', versions=(0, MAXV)),
            F('incarnation_id', 'IncarnationId', 'uuid', versions=(0, MAXV)),
            F('zk_migration_ready', 'ZkMigrationReady', 'bool', versions=(0, MAXV)),
            F('listeners', 'Listeners', 'struct', array=True, struct='Listener', versions=(0, MAXV)),
            F('features', 'Features', 'struct', array=True, struct='Feature', versions=(0, MAXV)),
        )

        def __init__(
            self,
            controller_id: int = 0,
            incarnation_id: uuid.UUID = ZERO_UUID,
            zk_migration_ready: bool = False,
            listeners: list[ControllerRegistrationRequest.Listener] = _NO,
            features: list[ControllerRegistrationRequest.Feature] = _NO,
        ) -> None:
            self.controller_id = controller_id
            self.incarnation_id = incarnation_id
            self.zk_migration_ready = zk_migration_ready
            self.listeners = [] if listeners is _NO else listeners
            self.features = [] if features is _NO else features

    ControllerRegistrationRequest.Listener = _s_Listener  # type: ignore[attr-defined]
    ControllerRegistrationRequest.Feature = _s_Feature  # type: ignore[attr-defined]
    return ControllerRegistrationRequest
"""

_SOURCES['ControllerRegistrationResponse'] = r"""
def _build_ControllerRegistrationResponse() -> type[Message]:
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
        __slots__ = ('throttle_time_ms', 'error_code', 'error_message')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            error_message: str | None = "",
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.error_message = error_message

    return ControllerRegistrationResponse
"""

_SOURCES['CreateAclsRequest'] = r"""
def _build_CreateAclsRequest() -> type[Message]:
    class _s_AclCreation(Struct):
        __qualname__ = 'CreateAclsRequest.AclCreation'
        __slots__ = ('resource_type', 'resource_name', 'resource_pattern_type', 'principal', 'host', 'operation', 'permission_type')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('resource_type', 'ResourceType', 'int8', versions=(0, MAXV)),
            F('resource_name', 'ResourceName', 'string', versions=(0, MAXV)),
            F('resource_pattern_type', 'ResourcePatternType', 'int8', versions=(1, MAXV)),
            F('principal', 'Principal', 'string', versions=(0, MAXV)),
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('operation', 'Operation', 'int8', versions=(0, MAXV)),
            F('permission_type', 'PermissionType', 'int8', versions=(0, MAXV)),
        )

        def __init__(
            self,
            resource_type: int = 0,
            resource_name: str = "",
            resource_pattern_type: int = 3,
            principal: str = "",
            host: str = "",
            operation: int = 0,
            permission_type: int = 0,
        ) -> None:
            self.resource_type = resource_type
            self.resource_name = resource_name
            self.resource_pattern_type = resource_pattern_type
            self.principal = principal
            self.host = host
            self.operation = operation
            self.permission_type = permission_type

    _s_AclCreation.__name__ = 'AclCreation'

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
        __slots__ = ('creations',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('creations', 'Creations', 'struct', array=True, struct='AclCreation', versions=(0, MAXV)),
        )

        def __init__(
            self,
            creations: list[CreateAclsRequest.AclCreation] = _NO,
        ) -> None:
            self.creations = [] if creations is _NO else creations

    CreateAclsRequest.AclCreation = _s_AclCreation  # type: ignore[attr-defined]
    return CreateAclsRequest
"""

_SOURCES['CreateAclsResponse'] = r"""
def _build_CreateAclsResponse() -> type[Message]:
    class _s_AclCreationResult(Struct):
        __qualname__ = 'CreateAclsResponse.AclCreationResult'
        __slots__ = ('error_code', 'error_message')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            error_code: int = 0,
            error_message: str | None = "",
        ) -> None:
            self.error_code = error_code
            self.error_message = error_message

    _s_AclCreationResult.__name__ = 'AclCreationResult'

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
        __slots__ = ('throttle_time_ms', 'results')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('results', 'Results', 'struct', array=True, struct='AclCreationResult', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            results: list[CreateAclsResponse.AclCreationResult] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.results = [] if results is _NO else results

    CreateAclsResponse.AclCreationResult = _s_AclCreationResult  # type: ignore[attr-defined]
    return CreateAclsResponse
"""

_SOURCES['CreateDelegationTokenRequest'] = r"""
def _build_CreateDelegationTokenRequest() -> type[Message]:
    class _s_CreatableRenewers(Struct):
        __qualname__ = 'CreateDelegationTokenRequest.CreatableRenewers'
        __slots__ = ('principal_type', 'principal_name')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('principal_type', 'PrincipalType', 'string', versions=(0, MAXV)),
            F('principal_name', 'PrincipalName', 'string', versions=(0, MAXV)),
        )

        def __init__(
            self,
            principal_type: str = "",
            principal_name: str = "",
        ) -> None:
            self.principal_type = principal_type
            self.principal_name = principal_name

    _s_CreatableRenewers.__name__ = 'CreatableRenewers'

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
        __slots__ = ('owner_principal_type', 'owner_principal_name', 'renewers', 'max_lifetime_ms')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('owner_principal_type', 'OwnerPrincipalType', 'string', versions=(3, MAXV), nullable=(3, MAXV)),
            F('owner_principal_name', 'OwnerPrincipalName', 'string', versions=(3, MAXV), nullable=(3, MAXV)),
            F('renewers', 'Renewers', 'struct', array=True, struct='CreatableRenewers', versions=(0, MAXV)),
            F('max_lifetime_ms', 'MaxLifetimeMs', 'int64', versions=(0, MAXV)),
        )

        def __init__(
            self,
            owner_principal_type: str | None = "",
            owner_principal_name: str | None = "",
            renewers: list[CreateDelegationTokenRequest.CreatableRenewers] = _NO,
            max_lifetime_ms: int = 0,
        ) -> None:
            self.owner_principal_type = owner_principal_type
            self.owner_principal_name = owner_principal_name
            self.renewers = [] if renewers is _NO else renewers
            self.max_lifetime_ms = max_lifetime_ms

    CreateDelegationTokenRequest.CreatableRenewers = _s_CreatableRenewers  # type: ignore[attr-defined]
    return CreateDelegationTokenRequest
"""

_SOURCES['CreateDelegationTokenResponse'] = r"""
def _build_CreateDelegationTokenResponse() -> type[Message]:
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
        __slots__ = ('error_code', 'principal_type', 'principal_name', 'token_requester_principal_type', 'token_requester_principal_name', 'issue_timestamp_ms', 'expiry_timestamp_ms', 'max_timestamp_ms', 'token_id', 'hmac', 'throttle_time_ms')
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

        def __init__(
            self,
            error_code: int = 0,
            principal_type: str = "",
            principal_name: str = "",
            token_requester_principal_type: str = "",
            token_requester_principal_name: str = "",
            issue_timestamp_ms: int = 0,
            expiry_timestamp_ms: int = 0,
            max_timestamp_ms: int = 0,
            token_id: str = "",
            hmac: bytes = b"",
            throttle_time_ms: int = 0,
        ) -> None:
            self.error_code = error_code
            self.principal_type = principal_type
            self.principal_name = principal_name
            self.token_requester_principal_type = token_requester_principal_type
            self.token_requester_principal_name = token_requester_principal_name
            self.issue_timestamp_ms = issue_timestamp_ms
            self.expiry_timestamp_ms = expiry_timestamp_ms
            self.max_timestamp_ms = max_timestamp_ms
            self.token_id = token_id
            self.hmac = hmac
            self.throttle_time_ms = throttle_time_ms

    return CreateDelegationTokenResponse
"""

_SOURCES['CreatePartitionsRequest'] = r"""
def _build_CreatePartitionsRequest() -> type[Message]:
    class _s_CreatePartitionsAssignment(Struct):
        __qualname__ = 'CreatePartitionsRequest.CreatePartitionsAssignment'
        __slots__ = ('broker_ids',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('broker_ids', 'BrokerIds', 'int32', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            broker_ids: list[int] = _NO,
        ) -> None:
            self.broker_ids = [] if broker_ids is _NO else broker_ids

    _s_CreatePartitionsAssignment.__name__ = 'CreatePartitionsAssignment'

    class _s_CreatePartitionsTopic(Struct):
        __qualname__ = 'CreatePartitionsRequest.CreatePartitionsTopic'
        __slots__ = ('name', 'count', 'assignments')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('count', 'Count', 'int32', versions=(0, MAXV)),
            F('assignments', 'Assignments', 'struct', array=True, struct='CreatePartitionsAssignment', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            count: int = 0,
            assignments: list[CreatePartitionsRequest.CreatePartitionsAssignment] | None = _NO,
        ) -> None:
            self.name = name
            self.count = count
            self.assignments = [] if assignments is _NO else assignments

    _s_CreatePartitionsTopic.__name__ = 'CreatePartitionsTopic'

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
        __slots__ = ('topics', 'timeout_ms', 'validate_only')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topics', 'Topics', 'struct', array=True, struct='CreatePartitionsTopic', versions=(0, MAXV)),
            F('timeout_ms', 'TimeoutMs', 'int32', versions=(0, MAXV)),
            F('validate_only', 'ValidateOnly', 'bool', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topics: list[CreatePartitionsRequest.CreatePartitionsTopic] = _NO,
            timeout_ms: int = 0,
            validate_only: bool = False,
        ) -> None:
            self.topics = [] if topics is _NO else topics
            self.timeout_ms = timeout_ms
            self.validate_only = validate_only

    CreatePartitionsRequest.CreatePartitionsAssignment = _s_CreatePartitionsAssignment  # type: ignore[attr-defined]
    CreatePartitionsRequest.CreatePartitionsTopic = _s_CreatePartitionsTopic  # type: ignore[attr-defined]
    return CreatePartitionsRequest
"""

_SOURCES['CreatePartitionsResponse'] = r"""
def _build_CreatePartitionsResponse() -> type[Message]:
    class _s_CreatePartitionsTopicResult(Struct):
        __qualname__ = 'CreatePartitionsResponse.CreatePartitionsTopicResult'
        __slots__ = ('name', 'error_code', 'error_message')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            error_code: int = 0,
            error_message: str | None = None,
        ) -> None:
            self.name = name
            self.error_code = error_code
            self.error_message = error_message

    _s_CreatePartitionsTopicResult.__name__ = 'CreatePartitionsTopicResult'

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
        __slots__ = ('throttle_time_ms', 'results')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('results', 'Results', 'struct', array=True, struct='CreatePartitionsTopicResult', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            results: list[CreatePartitionsResponse.CreatePartitionsTopicResult] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.results = [] if results is _NO else results

    CreatePartitionsResponse.CreatePartitionsTopicResult = _s_CreatePartitionsTopicResult  # type: ignore[attr-defined]
    return CreatePartitionsResponse
"""

_SOURCES['CreateTopicsRequest'] = r"""
def _build_CreateTopicsRequest() -> type[Message]:
    class _s_CreatableReplicaAssignment(Struct):
        __qualname__ = 'CreateTopicsRequest.CreatableReplicaAssignment'
        __slots__ = ('partition_index', 'broker_ids')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('broker_ids', 'BrokerIds', 'int32', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
            broker_ids: list[int] = _NO,
        ) -> None:
            self.partition_index = partition_index
            self.broker_ids = [] if broker_ids is _NO else broker_ids

    _s_CreatableReplicaAssignment.__name__ = 'CreatableReplicaAssignment'

    class _s_CreatableTopicConfig(Struct):
        __qualname__ = 'CreateTopicsRequest.CreatableTopicConfig'
        __slots__ = ('name', 'value')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('value', 'Value', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            value: str | None = "",
        ) -> None:
            self.name = name
            self.value = value

    _s_CreatableTopicConfig.__name__ = 'CreatableTopicConfig'

    class _s_CreatableTopic(Struct):
        __qualname__ = 'CreateTopicsRequest.CreatableTopic'
        __slots__ = ('name', 'num_partitions', 'replication_factor', 'assignments', 'configs')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('num_partitions', 'NumPartitions', 'int32', versions=(0, MAXV)),
            F('replication_factor', 'ReplicationFactor', 'int16', versions=(0, MAXV)),
            F('assignments', 'Assignments', 'struct', array=True, struct='CreatableReplicaAssignment', versions=(0, MAXV)),
            F('configs', 'Configs', 'struct', array=True, struct='CreatableTopicConfig', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            num_partitions: int = 0,
            replication_factor: int = 0,
            assignments: list[CreateTopicsRequest.CreatableReplicaAssignment] = _NO,
            configs: list[CreateTopicsRequest.CreatableTopicConfig] = _NO,
        ) -> None:
            self.name = name
            self.num_partitions = num_partitions
            self.replication_factor = replication_factor
            self.assignments = [] if assignments is _NO else assignments
            self.configs = [] if configs is _NO else configs

    _s_CreatableTopic.__name__ = 'CreatableTopic'

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
        __slots__ = ('topics', 'timeout_ms', 'validate_only')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topics', 'Topics', 'struct', array=True, struct='CreatableTopic', versions=(0, MAXV)),
            F('timeout_ms', 'timeoutMs', 'int32', versions=(0, MAXV)),
            F('validate_only', 'validateOnly', 'bool', versions=(1, MAXV)),
        )

        def __init__(
            self,
            topics: list[CreateTopicsRequest.CreatableTopic] = _NO,
            timeout_ms: int = 60000,
            validate_only: bool = False,
        ) -> None:
            self.topics = [] if topics is _NO else topics
            self.timeout_ms = timeout_ms
            self.validate_only = validate_only

    CreateTopicsRequest.CreatableReplicaAssignment = _s_CreatableReplicaAssignment  # type: ignore[attr-defined]
    CreateTopicsRequest.CreatableTopicConfig = _s_CreatableTopicConfig  # type: ignore[attr-defined]
    CreateTopicsRequest.CreatableTopic = _s_CreatableTopic  # type: ignore[attr-defined]
    return CreateTopicsRequest
"""

_SOURCES['CreateTopicsResponse'] = r"""
def _build_CreateTopicsResponse() -> type[Message]:
    class _s_CreatableTopicConfigs(Struct):
        __qualname__ = 'CreateTopicsResponse.CreatableTopicConfigs'
        __slots__ = ('name', 'value', 'read_only', 'config_source', 'is_sensitive')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(5, MAXV)),
            F('value', 'Value', 'string', versions=(5, MAXV), nullable=(5, MAXV)),
            F('read_only', 'ReadOnly', 'bool', versions=(5, MAXV)),
            F('config_source', 'ConfigSource', 'int8', versions=(5, MAXV), ignorable=True),
            F('is_sensitive', 'IsSensitive', 'bool', versions=(5, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            value: str | None = "",
            read_only: bool = False,
            config_source: int = -1,
            is_sensitive: bool = False,
        ) -> None:
            self.name = name
            self.value = value
            self.read_only = read_only
            self.config_source = config_source
            self.is_sensitive = is_sensitive

    _s_CreatableTopicConfigs.__name__ = 'CreatableTopicConfigs'

    class _s_CreatableTopicResult(Struct):
        __qualname__ = 'CreateTopicsResponse.CreatableTopicResult'
        __slots__ = ('name', 'topic_id', 'error_code', 'error_message', 'topic_config_error_code', 'num_partitions', 'replication_factor', 'configs')
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

        def __init__(
            self,
            name: str = "",
            topic_id: uuid.UUID = ZERO_UUID,
            error_code: int = 0,
            error_message: str | None = "",
            topic_config_error_code: int = 0,
            num_partitions: int = -1,
            replication_factor: int = -1,
            configs: list[CreateTopicsResponse.CreatableTopicConfigs] | None = _NO,
        ) -> None:
            self.name = name
            self.topic_id = topic_id
            self.error_code = error_code
            self.error_message = error_message
            self.topic_config_error_code = topic_config_error_code
            self.num_partitions = num_partitions
            self.replication_factor = replication_factor
            self.configs = [] if configs is _NO else configs

    _s_CreatableTopicResult.__name__ = 'CreatableTopicResult'

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
        __slots__ = ('throttle_time_ms', 'topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(2, MAXV), ignorable=True),
            F('topics', 'Topics', 'struct', array=True, struct='CreatableTopicResult', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            topics: list[CreateTopicsResponse.CreatableTopicResult] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.topics = [] if topics is _NO else topics

    CreateTopicsResponse.CreatableTopicConfigs = _s_CreatableTopicConfigs  # type: ignore[attr-defined]
    CreateTopicsResponse.CreatableTopicResult = _s_CreatableTopicResult  # type: ignore[attr-defined]
    return CreateTopicsResponse
"""

_SOURCES['DefaultPrincipalData'] = r"""
def _build_DefaultPrincipalData() -> type[Message]:
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
        __slots__ = ('type', 'name', 'token_authenticated')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('type', 'Type', 'string', versions=(0, MAXV)),
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('token_authenticated', 'TokenAuthenticated', 'bool', versions=(0, MAXV)),
        )

        def __init__(
            self,
            type: str = "",
            name: str = "",
            token_authenticated: bool = False,
        ) -> None:
            self.type = type
            self.name = name
            self.token_authenticated = token_authenticated

    return DefaultPrincipalData
"""

_SOURCES['DelegationTokenRecord'] = r"""
def _build_DelegationTokenRecord() -> type[Message]:
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
        __slots__ = ('owner', 'requester', 'renewers', 'issue_timestamp', 'max_timestamp', 'expiration_timestamp', 'token_id')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('owner', 'Owner', 'string', versions=(0, MAXV)),
            F('requester', 'Requester', 'string', versions=(0, MAXV)),
            F('renewers', 'Renewers', 'string', array=True, versions=(0, MAXV)),
            F('issue_timestamp', 'IssueTimestamp', 'int64', versions=(0, MAXV)),
            F('max_timestamp', 'MaxTimestamp', 'int64', versions=(0, MAXV)),
            F('expiration_timestamp', 'ExpirationTimestamp', 'int64', versions=(0, MAXV)),
            F('token_id', 'TokenId', 'string', versions=(0, MAXV)),
        )

        def __init__(
            self,
            owner: str = "",
            requester: str = "",
            renewers: list[str] = _NO,
            issue_timestamp: int = 0,
            max_timestamp: int = 0,
            expiration_timestamp: int = 0,
            token_id: str = "",
        ) -> None:
            self.owner = owner
            self.requester = requester
            self.renewers = [] if renewers is _NO else renewers
            self.issue_timestamp = issue_timestamp
            self.max_timestamp = max_timestamp
            self.expiration_timestamp = expiration_timestamp
            self.token_id = token_id

    return DelegationTokenRecord
"""

_SOURCES['DeleteAclsRequest'] = r"""
def _build_DeleteAclsRequest() -> type[Message]:
    class _s_DeleteAclsFilter(Struct):
        __qualname__ = 'DeleteAclsRequest.DeleteAclsFilter'
        __slots__ = ('resource_type_filter', 'resource_name_filter', 'pattern_type_filter', 'principal_filter', 'host_filter', 'operation', 'permission_type')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('resource_type_filter', 'ResourceTypeFilter', 'int8', versions=(0, MAXV)),
            F('resource_name_filter', 'ResourceNameFilter', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('pattern_type_filter', 'PatternTypeFilter', 'int8', versions=(1, MAXV)),
            F('principal_filter', 'PrincipalFilter', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('host_filter', 'HostFilter', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('operation', 'Operation', 'int8', versions=(0, MAXV)),
            F('permission_type', 'PermissionType', 'int8', versions=(0, MAXV)),
        )

        def __init__(
            self,
            resource_type_filter: int = 0,
            resource_name_filter: str | None = "",
            pattern_type_filter: int = 3,
            principal_filter: str | None = "",
            host_filter: str | None = "",
            operation: int = 0,
            permission_type: int = 0,
        ) -> None:
            self.resource_type_filter = resource_type_filter
            self.resource_name_filter = resource_name_filter
            self.pattern_type_filter = pattern_type_filter
            self.principal_filter = principal_filter
            self.host_filter = host_filter
            self.operation = operation
            self.permission_type = permission_type

    _s_DeleteAclsFilter.__name__ = 'DeleteAclsFilter'

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
        __slots__ = ('filters',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('filters', 'Filters', 'struct', array=True, struct='DeleteAclsFilter', versions=(0, MAXV)),
        )

        def __init__(
            self,
            filters: list[DeleteAclsRequest.DeleteAclsFilter] = _NO,
        ) -> None:
            self.filters = [] if filters is _NO else filters

    DeleteAclsRequest.DeleteAclsFilter = _s_DeleteAclsFilter  # type: ignore[attr-defined]
    return DeleteAclsRequest
"""

_SOURCES['DeleteAclsResponse'] = r"""
def _build_DeleteAclsResponse() -> type[Message]:
    class _s_DeleteAclsMatchingAcl(Struct):
        __qualname__ = 'DeleteAclsResponse.DeleteAclsMatchingAcl'
        __slots__ = ('error_code', 'error_message', 'resource_type', 'resource_name', 'pattern_type', 'principal', 'host', 'operation', 'permission_type')
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

        def __init__(
            self,
            error_code: int = 0,
            error_message: str | None = "",
            resource_type: int = 0,
            resource_name: str = "",
            pattern_type: int = 3,
            principal: str = "",
            host: str = "",
            operation: int = 0,
            permission_type: int = 0,
        ) -> None:
            self.error_code = error_code
            self.error_message = error_message
            self.resource_type = resource_type
            self.resource_name = resource_name
            self.pattern_type = pattern_type
            self.principal = principal
            self.host = host
            self.operation = operation
            self.permission_type = permission_type

    _s_DeleteAclsMatchingAcl.__name__ = 'DeleteAclsMatchingAcl'

    class _s_DeleteAclsFilterResult(Struct):
        __qualname__ = 'DeleteAclsResponse.DeleteAclsFilterResult'
        __slots__ = ('error_code', 'error_message', 'matching_acls')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('matching_acls', 'MatchingAcls', 'struct', array=True, struct='DeleteAclsMatchingAcl', versions=(0, MAXV)),
        )

        def __init__(
            self,
            error_code: int = 0,
            error_message: str | None = "",
            matching_acls: list[DeleteAclsResponse.DeleteAclsMatchingAcl] = _NO,
        ) -> None:
            self.error_code = error_code
            self.error_message = error_message
            self.matching_acls = [] if matching_acls is _NO else matching_acls

    _s_DeleteAclsFilterResult.__name__ = 'DeleteAclsFilterResult'

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
        __slots__ = ('throttle_time_ms', 'filter_results')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('filter_results', 'FilterResults', 'struct', array=True, struct='DeleteAclsFilterResult', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            filter_results: list[DeleteAclsResponse.DeleteAclsFilterResult] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.filter_results = [] if filter_results is _NO else filter_results

    DeleteAclsResponse.DeleteAclsMatchingAcl = _s_DeleteAclsMatchingAcl  # type: ignore[attr-defined]
    DeleteAclsResponse.DeleteAclsFilterResult = _s_DeleteAclsFilterResult  # type: ignore[attr-defined]
    return DeleteAclsResponse
"""

_SOURCES['DeleteGroupsRequest'] = r"""
def _build_DeleteGroupsRequest() -> type[Message]:
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
        __slots__ = ('groups_names',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('groups_names', 'GroupsNames', 'string', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            groups_names: list[str] = _NO,
        ) -> None:
            self.groups_names = [] if groups_names is _NO else groups_names

    return DeleteGroupsRequest
"""

_SOURCES['DeleteGroupsResponse'] = r"""
def _build_DeleteGroupsResponse() -> type[Message]:
    class _s_DeletableGroupResult(Struct):
        __qualname__ = 'DeleteGroupsResponse.DeletableGroupResult'
        __slots__ = ('group_id', 'error_code')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            group_id: str = "",
            error_code: int = 0,
        ) -> None:
            self.group_id = group_id
            self.error_code = error_code

    _s_DeletableGroupResult.__name__ = 'DeletableGroupResult'

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
        __slots__ = ('throttle_time_ms', 'results')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('results', 'Results', 'struct', array=True, struct='DeletableGroupResult', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            results: list[DeleteGroupsResponse.DeletableGroupResult] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.results = [] if results is _NO else results

    DeleteGroupsResponse.DeletableGroupResult = _s_DeletableGroupResult  # type: ignore[attr-defined]
    return DeleteGroupsResponse
"""

_SOURCES['DeleteRecordsRequest'] = r"""
def _build_DeleteRecordsRequest() -> type[Message]:
    class _s_DeleteRecordsPartition(Struct):
        __qualname__ = 'DeleteRecordsRequest.DeleteRecordsPartition'
        __slots__ = ('partition_index', 'offset')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('offset', 'Offset', 'int64', versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
            offset: int = 0,
        ) -> None:
            self.partition_index = partition_index
            self.offset = offset

    _s_DeleteRecordsPartition.__name__ = 'DeleteRecordsPartition'

    class _s_DeleteRecordsTopic(Struct):
        __qualname__ = 'DeleteRecordsRequest.DeleteRecordsTopic'
        __slots__ = ('name', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='DeleteRecordsPartition', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            partitions: list[DeleteRecordsRequest.DeleteRecordsPartition] = _NO,
        ) -> None:
            self.name = name
            self.partitions = [] if partitions is _NO else partitions

    _s_DeleteRecordsTopic.__name__ = 'DeleteRecordsTopic'

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
        __slots__ = ('topics', 'timeout_ms')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topics', 'Topics', 'struct', array=True, struct='DeleteRecordsTopic', versions=(0, MAXV)),
            F('timeout_ms', 'TimeoutMs', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topics: list[DeleteRecordsRequest.DeleteRecordsTopic] = _NO,
            timeout_ms: int = 0,
        ) -> None:
            self.topics = [] if topics is _NO else topics
            self.timeout_ms = timeout_ms

    DeleteRecordsRequest.DeleteRecordsPartition = _s_DeleteRecordsPartition  # type: ignore[attr-defined]
    DeleteRecordsRequest.DeleteRecordsTopic = _s_DeleteRecordsTopic  # type: ignore[attr-defined]
    return DeleteRecordsRequest
"""

_SOURCES['DeleteRecordsResponse'] = r"""
def _build_DeleteRecordsResponse() -> type[Message]:
    class _s_DeleteRecordsPartitionResult(Struct):
        __qualname__ = 'DeleteRecordsResponse.DeleteRecordsPartitionResult'
        __slots__ = ('partition_index', 'low_watermark', 'error_code')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('low_watermark', 'LowWatermark', 'int64', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
            low_watermark: int = 0,
            error_code: int = 0,
        ) -> None:
            self.partition_index = partition_index
            self.low_watermark = low_watermark
            self.error_code = error_code

    _s_DeleteRecordsPartitionResult.__name__ = 'DeleteRecordsPartitionResult'

    class _s_DeleteRecordsTopicResult(Struct):
        __qualname__ = 'DeleteRecordsResponse.DeleteRecordsTopicResult'
        __slots__ = ('name', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='DeleteRecordsPartitionResult', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            partitions: list[DeleteRecordsResponse.DeleteRecordsPartitionResult] = _NO,
        ) -> None:
            self.name = name
            self.partitions = [] if partitions is _NO else partitions

    _s_DeleteRecordsTopicResult.__name__ = 'DeleteRecordsTopicResult'

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
        __slots__ = ('throttle_time_ms', 'topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='DeleteRecordsTopicResult', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            topics: list[DeleteRecordsResponse.DeleteRecordsTopicResult] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.topics = [] if topics is _NO else topics

    DeleteRecordsResponse.DeleteRecordsPartitionResult = _s_DeleteRecordsPartitionResult  # type: ignore[attr-defined]
    DeleteRecordsResponse.DeleteRecordsTopicResult = _s_DeleteRecordsTopicResult  # type: ignore[attr-defined]
    return DeleteRecordsResponse
"""

_SOURCES['DeleteShareGroupOffsetsRequest'] = r"""
def _build_DeleteShareGroupOffsetsRequest() -> type[Message]:
    class _s_DeleteShareGroupOffsetsRequestTopic(Struct):
        __qualname__ = 'DeleteShareGroupOffsetsRequest.DeleteShareGroupOffsetsRequestTopic'
        __slots__ = ('topic_name',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_name: str = "",
        ) -> None:
            self.topic_name = topic_name

    _s_DeleteShareGroupOffsetsRequestTopic.__name__ = 'DeleteShareGroupOffsetsRequestTopic'

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
        __slots__ = ('group_id', 'topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='DeleteShareGroupOffsetsRequestTopic', versions=(0, MAXV)),
        )

        def __init__(
            self,
            group_id: str = "",
            topics: list[DeleteShareGroupOffsetsRequest.DeleteShareGroupOffsetsRequestTopic] = _NO,
        ) -> None:
            self.group_id = group_id
            self.topics = [] if topics is _NO else topics

    DeleteShareGroupOffsetsRequest.DeleteShareGroupOffsetsRequestTopic = _s_DeleteShareGroupOffsetsRequestTopic  # type: ignore[attr-defined]
    return DeleteShareGroupOffsetsRequest
"""

_SOURCES['DeleteShareGroupOffsetsResponse'] = r"""
def _build_DeleteShareGroupOffsetsResponse() -> type[Message]:
    class _s_DeleteShareGroupOffsetsResponseTopic(Struct):
        __qualname__ = 'DeleteShareGroupOffsetsResponse.DeleteShareGroupOffsetsResponseTopic'
        __slots__ = ('topic_name', 'topic_id', 'error_code', 'error_message')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            topic_name: str = "",
            topic_id: uuid.UUID = ZERO_UUID,
            error_code: int = 0,
            error_message: str | None = None,
        ) -> None:
            self.topic_name = topic_name
            self.topic_id = topic_id
            self.error_code = error_code
            self.error_message = error_message

    _s_DeleteShareGroupOffsetsResponseTopic.__name__ = 'DeleteShareGroupOffsetsResponseTopic'

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
        __slots__ = ('throttle_time_ms', 'error_code', 'error_message', 'responses')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('responses', 'Responses', 'struct', array=True, struct='DeleteShareGroupOffsetsResponseTopic', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            error_message: str | None = None,
            responses: list[DeleteShareGroupOffsetsResponse.DeleteShareGroupOffsetsResponseTopic] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.error_message = error_message
            self.responses = [] if responses is _NO else responses

    DeleteShareGroupOffsetsResponse.DeleteShareGroupOffsetsResponseTopic = _s_DeleteShareGroupOffsetsResponseTopic  # type: ignore[attr-defined]
    return DeleteShareGroupOffsetsResponse
"""

_SOURCES['DeleteShareGroupStateRequest'] = r"""
def _build_DeleteShareGroupStateRequest() -> type[Message]:
    class _s_PartitionData(Struct):
        __qualname__ = 'DeleteShareGroupStateRequest.PartitionData'
        __slots__ = ('partition',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition', 'Partition', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition: int = 0,
        ) -> None:
            self.partition = partition

    _s_PartitionData.__name__ = 'PartitionData'

    class _s_DeleteStateData(Struct):
        __qualname__ = 'DeleteShareGroupStateRequest.DeleteStateData'
        __slots__ = ('topic_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[DeleteShareGroupStateRequest.PartitionData] = _NO,
        ) -> None:
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions

    _s_DeleteStateData.__name__ = 'DeleteStateData'

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
        __slots__ = ('group_id', 'topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='DeleteStateData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            group_id: str = "",
            topics: list[DeleteShareGroupStateRequest.DeleteStateData] = _NO,
        ) -> None:
            self.group_id = group_id
            self.topics = [] if topics is _NO else topics

    DeleteShareGroupStateRequest.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    DeleteShareGroupStateRequest.DeleteStateData = _s_DeleteStateData  # type: ignore[attr-defined]
    return DeleteShareGroupStateRequest
"""

_SOURCES['DeleteShareGroupStateResponse'] = r"""
def _build_DeleteShareGroupStateResponse() -> type[Message]:
    class _s_PartitionResult(Struct):
        __qualname__ = 'DeleteShareGroupStateResponse.PartitionResult'
        __slots__ = ('partition', 'error_code', 'error_message')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition', 'Partition', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            partition: int = 0,
            error_code: int = 0,
            error_message: str | None = None,
        ) -> None:
            self.partition = partition
            self.error_code = error_code
            self.error_message = error_message

    _s_PartitionResult.__name__ = 'PartitionResult'

    class _s_DeleteStateResult(Struct):
        __qualname__ = 'DeleteShareGroupStateResponse.DeleteStateResult'
        __slots__ = ('topic_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionResult', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[DeleteShareGroupStateResponse.PartitionResult] = _NO,
        ) -> None:
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions

    _s_DeleteStateResult.__name__ = 'DeleteStateResult'

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
        __slots__ = ('results',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('results', 'Results', 'struct', array=True, struct='DeleteStateResult', versions=(0, MAXV)),
        )

        def __init__(
            self,
            results: list[DeleteShareGroupStateResponse.DeleteStateResult] = _NO,
        ) -> None:
            self.results = [] if results is _NO else results

    DeleteShareGroupStateResponse.PartitionResult = _s_PartitionResult  # type: ignore[attr-defined]
    DeleteShareGroupStateResponse.DeleteStateResult = _s_DeleteStateResult  # type: ignore[attr-defined]
    return DeleteShareGroupStateResponse
"""

_SOURCES['DeleteTopicsRequest'] = r"""
def _build_DeleteTopicsRequest() -> type[Message]:
    class _s_DeleteTopicState(Struct):
        __qualname__ = 'DeleteTopicsRequest.DeleteTopicState'
        __slots__ = ('name', 'topic_id')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(6, MAXV), nullable=(6, MAXV)),
            F('topic_id', 'TopicId', 'uuid', versions=(6, MAXV)),
        )

        def __init__(
            self,
            name: str | None = None,
            topic_id: uuid.UUID = ZERO_UUID,
        ) -> None:
            self.name = name
            self.topic_id = topic_id

    _s_DeleteTopicState.__name__ = 'DeleteTopicState'

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
        __slots__ = ('topics', 'topic_names', 'timeout_ms')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topics', 'Topics', 'struct', array=True, struct='DeleteTopicState', versions=(6, MAXV)),
            F('topic_names', 'TopicNames', 'string', array=True, versions=(0, 5), ignorable=True),
            F('timeout_ms', 'TimeoutMs', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topics: list[DeleteTopicsRequest.DeleteTopicState] = _NO,
            topic_names: list[str] = _NO,
            timeout_ms: int = 0,
        ) -> None:
            self.topics = [] if topics is _NO else topics
            self.topic_names = [] if topic_names is _NO else topic_names
            self.timeout_ms = timeout_ms

    DeleteTopicsRequest.DeleteTopicState = _s_DeleteTopicState  # type: ignore[attr-defined]
    return DeleteTopicsRequest
"""

_SOURCES['DeleteTopicsResponse'] = r"""
def _build_DeleteTopicsResponse() -> type[Message]:
    class _s_DeletableTopicResult(Struct):
        __qualname__ = 'DeleteTopicsResponse.DeletableTopicResult'
        __slots__ = ('name', 'topic_id', 'error_code', 'error_message')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV), nullable=(6, MAXV)),
            F('topic_id', 'TopicId', 'uuid', versions=(6, MAXV), ignorable=True),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(5, MAXV), nullable=(5, MAXV), ignorable=True),
        )

        def __init__(
            self,
            name: str | None = "",
            topic_id: uuid.UUID = ZERO_UUID,
            error_code: int = 0,
            error_message: str | None = None,
        ) -> None:
            self.name = name
            self.topic_id = topic_id
            self.error_code = error_code
            self.error_message = error_message

    _s_DeletableTopicResult.__name__ = 'DeletableTopicResult'

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
        __slots__ = ('throttle_time_ms', 'responses')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(1, MAXV), ignorable=True),
            F('responses', 'Responses', 'struct', array=True, struct='DeletableTopicResult', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            responses: list[DeleteTopicsResponse.DeletableTopicResult] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.responses = [] if responses is _NO else responses

    DeleteTopicsResponse.DeletableTopicResult = _s_DeletableTopicResult  # type: ignore[attr-defined]
    return DeleteTopicsResponse
"""

_SOURCES['DescribeAclsRequest'] = r"""
def _build_DescribeAclsRequest() -> type[Message]:
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
        __slots__ = ('resource_type_filter', 'resource_name_filter', 'pattern_type_filter', 'principal_filter', 'host_filter', 'operation', 'permission_type')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('resource_type_filter', 'ResourceTypeFilter', 'int8', versions=(0, MAXV)),
            F('resource_name_filter', 'ResourceNameFilter', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('pattern_type_filter', 'PatternTypeFilter', 'int8', versions=(1, MAXV)),
            F('principal_filter', 'PrincipalFilter', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('host_filter', 'HostFilter', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('operation', 'Operation', 'int8', versions=(0, MAXV)),
            F('permission_type', 'PermissionType', 'int8', versions=(0, MAXV)),
        )

        def __init__(
            self,
            resource_type_filter: int = 0,
            resource_name_filter: str | None = "",
            pattern_type_filter: int = 3,
            principal_filter: str | None = "",
            host_filter: str | None = "",
            operation: int = 0,
            permission_type: int = 0,
        ) -> None:
            self.resource_type_filter = resource_type_filter
            self.resource_name_filter = resource_name_filter
            self.pattern_type_filter = pattern_type_filter
            self.principal_filter = principal_filter
            self.host_filter = host_filter
            self.operation = operation
            self.permission_type = permission_type

    return DescribeAclsRequest
"""

_SOURCES['DescribeAclsResponse'] = r"""
def _build_DescribeAclsResponse() -> type[Message]:
    class _s_AclDescription(Struct):
        __qualname__ = 'DescribeAclsResponse.AclDescription'
        __slots__ = ('principal', 'host', 'operation', 'permission_type')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('principal', 'Principal', 'string', versions=(0, MAXV)),
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('operation', 'Operation', 'int8', versions=(0, MAXV)),
            F('permission_type', 'PermissionType', 'int8', versions=(0, MAXV)),
        )

        def __init__(
            self,
            principal: str = "",
            host: str = "",
            operation: int = 0,
            permission_type: int = 0,
        ) -> None:
            self.principal = principal
            self.host = host
            self.operation = operation
            self.permission_type = permission_type

    _s_AclDescription.__name__ = 'AclDescription'

    class _s_DescribeAclsResource(Struct):
        __qualname__ = 'DescribeAclsResponse.DescribeAclsResource'
        __slots__ = ('resource_type', 'resource_name', 'pattern_type', 'acls')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('resource_type', 'ResourceType', 'int8', versions=(0, MAXV)),
            F('resource_name', 'ResourceName', 'string', versions=(0, MAXV)),
            F('pattern_type', 'PatternType', 'int8', versions=(1, MAXV)),
            F('acls', 'Acls', 'struct', array=True, struct='AclDescription', versions=(0, MAXV)),
        )

        def __init__(
            self,
            resource_type: int = 0,
            resource_name: str = "",
            pattern_type: int = 3,
            acls: list[DescribeAclsResponse.AclDescription] = _NO,
        ) -> None:
            self.resource_type = resource_type
            self.resource_name = resource_name
            self.pattern_type = pattern_type
            self.acls = [] if acls is _NO else acls

    _s_DescribeAclsResource.__name__ = 'DescribeAclsResource'

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
        __slots__ = ('throttle_time_ms', 'error_code', 'error_message', 'resources')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('resources', 'Resources', 'struct', array=True, struct='DescribeAclsResource', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            error_message: str | None = "",
            resources: list[DescribeAclsResponse.DescribeAclsResource] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.error_message = error_message
            self.resources = [] if resources is _NO else resources

    DescribeAclsResponse.AclDescription = _s_AclDescription  # type: ignore[attr-defined]
    DescribeAclsResponse.DescribeAclsResource = _s_DescribeAclsResource  # type: ignore[attr-defined]
    return DescribeAclsResponse
"""

_SOURCES['DescribeClientQuotasRequest'] = r"""
def _build_DescribeClientQuotasRequest() -> type[Message]:
    class _s_ComponentData(Struct):
        __qualname__ = 'DescribeClientQuotasRequest.ComponentData'
        __slots__ = ('entity_type', 'match_type', 'match')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('entity_type', 'EntityType', 'string', versions=(0, MAXV)),
            F('match_type', 'MatchType', 'int8', versions=(0, MAXV)),
            F('match', 'Match', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            entity_type: str = "",
            match_type: int = 0,
            match: str | None = "",
        ) -> None:
            self.entity_type = entity_type
            self.match_type = match_type
            self.match = match

    _s_ComponentData.__name__ = 'ComponentData'

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
        __slots__ = ('components', 'strict')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('components', 'Components', 'struct', array=True, struct='ComponentData', versions=(0, MAXV)),
            F('strict', 'Strict', 'bool', versions=(0, MAXV)),
        )

        def __init__(
            self,
            components: list[DescribeClientQuotasRequest.ComponentData] = _NO,
            strict: bool = False,
        ) -> None:
            self.components = [] if components is _NO else components
            self.strict = strict

    DescribeClientQuotasRequest.ComponentData = _s_ComponentData  # type: ignore[attr-defined]
    return DescribeClientQuotasRequest
"""

_SOURCES['DescribeClientQuotasResponse'] = r"""
def _build_DescribeClientQuotasResponse() -> type[Message]:
    class _s_EntityData(Struct):
        __qualname__ = 'DescribeClientQuotasResponse.EntityData'
        __slots__ = ('entity_type', 'entity_name')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('entity_type', 'EntityType', 'string', versions=(0, MAXV)),
            F('entity_name', 'EntityName', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            entity_type: str = "",
            entity_name: str | None = "",
        ) -> None:
            self.entity_type = entity_type
            self.entity_name = entity_name

    _s_EntityData.__name__ = 'EntityData'

    class _s_ValueData(Struct):
        __qualname__ = 'DescribeClientQuotasResponse.ValueData'
        __slots__ = ('key', 'value')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('key', 'Key', 'string', versions=(0, MAXV)),
            F('value', 'Value', 'float64', versions=(0, MAXV)),
        )

        def __init__(
            self,
            key: str = "",
            value: float = 0.0,
        ) -> None:
            self.key = key
            self.value = value

    _s_ValueData.__name__ = 'ValueData'

    class _s_EntryData(Struct):
        __qualname__ = 'DescribeClientQuotasResponse.EntryData'
        __slots__ = ('entity', 'values')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('entity', 'Entity', 'struct', array=True, struct='EntityData', versions=(0, MAXV)),
            F('values', 'Values', 'struct', array=True, struct='ValueData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            entity: list[DescribeClientQuotasResponse.EntityData] = _NO,
            values: list[DescribeClientQuotasResponse.ValueData] = _NO,
        ) -> None:
            self.entity = [] if entity is _NO else entity
            self.values = [] if values is _NO else values

    _s_EntryData.__name__ = 'EntryData'

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
        __slots__ = ('throttle_time_ms', 'error_code', 'error_message', 'entries')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('entries', 'Entries', 'struct', array=True, struct='EntryData', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            error_message: str | None = "",
            entries: list[DescribeClientQuotasResponse.EntryData] | None = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.error_message = error_message
            self.entries = [] if entries is _NO else entries

    DescribeClientQuotasResponse.EntityData = _s_EntityData  # type: ignore[attr-defined]
    DescribeClientQuotasResponse.ValueData = _s_ValueData  # type: ignore[attr-defined]
    DescribeClientQuotasResponse.EntryData = _s_EntryData  # type: ignore[attr-defined]
    return DescribeClientQuotasResponse
"""

_SOURCES['DescribeClusterRequest'] = r"""
def _build_DescribeClusterRequest() -> type[Message]:
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
        __slots__ = ('include_cluster_authorized_operations', 'endpoint_type', 'include_fenced_brokers')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('include_cluster_authorized_operations', 'IncludeClusterAuthorizedOperations', 'bool', versions=(0, MAXV)),
            F('endpoint_type', 'EndpointType', 'int8', versions=(1, MAXV)),
            F('include_fenced_brokers', 'IncludeFencedBrokers', 'bool', versions=(2, MAXV)),
        )

        def __init__(
            self,
            include_cluster_authorized_operations: bool = False,
            endpoint_type: int = 1,
            include_fenced_brokers: bool = False,
        ) -> None:
            self.include_cluster_authorized_operations = include_cluster_authorized_operations
            self.endpoint_type = endpoint_type
            self.include_fenced_brokers = include_fenced_brokers

    return DescribeClusterRequest
"""

_SOURCES['DescribeClusterResponse'] = r"""
def _build_DescribeClusterResponse() -> type[Message]:
    class _s_DescribeClusterBroker(Struct):
        __qualname__ = 'DescribeClusterResponse.DescribeClusterBroker'
        __slots__ = ('broker_id', 'host', 'port', 'rack', 'is_fenced')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('broker_id', 'BrokerId', 'int32', versions=(0, MAXV)),
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('port', 'Port', 'int32', versions=(0, MAXV)),
            F('rack', 'Rack', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('is_fenced', 'IsFenced', 'bool', versions=(2, MAXV)),
        )

        def __init__(
            self,
            broker_id: int = 0,
            host: str = "",
            port: int = 0,
            rack: str | None = None,
            is_fenced: bool = False,
        ) -> None:
            self.broker_id = broker_id
            self.host = host
            self.port = port
            self.rack = rack
            self.is_fenced = is_fenced

    _s_DescribeClusterBroker.__name__ = 'DescribeClusterBroker'

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
        __slots__ = ('throttle_time_ms', 'error_code', 'error_message', 'endpoint_type', 'cluster_id', 'controller_id', 'brokers', 'cluster_authorized_operations')
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

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            error_message: str | None = None,
            endpoint_type: int = 1,
            cluster_id: str = "",
            controller_id: int = -1,
            brokers: list[DescribeClusterResponse.DescribeClusterBroker] = _NO,
            cluster_authorized_operations: int = -2147483648,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.error_message = error_message
            self.endpoint_type = endpoint_type
            self.cluster_id = cluster_id
            self.controller_id = controller_id
            self.brokers = [] if brokers is _NO else brokers
            self.cluster_authorized_operations = cluster_authorized_operations

    DescribeClusterResponse.DescribeClusterBroker = _s_DescribeClusterBroker  # type: ignore[attr-defined]
    return DescribeClusterResponse
"""

_SOURCES['DescribeConfigsRequest'] = r"""
def _build_DescribeConfigsRequest() -> type[Message]:
    class _s_DescribeConfigsResource(Struct):
        __qualname__ = 'DescribeConfigsRequest.DescribeConfigsResource'
        __slots__ = ('resource_type', 'resource_name', 'configuration_keys')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('resource_type', 'ResourceType', 'int8', versions=(0, MAXV)),
            F('resource_name', 'ResourceName', 'string', versions=(0, MAXV)),
            F('configuration_keys', 'ConfigurationKeys', 'string', array=True, versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            resource_type: int = 0,
            resource_name: str = "",
            configuration_keys: list[str] | None = _NO,
        ) -> None:
            self.resource_type = resource_type
            self.resource_name = resource_name
            self.configuration_keys = [] if configuration_keys is _NO else configuration_keys

    _s_DescribeConfigsResource.__name__ = 'DescribeConfigsResource'

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
        __slots__ = ('resources', 'include_synonyms', 'include_documentation')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('resources', 'Resources', 'struct', array=True, struct='DescribeConfigsResource', versions=(0, MAXV)),
            F('include_synonyms', 'IncludeSynonyms', 'bool', versions=(1, MAXV)),
            F('include_documentation', 'IncludeDocumentation', 'bool', versions=(3, MAXV)),
        )

        def __init__(
            self,
            resources: list[DescribeConfigsRequest.DescribeConfigsResource] = _NO,
            include_synonyms: bool = False,
            include_documentation: bool = False,
        ) -> None:
            self.resources = [] if resources is _NO else resources
            self.include_synonyms = include_synonyms
            self.include_documentation = include_documentation

    DescribeConfigsRequest.DescribeConfigsResource = _s_DescribeConfigsResource  # type: ignore[attr-defined]
    return DescribeConfigsRequest
"""

_SOURCES['DescribeConfigsResponse'] = r"""
def _build_DescribeConfigsResponse() -> type[Message]:
    class _s_DescribeConfigsSynonym(Struct):
        __qualname__ = 'DescribeConfigsResponse.DescribeConfigsSynonym'
        __slots__ = ('name', 'value', 'source')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(1, MAXV)),
            F('value', 'Value', 'string', versions=(1, MAXV), nullable=(0, MAXV)),
            F('source', 'Source', 'int8', versions=(1, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            value: str | None = "",
            source: int = 0,
        ) -> None:
            self.name = name
            self.value = value
            self.source = source

    _s_DescribeConfigsSynonym.__name__ = 'DescribeConfigsSynonym'

    class _s_DescribeConfigsResourceResult(Struct):
        __qualname__ = 'DescribeConfigsResponse.DescribeConfigsResourceResult'
        __slots__ = ('name', 'value', 'read_only', 'config_source', 'is_sensitive', 'synonyms', 'config_type', 'documentation')
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

        def __init__(
            self,
            name: str = "",
            value: str | None = "",
            read_only: bool = False,
            config_source: int = -1,
            is_sensitive: bool = False,
            synonyms: list[DescribeConfigsResponse.DescribeConfigsSynonym] = _NO,
            config_type: int = 0,
            documentation: str | None = "",
        ) -> None:
            self.name = name
            self.value = value
            self.read_only = read_only
            self.config_source = config_source
            self.is_sensitive = is_sensitive
            self.synonyms = [] if synonyms is _NO else synonyms
            self.config_type = config_type
            self.documentation = documentation

    _s_DescribeConfigsResourceResult.__name__ = 'DescribeConfigsResourceResult'

    class _s_DescribeConfigsResult(Struct):
        __qualname__ = 'DescribeConfigsResponse.DescribeConfigsResult'
        __slots__ = ('error_code', 'error_message', 'resource_type', 'resource_name', 'configs')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('resource_type', 'ResourceType', 'int8', versions=(0, MAXV)),
            F('resource_name', 'ResourceName', 'string', versions=(0, MAXV)),
            F('configs', 'Configs', 'struct', array=True, struct='DescribeConfigsResourceResult', versions=(0, MAXV)),
        )

        def __init__(
            self,
            error_code: int = 0,
            error_message: str | None = "",
            resource_type: int = 0,
            resource_name: str = "",
            configs: list[DescribeConfigsResponse.DescribeConfigsResourceResult] = _NO,
        ) -> None:
            self.error_code = error_code
            self.error_message = error_message
            self.resource_type = resource_type
            self.resource_name = resource_name
            self.configs = [] if configs is _NO else configs

    _s_DescribeConfigsResult.__name__ = 'DescribeConfigsResult'

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
        __slots__ = ('throttle_time_ms', 'results')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('results', 'Results', 'struct', array=True, struct='DescribeConfigsResult', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            results: list[DescribeConfigsResponse.DescribeConfigsResult] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.results = [] if results is _NO else results

    DescribeConfigsResponse.DescribeConfigsSynonym = _s_DescribeConfigsSynonym  # type: ignore[attr-defined]
    DescribeConfigsResponse.DescribeConfigsResourceResult = _s_DescribeConfigsResourceResult  # type: ignore[attr-defined]
    DescribeConfigsResponse.DescribeConfigsResult = _s_DescribeConfigsResult  # type: ignore[attr-defined]
    return DescribeConfigsResponse
"""

_SOURCES['DescribeDelegationTokenRequest'] = r"""
def _build_DescribeDelegationTokenRequest() -> type[Message]:
    class _s_DescribeDelegationTokenOwner(Struct):
        __qualname__ = 'DescribeDelegationTokenRequest.DescribeDelegationTokenOwner'
        __slots__ = ('principal_type', 'principal_name')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('principal_type', 'PrincipalType', 'string', versions=(0, MAXV)),
            F('principal_name', 'PrincipalName', 'string', versions=(0, MAXV)),
        )

        def __init__(
            self,
            principal_type: str = "",
            principal_name: str = "",
        ) -> None:
            self.principal_type = principal_type
            self.principal_name = principal_name

    _s_DescribeDelegationTokenOwner.__name__ = 'DescribeDelegationTokenOwner'

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
        __slots__ = ('owners',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('owners', 'Owners', 'struct', array=True, struct='DescribeDelegationTokenOwner', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            owners: list[DescribeDelegationTokenRequest.DescribeDelegationTokenOwner] | None = _NO,
        ) -> None:
            self.owners = [] if owners is _NO else owners

    DescribeDelegationTokenRequest.DescribeDelegationTokenOwner = _s_DescribeDelegationTokenOwner  # type: ignore[attr-defined]
    return DescribeDelegationTokenRequest
"""

_SOURCES['DescribeDelegationTokenResponse'] = r"""
def _build_DescribeDelegationTokenResponse() -> type[Message]:
    class _s_DescribedDelegationTokenRenewer(Struct):
        __qualname__ = 'DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer'
        __slots__ = ('principal_type', 'principal_name')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('principal_type', 'PrincipalType', 'string', versions=(0, MAXV)),
            F('principal_name', 'PrincipalName', 'string', versions=(0, MAXV)),
        )

        def __init__(
            self,
            principal_type: str = "",
            principal_name: str = "",
        ) -> None:
            self.principal_type = principal_type
            self.principal_name = principal_name

    _s_DescribedDelegationTokenRenewer.__name__ = 'DescribedDelegationTokenRenewer'

    class _s_DescribedDelegationToken(Struct):
        __qualname__ = 'DescribeDelegationTokenResponse.DescribedDelegationToken'
        __slots__ = ('principal_type', 'principal_name', 'token_requester_principal_type', 'token_requester_principal_name', 'issue_timestamp', 'expiry_timestamp', 'max_timestamp', 'token_id', 'hmac', 'renewers')
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

        def __init__(
            self,
            principal_type: str = "",
            principal_name: str = "",
            token_requester_principal_type: str = "",
            token_requester_principal_name: str = "",
            issue_timestamp: int = 0,
            expiry_timestamp: int = 0,
            max_timestamp: int = 0,
            token_id: str = "",
            hmac: bytes = b"",
            renewers: list[DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer] = _NO,
        ) -> None:
            self.principal_type = principal_type
            self.principal_name = principal_name
            self.token_requester_principal_type = token_requester_principal_type
            self.token_requester_principal_name = token_requester_principal_name
            self.issue_timestamp = issue_timestamp
            self.expiry_timestamp = expiry_timestamp
            self.max_timestamp = max_timestamp
            self.token_id = token_id
            self.hmac = hmac
            self.renewers = [] if renewers is _NO else renewers

    _s_DescribedDelegationToken.__name__ = 'DescribedDelegationToken'

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
        __slots__ = ('error_code', 'tokens', 'throttle_time_ms')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('tokens', 'Tokens', 'struct', array=True, struct='DescribedDelegationToken', versions=(0, MAXV)),
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            error_code: int = 0,
            tokens: list[DescribeDelegationTokenResponse.DescribedDelegationToken] = _NO,
            throttle_time_ms: int = 0,
        ) -> None:
            self.error_code = error_code
            self.tokens = [] if tokens is _NO else tokens
            self.throttle_time_ms = throttle_time_ms

    DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer = _s_DescribedDelegationTokenRenewer  # type: ignore[attr-defined]
    DescribeDelegationTokenResponse.DescribedDelegationToken = _s_DescribedDelegationToken  # type: ignore[attr-defined]
    return DescribeDelegationTokenResponse
"""

_SOURCES['DescribeGroupsRequest'] = r"""
def _build_DescribeGroupsRequest() -> type[Message]:
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
        __slots__ = ('groups', 'include_authorized_operations')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('groups', 'Groups', 'string', array=True, versions=(0, MAXV)),
            F('include_authorized_operations', 'IncludeAuthorizedOperations', 'bool', versions=(3, MAXV)),
        )

        def __init__(
            self,
            groups: list[str] = _NO,
            include_authorized_operations: bool = False,
        ) -> None:
            self.groups = [] if groups is _NO else groups
            self.include_authorized_operations = include_authorized_operations

    return DescribeGroupsRequest
"""

_SOURCES['DescribeGroupsResponse'] = r"""
def _build_DescribeGroupsResponse() -> type[Message]:
    class _s_DescribedGroupMember(Struct):
        __qualname__ = 'DescribeGroupsResponse.DescribedGroupMember'
        __slots__ = ('member_id', 'group_instance_id', 'client_id', 'client_host', 'member_metadata', 'member_assignment')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('member_id', 'MemberId', 'string', versions=(0, MAXV)),
            F('group_instance_id', 'GroupInstanceId', 'string', versions=(4, MAXV), nullable=(4, MAXV), ignorable=True),
            F('client_id', 'ClientId', 'string', versions=(0, MAXV)),
            F('client_host', 'ClientHost', 'string', versions=(0, MAXV)),
            F('member_metadata', 'MemberMetadata', 'bytes', versions=(0, MAXV)),
            F('member_assignment', 'MemberAssignment', 'bytes', versions=(0, MAXV)),
        )

        def __init__(
            self,
            member_id: str = "",
            group_instance_id: str | None = None,
            client_id: str = "",
            client_host: str = "",
            member_metadata: bytes = b"",
            member_assignment: bytes = b"",
        ) -> None:
            self.member_id = member_id
            self.group_instance_id = group_instance_id
            self.client_id = client_id
            self.client_host = client_host
            self.member_metadata = member_metadata
            self.member_assignment = member_assignment

    _s_DescribedGroupMember.__name__ = 'DescribedGroupMember'

    class _s_DescribedGroup(Struct):
        __qualname__ = 'DescribeGroupsResponse.DescribedGroup'
        __slots__ = ('error_code', 'error_message', 'group_id', 'group_state', 'protocol_type', 'protocol_data', 'members', 'authorized_operations')
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

        def __init__(
            self,
            error_code: int = 0,
            error_message: str | None = None,
            group_id: str = "",
            group_state: str = "",
            protocol_type: str = "",
            protocol_data: str = "",
            members: list[DescribeGroupsResponse.DescribedGroupMember] = _NO,
            authorized_operations: int = -2147483648,
        ) -> None:
            self.error_code = error_code
            self.error_message = error_message
            self.group_id = group_id
            self.group_state = group_state
            self.protocol_type = protocol_type
            self.protocol_data = protocol_data
            self.members = [] if members is _NO else members
            self.authorized_operations = authorized_operations

    _s_DescribedGroup.__name__ = 'DescribedGroup'

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
        __slots__ = ('throttle_time_ms', 'groups')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(1, MAXV), ignorable=True),
            F('groups', 'Groups', 'struct', array=True, struct='DescribedGroup', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            groups: list[DescribeGroupsResponse.DescribedGroup] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.groups = [] if groups is _NO else groups

    DescribeGroupsResponse.DescribedGroupMember = _s_DescribedGroupMember  # type: ignore[attr-defined]
    DescribeGroupsResponse.DescribedGroup = _s_DescribedGroup  # type: ignore[attr-defined]
    return DescribeGroupsResponse
"""

_SOURCES['DescribeLogDirsRequest'] = r"""
def _build_DescribeLogDirsRequest() -> type[Message]:
    class _s_DescribableLogDirTopic(Struct):
        __qualname__ = 'DescribeLogDirsRequest.DescribableLogDirTopic'
        __slots__ = ('topic', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic', 'Topic', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic: str = "",
            partitions: list[int] = _NO,
        ) -> None:
            self.topic = topic
            self.partitions = [] if partitions is _NO else partitions

    _s_DescribableLogDirTopic.__name__ = 'DescribableLogDirTopic'

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
        __slots__ = ('topics',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topics', 'Topics', 'struct', array=True, struct='DescribableLogDirTopic', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            topics: list[DescribeLogDirsRequest.DescribableLogDirTopic] | None = _NO,
        ) -> None:
            self.topics = [] if topics is _NO else topics

    DescribeLogDirsRequest.DescribableLogDirTopic = _s_DescribableLogDirTopic  # type: ignore[attr-defined]
    return DescribeLogDirsRequest
"""

_SOURCES['DescribeLogDirsResponse'] = r"""
def _build_DescribeLogDirsResponse() -> type[Message]:
    class _s_DescribeLogDirsPartition(Struct):
        __qualname__ = 'DescribeLogDirsResponse.DescribeLogDirsPartition'
        __slots__ = ('partition_index', 'partition_size', 'offset_lag', 'is_future_key')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('partition_size', 'PartitionSize', 'int64', versions=(0, MAXV)),
            F('offset_lag', 'OffsetLag', 'int64', versions=(0, MAXV)),
            F('is_future_key', 'IsFutureKey', 'bool', versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
            partition_size: int = 0,
            offset_lag: int = 0,
            is_future_key: bool = False,
        ) -> None:
            self.partition_index = partition_index
            self.partition_size = partition_size
            self.offset_lag = offset_lag
            self.is_future_key = is_future_key

    _s_DescribeLogDirsPartition.__name__ = 'DescribeLogDirsPartition'

    class _s_DescribeLogDirsTopic(Struct):
        __qualname__ = 'DescribeLogDirsResponse.DescribeLogDirsTopic'
        __slots__ = ('name', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='DescribeLogDirsPartition', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            partitions: list[DescribeLogDirsResponse.DescribeLogDirsPartition] = _NO,
        ) -> None:
            self.name = name
            self.partitions = [] if partitions is _NO else partitions

    _s_DescribeLogDirsTopic.__name__ = 'DescribeLogDirsTopic'

    class _s_DescribeLogDirsResult(Struct):
        __qualname__ = 'DescribeLogDirsResponse.DescribeLogDirsResult'
        __slots__ = ('error_code', 'log_dir', 'topics', 'total_bytes', 'usable_bytes', 'is_cordoned')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('log_dir', 'LogDir', 'string', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='DescribeLogDirsTopic', versions=(0, MAXV)),
            F('total_bytes', 'TotalBytes', 'int64', versions=(4, MAXV), ignorable=True),
            F('usable_bytes', 'UsableBytes', 'int64', versions=(4, MAXV), ignorable=True),
            F('is_cordoned', 'IsCordoned', 'bool', versions=(5, MAXV), ignorable=True),
        )

        def __init__(
            self,
            error_code: int = 0,
            log_dir: str = "",
            topics: list[DescribeLogDirsResponse.DescribeLogDirsTopic] = _NO,
            total_bytes: int = -1,
            usable_bytes: int = -1,
            is_cordoned: bool = False,
        ) -> None:
            self.error_code = error_code
            self.log_dir = log_dir
            self.topics = [] if topics is _NO else topics
            self.total_bytes = total_bytes
            self.usable_bytes = usable_bytes
            self.is_cordoned = is_cordoned

    _s_DescribeLogDirsResult.__name__ = 'DescribeLogDirsResult'

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
        __slots__ = ('throttle_time_ms', 'error_code', 'results')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(3, MAXV), ignorable=True),
            F('results', 'Results', 'struct', array=True, struct='DescribeLogDirsResult', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            results: list[DescribeLogDirsResponse.DescribeLogDirsResult] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.results = [] if results is _NO else results

    DescribeLogDirsResponse.DescribeLogDirsPartition = _s_DescribeLogDirsPartition  # type: ignore[attr-defined]
    DescribeLogDirsResponse.DescribeLogDirsTopic = _s_DescribeLogDirsTopic  # type: ignore[attr-defined]
    DescribeLogDirsResponse.DescribeLogDirsResult = _s_DescribeLogDirsResult  # type: ignore[attr-defined]
    return DescribeLogDirsResponse
"""

_SOURCES['DescribeProducersRequest'] = r"""
def _build_DescribeProducersRequest() -> type[Message]:
    class _s_TopicRequest(Struct):
        __qualname__ = 'DescribeProducersRequest.TopicRequest'
        __slots__ = ('name', 'partition_indexes')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partition_indexes', 'PartitionIndexes', 'int32', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            partition_indexes: list[int] = _NO,
        ) -> None:
            self.name = name
            self.partition_indexes = [] if partition_indexes is _NO else partition_indexes

    _s_TopicRequest.__name__ = 'TopicRequest'

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
        __slots__ = ('topics',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topics', 'Topics', 'struct', array=True, struct='TopicRequest', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topics: list[DescribeProducersRequest.TopicRequest] = _NO,
        ) -> None:
            self.topics = [] if topics is _NO else topics

    DescribeProducersRequest.TopicRequest = _s_TopicRequest  # type: ignore[attr-defined]
    return DescribeProducersRequest
"""

_SOURCES['DescribeProducersResponse'] = r"""
def _build_DescribeProducersResponse() -> type[Message]:
    class _s_ProducerState(Struct):
        __qualname__ = 'DescribeProducersResponse.ProducerState'
        __slots__ = ('producer_id', 'producer_epoch', 'last_sequence', 'last_timestamp', 'coordinator_epoch', 'current_txn_start_offset')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('producer_id', 'ProducerId', 'int64', versions=(0, MAXV)),
            F('producer_epoch', 'ProducerEpoch', 'int32', versions=(0, MAXV)),
            F('last_sequence', 'LastSequence', 'int32', versions=(0, MAXV)),
            F('last_timestamp', 'LastTimestamp', 'int64', versions=(0, MAXV)),
            F('coordinator_epoch', 'CoordinatorEpoch', 'int32', versions=(0, MAXV)),
            F('current_txn_start_offset', 'CurrentTxnStartOffset', 'int64', versions=(0, MAXV)),
        )

        def __init__(
            self,
            producer_id: int = 0,
            producer_epoch: int = 0,
            last_sequence: int = -1,
            last_timestamp: int = -1,
            coordinator_epoch: int = 0,
            current_txn_start_offset: int = -1,
        ) -> None:
            self.producer_id = producer_id
            self.producer_epoch = producer_epoch
            self.last_sequence = last_sequence
            self.last_timestamp = last_timestamp
            self.coordinator_epoch = coordinator_epoch
            self.current_txn_start_offset = current_txn_start_offset

    _s_ProducerState.__name__ = 'ProducerState'

    class _s_PartitionResponse(Struct):
        __qualname__ = 'DescribeProducersResponse.PartitionResponse'
        __slots__ = ('partition_index', 'error_code', 'error_message', 'active_producers')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('active_producers', 'ActiveProducers', 'struct', array=True, struct='ProducerState', versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
            error_code: int = 0,
            error_message: str | None = None,
            active_producers: list[DescribeProducersResponse.ProducerState] = _NO,
        ) -> None:
            self.partition_index = partition_index
            self.error_code = error_code
            self.error_message = error_message
            self.active_producers = [] if active_producers is _NO else active_producers

    _s_PartitionResponse.__name__ = 'PartitionResponse'

    class _s_TopicResponse(Struct):
        __qualname__ = 'DescribeProducersResponse.TopicResponse'
        __slots__ = ('name', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionResponse', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            partitions: list[DescribeProducersResponse.PartitionResponse] = _NO,
        ) -> None:
            self.name = name
            self.partitions = [] if partitions is _NO else partitions

    _s_TopicResponse.__name__ = 'TopicResponse'

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
        __slots__ = ('throttle_time_ms', 'topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='TopicResponse', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            topics: list[DescribeProducersResponse.TopicResponse] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.topics = [] if topics is _NO else topics

    DescribeProducersResponse.ProducerState = _s_ProducerState  # type: ignore[attr-defined]
    DescribeProducersResponse.PartitionResponse = _s_PartitionResponse  # type: ignore[attr-defined]
    DescribeProducersResponse.TopicResponse = _s_TopicResponse  # type: ignore[attr-defined]
    return DescribeProducersResponse
"""

_SOURCES['DescribeQuorumRequest'] = r"""
def _build_DescribeQuorumRequest() -> type[Message]:
    class _s_PartitionData(Struct):
        __qualname__ = 'DescribeQuorumRequest.PartitionData'
        __slots__ = ('partition_index',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
        ) -> None:
            self.partition_index = partition_index

    _s_PartitionData.__name__ = 'PartitionData'

    class _s_TopicData(Struct):
        __qualname__ = 'DescribeQuorumRequest.TopicData'
        __slots__ = ('topic_name', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_name: str = "",
            partitions: list[DescribeQuorumRequest.PartitionData] = _NO,
        ) -> None:
            self.topic_name = topic_name
            self.partitions = [] if partitions is _NO else partitions

    _s_TopicData.__name__ = 'TopicData'

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
        __slots__ = ('topics',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topics', 'Topics', 'struct', array=True, struct='TopicData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topics: list[DescribeQuorumRequest.TopicData] = _NO,
        ) -> None:
            self.topics = [] if topics is _NO else topics

    DescribeQuorumRequest.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    DescribeQuorumRequest.TopicData = _s_TopicData  # type: ignore[attr-defined]
    return DescribeQuorumRequest
"""

_SOURCES['DescribeQuorumResponse'] = r"""
def _build_DescribeQuorumResponse() -> type[Message]:
    class _s_ReplicaState(Struct):
        __qualname__ = 'DescribeQuorumResponse.ReplicaState'
        __slots__ = ('replica_id', 'replica_directory_id', 'log_end_offset', 'last_fetch_timestamp', 'last_caught_up_timestamp')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('replica_id', 'ReplicaId', 'int32', versions=(0, MAXV)),
            F('replica_directory_id', 'ReplicaDirectoryId', 'uuid', versions=(2, MAXV)),
            F('log_end_offset', 'LogEndOffset', 'int64', versions=(0, MAXV)),
            F('last_fetch_timestamp', 'LastFetchTimestamp', 'int64', versions=(1, MAXV), ignorable=True),
            F('last_caught_up_timestamp', 'LastCaughtUpTimestamp', 'int64', versions=(1, MAXV), ignorable=True),
        )

        def __init__(
            self,
            replica_id: int = 0,
            replica_directory_id: uuid.UUID = ZERO_UUID,
            log_end_offset: int = 0,
            last_fetch_timestamp: int = -1,
            last_caught_up_timestamp: int = -1,
        ) -> None:
            self.replica_id = replica_id
            self.replica_directory_id = replica_directory_id
            self.log_end_offset = log_end_offset
            self.last_fetch_timestamp = last_fetch_timestamp
            self.last_caught_up_timestamp = last_caught_up_timestamp

    _s_ReplicaState.__name__ = 'ReplicaState'

    class _s_PartitionData(Struct):
        __qualname__ = 'DescribeQuorumResponse.PartitionData'
        __slots__ = ('partition_index', 'error_code', 'error_message', 'leader_id', 'leader_epoch', 'high_watermark', 'current_voters', 'observers')
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

        def __init__(
            self,
            partition_index: int = 0,
            error_code: int = 0,
            error_message: str | None = "",
            leader_id: int = 0,
            leader_epoch: int = 0,
            high_watermark: int = 0,
            current_voters: list[DescribeQuorumResponse.ReplicaState] = _NO,
            observers: list[DescribeQuorumResponse.ReplicaState] = _NO,
        ) -> None:
            self.partition_index = partition_index
            self.error_code = error_code
            self.error_message = error_message
            self.leader_id = leader_id
            self.leader_epoch = leader_epoch
            self.high_watermark = high_watermark
            self.current_voters = [] if current_voters is _NO else current_voters
            self.observers = [] if observers is _NO else observers

    _s_PartitionData.__name__ = 'PartitionData'

    class _s_TopicData(Struct):
        __qualname__ = 'DescribeQuorumResponse.TopicData'
        __slots__ = ('topic_name', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_name: str = "",
            partitions: list[DescribeQuorumResponse.PartitionData] = _NO,
        ) -> None:
            self.topic_name = topic_name
            self.partitions = [] if partitions is _NO else partitions

    _s_TopicData.__name__ = 'TopicData'

    class _s_Listener(Struct):
        __qualname__ = 'DescribeQuorumResponse.Listener'
        __slots__ = ('name', 'host', 'port')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(2, MAXV)),
            F('host', 'Host', 'string', versions=(2, MAXV)),
            F('port', 'Port', 'uint16', versions=(2, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            host: str = "",
            port: int = 0,
        ) -> None:
            self.name = name
            self.host = host
            self.port = port

    _s_Listener.__name__ = 'Listener'

    class _s_Node(Struct):
        __qualname__ = 'DescribeQuorumResponse.Node'
        __slots__ = ('node_id', 'listeners')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('node_id', 'NodeId', 'int32', versions=(2, MAXV)),
            F('listeners', 'Listeners', 'struct', array=True, struct='Listener', versions=(2, MAXV)),
        )

        def __init__(
            self,
            node_id: int = 0,
            listeners: list[DescribeQuorumResponse.Listener] = _NO,
        ) -> None:
            self.node_id = node_id
            self.listeners = [] if listeners is _NO else listeners

    _s_Node.__name__ = 'Node'

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
        __slots__ = ('error_code', 'error_message', 'topics', 'nodes')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(2, MAXV), nullable=(2, MAXV), ignorable=True),
            F('topics', 'Topics', 'struct', array=True, struct='TopicData', versions=(0, MAXV)),
            F('nodes', 'Nodes', 'struct', array=True, struct='Node', versions=(2, MAXV)),
        )

        def __init__(
            self,
            error_code: int = 0,
            error_message: str | None = "",
            topics: list[DescribeQuorumResponse.TopicData] = _NO,
            nodes: list[DescribeQuorumResponse.Node] = _NO,
        ) -> None:
            self.error_code = error_code
            self.error_message = error_message
            self.topics = [] if topics is _NO else topics
            self.nodes = [] if nodes is _NO else nodes

    DescribeQuorumResponse.ReplicaState = _s_ReplicaState  # type: ignore[attr-defined]
    DescribeQuorumResponse.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    DescribeQuorumResponse.TopicData = _s_TopicData  # type: ignore[attr-defined]
    DescribeQuorumResponse.Listener = _s_Listener  # type: ignore[attr-defined]
    DescribeQuorumResponse.Node = _s_Node  # type: ignore[attr-defined]
    return DescribeQuorumResponse
"""

_SOURCES['DescribeShareGroupOffsetsRequest'] = r"""
def _build_DescribeShareGroupOffsetsRequest() -> type[Message]:
    class _s_DescribeShareGroupOffsetsRequestTopic(Struct):
        __qualname__ = 'DescribeShareGroupOffsetsRequest.DescribeShareGroupOffsetsRequestTopic'
        __slots__ = ('topic_name', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_name: str = "",
            partitions: list[int] = _NO,
        ) -> None:
            self.topic_name = topic_name
            self.partitions = [] if partitions is _NO else partitions

    _s_DescribeShareGroupOffsetsRequestTopic.__name__ = 'DescribeShareGroupOffsetsRequestTopic'

    class _s_DescribeShareGroupOffsetsRequestGroup(Struct):
        __qualname__ = 'DescribeShareGroupOffsetsRequest.DescribeShareGroupOffsetsRequestGroup'
        __slots__ = ('group_id', 'topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='DescribeShareGroupOffsetsRequestTopic', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            group_id: str = "",
            topics: list[DescribeShareGroupOffsetsRequest.DescribeShareGroupOffsetsRequestTopic] | None = _NO,
        ) -> None:
            self.group_id = group_id
            self.topics = [] if topics is _NO else topics

    _s_DescribeShareGroupOffsetsRequestGroup.__name__ = 'DescribeShareGroupOffsetsRequestGroup'

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
        __slots__ = ('groups',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('groups', 'Groups', 'struct', array=True, struct='DescribeShareGroupOffsetsRequestGroup', versions=(0, MAXV)),
        )

        def __init__(
            self,
            groups: list[DescribeShareGroupOffsetsRequest.DescribeShareGroupOffsetsRequestGroup] = _NO,
        ) -> None:
            self.groups = [] if groups is _NO else groups

    DescribeShareGroupOffsetsRequest.DescribeShareGroupOffsetsRequestTopic = _s_DescribeShareGroupOffsetsRequestTopic  # type: ignore[attr-defined]
    DescribeShareGroupOffsetsRequest.DescribeShareGroupOffsetsRequestGroup = _s_DescribeShareGroupOffsetsRequestGroup  # type: ignore[attr-defined]
    return DescribeShareGroupOffsetsRequest
"""

_SOURCES['DescribeShareGroupOffsetsResponse'] = r"""
def _build_DescribeShareGroupOffsetsResponse() -> type[Message]:
    class _s_DescribeShareGroupOffsetsResponsePartition(Struct):
        __qualname__ = 'DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponsePartition'
        __slots__ = ('partition_index', 'start_offset', 'leader_epoch', 'lag', 'error_code', 'error_message')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('start_offset', 'StartOffset', 'int64', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
            F('lag', 'Lag', 'int64', versions=(1, MAXV), ignorable=True),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
            start_offset: int = 0,
            leader_epoch: int = 0,
            lag: int = -1,
            error_code: int = 0,
            error_message: str | None = None,
        ) -> None:
            self.partition_index = partition_index
            self.start_offset = start_offset
            self.leader_epoch = leader_epoch
            self.lag = lag
            self.error_code = error_code
            self.error_message = error_message

    _s_DescribeShareGroupOffsetsResponsePartition.__name__ = 'DescribeShareGroupOffsetsResponsePartition'

    class _s_DescribeShareGroupOffsetsResponseTopic(Struct):
        __qualname__ = 'DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponseTopic'
        __slots__ = ('topic_name', 'topic_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='DescribeShareGroupOffsetsResponsePartition', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_name: str = "",
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponsePartition] = _NO,
        ) -> None:
            self.topic_name = topic_name
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions

    _s_DescribeShareGroupOffsetsResponseTopic.__name__ = 'DescribeShareGroupOffsetsResponseTopic'

    class _s_DescribeShareGroupOffsetsResponseGroup(Struct):
        __qualname__ = 'DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponseGroup'
        __slots__ = ('group_id', 'topics', 'error_code', 'error_message')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='DescribeShareGroupOffsetsResponseTopic', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            group_id: str = "",
            topics: list[DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponseTopic] = _NO,
            error_code: int = 0,
            error_message: str | None = None,
        ) -> None:
            self.group_id = group_id
            self.topics = [] if topics is _NO else topics
            self.error_code = error_code
            self.error_message = error_message

    _s_DescribeShareGroupOffsetsResponseGroup.__name__ = 'DescribeShareGroupOffsetsResponseGroup'

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
        __slots__ = ('throttle_time_ms', 'groups')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('groups', 'Groups', 'struct', array=True, struct='DescribeShareGroupOffsetsResponseGroup', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            groups: list[DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponseGroup] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.groups = [] if groups is _NO else groups

    DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponsePartition = _s_DescribeShareGroupOffsetsResponsePartition  # type: ignore[attr-defined]
    DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponseTopic = _s_DescribeShareGroupOffsetsResponseTopic  # type: ignore[attr-defined]
    DescribeShareGroupOffsetsResponse.DescribeShareGroupOffsetsResponseGroup = _s_DescribeShareGroupOffsetsResponseGroup  # type: ignore[attr-defined]
    return DescribeShareGroupOffsetsResponse
"""

_SOURCES['DescribeTopicPartitionsRequest'] = r"""
def _build_DescribeTopicPartitionsRequest() -> type[Message]:
    class _s_TopicRequest(Struct):
        __qualname__ = 'DescribeTopicPartitionsRequest.TopicRequest'
        __slots__ = ('name',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
        ) -> None:
            self.name = name

    _s_TopicRequest.__name__ = 'TopicRequest'

    class _s_Cursor(Struct):
        __qualname__ = 'DescribeTopicPartitionsRequest.Cursor'
        __slots__ = ('topic_name', 'partition_index')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_name: str = "",
            partition_index: int = 0,
        ) -> None:
            self.topic_name = topic_name
            self.partition_index = partition_index

    _s_Cursor.__name__ = 'Cursor'

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
        __slots__ = ('topics', 'response_partition_limit', 'cursor')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topics', 'Topics', 'struct', array=True, struct='TopicRequest', versions=(0, MAXV)),
            F('response_partition_limit', 'ResponsePartitionLimit', 'int32', versions=(0, MAXV)),
            F('cursor', 'Cursor', 'struct', struct='Cursor', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            topics: list[DescribeTopicPartitionsRequest.TopicRequest] = _NO,
            response_partition_limit: int = 2000,
            cursor: DescribeTopicPartitionsRequest.Cursor | None = None,
        ) -> None:
            self.topics = [] if topics is _NO else topics
            self.response_partition_limit = response_partition_limit
            self.cursor = cursor

    DescribeTopicPartitionsRequest.TopicRequest = _s_TopicRequest  # type: ignore[attr-defined]
    DescribeTopicPartitionsRequest.Cursor = _s_Cursor  # type: ignore[attr-defined]
    return DescribeTopicPartitionsRequest
"""

_SOURCES['DescribeTopicPartitionsResponse'] = r"""
def _build_DescribeTopicPartitionsResponse() -> type[Message]:
    class _s_DescribeTopicPartitionsResponsePartition(Struct):
        __qualname__ = 'DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition'
        __slots__ = ('error_code', 'partition_index', 'leader_id', 'leader_epoch', 'replica_nodes', 'isr_nodes', 'eligible_leader_replicas', 'last_known_elr', 'offline_replicas')
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

        def __init__(
            self,
            error_code: int = 0,
            partition_index: int = 0,
            leader_id: int = 0,
            leader_epoch: int = -1,
            replica_nodes: list[int] = _NO,
            isr_nodes: list[int] = _NO,
            eligible_leader_replicas: list[int] | None = None,
            last_known_elr: list[int] | None = None,
            offline_replicas: list[int] = _NO,
        ) -> None:
            self.error_code = error_code
            self.partition_index = partition_index
            self.leader_id = leader_id
            self.leader_epoch = leader_epoch
            self.replica_nodes = [] if replica_nodes is _NO else replica_nodes
            self.isr_nodes = [] if isr_nodes is _NO else isr_nodes
            self.eligible_leader_replicas = eligible_leader_replicas
            self.last_known_elr = last_known_elr
            self.offline_replicas = [] if offline_replicas is _NO else offline_replicas

    _s_DescribeTopicPartitionsResponsePartition.__name__ = 'DescribeTopicPartitionsResponsePartition'

    class _s_DescribeTopicPartitionsResponseTopic(Struct):
        __qualname__ = 'DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic'
        __slots__ = ('error_code', 'name', 'topic_id', 'is_internal', 'partitions', 'topic_authorized_operations')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('name', 'Name', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV), ignorable=True),
            F('is_internal', 'IsInternal', 'bool', versions=(0, MAXV), ignorable=True),
            F('partitions', 'Partitions', 'struct', array=True, struct='DescribeTopicPartitionsResponsePartition', versions=(0, MAXV)),
            F('topic_authorized_operations', 'TopicAuthorizedOperations', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            error_code: int = 0,
            name: str | None = "",
            topic_id: uuid.UUID = ZERO_UUID,
            is_internal: bool = False,
            partitions: list[DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition] = _NO,
            topic_authorized_operations: int = -2147483648,
        ) -> None:
            self.error_code = error_code
            self.name = name
            self.topic_id = topic_id
            self.is_internal = is_internal
            self.partitions = [] if partitions is _NO else partitions
            self.topic_authorized_operations = topic_authorized_operations

    _s_DescribeTopicPartitionsResponseTopic.__name__ = 'DescribeTopicPartitionsResponseTopic'

    class _s_Cursor(Struct):
        __qualname__ = 'DescribeTopicPartitionsResponse.Cursor'
        __slots__ = ('topic_name', 'partition_index')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_name: str = "",
            partition_index: int = 0,
        ) -> None:
            self.topic_name = topic_name
            self.partition_index = partition_index

    _s_Cursor.__name__ = 'Cursor'

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
        __slots__ = ('throttle_time_ms', 'topics', 'next_cursor')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV), ignorable=True),
            F('topics', 'Topics', 'struct', array=True, struct='DescribeTopicPartitionsResponseTopic', versions=(0, MAXV)),
            F('next_cursor', 'NextCursor', 'struct', struct='Cursor', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            topics: list[DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic] = _NO,
            next_cursor: DescribeTopicPartitionsResponse.Cursor | None = None,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.topics = [] if topics is _NO else topics
            self.next_cursor = next_cursor

    DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition = _s_DescribeTopicPartitionsResponsePartition  # type: ignore[attr-defined]
    DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic = _s_DescribeTopicPartitionsResponseTopic  # type: ignore[attr-defined]
    DescribeTopicPartitionsResponse.Cursor = _s_Cursor  # type: ignore[attr-defined]
    return DescribeTopicPartitionsResponse
"""

_SOURCES['DescribeTransactionsRequest'] = r"""
def _build_DescribeTransactionsRequest() -> type[Message]:
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
        __slots__ = ('transactional_ids',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('transactional_ids', 'TransactionalIds', 'string', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            transactional_ids: list[str] = _NO,
        ) -> None:
            self.transactional_ids = [] if transactional_ids is _NO else transactional_ids

    return DescribeTransactionsRequest
"""

_SOURCES['DescribeTransactionsResponse'] = r"""
def _build_DescribeTransactionsResponse() -> type[Message]:
    class _s_TopicData(Struct):
        __qualname__ = 'DescribeTransactionsResponse.TopicData'
        __slots__ = ('topic', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic', 'Topic', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic: str = "",
            partitions: list[int] = _NO,
        ) -> None:
            self.topic = topic
            self.partitions = [] if partitions is _NO else partitions

    _s_TopicData.__name__ = 'TopicData'

    class _s_TransactionState(Struct):
        __qualname__ = 'DescribeTransactionsResponse.TransactionState'
        __slots__ = ('error_code', 'transactional_id', 'transaction_state', 'transaction_timeout_ms', 'transaction_start_time_ms', 'producer_id', 'producer_epoch', 'topics')
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

        def __init__(
            self,
            error_code: int = 0,
            transactional_id: str = "",
            transaction_state: str = "",
            transaction_timeout_ms: int = 0,
            transaction_start_time_ms: int = 0,
            producer_id: int = 0,
            producer_epoch: int = 0,
            topics: list[DescribeTransactionsResponse.TopicData] = _NO,
        ) -> None:
            self.error_code = error_code
            self.transactional_id = transactional_id
            self.transaction_state = transaction_state
            self.transaction_timeout_ms = transaction_timeout_ms
            self.transaction_start_time_ms = transaction_start_time_ms
            self.producer_id = producer_id
            self.producer_epoch = producer_epoch
            self.topics = [] if topics is _NO else topics

    _s_TransactionState.__name__ = 'TransactionState'

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
        __slots__ = ('throttle_time_ms', 'transaction_states')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('transaction_states', 'TransactionStates', 'struct', array=True, struct='TransactionState', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            transaction_states: list[DescribeTransactionsResponse.TransactionState] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.transaction_states = [] if transaction_states is _NO else transaction_states

    DescribeTransactionsResponse.TopicData = _s_TopicData  # type: ignore[attr-defined]
    DescribeTransactionsResponse.TransactionState = _s_TransactionState  # type: ignore[attr-defined]
    return DescribeTransactionsResponse
"""

_SOURCES['DescribeUserScramCredentialsRequest'] = r"""
def _build_DescribeUserScramCredentialsRequest() -> type[Message]:
    class _s_UserName(Struct):
        __qualname__ = 'DescribeUserScramCredentialsRequest.UserName'
        __slots__ = ('name',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
        ) -> None:
            self.name = name

    _s_UserName.__name__ = 'UserName'

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
        __slots__ = ('users',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('users', 'Users', 'struct', array=True, struct='UserName', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            users: list[DescribeUserScramCredentialsRequest.UserName] | None = _NO,
        ) -> None:
            self.users = [] if users is _NO else users

    DescribeUserScramCredentialsRequest.UserName = _s_UserName  # type: ignore[attr-defined]
    return DescribeUserScramCredentialsRequest
"""

_SOURCES['DescribeUserScramCredentialsResponse'] = r"""
def _build_DescribeUserScramCredentialsResponse() -> type[Message]:
    class _s_CredentialInfo(Struct):
        __qualname__ = 'DescribeUserScramCredentialsResponse.CredentialInfo'
        __slots__ = ('mechanism', 'iterations')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('mechanism', 'Mechanism', 'int8', versions=(0, MAXV)),
            F('iterations', 'Iterations', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            mechanism: int = 0,
            iterations: int = 0,
        ) -> None:
            self.mechanism = mechanism
            self.iterations = iterations

    _s_CredentialInfo.__name__ = 'CredentialInfo'

    class _s_DescribeUserScramCredentialsResult(Struct):
        __qualname__ = 'DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult'
        __slots__ = ('user', 'error_code', 'error_message', 'credential_infos')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('user', 'User', 'string', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('credential_infos', 'CredentialInfos', 'struct', array=True, struct='CredentialInfo', versions=(0, MAXV)),
        )

        def __init__(
            self,
            user: str = "",
            error_code: int = 0,
            error_message: str | None = "",
            credential_infos: list[DescribeUserScramCredentialsResponse.CredentialInfo] = _NO,
        ) -> None:
            self.user = user
            self.error_code = error_code
            self.error_message = error_message
            self.credential_infos = [] if credential_infos is _NO else credential_infos

    _s_DescribeUserScramCredentialsResult.__name__ = 'DescribeUserScramCredentialsResult'

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
        __slots__ = ('throttle_time_ms', 'error_code', 'error_message', 'results')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('results', 'Results', 'struct', array=True, struct='DescribeUserScramCredentialsResult', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            error_message: str | None = "",
            results: list[DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.error_message = error_message
            self.results = [] if results is _NO else results

    DescribeUserScramCredentialsResponse.CredentialInfo = _s_CredentialInfo  # type: ignore[attr-defined]
    DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult = _s_DescribeUserScramCredentialsResult  # type: ignore[attr-defined]
    return DescribeUserScramCredentialsResponse
"""

_SOURCES['ElectLeadersRequest'] = r"""
def _build_ElectLeadersRequest() -> type[Message]:
    class _s_TopicPartitions(Struct):
        __qualname__ = 'ElectLeadersRequest.TopicPartitions'
        __slots__ = ('topic', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic', 'Topic', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic: str = "",
            partitions: list[int] = _NO,
        ) -> None:
            self.topic = topic
            self.partitions = [] if partitions is _NO else partitions

    _s_TopicPartitions.__name__ = 'TopicPartitions'

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
        __slots__ = ('election_type', 'topic_partitions', 'timeout_ms')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('election_type', 'ElectionType', 'int8', versions=(1, MAXV)),
            F('topic_partitions', 'TopicPartitions', 'struct', array=True, struct='TopicPartitions', versions=(0, MAXV), nullable=(0, MAXV)),
            F('timeout_ms', 'TimeoutMs', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            election_type: int = 0,
            topic_partitions: list[ElectLeadersRequest.TopicPartitions] | None = _NO,
            timeout_ms: int = 60000,
        ) -> None:
            self.election_type = election_type
            self.topic_partitions = [] if topic_partitions is _NO else topic_partitions
            self.timeout_ms = timeout_ms

    ElectLeadersRequest.TopicPartitions = _s_TopicPartitions  # type: ignore[attr-defined]
    return ElectLeadersRequest
"""

_SOURCES['ElectLeadersResponse'] = r"""
def _build_ElectLeadersResponse() -> type[Message]:
    class _s_PartitionResult(Struct):
        __qualname__ = 'ElectLeadersResponse.PartitionResult'
        __slots__ = ('partition_id', 'error_code', 'error_message')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_id', 'PartitionId', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            partition_id: int = 0,
            error_code: int = 0,
            error_message: str | None = "",
        ) -> None:
            self.partition_id = partition_id
            self.error_code = error_code
            self.error_message = error_message

    _s_PartitionResult.__name__ = 'PartitionResult'

    class _s_ReplicaElectionResult(Struct):
        __qualname__ = 'ElectLeadersResponse.ReplicaElectionResult'
        __slots__ = ('topic', 'partition_result')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic', 'Topic', 'string', versions=(0, MAXV)),
            F('partition_result', 'PartitionResult', 'struct', array=True, struct='PartitionResult', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic: str = "",
            partition_result: list[ElectLeadersResponse.PartitionResult] = _NO,
        ) -> None:
            self.topic = topic
            self.partition_result = [] if partition_result is _NO else partition_result

    _s_ReplicaElectionResult.__name__ = 'ReplicaElectionResult'

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
        __slots__ = ('throttle_time_ms', 'error_code', 'replica_election_results')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(1, MAXV)),
            F('replica_election_results', 'ReplicaElectionResults', 'struct', array=True, struct='ReplicaElectionResult', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            replica_election_results: list[ElectLeadersResponse.ReplicaElectionResult] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.replica_election_results = [] if replica_election_results is _NO else replica_election_results

    ElectLeadersResponse.PartitionResult = _s_PartitionResult  # type: ignore[attr-defined]
    ElectLeadersResponse.ReplicaElectionResult = _s_ReplicaElectionResult  # type: ignore[attr-defined]
    return ElectLeadersResponse
"""

_SOURCES['EndQuorumEpochRequest'] = r"""
def _build_EndQuorumEpochRequest() -> type[Message]:
    class _s_ReplicaInfo(Struct):
        __qualname__ = 'EndQuorumEpochRequest.ReplicaInfo'
        __slots__ = ('candidate_id', 'candidate_directory_id')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('candidate_id', 'CandidateId', 'int32', versions=(1, MAXV)),
            F('candidate_directory_id', 'CandidateDirectoryId', 'uuid', versions=(1, MAXV)),
        )

        def __init__(
            self,
            candidate_id: int = 0,
            candidate_directory_id: uuid.UUID = ZERO_UUID,
        ) -> None:
            self.candidate_id = candidate_id
            self.candidate_directory_id = candidate_directory_id

    _s_ReplicaInfo.__name__ = 'ReplicaInfo'

    class _s_PartitionData(Struct):
        __qualname__ = 'EndQuorumEpochRequest.PartitionData'
        __slots__ = ('partition_index', 'leader_id', 'leader_epoch', 'preferred_successors', 'preferred_candidates')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('leader_id', 'LeaderId', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
            F('preferred_successors', 'PreferredSuccessors', 'int32', array=True, versions=(0, 0), ignorable=True),
            F('preferred_candidates', 'PreferredCandidates', 'struct', array=True, struct='ReplicaInfo', versions=(1, MAXV), ignorable=True),
        )

        def __init__(
            self,
            partition_index: int = 0,
            leader_id: int = 0,
            leader_epoch: int = 0,
            preferred_successors: list[int] = _NO,
            preferred_candidates: list[EndQuorumEpochRequest.ReplicaInfo] = _NO,
        ) -> None:
            self.partition_index = partition_index
            self.leader_id = leader_id
            self.leader_epoch = leader_epoch
            self.preferred_successors = [] if preferred_successors is _NO else preferred_successors
            self.preferred_candidates = [] if preferred_candidates is _NO else preferred_candidates

    _s_PartitionData.__name__ = 'PartitionData'

    class _s_TopicData(Struct):
        __qualname__ = 'EndQuorumEpochRequest.TopicData'
        __slots__ = ('topic_name', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_name: str = "",
            partitions: list[EndQuorumEpochRequest.PartitionData] = _NO,
        ) -> None:
            self.topic_name = topic_name
            self.partitions = [] if partitions is _NO else partitions

    _s_TopicData.__name__ = 'TopicData'

    class _s_LeaderEndpoint(Struct):
        __qualname__ = 'EndQuorumEpochRequest.LeaderEndpoint'
        __slots__ = ('name', 'host', 'port')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(1, MAXV)),
            F('host', 'Host', 'string', versions=(1, MAXV)),
            F('port', 'Port', 'uint16', versions=(1, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            host: str = "",
            port: int = 0,
        ) -> None:
            self.name = name
            self.host = host
            self.port = port

    _s_LeaderEndpoint.__name__ = 'LeaderEndpoint'

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
        __slots__ = ('cluster_id', 'topics', 'leader_endpoints')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('cluster_id', 'ClusterId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='TopicData', versions=(0, MAXV)),
            F('leader_endpoints', 'LeaderEndpoints', 'struct', array=True, struct='LeaderEndpoint', versions=(1, MAXV), ignorable=True),
        )

        def __init__(
            self,
            cluster_id: str | None = None,
            topics: list[EndQuorumEpochRequest.TopicData] = _NO,
            leader_endpoints: list[EndQuorumEpochRequest.LeaderEndpoint] = _NO,
        ) -> None:
            self.cluster_id = cluster_id
            self.topics = [] if topics is _NO else topics
            self.leader_endpoints = [] if leader_endpoints is _NO else leader_endpoints

    EndQuorumEpochRequest.ReplicaInfo = _s_ReplicaInfo  # type: ignore[attr-defined]
    EndQuorumEpochRequest.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    EndQuorumEpochRequest.TopicData = _s_TopicData  # type: ignore[attr-defined]
    EndQuorumEpochRequest.LeaderEndpoint = _s_LeaderEndpoint  # type: ignore[attr-defined]
    return EndQuorumEpochRequest
"""

_SOURCES['EndQuorumEpochResponse'] = r"""
def _build_EndQuorumEpochResponse() -> type[Message]:
    class _s_PartitionData(Struct):
        __qualname__ = 'EndQuorumEpochResponse.PartitionData'
        __slots__ = ('partition_index', 'error_code', 'leader_id', 'leader_epoch')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('leader_id', 'LeaderId', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
            error_code: int = 0,
            leader_id: int = 0,
            leader_epoch: int = 0,
        ) -> None:
            self.partition_index = partition_index
            self.error_code = error_code
            self.leader_id = leader_id
            self.leader_epoch = leader_epoch

    _s_PartitionData.__name__ = 'PartitionData'

    class _s_TopicData(Struct):
        __qualname__ = 'EndQuorumEpochResponse.TopicData'
        __slots__ = ('topic_name', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_name: str = "",
            partitions: list[EndQuorumEpochResponse.PartitionData] = _NO,
        ) -> None:
            self.topic_name = topic_name
            self.partitions = [] if partitions is _NO else partitions

    _s_TopicData.__name__ = 'TopicData'

    class _s_NodeEndpoint(Struct):
        __qualname__ = 'EndQuorumEpochResponse.NodeEndpoint'
        __slots__ = ('node_id', 'host', 'port')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('node_id', 'NodeId', 'int32', versions=(1, MAXV)),
            F('host', 'Host', 'string', versions=(1, MAXV)),
            F('port', 'Port', 'uint16', versions=(1, MAXV)),
        )

        def __init__(
            self,
            node_id: int = 0,
            host: str = "",
            port: int = 0,
        ) -> None:
            self.node_id = node_id
            self.host = host
            self.port = port

    _s_NodeEndpoint.__name__ = 'NodeEndpoint'

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
        __slots__ = ('error_code', 'topics', 'node_endpoints')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='TopicData', versions=(0, MAXV)),
            F('node_endpoints', 'NodeEndpoints', 'struct', array=True, struct='NodeEndpoint', versions=(1, MAXV), tag=0, tagged=(1, MAXV)),
        )

        def __init__(
            self,
            error_code: int = 0,
            topics: list[EndQuorumEpochResponse.TopicData] = _NO,
            node_endpoints: list[EndQuorumEpochResponse.NodeEndpoint] = _NO,
        ) -> None:
            self.error_code = error_code
            self.topics = [] if topics is _NO else topics
            self.node_endpoints = [] if node_endpoints is _NO else node_endpoints

    EndQuorumEpochResponse.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    EndQuorumEpochResponse.TopicData = _s_TopicData  # type: ignore[attr-defined]
    EndQuorumEpochResponse.NodeEndpoint = _s_NodeEndpoint  # type: ignore[attr-defined]
    return EndQuorumEpochResponse
"""

_SOURCES['EndTransactionRecord'] = r"""
def _build_EndTransactionRecord() -> type[Message]:
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
        __slots__ = ()
        _FIELDS: ClassVar[tuple[F, ...]] = (
        )

    return EndTransactionRecord
"""

_SOURCES['EndTxnMarker'] = r"""
def _build_EndTxnMarker() -> type[Message]:
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
        __slots__ = ('coordinator_epoch',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('coordinator_epoch', 'CoordinatorEpoch', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            coordinator_epoch: int = 0,
        ) -> None:
            self.coordinator_epoch = coordinator_epoch

    return EndTxnMarker
"""

_SOURCES['EndTxnRequest'] = r"""
def _build_EndTxnRequest() -> type[Message]:
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
        __slots__ = ('transactional_id', 'producer_id', 'producer_epoch', 'committed')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('transactional_id', 'TransactionalId', 'string', versions=(0, MAXV)),
            F('producer_id', 'ProducerId', 'int64', versions=(0, MAXV)),
            F('producer_epoch', 'ProducerEpoch', 'int16', versions=(0, MAXV)),
            F('committed', 'Committed', 'bool', versions=(0, MAXV)),
        )

        def __init__(
            self,
            transactional_id: str = "",
            producer_id: int = 0,
            producer_epoch: int = 0,
            committed: bool = False,
        ) -> None:
            self.transactional_id = transactional_id
            self.producer_id = producer_id
            self.producer_epoch = producer_epoch
            self.committed = committed

    return EndTxnRequest
"""

_SOURCES['EndTxnResponse'] = r"""
def _build_EndTxnResponse() -> type[Message]:
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
        __slots__ = ('throttle_time_ms', 'error_code', 'producer_id', 'producer_epoch')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('producer_id', 'ProducerId', 'int64', versions=(5, MAXV), ignorable=True),
            F('producer_epoch', 'ProducerEpoch', 'int16', versions=(5, MAXV), ignorable=True),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            producer_id: int = -1,
            producer_epoch: int = -1,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.producer_id = producer_id
            self.producer_epoch = producer_epoch

    return EndTxnResponse
"""

_SOURCES['EnvelopeRequest'] = r"""
def _build_EnvelopeRequest() -> type[Message]:
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
        __slots__ = ('request_data', 'request_principal', 'client_host_address')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('request_data', 'RequestData', 'bytes', versions=(0, MAXV)),
            F('request_principal', 'RequestPrincipal', 'bytes', versions=(0, MAXV), nullable=(0, MAXV)),
            F('client_host_address', 'ClientHostAddress', 'bytes', versions=(0, MAXV)),
        )

        def __init__(
            self,
            request_data: bytes = b"",
            request_principal: bytes | None = b"",
            client_host_address: bytes = b"",
        ) -> None:
            self.request_data = request_data
            self.request_principal = request_principal
            self.client_host_address = client_host_address

    return EnvelopeRequest
"""

_SOURCES['EnvelopeResponse'] = r"""
def _build_EnvelopeResponse() -> type[Message]:
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
        __slots__ = ('response_data', 'error_code')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('response_data', 'ResponseData', 'bytes', versions=(0, MAXV), nullable=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            response_data: bytes | None = None,
            error_code: int = 0,
        ) -> None:
            self.response_data = response_data
            self.error_code = error_code

    return EnvelopeResponse
"""

_SOURCES['ExpireDelegationTokenRequest'] = r"""
def _build_ExpireDelegationTokenRequest() -> type[Message]:
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
        __slots__ = ('hmac', 'expiry_time_period_ms')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('hmac', 'Hmac', 'bytes', versions=(0, MAXV)),
            F('expiry_time_period_ms', 'ExpiryTimePeriodMs', 'int64', versions=(0, MAXV)),
        )

        def __init__(
            self,
            hmac: bytes = b"",
            expiry_time_period_ms: int = 0,
        ) -> None:
            self.hmac = hmac
            self.expiry_time_period_ms = expiry_time_period_ms

    return ExpireDelegationTokenRequest
"""

_SOURCES['ExpireDelegationTokenResponse'] = r"""
def _build_ExpireDelegationTokenResponse() -> type[Message]:
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
        __slots__ = ('error_code', 'expiry_timestamp_ms', 'throttle_time_ms')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('expiry_timestamp_ms', 'ExpiryTimestampMs', 'int64', versions=(0, MAXV)),
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            error_code: int = 0,
            expiry_timestamp_ms: int = 0,
            throttle_time_ms: int = 0,
        ) -> None:
            self.error_code = error_code
            self.expiry_timestamp_ms = expiry_timestamp_ms
            self.throttle_time_ms = throttle_time_ms

    return ExpireDelegationTokenResponse
"""

_SOURCES['FeatureLevelRecord'] = r"""
def _build_FeatureLevelRecord() -> type[Message]:
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
        __slots__ = ('name', 'feature_level')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('feature_level', 'FeatureLevel', 'int16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            feature_level: int = 0,
        ) -> None:
            self.name = name
            self.feature_level = feature_level

    return FeatureLevelRecord
"""

_SOURCES['FenceBrokerRecord'] = r"""
def _build_FenceBrokerRecord() -> type[Message]:
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
        __slots__ = ('id', 'epoch')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('id', 'Id', 'int32', versions=(0, MAXV)),
            F('epoch', 'Epoch', 'int64', versions=(0, MAXV)),
        )

        def __init__(
            self,
            id: int = 0,
            epoch: int = 0,
        ) -> None:
            self.id = id
            self.epoch = epoch

    return FenceBrokerRecord
"""

_SOURCES['FetchRequest'] = r"""
def _build_FetchRequest() -> type[Message]:
    class _s_ReplicaState(Struct):
        __qualname__ = 'FetchRequest.ReplicaState'
        __slots__ = ('replica_id', 'replica_epoch')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('replica_id', 'ReplicaId', 'int32', versions=(15, MAXV)),
            F('replica_epoch', 'ReplicaEpoch', 'int64', versions=(15, MAXV)),
        )

        def __init__(
            self,
            replica_id: int = -1,
            replica_epoch: int = -1,
        ) -> None:
            self.replica_id = replica_id
            self.replica_epoch = replica_epoch

    _s_ReplicaState.__name__ = 'ReplicaState'

    class _s_FetchPartition(Struct):
        __qualname__ = 'FetchRequest.FetchPartition'
        __slots__ = ('partition', 'current_leader_epoch', 'fetch_offset', 'last_fetched_epoch', 'log_start_offset', 'partition_max_bytes', 'replica_directory_id', 'high_watermark')
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

        def __init__(
            self,
            partition: int = 0,
            current_leader_epoch: int = -1,
            fetch_offset: int = 0,
            last_fetched_epoch: int = -1,
            log_start_offset: int = -1,
            partition_max_bytes: int = 0,
            replica_directory_id: uuid.UUID = ZERO_UUID,
            high_watermark: int = 9223372036854775807,
        ) -> None:
            self.partition = partition
            self.current_leader_epoch = current_leader_epoch
            self.fetch_offset = fetch_offset
            self.last_fetched_epoch = last_fetched_epoch
            self.log_start_offset = log_start_offset
            self.partition_max_bytes = partition_max_bytes
            self.replica_directory_id = replica_directory_id
            self.high_watermark = high_watermark

    _s_FetchPartition.__name__ = 'FetchPartition'

    class _s_FetchTopic(Struct):
        __qualname__ = 'FetchRequest.FetchTopic'
        __slots__ = ('topic', 'topic_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic', 'Topic', 'string', versions=(0, 12), ignorable=True),
            F('topic_id', 'TopicId', 'uuid', versions=(13, MAXV), ignorable=True),
            F('partitions', 'Partitions', 'struct', array=True, struct='FetchPartition', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic: str = "",
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[FetchRequest.FetchPartition] = _NO,
        ) -> None:
            self.topic = topic
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions

    _s_FetchTopic.__name__ = 'FetchTopic'

    class _s_ForgottenTopic(Struct):
        __qualname__ = 'FetchRequest.ForgottenTopic'
        __slots__ = ('topic', 'topic_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic', 'Topic', 'string', versions=(7, 12), ignorable=True),
            F('topic_id', 'TopicId', 'uuid', versions=(13, MAXV), ignorable=True),
            F('partitions', 'Partitions', 'int32', array=True, versions=(7, MAXV)),
        )

        def __init__(
            self,
            topic: str = "",
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[int] = _NO,
        ) -> None:
            self.topic = topic
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions

    _s_ForgottenTopic.__name__ = 'ForgottenTopic'

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
        __slots__ = ('cluster_id', 'replica_id', 'replica_state', 'max_wait_ms', 'min_bytes', 'max_bytes', 'isolation_level', 'session_id', 'session_epoch', 'topics', 'forgotten_topics_data', 'rack_id')
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

        def __init__(
            self,
            cluster_id: str | None = None,
            replica_id: int = -1,
            replica_state: FetchRequest.ReplicaState = _NO,
            max_wait_ms: int = 0,
            min_bytes: int = 0,
            max_bytes: int = 2147483647,
            isolation_level: int = 0,
            session_id: int = 0,
            session_epoch: int = -1,
            topics: list[FetchRequest.FetchTopic] = _NO,
            forgotten_topics_data: list[FetchRequest.ForgottenTopic] = _NO,
            rack_id: str = "",
        ) -> None:
            self.cluster_id = cluster_id
            self.replica_id = replica_id
            self.replica_state = _s_ReplicaState() if replica_state is _NO else replica_state
            self.max_wait_ms = max_wait_ms
            self.min_bytes = min_bytes
            self.max_bytes = max_bytes
            self.isolation_level = isolation_level
            self.session_id = session_id
            self.session_epoch = session_epoch
            self.topics = [] if topics is _NO else topics
            self.forgotten_topics_data = [] if forgotten_topics_data is _NO else forgotten_topics_data
            self.rack_id = rack_id

    FetchRequest.ReplicaState = _s_ReplicaState  # type: ignore[attr-defined]
    FetchRequest.FetchPartition = _s_FetchPartition  # type: ignore[attr-defined]
    FetchRequest.FetchTopic = _s_FetchTopic  # type: ignore[attr-defined]
    FetchRequest.ForgottenTopic = _s_ForgottenTopic  # type: ignore[attr-defined]
    return FetchRequest
"""

_SOURCES['FetchResponse'] = r"""
def _build_FetchResponse() -> type[Message]:
    class _s_EpochEndOffset(Struct):
        __qualname__ = 'FetchResponse.EpochEndOffset'
        __slots__ = ('epoch', 'end_offset')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('epoch', 'Epoch', 'int32', versions=(12, MAXV)),
            F('end_offset', 'EndOffset', 'int64', versions=(12, MAXV)),
        )

        def __init__(
            self,
            epoch: int = -1,
            end_offset: int = -1,
        ) -> None:
            self.epoch = epoch
            self.end_offset = end_offset

    _s_EpochEndOffset.__name__ = 'EpochEndOffset'

    class _s_LeaderIdAndEpoch(Struct):
        __qualname__ = 'FetchResponse.LeaderIdAndEpoch'
        __slots__ = ('leader_id', 'leader_epoch')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('leader_id', 'LeaderId', 'int32', versions=(12, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(12, MAXV)),
        )

        def __init__(
            self,
            leader_id: int = -1,
            leader_epoch: int = -1,
        ) -> None:
            self.leader_id = leader_id
            self.leader_epoch = leader_epoch

    _s_LeaderIdAndEpoch.__name__ = 'LeaderIdAndEpoch'

    class _s_SnapshotId(Struct):
        __qualname__ = 'FetchResponse.SnapshotId'
        __slots__ = ('end_offset', 'epoch')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('end_offset', 'EndOffset', 'int64', versions=(0, MAXV)),
            F('epoch', 'Epoch', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            end_offset: int = -1,
            epoch: int = -1,
        ) -> None:
            self.end_offset = end_offset
            self.epoch = epoch

    _s_SnapshotId.__name__ = 'SnapshotId'

    class _s_AbortedTransaction(Struct):
        __qualname__ = 'FetchResponse.AbortedTransaction'
        __slots__ = ('producer_id', 'first_offset')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('producer_id', 'ProducerId', 'int64', versions=(4, MAXV)),
            F('first_offset', 'FirstOffset', 'int64', versions=(4, MAXV)),
        )

        def __init__(
            self,
            producer_id: int = 0,
            first_offset: int = 0,
        ) -> None:
            self.producer_id = producer_id
            self.first_offset = first_offset

    _s_AbortedTransaction.__name__ = 'AbortedTransaction'

    class _s_PartitionData(Struct):
        __qualname__ = 'FetchResponse.PartitionData'
        __slots__ = ('partition_index', 'error_code', 'high_watermark', 'last_stable_offset', 'log_start_offset', 'diverging_epoch', 'current_leader', 'snapshot_id', 'aborted_transactions', 'preferred_read_replica', 'records')
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

        def __init__(
            self,
            partition_index: int = 0,
            error_code: int = 0,
            high_watermark: int = 0,
            last_stable_offset: int = -1,
            log_start_offset: int = -1,
            diverging_epoch: FetchResponse.EpochEndOffset = _NO,
            current_leader: FetchResponse.LeaderIdAndEpoch = _NO,
            snapshot_id: FetchResponse.SnapshotId = _NO,
            aborted_transactions: list[FetchResponse.AbortedTransaction] | None = _NO,
            preferred_read_replica: int = -1,
            records: Records = None,
        ) -> None:
            self.partition_index = partition_index
            self.error_code = error_code
            self.high_watermark = high_watermark
            self.last_stable_offset = last_stable_offset
            self.log_start_offset = log_start_offset
            self.diverging_epoch = _s_EpochEndOffset() if diverging_epoch is _NO else diverging_epoch
            self.current_leader = _s_LeaderIdAndEpoch() if current_leader is _NO else current_leader
            self.snapshot_id = _s_SnapshotId() if snapshot_id is _NO else snapshot_id
            self.aborted_transactions = [] if aborted_transactions is _NO else aborted_transactions
            self.preferred_read_replica = preferred_read_replica
            self.records = records

    _s_PartitionData.__name__ = 'PartitionData'

    class _s_FetchableTopicResponse(Struct):
        __qualname__ = 'FetchResponse.FetchableTopicResponse'
        __slots__ = ('topic', 'topic_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic', 'Topic', 'string', versions=(0, 12), ignorable=True),
            F('topic_id', 'TopicId', 'uuid', versions=(13, MAXV), ignorable=True),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic: str = "",
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[FetchResponse.PartitionData] = _NO,
        ) -> None:
            self.topic = topic
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions

    _s_FetchableTopicResponse.__name__ = 'FetchableTopicResponse'

    class _s_NodeEndpoint(Struct):
        __qualname__ = 'FetchResponse.NodeEndpoint'
        __slots__ = ('node_id', 'host', 'port', 'rack')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('node_id', 'NodeId', 'int32', versions=(16, MAXV)),
            F('host', 'Host', 'string', versions=(16, MAXV)),
            F('port', 'Port', 'int32', versions=(16, MAXV)),
            F('rack', 'Rack', 'string', versions=(16, MAXV), nullable=(16, MAXV)),
        )

        def __init__(
            self,
            node_id: int = 0,
            host: str = "",
            port: int = 0,
            rack: str | None = None,
        ) -> None:
            self.node_id = node_id
            self.host = host
            self.port = port
            self.rack = rack

    _s_NodeEndpoint.__name__ = 'NodeEndpoint'

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
        __slots__ = ('throttle_time_ms', 'error_code', 'session_id', 'responses', 'node_endpoints')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(1, MAXV), ignorable=True),
            F('error_code', 'ErrorCode', 'int16', versions=(7, MAXV), ignorable=True),
            F('session_id', 'SessionId', 'int32', versions=(7, MAXV)),
            F('responses', 'Responses', 'struct', array=True, struct='FetchableTopicResponse', versions=(0, MAXV)),
            F('node_endpoints', 'NodeEndpoints', 'struct', array=True, struct='NodeEndpoint', versions=(16, MAXV), tag=0, tagged=(16, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            session_id: int = 0,
            responses: list[FetchResponse.FetchableTopicResponse] = _NO,
            node_endpoints: list[FetchResponse.NodeEndpoint] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.session_id = session_id
            self.responses = [] if responses is _NO else responses
            self.node_endpoints = [] if node_endpoints is _NO else node_endpoints

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
    class _s_SnapshotId(Struct):
        __qualname__ = 'FetchSnapshotRequest.SnapshotId'
        __slots__ = ('end_offset', 'epoch')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('end_offset', 'EndOffset', 'int64', versions=(0, MAXV)),
            F('epoch', 'Epoch', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            end_offset: int = 0,
            epoch: int = 0,
        ) -> None:
            self.end_offset = end_offset
            self.epoch = epoch

    _s_SnapshotId.__name__ = 'SnapshotId'

    class _s_PartitionSnapshot(Struct):
        __qualname__ = 'FetchSnapshotRequest.PartitionSnapshot'
        __slots__ = ('partition', 'current_leader_epoch', 'snapshot_id', 'position', 'replica_directory_id')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition', 'Partition', 'int32', versions=(0, MAXV)),
            F('current_leader_epoch', 'CurrentLeaderEpoch', 'int32', versions=(0, MAXV)),
            F('snapshot_id', 'SnapshotId', 'struct', struct='SnapshotId', versions=(0, MAXV)),
            F('position', 'Position', 'int64', versions=(0, MAXV)),
            F('replica_directory_id', 'ReplicaDirectoryId', 'uuid', versions=(1, MAXV), tag=0, tagged=(1, MAXV), ignorable=True),
        )

        def __init__(
            self,
            partition: int = 0,
            current_leader_epoch: int = 0,
            snapshot_id: FetchSnapshotRequest.SnapshotId = _NO,
            position: int = 0,
            replica_directory_id: uuid.UUID = ZERO_UUID,
        ) -> None:
            self.partition = partition
            self.current_leader_epoch = current_leader_epoch
            self.snapshot_id = _s_SnapshotId() if snapshot_id is _NO else snapshot_id
            self.position = position
            self.replica_directory_id = replica_directory_id

    _s_PartitionSnapshot.__name__ = 'PartitionSnapshot'

    class _s_TopicSnapshot(Struct):
        __qualname__ = 'FetchSnapshotRequest.TopicSnapshot'
        __slots__ = ('name', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionSnapshot', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            partitions: list[FetchSnapshotRequest.PartitionSnapshot] = _NO,
        ) -> None:
            self.name = name
            self.partitions = [] if partitions is _NO else partitions

    _s_TopicSnapshot.__name__ = 'TopicSnapshot'

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
        __slots__ = ('cluster_id', 'replica_id', 'max_bytes', 'topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('cluster_id', 'ClusterId', 'string', versions=(0, MAXV), nullable=(0, MAXV), tag=0, tagged=(0, MAXV)),
            F('replica_id', 'ReplicaId', 'int32', versions=(0, MAXV)),
            F('max_bytes', 'MaxBytes', 'int32', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='TopicSnapshot', versions=(0, MAXV)),
        )

        def __init__(
            self,
            cluster_id: str | None = None,
            replica_id: int = -1,
            max_bytes: int = 2147483647,
            topics: list[FetchSnapshotRequest.TopicSnapshot] = _NO,
        ) -> None:
            self.cluster_id = cluster_id
            self.replica_id = replica_id
            self.max_bytes = max_bytes
            self.topics = [] if topics is _NO else topics

    FetchSnapshotRequest.SnapshotId = _s_SnapshotId  # type: ignore[attr-defined]
    FetchSnapshotRequest.PartitionSnapshot = _s_PartitionSnapshot  # type: ignore[attr-defined]
    FetchSnapshotRequest.TopicSnapshot = _s_TopicSnapshot  # type: ignore[attr-defined]
    return FetchSnapshotRequest
"""

_SOURCES['FetchSnapshotResponse'] = r"""
def _build_FetchSnapshotResponse() -> type[Message]:
    class _s_SnapshotId(Struct):
        __qualname__ = 'FetchSnapshotResponse.SnapshotId'
        __slots__ = ('end_offset', 'epoch')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('end_offset', 'EndOffset', 'int64', versions=(0, MAXV)),
            F('epoch', 'Epoch', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            end_offset: int = 0,
            epoch: int = 0,
        ) -> None:
            self.end_offset = end_offset
            self.epoch = epoch

    _s_SnapshotId.__name__ = 'SnapshotId'

    class _s_LeaderIdAndEpoch(Struct):
        __qualname__ = 'FetchSnapshotResponse.LeaderIdAndEpoch'
        __slots__ = ('leader_id', 'leader_epoch')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('leader_id', 'LeaderId', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            leader_id: int = 0,
            leader_epoch: int = 0,
        ) -> None:
            self.leader_id = leader_id
            self.leader_epoch = leader_epoch

    _s_LeaderIdAndEpoch.__name__ = 'LeaderIdAndEpoch'

    class _s_PartitionSnapshot(Struct):
        __qualname__ = 'FetchSnapshotResponse.PartitionSnapshot'
        __slots__ = ('index', 'error_code', 'snapshot_id', 'current_leader', 'size', 'position', 'unaligned_records')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('index', 'Index', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('snapshot_id', 'SnapshotId', 'struct', struct='SnapshotId', versions=(0, MAXV)),
            F('current_leader', 'CurrentLeader', 'struct', struct='LeaderIdAndEpoch', versions=(0, MAXV), tag=0, tagged=(0, MAXV)),
            F('size', 'Size', 'int64', versions=(0, MAXV)),
            F('position', 'Position', 'int64', versions=(0, MAXV)),
            F('unaligned_records', 'UnalignedRecords', 'records', versions=(0, MAXV)),
        )

        def __init__(
            self,
            index: int = 0,
            error_code: int = 0,
            snapshot_id: FetchSnapshotResponse.SnapshotId = _NO,
            current_leader: FetchSnapshotResponse.LeaderIdAndEpoch = _NO,
            size: int = 0,
            position: int = 0,
            unaligned_records: Records = None,
        ) -> None:
            self.index = index
            self.error_code = error_code
            self.snapshot_id = _s_SnapshotId() if snapshot_id is _NO else snapshot_id
            self.current_leader = _s_LeaderIdAndEpoch() if current_leader is _NO else current_leader
            self.size = size
            self.position = position
            self.unaligned_records = unaligned_records

    _s_PartitionSnapshot.__name__ = 'PartitionSnapshot'

    class _s_TopicSnapshot(Struct):
        __qualname__ = 'FetchSnapshotResponse.TopicSnapshot'
        __slots__ = ('name', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionSnapshot', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            partitions: list[FetchSnapshotResponse.PartitionSnapshot] = _NO,
        ) -> None:
            self.name = name
            self.partitions = [] if partitions is _NO else partitions

    _s_TopicSnapshot.__name__ = 'TopicSnapshot'

    class _s_NodeEndpoint(Struct):
        __qualname__ = 'FetchSnapshotResponse.NodeEndpoint'
        __slots__ = ('node_id', 'host', 'port')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('node_id', 'NodeId', 'int32', versions=(1, MAXV)),
            F('host', 'Host', 'string', versions=(1, MAXV)),
            F('port', 'Port', 'uint16', versions=(1, MAXV)),
        )

        def __init__(
            self,
            node_id: int = 0,
            host: str = "",
            port: int = 0,
        ) -> None:
            self.node_id = node_id
            self.host = host
            self.port = port

    _s_NodeEndpoint.__name__ = 'NodeEndpoint'

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
        __slots__ = ('throttle_time_ms', 'error_code', 'topics', 'node_endpoints')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV), ignorable=True),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='TopicSnapshot', versions=(0, MAXV)),
            F('node_endpoints', 'NodeEndpoints', 'struct', array=True, struct='NodeEndpoint', versions=(1, MAXV), tag=0, tagged=(1, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            topics: list[FetchSnapshotResponse.TopicSnapshot] = _NO,
            node_endpoints: list[FetchSnapshotResponse.NodeEndpoint] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.topics = [] if topics is _NO else topics
            self.node_endpoints = [] if node_endpoints is _NO else node_endpoints

    FetchSnapshotResponse.SnapshotId = _s_SnapshotId  # type: ignore[attr-defined]
    FetchSnapshotResponse.LeaderIdAndEpoch = _s_LeaderIdAndEpoch  # type: ignore[attr-defined]
    FetchSnapshotResponse.PartitionSnapshot = _s_PartitionSnapshot  # type: ignore[attr-defined]
    FetchSnapshotResponse.TopicSnapshot = _s_TopicSnapshot  # type: ignore[attr-defined]
    FetchSnapshotResponse.NodeEndpoint = _s_NodeEndpoint  # type: ignore[attr-defined]
    return FetchSnapshotResponse
"""

_SOURCES['FindCoordinatorRequest'] = r"""
def _build_FindCoordinatorRequest() -> type[Message]:
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
        __slots__ = ('key', 'key_type', 'coordinator_keys')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('key', 'Key', 'string', versions=(0, 3)),
            F('key_type', 'KeyType', 'int8', versions=(1, MAXV)),
            F('coordinator_keys', 'CoordinatorKeys', 'string', array=True, versions=(4, MAXV)),
        )

        def __init__(
            self,
            key: str = "",
            key_type: int = 0,
            coordinator_keys: list[str] = _NO,
        ) -> None:
            self.key = key
            self.key_type = key_type
            self.coordinator_keys = [] if coordinator_keys is _NO else coordinator_keys

    return FindCoordinatorRequest
"""

_SOURCES['FindCoordinatorResponse'] = r"""
def _build_FindCoordinatorResponse() -> type[Message]:
    class _s_Coordinator(Struct):
        __qualname__ = 'FindCoordinatorResponse.Coordinator'
        __slots__ = ('key', 'node_id', 'host', 'port', 'error_code', 'error_message')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('key', 'Key', 'string', versions=(4, MAXV)),
            F('node_id', 'NodeId', 'int32', versions=(4, MAXV)),
            F('host', 'Host', 'string', versions=(4, MAXV)),
            F('port', 'Port', 'int32', versions=(4, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(4, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(4, MAXV), nullable=(4, MAXV), ignorable=True),
        )

        def __init__(
            self,
            key: str = "",
            node_id: int = 0,
            host: str = "",
            port: int = 0,
            error_code: int = 0,
            error_message: str | None = "",
        ) -> None:
            self.key = key
            self.node_id = node_id
            self.host = host
            self.port = port
            self.error_code = error_code
            self.error_message = error_message

    _s_Coordinator.__name__ = 'Coordinator'

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
        __slots__ = ('throttle_time_ms', 'error_code', 'error_message', 'node_id', 'host', 'port', 'coordinators')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(1, MAXV), ignorable=True),
            F('error_code', 'ErrorCode', 'int16', versions=(0, 3)),
            F('error_message', 'ErrorMessage', 'string', versions=(1, 3), nullable=(1, 3), ignorable=True),
            F('node_id', 'NodeId', 'int32', versions=(0, 3)),
            F('host', 'Host', 'string', versions=(0, 3)),
            F('port', 'Port', 'int32', versions=(0, 3)),
            F('coordinators', 'Coordinators', 'struct', array=True, struct='Coordinator', versions=(4, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            error_message: str | None = "",
            node_id: int = 0,
            host: str = "",
            port: int = 0,
            coordinators: list[FindCoordinatorResponse.Coordinator] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.error_message = error_message
            self.node_id = node_id
            self.host = host
            self.port = port
            self.coordinators = [] if coordinators is _NO else coordinators

    FindCoordinatorResponse.Coordinator = _s_Coordinator  # type: ignore[attr-defined]
    return FindCoordinatorResponse
"""

_SOURCES['GetTelemetrySubscriptionsRequest'] = r"""
def _build_GetTelemetrySubscriptionsRequest() -> type[Message]:
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
        __slots__ = ('client_instance_id',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('client_instance_id', 'ClientInstanceId', 'uuid', versions=(0, MAXV)),
        )

        def __init__(
            self,
            client_instance_id: uuid.UUID = ZERO_UUID,
        ) -> None:
            self.client_instance_id = client_instance_id

    return GetTelemetrySubscriptionsRequest
"""

_SOURCES['GetTelemetrySubscriptionsResponse'] = r"""
def _build_GetTelemetrySubscriptionsResponse() -> type[Message]:
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
        __slots__ = ('throttle_time_ms', 'error_code', 'client_instance_id', 'subscription_id', 'accepted_compression_types', 'push_interval_ms', 'telemetry_max_bytes', 'delta_temporality', 'requested_metrics')
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

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            client_instance_id: uuid.UUID = ZERO_UUID,
            subscription_id: int = 0,
            accepted_compression_types: list[int] = _NO,
            push_interval_ms: int = 0,
            telemetry_max_bytes: int = 0,
            delta_temporality: bool = False,
            requested_metrics: list[str] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.client_instance_id = client_instance_id
            self.subscription_id = subscription_id
            self.accepted_compression_types = [] if accepted_compression_types is _NO else accepted_compression_types
            self.push_interval_ms = push_interval_ms
            self.telemetry_max_bytes = telemetry_max_bytes
            self.delta_temporality = delta_temporality
            self.requested_metrics = [] if requested_metrics is _NO else requested_metrics

    return GetTelemetrySubscriptionsResponse
"""

_SOURCES['GroupMetadataKey'] = r"""
def _build_GroupMetadataKey() -> type[Message]:
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
        __slots__ = ('group',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group', 'group', 'string', versions=(0, 0)),
        )

        def __init__(
            self,
            group: str = "",
        ) -> None:
            self.group = group

    return GroupMetadataKey
"""

_SOURCES['GroupMetadataValue'] = r"""
def _build_GroupMetadataValue() -> type[Message]:
    class _s_MemberMetadata(Struct):
        __qualname__ = 'GroupMetadataValue.MemberMetadata'
        __slots__ = ('member_id', 'group_instance_id', 'client_id', 'client_host', 'rebalance_timeout', 'session_timeout', 'subscription', 'assignment')
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

        def __init__(
            self,
            member_id: str = "",
            group_instance_id: str | None = None,
            client_id: str = "",
            client_host: str = "",
            rebalance_timeout: int = -1,
            session_timeout: int = 0,
            subscription: bytes = b"",
            assignment: bytes = b"",
        ) -> None:
            self.member_id = member_id
            self.group_instance_id = group_instance_id
            self.client_id = client_id
            self.client_host = client_host
            self.rebalance_timeout = rebalance_timeout
            self.session_timeout = session_timeout
            self.subscription = subscription
            self.assignment = assignment

    _s_MemberMetadata.__name__ = 'MemberMetadata'

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
        __slots__ = ('protocol_type', 'generation', 'protocol', 'leader', 'current_state_timestamp', 'members')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('protocol_type', 'protocolType', 'string', versions=(0, MAXV)),
            F('generation', 'generation', 'int32', versions=(0, MAXV)),
            F('protocol', 'protocol', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('leader', 'leader', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('current_state_timestamp', 'currentStateTimestamp', 'int64', versions=(2, MAXV), ignorable=True),
            F('members', 'members', 'struct', array=True, struct='MemberMetadata', versions=(0, MAXV)),
        )

        def __init__(
            self,
            protocol_type: str = "",
            generation: int = 0,
            protocol: str | None = "",
            leader: str | None = "",
            current_state_timestamp: int = -1,
            members: list[GroupMetadataValue.MemberMetadata] = _NO,
        ) -> None:
            self.protocol_type = protocol_type
            self.generation = generation
            self.protocol = protocol
            self.leader = leader
            self.current_state_timestamp = current_state_timestamp
            self.members = [] if members is _NO else members

    GroupMetadataValue.MemberMetadata = _s_MemberMetadata  # type: ignore[attr-defined]
    return GroupMetadataValue
"""

_SOURCES['HeartbeatRequest'] = r"""
def _build_HeartbeatRequest() -> type[Message]:
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
        __slots__ = ('group_id', 'generation_id', 'member_id', 'group_instance_id')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('generation_id', 'GenerationId', 'int32', versions=(0, MAXV)),
            F('member_id', 'MemberId', 'string', versions=(0, MAXV)),
            F('group_instance_id', 'GroupInstanceId', 'string', versions=(3, MAXV), nullable=(3, MAXV)),
        )

        def __init__(
            self,
            group_id: str = "",
            generation_id: int = 0,
            member_id: str = "",
            group_instance_id: str | None = None,
        ) -> None:
            self.group_id = group_id
            self.generation_id = generation_id
            self.member_id = member_id
            self.group_instance_id = group_instance_id

    return HeartbeatRequest
"""

_SOURCES['HeartbeatResponse'] = r"""
def _build_HeartbeatResponse() -> type[Message]:
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
        __slots__ = ('throttle_time_ms', 'error_code')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(1, MAXV), ignorable=True),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code

    return HeartbeatResponse
"""

_SOURCES['IncrementalAlterConfigsRequest'] = r"""
def _build_IncrementalAlterConfigsRequest() -> type[Message]:
    class _s_AlterableConfig(Struct):
        __qualname__ = 'IncrementalAlterConfigsRequest.AlterableConfig'
        __slots__ = ('name', 'config_operation', 'value')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('config_operation', 'ConfigOperation', 'int8', versions=(0, MAXV)),
            F('value', 'Value', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            config_operation: int = 0,
            value: str | None = "",
        ) -> None:
            self.name = name
            self.config_operation = config_operation
            self.value = value

    _s_AlterableConfig.__name__ = 'AlterableConfig'

    class _s_AlterConfigsResource(Struct):
        __qualname__ = 'IncrementalAlterConfigsRequest.AlterConfigsResource'
        __slots__ = ('resource_type', 'resource_name', 'configs')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('resource_type', 'ResourceType', 'int8', versions=(0, MAXV)),
            F('resource_name', 'ResourceName', 'string', versions=(0, MAXV)),
            F('configs', 'Configs', 'struct', array=True, struct='AlterableConfig', versions=(0, MAXV)),
        )

        def __init__(
            self,
            resource_type: int = 0,
            resource_name: str = "",
            configs: list[IncrementalAlterConfigsRequest.AlterableConfig] = _NO,
        ) -> None:
            self.resource_type = resource_type
            self.resource_name = resource_name
            self.configs = [] if configs is _NO else configs

    _s_AlterConfigsResource.__name__ = 'AlterConfigsResource'

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
        __slots__ = ('resources', 'validate_only')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('resources', 'Resources', 'struct', array=True, struct='AlterConfigsResource', versions=(0, MAXV)),
            F('validate_only', 'ValidateOnly', 'bool', versions=(0, MAXV)),
        )

        def __init__(
            self,
            resources: list[IncrementalAlterConfigsRequest.AlterConfigsResource] = _NO,
            validate_only: bool = False,
        ) -> None:
            self.resources = [] if resources is _NO else resources
            self.validate_only = validate_only

    IncrementalAlterConfigsRequest.AlterableConfig = _s_AlterableConfig  # type: ignore[attr-defined]
    IncrementalAlterConfigsRequest.AlterConfigsResource = _s_AlterConfigsResource  # type: ignore[attr-defined]
    return IncrementalAlterConfigsRequest
"""

_SOURCES['IncrementalAlterConfigsResponse'] = r"""
def _build_IncrementalAlterConfigsResponse() -> type[Message]:
    class _s_AlterConfigsResourceResponse(Struct):
        __qualname__ = 'IncrementalAlterConfigsResponse.AlterConfigsResourceResponse'
        __slots__ = ('error_code', 'error_message', 'resource_type', 'resource_name')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('resource_type', 'ResourceType', 'int8', versions=(0, MAXV)),
            F('resource_name', 'ResourceName', 'string', versions=(0, MAXV)),
        )

        def __init__(
            self,
            error_code: int = 0,
            error_message: str | None = "",
            resource_type: int = 0,
            resource_name: str = "",
        ) -> None:
            self.error_code = error_code
            self.error_message = error_message
            self.resource_type = resource_type
            self.resource_name = resource_name

    _s_AlterConfigsResourceResponse.__name__ = 'AlterConfigsResourceResponse'

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
        __slots__ = ('throttle_time_ms', 'responses')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('responses', 'Responses', 'struct', array=True, struct='AlterConfigsResourceResponse', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            responses: list[IncrementalAlterConfigsResponse.AlterConfigsResourceResponse] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.responses = [] if responses is _NO else responses

    IncrementalAlterConfigsResponse.AlterConfigsResourceResponse = _s_AlterConfigsResourceResponse  # type: ignore[attr-defined]
    return IncrementalAlterConfigsResponse
"""

_SOURCES['InitProducerIdRequest'] = r"""
def _build_InitProducerIdRequest() -> type[Message]:
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
        __slots__ = ('transactional_id', 'transaction_timeout_ms', 'producer_id', 'producer_epoch', 'enable2_pc', 'keep_prepared_txn')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('transactional_id', 'TransactionalId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('transaction_timeout_ms', 'TransactionTimeoutMs', 'int32', versions=(0, MAXV)),
            F('producer_id', 'ProducerId', 'int64', versions=(3, MAXV)),
            F('producer_epoch', 'ProducerEpoch', 'int16', versions=(3, MAXV)),
            F('enable2_pc', 'Enable2Pc', 'bool', versions=(6, MAXV)),
            F('keep_prepared_txn', 'KeepPreparedTxn', 'bool', versions=(6, MAXV)),
        )

        def __init__(
            self,
            transactional_id: str | None = "",
            transaction_timeout_ms: int = 0,
            producer_id: int = -1,
            producer_epoch: int = -1,
            enable2_pc: bool = False,
            keep_prepared_txn: bool = False,
        ) -> None:
            self.transactional_id = transactional_id
            self.transaction_timeout_ms = transaction_timeout_ms
            self.producer_id = producer_id
            self.producer_epoch = producer_epoch
            self.enable2_pc = enable2_pc
            self.keep_prepared_txn = keep_prepared_txn

    return InitProducerIdRequest
"""

_SOURCES['InitProducerIdResponse'] = r"""
def _build_InitProducerIdResponse() -> type[Message]:
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
        __slots__ = ('throttle_time_ms', 'error_code', 'producer_id', 'producer_epoch', 'ongoing_txn_producer_id', 'ongoing_txn_producer_epoch')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV), ignorable=True),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('producer_id', 'ProducerId', 'int64', versions=(0, MAXV)),
            F('producer_epoch', 'ProducerEpoch', 'int16', versions=(0, MAXV)),
            F('ongoing_txn_producer_id', 'OngoingTxnProducerId', 'int64', versions=(6, MAXV)),
            F('ongoing_txn_producer_epoch', 'OngoingTxnProducerEpoch', 'int16', versions=(6, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            producer_id: int = -1,
            producer_epoch: int = 0,
            ongoing_txn_producer_id: int = -1,
            ongoing_txn_producer_epoch: int = -1,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.producer_id = producer_id
            self.producer_epoch = producer_epoch
            self.ongoing_txn_producer_id = ongoing_txn_producer_id
            self.ongoing_txn_producer_epoch = ongoing_txn_producer_epoch

    return InitProducerIdResponse
"""

_SOURCES['InitializeShareGroupStateRequest'] = r"""
def _build_InitializeShareGroupStateRequest() -> type[Message]:
    class _s_PartitionData(Struct):
        __qualname__ = 'InitializeShareGroupStateRequest.PartitionData'
        __slots__ = ('partition', 'state_epoch', 'start_offset')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition', 'Partition', 'int32', versions=(0, MAXV)),
            F('state_epoch', 'StateEpoch', 'int32', versions=(0, MAXV)),
            F('start_offset', 'StartOffset', 'int64', versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition: int = 0,
            state_epoch: int = 0,
            start_offset: int = 0,
        ) -> None:
            self.partition = partition
            self.state_epoch = state_epoch
            self.start_offset = start_offset

    _s_PartitionData.__name__ = 'PartitionData'

    class _s_InitializeStateData(Struct):
        __qualname__ = 'InitializeShareGroupStateRequest.InitializeStateData'
        __slots__ = ('topic_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[InitializeShareGroupStateRequest.PartitionData] = _NO,
        ) -> None:
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions

    _s_InitializeStateData.__name__ = 'InitializeStateData'

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
        __slots__ = ('group_id', 'topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='InitializeStateData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            group_id: str = "",
            topics: list[InitializeShareGroupStateRequest.InitializeStateData] = _NO,
        ) -> None:
            self.group_id = group_id
            self.topics = [] if topics is _NO else topics

    InitializeShareGroupStateRequest.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    InitializeShareGroupStateRequest.InitializeStateData = _s_InitializeStateData  # type: ignore[attr-defined]
    return InitializeShareGroupStateRequest
"""

_SOURCES['InitializeShareGroupStateResponse'] = r"""
def _build_InitializeShareGroupStateResponse() -> type[Message]:
    class _s_PartitionResult(Struct):
        __qualname__ = 'InitializeShareGroupStateResponse.PartitionResult'
        __slots__ = ('partition', 'error_code', 'error_message')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition', 'Partition', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            partition: int = 0,
            error_code: int = 0,
            error_message: str | None = None,
        ) -> None:
            self.partition = partition
            self.error_code = error_code
            self.error_message = error_message

    _s_PartitionResult.__name__ = 'PartitionResult'

    class _s_InitializeStateResult(Struct):
        __qualname__ = 'InitializeShareGroupStateResponse.InitializeStateResult'
        __slots__ = ('topic_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionResult', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[InitializeShareGroupStateResponse.PartitionResult] = _NO,
        ) -> None:
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions

    _s_InitializeStateResult.__name__ = 'InitializeStateResult'

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
        __slots__ = ('results',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('results', 'Results', 'struct', array=True, struct='InitializeStateResult', versions=(0, MAXV)),
        )

        def __init__(
            self,
            results: list[InitializeShareGroupStateResponse.InitializeStateResult] = _NO,
        ) -> None:
            self.results = [] if results is _NO else results

    InitializeShareGroupStateResponse.PartitionResult = _s_PartitionResult  # type: ignore[attr-defined]
    InitializeShareGroupStateResponse.InitializeStateResult = _s_InitializeStateResult  # type: ignore[attr-defined]
    return InitializeShareGroupStateResponse
"""

_SOURCES['JoinGroupRequest'] = r"""
def _build_JoinGroupRequest() -> type[Message]:
    class _s_JoinGroupRequestProtocol(Struct):
        __qualname__ = 'JoinGroupRequest.JoinGroupRequestProtocol'
        __slots__ = ('name', 'metadata')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('metadata', 'Metadata', 'bytes', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            metadata: bytes = b"",
        ) -> None:
            self.name = name
            self.metadata = metadata

    _s_JoinGroupRequestProtocol.__name__ = 'JoinGroupRequestProtocol'

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
        __slots__ = ('group_id', 'session_timeout_ms', 'rebalance_timeout_ms', 'member_id', 'group_instance_id', 'protocol_type', 'protocols', 'reason')
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

        def __init__(
            self,
            group_id: str = "",
            session_timeout_ms: int = 0,
            rebalance_timeout_ms: int = -1,
            member_id: str = "",
            group_instance_id: str | None = None,
            protocol_type: str = "",
            protocols: list[JoinGroupRequest.JoinGroupRequestProtocol] = _NO,
            reason: str | None = None,
        ) -> None:
            self.group_id = group_id
            self.session_timeout_ms = session_timeout_ms
            self.rebalance_timeout_ms = rebalance_timeout_ms
            self.member_id = member_id
            self.group_instance_id = group_instance_id
            self.protocol_type = protocol_type
            self.protocols = [] if protocols is _NO else protocols
            self.reason = reason

    JoinGroupRequest.JoinGroupRequestProtocol = _s_JoinGroupRequestProtocol  # type: ignore[attr-defined]
    return JoinGroupRequest
"""

_SOURCES['JoinGroupResponse'] = r"""
def _build_JoinGroupResponse() -> type[Message]:
    class _s_JoinGroupResponseMember(Struct):
        __qualname__ = 'JoinGroupResponse.JoinGroupResponseMember'
        __slots__ = ('member_id', 'group_instance_id', 'metadata')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('member_id', 'MemberId', 'string', versions=(0, MAXV)),
            F('group_instance_id', 'GroupInstanceId', 'string', versions=(5, MAXV), nullable=(5, MAXV), ignorable=True),
            F('metadata', 'Metadata', 'bytes', versions=(0, MAXV)),
        )

        def __init__(
            self,
            member_id: str = "",
            group_instance_id: str | None = None,
            metadata: bytes = b"",
        ) -> None:
            self.member_id = member_id
            self.group_instance_id = group_instance_id
            self.metadata = metadata

    _s_JoinGroupResponseMember.__name__ = 'JoinGroupResponseMember'

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
        __slots__ = ('throttle_time_ms', 'error_code', 'generation_id', 'protocol_type', 'protocol_name', 'leader', 'skip_assignment', 'member_id', 'members')
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

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            generation_id: int = -1,
            protocol_type: str | None = None,
            protocol_name: str | None = "",
            leader: str = "",
            skip_assignment: bool = False,
            member_id: str = "",
            members: list[JoinGroupResponse.JoinGroupResponseMember] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.generation_id = generation_id
            self.protocol_type = protocol_type
            self.protocol_name = protocol_name
            self.leader = leader
            self.skip_assignment = skip_assignment
            self.member_id = member_id
            self.members = [] if members is _NO else members

    JoinGroupResponse.JoinGroupResponseMember = _s_JoinGroupResponseMember  # type: ignore[attr-defined]
    return JoinGroupResponse
"""

_SOURCES['KRaftVersionRecord'] = r"""
def _build_KRaftVersionRecord() -> type[Message]:
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
        __slots__ = ('version', 'kraft_version')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('version', 'Version', 'int16', versions=(0, MAXV)),
            F('kraft_version', 'KRaftVersion', 'int16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            version: int = 0,
            kraft_version: int = 0,
        ) -> None:
            self.version = version
            self.kraft_version = kraft_version

    return KRaftVersionRecord
"""

_SOURCES['LeaderAndIsrRequest'] = r"""
def _build_LeaderAndIsrRequest() -> type[Message]:
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
        __slots__ = ()
        _FIELDS: ClassVar[tuple[F, ...]] = (
        )

    return LeaderAndIsrRequest
"""

_SOURCES['LeaderAndIsrResponse'] = r"""
def _build_LeaderAndIsrResponse() -> type[Message]:
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
        __slots__ = ()
        _FIELDS: ClassVar[tuple[F, ...]] = (
        )

    return LeaderAndIsrResponse
"""

_SOURCES['LeaderChangeMessage'] = r"""
def _build_LeaderChangeMessage() -> type[Message]:
    class _s_Voter(Struct):
        __qualname__ = 'LeaderChangeMessage.Voter'
        __slots__ = ('voter_id', 'voter_directory_id')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('voter_id', 'VoterId', 'int32', versions=(0, MAXV)),
            F('voter_directory_id', 'VoterDirectoryId', 'uuid', versions=(1, MAXV)),
        )

        def __init__(
            self,
            voter_id: int = 0,
            voter_directory_id: uuid.UUID = ZERO_UUID,
        ) -> None:
            self.voter_id = voter_id
            self.voter_directory_id = voter_directory_id

    _s_Voter.__name__ = 'Voter'

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
        __slots__ = ('version', 'leader_id', 'voters', 'granting_voters')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('version', 'Version', 'int16', versions=(0, MAXV)),
            F('leader_id', 'LeaderId', 'int32', versions=(0, MAXV)),
            F('voters', 'Voters', 'struct', array=True, struct='Voter', versions=(0, MAXV)),
            F('granting_voters', 'GrantingVoters', 'struct', array=True, struct='Voter', versions=(0, MAXV)),
        )

        def __init__(
            self,
            version: int = 0,
            leader_id: int = 0,
            voters: list[LeaderChangeMessage.Voter] = _NO,
            granting_voters: list[LeaderChangeMessage.Voter] = _NO,
        ) -> None:
            self.version = version
            self.leader_id = leader_id
            self.voters = [] if voters is _NO else voters
            self.granting_voters = [] if granting_voters is _NO else granting_voters

    LeaderChangeMessage.Voter = _s_Voter  # type: ignore[attr-defined]
    return LeaderChangeMessage
"""

_SOURCES['LeaveGroupRequest'] = r"""
def _build_LeaveGroupRequest() -> type[Message]:
    class _s_MemberIdentity(Struct):
        __qualname__ = 'LeaveGroupRequest.MemberIdentity'
        __slots__ = ('member_id', 'group_instance_id', 'reason')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('member_id', 'MemberId', 'string', versions=(3, MAXV)),
            F('group_instance_id', 'GroupInstanceId', 'string', versions=(3, MAXV), nullable=(3, MAXV)),
            F('reason', 'Reason', 'string', versions=(5, MAXV), nullable=(5, MAXV), ignorable=True),
        )

        def __init__(
            self,
            member_id: str = "",
            group_instance_id: str | None = None,
            reason: str | None = None,
        ) -> None:
            self.member_id = member_id
            self.group_instance_id = group_instance_id
            self.reason = reason

    _s_MemberIdentity.__name__ = 'MemberIdentity'

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
        __slots__ = ('group_id', 'member_id', 'members')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('member_id', 'MemberId', 'string', versions=(0, 2)),
            F('members', 'Members', 'struct', array=True, struct='MemberIdentity', versions=(3, MAXV)),
        )

        def __init__(
            self,
            group_id: str = "",
            member_id: str = "",
            members: list[LeaveGroupRequest.MemberIdentity] = _NO,
        ) -> None:
            self.group_id = group_id
            self.member_id = member_id
            self.members = [] if members is _NO else members

    LeaveGroupRequest.MemberIdentity = _s_MemberIdentity  # type: ignore[attr-defined]
    return LeaveGroupRequest
"""

_SOURCES['LeaveGroupResponse'] = r"""
def _build_LeaveGroupResponse() -> type[Message]:
    class _s_MemberResponse(Struct):
        __qualname__ = 'LeaveGroupResponse.MemberResponse'
        __slots__ = ('member_id', 'group_instance_id', 'error_code')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('member_id', 'MemberId', 'string', versions=(3, MAXV)),
            F('group_instance_id', 'GroupInstanceId', 'string', versions=(3, MAXV), nullable=(3, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(3, MAXV)),
        )

        def __init__(
            self,
            member_id: str = "",
            group_instance_id: str | None = "",
            error_code: int = 0,
        ) -> None:
            self.member_id = member_id
            self.group_instance_id = group_instance_id
            self.error_code = error_code

    _s_MemberResponse.__name__ = 'MemberResponse'

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
        __slots__ = ('throttle_time_ms', 'error_code', 'members')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(1, MAXV), ignorable=True),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('members', 'Members', 'struct', array=True, struct='MemberResponse', versions=(3, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            members: list[LeaveGroupResponse.MemberResponse] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.members = [] if members is _NO else members

    LeaveGroupResponse.MemberResponse = _s_MemberResponse  # type: ignore[attr-defined]
    return LeaveGroupResponse
"""

_SOURCES['LegacyOffsetCommitKey'] = r"""
def _build_LegacyOffsetCommitKey() -> type[Message]:
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
        __slots__ = ('group', 'topic', 'partition')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group', 'group', 'string', versions=(0, 0)),
            F('topic', 'topic', 'string', versions=(0, 0)),
            F('partition', 'partition', 'int32', versions=(0, 0)),
        )

        def __init__(
            self,
            group: str = "",
            topic: str = "",
            partition: int = 0,
        ) -> None:
            self.group = group
            self.topic = topic
            self.partition = partition

    return LegacyOffsetCommitKey
"""

_SOURCES['LegacyOffsetCommitValue'] = r"""
def _build_LegacyOffsetCommitValue() -> type[Message]:
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
        __slots__ = ('offset', 'metadata', 'commit_timestamp')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('offset', 'offset', 'int64', versions=(0, 0)),
            F('metadata', 'metadata', 'string', versions=(0, 0)),
            F('commit_timestamp', 'commitTimestamp', 'int64', versions=(0, 0)),
        )

        def __init__(
            self,
            offset: int = 0,
            metadata: str = "",
            commit_timestamp: int = 0,
        ) -> None:
            self.offset = offset
            self.metadata = metadata
            self.commit_timestamp = commit_timestamp

    return LegacyOffsetCommitValue
"""

_SOURCES['ListConfigResourcesRequest'] = r"""
def _build_ListConfigResourcesRequest() -> type[Message]:
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
        __slots__ = ('resource_types',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('resource_types', 'ResourceTypes', 'int8', array=True, versions=(1, MAXV)),
        )

        def __init__(
            self,
            resource_types: list[int] = _NO,
        ) -> None:
            self.resource_types = [] if resource_types is _NO else resource_types

    return ListConfigResourcesRequest
"""

_SOURCES['ListConfigResourcesResponse'] = r"""
def _build_ListConfigResourcesResponse() -> type[Message]:
    class _s_ConfigResource(Struct):
        __qualname__ = 'ListConfigResourcesResponse.ConfigResource'
        __slots__ = ('resource_name', 'resource_type')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('resource_name', 'ResourceName', 'string', versions=(0, MAXV)),
            F('resource_type', 'ResourceType', 'int8', versions=(1, MAXV), ignorable=True),
        )

        def __init__(
            self,
            resource_name: str = "",
            resource_type: int = 16,
        ) -> None:
            self.resource_name = resource_name
            self.resource_type = resource_type

    _s_ConfigResource.__name__ = 'ConfigResource'

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
        __slots__ = ('throttle_time_ms', 'error_code', 'config_resources')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('config_resources', 'ConfigResources', 'struct', array=True, struct='ConfigResource', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            config_resources: list[ListConfigResourcesResponse.ConfigResource] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.config_resources = [] if config_resources is _NO else config_resources

    ListConfigResourcesResponse.ConfigResource = _s_ConfigResource  # type: ignore[attr-defined]
    return ListConfigResourcesResponse
"""

_SOURCES['ListGroupsRequest'] = r"""
def _build_ListGroupsRequest() -> type[Message]:
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
        __slots__ = ('states_filter', 'types_filter')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('states_filter', 'StatesFilter', 'string', array=True, versions=(4, MAXV)),
            F('types_filter', 'TypesFilter', 'string', array=True, versions=(5, MAXV)),
        )

        def __init__(
            self,
            states_filter: list[str] = _NO,
            types_filter: list[str] = _NO,
        ) -> None:
            self.states_filter = [] if states_filter is _NO else states_filter
            self.types_filter = [] if types_filter is _NO else types_filter

    return ListGroupsRequest
"""

_SOURCES['ListGroupsResponse'] = r"""
def _build_ListGroupsResponse() -> type[Message]:
    class _s_ListedGroup(Struct):
        __qualname__ = 'ListGroupsResponse.ListedGroup'
        __slots__ = ('group_id', 'protocol_type', 'group_state', 'group_type')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('protocol_type', 'ProtocolType', 'string', versions=(0, MAXV)),
            F('group_state', 'GroupState', 'string', versions=(4, MAXV), ignorable=True),
            F('group_type', 'GroupType', 'string', versions=(5, MAXV), ignorable=True),
        )

        def __init__(
            self,
            group_id: str = "",
            protocol_type: str = "",
            group_state: str = "",
            group_type: str = "",
        ) -> None:
            self.group_id = group_id
            self.protocol_type = protocol_type
            self.group_state = group_state
            self.group_type = group_type

    _s_ListedGroup.__name__ = 'ListedGroup'

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
        __slots__ = ('throttle_time_ms', 'error_code', 'groups')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(1, MAXV), ignorable=True),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('groups', 'Groups', 'struct', array=True, struct='ListedGroup', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            groups: list[ListGroupsResponse.ListedGroup] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.groups = [] if groups is _NO else groups

    ListGroupsResponse.ListedGroup = _s_ListedGroup  # type: ignore[attr-defined]
    return ListGroupsResponse
"""

_SOURCES['ListOffsetsRequest'] = r"""
def _build_ListOffsetsRequest() -> type[Message]:
    class _s_ListOffsetsPartition(Struct):
        __qualname__ = 'ListOffsetsRequest.ListOffsetsPartition'
        __slots__ = ('partition_index', 'current_leader_epoch', 'timestamp')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('current_leader_epoch', 'CurrentLeaderEpoch', 'int32', versions=(4, MAXV), ignorable=True),
            F('timestamp', 'Timestamp', 'int64', versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
            current_leader_epoch: int = -1,
            timestamp: int = 0,
        ) -> None:
            self.partition_index = partition_index
            self.current_leader_epoch = current_leader_epoch
            self.timestamp = timestamp

    _s_ListOffsetsPartition.__name__ = 'ListOffsetsPartition'

    class _s_ListOffsetsTopic(Struct):
        __qualname__ = 'ListOffsetsRequest.ListOffsetsTopic'
        __slots__ = ('name', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='ListOffsetsPartition', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            partitions: list[ListOffsetsRequest.ListOffsetsPartition] = _NO,
        ) -> None:
            self.name = name
            self.partitions = [] if partitions is _NO else partitions

    _s_ListOffsetsTopic.__name__ = 'ListOffsetsTopic'

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
        __slots__ = ('replica_id', 'isolation_level', 'topics', 'timeout_ms')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('replica_id', 'ReplicaId', 'int32', versions=(0, MAXV)),
            F('isolation_level', 'IsolationLevel', 'int8', versions=(2, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='ListOffsetsTopic', versions=(0, MAXV)),
            F('timeout_ms', 'TimeoutMs', 'int32', versions=(10, MAXV), ignorable=True),
        )

        def __init__(
            self,
            replica_id: int = 0,
            isolation_level: int = 0,
            topics: list[ListOffsetsRequest.ListOffsetsTopic] = _NO,
            timeout_ms: int = 0,
        ) -> None:
            self.replica_id = replica_id
            self.isolation_level = isolation_level
            self.topics = [] if topics is _NO else topics
            self.timeout_ms = timeout_ms

    ListOffsetsRequest.ListOffsetsPartition = _s_ListOffsetsPartition  # type: ignore[attr-defined]
    ListOffsetsRequest.ListOffsetsTopic = _s_ListOffsetsTopic  # type: ignore[attr-defined]
    return ListOffsetsRequest
"""

_SOURCES['ListOffsetsResponse'] = r"""
def _build_ListOffsetsResponse() -> type[Message]:
    class _s_ListOffsetsPartitionResponse(Struct):
        __qualname__ = 'ListOffsetsResponse.ListOffsetsPartitionResponse'
        __slots__ = ('partition_index', 'error_code', 'timestamp', 'offset', 'leader_epoch')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('timestamp', 'Timestamp', 'int64', versions=(1, MAXV)),
            F('offset', 'Offset', 'int64', versions=(1, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(4, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
            error_code: int = 0,
            timestamp: int = -1,
            offset: int = -1,
            leader_epoch: int = -1,
        ) -> None:
            self.partition_index = partition_index
            self.error_code = error_code
            self.timestamp = timestamp
            self.offset = offset
            self.leader_epoch = leader_epoch

    _s_ListOffsetsPartitionResponse.__name__ = 'ListOffsetsPartitionResponse'

    class _s_ListOffsetsTopicResponse(Struct):
        __qualname__ = 'ListOffsetsResponse.ListOffsetsTopicResponse'
        __slots__ = ('name', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='ListOffsetsPartitionResponse', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            partitions: list[ListOffsetsResponse.ListOffsetsPartitionResponse] = _NO,
        ) -> None:
            self.name = name
            self.partitions = [] if partitions is _NO else partitions

    _s_ListOffsetsTopicResponse.__name__ = 'ListOffsetsTopicResponse'

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
        __slots__ = ('throttle_time_ms', 'topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(2, MAXV), ignorable=True),
            F('topics', 'Topics', 'struct', array=True, struct='ListOffsetsTopicResponse', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            topics: list[ListOffsetsResponse.ListOffsetsTopicResponse] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.topics = [] if topics is _NO else topics

    ListOffsetsResponse.ListOffsetsPartitionResponse = _s_ListOffsetsPartitionResponse  # type: ignore[attr-defined]
    ListOffsetsResponse.ListOffsetsTopicResponse = _s_ListOffsetsTopicResponse  # type: ignore[attr-defined]
    return ListOffsetsResponse
"""

_SOURCES['ListPartitionReassignmentsRequest'] = r"""
def _build_ListPartitionReassignmentsRequest() -> type[Message]:
    class _s_ListPartitionReassignmentsTopics(Struct):
        __qualname__ = 'ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics'
        __slots__ = ('name', 'partition_indexes')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partition_indexes', 'PartitionIndexes', 'int32', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            partition_indexes: list[int] = _NO,
        ) -> None:
            self.name = name
            self.partition_indexes = [] if partition_indexes is _NO else partition_indexes

    _s_ListPartitionReassignmentsTopics.__name__ = 'ListPartitionReassignmentsTopics'

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
        __slots__ = ('timeout_ms', 'topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('timeout_ms', 'TimeoutMs', 'int32', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='ListPartitionReassignmentsTopics', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            timeout_ms: int = 60000,
            topics: list[ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics] | None = None,
        ) -> None:
            self.timeout_ms = timeout_ms
            self.topics = topics

    ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics = _s_ListPartitionReassignmentsTopics  # type: ignore[attr-defined]
    return ListPartitionReassignmentsRequest
"""

_SOURCES['ListPartitionReassignmentsResponse'] = r"""
def _build_ListPartitionReassignmentsResponse() -> type[Message]:
    class _s_OngoingPartitionReassignment(Struct):
        __qualname__ = 'ListPartitionReassignmentsResponse.OngoingPartitionReassignment'
        __slots__ = ('partition_index', 'replicas', 'adding_replicas', 'removing_replicas')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('replicas', 'Replicas', 'int32', array=True, versions=(0, MAXV)),
            F('adding_replicas', 'AddingReplicas', 'int32', array=True, versions=(0, MAXV)),
            F('removing_replicas', 'RemovingReplicas', 'int32', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
            replicas: list[int] = _NO,
            adding_replicas: list[int] = _NO,
            removing_replicas: list[int] = _NO,
        ) -> None:
            self.partition_index = partition_index
            self.replicas = [] if replicas is _NO else replicas
            self.adding_replicas = [] if adding_replicas is _NO else adding_replicas
            self.removing_replicas = [] if removing_replicas is _NO else removing_replicas

    _s_OngoingPartitionReassignment.__name__ = 'OngoingPartitionReassignment'

    class _s_OngoingTopicReassignment(Struct):
        __qualname__ = 'ListPartitionReassignmentsResponse.OngoingTopicReassignment'
        __slots__ = ('name', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='OngoingPartitionReassignment', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            partitions: list[ListPartitionReassignmentsResponse.OngoingPartitionReassignment] = _NO,
        ) -> None:
            self.name = name
            self.partitions = [] if partitions is _NO else partitions

    _s_OngoingTopicReassignment.__name__ = 'OngoingTopicReassignment'

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
        __slots__ = ('throttle_time_ms', 'error_code', 'error_message', 'topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='OngoingTopicReassignment', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            error_message: str | None = "",
            topics: list[ListPartitionReassignmentsResponse.OngoingTopicReassignment] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.error_message = error_message
            self.topics = [] if topics is _NO else topics

    ListPartitionReassignmentsResponse.OngoingPartitionReassignment = _s_OngoingPartitionReassignment  # type: ignore[attr-defined]
    ListPartitionReassignmentsResponse.OngoingTopicReassignment = _s_OngoingTopicReassignment  # type: ignore[attr-defined]
    return ListPartitionReassignmentsResponse
"""

_SOURCES['ListTransactionsRequest'] = r"""
def _build_ListTransactionsRequest() -> type[Message]:
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
        __slots__ = ('state_filters', 'producer_id_filters', 'duration_filter', 'transactional_id_pattern')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('state_filters', 'StateFilters', 'string', array=True, versions=(0, MAXV)),
            F('producer_id_filters', 'ProducerIdFilters', 'int64', array=True, versions=(0, MAXV)),
            F('duration_filter', 'DurationFilter', 'int64', versions=(1, MAXV)),
            F('transactional_id_pattern', 'TransactionalIdPattern', 'string', versions=(2, MAXV), nullable=(2, MAXV)),
        )

        def __init__(
            self,
            state_filters: list[str] = _NO,
            producer_id_filters: list[int] = _NO,
            duration_filter: int = -1,
            transactional_id_pattern: str | None = None,
        ) -> None:
            self.state_filters = [] if state_filters is _NO else state_filters
            self.producer_id_filters = [] if producer_id_filters is _NO else producer_id_filters
            self.duration_filter = duration_filter
            self.transactional_id_pattern = transactional_id_pattern

    return ListTransactionsRequest
"""

_SOURCES['ListTransactionsResponse'] = r"""
def _build_ListTransactionsResponse() -> type[Message]:
    class _s_TransactionState(Struct):
        __qualname__ = 'ListTransactionsResponse.TransactionState'
        __slots__ = ('transactional_id', 'producer_id', 'transaction_state')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('transactional_id', 'TransactionalId', 'string', versions=(0, MAXV)),
            F('producer_id', 'ProducerId', 'int64', versions=(0, MAXV)),
            F('transaction_state', 'TransactionState', 'string', versions=(0, MAXV)),
        )

        def __init__(
            self,
            transactional_id: str = "",
            producer_id: int = 0,
            transaction_state: str = "",
        ) -> None:
            self.transactional_id = transactional_id
            self.producer_id = producer_id
            self.transaction_state = transaction_state

    _s_TransactionState.__name__ = 'TransactionState'

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
        __slots__ = ('throttle_time_ms', 'error_code', 'unknown_state_filters', 'transaction_states')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('unknown_state_filters', 'UnknownStateFilters', 'string', array=True, versions=(0, MAXV)),
            F('transaction_states', 'TransactionStates', 'struct', array=True, struct='TransactionState', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            unknown_state_filters: list[str] = _NO,
            transaction_states: list[ListTransactionsResponse.TransactionState] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.unknown_state_filters = [] if unknown_state_filters is _NO else unknown_state_filters
            self.transaction_states = [] if transaction_states is _NO else transaction_states

    ListTransactionsResponse.TransactionState = _s_TransactionState  # type: ignore[attr-defined]
    return ListTransactionsResponse
"""

_SOURCES['MetadataRequest'] = r"""
def _build_MetadataRequest() -> type[Message]:
    class _s_MetadataRequestTopic(Struct):
        __qualname__ = 'MetadataRequest.MetadataRequestTopic'
        __slots__ = ('topic_id', 'name')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(10, MAXV), ignorable=True),
            F('name', 'Name', 'string', versions=(0, MAXV), nullable=(10, MAXV)),
        )

        def __init__(
            self,
            topic_id: uuid.UUID = ZERO_UUID,
            name: str | None = "",
        ) -> None:
            self.topic_id = topic_id
            self.name = name

    _s_MetadataRequestTopic.__name__ = 'MetadataRequestTopic'

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
        __slots__ = ('topics', 'allow_auto_topic_creation', 'include_cluster_authorized_operations', 'include_topic_authorized_operations')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topics', 'Topics', 'struct', array=True, struct='MetadataRequestTopic', versions=(0, MAXV), nullable=(1, MAXV)),
            F('allow_auto_topic_creation', 'AllowAutoTopicCreation', 'bool', versions=(4, MAXV)),
            F('include_cluster_authorized_operations', 'IncludeClusterAuthorizedOperations', 'bool', versions=(8, 10)),
            F('include_topic_authorized_operations', 'IncludeTopicAuthorizedOperations', 'bool', versions=(8, MAXV)),
        )

        def __init__(
            self,
            topics: list[MetadataRequest.MetadataRequestTopic] | None = _NO,
            allow_auto_topic_creation: bool = True,
            include_cluster_authorized_operations: bool = False,
            include_topic_authorized_operations: bool = False,
        ) -> None:
            self.topics = [] if topics is _NO else topics
            self.allow_auto_topic_creation = allow_auto_topic_creation
            self.include_cluster_authorized_operations = include_cluster_authorized_operations
            self.include_topic_authorized_operations = include_topic_authorized_operations

    MetadataRequest.MetadataRequestTopic = _s_MetadataRequestTopic  # type: ignore[attr-defined]
    return MetadataRequest
"""

_SOURCES['MetadataResponse'] = r"""
def _build_MetadataResponse() -> type[Message]:
    class _s_MetadataResponseBroker(Struct):
        __qualname__ = 'MetadataResponse.MetadataResponseBroker'
        __slots__ = ('node_id', 'host', 'port', 'rack')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('node_id', 'NodeId', 'int32', versions=(0, MAXV)),
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('port', 'Port', 'int32', versions=(0, MAXV)),
            F('rack', 'Rack', 'string', versions=(1, MAXV), nullable=(1, MAXV), ignorable=True),
        )

        def __init__(
            self,
            node_id: int = 0,
            host: str = "",
            port: int = 0,
            rack: str | None = None,
        ) -> None:
            self.node_id = node_id
            self.host = host
            self.port = port
            self.rack = rack

    _s_MetadataResponseBroker.__name__ = 'MetadataResponseBroker'

    class _s_MetadataResponsePartition(Struct):
        __qualname__ = 'MetadataResponse.MetadataResponsePartition'
        __slots__ = ('error_code', 'partition_index', 'leader_id', 'leader_epoch', 'replica_nodes', 'isr_nodes', 'offline_replicas')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('leader_id', 'LeaderId', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(7, MAXV), ignorable=True),
            F('replica_nodes', 'ReplicaNodes', 'int32', array=True, versions=(0, MAXV)),
            F('isr_nodes', 'IsrNodes', 'int32', array=True, versions=(0, MAXV)),
            F('offline_replicas', 'OfflineReplicas', 'int32', array=True, versions=(5, MAXV), ignorable=True),
        )

        def __init__(
            self,
            error_code: int = 0,
            partition_index: int = 0,
            leader_id: int = 0,
            leader_epoch: int = -1,
            replica_nodes: list[int] = _NO,
            isr_nodes: list[int] = _NO,
            offline_replicas: list[int] = _NO,
        ) -> None:
            self.error_code = error_code
            self.partition_index = partition_index
            self.leader_id = leader_id
            self.leader_epoch = leader_epoch
            self.replica_nodes = [] if replica_nodes is _NO else replica_nodes
            self.isr_nodes = [] if isr_nodes is _NO else isr_nodes
            self.offline_replicas = [] if offline_replicas is _NO else offline_replicas

    _s_MetadataResponsePartition.__name__ = 'MetadataResponsePartition'

    class _s_MetadataResponseTopic(Struct):
        __qualname__ = 'MetadataResponse.MetadataResponseTopic'
        __slots__ = ('error_code', 'name', 'topic_id', 'is_internal', 'partitions', 'topic_authorized_operations')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('name', 'Name', 'string', versions=(0, MAXV), nullable=(12, MAXV)),
            F('topic_id', 'TopicId', 'uuid', versions=(10, MAXV), ignorable=True),
            F('is_internal', 'IsInternal', 'bool', versions=(1, MAXV), ignorable=True),
            F('partitions', 'Partitions', 'struct', array=True, struct='MetadataResponsePartition', versions=(0, MAXV)),
            F('topic_authorized_operations', 'TopicAuthorizedOperations', 'int32', versions=(8, MAXV)),
        )

        def __init__(
            self,
            error_code: int = 0,
            name: str | None = "",
            topic_id: uuid.UUID = ZERO_UUID,
            is_internal: bool = False,
            partitions: list[MetadataResponse.MetadataResponsePartition] = _NO,
            topic_authorized_operations: int = -2147483648,
        ) -> None:
            self.error_code = error_code
            self.name = name
            self.topic_id = topic_id
            self.is_internal = is_internal
            self.partitions = [] if partitions is _NO else partitions
            self.topic_authorized_operations = topic_authorized_operations

    _s_MetadataResponseTopic.__name__ = 'MetadataResponseTopic'

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
        __slots__ = ('throttle_time_ms', 'brokers', 'cluster_id', 'controller_id', 'topics', 'cluster_authorized_operations', 'error_code')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(3, MAXV), ignorable=True),
            F('brokers', 'Brokers', 'struct', array=True, struct='MetadataResponseBroker', versions=(0, MAXV)),
            F('cluster_id', 'ClusterId', 'string', versions=(2, MAXV), nullable=(2, MAXV), ignorable=True),
            F('controller_id', 'ControllerId', 'int32', versions=(1, MAXV), ignorable=True),
            F('topics', 'Topics', 'struct', array=True, struct='MetadataResponseTopic', versions=(0, MAXV)),
            F('cluster_authorized_operations', 'ClusterAuthorizedOperations', 'int32', versions=(8, 10)),
            F('error_code', 'ErrorCode', 'int16', versions=(13, MAXV), ignorable=True),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            brokers: list[MetadataResponse.MetadataResponseBroker] = _NO,
            cluster_id: str | None = None,
            controller_id: int = -1,
            topics: list[MetadataResponse.MetadataResponseTopic] = _NO,
            cluster_authorized_operations: int = -2147483648,
            error_code: int = 0,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.brokers = [] if brokers is _NO else brokers
            self.cluster_id = cluster_id
            self.controller_id = controller_id
            self.topics = [] if topics is _NO else topics
            self.cluster_authorized_operations = cluster_authorized_operations
            self.error_code = error_code

    MetadataResponse.MetadataResponseBroker = _s_MetadataResponseBroker  # type: ignore[attr-defined]
    MetadataResponse.MetadataResponsePartition = _s_MetadataResponsePartition  # type: ignore[attr-defined]
    MetadataResponse.MetadataResponseTopic = _s_MetadataResponseTopic  # type: ignore[attr-defined]
    return MetadataResponse
"""

_SOURCES['NoOpRecord'] = r"""
def _build_NoOpRecord() -> type[Message]:
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
        __slots__ = ()
        _FIELDS: ClassVar[tuple[F, ...]] = (
        )

    return NoOpRecord
"""

_SOURCES['OffsetCommitKey'] = r"""
def _build_OffsetCommitKey() -> type[Message]:
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
        __slots__ = ('group', 'topic', 'partition')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group', 'group', 'string', versions=(0, 0)),
            F('topic', 'topic', 'string', versions=(0, 0)),
            F('partition', 'partition', 'int32', versions=(0, 0)),
        )

        def __init__(
            self,
            group: str = "",
            topic: str = "",
            partition: int = 0,
        ) -> None:
            self.group = group
            self.topic = topic
            self.partition = partition

    return OffsetCommitKey
"""

_SOURCES['OffsetCommitRequest'] = r"""
def _build_OffsetCommitRequest() -> type[Message]:
    class _s_OffsetCommitRequestPartition(Struct):
        __qualname__ = 'OffsetCommitRequest.OffsetCommitRequestPartition'
        __slots__ = ('partition_index', 'committed_offset', 'committed_leader_epoch', 'committed_metadata')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('committed_offset', 'CommittedOffset', 'int64', versions=(0, MAXV)),
            F('committed_leader_epoch', 'CommittedLeaderEpoch', 'int32', versions=(6, MAXV), ignorable=True),
            F('committed_metadata', 'CommittedMetadata', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
            committed_offset: int = 0,
            committed_leader_epoch: int = -1,
            committed_metadata: str | None = "",
        ) -> None:
            self.partition_index = partition_index
            self.committed_offset = committed_offset
            self.committed_leader_epoch = committed_leader_epoch
            self.committed_metadata = committed_metadata

    _s_OffsetCommitRequestPartition.__name__ = 'OffsetCommitRequestPartition'

    class _s_OffsetCommitRequestTopic(Struct):
        __qualname__ = 'OffsetCommitRequest.OffsetCommitRequestTopic'
        __slots__ = ('name', 'topic_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, 9), ignorable=True),
            F('topic_id', 'TopicId', 'uuid', versions=(10, MAXV), ignorable=True),
            F('partitions', 'Partitions', 'struct', array=True, struct='OffsetCommitRequestPartition', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[OffsetCommitRequest.OffsetCommitRequestPartition] = _NO,
        ) -> None:
            self.name = name
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions

    _s_OffsetCommitRequestTopic.__name__ = 'OffsetCommitRequestTopic'

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
        __slots__ = ('group_id', 'generation_id_or_member_epoch', 'member_id', 'group_instance_id', 'retention_time_ms', 'topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('generation_id_or_member_epoch', 'GenerationIdOrMemberEpoch', 'int32', versions=(1, MAXV), ignorable=True),
            F('member_id', 'MemberId', 'string', versions=(1, MAXV), ignorable=True),
            F('group_instance_id', 'GroupInstanceId', 'string', versions=(7, MAXV), nullable=(7, MAXV)),
            F('retention_time_ms', 'RetentionTimeMs', 'int64', versions=(2, 4), ignorable=True),
            F('topics', 'Topics', 'struct', array=True, struct='OffsetCommitRequestTopic', versions=(0, MAXV)),
        )

        def __init__(
            self,
            group_id: str = "",
            generation_id_or_member_epoch: int = -1,
            member_id: str = "",
            group_instance_id: str | None = None,
            retention_time_ms: int = -1,
            topics: list[OffsetCommitRequest.OffsetCommitRequestTopic] = _NO,
        ) -> None:
            self.group_id = group_id
            self.generation_id_or_member_epoch = generation_id_or_member_epoch
            self.member_id = member_id
            self.group_instance_id = group_instance_id
            self.retention_time_ms = retention_time_ms
            self.topics = [] if topics is _NO else topics

    OffsetCommitRequest.OffsetCommitRequestPartition = _s_OffsetCommitRequestPartition  # type: ignore[attr-defined]
    OffsetCommitRequest.OffsetCommitRequestTopic = _s_OffsetCommitRequestTopic  # type: ignore[attr-defined]
    return OffsetCommitRequest
"""

_SOURCES['OffsetCommitResponse'] = r"""
def _build_OffsetCommitResponse() -> type[Message]:
    class _s_OffsetCommitResponsePartition(Struct):
        __qualname__ = 'OffsetCommitResponse.OffsetCommitResponsePartition'
        __slots__ = ('partition_index', 'error_code')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
            error_code: int = 0,
        ) -> None:
            self.partition_index = partition_index
            self.error_code = error_code

    _s_OffsetCommitResponsePartition.__name__ = 'OffsetCommitResponsePartition'

    class _s_OffsetCommitResponseTopic(Struct):
        __qualname__ = 'OffsetCommitResponse.OffsetCommitResponseTopic'
        __slots__ = ('name', 'topic_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, 9), ignorable=True),
            F('topic_id', 'TopicId', 'uuid', versions=(10, MAXV), ignorable=True),
            F('partitions', 'Partitions', 'struct', array=True, struct='OffsetCommitResponsePartition', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[OffsetCommitResponse.OffsetCommitResponsePartition] = _NO,
        ) -> None:
            self.name = name
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions

    _s_OffsetCommitResponseTopic.__name__ = 'OffsetCommitResponseTopic'

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
        __slots__ = ('throttle_time_ms', 'topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(3, MAXV), ignorable=True),
            F('topics', 'Topics', 'struct', array=True, struct='OffsetCommitResponseTopic', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            topics: list[OffsetCommitResponse.OffsetCommitResponseTopic] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.topics = [] if topics is _NO else topics

    OffsetCommitResponse.OffsetCommitResponsePartition = _s_OffsetCommitResponsePartition  # type: ignore[attr-defined]
    OffsetCommitResponse.OffsetCommitResponseTopic = _s_OffsetCommitResponseTopic  # type: ignore[attr-defined]
    return OffsetCommitResponse
"""

_SOURCES['OffsetCommitValue'] = r"""
def _build_OffsetCommitValue() -> type[Message]:
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
        __slots__ = ('offset', 'leader_epoch', 'metadata', 'commit_timestamp', 'expire_timestamp', 'topic_id')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('offset', 'offset', 'int64', versions=(0, MAXV)),
            F('leader_epoch', 'leaderEpoch', 'int32', versions=(3, MAXV), ignorable=True),
            F('metadata', 'metadata', 'string', versions=(0, MAXV)),
            F('commit_timestamp', 'commitTimestamp', 'int64', versions=(0, MAXV)),
            F('expire_timestamp', 'expireTimestamp', 'int64', versions=(1, 1), ignorable=True),
            F('topic_id', 'topicId', 'uuid', versions=(4, MAXV), tag=0, tagged=(4, MAXV), ignorable=True),
        )

        def __init__(
            self,
            offset: int = 0,
            leader_epoch: int = -1,
            metadata: str = "",
            commit_timestamp: int = 0,
            expire_timestamp: int = -1,
            topic_id: uuid.UUID = ZERO_UUID,
        ) -> None:
            self.offset = offset
            self.leader_epoch = leader_epoch
            self.metadata = metadata
            self.commit_timestamp = commit_timestamp
            self.expire_timestamp = expire_timestamp
            self.topic_id = topic_id

    return OffsetCommitValue
"""

_SOURCES['OffsetDeleteRequest'] = r"""
def _build_OffsetDeleteRequest() -> type[Message]:
    class _s_OffsetDeleteRequestPartition(Struct):
        __qualname__ = 'OffsetDeleteRequest.OffsetDeleteRequestPartition'
        __slots__ = ('partition_index',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
        ) -> None:
            self.partition_index = partition_index

    _s_OffsetDeleteRequestPartition.__name__ = 'OffsetDeleteRequestPartition'

    class _s_OffsetDeleteRequestTopic(Struct):
        __qualname__ = 'OffsetDeleteRequest.OffsetDeleteRequestTopic'
        __slots__ = ('name', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='OffsetDeleteRequestPartition', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            partitions: list[OffsetDeleteRequest.OffsetDeleteRequestPartition] = _NO,
        ) -> None:
            self.name = name
            self.partitions = [] if partitions is _NO else partitions

    _s_OffsetDeleteRequestTopic.__name__ = 'OffsetDeleteRequestTopic'

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
        __slots__ = ('group_id', 'topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='OffsetDeleteRequestTopic', versions=(0, MAXV)),
        )

        def __init__(
            self,
            group_id: str = "",
            topics: list[OffsetDeleteRequest.OffsetDeleteRequestTopic] = _NO,
        ) -> None:
            self.group_id = group_id
            self.topics = [] if topics is _NO else topics

    OffsetDeleteRequest.OffsetDeleteRequestPartition = _s_OffsetDeleteRequestPartition  # type: ignore[attr-defined]
    OffsetDeleteRequest.OffsetDeleteRequestTopic = _s_OffsetDeleteRequestTopic  # type: ignore[attr-defined]
    return OffsetDeleteRequest
"""

_SOURCES['OffsetDeleteResponse'] = r"""
def _build_OffsetDeleteResponse() -> type[Message]:
    class _s_OffsetDeleteResponsePartition(Struct):
        __qualname__ = 'OffsetDeleteResponse.OffsetDeleteResponsePartition'
        __slots__ = ('partition_index', 'error_code')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
            error_code: int = 0,
        ) -> None:
            self.partition_index = partition_index
            self.error_code = error_code

    _s_OffsetDeleteResponsePartition.__name__ = 'OffsetDeleteResponsePartition'

    class _s_OffsetDeleteResponseTopic(Struct):
        __qualname__ = 'OffsetDeleteResponse.OffsetDeleteResponseTopic'
        __slots__ = ('name', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='OffsetDeleteResponsePartition', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            partitions: list[OffsetDeleteResponse.OffsetDeleteResponsePartition] = _NO,
        ) -> None:
            self.name = name
            self.partitions = [] if partitions is _NO else partitions

    _s_OffsetDeleteResponseTopic.__name__ = 'OffsetDeleteResponseTopic'

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
        __slots__ = ('error_code', 'throttle_time_ms', 'topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV), ignorable=True),
            F('topics', 'Topics', 'struct', array=True, struct='OffsetDeleteResponseTopic', versions=(0, MAXV)),
        )

        def __init__(
            self,
            error_code: int = 0,
            throttle_time_ms: int = 0,
            topics: list[OffsetDeleteResponse.OffsetDeleteResponseTopic] = _NO,
        ) -> None:
            self.error_code = error_code
            self.throttle_time_ms = throttle_time_ms
            self.topics = [] if topics is _NO else topics

    OffsetDeleteResponse.OffsetDeleteResponsePartition = _s_OffsetDeleteResponsePartition  # type: ignore[attr-defined]
    OffsetDeleteResponse.OffsetDeleteResponseTopic = _s_OffsetDeleteResponseTopic  # type: ignore[attr-defined]
    return OffsetDeleteResponse
"""

_SOURCES['OffsetFetchRequest'] = r"""
def _build_OffsetFetchRequest() -> type[Message]:
    class _s_OffsetFetchRequestTopic(Struct):
        __qualname__ = 'OffsetFetchRequest.OffsetFetchRequestTopic'
        __slots__ = ('name', 'partition_indexes')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, 7)),
            F('partition_indexes', 'PartitionIndexes', 'int32', array=True, versions=(0, 7)),
        )

        def __init__(
            self,
            name: str = "",
            partition_indexes: list[int] = _NO,
        ) -> None:
            self.name = name
            self.partition_indexes = [] if partition_indexes is _NO else partition_indexes

    _s_OffsetFetchRequestTopic.__name__ = 'OffsetFetchRequestTopic'

    class _s_OffsetFetchRequestTopics(Struct):
        __qualname__ = 'OffsetFetchRequest.OffsetFetchRequestTopics'
        __slots__ = ('name', 'topic_id', 'partition_indexes')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(8, 9), ignorable=True),
            F('topic_id', 'TopicId', 'uuid', versions=(10, MAXV), ignorable=True),
            F('partition_indexes', 'PartitionIndexes', 'int32', array=True, versions=(8, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            topic_id: uuid.UUID = ZERO_UUID,
            partition_indexes: list[int] = _NO,
        ) -> None:
            self.name = name
            self.topic_id = topic_id
            self.partition_indexes = [] if partition_indexes is _NO else partition_indexes

    _s_OffsetFetchRequestTopics.__name__ = 'OffsetFetchRequestTopics'

    class _s_OffsetFetchRequestGroup(Struct):
        __qualname__ = 'OffsetFetchRequest.OffsetFetchRequestGroup'
        __slots__ = ('group_id', 'member_id', 'member_epoch', 'topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(8, MAXV)),
            F('member_id', 'MemberId', 'string', versions=(9, MAXV), nullable=(9, MAXV), ignorable=True),
            F('member_epoch', 'MemberEpoch', 'int32', versions=(9, MAXV), ignorable=True),
            F('topics', 'Topics', 'struct', array=True, struct='OffsetFetchRequestTopics', versions=(8, MAXV), nullable=(8, MAXV)),
        )

        def __init__(
            self,
            group_id: str = "",
            member_id: str | None = None,
            member_epoch: int = -1,
            topics: list[OffsetFetchRequest.OffsetFetchRequestTopics] | None = _NO,
        ) -> None:
            self.group_id = group_id
            self.member_id = member_id
            self.member_epoch = member_epoch
            self.topics = [] if topics is _NO else topics

    _s_OffsetFetchRequestGroup.__name__ = 'OffsetFetchRequestGroup'

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
        __slots__ = ('group_id', 'topics', 'groups', 'require_stable')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 7)),
            F('topics', 'Topics', 'struct', array=True, struct='OffsetFetchRequestTopic', versions=(0, 7), nullable=(2, 7)),
            F('groups', 'Groups', 'struct', array=True, struct='OffsetFetchRequestGroup', versions=(8, MAXV)),
            F('require_stable', 'RequireStable', 'bool', versions=(7, MAXV)),
        )

        def __init__(
            self,
            group_id: str = "",
            topics: list[OffsetFetchRequest.OffsetFetchRequestTopic] | None = _NO,
            groups: list[OffsetFetchRequest.OffsetFetchRequestGroup] = _NO,
            require_stable: bool = False,
        ) -> None:
            self.group_id = group_id
            self.topics = [] if topics is _NO else topics
            self.groups = [] if groups is _NO else groups
            self.require_stable = require_stable

    OffsetFetchRequest.OffsetFetchRequestTopic = _s_OffsetFetchRequestTopic  # type: ignore[attr-defined]
    OffsetFetchRequest.OffsetFetchRequestTopics = _s_OffsetFetchRequestTopics  # type: ignore[attr-defined]
    OffsetFetchRequest.OffsetFetchRequestGroup = _s_OffsetFetchRequestGroup  # type: ignore[attr-defined]
    return OffsetFetchRequest
"""

_SOURCES['OffsetFetchResponse'] = r"""
def _build_OffsetFetchResponse() -> type[Message]:
    class _s_OffsetFetchResponsePartition(Struct):
        __qualname__ = 'OffsetFetchResponse.OffsetFetchResponsePartition'
        __slots__ = ('partition_index', 'committed_offset', 'committed_leader_epoch', 'metadata', 'error_code')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, 7)),
            F('committed_offset', 'CommittedOffset', 'int64', versions=(0, 7)),
            F('committed_leader_epoch', 'CommittedLeaderEpoch', 'int32', versions=(5, 7), ignorable=True),
            F('metadata', 'Metadata', 'string', versions=(0, 7), nullable=(0, 7)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, 7)),
        )

        def __init__(
            self,
            partition_index: int = 0,
            committed_offset: int = 0,
            committed_leader_epoch: int = -1,
            metadata: str | None = "",
            error_code: int = 0,
        ) -> None:
            self.partition_index = partition_index
            self.committed_offset = committed_offset
            self.committed_leader_epoch = committed_leader_epoch
            self.metadata = metadata
            self.error_code = error_code

    _s_OffsetFetchResponsePartition.__name__ = 'OffsetFetchResponsePartition'

    class _s_OffsetFetchResponseTopic(Struct):
        __qualname__ = 'OffsetFetchResponse.OffsetFetchResponseTopic'
        __slots__ = ('name', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, 7)),
            F('partitions', 'Partitions', 'struct', array=True, struct='OffsetFetchResponsePartition', versions=(0, 7)),
        )

        def __init__(
            self,
            name: str = "",
            partitions: list[OffsetFetchResponse.OffsetFetchResponsePartition] = _NO,
        ) -> None:
            self.name = name
            self.partitions = [] if partitions is _NO else partitions

    _s_OffsetFetchResponseTopic.__name__ = 'OffsetFetchResponseTopic'

    class _s_OffsetFetchResponsePartitions(Struct):
        __qualname__ = 'OffsetFetchResponse.OffsetFetchResponsePartitions'
        __slots__ = ('partition_index', 'committed_offset', 'committed_leader_epoch', 'metadata', 'error_code')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(8, MAXV)),
            F('committed_offset', 'CommittedOffset', 'int64', versions=(8, MAXV)),
            F('committed_leader_epoch', 'CommittedLeaderEpoch', 'int32', versions=(8, MAXV), ignorable=True),
            F('metadata', 'Metadata', 'string', versions=(8, MAXV), nullable=(8, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(8, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
            committed_offset: int = 0,
            committed_leader_epoch: int = -1,
            metadata: str | None = "",
            error_code: int = 0,
        ) -> None:
            self.partition_index = partition_index
            self.committed_offset = committed_offset
            self.committed_leader_epoch = committed_leader_epoch
            self.metadata = metadata
            self.error_code = error_code

    _s_OffsetFetchResponsePartitions.__name__ = 'OffsetFetchResponsePartitions'

    class _s_OffsetFetchResponseTopics(Struct):
        __qualname__ = 'OffsetFetchResponse.OffsetFetchResponseTopics'
        __slots__ = ('name', 'topic_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(8, 9), ignorable=True),
            F('topic_id', 'TopicId', 'uuid', versions=(10, MAXV), ignorable=True),
            F('partitions', 'Partitions', 'struct', array=True, struct='OffsetFetchResponsePartitions', versions=(8, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[OffsetFetchResponse.OffsetFetchResponsePartitions] = _NO,
        ) -> None:
            self.name = name
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions

    _s_OffsetFetchResponseTopics.__name__ = 'OffsetFetchResponseTopics'

    class _s_OffsetFetchResponseGroup(Struct):
        __qualname__ = 'OffsetFetchResponse.OffsetFetchResponseGroup'
        __slots__ = ('group_id', 'topics', 'error_code')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(8, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='OffsetFetchResponseTopics', versions=(8, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(8, MAXV)),
        )

        def __init__(
            self,
            group_id: str = "",
            topics: list[OffsetFetchResponse.OffsetFetchResponseTopics] = _NO,
            error_code: int = 0,
        ) -> None:
            self.group_id = group_id
            self.topics = [] if topics is _NO else topics
            self.error_code = error_code

    _s_OffsetFetchResponseGroup.__name__ = 'OffsetFetchResponseGroup'

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
        __slots__ = ('throttle_time_ms', 'topics', 'error_code', 'groups')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(3, MAXV), ignorable=True),
            F('topics', 'Topics', 'struct', array=True, struct='OffsetFetchResponseTopic', versions=(0, 7)),
            F('error_code', 'ErrorCode', 'int16', versions=(2, 7), ignorable=True),
            F('groups', 'Groups', 'struct', array=True, struct='OffsetFetchResponseGroup', versions=(8, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            topics: list[OffsetFetchResponse.OffsetFetchResponseTopic] = _NO,
            error_code: int = 0,
            groups: list[OffsetFetchResponse.OffsetFetchResponseGroup] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.topics = [] if topics is _NO else topics
            self.error_code = error_code
            self.groups = [] if groups is _NO else groups

    OffsetFetchResponse.OffsetFetchResponsePartition = _s_OffsetFetchResponsePartition  # type: ignore[attr-defined]
    OffsetFetchResponse.OffsetFetchResponseTopic = _s_OffsetFetchResponseTopic  # type: ignore[attr-defined]
    OffsetFetchResponse.OffsetFetchResponsePartitions = _s_OffsetFetchResponsePartitions  # type: ignore[attr-defined]
    OffsetFetchResponse.OffsetFetchResponseTopics = _s_OffsetFetchResponseTopics  # type: ignore[attr-defined]
    OffsetFetchResponse.OffsetFetchResponseGroup = _s_OffsetFetchResponseGroup  # type: ignore[attr-defined]
    return OffsetFetchResponse
"""

_SOURCES['OffsetForLeaderEpochRequest'] = r"""
def _build_OffsetForLeaderEpochRequest() -> type[Message]:
    class _s_OffsetForLeaderPartition(Struct):
        __qualname__ = 'OffsetForLeaderEpochRequest.OffsetForLeaderPartition'
        __slots__ = ('partition', 'current_leader_epoch', 'leader_epoch')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition', 'Partition', 'int32', versions=(0, MAXV)),
            F('current_leader_epoch', 'CurrentLeaderEpoch', 'int32', versions=(2, MAXV), ignorable=True),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition: int = 0,
            current_leader_epoch: int = -1,
            leader_epoch: int = 0,
        ) -> None:
            self.partition = partition
            self.current_leader_epoch = current_leader_epoch
            self.leader_epoch = leader_epoch

    _s_OffsetForLeaderPartition.__name__ = 'OffsetForLeaderPartition'

    class _s_OffsetForLeaderTopic(Struct):
        __qualname__ = 'OffsetForLeaderEpochRequest.OffsetForLeaderTopic'
        __slots__ = ('topic', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic', 'Topic', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='OffsetForLeaderPartition', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic: str = "",
            partitions: list[OffsetForLeaderEpochRequest.OffsetForLeaderPartition] = _NO,
        ) -> None:
            self.topic = topic
            self.partitions = [] if partitions is _NO else partitions

    _s_OffsetForLeaderTopic.__name__ = 'OffsetForLeaderTopic'

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
        __slots__ = ('replica_id', 'topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('replica_id', 'ReplicaId', 'int32', versions=(3, MAXV), ignorable=True),
            F('topics', 'Topics', 'struct', array=True, struct='OffsetForLeaderTopic', versions=(0, MAXV)),
        )

        def __init__(
            self,
            replica_id: int = -2,
            topics: list[OffsetForLeaderEpochRequest.OffsetForLeaderTopic] = _NO,
        ) -> None:
            self.replica_id = replica_id
            self.topics = [] if topics is _NO else topics

    OffsetForLeaderEpochRequest.OffsetForLeaderPartition = _s_OffsetForLeaderPartition  # type: ignore[attr-defined]
    OffsetForLeaderEpochRequest.OffsetForLeaderTopic = _s_OffsetForLeaderTopic  # type: ignore[attr-defined]
    return OffsetForLeaderEpochRequest
"""

_SOURCES['OffsetForLeaderEpochResponse'] = r"""
def _build_OffsetForLeaderEpochResponse() -> type[Message]:
    class _s_EpochEndOffset(Struct):
        __qualname__ = 'OffsetForLeaderEpochResponse.EpochEndOffset'
        __slots__ = ('error_code', 'partition', 'leader_epoch', 'end_offset')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('partition', 'Partition', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(1, MAXV), ignorable=True),
            F('end_offset', 'EndOffset', 'int64', versions=(0, MAXV)),
        )

        def __init__(
            self,
            error_code: int = 0,
            partition: int = 0,
            leader_epoch: int = -1,
            end_offset: int = -1,
        ) -> None:
            self.error_code = error_code
            self.partition = partition
            self.leader_epoch = leader_epoch
            self.end_offset = end_offset

    _s_EpochEndOffset.__name__ = 'EpochEndOffset'

    class _s_OffsetForLeaderTopicResult(Struct):
        __qualname__ = 'OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult'
        __slots__ = ('topic', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic', 'Topic', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='EpochEndOffset', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic: str = "",
            partitions: list[OffsetForLeaderEpochResponse.EpochEndOffset] = _NO,
        ) -> None:
            self.topic = topic
            self.partitions = [] if partitions is _NO else partitions

    _s_OffsetForLeaderTopicResult.__name__ = 'OffsetForLeaderTopicResult'

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
        __slots__ = ('throttle_time_ms', 'topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(2, MAXV), ignorable=True),
            F('topics', 'Topics', 'struct', array=True, struct='OffsetForLeaderTopicResult', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            topics: list[OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.topics = [] if topics is _NO else topics

    OffsetForLeaderEpochResponse.EpochEndOffset = _s_EpochEndOffset  # type: ignore[attr-defined]
    OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult = _s_OffsetForLeaderTopicResult  # type: ignore[attr-defined]
    return OffsetForLeaderEpochResponse
"""

_SOURCES['PartitionChangeRecord'] = r"""
def _build_PartitionChangeRecord() -> type[Message]:
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
        __slots__ = ('partition_id', 'topic_id', 'isr', 'leader', 'replicas', 'removing_replicas', 'adding_replicas', 'leader_recovery_state', 'directories', 'eligible_leader_replicas', 'last_known_elr')
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

        def __init__(
            self,
            partition_id: int = -1,
            topic_id: uuid.UUID = ZERO_UUID,
            isr: list[int] | None = None,
            leader: int = -2,
            replicas: list[int] | None = None,
            removing_replicas: list[int] | None = None,
            adding_replicas: list[int] | None = None,
            leader_recovery_state: int = -1,
            directories: list[uuid.UUID] | None = None,
            eligible_leader_replicas: list[int] | None = None,
            last_known_elr: list[int] | None = None,
        ) -> None:
            self.partition_id = partition_id
            self.topic_id = topic_id
            self.isr = isr
            self.leader = leader
            self.replicas = replicas
            self.removing_replicas = removing_replicas
            self.adding_replicas = adding_replicas
            self.leader_recovery_state = leader_recovery_state
            self.directories = directories
            self.eligible_leader_replicas = eligible_leader_replicas
            self.last_known_elr = last_known_elr

    return PartitionChangeRecord
"""

_SOURCES['PartitionRecord'] = r"""
def _build_PartitionRecord() -> type[Message]:
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
        __slots__ = ('partition_id', 'topic_id', 'replicas', 'isr', 'removing_replicas', 'adding_replicas', 'leader', 'leader_recovery_state', 'leader_epoch', 'partition_epoch', 'directories', 'eligible_leader_replicas', 'last_known_elr')
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

        def __init__(
            self,
            partition_id: int = -1,
            topic_id: uuid.UUID = ZERO_UUID,
            replicas: list[int] = _NO,
            isr: list[int] = _NO,
            removing_replicas: list[int] = _NO,
            adding_replicas: list[int] = _NO,
            leader: int = -1,
            leader_recovery_state: int = 0,
            leader_epoch: int = -1,
            partition_epoch: int = -1,
            directories: list[uuid.UUID] = _NO,
            eligible_leader_replicas: list[int] | None = None,
            last_known_elr: list[int] | None = None,
        ) -> None:
            self.partition_id = partition_id
            self.topic_id = topic_id
            self.replicas = [] if replicas is _NO else replicas
            self.isr = [] if isr is _NO else isr
            self.removing_replicas = [] if removing_replicas is _NO else removing_replicas
            self.adding_replicas = [] if adding_replicas is _NO else adding_replicas
            self.leader = leader
            self.leader_recovery_state = leader_recovery_state
            self.leader_epoch = leader_epoch
            self.partition_epoch = partition_epoch
            self.directories = [] if directories is _NO else directories
            self.eligible_leader_replicas = eligible_leader_replicas
            self.last_known_elr = last_known_elr

    return PartitionRecord
"""

_SOURCES['ProduceRequest'] = r"""
def _build_ProduceRequest() -> type[Message]:
    class _s_PartitionProduceData(Struct):
        __qualname__ = 'ProduceRequest.PartitionProduceData'
        __slots__ = ('index', 'records')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('index', 'Index', 'int32', versions=(0, MAXV)),
            F('records', 'Records', 'records', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            index: int = 0,
            records: Records = None,
        ) -> None:
            self.index = index
            self.records = records

    _s_PartitionProduceData.__name__ = 'PartitionProduceData'

    class _s_TopicProduceData(Struct):
        __qualname__ = 'ProduceRequest.TopicProduceData'
        __slots__ = ('name', 'topic_id', 'partition_data')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, 12), ignorable=True),
            F('topic_id', 'TopicId', 'uuid', versions=(13, MAXV), ignorable=True),
            F('partition_data', 'PartitionData', 'struct', array=True, struct='PartitionProduceData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            topic_id: uuid.UUID = ZERO_UUID,
            partition_data: list[ProduceRequest.PartitionProduceData] = _NO,
        ) -> None:
            self.name = name
            self.topic_id = topic_id
            self.partition_data = [] if partition_data is _NO else partition_data

    _s_TopicProduceData.__name__ = 'TopicProduceData'

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
        __slots__ = ('transactional_id', 'acks', 'timeout_ms', 'topic_data')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('transactional_id', 'TransactionalId', 'string', versions=(3, MAXV), nullable=(3, MAXV)),
            F('acks', 'Acks', 'int16', versions=(0, MAXV)),
            F('timeout_ms', 'TimeoutMs', 'int32', versions=(0, MAXV)),
            F('topic_data', 'TopicData', 'struct', array=True, struct='TopicProduceData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            transactional_id: str | None = None,
            acks: int = 0,
            timeout_ms: int = 0,
            topic_data: list[ProduceRequest.TopicProduceData] = _NO,
        ) -> None:
            self.transactional_id = transactional_id
            self.acks = acks
            self.timeout_ms = timeout_ms
            self.topic_data = [] if topic_data is _NO else topic_data

    ProduceRequest.PartitionProduceData = _s_PartitionProduceData  # type: ignore[attr-defined]
    ProduceRequest.TopicProduceData = _s_TopicProduceData  # type: ignore[attr-defined]
    return ProduceRequest
"""

_SOURCES['ProduceResponse'] = r"""
def _build_ProduceResponse() -> type[Message]:
    class _s_BatchIndexAndErrorMessage(Struct):
        __qualname__ = 'ProduceResponse.BatchIndexAndErrorMessage'
        __slots__ = ('batch_index', 'batch_index_error_message')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('batch_index', 'BatchIndex', 'int32', versions=(8, MAXV)),
            F('batch_index_error_message', 'BatchIndexErrorMessage', 'string', versions=(8, MAXV), nullable=(8, MAXV)),
        )

        def __init__(
            self,
            batch_index: int = 0,
            batch_index_error_message: str | None = None,
        ) -> None:
            self.batch_index = batch_index
            self.batch_index_error_message = batch_index_error_message

    _s_BatchIndexAndErrorMessage.__name__ = 'BatchIndexAndErrorMessage'

    class _s_LeaderIdAndEpoch(Struct):
        __qualname__ = 'ProduceResponse.LeaderIdAndEpoch'
        __slots__ = ('leader_id', 'leader_epoch')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('leader_id', 'LeaderId', 'int32', versions=(10, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(10, MAXV)),
        )

        def __init__(
            self,
            leader_id: int = -1,
            leader_epoch: int = -1,
        ) -> None:
            self.leader_id = leader_id
            self.leader_epoch = leader_epoch

    _s_LeaderIdAndEpoch.__name__ = 'LeaderIdAndEpoch'

    class _s_PartitionProduceResponse(Struct):
        __qualname__ = 'ProduceResponse.PartitionProduceResponse'
        __slots__ = ('index', 'error_code', 'base_offset', 'log_append_time_ms', 'log_start_offset', 'record_errors', 'error_message', 'current_leader')
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

        def __init__(
            self,
            index: int = 0,
            error_code: int = 0,
            base_offset: int = 0,
            log_append_time_ms: int = -1,
            log_start_offset: int = -1,
            record_errors: list[ProduceResponse.BatchIndexAndErrorMessage] = _NO,
            error_message: str | None = None,
            current_leader: ProduceResponse.LeaderIdAndEpoch = _NO,
        ) -> None:
            self.index = index
            self.error_code = error_code
            self.base_offset = base_offset
            self.log_append_time_ms = log_append_time_ms
            self.log_start_offset = log_start_offset
            self.record_errors = [] if record_errors is _NO else record_errors
            self.error_message = error_message
            self.current_leader = _s_LeaderIdAndEpoch() if current_leader is _NO else current_leader

    _s_PartitionProduceResponse.__name__ = 'PartitionProduceResponse'

    class _s_TopicProduceResponse(Struct):
        __qualname__ = 'ProduceResponse.TopicProduceResponse'
        __slots__ = ('name', 'topic_id', 'partition_responses')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, 12), ignorable=True),
            F('topic_id', 'TopicId', 'uuid', versions=(13, MAXV), ignorable=True),
            F('partition_responses', 'PartitionResponses', 'struct', array=True, struct='PartitionProduceResponse', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            topic_id: uuid.UUID = ZERO_UUID,
            partition_responses: list[ProduceResponse.PartitionProduceResponse] = _NO,
        ) -> None:
            self.name = name
            self.topic_id = topic_id
            self.partition_responses = [] if partition_responses is _NO else partition_responses

    _s_TopicProduceResponse.__name__ = 'TopicProduceResponse'

    class _s_NodeEndpoint(Struct):
        __qualname__ = 'ProduceResponse.NodeEndpoint'
        __slots__ = ('node_id', 'host', 'port', 'rack')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('node_id', 'NodeId', 'int32', versions=(10, MAXV)),
            F('host', 'Host', 'string', versions=(10, MAXV)),
            F('port', 'Port', 'int32', versions=(10, MAXV)),
            F('rack', 'Rack', 'string', versions=(10, MAXV), nullable=(10, MAXV)),
        )

        def __init__(
            self,
            node_id: int = 0,
            host: str = "",
            port: int = 0,
            rack: str | None = None,
        ) -> None:
            self.node_id = node_id
            self.host = host
            self.port = port
            self.rack = rack

    _s_NodeEndpoint.__name__ = 'NodeEndpoint'

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
        __slots__ = ('responses', 'throttle_time_ms', 'node_endpoints')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('responses', 'Responses', 'struct', array=True, struct='TopicProduceResponse', versions=(0, MAXV)),
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(1, MAXV), ignorable=True),
            F('node_endpoints', 'NodeEndpoints', 'struct', array=True, struct='NodeEndpoint', versions=(10, MAXV), tag=0, tagged=(10, MAXV)),
        )

        def __init__(
            self,
            responses: list[ProduceResponse.TopicProduceResponse] = _NO,
            throttle_time_ms: int = 0,
            node_endpoints: list[ProduceResponse.NodeEndpoint] = _NO,
        ) -> None:
            self.responses = [] if responses is _NO else responses
            self.throttle_time_ms = throttle_time_ms
            self.node_endpoints = [] if node_endpoints is _NO else node_endpoints

    ProduceResponse.BatchIndexAndErrorMessage = _s_BatchIndexAndErrorMessage  # type: ignore[attr-defined]
    ProduceResponse.LeaderIdAndEpoch = _s_LeaderIdAndEpoch  # type: ignore[attr-defined]
    ProduceResponse.PartitionProduceResponse = _s_PartitionProduceResponse  # type: ignore[attr-defined]
    ProduceResponse.TopicProduceResponse = _s_TopicProduceResponse  # type: ignore[attr-defined]
    ProduceResponse.NodeEndpoint = _s_NodeEndpoint  # type: ignore[attr-defined]
    return ProduceResponse
"""

_SOURCES['ProducerIdsRecord'] = r"""
def _build_ProducerIdsRecord() -> type[Message]:
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
        __slots__ = ('broker_id', 'broker_epoch', 'next_producer_id')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('broker_id', 'BrokerId', 'int32', versions=(0, MAXV)),
            F('broker_epoch', 'BrokerEpoch', 'int64', versions=(0, MAXV)),
            F('next_producer_id', 'NextProducerId', 'int64', versions=(0, MAXV)),
        )

        def __init__(
            self,
            broker_id: int = 0,
            broker_epoch: int = -1,
            next_producer_id: int = 0,
        ) -> None:
            self.broker_id = broker_id
            self.broker_epoch = broker_epoch
            self.next_producer_id = next_producer_id

    return ProducerIdsRecord
"""

_SOURCES['ProducerSnapshot'] = r"""
def _build_ProducerSnapshot() -> type[Message]:
    class _s_ProducerEntry(Struct):
        __qualname__ = 'ProducerSnapshot.ProducerEntry'
        __slots__ = ('producer_id', 'epoch', 'last_sequence', 'last_offset', 'offset_delta', 'timestamp', 'coordinator_epoch', 'current_txn_first_offset')
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

        def __init__(
            self,
            producer_id: int = 0,
            epoch: int = 0,
            last_sequence: int = 0,
            last_offset: int = 0,
            offset_delta: int = 0,
            timestamp: int = 0,
            coordinator_epoch: int = 0,
            current_txn_first_offset: int = 0,
        ) -> None:
            self.producer_id = producer_id
            self.epoch = epoch
            self.last_sequence = last_sequence
            self.last_offset = last_offset
            self.offset_delta = offset_delta
            self.timestamp = timestamp
            self.coordinator_epoch = coordinator_epoch
            self.current_txn_first_offset = current_txn_first_offset

    _s_ProducerEntry.__name__ = 'ProducerEntry'

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
        __slots__ = ('crc', 'producer_entries')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('crc', 'Crc', 'uint32', versions=(1, 1)),
            F('producer_entries', 'ProducerEntries', 'struct', array=True, struct='ProducerEntry', versions=(1, 1)),
        )

        def __init__(
            self,
            crc: int = 0,
            producer_entries: list[ProducerSnapshot.ProducerEntry] = _NO,
        ) -> None:
            self.crc = crc
            self.producer_entries = [] if producer_entries is _NO else producer_entries

    ProducerSnapshot.ProducerEntry = _s_ProducerEntry  # type: ignore[attr-defined]
    return ProducerSnapshot
"""

_SOURCES['PushTelemetryRequest'] = r"""
def _build_PushTelemetryRequest() -> type[Message]:
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
        __slots__ = ('client_instance_id', 'subscription_id', 'terminating', 'compression_type', 'metrics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('client_instance_id', 'ClientInstanceId', 'uuid', versions=(0, MAXV)),
            F('subscription_id', 'SubscriptionId', 'int32', versions=(0, MAXV)),
            F('terminating', 'Terminating', 'bool', versions=(0, MAXV)),
            F('compression_type', 'CompressionType', 'int8', versions=(0, MAXV)),
            F('metrics', 'Metrics', 'bytes', versions=(0, MAXV)),
        )

        def __init__(
            self,
            client_instance_id: uuid.UUID = ZERO_UUID,
            subscription_id: int = 0,
            terminating: bool = False,
            compression_type: int = 0,
            metrics: bytes = b"",
        ) -> None:
            self.client_instance_id = client_instance_id
            self.subscription_id = subscription_id
            self.terminating = terminating
            self.compression_type = compression_type
            self.metrics = metrics

    return PushTelemetryRequest
"""

_SOURCES['PushTelemetryResponse'] = r"""
def _build_PushTelemetryResponse() -> type[Message]:
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
        __slots__ = ('throttle_time_ms', 'error_code')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code

    return PushTelemetryResponse
"""

_SOURCES['QuorumStateData'] = r"""
def _build_QuorumStateData() -> type[Message]:
    class _s_Voter(Struct):
        __qualname__ = 'QuorumStateData.Voter'
        __slots__ = ('voter_id',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('voter_id', 'VoterId', 'int32', versions=(0, 0)),
        )

        def __init__(
            self,
            voter_id: int = 0,
        ) -> None:
            self.voter_id = voter_id

    _s_Voter.__name__ = 'Voter'

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
        __slots__ = ('cluster_id', 'leader_id', 'leader_epoch', 'voted_id', 'voted_directory_id', 'applied_offset', 'current_voters')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('cluster_id', 'ClusterId', 'string', versions=(0, 0)),
            F('leader_id', 'LeaderId', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
            F('voted_id', 'VotedId', 'int32', versions=(0, MAXV)),
            F('voted_directory_id', 'VotedDirectoryId', 'uuid', versions=(1, MAXV)),
            F('applied_offset', 'AppliedOffset', 'int64', versions=(0, 0)),
            F('current_voters', 'CurrentVoters', 'struct', array=True, struct='Voter', versions=(0, 0), nullable=(0, 0)),
        )

        def __init__(
            self,
            cluster_id: str = "",
            leader_id: int = -1,
            leader_epoch: int = -1,
            voted_id: int = -1,
            voted_directory_id: uuid.UUID = ZERO_UUID,
            applied_offset: int = 0,
            current_voters: list[QuorumStateData.Voter] | None = _NO,
        ) -> None:
            self.cluster_id = cluster_id
            self.leader_id = leader_id
            self.leader_epoch = leader_epoch
            self.voted_id = voted_id
            self.voted_directory_id = voted_directory_id
            self.applied_offset = applied_offset
            self.current_voters = [] if current_voters is _NO else current_voters

    QuorumStateData.Voter = _s_Voter  # type: ignore[attr-defined]
    return QuorumStateData
"""

_SOURCES['ReadShareGroupStateRequest'] = r"""
def _build_ReadShareGroupStateRequest() -> type[Message]:
    class _s_PartitionData(Struct):
        __qualname__ = 'ReadShareGroupStateRequest.PartitionData'
        __slots__ = ('partition', 'leader_epoch')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition', 'Partition', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition: int = 0,
            leader_epoch: int = 0,
        ) -> None:
            self.partition = partition
            self.leader_epoch = leader_epoch

    _s_PartitionData.__name__ = 'PartitionData'

    class _s_ReadStateData(Struct):
        __qualname__ = 'ReadShareGroupStateRequest.ReadStateData'
        __slots__ = ('topic_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[ReadShareGroupStateRequest.PartitionData] = _NO,
        ) -> None:
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions

    _s_ReadStateData.__name__ = 'ReadStateData'

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
        __slots__ = ('group_id', 'topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='ReadStateData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            group_id: str = "",
            topics: list[ReadShareGroupStateRequest.ReadStateData] = _NO,
        ) -> None:
            self.group_id = group_id
            self.topics = [] if topics is _NO else topics

    ReadShareGroupStateRequest.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    ReadShareGroupStateRequest.ReadStateData = _s_ReadStateData  # type: ignore[attr-defined]
    return ReadShareGroupStateRequest
"""

_SOURCES['ReadShareGroupStateResponse'] = r"""
def _build_ReadShareGroupStateResponse() -> type[Message]:
    class _s_StateBatch(Struct):
        __qualname__ = 'ReadShareGroupStateResponse.StateBatch'
        __slots__ = ('first_offset', 'last_offset', 'delivery_state', 'delivery_count')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('first_offset', 'FirstOffset', 'int64', versions=(0, MAXV)),
            F('last_offset', 'LastOffset', 'int64', versions=(0, MAXV)),
            F('delivery_state', 'DeliveryState', 'int8', versions=(0, MAXV)),
            F('delivery_count', 'DeliveryCount', 'int16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            first_offset: int = 0,
            last_offset: int = 0,
            delivery_state: int = 0,
            delivery_count: int = 0,
        ) -> None:
            self.first_offset = first_offset
            self.last_offset = last_offset
            self.delivery_state = delivery_state
            self.delivery_count = delivery_count

    _s_StateBatch.__name__ = 'StateBatch'

    class _s_PartitionResult(Struct):
        __qualname__ = 'ReadShareGroupStateResponse.PartitionResult'
        __slots__ = ('partition', 'error_code', 'error_message', 'state_epoch', 'start_offset', 'state_batches')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition', 'Partition', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('state_epoch', 'StateEpoch', 'int32', versions=(0, MAXV)),
            F('start_offset', 'StartOffset', 'int64', versions=(0, MAXV)),
            F('state_batches', 'StateBatches', 'struct', array=True, struct='StateBatch', versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition: int = 0,
            error_code: int = 0,
            error_message: str | None = None,
            state_epoch: int = 0,
            start_offset: int = 0,
            state_batches: list[ReadShareGroupStateResponse.StateBatch] = _NO,
        ) -> None:
            self.partition = partition
            self.error_code = error_code
            self.error_message = error_message
            self.state_epoch = state_epoch
            self.start_offset = start_offset
            self.state_batches = [] if state_batches is _NO else state_batches

    _s_PartitionResult.__name__ = 'PartitionResult'

    class _s_ReadStateResult(Struct):
        __qualname__ = 'ReadShareGroupStateResponse.ReadStateResult'
        __slots__ = ('topic_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionResult', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[ReadShareGroupStateResponse.PartitionResult] = _NO,
        ) -> None:
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions

    _s_ReadStateResult.__name__ = 'ReadStateResult'

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
        __slots__ = ('results',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('results', 'Results', 'struct', array=True, struct='ReadStateResult', versions=(0, MAXV)),
        )

        def __init__(
            self,
            results: list[ReadShareGroupStateResponse.ReadStateResult] = _NO,
        ) -> None:
            self.results = [] if results is _NO else results

    ReadShareGroupStateResponse.StateBatch = _s_StateBatch  # type: ignore[attr-defined]
    ReadShareGroupStateResponse.PartitionResult = _s_PartitionResult  # type: ignore[attr-defined]
    ReadShareGroupStateResponse.ReadStateResult = _s_ReadStateResult  # type: ignore[attr-defined]
    return ReadShareGroupStateResponse
"""

_SOURCES['ReadShareGroupStateSummaryRequest'] = r"""
def _build_ReadShareGroupStateSummaryRequest() -> type[Message]:
    class _s_PartitionData(Struct):
        __qualname__ = 'ReadShareGroupStateSummaryRequest.PartitionData'
        __slots__ = ('partition', 'leader_epoch')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition', 'Partition', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition: int = 0,
            leader_epoch: int = 0,
        ) -> None:
            self.partition = partition
            self.leader_epoch = leader_epoch

    _s_PartitionData.__name__ = 'PartitionData'

    class _s_ReadStateSummaryData(Struct):
        __qualname__ = 'ReadShareGroupStateSummaryRequest.ReadStateSummaryData'
        __slots__ = ('topic_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[ReadShareGroupStateSummaryRequest.PartitionData] = _NO,
        ) -> None:
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions

    _s_ReadStateSummaryData.__name__ = 'ReadStateSummaryData'

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
        __slots__ = ('group_id', 'topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='ReadStateSummaryData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            group_id: str = "",
            topics: list[ReadShareGroupStateSummaryRequest.ReadStateSummaryData] = _NO,
        ) -> None:
            self.group_id = group_id
            self.topics = [] if topics is _NO else topics

    ReadShareGroupStateSummaryRequest.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    ReadShareGroupStateSummaryRequest.ReadStateSummaryData = _s_ReadStateSummaryData  # type: ignore[attr-defined]
    return ReadShareGroupStateSummaryRequest
"""

_SOURCES['ReadShareGroupStateSummaryResponse'] = r"""
def _build_ReadShareGroupStateSummaryResponse() -> type[Message]:
    class _s_PartitionResult(Struct):
        __qualname__ = 'ReadShareGroupStateSummaryResponse.PartitionResult'
        __slots__ = ('partition', 'error_code', 'error_message', 'state_epoch', 'leader_epoch', 'start_offset', 'delivery_complete_count')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition', 'Partition', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('state_epoch', 'StateEpoch', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
            F('start_offset', 'StartOffset', 'int64', versions=(0, MAXV)),
            F('delivery_complete_count', 'DeliveryCompleteCount', 'int32', versions=(1, MAXV), ignorable=True),
        )

        def __init__(
            self,
            partition: int = 0,
            error_code: int = 0,
            error_message: str | None = None,
            state_epoch: int = 0,
            leader_epoch: int = 0,
            start_offset: int = 0,
            delivery_complete_count: int = -1,
        ) -> None:
            self.partition = partition
            self.error_code = error_code
            self.error_message = error_message
            self.state_epoch = state_epoch
            self.leader_epoch = leader_epoch
            self.start_offset = start_offset
            self.delivery_complete_count = delivery_complete_count

    _s_PartitionResult.__name__ = 'PartitionResult'

    class _s_ReadStateSummaryResult(Struct):
        __qualname__ = 'ReadShareGroupStateSummaryResponse.ReadStateSummaryResult'
        __slots__ = ('topic_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionResult', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[ReadShareGroupStateSummaryResponse.PartitionResult] = _NO,
        ) -> None:
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions

    _s_ReadStateSummaryResult.__name__ = 'ReadStateSummaryResult'

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
        __slots__ = ('results',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('results', 'Results', 'struct', array=True, struct='ReadStateSummaryResult', versions=(0, MAXV)),
        )

        def __init__(
            self,
            results: list[ReadShareGroupStateSummaryResponse.ReadStateSummaryResult] = _NO,
        ) -> None:
            self.results = [] if results is _NO else results

    ReadShareGroupStateSummaryResponse.PartitionResult = _s_PartitionResult  # type: ignore[attr-defined]
    ReadShareGroupStateSummaryResponse.ReadStateSummaryResult = _s_ReadStateSummaryResult  # type: ignore[attr-defined]
    return ReadShareGroupStateSummaryResponse
"""

_SOURCES['RegisterBrokerRecord'] = r"""
def _build_RegisterBrokerRecord() -> type[Message]:
    class _s_BrokerEndpoint(Struct):
        __qualname__ = 'RegisterBrokerRecord.BrokerEndpoint'
        __slots__ = ('name', 'host', 'port', 'security_protocol')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('port', 'Port', 'uint16', versions=(0, MAXV)),
            F('security_protocol', 'SecurityProtocol', 'int16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            host: str = "",
            port: int = 0,
            security_protocol: int = 0,
        ) -> None:
            self.name = name
            self.host = host
            self.port = port
            self.security_protocol = security_protocol

    _s_BrokerEndpoint.__name__ = 'BrokerEndpoint'

    class _s_BrokerFeature(Struct):
        __qualname__ = 'RegisterBrokerRecord.BrokerFeature'
        __slots__ = ('name', 'min_supported_version', 'max_supported_version')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('min_supported_version', 'MinSupportedVersion', 'int16', versions=(0, MAXV)),
            F('max_supported_version', 'MaxSupportedVersion', 'int16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            min_supported_version: int = 0,
            max_supported_version: int = 0,
        ) -> None:
            self.name = name
            self.min_supported_version = min_supported_version
            self.max_supported_version = max_supported_version

    _s_BrokerFeature.__name__ = 'BrokerFeature'

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
        __slots__ = ('broker_id', 'is_migrating_zk_broker', 'incarnation_id', 'broker_epoch', 'end_points', 'features', 'rack', 'fenced', 'in_controlled_shutdown', 'log_dirs', 'cordoned_log_dirs')
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

        def __init__(
            self,
            broker_id: int = 0,
            is_migrating_zk_broker: bool = False,
            incarnation_id: uuid.UUID = ZERO_UUID,
            broker_epoch: int = 0,
            end_points: list[RegisterBrokerRecord.BrokerEndpoint] = _NO,
            features: list[RegisterBrokerRecord.BrokerFeature] = _NO,
            rack: str | None = "",
            fenced: bool = True,
            in_controlled_shutdown: bool = False,
            log_dirs: list[uuid.UUID] = _NO,
            cordoned_log_dirs: list[uuid.UUID] | None = None,
        ) -> None:
            self.broker_id = broker_id
            self.is_migrating_zk_broker = is_migrating_zk_broker
            self.incarnation_id = incarnation_id
            self.broker_epoch = broker_epoch
            self.end_points = [] if end_points is _NO else end_points
            self.features = [] if features is _NO else features
            self.rack = rack
            self.fenced = fenced
            self.in_controlled_shutdown = in_controlled_shutdown
            self.log_dirs = [] if log_dirs is _NO else log_dirs
            self.cordoned_log_dirs = cordoned_log_dirs

    RegisterBrokerRecord.BrokerEndpoint = _s_BrokerEndpoint  # type: ignore[attr-defined]
    RegisterBrokerRecord.BrokerFeature = _s_BrokerFeature  # type: ignore[attr-defined]
    return RegisterBrokerRecord
"""

_SOURCES['RegisterControllerRecord'] = r"""
def _build_RegisterControllerRecord() -> type[Message]:
    class _s_ControllerEndpoint(Struct):
        __qualname__ = 'RegisterControllerRecord.ControllerEndpoint'
        __slots__ = ('name', 'host', 'port', 'security_protocol')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('port', 'Port', 'uint16', versions=(0, MAXV)),
            F('security_protocol', 'SecurityProtocol', 'int16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            host: str = "",
            port: int = 0,
            security_protocol: int = 0,
        ) -> None:
            self.name = name
            self.host = host
            self.port = port
            self.security_protocol = security_protocol

    _s_ControllerEndpoint.__name__ = 'ControllerEndpoint'

    class _s_ControllerFeature(Struct):
        __qualname__ = 'RegisterControllerRecord.ControllerFeature'
        __slots__ = ('name', 'min_supported_version', 'max_supported_version')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('min_supported_version', 'MinSupportedVersion', 'int16', versions=(0, MAXV)),
            F('max_supported_version', 'MaxSupportedVersion', 'int16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            min_supported_version: int = 0,
            max_supported_version: int = 0,
        ) -> None:
            self.name = name
            self.min_supported_version = min_supported_version
            self.max_supported_version = max_supported_version

    _s_ControllerFeature.__name__ = 'ControllerFeature'

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
        __slots__ = ('controller_id', 'incarnation_id', 'zk_migration_ready', 'end_points', 'features')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('controller_id', 'ControllerId', 'int32', versions=(0, MAXV)),
            F('incarnation_id', 'IncarnationId', 'uuid', versions=(0, MAXV)),
            F('zk_migration_ready', 'ZkMigrationReady', 'bool', versions=(0, MAXV)),
            F('end_points', 'EndPoints', 'struct', array=True, struct='ControllerEndpoint', versions=(0, MAXV)),
            F('features', 'Features', 'struct', array=True, struct='ControllerFeature', versions=(0, MAXV)),
        )

        def __init__(
            self,
            controller_id: int = 0,
            incarnation_id: uuid.UUID = ZERO_UUID,
            zk_migration_ready: bool = False,
            end_points: list[RegisterControllerRecord.ControllerEndpoint] = _NO,
            features: list[RegisterControllerRecord.ControllerFeature] = _NO,
        ) -> None:
            self.controller_id = controller_id
            self.incarnation_id = incarnation_id
            self.zk_migration_ready = zk_migration_ready
            self.end_points = [] if end_points is _NO else end_points
            self.features = [] if features is _NO else features

    RegisterControllerRecord.ControllerEndpoint = _s_ControllerEndpoint  # type: ignore[attr-defined]
    RegisterControllerRecord.ControllerFeature = _s_ControllerFeature  # type: ignore[attr-defined]
    return RegisterControllerRecord
"""

_SOURCES['RemoveAccessControlEntryRecord'] = r"""
def _build_RemoveAccessControlEntryRecord() -> type[Message]:
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
        __slots__ = ('id',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('id', 'Id', 'uuid', versions=(0, MAXV)),
        )

        def __init__(
            self,
            id: uuid.UUID = ZERO_UUID,
        ) -> None:
            self.id = id

    return RemoveAccessControlEntryRecord
"""

_SOURCES['RemoveDelegationTokenRecord'] = r"""
def _build_RemoveDelegationTokenRecord() -> type[Message]:
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
        __slots__ = ('token_id',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('token_id', 'TokenId', 'string', versions=(0, MAXV)),
        )

        def __init__(
            self,
            token_id: str = "",
        ) -> None:
            self.token_id = token_id

    return RemoveDelegationTokenRecord
"""

_SOURCES['RemoveRaftVoterRequest'] = r"""
def _build_RemoveRaftVoterRequest() -> type[Message]:
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
        __slots__ = ('cluster_id', 'voter_id', 'voter_directory_id')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('cluster_id', 'ClusterId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('voter_id', 'VoterId', 'int32', versions=(0, MAXV)),
            F('voter_directory_id', 'VoterDirectoryId', 'uuid', versions=(0, MAXV)),
        )

        def __init__(
            self,
            cluster_id: str | None = "",
            voter_id: int = 0,
            voter_directory_id: uuid.UUID = ZERO_UUID,
        ) -> None:
            self.cluster_id = cluster_id
            self.voter_id = voter_id
            self.voter_directory_id = voter_directory_id

    return RemoveRaftVoterRequest
"""

_SOURCES['RemoveRaftVoterResponse'] = r"""
def _build_RemoveRaftVoterResponse() -> type[Message]:
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
        __slots__ = ('throttle_time_ms', 'error_code', 'error_message')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV), ignorable=True),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            error_message: str | None = "",
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.error_message = error_message

    return RemoveRaftVoterResponse
"""

_SOURCES['RemoveTopicRecord'] = r"""
def _build_RemoveTopicRecord() -> type[Message]:
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
        __slots__ = ('topic_id',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_id: uuid.UUID = ZERO_UUID,
        ) -> None:
            self.topic_id = topic_id

    return RemoveTopicRecord
"""

_SOURCES['RemoveUserScramCredentialRecord'] = r"""
def _build_RemoveUserScramCredentialRecord() -> type[Message]:
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
        __slots__ = ('name', 'mechanism')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('mechanism', 'Mechanism', 'int8', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            mechanism: int = 0,
        ) -> None:
            self.name = name
            self.mechanism = mechanism

    return RemoveUserScramCredentialRecord
"""

_SOURCES['RenewDelegationTokenRequest'] = r"""
def _build_RenewDelegationTokenRequest() -> type[Message]:
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
        __slots__ = ('hmac', 'renew_period_ms')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('hmac', 'Hmac', 'bytes', versions=(0, MAXV)),
            F('renew_period_ms', 'RenewPeriodMs', 'int64', versions=(0, MAXV)),
        )

        def __init__(
            self,
            hmac: bytes = b"",
            renew_period_ms: int = 0,
        ) -> None:
            self.hmac = hmac
            self.renew_period_ms = renew_period_ms

    return RenewDelegationTokenRequest
"""

_SOURCES['RenewDelegationTokenResponse'] = r"""
def _build_RenewDelegationTokenResponse() -> type[Message]:
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
        __slots__ = ('error_code', 'expiry_timestamp_ms', 'throttle_time_ms')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('expiry_timestamp_ms', 'ExpiryTimestampMs', 'int64', versions=(0, MAXV)),
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            error_code: int = 0,
            expiry_timestamp_ms: int = 0,
            throttle_time_ms: int = 0,
        ) -> None:
            self.error_code = error_code
            self.expiry_timestamp_ms = expiry_timestamp_ms
            self.throttle_time_ms = throttle_time_ms

    return RenewDelegationTokenResponse
"""

_SOURCES['RequestHeader'] = r"""
def _build_RequestHeader() -> type[Message]:
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
        __slots__ = ('request_api_key', 'request_api_version', 'correlation_id', 'client_id')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('request_api_key', 'RequestApiKey', 'int16', versions=(0, MAXV)),
            F('request_api_version', 'RequestApiVersion', 'int16', versions=(0, MAXV)),
            F('correlation_id', 'CorrelationId', 'int32', versions=(0, MAXV)),
            F('client_id', 'ClientId', 'string', versions=(1, MAXV), nullable=(1, MAXV), flex_override=True, flex=None),
        )

        def __init__(
            self,
            request_api_key: int = 0,
            request_api_version: int = 0,
            correlation_id: int = 0,
            client_id: str | None = "",
        ) -> None:
            self.request_api_key = request_api_key
            self.request_api_version = request_api_version
            self.correlation_id = correlation_id
            self.client_id = client_id

    return RequestHeader
"""

_SOURCES['ResponseHeader'] = r"""
def _build_ResponseHeader() -> type[Message]:
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
        __slots__ = ('correlation_id',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('correlation_id', 'CorrelationId', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            correlation_id: int = 0,
        ) -> None:
            self.correlation_id = correlation_id

    return ResponseHeader
"""

_SOURCES['SaslAuthenticateRequest'] = r"""
def _build_SaslAuthenticateRequest() -> type[Message]:
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
        __slots__ = ('auth_bytes',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('auth_bytes', 'AuthBytes', 'bytes', versions=(0, MAXV)),
        )

        def __init__(
            self,
            auth_bytes: bytes = b"",
        ) -> None:
            self.auth_bytes = auth_bytes

    return SaslAuthenticateRequest
"""

_SOURCES['SaslAuthenticateResponse'] = r"""
def _build_SaslAuthenticateResponse() -> type[Message]:
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
        __slots__ = ('error_code', 'error_message', 'auth_bytes', 'session_lifetime_ms')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('auth_bytes', 'AuthBytes', 'bytes', versions=(0, MAXV)),
            F('session_lifetime_ms', 'SessionLifetimeMs', 'int64', versions=(1, MAXV), ignorable=True),
        )

        def __init__(
            self,
            error_code: int = 0,
            error_message: str | None = "",
            auth_bytes: bytes = b"",
            session_lifetime_ms: int = 0,
        ) -> None:
            self.error_code = error_code
            self.error_message = error_message
            self.auth_bytes = auth_bytes
            self.session_lifetime_ms = session_lifetime_ms

    return SaslAuthenticateResponse
"""

_SOURCES['SaslHandshakeRequest'] = r"""
def _build_SaslHandshakeRequest() -> type[Message]:
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
        __slots__ = ('mechanism',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('mechanism', 'Mechanism', 'string', versions=(0, MAXV)),
        )

        def __init__(
            self,
            mechanism: str = "",
        ) -> None:
            self.mechanism = mechanism

    return SaslHandshakeRequest
"""

_SOURCES['SaslHandshakeResponse'] = r"""
def _build_SaslHandshakeResponse() -> type[Message]:
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
        __slots__ = ('error_code', 'mechanisms')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('mechanisms', 'Mechanisms', 'string', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            error_code: int = 0,
            mechanisms: list[str] = _NO,
        ) -> None:
            self.error_code = error_code
            self.mechanisms = [] if mechanisms is _NO else mechanisms

    return SaslHandshakeResponse
"""

_SOURCES['ShareAcknowledgeRequest'] = r"""
def _build_ShareAcknowledgeRequest() -> type[Message]:
    class _s_AcknowledgementBatch(Struct):
        __qualname__ = 'ShareAcknowledgeRequest.AcknowledgementBatch'
        __slots__ = ('first_offset', 'last_offset', 'acknowledge_types')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('first_offset', 'FirstOffset', 'int64', versions=(0, MAXV)),
            F('last_offset', 'LastOffset', 'int64', versions=(0, MAXV)),
            F('acknowledge_types', 'AcknowledgeTypes', 'int8', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            first_offset: int = 0,
            last_offset: int = 0,
            acknowledge_types: list[int] = _NO,
        ) -> None:
            self.first_offset = first_offset
            self.last_offset = last_offset
            self.acknowledge_types = [] if acknowledge_types is _NO else acknowledge_types

    _s_AcknowledgementBatch.__name__ = 'AcknowledgementBatch'

    class _s_AcknowledgePartition(Struct):
        __qualname__ = 'ShareAcknowledgeRequest.AcknowledgePartition'
        __slots__ = ('partition_index', 'acknowledgement_batches')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('acknowledgement_batches', 'AcknowledgementBatches', 'struct', array=True, struct='AcknowledgementBatch', versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
            acknowledgement_batches: list[ShareAcknowledgeRequest.AcknowledgementBatch] = _NO,
        ) -> None:
            self.partition_index = partition_index
            self.acknowledgement_batches = [] if acknowledgement_batches is _NO else acknowledgement_batches

    _s_AcknowledgePartition.__name__ = 'AcknowledgePartition'

    class _s_AcknowledgeTopic(Struct):
        __qualname__ = 'ShareAcknowledgeRequest.AcknowledgeTopic'
        __slots__ = ('topic_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='AcknowledgePartition', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[ShareAcknowledgeRequest.AcknowledgePartition] = _NO,
        ) -> None:
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions

    _s_AcknowledgeTopic.__name__ = 'AcknowledgeTopic'

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
        __slots__ = ('group_id', 'member_id', 'share_session_epoch', 'is_renew_ack', 'topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('member_id', 'MemberId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('share_session_epoch', 'ShareSessionEpoch', 'int32', versions=(0, MAXV)),
            F('is_renew_ack', 'IsRenewAck', 'bool', versions=(2, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='AcknowledgeTopic', versions=(0, MAXV)),
        )

        def __init__(
            self,
            group_id: str | None = None,
            member_id: str | None = "",
            share_session_epoch: int = 0,
            is_renew_ack: bool = False,
            topics: list[ShareAcknowledgeRequest.AcknowledgeTopic] = _NO,
        ) -> None:
            self.group_id = group_id
            self.member_id = member_id
            self.share_session_epoch = share_session_epoch
            self.is_renew_ack = is_renew_ack
            self.topics = [] if topics is _NO else topics

    ShareAcknowledgeRequest.AcknowledgementBatch = _s_AcknowledgementBatch  # type: ignore[attr-defined]
    ShareAcknowledgeRequest.AcknowledgePartition = _s_AcknowledgePartition  # type: ignore[attr-defined]
    ShareAcknowledgeRequest.AcknowledgeTopic = _s_AcknowledgeTopic  # type: ignore[attr-defined]
    return ShareAcknowledgeRequest
"""

_SOURCES['ShareAcknowledgeResponse'] = r"""
def _build_ShareAcknowledgeResponse() -> type[Message]:
    class _s_LeaderIdAndEpoch(Struct):
        __qualname__ = 'ShareAcknowledgeResponse.LeaderIdAndEpoch'
        __slots__ = ('leader_id', 'leader_epoch')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('leader_id', 'LeaderId', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            leader_id: int = 0,
            leader_epoch: int = 0,
        ) -> None:
            self.leader_id = leader_id
            self.leader_epoch = leader_epoch

    _s_LeaderIdAndEpoch.__name__ = 'LeaderIdAndEpoch'

    class _s_PartitionData(Struct):
        __qualname__ = 'ShareAcknowledgeResponse.PartitionData'
        __slots__ = ('partition_index', 'error_code', 'error_message', 'current_leader')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('current_leader', 'CurrentLeader', 'struct', struct='LeaderIdAndEpoch', versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
            error_code: int = 0,
            error_message: str | None = None,
            current_leader: ShareAcknowledgeResponse.LeaderIdAndEpoch = _NO,
        ) -> None:
            self.partition_index = partition_index
            self.error_code = error_code
            self.error_message = error_message
            self.current_leader = _s_LeaderIdAndEpoch() if current_leader is _NO else current_leader

    _s_PartitionData.__name__ = 'PartitionData'

    class _s_ShareAcknowledgeTopicResponse(Struct):
        __qualname__ = 'ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse'
        __slots__ = ('topic_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[ShareAcknowledgeResponse.PartitionData] = _NO,
        ) -> None:
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions

    _s_ShareAcknowledgeTopicResponse.__name__ = 'ShareAcknowledgeTopicResponse'

    class _s_NodeEndpoint(Struct):
        __qualname__ = 'ShareAcknowledgeResponse.NodeEndpoint'
        __slots__ = ('node_id', 'host', 'port', 'rack')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('node_id', 'NodeId', 'int32', versions=(0, MAXV)),
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('port', 'Port', 'int32', versions=(0, MAXV)),
            F('rack', 'Rack', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            node_id: int = 0,
            host: str = "",
            port: int = 0,
            rack: str | None = None,
        ) -> None:
            self.node_id = node_id
            self.host = host
            self.port = port
            self.rack = rack

    _s_NodeEndpoint.__name__ = 'NodeEndpoint'

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
        __slots__ = ('throttle_time_ms', 'error_code', 'error_message', 'acquisition_lock_timeout_ms', 'responses', 'node_endpoints')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('acquisition_lock_timeout_ms', 'AcquisitionLockTimeoutMs', 'int32', versions=(2, MAXV), ignorable=True),
            F('responses', 'Responses', 'struct', array=True, struct='ShareAcknowledgeTopicResponse', versions=(0, MAXV)),
            F('node_endpoints', 'NodeEndpoints', 'struct', array=True, struct='NodeEndpoint', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            error_message: str | None = None,
            acquisition_lock_timeout_ms: int = 0,
            responses: list[ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse] = _NO,
            node_endpoints: list[ShareAcknowledgeResponse.NodeEndpoint] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.error_message = error_message
            self.acquisition_lock_timeout_ms = acquisition_lock_timeout_ms
            self.responses = [] if responses is _NO else responses
            self.node_endpoints = [] if node_endpoints is _NO else node_endpoints

    ShareAcknowledgeResponse.LeaderIdAndEpoch = _s_LeaderIdAndEpoch  # type: ignore[attr-defined]
    ShareAcknowledgeResponse.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse = _s_ShareAcknowledgeTopicResponse  # type: ignore[attr-defined]
    ShareAcknowledgeResponse.NodeEndpoint = _s_NodeEndpoint  # type: ignore[attr-defined]
    return ShareAcknowledgeResponse
"""

_SOURCES['ShareFetchRequest'] = r"""
def _build_ShareFetchRequest() -> type[Message]:
    class _s_AcknowledgementBatch(Struct):
        __qualname__ = 'ShareFetchRequest.AcknowledgementBatch'
        __slots__ = ('first_offset', 'last_offset', 'acknowledge_types')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('first_offset', 'FirstOffset', 'int64', versions=(0, MAXV)),
            F('last_offset', 'LastOffset', 'int64', versions=(0, MAXV)),
            F('acknowledge_types', 'AcknowledgeTypes', 'int8', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            first_offset: int = 0,
            last_offset: int = 0,
            acknowledge_types: list[int] = _NO,
        ) -> None:
            self.first_offset = first_offset
            self.last_offset = last_offset
            self.acknowledge_types = [] if acknowledge_types is _NO else acknowledge_types

    _s_AcknowledgementBatch.__name__ = 'AcknowledgementBatch'

    class _s_FetchPartition(Struct):
        __qualname__ = 'ShareFetchRequest.FetchPartition'
        __slots__ = ('partition_index', 'partition_max_bytes', 'acknowledgement_batches')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('partition_max_bytes', 'PartitionMaxBytes', 'int32', versions=(0, 0)),
            F('acknowledgement_batches', 'AcknowledgementBatches', 'struct', array=True, struct='AcknowledgementBatch', versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
            partition_max_bytes: int = 0,
            acknowledgement_batches: list[ShareFetchRequest.AcknowledgementBatch] = _NO,
        ) -> None:
            self.partition_index = partition_index
            self.partition_max_bytes = partition_max_bytes
            self.acknowledgement_batches = [] if acknowledgement_batches is _NO else acknowledgement_batches

    _s_FetchPartition.__name__ = 'FetchPartition'

    class _s_FetchTopic(Struct):
        __qualname__ = 'ShareFetchRequest.FetchTopic'
        __slots__ = ('topic_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='FetchPartition', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[ShareFetchRequest.FetchPartition] = _NO,
        ) -> None:
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions

    _s_FetchTopic.__name__ = 'FetchTopic'

    class _s_ForgottenTopic(Struct):
        __qualname__ = 'ShareFetchRequest.ForgottenTopic'
        __slots__ = ('topic_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[int] = _NO,
        ) -> None:
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions

    _s_ForgottenTopic.__name__ = 'ForgottenTopic'

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
        __slots__ = ('group_id', 'member_id', 'share_session_epoch', 'max_wait_ms', 'min_bytes', 'max_bytes', 'max_records', 'batch_size', 'share_acquire_mode', 'is_renew_ack', 'topics', 'forgotten_topics_data')
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

        def __init__(
            self,
            group_id: str | None = None,
            member_id: str | None = "",
            share_session_epoch: int = 0,
            max_wait_ms: int = 0,
            min_bytes: int = 0,
            max_bytes: int = 2147483647,
            max_records: int = 0,
            batch_size: int = 0,
            share_acquire_mode: int = 0,
            is_renew_ack: bool = False,
            topics: list[ShareFetchRequest.FetchTopic] = _NO,
            forgotten_topics_data: list[ShareFetchRequest.ForgottenTopic] = _NO,
        ) -> None:
            self.group_id = group_id
            self.member_id = member_id
            self.share_session_epoch = share_session_epoch
            self.max_wait_ms = max_wait_ms
            self.min_bytes = min_bytes
            self.max_bytes = max_bytes
            self.max_records = max_records
            self.batch_size = batch_size
            self.share_acquire_mode = share_acquire_mode
            self.is_renew_ack = is_renew_ack
            self.topics = [] if topics is _NO else topics
            self.forgotten_topics_data = [] if forgotten_topics_data is _NO else forgotten_topics_data

    ShareFetchRequest.AcknowledgementBatch = _s_AcknowledgementBatch  # type: ignore[attr-defined]
    ShareFetchRequest.FetchPartition = _s_FetchPartition  # type: ignore[attr-defined]
    ShareFetchRequest.FetchTopic = _s_FetchTopic  # type: ignore[attr-defined]
    ShareFetchRequest.ForgottenTopic = _s_ForgottenTopic  # type: ignore[attr-defined]
    return ShareFetchRequest
"""

_SOURCES['ShareFetchResponse'] = r"""
def _build_ShareFetchResponse() -> type[Message]:
    class _s_LeaderIdAndEpoch(Struct):
        __qualname__ = 'ShareFetchResponse.LeaderIdAndEpoch'
        __slots__ = ('leader_id', 'leader_epoch')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('leader_id', 'LeaderId', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            leader_id: int = 0,
            leader_epoch: int = 0,
        ) -> None:
            self.leader_id = leader_id
            self.leader_epoch = leader_epoch

    _s_LeaderIdAndEpoch.__name__ = 'LeaderIdAndEpoch'

    class _s_AcquiredRecords(Struct):
        __qualname__ = 'ShareFetchResponse.AcquiredRecords'
        __slots__ = ('first_offset', 'last_offset', 'delivery_count')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('first_offset', 'FirstOffset', 'int64', versions=(0, MAXV)),
            F('last_offset', 'LastOffset', 'int64', versions=(0, MAXV)),
            F('delivery_count', 'DeliveryCount', 'int16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            first_offset: int = 0,
            last_offset: int = 0,
            delivery_count: int = 0,
        ) -> None:
            self.first_offset = first_offset
            self.last_offset = last_offset
            self.delivery_count = delivery_count

    _s_AcquiredRecords.__name__ = 'AcquiredRecords'

    class _s_PartitionData(Struct):
        __qualname__ = 'ShareFetchResponse.PartitionData'
        __slots__ = ('partition_index', 'error_code', 'error_message', 'acknowledge_error_code', 'acknowledge_error_message', 'current_leader', 'records', 'acquired_records')
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

        def __init__(
            self,
            partition_index: int = 0,
            error_code: int = 0,
            error_message: str | None = None,
            acknowledge_error_code: int = 0,
            acknowledge_error_message: str | None = None,
            current_leader: ShareFetchResponse.LeaderIdAndEpoch = _NO,
            records: Records = None,
            acquired_records: list[ShareFetchResponse.AcquiredRecords] = _NO,
        ) -> None:
            self.partition_index = partition_index
            self.error_code = error_code
            self.error_message = error_message
            self.acknowledge_error_code = acknowledge_error_code
            self.acknowledge_error_message = acknowledge_error_message
            self.current_leader = _s_LeaderIdAndEpoch() if current_leader is _NO else current_leader
            self.records = records
            self.acquired_records = [] if acquired_records is _NO else acquired_records

    _s_PartitionData.__name__ = 'PartitionData'

    class _s_ShareFetchableTopicResponse(Struct):
        __qualname__ = 'ShareFetchResponse.ShareFetchableTopicResponse'
        __slots__ = ('topic_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[ShareFetchResponse.PartitionData] = _NO,
        ) -> None:
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions

    _s_ShareFetchableTopicResponse.__name__ = 'ShareFetchableTopicResponse'

    class _s_NodeEndpoint(Struct):
        __qualname__ = 'ShareFetchResponse.NodeEndpoint'
        __slots__ = ('node_id', 'host', 'port', 'rack')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('node_id', 'NodeId', 'int32', versions=(0, MAXV)),
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('port', 'Port', 'int32', versions=(0, MAXV)),
            F('rack', 'Rack', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            node_id: int = 0,
            host: str = "",
            port: int = 0,
            rack: str | None = None,
        ) -> None:
            self.node_id = node_id
            self.host = host
            self.port = port
            self.rack = rack

    _s_NodeEndpoint.__name__ = 'NodeEndpoint'

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
        __slots__ = ('throttle_time_ms', 'error_code', 'error_message', 'acquisition_lock_timeout_ms', 'responses', 'node_endpoints')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('acquisition_lock_timeout_ms', 'AcquisitionLockTimeoutMs', 'int32', versions=(1, MAXV)),
            F('responses', 'Responses', 'struct', array=True, struct='ShareFetchableTopicResponse', versions=(0, MAXV)),
            F('node_endpoints', 'NodeEndpoints', 'struct', array=True, struct='NodeEndpoint', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            error_message: str | None = None,
            acquisition_lock_timeout_ms: int = 0,
            responses: list[ShareFetchResponse.ShareFetchableTopicResponse] = _NO,
            node_endpoints: list[ShareFetchResponse.NodeEndpoint] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.error_message = error_message
            self.acquisition_lock_timeout_ms = acquisition_lock_timeout_ms
            self.responses = [] if responses is _NO else responses
            self.node_endpoints = [] if node_endpoints is _NO else node_endpoints

    ShareFetchResponse.LeaderIdAndEpoch = _s_LeaderIdAndEpoch  # type: ignore[attr-defined]
    ShareFetchResponse.AcquiredRecords = _s_AcquiredRecords  # type: ignore[attr-defined]
    ShareFetchResponse.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    ShareFetchResponse.ShareFetchableTopicResponse = _s_ShareFetchableTopicResponse  # type: ignore[attr-defined]
    ShareFetchResponse.NodeEndpoint = _s_NodeEndpoint  # type: ignore[attr-defined]
    return ShareFetchResponse
"""

_SOURCES['ShareGroupCurrentMemberAssignmentKey'] = r"""
def _build_ShareGroupCurrentMemberAssignmentKey() -> type[Message]:
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
        __slots__ = ('group_id', 'member_id')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
            F('member_id', 'MemberId', 'string', versions=(0, 0)),
        )

        def __init__(
            self,
            group_id: str = "",
            member_id: str = "",
        ) -> None:
            self.group_id = group_id
            self.member_id = member_id

    return ShareGroupCurrentMemberAssignmentKey
"""

_SOURCES['ShareGroupCurrentMemberAssignmentValue'] = r"""
def _build_ShareGroupCurrentMemberAssignmentValue() -> type[Message]:
    class _s_TopicPartitions(Struct):
        __qualname__ = 'ShareGroupCurrentMemberAssignmentValue.TopicPartitions'
        __slots__ = ('topic_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[int] = _NO,
        ) -> None:
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions

    _s_TopicPartitions.__name__ = 'TopicPartitions'

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
        __slots__ = ('member_epoch', 'previous_member_epoch', 'state', 'assigned_partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('member_epoch', 'MemberEpoch', 'int32', versions=(0, MAXV)),
            F('previous_member_epoch', 'PreviousMemberEpoch', 'int32', versions=(0, MAXV)),
            F('state', 'State', 'int8', versions=(0, MAXV)),
            F('assigned_partitions', 'AssignedPartitions', 'struct', array=True, struct='TopicPartitions', versions=(0, MAXV)),
        )

        def __init__(
            self,
            member_epoch: int = 0,
            previous_member_epoch: int = 0,
            state: int = 0,
            assigned_partitions: list[ShareGroupCurrentMemberAssignmentValue.TopicPartitions] = _NO,
        ) -> None:
            self.member_epoch = member_epoch
            self.previous_member_epoch = previous_member_epoch
            self.state = state
            self.assigned_partitions = [] if assigned_partitions is _NO else assigned_partitions

    ShareGroupCurrentMemberAssignmentValue.TopicPartitions = _s_TopicPartitions  # type: ignore[attr-defined]
    return ShareGroupCurrentMemberAssignmentValue
"""

_SOURCES['ShareGroupDescribeRequest'] = r"""
def _build_ShareGroupDescribeRequest() -> type[Message]:
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
        __slots__ = ('group_ids', 'include_authorized_operations')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_ids', 'GroupIds', 'string', array=True, versions=(0, MAXV)),
            F('include_authorized_operations', 'IncludeAuthorizedOperations', 'bool', versions=(0, MAXV)),
        )

        def __init__(
            self,
            group_ids: list[str] = _NO,
            include_authorized_operations: bool = False,
        ) -> None:
            self.group_ids = [] if group_ids is _NO else group_ids
            self.include_authorized_operations = include_authorized_operations

    return ShareGroupDescribeRequest
"""

_SOURCES['ShareGroupDescribeResponse'] = r"""
def _build_ShareGroupDescribeResponse() -> type[Message]:
    class _s_TopicPartitions(Struct):
        __qualname__ = 'ShareGroupDescribeResponse.TopicPartitions'
        __slots__ = ('topic_id', 'topic_name', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_id: uuid.UUID = ZERO_UUID,
            topic_name: str = "",
            partitions: list[int] = _NO,
        ) -> None:
            self.topic_id = topic_id
            self.topic_name = topic_name
            self.partitions = [] if partitions is _NO else partitions

    _s_TopicPartitions.__name__ = 'TopicPartitions'

    class _s_Assignment(Struct):
        __qualname__ = 'ShareGroupDescribeResponse.Assignment'
        __slots__ = ('topic_partitions',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_partitions', 'TopicPartitions', 'struct', array=True, struct='TopicPartitions', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_partitions: list[ShareGroupDescribeResponse.TopicPartitions] = _NO,
        ) -> None:
            self.topic_partitions = [] if topic_partitions is _NO else topic_partitions

    _s_Assignment.__name__ = 'Assignment'

    class _s_Member(Struct):
        __qualname__ = 'ShareGroupDescribeResponse.Member'
        __slots__ = ('member_id', 'rack_id', 'member_epoch', 'client_id', 'client_host', 'subscribed_topic_names', 'assignment')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('member_id', 'MemberId', 'string', versions=(0, MAXV)),
            F('rack_id', 'RackId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('member_epoch', 'MemberEpoch', 'int32', versions=(0, MAXV)),
            F('client_id', 'ClientId', 'string', versions=(0, MAXV)),
            F('client_host', 'ClientHost', 'string', versions=(0, MAXV)),
            F('subscribed_topic_names', 'SubscribedTopicNames', 'string', array=True, versions=(0, MAXV)),
            F('assignment', 'Assignment', 'struct', struct='Assignment', versions=(0, MAXV)),
        )

        def __init__(
            self,
            member_id: str = "",
            rack_id: str | None = None,
            member_epoch: int = 0,
            client_id: str = "",
            client_host: str = "",
            subscribed_topic_names: list[str] = _NO,
            assignment: ShareGroupDescribeResponse.Assignment = _NO,
        ) -> None:
            self.member_id = member_id
            self.rack_id = rack_id
            self.member_epoch = member_epoch
            self.client_id = client_id
            self.client_host = client_host
            self.subscribed_topic_names = [] if subscribed_topic_names is _NO else subscribed_topic_names
            self.assignment = _s_Assignment() if assignment is _NO else assignment

    _s_Member.__name__ = 'Member'

    class _s_DescribedGroup(Struct):
        __qualname__ = 'ShareGroupDescribeResponse.DescribedGroup'
        __slots__ = ('error_code', 'error_message', 'group_id', 'group_state', 'group_epoch', 'assignment_epoch', 'assignor_name', 'members', 'authorized_operations')
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

        def __init__(
            self,
            error_code: int = 0,
            error_message: str | None = None,
            group_id: str = "",
            group_state: str = "",
            group_epoch: int = 0,
            assignment_epoch: int = 0,
            assignor_name: str = "",
            members: list[ShareGroupDescribeResponse.Member] = _NO,
            authorized_operations: int = -2147483648,
        ) -> None:
            self.error_code = error_code
            self.error_message = error_message
            self.group_id = group_id
            self.group_state = group_state
            self.group_epoch = group_epoch
            self.assignment_epoch = assignment_epoch
            self.assignor_name = assignor_name
            self.members = [] if members is _NO else members
            self.authorized_operations = authorized_operations

    _s_DescribedGroup.__name__ = 'DescribedGroup'

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
        __slots__ = ('throttle_time_ms', 'groups')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('groups', 'Groups', 'struct', array=True, struct='DescribedGroup', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            groups: list[ShareGroupDescribeResponse.DescribedGroup] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.groups = [] if groups is _NO else groups

    ShareGroupDescribeResponse.TopicPartitions = _s_TopicPartitions  # type: ignore[attr-defined]
    ShareGroupDescribeResponse.Assignment = _s_Assignment  # type: ignore[attr-defined]
    ShareGroupDescribeResponse.Member = _s_Member  # type: ignore[attr-defined]
    ShareGroupDescribeResponse.DescribedGroup = _s_DescribedGroup  # type: ignore[attr-defined]
    return ShareGroupDescribeResponse
"""

_SOURCES['ShareGroupHeartbeatRequest'] = r"""
def _build_ShareGroupHeartbeatRequest() -> type[Message]:
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
        __slots__ = ('group_id', 'member_id', 'member_epoch', 'rack_id', 'subscribed_topic_names')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('member_id', 'MemberId', 'string', versions=(0, MAXV)),
            F('member_epoch', 'MemberEpoch', 'int32', versions=(0, MAXV)),
            F('rack_id', 'RackId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('subscribed_topic_names', 'SubscribedTopicNames', 'string', array=True, versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            group_id: str = "",
            member_id: str = "",
            member_epoch: int = 0,
            rack_id: str | None = None,
            subscribed_topic_names: list[str] | None = None,
        ) -> None:
            self.group_id = group_id
            self.member_id = member_id
            self.member_epoch = member_epoch
            self.rack_id = rack_id
            self.subscribed_topic_names = subscribed_topic_names

    return ShareGroupHeartbeatRequest
"""

_SOURCES['ShareGroupHeartbeatResponse'] = r"""
def _build_ShareGroupHeartbeatResponse() -> type[Message]:
    class _s_TopicPartitions(Struct):
        __qualname__ = 'ShareGroupHeartbeatResponse.TopicPartitions'
        __slots__ = ('topic_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[int] = _NO,
        ) -> None:
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions

    _s_TopicPartitions.__name__ = 'TopicPartitions'

    class _s_Assignment(Struct):
        __qualname__ = 'ShareGroupHeartbeatResponse.Assignment'
        __slots__ = ('topic_partitions',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_partitions', 'TopicPartitions', 'struct', array=True, struct='TopicPartitions', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_partitions: list[ShareGroupHeartbeatResponse.TopicPartitions] = _NO,
        ) -> None:
            self.topic_partitions = [] if topic_partitions is _NO else topic_partitions

    _s_Assignment.__name__ = 'Assignment'

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
        __slots__ = ('throttle_time_ms', 'error_code', 'error_message', 'member_id', 'member_epoch', 'heartbeat_interval_ms', 'assignment')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('member_id', 'MemberId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('member_epoch', 'MemberEpoch', 'int32', versions=(0, MAXV)),
            F('heartbeat_interval_ms', 'HeartbeatIntervalMs', 'int32', versions=(0, MAXV)),
            F('assignment', 'Assignment', 'struct', struct='Assignment', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            error_message: str | None = None,
            member_id: str | None = None,
            member_epoch: int = 0,
            heartbeat_interval_ms: int = 0,
            assignment: ShareGroupHeartbeatResponse.Assignment | None = None,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.error_message = error_message
            self.member_id = member_id
            self.member_epoch = member_epoch
            self.heartbeat_interval_ms = heartbeat_interval_ms
            self.assignment = assignment

    ShareGroupHeartbeatResponse.TopicPartitions = _s_TopicPartitions  # type: ignore[attr-defined]
    ShareGroupHeartbeatResponse.Assignment = _s_Assignment  # type: ignore[attr-defined]
    return ShareGroupHeartbeatResponse
"""

_SOURCES['ShareGroupMemberMetadataKey'] = r"""
def _build_ShareGroupMemberMetadataKey() -> type[Message]:
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
        __slots__ = ('group_id', 'member_id')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
            F('member_id', 'MemberId', 'string', versions=(0, 0)),
        )

        def __init__(
            self,
            group_id: str = "",
            member_id: str = "",
        ) -> None:
            self.group_id = group_id
            self.member_id = member_id

    return ShareGroupMemberMetadataKey
"""

_SOURCES['ShareGroupMemberMetadataValue'] = r"""
def _build_ShareGroupMemberMetadataValue() -> type[Message]:
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
        __slots__ = ('rack_id', 'client_id', 'client_host', 'subscribed_topic_names')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('rack_id', 'RackId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('client_id', 'ClientId', 'string', versions=(0, MAXV)),
            F('client_host', 'ClientHost', 'string', versions=(0, MAXV)),
            F('subscribed_topic_names', 'SubscribedTopicNames', 'string', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            rack_id: str | None = "",
            client_id: str = "",
            client_host: str = "",
            subscribed_topic_names: list[str] = _NO,
        ) -> None:
            self.rack_id = rack_id
            self.client_id = client_id
            self.client_host = client_host
            self.subscribed_topic_names = [] if subscribed_topic_names is _NO else subscribed_topic_names

    return ShareGroupMemberMetadataValue
"""

_SOURCES['ShareGroupMetadataKey'] = r"""
def _build_ShareGroupMetadataKey() -> type[Message]:
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
        __slots__ = ('group_id',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
        )

        def __init__(
            self,
            group_id: str = "",
        ) -> None:
            self.group_id = group_id

    return ShareGroupMetadataKey
"""

_SOURCES['ShareGroupMetadataValue'] = r"""
def _build_ShareGroupMetadataValue() -> type[Message]:
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
        __slots__ = ('epoch', 'metadata_hash')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('epoch', 'Epoch', 'int32', versions=(0, MAXV)),
            F('metadata_hash', 'MetadataHash', 'int64', versions=(0, MAXV)),
        )

        def __init__(
            self,
            epoch: int = 0,
            metadata_hash: int = 0,
        ) -> None:
            self.epoch = epoch
            self.metadata_hash = metadata_hash

    return ShareGroupMetadataValue
"""

_SOURCES['ShareGroupStatePartitionMetadataKey'] = r"""
def _build_ShareGroupStatePartitionMetadataKey() -> type[Message]:
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
        __slots__ = ('group_id',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
        )

        def __init__(
            self,
            group_id: str = "",
        ) -> None:
            self.group_id = group_id

    return ShareGroupStatePartitionMetadataKey
"""

_SOURCES['ShareGroupStatePartitionMetadataValue'] = r"""
def _build_ShareGroupStatePartitionMetadataValue() -> type[Message]:
    class _s_TopicPartitionsInfo(Struct):
        __qualname__ = 'ShareGroupStatePartitionMetadataValue.TopicPartitionsInfo'
        __slots__ = ('topic_id', 'topic_name', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_id: uuid.UUID = ZERO_UUID,
            topic_name: str = "",
            partitions: list[int] = _NO,
        ) -> None:
            self.topic_id = topic_id
            self.topic_name = topic_name
            self.partitions = [] if partitions is _NO else partitions

    _s_TopicPartitionsInfo.__name__ = 'TopicPartitionsInfo'

    class _s_TopicInfo(Struct):
        __qualname__ = 'ShareGroupStatePartitionMetadataValue.TopicInfo'
        __slots__ = ('topic_id', 'topic_name')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_id: uuid.UUID = ZERO_UUID,
            topic_name: str = "",
        ) -> None:
            self.topic_id = topic_id
            self.topic_name = topic_name

    _s_TopicInfo.__name__ = 'TopicInfo'

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
        __slots__ = ('initializing_topics', 'initialized_topics', 'deleting_topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('initializing_topics', 'InitializingTopics', 'struct', array=True, struct='TopicPartitionsInfo', versions=(0, MAXV)),
            F('initialized_topics', 'InitializedTopics', 'struct', array=True, struct='TopicPartitionsInfo', versions=(0, MAXV)),
            F('deleting_topics', 'DeletingTopics', 'struct', array=True, struct='TopicInfo', versions=(0, MAXV)),
        )

        def __init__(
            self,
            initializing_topics: list[ShareGroupStatePartitionMetadataValue.TopicPartitionsInfo] = _NO,
            initialized_topics: list[ShareGroupStatePartitionMetadataValue.TopicPartitionsInfo] = _NO,
            deleting_topics: list[ShareGroupStatePartitionMetadataValue.TopicInfo] = _NO,
        ) -> None:
            self.initializing_topics = [] if initializing_topics is _NO else initializing_topics
            self.initialized_topics = [] if initialized_topics is _NO else initialized_topics
            self.deleting_topics = [] if deleting_topics is _NO else deleting_topics

    ShareGroupStatePartitionMetadataValue.TopicPartitionsInfo = _s_TopicPartitionsInfo  # type: ignore[attr-defined]
    ShareGroupStatePartitionMetadataValue.TopicInfo = _s_TopicInfo  # type: ignore[attr-defined]
    return ShareGroupStatePartitionMetadataValue
"""

_SOURCES['ShareGroupTargetAssignmentMemberKey'] = r"""
def _build_ShareGroupTargetAssignmentMemberKey() -> type[Message]:
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
        __slots__ = ('group_id', 'member_id')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
            F('member_id', 'MemberId', 'string', versions=(0, 0)),
        )

        def __init__(
            self,
            group_id: str = "",
            member_id: str = "",
        ) -> None:
            self.group_id = group_id
            self.member_id = member_id

    return ShareGroupTargetAssignmentMemberKey
"""

_SOURCES['ShareGroupTargetAssignmentMemberValue'] = r"""
def _build_ShareGroupTargetAssignmentMemberValue() -> type[Message]:
    class _s_TopicPartition(Struct):
        __qualname__ = 'ShareGroupTargetAssignmentMemberValue.TopicPartition'
        __slots__ = ('topic_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[int] = _NO,
        ) -> None:
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions

    _s_TopicPartition.__name__ = 'TopicPartition'

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
        __slots__ = ('topic_partitions',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_partitions', 'TopicPartitions', 'struct', array=True, struct='TopicPartition', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_partitions: list[ShareGroupTargetAssignmentMemberValue.TopicPartition] = _NO,
        ) -> None:
            self.topic_partitions = [] if topic_partitions is _NO else topic_partitions

    ShareGroupTargetAssignmentMemberValue.TopicPartition = _s_TopicPartition  # type: ignore[attr-defined]
    return ShareGroupTargetAssignmentMemberValue
"""

_SOURCES['ShareGroupTargetAssignmentMetadataKey'] = r"""
def _build_ShareGroupTargetAssignmentMetadataKey() -> type[Message]:
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
        __slots__ = ('group_id',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
        )

        def __init__(
            self,
            group_id: str = "",
        ) -> None:
            self.group_id = group_id

    return ShareGroupTargetAssignmentMetadataKey
"""

_SOURCES['ShareGroupTargetAssignmentMetadataValue'] = r"""
def _build_ShareGroupTargetAssignmentMetadataValue() -> type[Message]:
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
        __slots__ = ('assignment_epoch', 'assignment_timestamp')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('assignment_epoch', 'AssignmentEpoch', 'int32', versions=(0, MAXV)),
            F('assignment_timestamp', 'AssignmentTimestamp', 'int64', versions=(0, MAXV), tag=0, tagged=(0, MAXV), ignorable=True),
        )

        def __init__(
            self,
            assignment_epoch: int = 0,
            assignment_timestamp: int = 0,
        ) -> None:
            self.assignment_epoch = assignment_epoch
            self.assignment_timestamp = assignment_timestamp

    return ShareGroupTargetAssignmentMetadataValue
"""

_SOURCES['ShareSnapshotKey'] = r"""
def _build_ShareSnapshotKey() -> type[Message]:
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
        __slots__ = ('group_id', 'topic_id', 'partition')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
            F('topic_id', 'TopicId', 'uuid', versions=(0, 0)),
            F('partition', 'Partition', 'int32', versions=(0, 0)),
        )

        def __init__(
            self,
            group_id: str = "",
            topic_id: uuid.UUID = ZERO_UUID,
            partition: int = 0,
        ) -> None:
            self.group_id = group_id
            self.topic_id = topic_id
            self.partition = partition

    return ShareSnapshotKey
"""

_SOURCES['ShareSnapshotValue'] = r"""
def _build_ShareSnapshotValue() -> type[Message]:
    class _s_StateBatch(Struct):
        __qualname__ = 'ShareSnapshotValue.StateBatch'
        __slots__ = ('first_offset', 'last_offset', 'delivery_state', 'delivery_count')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('first_offset', 'FirstOffset', 'int64', versions=(0, MAXV)),
            F('last_offset', 'LastOffset', 'int64', versions=(0, MAXV)),
            F('delivery_state', 'DeliveryState', 'int8', versions=(0, MAXV)),
            F('delivery_count', 'DeliveryCount', 'int16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            first_offset: int = 0,
            last_offset: int = 0,
            delivery_state: int = 0,
            delivery_count: int = 0,
        ) -> None:
            self.first_offset = first_offset
            self.last_offset = last_offset
            self.delivery_state = delivery_state
            self.delivery_count = delivery_count

    _s_StateBatch.__name__ = 'StateBatch'

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
        __slots__ = ('snapshot_epoch', 'state_epoch', 'leader_epoch', 'start_offset', 'delivery_complete_count', 'create_timestamp', 'write_timestamp', 'state_batches')
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

        def __init__(
            self,
            snapshot_epoch: int = 0,
            state_epoch: int = 0,
            leader_epoch: int = 0,
            start_offset: int = 0,
            delivery_complete_count: int = -1,
            create_timestamp: int = 0,
            write_timestamp: int = 0,
            state_batches: list[ShareSnapshotValue.StateBatch] = _NO,
        ) -> None:
            self.snapshot_epoch = snapshot_epoch
            self.state_epoch = state_epoch
            self.leader_epoch = leader_epoch
            self.start_offset = start_offset
            self.delivery_complete_count = delivery_complete_count
            self.create_timestamp = create_timestamp
            self.write_timestamp = write_timestamp
            self.state_batches = [] if state_batches is _NO else state_batches

    ShareSnapshotValue.StateBatch = _s_StateBatch  # type: ignore[attr-defined]
    return ShareSnapshotValue
"""

_SOURCES['ShareUpdateKey'] = r"""
def _build_ShareUpdateKey() -> type[Message]:
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
        __slots__ = ('group_id', 'topic_id', 'partition')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
            F('topic_id', 'TopicId', 'uuid', versions=(0, 0)),
            F('partition', 'Partition', 'int32', versions=(0, 0)),
        )

        def __init__(
            self,
            group_id: str = "",
            topic_id: uuid.UUID = ZERO_UUID,
            partition: int = 0,
        ) -> None:
            self.group_id = group_id
            self.topic_id = topic_id
            self.partition = partition

    return ShareUpdateKey
"""

_SOURCES['ShareUpdateValue'] = r"""
def _build_ShareUpdateValue() -> type[Message]:
    class _s_StateBatch(Struct):
        __qualname__ = 'ShareUpdateValue.StateBatch'
        __slots__ = ('first_offset', 'last_offset', 'delivery_state', 'delivery_count')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('first_offset', 'FirstOffset', 'int64', versions=(0, MAXV)),
            F('last_offset', 'LastOffset', 'int64', versions=(0, MAXV)),
            F('delivery_state', 'DeliveryState', 'int8', versions=(0, MAXV)),
            F('delivery_count', 'DeliveryCount', 'int16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            first_offset: int = 0,
            last_offset: int = 0,
            delivery_state: int = 0,
            delivery_count: int = 0,
        ) -> None:
            self.first_offset = first_offset
            self.last_offset = last_offset
            self.delivery_state = delivery_state
            self.delivery_count = delivery_count

    _s_StateBatch.__name__ = 'StateBatch'

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
        __slots__ = ('snapshot_epoch', 'leader_epoch', 'start_offset', 'delivery_complete_count', 'state_batches')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('snapshot_epoch', 'SnapshotEpoch', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
            F('start_offset', 'StartOffset', 'int64', versions=(0, MAXV)),
            F('delivery_complete_count', 'DeliveryCompleteCount', 'int32', versions=(0, MAXV), tag=0, tagged=(0, MAXV)),
            F('state_batches', 'StateBatches', 'struct', array=True, struct='StateBatch', versions=(0, MAXV)),
        )

        def __init__(
            self,
            snapshot_epoch: int = 0,
            leader_epoch: int = 0,
            start_offset: int = 0,
            delivery_complete_count: int = -1,
            state_batches: list[ShareUpdateValue.StateBatch] = _NO,
        ) -> None:
            self.snapshot_epoch = snapshot_epoch
            self.leader_epoch = leader_epoch
            self.start_offset = start_offset
            self.delivery_complete_count = delivery_complete_count
            self.state_batches = [] if state_batches is _NO else state_batches

    ShareUpdateValue.StateBatch = _s_StateBatch  # type: ignore[attr-defined]
    return ShareUpdateValue
"""

_SOURCES['SnapshotFooterRecord'] = r"""
def _build_SnapshotFooterRecord() -> type[Message]:
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
        __slots__ = ('version',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('version', 'Version', 'int16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            version: int = 0,
        ) -> None:
            self.version = version

    return SnapshotFooterRecord
"""

_SOURCES['SnapshotHeaderRecord'] = r"""
def _build_SnapshotHeaderRecord() -> type[Message]:
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
        __slots__ = ('version', 'last_contained_log_timestamp')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('version', 'Version', 'int16', versions=(0, MAXV)),
            F('last_contained_log_timestamp', 'LastContainedLogTimestamp', 'int64', versions=(0, MAXV)),
        )

        def __init__(
            self,
            version: int = 0,
            last_contained_log_timestamp: int = 0,
        ) -> None:
            self.version = version
            self.last_contained_log_timestamp = last_contained_log_timestamp

    return SnapshotHeaderRecord
"""

_SOURCES['StopReplicaRequest'] = r"""
def _build_StopReplicaRequest() -> type[Message]:
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
        __slots__ = ()
        _FIELDS: ClassVar[tuple[F, ...]] = (
        )

    return StopReplicaRequest
"""

_SOURCES['StopReplicaResponse'] = r"""
def _build_StopReplicaResponse() -> type[Message]:
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
        __slots__ = ()
        _FIELDS: ClassVar[tuple[F, ...]] = (
        )

    return StopReplicaResponse
"""

_SOURCES['StreamsGroupCurrentMemberAssignmentKey'] = r"""
def _build_StreamsGroupCurrentMemberAssignmentKey() -> type[Message]:
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
        __slots__ = ('group_id', 'member_id')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
            F('member_id', 'MemberId', 'string', versions=(0, 0)),
        )

        def __init__(
            self,
            group_id: str = "",
            member_id: str = "",
        ) -> None:
            self.group_id = group_id
            self.member_id = member_id

    return StreamsGroupCurrentMemberAssignmentKey
"""

_SOURCES['StreamsGroupCurrentMemberAssignmentValue'] = r"""
def _build_StreamsGroupCurrentMemberAssignmentValue() -> type[Message]:
    class _s_TaskIds(Struct):
        __qualname__ = 'StreamsGroupCurrentMemberAssignmentValue.TaskIds'
        __slots__ = ('subtopology_id', 'partitions', 'assignment_epochs')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('subtopology_id', 'SubtopologyId', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
            F('assignment_epochs', 'AssignmentEpochs', 'int32', array=True, versions=(0, MAXV), nullable=(0, MAXV), tag=0, tagged=(0, MAXV)),
        )

        def __init__(
            self,
            subtopology_id: str = "",
            partitions: list[int] = _NO,
            assignment_epochs: list[int] | None = _NO,
        ) -> None:
            self.subtopology_id = subtopology_id
            self.partitions = [] if partitions is _NO else partitions
            self.assignment_epochs = [] if assignment_epochs is _NO else assignment_epochs

    _s_TaskIds.__name__ = 'TaskIds'

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
        __slots__ = ('member_epoch', 'previous_member_epoch', 'state', 'active_tasks', 'standby_tasks', 'warmup_tasks', 'active_tasks_pending_revocation', 'standby_tasks_pending_revocation', 'warmup_tasks_pending_revocation')
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

        def __init__(
            self,
            member_epoch: int = 0,
            previous_member_epoch: int = 0,
            state: int = 0,
            active_tasks: list[StreamsGroupCurrentMemberAssignmentValue.TaskIds] = _NO,
            standby_tasks: list[StreamsGroupCurrentMemberAssignmentValue.TaskIds] = _NO,
            warmup_tasks: list[StreamsGroupCurrentMemberAssignmentValue.TaskIds] = _NO,
            active_tasks_pending_revocation: list[StreamsGroupCurrentMemberAssignmentValue.TaskIds] = _NO,
            standby_tasks_pending_revocation: list[StreamsGroupCurrentMemberAssignmentValue.TaskIds] = _NO,
            warmup_tasks_pending_revocation: list[StreamsGroupCurrentMemberAssignmentValue.TaskIds] = _NO,
        ) -> None:
            self.member_epoch = member_epoch
            self.previous_member_epoch = previous_member_epoch
            self.state = state
            self.active_tasks = [] if active_tasks is _NO else active_tasks
            self.standby_tasks = [] if standby_tasks is _NO else standby_tasks
            self.warmup_tasks = [] if warmup_tasks is _NO else warmup_tasks
            self.active_tasks_pending_revocation = [] if active_tasks_pending_revocation is _NO else active_tasks_pending_revocation
            self.standby_tasks_pending_revocation = [] if standby_tasks_pending_revocation is _NO else standby_tasks_pending_revocation
            self.warmup_tasks_pending_revocation = [] if warmup_tasks_pending_revocation is _NO else warmup_tasks_pending_revocation

    StreamsGroupCurrentMemberAssignmentValue.TaskIds = _s_TaskIds  # type: ignore[attr-defined]
    return StreamsGroupCurrentMemberAssignmentValue
"""

_SOURCES['StreamsGroupDescribeRequest'] = r"""
def _build_StreamsGroupDescribeRequest() -> type[Message]:
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
        __slots__ = ('group_ids', 'include_authorized_operations')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_ids', 'GroupIds', 'string', array=True, versions=(0, MAXV)),
            F('include_authorized_operations', 'IncludeAuthorizedOperations', 'bool', versions=(0, MAXV)),
        )

        def __init__(
            self,
            group_ids: list[str] = _NO,
            include_authorized_operations: bool = False,
        ) -> None:
            self.group_ids = [] if group_ids is _NO else group_ids
            self.include_authorized_operations = include_authorized_operations

    return StreamsGroupDescribeRequest
"""

_SOURCES['StreamsGroupDescribeResponse'] = r"""
def _build_StreamsGroupDescribeResponse() -> type[Message]:
    class _s_KeyValue(Struct):
        __qualname__ = 'StreamsGroupDescribeResponse.KeyValue'
        __slots__ = ('key', 'value')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('key', 'Key', 'string', versions=(0, MAXV)),
            F('value', 'Value', 'string', versions=(0, MAXV)),
        )

        def __init__(
            self,
            key: str = "",
            value: str = "",
        ) -> None:
            self.key = key
            self.value = value

    _s_KeyValue.__name__ = 'KeyValue'

    class _s_TopicInfo(Struct):
        __qualname__ = 'StreamsGroupDescribeResponse.TopicInfo'
        __slots__ = ('name', 'partitions', 'replication_factor', 'topic_configs')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', versions=(0, MAXV)),
            F('replication_factor', 'ReplicationFactor', 'int16', versions=(0, MAXV)),
            F('topic_configs', 'TopicConfigs', 'struct', array=True, struct='KeyValue', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            partitions: int = 0,
            replication_factor: int = 0,
            topic_configs: list[StreamsGroupDescribeResponse.KeyValue] = _NO,
        ) -> None:
            self.name = name
            self.partitions = partitions
            self.replication_factor = replication_factor
            self.topic_configs = [] if topic_configs is _NO else topic_configs

    _s_TopicInfo.__name__ = 'TopicInfo'

    class _s_Subtopology(Struct):
        __qualname__ = 'StreamsGroupDescribeResponse.Subtopology'
        __slots__ = ('subtopology_id', 'source_topics', 'repartition_sink_topics', 'state_changelog_topics', 'repartition_source_topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('subtopology_id', 'SubtopologyId', 'string', versions=(0, MAXV)),
            F('source_topics', 'SourceTopics', 'string', array=True, versions=(0, MAXV)),
            F('repartition_sink_topics', 'RepartitionSinkTopics', 'string', array=True, versions=(0, MAXV)),
            F('state_changelog_topics', 'StateChangelogTopics', 'struct', array=True, struct='TopicInfo', versions=(0, MAXV)),
            F('repartition_source_topics', 'RepartitionSourceTopics', 'struct', array=True, struct='TopicInfo', versions=(0, MAXV)),
        )

        def __init__(
            self,
            subtopology_id: str = "",
            source_topics: list[str] = _NO,
            repartition_sink_topics: list[str] = _NO,
            state_changelog_topics: list[StreamsGroupDescribeResponse.TopicInfo] = _NO,
            repartition_source_topics: list[StreamsGroupDescribeResponse.TopicInfo] = _NO,
        ) -> None:
            self.subtopology_id = subtopology_id
            self.source_topics = [] if source_topics is _NO else source_topics
            self.repartition_sink_topics = [] if repartition_sink_topics is _NO else repartition_sink_topics
            self.state_changelog_topics = [] if state_changelog_topics is _NO else state_changelog_topics
            self.repartition_source_topics = [] if repartition_source_topics is _NO else repartition_source_topics

    _s_Subtopology.__name__ = 'Subtopology'

    class _s_Topology(Struct):
        __qualname__ = 'StreamsGroupDescribeResponse.Topology'
        __slots__ = ('epoch', 'subtopologies')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('epoch', 'Epoch', 'int32', versions=(0, MAXV)),
            F('subtopologies', 'Subtopologies', 'struct', array=True, struct='Subtopology', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            epoch: int = 0,
            subtopologies: list[StreamsGroupDescribeResponse.Subtopology] | None = None,
        ) -> None:
            self.epoch = epoch
            self.subtopologies = subtopologies

    _s_Topology.__name__ = 'Topology'

    class _s_Endpoint(Struct):
        __qualname__ = 'StreamsGroupDescribeResponse.Endpoint'
        __slots__ = ('host', 'port')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('port', 'Port', 'uint16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            host: str = "",
            port: int = 0,
        ) -> None:
            self.host = host
            self.port = port

    _s_Endpoint.__name__ = 'Endpoint'

    class _s_TaskOffset(Struct):
        __qualname__ = 'StreamsGroupDescribeResponse.TaskOffset'
        __slots__ = ('subtopology_id', 'partition', 'offset')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('subtopology_id', 'SubtopologyId', 'string', versions=(0, MAXV)),
            F('partition', 'Partition', 'int32', versions=(0, MAXV)),
            F('offset', 'Offset', 'int64', versions=(0, MAXV)),
        )

        def __init__(
            self,
            subtopology_id: str = "",
            partition: int = 0,
            offset: int = 0,
        ) -> None:
            self.subtopology_id = subtopology_id
            self.partition = partition
            self.offset = offset

    _s_TaskOffset.__name__ = 'TaskOffset'

    class _s_TaskIds(Struct):
        __qualname__ = 'StreamsGroupDescribeResponse.TaskIds'
        __slots__ = ('subtopology_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('subtopology_id', 'SubtopologyId', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            subtopology_id: str = "",
            partitions: list[int] = _NO,
        ) -> None:
            self.subtopology_id = subtopology_id
            self.partitions = [] if partitions is _NO else partitions

    _s_TaskIds.__name__ = 'TaskIds'

    class _s_Assignment(Struct):
        __qualname__ = 'StreamsGroupDescribeResponse.Assignment'
        __slots__ = ('active_tasks', 'standby_tasks', 'warmup_tasks')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('active_tasks', 'ActiveTasks', 'struct', array=True, struct='TaskIds', versions=(0, MAXV)),
            F('standby_tasks', 'StandbyTasks', 'struct', array=True, struct='TaskIds', versions=(0, MAXV)),
            F('warmup_tasks', 'WarmupTasks', 'struct', array=True, struct='TaskIds', versions=(0, MAXV)),
        )

        def __init__(
            self,
            active_tasks: list[StreamsGroupDescribeResponse.TaskIds] = _NO,
            standby_tasks: list[StreamsGroupDescribeResponse.TaskIds] = _NO,
            warmup_tasks: list[StreamsGroupDescribeResponse.TaskIds] = _NO,
        ) -> None:
            self.active_tasks = [] if active_tasks is _NO else active_tasks
            self.standby_tasks = [] if standby_tasks is _NO else standby_tasks
            self.warmup_tasks = [] if warmup_tasks is _NO else warmup_tasks

    _s_Assignment.__name__ = 'Assignment'

    class _s_Member(Struct):
        __qualname__ = 'StreamsGroupDescribeResponse.Member'
        __slots__ = ('member_id', 'member_epoch', 'instance_id', 'rack_id', 'client_id', 'client_host', 'topology_epoch', 'process_id', 'user_endpoint', 'client_tags', 'task_offsets', 'task_end_offsets', 'assignment', 'target_assignment', 'is_classic')
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

        def __init__(
            self,
            member_id: str = "",
            member_epoch: int = 0,
            instance_id: str | None = None,
            rack_id: str | None = None,
            client_id: str = "",
            client_host: str = "",
            topology_epoch: int = 0,
            process_id: str = "",
            user_endpoint: StreamsGroupDescribeResponse.Endpoint | None = None,
            client_tags: list[StreamsGroupDescribeResponse.KeyValue] = _NO,
            task_offsets: list[StreamsGroupDescribeResponse.TaskOffset] = _NO,
            task_end_offsets: list[StreamsGroupDescribeResponse.TaskOffset] = _NO,
            assignment: StreamsGroupDescribeResponse.Assignment = _NO,
            target_assignment: StreamsGroupDescribeResponse.Assignment = _NO,
            is_classic: bool = False,
        ) -> None:
            self.member_id = member_id
            self.member_epoch = member_epoch
            self.instance_id = instance_id
            self.rack_id = rack_id
            self.client_id = client_id
            self.client_host = client_host
            self.topology_epoch = topology_epoch
            self.process_id = process_id
            self.user_endpoint = user_endpoint
            self.client_tags = [] if client_tags is _NO else client_tags
            self.task_offsets = [] if task_offsets is _NO else task_offsets
            self.task_end_offsets = [] if task_end_offsets is _NO else task_end_offsets
            self.assignment = _s_Assignment() if assignment is _NO else assignment
            self.target_assignment = _s_Assignment() if target_assignment is _NO else target_assignment
            self.is_classic = is_classic

    _s_Member.__name__ = 'Member'

    class _s_DescribedGroup(Struct):
        __qualname__ = 'StreamsGroupDescribeResponse.DescribedGroup'
        __slots__ = ('error_code', 'error_message', 'group_id', 'group_state', 'group_epoch', 'assignment_epoch', 'topology', 'members', 'authorized_operations')
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

        def __init__(
            self,
            error_code: int = 0,
            error_message: str | None = None,
            group_id: str = "",
            group_state: str = "",
            group_epoch: int = 0,
            assignment_epoch: int = 0,
            topology: StreamsGroupDescribeResponse.Topology | None = None,
            members: list[StreamsGroupDescribeResponse.Member] = _NO,
            authorized_operations: int = -2147483648,
        ) -> None:
            self.error_code = error_code
            self.error_message = error_message
            self.group_id = group_id
            self.group_state = group_state
            self.group_epoch = group_epoch
            self.assignment_epoch = assignment_epoch
            self.topology = topology
            self.members = [] if members is _NO else members
            self.authorized_operations = authorized_operations

    _s_DescribedGroup.__name__ = 'DescribedGroup'

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
        __slots__ = ('throttle_time_ms', 'groups')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('groups', 'Groups', 'struct', array=True, struct='DescribedGroup', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            groups: list[StreamsGroupDescribeResponse.DescribedGroup] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.groups = [] if groups is _NO else groups

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
    class _s_KeyValue(Struct):
        __qualname__ = 'StreamsGroupHeartbeatRequest.KeyValue'
        __slots__ = ('key', 'value')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('key', 'Key', 'string', versions=(0, MAXV)),
            F('value', 'Value', 'string', versions=(0, MAXV)),
        )

        def __init__(
            self,
            key: str = "",
            value: str = "",
        ) -> None:
            self.key = key
            self.value = value

    _s_KeyValue.__name__ = 'KeyValue'

    class _s_TopicInfo(Struct):
        __qualname__ = 'StreamsGroupHeartbeatRequest.TopicInfo'
        __slots__ = ('name', 'partitions', 'replication_factor', 'topic_configs')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', versions=(0, MAXV)),
            F('replication_factor', 'ReplicationFactor', 'int16', versions=(0, MAXV)),
            F('topic_configs', 'TopicConfigs', 'struct', array=True, struct='KeyValue', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            partitions: int = 0,
            replication_factor: int = 0,
            topic_configs: list[StreamsGroupHeartbeatRequest.KeyValue] = _NO,
        ) -> None:
            self.name = name
            self.partitions = partitions
            self.replication_factor = replication_factor
            self.topic_configs = [] if topic_configs is _NO else topic_configs

    _s_TopicInfo.__name__ = 'TopicInfo'

    class _s_CopartitionGroup(Struct):
        __qualname__ = 'StreamsGroupHeartbeatRequest.CopartitionGroup'
        __slots__ = ('source_topics', 'source_topic_regex', 'repartition_source_topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('source_topics', 'SourceTopics', 'int16', array=True, versions=(0, MAXV)),
            F('source_topic_regex', 'SourceTopicRegex', 'int16', array=True, versions=(0, MAXV)),
            F('repartition_source_topics', 'RepartitionSourceTopics', 'int16', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            source_topics: list[int] = _NO,
            source_topic_regex: list[int] = _NO,
            repartition_source_topics: list[int] = _NO,
        ) -> None:
            self.source_topics = [] if source_topics is _NO else source_topics
            self.source_topic_regex = [] if source_topic_regex is _NO else source_topic_regex
            self.repartition_source_topics = [] if repartition_source_topics is _NO else repartition_source_topics

    _s_CopartitionGroup.__name__ = 'CopartitionGroup'

    class _s_Subtopology(Struct):
        __qualname__ = 'StreamsGroupHeartbeatRequest.Subtopology'
        __slots__ = ('subtopology_id', 'source_topics', 'source_topic_regex', 'state_changelog_topics', 'repartition_sink_topics', 'repartition_source_topics', 'copartition_groups')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('subtopology_id', 'SubtopologyId', 'string', versions=(0, MAXV)),
            F('source_topics', 'SourceTopics', 'string', array=True, versions=(0, MAXV)),
            F('source_topic_regex', 'SourceTopicRegex', 'string', array=True, versions=(0, MAXV)),
            F('state_changelog_topics', 'StateChangelogTopics', 'struct', array=True, struct='TopicInfo', versions=(0, MAXV)),
            F('repartition_sink_topics', 'RepartitionSinkTopics', 'string', array=True, versions=(0, MAXV)),
            F('repartition_source_topics', 'RepartitionSourceTopics', 'struct', array=True, struct='TopicInfo', versions=(0, MAXV)),
            F('copartition_groups', 'CopartitionGroups', 'struct', array=True, struct='CopartitionGroup', versions=(0, MAXV)),
        )

        def __init__(
            self,
            subtopology_id: str = "",
            source_topics: list[str] = _NO,
            source_topic_regex: list[str] = _NO,
            state_changelog_topics: list[StreamsGroupHeartbeatRequest.TopicInfo] = _NO,
            repartition_sink_topics: list[str] = _NO,
            repartition_source_topics: list[StreamsGroupHeartbeatRequest.TopicInfo] = _NO,
            copartition_groups: list[StreamsGroupHeartbeatRequest.CopartitionGroup] = _NO,
        ) -> None:
            self.subtopology_id = subtopology_id
            self.source_topics = [] if source_topics is _NO else source_topics
            self.source_topic_regex = [] if source_topic_regex is _NO else source_topic_regex
            self.state_changelog_topics = [] if state_changelog_topics is _NO else state_changelog_topics
            self.repartition_sink_topics = [] if repartition_sink_topics is _NO else repartition_sink_topics
            self.repartition_source_topics = [] if repartition_source_topics is _NO else repartition_source_topics
            self.copartition_groups = [] if copartition_groups is _NO else copartition_groups

    _s_Subtopology.__name__ = 'Subtopology'

    class _s_Topology(Struct):
        __qualname__ = 'StreamsGroupHeartbeatRequest.Topology'
        __slots__ = ('epoch', 'subtopologies')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('epoch', 'Epoch', 'int32', versions=(0, MAXV)),
            F('subtopologies', 'Subtopologies', 'struct', array=True, struct='Subtopology', versions=(0, MAXV)),
        )

        def __init__(
            self,
            epoch: int = 0,
            subtopologies: list[StreamsGroupHeartbeatRequest.Subtopology] = _NO,
        ) -> None:
            self.epoch = epoch
            self.subtopologies = [] if subtopologies is _NO else subtopologies

    _s_Topology.__name__ = 'Topology'

    class _s_TaskIds(Struct):
        __qualname__ = 'StreamsGroupHeartbeatRequest.TaskIds'
        __slots__ = ('subtopology_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('subtopology_id', 'SubtopologyId', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            subtopology_id: str = "",
            partitions: list[int] = _NO,
        ) -> None:
            self.subtopology_id = subtopology_id
            self.partitions = [] if partitions is _NO else partitions

    _s_TaskIds.__name__ = 'TaskIds'

    class _s_Endpoint(Struct):
        __qualname__ = 'StreamsGroupHeartbeatRequest.Endpoint'
        __slots__ = ('host', 'port')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('port', 'Port', 'uint16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            host: str = "",
            port: int = 0,
        ) -> None:
            self.host = host
            self.port = port

    _s_Endpoint.__name__ = 'Endpoint'

    class _s_TaskOffset(Struct):
        __qualname__ = 'StreamsGroupHeartbeatRequest.TaskOffset'
        __slots__ = ('subtopology_id', 'partition', 'offset')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('subtopology_id', 'SubtopologyId', 'string', versions=(0, MAXV)),
            F('partition', 'Partition', 'int32', versions=(0, MAXV)),
            F('offset', 'Offset', 'int64', versions=(0, MAXV)),
        )

        def __init__(
            self,
            subtopology_id: str = "",
            partition: int = 0,
            offset: int = 0,
        ) -> None:
            self.subtopology_id = subtopology_id
            self.partition = partition
            self.offset = offset

    _s_TaskOffset.__name__ = 'TaskOffset'

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
        __slots__ = ('group_id', 'member_id', 'member_epoch', 'endpoint_information_epoch', 'instance_id', 'rack_id', 'rebalance_timeout_ms', 'topology', 'active_tasks', 'standby_tasks', 'warmup_tasks', 'process_id', 'user_endpoint', 'client_tags', 'task_offsets', 'task_end_offsets', 'shutdown_application')
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

        def __init__(
            self,
            group_id: str = "",
            member_id: str = "",
            member_epoch: int = 0,
            endpoint_information_epoch: int = 0,
            instance_id: str | None = None,
            rack_id: str | None = None,
            rebalance_timeout_ms: int = -1,
            topology: StreamsGroupHeartbeatRequest.Topology | None = None,
            active_tasks: list[StreamsGroupHeartbeatRequest.TaskIds] | None = None,
            standby_tasks: list[StreamsGroupHeartbeatRequest.TaskIds] | None = None,
            warmup_tasks: list[StreamsGroupHeartbeatRequest.TaskIds] | None = None,
            process_id: str | None = None,
            user_endpoint: StreamsGroupHeartbeatRequest.Endpoint | None = None,
            client_tags: list[StreamsGroupHeartbeatRequest.KeyValue] | None = None,
            task_offsets: list[StreamsGroupHeartbeatRequest.TaskOffset] | None = None,
            task_end_offsets: list[StreamsGroupHeartbeatRequest.TaskOffset] | None = None,
            shutdown_application: bool = False,
        ) -> None:
            self.group_id = group_id
            self.member_id = member_id
            self.member_epoch = member_epoch
            self.endpoint_information_epoch = endpoint_information_epoch
            self.instance_id = instance_id
            self.rack_id = rack_id
            self.rebalance_timeout_ms = rebalance_timeout_ms
            self.topology = topology
            self.active_tasks = active_tasks
            self.standby_tasks = standby_tasks
            self.warmup_tasks = warmup_tasks
            self.process_id = process_id
            self.user_endpoint = user_endpoint
            self.client_tags = client_tags
            self.task_offsets = task_offsets
            self.task_end_offsets = task_end_offsets
            self.shutdown_application = shutdown_application

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
    class _s_Status(Struct):
        __qualname__ = 'StreamsGroupHeartbeatResponse.Status'
        __slots__ = ('status_code', 'status_detail')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('status_code', 'StatusCode', 'int8', versions=(0, MAXV)),
            F('status_detail', 'StatusDetail', 'string', versions=(0, MAXV)),
        )

        def __init__(
            self,
            status_code: int = 0,
            status_detail: str = "",
        ) -> None:
            self.status_code = status_code
            self.status_detail = status_detail

    _s_Status.__name__ = 'Status'

    class _s_TaskIds(Struct):
        __qualname__ = 'StreamsGroupHeartbeatResponse.TaskIds'
        __slots__ = ('subtopology_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('subtopology_id', 'SubtopologyId', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            subtopology_id: str = "",
            partitions: list[int] = _NO,
        ) -> None:
            self.subtopology_id = subtopology_id
            self.partitions = [] if partitions is _NO else partitions

    _s_TaskIds.__name__ = 'TaskIds'

    class _s_Endpoint(Struct):
        __qualname__ = 'StreamsGroupHeartbeatResponse.Endpoint'
        __slots__ = ('host', 'port')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('port', 'Port', 'uint16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            host: str = "",
            port: int = 0,
        ) -> None:
            self.host = host
            self.port = port

    _s_Endpoint.__name__ = 'Endpoint'

    class _s_TopicPartition(Struct):
        __qualname__ = 'StreamsGroupHeartbeatResponse.TopicPartition'
        __slots__ = ('topic', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic', 'Topic', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic: str = "",
            partitions: list[int] = _NO,
        ) -> None:
            self.topic = topic
            self.partitions = [] if partitions is _NO else partitions

    _s_TopicPartition.__name__ = 'TopicPartition'

    class _s_EndpointToPartitions(Struct):
        __qualname__ = 'StreamsGroupHeartbeatResponse.EndpointToPartitions'
        __slots__ = ('user_endpoint', 'active_partitions', 'standby_partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('user_endpoint', 'UserEndpoint', 'struct', struct='Endpoint', versions=(0, MAXV)),
            F('active_partitions', 'ActivePartitions', 'struct', array=True, struct='TopicPartition', versions=(0, MAXV)),
            F('standby_partitions', 'StandbyPartitions', 'struct', array=True, struct='TopicPartition', versions=(0, MAXV)),
        )

        def __init__(
            self,
            user_endpoint: StreamsGroupHeartbeatResponse.Endpoint = _NO,
            active_partitions: list[StreamsGroupHeartbeatResponse.TopicPartition] = _NO,
            standby_partitions: list[StreamsGroupHeartbeatResponse.TopicPartition] = _NO,
        ) -> None:
            self.user_endpoint = _s_Endpoint() if user_endpoint is _NO else user_endpoint
            self.active_partitions = [] if active_partitions is _NO else active_partitions
            self.standby_partitions = [] if standby_partitions is _NO else standby_partitions

    _s_EndpointToPartitions.__name__ = 'EndpointToPartitions'

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
        __slots__ = ('throttle_time_ms', 'error_code', 'error_message', 'member_id', 'member_epoch', 'heartbeat_interval_ms', 'acceptable_recovery_lag', 'task_offset_interval_ms', 'status', 'active_tasks', 'standby_tasks', 'warmup_tasks', 'endpoint_information_epoch', 'partitions_by_user_endpoint')
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

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            error_message: str | None = None,
            member_id: str = "",
            member_epoch: int = 0,
            heartbeat_interval_ms: int = 0,
            acceptable_recovery_lag: int = 0,
            task_offset_interval_ms: int = 0,
            status: list[StreamsGroupHeartbeatResponse.Status] | None = _NO,
            active_tasks: list[StreamsGroupHeartbeatResponse.TaskIds] | None = None,
            standby_tasks: list[StreamsGroupHeartbeatResponse.TaskIds] | None = None,
            warmup_tasks: list[StreamsGroupHeartbeatResponse.TaskIds] | None = None,
            endpoint_information_epoch: int = 0,
            partitions_by_user_endpoint: list[StreamsGroupHeartbeatResponse.EndpointToPartitions] | None = None,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.error_message = error_message
            self.member_id = member_id
            self.member_epoch = member_epoch
            self.heartbeat_interval_ms = heartbeat_interval_ms
            self.acceptable_recovery_lag = acceptable_recovery_lag
            self.task_offset_interval_ms = task_offset_interval_ms
            self.status = [] if status is _NO else status
            self.active_tasks = active_tasks
            self.standby_tasks = standby_tasks
            self.warmup_tasks = warmup_tasks
            self.endpoint_information_epoch = endpoint_information_epoch
            self.partitions_by_user_endpoint = partitions_by_user_endpoint

    StreamsGroupHeartbeatResponse.Status = _s_Status  # type: ignore[attr-defined]
    StreamsGroupHeartbeatResponse.TaskIds = _s_TaskIds  # type: ignore[attr-defined]
    StreamsGroupHeartbeatResponse.Endpoint = _s_Endpoint  # type: ignore[attr-defined]
    StreamsGroupHeartbeatResponse.TopicPartition = _s_TopicPartition  # type: ignore[attr-defined]
    StreamsGroupHeartbeatResponse.EndpointToPartitions = _s_EndpointToPartitions  # type: ignore[attr-defined]
    return StreamsGroupHeartbeatResponse
"""

_SOURCES['StreamsGroupMemberMetadataKey'] = r"""
def _build_StreamsGroupMemberMetadataKey() -> type[Message]:
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
        __slots__ = ('group_id', 'member_id')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
            F('member_id', 'MemberId', 'string', versions=(0, 0)),
        )

        def __init__(
            self,
            group_id: str = "",
            member_id: str = "",
        ) -> None:
            self.group_id = group_id
            self.member_id = member_id

    return StreamsGroupMemberMetadataKey
"""

_SOURCES['StreamsGroupMemberMetadataValue'] = r"""
def _build_StreamsGroupMemberMetadataValue() -> type[Message]:
    class _s_Endpoint(Struct):
        __qualname__ = 'StreamsGroupMemberMetadataValue.Endpoint'
        __slots__ = ('host', 'port')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('port', 'Port', 'uint16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            host: str = "",
            port: int = 0,
        ) -> None:
            self.host = host
            self.port = port

    _s_Endpoint.__name__ = 'Endpoint'

    class _s_KeyValue(Struct):
        __qualname__ = 'StreamsGroupMemberMetadataValue.KeyValue'
        __slots__ = ('key', 'value')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('key', 'Key', 'string', versions=(0, MAXV)),
            F('value', 'Value', 'string', versions=(0, MAXV)),
        )

        def __init__(
            self,
            key: str = "",
            value: str = "",
        ) -> None:
            self.key = key
            self.value = value

    _s_KeyValue.__name__ = 'KeyValue'

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
        __slots__ = ('instance_id', 'rack_id', 'client_id', 'client_host', 'rebalance_timeout_ms', 'topology_epoch', 'process_id', 'user_endpoint', 'client_tags')
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

        def __init__(
            self,
            instance_id: str | None = "",
            rack_id: str | None = "",
            client_id: str = "",
            client_host: str = "",
            rebalance_timeout_ms: int = -1,
            topology_epoch: int = 0,
            process_id: str = "",
            user_endpoint: StreamsGroupMemberMetadataValue.Endpoint | None = None,
            client_tags: list[StreamsGroupMemberMetadataValue.KeyValue] = _NO,
        ) -> None:
            self.instance_id = instance_id
            self.rack_id = rack_id
            self.client_id = client_id
            self.client_host = client_host
            self.rebalance_timeout_ms = rebalance_timeout_ms
            self.topology_epoch = topology_epoch
            self.process_id = process_id
            self.user_endpoint = user_endpoint
            self.client_tags = [] if client_tags is _NO else client_tags

    StreamsGroupMemberMetadataValue.Endpoint = _s_Endpoint  # type: ignore[attr-defined]
    StreamsGroupMemberMetadataValue.KeyValue = _s_KeyValue  # type: ignore[attr-defined]
    return StreamsGroupMemberMetadataValue
"""

_SOURCES['StreamsGroupMetadataKey'] = r"""
def _build_StreamsGroupMetadataKey() -> type[Message]:
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
        __slots__ = ('group_id',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
        )

        def __init__(
            self,
            group_id: str = "",
        ) -> None:
            self.group_id = group_id

    return StreamsGroupMetadataKey
"""

_SOURCES['StreamsGroupMetadataValue'] = r"""
def _build_StreamsGroupMetadataValue() -> type[Message]:
    class _s_LastAssignmentConfig(Struct):
        __qualname__ = 'StreamsGroupMetadataValue.LastAssignmentConfig'
        __slots__ = ('key', 'value')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('key', 'Key', 'string', versions=(0, MAXV)),
            F('value', 'Value', 'string', versions=(0, MAXV)),
        )

        def __init__(
            self,
            key: str = "",
            value: str = "",
        ) -> None:
            self.key = key
            self.value = value

    _s_LastAssignmentConfig.__name__ = 'LastAssignmentConfig'

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
        __slots__ = ('epoch', 'metadata_hash', 'validated_topology_epoch', 'last_assignment_configs')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('epoch', 'Epoch', 'int32', versions=(0, MAXV)),
            F('metadata_hash', 'MetadataHash', 'int64', versions=(0, MAXV)),
            F('validated_topology_epoch', 'ValidatedTopologyEpoch', 'int32', versions=(0, MAXV), tag=0, tagged=(0, MAXV)),
            F('last_assignment_configs', 'LastAssignmentConfigs', 'struct', array=True, struct='LastAssignmentConfig', versions=(0, MAXV), nullable=(0, MAXV), tag=1, tagged=(0, MAXV)),
        )

        def __init__(
            self,
            epoch: int = 0,
            metadata_hash: int = 0,
            validated_topology_epoch: int = -1,
            last_assignment_configs: list[StreamsGroupMetadataValue.LastAssignmentConfig] | None = _NO,
        ) -> None:
            self.epoch = epoch
            self.metadata_hash = metadata_hash
            self.validated_topology_epoch = validated_topology_epoch
            self.last_assignment_configs = [] if last_assignment_configs is _NO else last_assignment_configs

    StreamsGroupMetadataValue.LastAssignmentConfig = _s_LastAssignmentConfig  # type: ignore[attr-defined]
    return StreamsGroupMetadataValue
"""

_SOURCES['StreamsGroupTargetAssignmentMemberKey'] = r"""
def _build_StreamsGroupTargetAssignmentMemberKey() -> type[Message]:
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
        __slots__ = ('group_id', 'member_id')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
            F('member_id', 'MemberId', 'string', versions=(0, 0)),
        )

        def __init__(
            self,
            group_id: str = "",
            member_id: str = "",
        ) -> None:
            self.group_id = group_id
            self.member_id = member_id

    return StreamsGroupTargetAssignmentMemberKey
"""

_SOURCES['StreamsGroupTargetAssignmentMemberValue'] = r"""
def _build_StreamsGroupTargetAssignmentMemberValue() -> type[Message]:
    class _s_TaskIds(Struct):
        __qualname__ = 'StreamsGroupTargetAssignmentMemberValue.TaskIds'
        __slots__ = ('subtopology_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('subtopology_id', 'SubtopologyId', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            subtopology_id: str = "",
            partitions: list[int] = _NO,
        ) -> None:
            self.subtopology_id = subtopology_id
            self.partitions = [] if partitions is _NO else partitions

    _s_TaskIds.__name__ = 'TaskIds'

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
        __slots__ = ('active_tasks', 'standby_tasks', 'warmup_tasks')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('active_tasks', 'ActiveTasks', 'struct', array=True, struct='TaskIds', versions=(0, MAXV)),
            F('standby_tasks', 'StandbyTasks', 'struct', array=True, struct='TaskIds', versions=(0, MAXV)),
            F('warmup_tasks', 'WarmupTasks', 'struct', array=True, struct='TaskIds', versions=(0, MAXV)),
        )

        def __init__(
            self,
            active_tasks: list[StreamsGroupTargetAssignmentMemberValue.TaskIds] = _NO,
            standby_tasks: list[StreamsGroupTargetAssignmentMemberValue.TaskIds] = _NO,
            warmup_tasks: list[StreamsGroupTargetAssignmentMemberValue.TaskIds] = _NO,
        ) -> None:
            self.active_tasks = [] if active_tasks is _NO else active_tasks
            self.standby_tasks = [] if standby_tasks is _NO else standby_tasks
            self.warmup_tasks = [] if warmup_tasks is _NO else warmup_tasks

    StreamsGroupTargetAssignmentMemberValue.TaskIds = _s_TaskIds  # type: ignore[attr-defined]
    return StreamsGroupTargetAssignmentMemberValue
"""

_SOURCES['StreamsGroupTargetAssignmentMetadataKey'] = r"""
def _build_StreamsGroupTargetAssignmentMetadataKey() -> type[Message]:
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
        __slots__ = ('group_id',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
        )

        def __init__(
            self,
            group_id: str = "",
        ) -> None:
            self.group_id = group_id

    return StreamsGroupTargetAssignmentMetadataKey
"""

_SOURCES['StreamsGroupTargetAssignmentMetadataValue'] = r"""
def _build_StreamsGroupTargetAssignmentMetadataValue() -> type[Message]:
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
        __slots__ = ('assignment_epoch', 'assignment_timestamp')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('assignment_epoch', 'AssignmentEpoch', 'int32', versions=(0, MAXV)),
            F('assignment_timestamp', 'AssignmentTimestamp', 'int64', versions=(0, MAXV), tag=0, tagged=(0, MAXV), ignorable=True),
        )

        def __init__(
            self,
            assignment_epoch: int = 0,
            assignment_timestamp: int = 0,
        ) -> None:
            self.assignment_epoch = assignment_epoch
            self.assignment_timestamp = assignment_timestamp

    return StreamsGroupTargetAssignmentMetadataValue
"""

_SOURCES['StreamsGroupTopologyKey'] = r"""
def _build_StreamsGroupTopologyKey() -> type[Message]:
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
        __slots__ = ('group_id',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, 0)),
        )

        def __init__(
            self,
            group_id: str = "",
        ) -> None:
            self.group_id = group_id

    return StreamsGroupTopologyKey
"""

_SOURCES['StreamsGroupTopologyValue'] = r"""
def _build_StreamsGroupTopologyValue() -> type[Message]:
    class _s_TopicConfig(Struct):
        __qualname__ = 'StreamsGroupTopologyValue.TopicConfig'
        __slots__ = ('key', 'value')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('key', 'key', 'string', versions=(0, MAXV)),
            F('value', 'value', 'string', versions=(0, MAXV)),
        )

        def __init__(
            self,
            key: str = "",
            value: str = "",
        ) -> None:
            self.key = key
            self.value = value

    _s_TopicConfig.__name__ = 'TopicConfig'

    class _s_TopicInfo(Struct):
        __qualname__ = 'StreamsGroupTopologyValue.TopicInfo'
        __slots__ = ('name', 'partitions', 'replication_factor', 'topic_configs')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'int32', versions=(0, MAXV)),
            F('replication_factor', 'ReplicationFactor', 'int16', versions=(0, MAXV)),
            F('topic_configs', 'TopicConfigs', 'struct', array=True, struct='TopicConfig', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            partitions: int = 0,
            replication_factor: int = 0,
            topic_configs: list[StreamsGroupTopologyValue.TopicConfig] = _NO,
        ) -> None:
            self.name = name
            self.partitions = partitions
            self.replication_factor = replication_factor
            self.topic_configs = [] if topic_configs is _NO else topic_configs

    _s_TopicInfo.__name__ = 'TopicInfo'

    class _s_CopartitionGroup(Struct):
        __qualname__ = 'StreamsGroupTopologyValue.CopartitionGroup'
        __slots__ = ('source_topics', 'source_topic_regex', 'repartition_source_topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('source_topics', 'SourceTopics', 'int16', array=True, versions=(0, MAXV)),
            F('source_topic_regex', 'SourceTopicRegex', 'int16', array=True, versions=(0, MAXV)),
            F('repartition_source_topics', 'RepartitionSourceTopics', 'int16', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            source_topics: list[int] = _NO,
            source_topic_regex: list[int] = _NO,
            repartition_source_topics: list[int] = _NO,
        ) -> None:
            self.source_topics = [] if source_topics is _NO else source_topics
            self.source_topic_regex = [] if source_topic_regex is _NO else source_topic_regex
            self.repartition_source_topics = [] if repartition_source_topics is _NO else repartition_source_topics

    _s_CopartitionGroup.__name__ = 'CopartitionGroup'

    class _s_Subtopology(Struct):
        __qualname__ = 'StreamsGroupTopologyValue.Subtopology'
        __slots__ = ('subtopology_id', 'source_topics', 'source_topic_regex', 'state_changelog_topics', 'repartition_sink_topics', 'repartition_source_topics', 'copartition_groups')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('subtopology_id', 'SubtopologyId', 'string', versions=(0, MAXV)),
            F('source_topics', 'SourceTopics', 'string', array=True, versions=(0, MAXV)),
            F('source_topic_regex', 'SourceTopicRegex', 'string', array=True, versions=(0, MAXV)),
            F('state_changelog_topics', 'StateChangelogTopics', 'struct', array=True, struct='TopicInfo', versions=(0, MAXV)),
            F('repartition_sink_topics', 'RepartitionSinkTopics', 'string', array=True, versions=(0, MAXV)),
            F('repartition_source_topics', 'RepartitionSourceTopics', 'struct', array=True, struct='TopicInfo', versions=(0, MAXV)),
            F('copartition_groups', 'CopartitionGroups', 'struct', array=True, struct='CopartitionGroup', versions=(0, MAXV)),
        )

        def __init__(
            self,
            subtopology_id: str = "",
            source_topics: list[str] = _NO,
            source_topic_regex: list[str] = _NO,
            state_changelog_topics: list[StreamsGroupTopologyValue.TopicInfo] = _NO,
            repartition_sink_topics: list[str] = _NO,
            repartition_source_topics: list[StreamsGroupTopologyValue.TopicInfo] = _NO,
            copartition_groups: list[StreamsGroupTopologyValue.CopartitionGroup] = _NO,
        ) -> None:
            self.subtopology_id = subtopology_id
            self.source_topics = [] if source_topics is _NO else source_topics
            self.source_topic_regex = [] if source_topic_regex is _NO else source_topic_regex
            self.state_changelog_topics = [] if state_changelog_topics is _NO else state_changelog_topics
            self.repartition_sink_topics = [] if repartition_sink_topics is _NO else repartition_sink_topics
            self.repartition_source_topics = [] if repartition_source_topics is _NO else repartition_source_topics
            self.copartition_groups = [] if copartition_groups is _NO else copartition_groups

    _s_Subtopology.__name__ = 'Subtopology'

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
        __slots__ = ('epoch', 'subtopologies')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('epoch', 'Epoch', 'int32', versions=(0, MAXV)),
            F('subtopologies', 'Subtopologies', 'struct', array=True, struct='Subtopology', versions=(0, MAXV)),
        )

        def __init__(
            self,
            epoch: int = 0,
            subtopologies: list[StreamsGroupTopologyValue.Subtopology] = _NO,
        ) -> None:
            self.epoch = epoch
            self.subtopologies = [] if subtopologies is _NO else subtopologies

    StreamsGroupTopologyValue.TopicConfig = _s_TopicConfig  # type: ignore[attr-defined]
    StreamsGroupTopologyValue.TopicInfo = _s_TopicInfo  # type: ignore[attr-defined]
    StreamsGroupTopologyValue.CopartitionGroup = _s_CopartitionGroup  # type: ignore[attr-defined]
    StreamsGroupTopologyValue.Subtopology = _s_Subtopology  # type: ignore[attr-defined]
    return StreamsGroupTopologyValue
"""

_SOURCES['SyncGroupRequest'] = r"""
def _build_SyncGroupRequest() -> type[Message]:
    class _s_SyncGroupRequestAssignment(Struct):
        __qualname__ = 'SyncGroupRequest.SyncGroupRequestAssignment'
        __slots__ = ('member_id', 'assignment')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('member_id', 'MemberId', 'string', versions=(0, MAXV)),
            F('assignment', 'Assignment', 'bytes', versions=(0, MAXV)),
        )

        def __init__(
            self,
            member_id: str = "",
            assignment: bytes = b"",
        ) -> None:
            self.member_id = member_id
            self.assignment = assignment

    _s_SyncGroupRequestAssignment.__name__ = 'SyncGroupRequestAssignment'

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
        __slots__ = ('group_id', 'generation_id', 'member_id', 'group_instance_id', 'protocol_type', 'protocol_name', 'assignments')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('generation_id', 'GenerationId', 'int32', versions=(0, MAXV)),
            F('member_id', 'MemberId', 'string', versions=(0, MAXV)),
            F('group_instance_id', 'GroupInstanceId', 'string', versions=(3, MAXV), nullable=(3, MAXV)),
            F('protocol_type', 'ProtocolType', 'string', versions=(5, MAXV), nullable=(5, MAXV), ignorable=True),
            F('protocol_name', 'ProtocolName', 'string', versions=(5, MAXV), nullable=(5, MAXV), ignorable=True),
            F('assignments', 'Assignments', 'struct', array=True, struct='SyncGroupRequestAssignment', versions=(0, MAXV)),
        )

        def __init__(
            self,
            group_id: str = "",
            generation_id: int = 0,
            member_id: str = "",
            group_instance_id: str | None = None,
            protocol_type: str | None = None,
            protocol_name: str | None = None,
            assignments: list[SyncGroupRequest.SyncGroupRequestAssignment] = _NO,
        ) -> None:
            self.group_id = group_id
            self.generation_id = generation_id
            self.member_id = member_id
            self.group_instance_id = group_instance_id
            self.protocol_type = protocol_type
            self.protocol_name = protocol_name
            self.assignments = [] if assignments is _NO else assignments

    SyncGroupRequest.SyncGroupRequestAssignment = _s_SyncGroupRequestAssignment  # type: ignore[attr-defined]
    return SyncGroupRequest
"""

_SOURCES['SyncGroupResponse'] = r"""
def _build_SyncGroupResponse() -> type[Message]:
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
        __slots__ = ('throttle_time_ms', 'error_code', 'protocol_type', 'protocol_name', 'assignment')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(1, MAXV), ignorable=True),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('protocol_type', 'ProtocolType', 'string', versions=(5, MAXV), nullable=(5, MAXV), ignorable=True),
            F('protocol_name', 'ProtocolName', 'string', versions=(5, MAXV), nullable=(5, MAXV), ignorable=True),
            F('assignment', 'Assignment', 'bytes', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            protocol_type: str | None = None,
            protocol_name: str | None = None,
            assignment: bytes = b"",
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.protocol_type = protocol_type
            self.protocol_name = protocol_name
            self.assignment = assignment

    return SyncGroupResponse
"""

_SOURCES['TopicRecord'] = r"""
def _build_TopicRecord() -> type[Message]:
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
        __slots__ = ('name', 'topic_id')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            topic_id: uuid.UUID = ZERO_UUID,
        ) -> None:
            self.name = name
            self.topic_id = topic_id

    return TopicRecord
"""

_SOURCES['TransactionLogKey'] = r"""
def _build_TransactionLogKey() -> type[Message]:
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
        __slots__ = ('transactional_id',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('transactional_id', 'TransactionalId', 'string', versions=(0, 0)),
        )

        def __init__(
            self,
            transactional_id: str = "",
        ) -> None:
            self.transactional_id = transactional_id

    return TransactionLogKey
"""

_SOURCES['TransactionLogValue'] = r"""
def _build_TransactionLogValue() -> type[Message]:
    class _s_PartitionsSchema(Struct):
        __qualname__ = 'TransactionLogValue.PartitionsSchema'
        __slots__ = ('topic', 'partition_ids')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic', 'Topic', 'string', versions=(0, MAXV)),
            F('partition_ids', 'PartitionIds', 'int32', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic: str = "",
            partition_ids: list[int] = _NO,
        ) -> None:
            self.topic = topic
            self.partition_ids = [] if partition_ids is _NO else partition_ids

    _s_PartitionsSchema.__name__ = 'PartitionsSchema'

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
        __slots__ = ('producer_id', 'previous_producer_id', 'next_producer_id', 'producer_epoch', 'next_producer_epoch', 'transaction_timeout_ms', 'transaction_status', 'transaction_partitions', 'transaction_last_update_timestamp_ms', 'transaction_start_timestamp_ms', 'client_transaction_version')
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

        def __init__(
            self,
            producer_id: int = 0,
            previous_producer_id: int = -1,
            next_producer_id: int = -1,
            producer_epoch: int = 0,
            next_producer_epoch: int = -1,
            transaction_timeout_ms: int = 0,
            transaction_status: int = 0,
            transaction_partitions: list[TransactionLogValue.PartitionsSchema] | None = _NO,
            transaction_last_update_timestamp_ms: int = 0,
            transaction_start_timestamp_ms: int = 0,
            client_transaction_version: int = 0,
        ) -> None:
            self.producer_id = producer_id
            self.previous_producer_id = previous_producer_id
            self.next_producer_id = next_producer_id
            self.producer_epoch = producer_epoch
            self.next_producer_epoch = next_producer_epoch
            self.transaction_timeout_ms = transaction_timeout_ms
            self.transaction_status = transaction_status
            self.transaction_partitions = [] if transaction_partitions is _NO else transaction_partitions
            self.transaction_last_update_timestamp_ms = transaction_last_update_timestamp_ms
            self.transaction_start_timestamp_ms = transaction_start_timestamp_ms
            self.client_transaction_version = client_transaction_version

    TransactionLogValue.PartitionsSchema = _s_PartitionsSchema  # type: ignore[attr-defined]
    return TransactionLogValue
"""

_SOURCES['TxnOffsetCommitRequest'] = r"""
def _build_TxnOffsetCommitRequest() -> type[Message]:
    class _s_TxnOffsetCommitRequestPartition(Struct):
        __qualname__ = 'TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition'
        __slots__ = ('partition_index', 'committed_offset', 'committed_leader_epoch', 'committed_metadata')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('committed_offset', 'CommittedOffset', 'int64', versions=(0, MAXV)),
            F('committed_leader_epoch', 'CommittedLeaderEpoch', 'int32', versions=(2, MAXV), ignorable=True),
            F('committed_metadata', 'CommittedMetadata', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
            committed_offset: int = 0,
            committed_leader_epoch: int = -1,
            committed_metadata: str | None = "",
        ) -> None:
            self.partition_index = partition_index
            self.committed_offset = committed_offset
            self.committed_leader_epoch = committed_leader_epoch
            self.committed_metadata = committed_metadata

    _s_TxnOffsetCommitRequestPartition.__name__ = 'TxnOffsetCommitRequestPartition'

    class _s_TxnOffsetCommitRequestTopic(Struct):
        __qualname__ = 'TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic'
        __slots__ = ('name', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='TxnOffsetCommitRequestPartition', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            partitions: list[TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition] = _NO,
        ) -> None:
            self.name = name
            self.partitions = [] if partitions is _NO else partitions

    _s_TxnOffsetCommitRequestTopic.__name__ = 'TxnOffsetCommitRequestTopic'

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
        __slots__ = ('transactional_id', 'group_id', 'producer_id', 'producer_epoch', 'generation_id', 'member_id', 'group_instance_id', 'topics')
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

        def __init__(
            self,
            transactional_id: str = "",
            group_id: str = "",
            producer_id: int = 0,
            producer_epoch: int = 0,
            generation_id: int = -1,
            member_id: str = "",
            group_instance_id: str | None = None,
            topics: list[TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic] = _NO,
        ) -> None:
            self.transactional_id = transactional_id
            self.group_id = group_id
            self.producer_id = producer_id
            self.producer_epoch = producer_epoch
            self.generation_id = generation_id
            self.member_id = member_id
            self.group_instance_id = group_instance_id
            self.topics = [] if topics is _NO else topics

    TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition = _s_TxnOffsetCommitRequestPartition  # type: ignore[attr-defined]
    TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic = _s_TxnOffsetCommitRequestTopic  # type: ignore[attr-defined]
    return TxnOffsetCommitRequest
"""

_SOURCES['TxnOffsetCommitResponse'] = r"""
def _build_TxnOffsetCommitResponse() -> type[Message]:
    class _s_TxnOffsetCommitResponsePartition(Struct):
        __qualname__ = 'TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition'
        __slots__ = ('partition_index', 'error_code')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
            error_code: int = 0,
        ) -> None:
            self.partition_index = partition_index
            self.error_code = error_code

    _s_TxnOffsetCommitResponsePartition.__name__ = 'TxnOffsetCommitResponsePartition'

    class _s_TxnOffsetCommitResponseTopic(Struct):
        __qualname__ = 'TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic'
        __slots__ = ('name', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='TxnOffsetCommitResponsePartition', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            partitions: list[TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition] = _NO,
        ) -> None:
            self.name = name
            self.partitions = [] if partitions is _NO else partitions

    _s_TxnOffsetCommitResponseTopic.__name__ = 'TxnOffsetCommitResponseTopic'

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
        __slots__ = ('throttle_time_ms', 'topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='TxnOffsetCommitResponseTopic', versions=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            topics: list[TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.topics = [] if topics is _NO else topics

    TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition = _s_TxnOffsetCommitResponsePartition  # type: ignore[attr-defined]
    TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic = _s_TxnOffsetCommitResponseTopic  # type: ignore[attr-defined]
    return TxnOffsetCommitResponse
"""

_SOURCES['UnfenceBrokerRecord'] = r"""
def _build_UnfenceBrokerRecord() -> type[Message]:
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
        __slots__ = ('id', 'epoch')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('id', 'Id', 'int32', versions=(0, MAXV)),
            F('epoch', 'Epoch', 'int64', versions=(0, MAXV)),
        )

        def __init__(
            self,
            id: int = 0,
            epoch: int = 0,
        ) -> None:
            self.id = id
            self.epoch = epoch

    return UnfenceBrokerRecord
"""

_SOURCES['UnregisterBrokerRecord'] = r"""
def _build_UnregisterBrokerRecord() -> type[Message]:
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
        __slots__ = ('broker_id', 'broker_epoch')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('broker_id', 'BrokerId', 'int32', versions=(0, MAXV)),
            F('broker_epoch', 'BrokerEpoch', 'int64', versions=(0, MAXV)),
        )

        def __init__(
            self,
            broker_id: int = 0,
            broker_epoch: int = 0,
        ) -> None:
            self.broker_id = broker_id
            self.broker_epoch = broker_epoch

    return UnregisterBrokerRecord
"""

_SOURCES['UnregisterBrokerRequest'] = r"""
def _build_UnregisterBrokerRequest() -> type[Message]:
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
        __slots__ = ('broker_id',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('broker_id', 'BrokerId', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            broker_id: int = 0,
        ) -> None:
            self.broker_id = broker_id

    return UnregisterBrokerRequest
"""

_SOURCES['UnregisterBrokerResponse'] = r"""
def _build_UnregisterBrokerResponse() -> type[Message]:
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
        __slots__ = ('throttle_time_ms', 'error_code', 'error_message')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            error_message: str | None = "",
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.error_message = error_message

    return UnregisterBrokerResponse
"""

_SOURCES['UpdateFeaturesRequest'] = r"""
def _build_UpdateFeaturesRequest() -> type[Message]:
    class _s_FeatureUpdateKey(Struct):
        __qualname__ = 'UpdateFeaturesRequest.FeatureUpdateKey'
        __slots__ = ('feature', 'max_version_level', 'allow_downgrade', 'upgrade_type')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('feature', 'Feature', 'string', versions=(0, MAXV)),
            F('max_version_level', 'MaxVersionLevel', 'int16', versions=(0, MAXV)),
            F('allow_downgrade', 'AllowDowngrade', 'bool', versions=(0, 0)),
            F('upgrade_type', 'UpgradeType', 'int8', versions=(1, MAXV)),
        )

        def __init__(
            self,
            feature: str = "",
            max_version_level: int = 0,
            allow_downgrade: bool = False,
            upgrade_type: int = 1,
        ) -> None:
            self.feature = feature
            self.max_version_level = max_version_level
            self.allow_downgrade = allow_downgrade
            self.upgrade_type = upgrade_type

    _s_FeatureUpdateKey.__name__ = 'FeatureUpdateKey'

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
        __slots__ = ('timeout_ms', 'feature_updates', 'validate_only')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('timeout_ms', 'timeoutMs', 'int32', versions=(0, MAXV)),
            F('feature_updates', 'FeatureUpdates', 'struct', array=True, struct='FeatureUpdateKey', versions=(0, MAXV)),
            F('validate_only', 'ValidateOnly', 'bool', versions=(1, MAXV)),
        )

        def __init__(
            self,
            timeout_ms: int = 60000,
            feature_updates: list[UpdateFeaturesRequest.FeatureUpdateKey] = _NO,
            validate_only: bool = False,
        ) -> None:
            self.timeout_ms = timeout_ms
            self.feature_updates = [] if feature_updates is _NO else feature_updates
            self.validate_only = validate_only

    UpdateFeaturesRequest.FeatureUpdateKey = _s_FeatureUpdateKey  # type: ignore[attr-defined]
    return UpdateFeaturesRequest
"""

_SOURCES['UpdateFeaturesResponse'] = r"""
def _build_UpdateFeaturesResponse() -> type[Message]:
    class _s_UpdatableFeatureResult(Struct):
        __qualname__ = 'UpdateFeaturesResponse.UpdatableFeatureResult'
        __slots__ = ('feature', 'error_code', 'error_message')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('feature', 'Feature', 'string', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            feature: str = "",
            error_code: int = 0,
            error_message: str | None = "",
        ) -> None:
            self.feature = feature
            self.error_code = error_code
            self.error_message = error_message

    _s_UpdatableFeatureResult.__name__ = 'UpdatableFeatureResult'

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
        __slots__ = ('throttle_time_ms', 'error_code', 'error_message', 'results')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('results', 'Results', 'struct', array=True, struct='UpdatableFeatureResult', versions=(0, 1), ignorable=True),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            error_message: str | None = "",
            results: list[UpdateFeaturesResponse.UpdatableFeatureResult] = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.error_message = error_message
            self.results = [] if results is _NO else results

    UpdateFeaturesResponse.UpdatableFeatureResult = _s_UpdatableFeatureResult  # type: ignore[attr-defined]
    return UpdateFeaturesResponse
"""

_SOURCES['UpdateMetadataRequest'] = r"""
def _build_UpdateMetadataRequest() -> type[Message]:
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
        __slots__ = ()
        _FIELDS: ClassVar[tuple[F, ...]] = (
        )

    return UpdateMetadataRequest
"""

_SOURCES['UpdateMetadataResponse'] = r"""
def _build_UpdateMetadataResponse() -> type[Message]:
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
        __slots__ = ()
        _FIELDS: ClassVar[tuple[F, ...]] = (
        )

    return UpdateMetadataResponse
"""

_SOURCES['UpdateRaftVoterRequest'] = r"""
def _build_UpdateRaftVoterRequest() -> type[Message]:
    class _s_Listener(Struct):
        __qualname__ = 'UpdateRaftVoterRequest.Listener'
        __slots__ = ('name', 'host', 'port')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('port', 'Port', 'uint16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            host: str = "",
            port: int = 0,
        ) -> None:
            self.name = name
            self.host = host
            self.port = port

    _s_Listener.__name__ = 'Listener'

    class _s_KRaftVersionFeature(Struct):
        __qualname__ = 'UpdateRaftVoterRequest.KRaftVersionFeature'
        __slots__ = ('min_supported_version', 'max_supported_version')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('min_supported_version', 'MinSupportedVersion', 'int16', versions=(0, MAXV)),
            F('max_supported_version', 'MaxSupportedVersion', 'int16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            min_supported_version: int = 0,
            max_supported_version: int = 0,
        ) -> None:
            self.min_supported_version = min_supported_version
            self.max_supported_version = max_supported_version

    _s_KRaftVersionFeature.__name__ = 'KRaftVersionFeature'

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
        __slots__ = ('cluster_id', 'current_leader_epoch', 'voter_id', 'voter_directory_id', 'listeners', 'kraft_version_feature')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('cluster_id', 'ClusterId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('current_leader_epoch', 'CurrentLeaderEpoch', 'int32', versions=(0, MAXV)),
            F('voter_id', 'VoterId', 'int32', versions=(0, MAXV)),
            F('voter_directory_id', 'VoterDirectoryId', 'uuid', versions=(0, MAXV)),
            F('listeners', 'Listeners', 'struct', array=True, struct='Listener', versions=(0, MAXV)),
            F('kraft_version_feature', 'KRaftVersionFeature', 'struct', struct='KRaftVersionFeature', versions=(0, MAXV)),
        )

        def __init__(
            self,
            cluster_id: str | None = "",
            current_leader_epoch: int = 0,
            voter_id: int = 0,
            voter_directory_id: uuid.UUID = ZERO_UUID,
            listeners: list[UpdateRaftVoterRequest.Listener] = _NO,
            kraft_version_feature: UpdateRaftVoterRequest.KRaftVersionFeature = _NO,
        ) -> None:
            self.cluster_id = cluster_id
            self.current_leader_epoch = current_leader_epoch
            self.voter_id = voter_id
            self.voter_directory_id = voter_directory_id
            self.listeners = [] if listeners is _NO else listeners
            self.kraft_version_feature = _s_KRaftVersionFeature() if kraft_version_feature is _NO else kraft_version_feature

    UpdateRaftVoterRequest.Listener = _s_Listener  # type: ignore[attr-defined]
    UpdateRaftVoterRequest.KRaftVersionFeature = _s_KRaftVersionFeature  # type: ignore[attr-defined]
    return UpdateRaftVoterRequest
"""

_SOURCES['UpdateRaftVoterResponse'] = r"""
def _build_UpdateRaftVoterResponse() -> type[Message]:
    class _s_CurrentLeader(Struct):
        __qualname__ = 'UpdateRaftVoterResponse.CurrentLeader'
        __slots__ = ('leader_id', 'leader_epoch', 'host', 'port')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('leader_id', 'LeaderId', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('port', 'Port', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            leader_id: int = -1,
            leader_epoch: int = -1,
            host: str = "",
            port: int = 0,
        ) -> None:
            self.leader_id = leader_id
            self.leader_epoch = leader_epoch
            self.host = host
            self.port = port

    _s_CurrentLeader.__name__ = 'CurrentLeader'

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
        __slots__ = ('throttle_time_ms', 'error_code', 'current_leader')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('throttle_time_ms', 'ThrottleTimeMs', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('current_leader', 'CurrentLeader', 'struct', struct='CurrentLeader', versions=(0, MAXV), tag=0, tagged=(0, MAXV)),
        )

        def __init__(
            self,
            throttle_time_ms: int = 0,
            error_code: int = 0,
            current_leader: UpdateRaftVoterResponse.CurrentLeader = _NO,
        ) -> None:
            self.throttle_time_ms = throttle_time_ms
            self.error_code = error_code
            self.current_leader = _s_CurrentLeader() if current_leader is _NO else current_leader

    UpdateRaftVoterResponse.CurrentLeader = _s_CurrentLeader  # type: ignore[attr-defined]
    return UpdateRaftVoterResponse
"""

_SOURCES['UserScramCredentialRecord'] = r"""
def _build_UserScramCredentialRecord() -> type[Message]:
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
        __slots__ = ('name', 'mechanism', 'salt', 'stored_key', 'server_key', 'iterations')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('mechanism', 'Mechanism', 'int8', versions=(0, MAXV)),
            F('salt', 'Salt', 'bytes', versions=(0, MAXV)),
            F('stored_key', 'StoredKey', 'bytes', versions=(0, MAXV)),
            F('server_key', 'ServerKey', 'bytes', versions=(0, MAXV)),
            F('iterations', 'Iterations', 'int32', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            mechanism: int = 0,
            salt: bytes = b"",
            stored_key: bytes = b"",
            server_key: bytes = b"",
            iterations: int = 0,
        ) -> None:
            self.name = name
            self.mechanism = mechanism
            self.salt = salt
            self.stored_key = stored_key
            self.server_key = server_key
            self.iterations = iterations

    return UserScramCredentialRecord
"""

_SOURCES['VoteRequest'] = r"""
def _build_VoteRequest() -> type[Message]:
    class _s_PartitionData(Struct):
        __qualname__ = 'VoteRequest.PartitionData'
        __slots__ = ('partition_index', 'replica_epoch', 'replica_id', 'replica_directory_id', 'voter_directory_id', 'last_offset_epoch', 'last_offset', 'pre_vote')
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

        def __init__(
            self,
            partition_index: int = 0,
            replica_epoch: int = 0,
            replica_id: int = 0,
            replica_directory_id: uuid.UUID = ZERO_UUID,
            voter_directory_id: uuid.UUID = ZERO_UUID,
            last_offset_epoch: int = 0,
            last_offset: int = 0,
            pre_vote: bool = False,
        ) -> None:
            self.partition_index = partition_index
            self.replica_epoch = replica_epoch
            self.replica_id = replica_id
            self.replica_directory_id = replica_directory_id
            self.voter_directory_id = voter_directory_id
            self.last_offset_epoch = last_offset_epoch
            self.last_offset = last_offset
            self.pre_vote = pre_vote

    _s_PartitionData.__name__ = 'PartitionData'

    class _s_TopicData(Struct):
        __qualname__ = 'VoteRequest.TopicData'
        __slots__ = ('topic_name', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_name: str = "",
            partitions: list[VoteRequest.PartitionData] = _NO,
        ) -> None:
            self.topic_name = topic_name
            self.partitions = [] if partitions is _NO else partitions

    _s_TopicData.__name__ = 'TopicData'

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
        __slots__ = ('cluster_id', 'voter_id', 'topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('cluster_id', 'ClusterId', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
            F('voter_id', 'VoterId', 'int32', versions=(1, MAXV), ignorable=True),
            F('topics', 'Topics', 'struct', array=True, struct='TopicData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            cluster_id: str | None = None,
            voter_id: int = -1,
            topics: list[VoteRequest.TopicData] = _NO,
        ) -> None:
            self.cluster_id = cluster_id
            self.voter_id = voter_id
            self.topics = [] if topics is _NO else topics

    VoteRequest.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    VoteRequest.TopicData = _s_TopicData  # type: ignore[attr-defined]
    return VoteRequest
"""

_SOURCES['VoteResponse'] = r"""
def _build_VoteResponse() -> type[Message]:
    class _s_PartitionData(Struct):
        __qualname__ = 'VoteResponse.PartitionData'
        __slots__ = ('partition_index', 'error_code', 'leader_id', 'leader_epoch', 'vote_granted')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('leader_id', 'LeaderId', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
            F('vote_granted', 'VoteGranted', 'bool', versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
            error_code: int = 0,
            leader_id: int = 0,
            leader_epoch: int = 0,
            vote_granted: bool = False,
        ) -> None:
            self.partition_index = partition_index
            self.error_code = error_code
            self.leader_id = leader_id
            self.leader_epoch = leader_epoch
            self.vote_granted = vote_granted

    _s_PartitionData.__name__ = 'PartitionData'

    class _s_TopicData(Struct):
        __qualname__ = 'VoteResponse.TopicData'
        __slots__ = ('topic_name', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_name', 'TopicName', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_name: str = "",
            partitions: list[VoteResponse.PartitionData] = _NO,
        ) -> None:
            self.topic_name = topic_name
            self.partitions = [] if partitions is _NO else partitions

    _s_TopicData.__name__ = 'TopicData'

    class _s_NodeEndpoint(Struct):
        __qualname__ = 'VoteResponse.NodeEndpoint'
        __slots__ = ('node_id', 'host', 'port')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('node_id', 'NodeId', 'int32', versions=(1, MAXV)),
            F('host', 'Host', 'string', versions=(1, MAXV)),
            F('port', 'Port', 'uint16', versions=(1, MAXV)),
        )

        def __init__(
            self,
            node_id: int = 0,
            host: str = "",
            port: int = 0,
        ) -> None:
            self.node_id = node_id
            self.host = host
            self.port = port

    _s_NodeEndpoint.__name__ = 'NodeEndpoint'

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
        __slots__ = ('error_code', 'topics', 'node_endpoints')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='TopicData', versions=(0, MAXV)),
            F('node_endpoints', 'NodeEndpoints', 'struct', array=True, struct='NodeEndpoint', versions=(1, MAXV), tag=0, tagged=(1, MAXV)),
        )

        def __init__(
            self,
            error_code: int = 0,
            topics: list[VoteResponse.TopicData] = _NO,
            node_endpoints: list[VoteResponse.NodeEndpoint] = _NO,
        ) -> None:
            self.error_code = error_code
            self.topics = [] if topics is _NO else topics
            self.node_endpoints = [] if node_endpoints is _NO else node_endpoints

    VoteResponse.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    VoteResponse.TopicData = _s_TopicData  # type: ignore[attr-defined]
    VoteResponse.NodeEndpoint = _s_NodeEndpoint  # type: ignore[attr-defined]
    return VoteResponse
"""

_SOURCES['VotersRecord'] = r"""
def _build_VotersRecord() -> type[Message]:
    class _s_Endpoint(Struct):
        __qualname__ = 'VotersRecord.Endpoint'
        __slots__ = ('name', 'host', 'port')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('host', 'Host', 'string', versions=(0, MAXV)),
            F('port', 'Port', 'uint16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            host: str = "",
            port: int = 0,
        ) -> None:
            self.name = name
            self.host = host
            self.port = port

    _s_Endpoint.__name__ = 'Endpoint'

    class _s_KRaftVersionFeature(Struct):
        __qualname__ = 'VotersRecord.KRaftVersionFeature'
        __slots__ = ('min_supported_version', 'max_supported_version')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('min_supported_version', 'MinSupportedVersion', 'int16', versions=(0, MAXV)),
            F('max_supported_version', 'MaxSupportedVersion', 'int16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            min_supported_version: int = 0,
            max_supported_version: int = 0,
        ) -> None:
            self.min_supported_version = min_supported_version
            self.max_supported_version = max_supported_version

    _s_KRaftVersionFeature.__name__ = 'KRaftVersionFeature'

    class _s_Voter(Struct):
        __qualname__ = 'VotersRecord.Voter'
        __slots__ = ('voter_id', 'voter_directory_id', 'endpoints', 'kraft_version_feature')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('voter_id', 'VoterId', 'int32', versions=(0, MAXV)),
            F('voter_directory_id', 'VoterDirectoryId', 'uuid', versions=(0, MAXV)),
            F('endpoints', 'Endpoints', 'struct', array=True, struct='Endpoint', versions=(0, MAXV)),
            F('kraft_version_feature', 'KRaftVersionFeature', 'struct', struct='KRaftVersionFeature', versions=(0, MAXV)),
        )

        def __init__(
            self,
            voter_id: int = 0,
            voter_directory_id: uuid.UUID = ZERO_UUID,
            endpoints: list[VotersRecord.Endpoint] = _NO,
            kraft_version_feature: VotersRecord.KRaftVersionFeature = _NO,
        ) -> None:
            self.voter_id = voter_id
            self.voter_directory_id = voter_directory_id
            self.endpoints = [] if endpoints is _NO else endpoints
            self.kraft_version_feature = _s_KRaftVersionFeature() if kraft_version_feature is _NO else kraft_version_feature

    _s_Voter.__name__ = 'Voter'

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
        __slots__ = ('version', 'voters')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('version', 'Version', 'int16', versions=(0, MAXV)),
            F('voters', 'Voters', 'struct', array=True, struct='Voter', versions=(0, MAXV)),
        )

        def __init__(
            self,
            version: int = 0,
            voters: list[VotersRecord.Voter] = _NO,
        ) -> None:
            self.version = version
            self.voters = [] if voters is _NO else voters

    VotersRecord.Endpoint = _s_Endpoint  # type: ignore[attr-defined]
    VotersRecord.KRaftVersionFeature = _s_KRaftVersionFeature  # type: ignore[attr-defined]
    VotersRecord.Voter = _s_Voter  # type: ignore[attr-defined]
    return VotersRecord
"""

_SOURCES['WriteShareGroupStateRequest'] = r"""
def _build_WriteShareGroupStateRequest() -> type[Message]:
    class _s_StateBatch(Struct):
        __qualname__ = 'WriteShareGroupStateRequest.StateBatch'
        __slots__ = ('first_offset', 'last_offset', 'delivery_state', 'delivery_count')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('first_offset', 'FirstOffset', 'int64', versions=(0, MAXV)),
            F('last_offset', 'LastOffset', 'int64', versions=(0, MAXV)),
            F('delivery_state', 'DeliveryState', 'int8', versions=(0, MAXV)),
            F('delivery_count', 'DeliveryCount', 'int16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            first_offset: int = 0,
            last_offset: int = 0,
            delivery_state: int = 0,
            delivery_count: int = 0,
        ) -> None:
            self.first_offset = first_offset
            self.last_offset = last_offset
            self.delivery_state = delivery_state
            self.delivery_count = delivery_count

    _s_StateBatch.__name__ = 'StateBatch'

    class _s_PartitionData(Struct):
        __qualname__ = 'WriteShareGroupStateRequest.PartitionData'
        __slots__ = ('partition', 'state_epoch', 'leader_epoch', 'start_offset', 'delivery_complete_count', 'state_batches')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition', 'Partition', 'int32', versions=(0, MAXV)),
            F('state_epoch', 'StateEpoch', 'int32', versions=(0, MAXV)),
            F('leader_epoch', 'LeaderEpoch', 'int32', versions=(0, MAXV)),
            F('start_offset', 'StartOffset', 'int64', versions=(0, MAXV)),
            F('delivery_complete_count', 'DeliveryCompleteCount', 'int32', versions=(1, MAXV), ignorable=True),
            F('state_batches', 'StateBatches', 'struct', array=True, struct='StateBatch', versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition: int = 0,
            state_epoch: int = 0,
            leader_epoch: int = 0,
            start_offset: int = 0,
            delivery_complete_count: int = -1,
            state_batches: list[WriteShareGroupStateRequest.StateBatch] = _NO,
        ) -> None:
            self.partition = partition
            self.state_epoch = state_epoch
            self.leader_epoch = leader_epoch
            self.start_offset = start_offset
            self.delivery_complete_count = delivery_complete_count
            self.state_batches = [] if state_batches is _NO else state_batches

    _s_PartitionData.__name__ = 'PartitionData'

    class _s_WriteStateData(Struct):
        __qualname__ = 'WriteShareGroupStateRequest.WriteStateData'
        __slots__ = ('topic_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[WriteShareGroupStateRequest.PartitionData] = _NO,
        ) -> None:
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions

    _s_WriteStateData.__name__ = 'WriteStateData'

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
        __slots__ = ('group_id', 'topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('group_id', 'GroupId', 'string', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='WriteStateData', versions=(0, MAXV)),
        )

        def __init__(
            self,
            group_id: str = "",
            topics: list[WriteShareGroupStateRequest.WriteStateData] = _NO,
        ) -> None:
            self.group_id = group_id
            self.topics = [] if topics is _NO else topics

    WriteShareGroupStateRequest.StateBatch = _s_StateBatch  # type: ignore[attr-defined]
    WriteShareGroupStateRequest.PartitionData = _s_PartitionData  # type: ignore[attr-defined]
    WriteShareGroupStateRequest.WriteStateData = _s_WriteStateData  # type: ignore[attr-defined]
    return WriteShareGroupStateRequest
"""

_SOURCES['WriteShareGroupStateResponse'] = r"""
def _build_WriteShareGroupStateResponse() -> type[Message]:
    class _s_PartitionResult(Struct):
        __qualname__ = 'WriteShareGroupStateResponse.PartitionResult'
        __slots__ = ('partition', 'error_code', 'error_message')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition', 'Partition', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
            F('error_message', 'ErrorMessage', 'string', versions=(0, MAXV), nullable=(0, MAXV)),
        )

        def __init__(
            self,
            partition: int = 0,
            error_code: int = 0,
            error_message: str | None = None,
        ) -> None:
            self.partition = partition
            self.error_code = error_code
            self.error_message = error_message

    _s_PartitionResult.__name__ = 'PartitionResult'

    class _s_WriteStateResult(Struct):
        __qualname__ = 'WriteShareGroupStateResponse.WriteStateResult'
        __slots__ = ('topic_id', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('topic_id', 'TopicId', 'uuid', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='PartitionResult', versions=(0, MAXV)),
        )

        def __init__(
            self,
            topic_id: uuid.UUID = ZERO_UUID,
            partitions: list[WriteShareGroupStateResponse.PartitionResult] = _NO,
        ) -> None:
            self.topic_id = topic_id
            self.partitions = [] if partitions is _NO else partitions

    _s_WriteStateResult.__name__ = 'WriteStateResult'

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
        __slots__ = ('results',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('results', 'Results', 'struct', array=True, struct='WriteStateResult', versions=(0, MAXV)),
        )

        def __init__(
            self,
            results: list[WriteShareGroupStateResponse.WriteStateResult] = _NO,
        ) -> None:
            self.results = [] if results is _NO else results

    WriteShareGroupStateResponse.PartitionResult = _s_PartitionResult  # type: ignore[attr-defined]
    WriteShareGroupStateResponse.WriteStateResult = _s_WriteStateResult  # type: ignore[attr-defined]
    return WriteShareGroupStateResponse
"""

_SOURCES['WriteTxnMarkersRequest'] = r"""
def _build_WriteTxnMarkersRequest() -> type[Message]:
    class _s_WritableTxnMarkerTopic(Struct):
        __qualname__ = 'WriteTxnMarkersRequest.WritableTxnMarkerTopic'
        __slots__ = ('name', 'partition_indexes')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partition_indexes', 'PartitionIndexes', 'int32', array=True, versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            partition_indexes: list[int] = _NO,
        ) -> None:
            self.name = name
            self.partition_indexes = [] if partition_indexes is _NO else partition_indexes

    _s_WritableTxnMarkerTopic.__name__ = 'WritableTxnMarkerTopic'

    class _s_WritableTxnMarker(Struct):
        __qualname__ = 'WriteTxnMarkersRequest.WritableTxnMarker'
        __slots__ = ('producer_id', 'producer_epoch', 'transaction_result', 'topics', 'coordinator_epoch', 'transaction_version')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('producer_id', 'ProducerId', 'int64', versions=(0, MAXV)),
            F('producer_epoch', 'ProducerEpoch', 'int16', versions=(0, MAXV)),
            F('transaction_result', 'TransactionResult', 'bool', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='WritableTxnMarkerTopic', versions=(0, MAXV)),
            F('coordinator_epoch', 'CoordinatorEpoch', 'int32', versions=(0, MAXV)),
            F('transaction_version', 'TransactionVersion', 'int8', versions=(2, MAXV), ignorable=True),
        )

        def __init__(
            self,
            producer_id: int = 0,
            producer_epoch: int = 0,
            transaction_result: bool = False,
            topics: list[WriteTxnMarkersRequest.WritableTxnMarkerTopic] = _NO,
            coordinator_epoch: int = 0,
            transaction_version: int = 0,
        ) -> None:
            self.producer_id = producer_id
            self.producer_epoch = producer_epoch
            self.transaction_result = transaction_result
            self.topics = [] if topics is _NO else topics
            self.coordinator_epoch = coordinator_epoch
            self.transaction_version = transaction_version

    _s_WritableTxnMarker.__name__ = 'WritableTxnMarker'

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
        __slots__ = ('markers',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('markers', 'Markers', 'struct', array=True, struct='WritableTxnMarker', versions=(0, MAXV)),
        )

        def __init__(
            self,
            markers: list[WriteTxnMarkersRequest.WritableTxnMarker] = _NO,
        ) -> None:
            self.markers = [] if markers is _NO else markers

    WriteTxnMarkersRequest.WritableTxnMarkerTopic = _s_WritableTxnMarkerTopic  # type: ignore[attr-defined]
    WriteTxnMarkersRequest.WritableTxnMarker = _s_WritableTxnMarker  # type: ignore[attr-defined]
    return WriteTxnMarkersRequest
"""

_SOURCES['WriteTxnMarkersResponse'] = r"""
def _build_WriteTxnMarkersResponse() -> type[Message]:
    class _s_WritableTxnMarkerPartitionResult(Struct):
        __qualname__ = 'WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult'
        __slots__ = ('partition_index', 'error_code')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('partition_index', 'PartitionIndex', 'int32', versions=(0, MAXV)),
            F('error_code', 'ErrorCode', 'int16', versions=(0, MAXV)),
        )

        def __init__(
            self,
            partition_index: int = 0,
            error_code: int = 0,
        ) -> None:
            self.partition_index = partition_index
            self.error_code = error_code

    _s_WritableTxnMarkerPartitionResult.__name__ = 'WritableTxnMarkerPartitionResult'

    class _s_WritableTxnMarkerTopicResult(Struct):
        __qualname__ = 'WriteTxnMarkersResponse.WritableTxnMarkerTopicResult'
        __slots__ = ('name', 'partitions')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('name', 'Name', 'string', versions=(0, MAXV)),
            F('partitions', 'Partitions', 'struct', array=True, struct='WritableTxnMarkerPartitionResult', versions=(0, MAXV)),
        )

        def __init__(
            self,
            name: str = "",
            partitions: list[WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult] = _NO,
        ) -> None:
            self.name = name
            self.partitions = [] if partitions is _NO else partitions

    _s_WritableTxnMarkerTopicResult.__name__ = 'WritableTxnMarkerTopicResult'

    class _s_WritableTxnMarkerResult(Struct):
        __qualname__ = 'WriteTxnMarkersResponse.WritableTxnMarkerResult'
        __slots__ = ('producer_id', 'topics')
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('producer_id', 'ProducerId', 'int64', versions=(0, MAXV)),
            F('topics', 'Topics', 'struct', array=True, struct='WritableTxnMarkerTopicResult', versions=(0, MAXV)),
        )

        def __init__(
            self,
            producer_id: int = 0,
            topics: list[WriteTxnMarkersResponse.WritableTxnMarkerTopicResult] = _NO,
        ) -> None:
            self.producer_id = producer_id
            self.topics = [] if topics is _NO else topics

    _s_WritableTxnMarkerResult.__name__ = 'WritableTxnMarkerResult'

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
        __slots__ = ('markers',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('markers', 'Markers', 'struct', array=True, struct='WritableTxnMarkerResult', versions=(0, MAXV)),
        )

        def __init__(
            self,
            markers: list[WriteTxnMarkersResponse.WritableTxnMarkerResult] = _NO,
        ) -> None:
            self.markers = [] if markers is _NO else markers

    WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult = _s_WritableTxnMarkerPartitionResult  # type: ignore[attr-defined]
    WriteTxnMarkersResponse.WritableTxnMarkerTopicResult = _s_WritableTxnMarkerTopicResult  # type: ignore[attr-defined]
    WriteTxnMarkersResponse.WritableTxnMarkerResult = _s_WritableTxnMarkerResult  # type: ignore[attr-defined]
    return WriteTxnMarkersResponse
"""

_SOURCES['ZkMigrationStateRecord'] = r"""
def _build_ZkMigrationStateRecord() -> type[Message]:
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
        __slots__ = ('zk_migration_state',)
        _FIELDS: ClassVar[tuple[F, ...]] = (
            F('zk_migration_state', 'ZkMigrationState', 'int8', versions=(0, MAXV)),
        )

        def __init__(
            self,
            zk_migration_state: int = 0,
        ) -> None:
            self.zk_migration_state = zk_migration_state

    return ZkMigrationStateRecord
"""
