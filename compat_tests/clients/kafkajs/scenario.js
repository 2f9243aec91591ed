'use strict'
// Runs one compat scenario with the stock kafkajs client and prints what it observed as one JSON
// object on stdout; the Python suite compares it across brokers.
//
// Usage: node scenario.js <bootstrap> <scenario> <topic>
// Scenarios: produce_consume, admin, groups, txn. Broker errors are recorded by their Kafka names inside
// the JSON so a broker difference shows up as a diff; only a broken setup exits non-zero.

const { AssignerProtocol, Kafka, CompressionTypes, ConfigResourceTypes, logLevel } = require('kafkajs')

// Every scenario must finish well inside the Python side's subprocess timeout.
const SCENARIO_TIMEOUT_MS = 60000

function errName (err) {
  if (!err) return 'ok'
  if (err.type) return err.type
  if (Array.isArray(err.errors) && err.errors.length) return err.errors.map(errName).join(',')
  return `CLIENT_ERROR: ${err.name}: ${err.message}`
}

async function outcome (promise) {
  try {
    const value = await promise
    return { result: 'ok', value }
  } catch (err) {
    return { result: errName(err) }
  }
}

function client (bootstrap, clientId) {
  return new Kafka({
    clientId,
    brokers: [bootstrap],
    logLevel: logLevel.NOTHING,
    retry: { retries: 8, initialRetryTime: 200 }
  })
}

function recordView (partition, message) {
  const headers = {}
  for (const [k, v] of Object.entries(message.headers || {})) headers[k] = v === null ? null : v.toString()
  return {
    partition,
    offset: Number(message.offset),
    key: message.key === null ? null : message.key.toString(),
    value: message.value === null ? null : message.value.toString(),
    headers
  }
}

// Subscribe a group member from the beginning and collect `count` messages (eachMessage), then
// commit what it read explicitly and leave.
async function consumeGroup (kafka, topic, groupId, count, extra = {}) {
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 500, ...extra })
  await consumer.connect()
  await consumer.subscribe({ topics: [topic], fromBeginning: true })
  const seen = []
  const next = {}
  let done
  const finished = new Promise((resolve) => { done = resolve })
  await consumer.run({
    autoCommit: false,
    eachMessage: async ({ partition, message }) => {
      seen.push(recordView(partition, message))
      next[partition] = (BigInt(message.offset) + 1n).toString()
      if (seen.length >= count) done()
    }
  })
  // unref: a pending give-up timer must not keep the process alive once the work is done.
  const timer = new Promise((resolve) => setTimeout(resolve, SCENARIO_TIMEOUT_MS / 2).unref())
  await Promise.race([finished, timer])
  const commit = await outcome(consumer.commitOffsets(
    Object.entries(next).map(([partition, offset]) => ({ topic, partition: Number(partition), offset }))))
  await consumer.disconnect()
  return { seen, commit: commit.result }
}

function offsetsView (list) {
  const out = {}
  for (const p of list) out[String(p.partition)] = { low: Number(p.low), high: Number(p.high) }
  return out
}

// Producer with keys, headers and each codec kafkajs ships (none, gzip), then a group member
// reads it all with eachMessage, commits, and admin reports committed and log offsets.
async function produceConsume (bootstrap, topic) {
  const kafka = client(bootstrap, 'compat-kafkajs')
  const admin = kafka.admin()
  await admin.connect()
  try {
    await admin.createTopics({ topics: [{ topic, numPartitions: 2, replicationFactor: 1 }], waitForLeaders: true })
    const producer = kafka.producer({ allowAutoTopicCreation: false })
    await producer.connect()
    const produced = {}
    for (const [name, compression] of [['none', CompressionTypes.None], ['gzip', CompressionTypes.GZIP]]) {
      const sent = await outcome(producer.send({
        topic,
        compression,
        messages: [
          { partition: 0, key: `k-${name}`, value: `v1-${name}`, headers: { codec: name, n: '1' } },
          { partition: 1, value: `v2-${name}` }
        ]
      }))
      produced[name] = sent.result === 'ok'
        // One result per partition, in no fixed order.
        ? sent.value.map((r) => ({ partition: r.partition, error: r.errorCode, base: Number(r.baseOffset) }))
          .sort((a, b) => a.partition - b.partition)
        : sent.result
    }
    await producer.disconnect()
    const groupId = `${topic}-group`
    const { seen, commit } = await consumeGroup(kafka, topic, groupId, 4)
    seen.sort((a, b) => a.partition - b.partition || a.offset - b.offset)
    const committed = await admin.fetchOffsets({ groupId, topics: [topic] })
    const committedView = {}
    for (const t of committed) {
      for (const p of t.partitions) committedView[String(p.partition)] = Number(p.offset)
    }
    return {
      produced,
      records: seen,
      commit,
      committed: committedView,
      offsets: offsetsView(await admin.fetchTopicOffsets(topic))
    }
  } finally {
    await admin.disconnect()
  }
}

// Admin: create (and a duplicate), metadata, configs, offsets, delete, list.
async function adminScenario (bootstrap, topic) {
  const kafka = client(bootstrap, 'compat-kafkajs-admin')
  const admin = kafka.admin()
  await admin.connect()
  try {
    const created = await outcome(admin.createTopics({
      topics: [{ topic, numPartitions: 3, replicationFactor: 1, configEntries: [{ name: 'retention.ms', value: '3600000' }] }],
      waitForLeaders: true
    }))
    const duplicate = await outcome(admin.createTopics({ topics: [{ topic, numPartitions: 1 }] }))
    const metadata = await admin.fetchTopicMetadata({ topics: [topic] })
    const partitions = metadata.topics[0].partitions
      .map((p) => ({ partition: p.partitionId, error: p.partitionErrorCode, leader: p.leader >= 0, replicas: p.replicas.length }))
      .sort((a, b) => a.partition - b.partition)
    const configs = await admin.describeConfigs({
      resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configNames: ['retention.ms', 'cleanup.policy'] }],
      includeSynonyms: false
    })
    const configView = {}
    for (const entry of configs.resources[0].configEntries) {
      configView[entry.configName] = { value: entry.configValue, default: entry.isDefault }
    }
    const offsets = offsetsView(await admin.fetchTopicOffsets(topic))
    const deleted = await outcome(admin.deleteTopics({ topics: [topic], timeout: 10000 }))
    let listedAfter = true
    for (let i = 0; i < 50 && listedAfter; i++) {
      listedAfter = (await admin.listTopics()).includes(topic)
      if (listedAfter) await new Promise((resolve) => setTimeout(resolve, 200))
    }
    const missing = await outcome(admin.fetchTopicMetadata({ topics: [topic] }))
    return {
      create: created.result === 'ok' ? created.value : created.result,
      duplicate: duplicate.result === 'ok' ? duplicate.value : duplicate.result,
      partitions,
      configs: configView,
      offsets,
      delete: deleted.result,
      listed_after: listedAfter,
      metadata_after_delete: missing.result
    }
  } finally {
    await admin.disconnect()
  }
}

// Transactions: commit one, abort one, commit another; a read-committed group member (kafkajs's
// default) must see only the committed values, with their offsets.
async function txnScenario (bootstrap, topic) {
  const kafka = client(bootstrap, 'compat-kafkajs-txn')
  const admin = kafka.admin()
  await admin.connect()
  try {
    await admin.createTopics({ topics: [{ topic, numPartitions: 1, replicationFactor: 1 }], waitForLeaders: true })
    const producer = kafka.producer({ transactionalId: `${topic}-txn`, idempotent: true, maxInFlightRequests: 1 })
    await producer.connect()
    const steps = {}
    for (const [label, values, commit] of [['commit', ['c1', 'c2'], true], ['abort', ['a1', 'a2'], false], ['commit2', ['c3'], true]]) {
      const txn = await producer.transaction()
      steps[`${label}.send`] = (await outcome(txn.send({ topic, messages: values.map((value) => ({ key: label, value })) }))).result
      steps[`${label}.end`] = (await outcome(commit ? txn.commit() : txn.abort())).result
    }
    await producer.disconnect()
    const { seen, commit } = await consumeGroup(kafka, topic, `${topic}-group`, 3)
    return {
      steps,
      read_committed: seen.map((r) => `${r.offset}:${r.value}`),
      commit,
      offsets: offsetsView(await admin.fetchTopicOffsets(topic))
    }
  } finally {
    await admin.disconnect()
  }
}

function sleep (ms) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

// describeGroups until `ready(group)` holds; the group's state, protocol and sorted partition
// counts per member (kafkajs's own assignment decoder).
async function groupView (admin, groupId, ready) {
  for (;;) {
    const { groups } = await admin.describeGroups([groupId])
    const g = groups[0]
    const counts = g.members.map((m) => {
      const decoded = m.memberAssignment && m.memberAssignment.length
        ? AssignerProtocol.MemberAssignment.decode(m.memberAssignment)
        : null
      return decoded ? Object.values(decoded.assignment).reduce((n, ps) => n + ps.length, 0) : 0
    }).sort()
    const view = { state: g.state, protocol_type: g.protocolType, protocol: g.protocol, partitions_per_member: counts }
    if (ready(view)) return view
    await sleep(100)
  }
}

function committedView (fetched) {
  const out = {}
  for (const t of fetched) for (const p of t.partitions) out[String(p.partition)] = p.offset
  return out
}

// Groups: two members share a topic (kafkajs's round-robin assigner), read, commit and leave; the
// admin API lists, sets and deletes the group's offsets and the group itself, and grows
// the topic and deletes records.
async function groupsScenario (bootstrap, topic) {
  const kafka = client(bootstrap, 'compat-kafkajs-groups')
  const admin = kafka.admin()
  await admin.connect()
  try {
    await admin.createTopics({ topics: [{ topic, numPartitions: 2, replicationFactor: 1 }], waitForLeaders: true })
    const groupId = `${topic}-group`
    const seen = []
    const members = []
    for (let i = 0; i < 2; i++) {
      const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 200, heartbeatInterval: 300, sessionTimeout: 10000 })
      await consumer.connect()
      await consumer.subscribe({ topics: [topic], fromBeginning: true })
      const next = {}
      await consumer.run({
        autoCommit: false,
        eachMessage: async ({ partition, message }) => {
          seen.push(message.value.toString())
          next[partition] = (BigInt(message.offset) + 1n).toString()
        }
      })
      members.push({ consumer, next })
    }
    const two = await groupView(admin, groupId, (v) => v.state === 'Stable' && v.partitions_per_member.length === 2 &&
      v.partitions_per_member.reduce((a, b) => a + b, 0) === 2)
    // Produce only once both members own one partition each, so no record is read twice.
    const producer = kafka.producer()
    await producer.connect()
    await producer.send({ topic, messages: [0, 1, 2, 3].map((i) => ({ partition: i % 2, value: `m${i}` })) })
    await producer.disconnect()
    for (let i = 0; i < 100 && seen.length < 4; i++) await sleep(100)
    const commits = []
    for (const { consumer, next } of members) {
      const entries = Object.entries(next).map(([partition, offset]) => ({ topic, partition: Number(partition), offset }))
      commits.push((await outcome(consumer.commitOffsets(entries))).result)
    }
    for (const { consumer } of members) await consumer.disconnect()
    const empty = await groupView(admin, groupId, (v) => v.state === 'Empty')
    const listed = (await admin.listGroups()).groups.filter((g) => g.groupId === groupId)
      .map((g) => ({ protocol_type: g.protocolType }))
    const afterConsume = committedView(await admin.fetchOffsets({ groupId, topics: [topic] }))
    // setOffsets joins the group with a paused consumer and returns after its first (empty)
    // fetch, ~5 s of kafkajs's own wait: one call covers both a literal -2 (what resetOffsets
    // with earliest commits) and a plain offset.
    const set = (await outcome(admin.setOffsets({
      groupId, topic, partitions: [{ partition: 0, offset: '-2' }, { partition: 1, offset: '1' }]
    }))).result
    const afterSet = committedView(await admin.fetchOffsets({ groupId, topics: [topic] }))
    const deleted = await outcome(admin.deleteGroups([groupId]))
    // kafkajs retries a failed group delete with backoff: one try is enough to see the error.
    const once = new Kafka({ clientId: 'compat-kafkajs-once', brokers: [bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 0 } }).admin()
    await once.connect()
    let deletedAgain
    try {
      deletedAgain = (await once.deleteGroups([groupId])).map((g) => g.errorCode)
    } catch (err) {
      deletedAgain = (err.groups || []).map((g) => (g.error && g.error.type) || g.errorCode)
    }
    await once.disconnect()
    const { groups: [afterDelete] } = await admin.describeGroups([groupId])

    const grown = (await outcome(admin.createPartitions({ topicPartitions: [{ topic, count: 3 }] }))).result
    const shrunk = (await outcome(admin.createPartitions({ topicPartitions: [{ topic, count: 2 }] }))).result
    const trimmed = (await outcome(admin.deleteTopicRecords({ topic, partitions: [{ partition: 0, offset: '1' }] }))).result
    const cluster = await admin.describeCluster()
    return {
      seen: seen.sort(),
      two_members: two,
      commits,
      empty,
      listed,
      after_consume: afterConsume,
      set,
      after_set: afterSet,
      delete_group: deleted.result === 'ok' ? deleted.value.map((g) => g.errorCode) : deleted.result,
      delete_group_again: deletedAgain,
      after_delete: { state: afterDelete.state, members: afterDelete.members.length },
      create_partitions: grown,
      shrink_partitions: shrunk,
      delete_records: trimmed,
      offsets: offsetsView(await admin.fetchTopicOffsets(topic)),
      brokers: cluster.brokers.length,
      has_cluster_id: Boolean(cluster.clusterId),
      controller_known: cluster.controller !== null && cluster.controller >= 0
    }
  } finally {
    await admin.disconnect()
  }
}

const SCENARIOS = { produce_consume: produceConsume, admin: adminScenario, groups: groupsScenario, txn: txnScenario }

async function main () {
  const [bootstrap, scenario, topic] = process.argv.slice(2)
  const fn = SCENARIOS[scenario]
  if (!bootstrap || !fn || !topic) {
    process.stderr.write('usage: node scenario.js <bootstrap> <produce_consume|admin|groups|txn> <topic>\n')
    process.exit(2)
  }
  const timer = setTimeout(() => {
    process.stderr.write(`scenario ${scenario} timed out\n`)
    process.exit(1)
  }, SCENARIO_TIMEOUT_MS)
  const observation = await fn(bootstrap, topic)
  clearTimeout(timer)
  process.stdout.write(JSON.stringify(observation) + '\n')
}

main().catch((err) => {
  process.stderr.write(`scenario failed: ${errName(err)}\n${err.stack}\n`)
  process.exit(1)
})
