// Command franzgo runs one compat scenario with the stock franz-go client and prints what it
// observed as one JSON object on stdout; the Python suite compares it across brokers.
//
// Usage: franzgo <bootstrap> <scenario> <topic>
//
// Scenarios: produce_consume, group, admin, admin_extra, rebalance, txn. Each one creates the topics it needs, so every
// run starts from a topic name no other run used. Failures are reported as error names inside
// the JSON (like "TOPIC_ALREADY_EXISTS") rather than aborting, so a broker difference shows up
// as a diff, not as a crash; only a broken setup exits non-zero.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kgo"
)

// Every scenario must finish well inside the Python side's subprocess timeout.
const scenarioTimeout = 60 * time.Second

type observation map[string]any

type recordView struct {
	Partition int32             `json:"partition"`
	Offset    int64             `json:"offset"`
	Key       *string           `json:"key"`
	Value     string            `json:"value"`
	Headers   map[string]string `json:"headers"`
}

func view(r *kgo.Record) recordView {
	var key *string
	if r.Key != nil {
		k := string(r.Key)
		key = &k
	}
	headers := map[string]string{}
	for _, h := range r.Headers {
		headers[h.Key] = string(h.Value)
	}
	return recordView{Partition: r.Partition, Offset: r.Offset, Key: key, Value: string(r.Value), Headers: headers}
}

// errName maps an error to the Kafka error name a broker sent, or a short client-side label.
func errName(err error) string {
	if err == nil {
		return "ok"
	}
	var ke *kerr.Error
	if errors.As(err, &ke) {
		return ke.Message
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return "TIMEOUT"
	}
	return "CLIENT_ERROR: " + err.Error()
}

func newClient(bootstrap string, opts ...kgo.Opt) (*kgo.Client, error) {
	base := []kgo.Opt{kgo.SeedBrokers(bootstrap), kgo.FetchMaxWait(500 * time.Millisecond)}
	return kgo.NewClient(append(base, opts...)...)
}

func createTopic(ctx context.Context, adm *kadm.Client, topic string, partitions int32) error {
	resp, err := adm.CreateTopic(ctx, partitions, 1, nil, topic)
	if err != nil {
		return err
	}
	return resp.Err
}

// consumeN reads until n records arrived or the context ends, in arrival order.
func consumeN(ctx context.Context, cl *kgo.Client, n int) ([]*kgo.Record, []string) {
	var out []*kgo.Record
	errs := []string{}
	for len(out) < n && ctx.Err() == nil {
		fetches := cl.PollRecords(ctx, n-len(out))
		fetches.EachError(func(_ string, _ int32, err error) {
			if !errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, context.Canceled) {
				errs = append(errs, errName(err))
			}
		})
		out = append(out, fetches.Records()...)
	}
	return out, errs
}

func produceSync(ctx context.Context, cl *kgo.Client, records ...*kgo.Record) []string {
	results := cl.ProduceSync(ctx, records...)
	names := make([]string, len(results))
	for i, r := range results {
		names[i] = errName(r.Err)
	}
	return names
}

func endOffsets(ctx context.Context, adm *kadm.Client, topic string) (map[string]int64, error) {
	listed, err := adm.ListEndOffsets(ctx, topic)
	if err != nil {
		return nil, err
	}
	out := map[string]int64{}
	listed.Each(func(o kadm.ListedOffset) { out[fmt.Sprint(o.Partition)] = o.Offset })
	return out, nil
}

var codecs = []struct {
	name  string
	codec kgo.CompressionCodec
}{
	{"none", kgo.NoCompression()},
	{"gzip", kgo.GzipCompression()},
	{"snappy", kgo.SnappyCompression()},
	{"lz4", kgo.Lz4Compression()},
	{"zstd", kgo.ZstdCompression()},
}

// produceConsume: one producer per codec, each sending two records with keys and headers, then
// one consumer by assignment reads them back; kadm lists start and end offsets.
func produceConsume(ctx context.Context, bootstrap, topic string) (observation, error) {
	admCl, err := newClient(bootstrap)
	if err != nil {
		return nil, err
	}
	defer admCl.Close()
	adm := kadm.NewClient(admCl)
	if err := createTopic(ctx, adm, topic, 1); err != nil {
		return nil, err
	}
	produced := map[string][]string{}
	for _, c := range codecs {
		cl, err := newClient(bootstrap, kgo.ProducerBatchCompression(c.codec), kgo.DefaultProduceTopic(topic))
		if err != nil {
			return nil, err
		}
		produced[c.name] = produceSync(ctx, cl,
			&kgo.Record{Key: []byte("k-" + c.name), Value: []byte("v1-" + c.name),
				Headers: []kgo.RecordHeader{{Key: "codec", Value: []byte(c.name)}, {Key: "n", Value: []byte("1")}}},
			&kgo.Record{Value: []byte("v2-" + c.name)},
		)
		cl.Close()
	}
	consumer, err := newClient(bootstrap,
		kgo.ConsumePartitions(map[string]map[int32]kgo.Offset{topic: {0: kgo.NewOffset().AtStart()}}))
	if err != nil {
		return nil, err
	}
	defer consumer.Close()
	got, fetchErrs := consumeN(ctx, consumer, 2*len(codecs))
	views := make([]recordView, len(got))
	for i, r := range got {
		views[i] = view(r)
	}
	start, err := adm.ListStartOffsets(ctx, topic)
	if err != nil {
		return nil, err
	}
	starts := map[string]int64{}
	start.Each(func(o kadm.ListedOffset) { starts[fmt.Sprint(o.Partition)] = o.Offset })
	ends, err := endOffsets(ctx, adm, topic)
	if err != nil {
		return nil, err
	}
	return observation{"produced": produced, "records": views, "fetch_errors": fetchErrs,
		"start_offsets": starts, "end_offsets": ends}, nil
}

// group: a consumer group member (classic protocol) reads everything, commits, leaves; kadm then
// fetches the committed offsets and describes the (now empty) group.
func group(ctx context.Context, bootstrap, topic string) (observation, error) {
	admCl, err := newClient(bootstrap)
	if err != nil {
		return nil, err
	}
	defer admCl.Close()
	adm := kadm.NewClient(admCl)
	if err := createTopic(ctx, adm, topic, 2); err != nil {
		return nil, err
	}
	producer, err := newClient(bootstrap, kgo.DefaultProduceTopic(topic), kgo.RecordPartitioner(kgo.ManualPartitioner()))
	if err != nil {
		return nil, err
	}
	var records []*kgo.Record
	for i := 0; i < 6; i++ {
		records = append(records, &kgo.Record{Partition: int32(i % 2), Value: []byte(fmt.Sprintf("m%d", i))})
	}
	produced := produceSync(ctx, producer, records...)
	producer.Close()

	groupID := topic + "-group"
	member, err := newClient(bootstrap, kgo.ConsumerGroup(groupID), kgo.ConsumeTopics(topic),
		kgo.DisableAutoCommit(), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
	if err != nil {
		return nil, err
	}
	got, fetchErrs := consumeN(ctx, member, len(records))
	values := make([]string, len(got))
	for i, r := range got {
		values[i] = string(r.Value)
	}
	sort.Strings(values)
	commitErr := member.CommitUncommittedOffsets(ctx)
	member.Close() // leaves the group

	committed := map[string]int64{}
	offsets, err := adm.FetchOffsets(ctx, groupID)
	if err != nil {
		return nil, err
	}
	offsets.Each(func(o kadm.OffsetResponse) { committed[fmt.Sprintf("%s/%d", "<topic>", o.Partition)] = o.At })
	described, err := adm.DescribeGroups(ctx, groupID)
	if err != nil {
		return nil, err
	}
	state, members := "", -1
	if g, ok := described[groupID]; ok {
		state, members = g.State, len(g.Members)
	}
	lag, err := adm.Lag(ctx, groupID)
	if err != nil {
		return nil, err
	}
	totalLag := int64(-1)
	if l, ok := lag[groupID]; ok && l.FetchErr == nil && l.DescribeErr == nil {
		totalLag = l.Lag.Total()
	}
	return observation{"produced": produced, "values": values, "fetch_errors": fetchErrs,
		"commit": errName(commitErr), "committed": committed, "state": state, "members": members,
		"lag": totalLag}, nil
}

// admin: kadm create (also a duplicate), describe metadata and configs, delete, list again.
func admin(ctx context.Context, bootstrap, topic string) (observation, error) {
	cl, err := newClient(bootstrap)
	if err != nil {
		return nil, err
	}
	defer cl.Close()
	adm := kadm.NewClient(cl)
	retention := "3600000"
	created, err := adm.CreateTopics(ctx, 3, 1, map[string]*string{"retention.ms": &retention}, topic)
	if err != nil {
		return nil, err
	}
	createResult := created[topic]
	duplicate, err := adm.CreateTopics(ctx, 1, 1, nil, topic)
	if err != nil {
		return nil, err
	}
	invalid, err := adm.CreateTopics(ctx, 0, 1, nil, topic+"-zero")
	if err != nil {
		return nil, err
	}
	// Metadata can lag a create by a moment on any broker: wait until every partition has a leader.
	var details kadm.TopicDetails
	for ctx.Err() == nil {
		details, err = adm.ListTopics(ctx, topic)
		if err == nil && details[topic].Err == nil && len(details[topic].Partitions) == 3 && allLed(details[topic].Partitions) {
			break
		}
		if pause(ctx) != nil {
			break
		}
	}
	partitions := []int32{}
	for _, p := range details[topic].Partitions.Sorted() {
		partitions = append(partitions, p.Partition)
	}
	configs, err := adm.DescribeTopicConfigs(ctx, topic)
	if err != nil {
		return nil, err
	}
	described := map[string]any{}
	for _, rc := range configs {
		for _, c := range rc.Configs {
			if c.Key == "retention.ms" || c.Key == "cleanup.policy" {
				described[c.Key] = map[string]any{"value": c.MaybeValue(), "source": c.Source.String()}
			}
		}
	}
	ends, err := endOffsets(ctx, adm, topic)
	if err != nil {
		return nil, err
	}
	deleted, err := adm.DeleteTopics(ctx, topic)
	if err != nil {
		return nil, err
	}
	deletedAgain, err := adm.DeleteTopics(ctx, topic)
	if err != nil {
		return nil, err
	}
	stillListed := true
	for ctx.Err() == nil {
		all, err := adm.ListTopics(ctx)
		if err == nil && !all.Has(topic) {
			stillListed = false
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	return observation{
		"create":            errName(createResult.Err),
		"create_partitions": createResult.NumPartitions,
		"create_rf":         createResult.ReplicationFactor,
		"duplicate":         errName(duplicate[topic].Err),
		"zero_partitions":   errName(invalid[topic+"-zero"].Err),
		"partitions":        partitions,
		"configs":           described,
		"end_offsets":       ends,
		"delete":            errName(deleted[topic].Err),
		"delete_again":      errName(deletedAgain[topic].Err),
		"listed_after":      stillListed,
	}, nil
}

// txn: one transactional producer commits a transaction and aborts the next; read_committed and
// read_uncommitted consumers then report what each sees, and kadm the end offset (markers count).
func txn(ctx context.Context, bootstrap, topic string) (observation, error) {
	admCl, err := newClient(bootstrap)
	if err != nil {
		return nil, err
	}
	defer admCl.Close()
	adm := kadm.NewClient(admCl)
	if err := createTopic(ctx, adm, topic, 1); err != nil {
		return nil, err
	}
	producer, err := newClient(bootstrap, kgo.DefaultProduceTopic(topic), kgo.TransactionalID(topic+"-txn"))
	if err != nil {
		return nil, err
	}
	steps := map[string]string{}
	run := func(label string, commit kgo.TransactionEndTry, values ...string) {
		steps[label+".begin"] = errName(producer.BeginTransaction())
		var records []*kgo.Record
		for _, v := range values {
			records = append(records, &kgo.Record{Key: []byte(label), Value: []byte(v)})
		}
		for i, name := range produceSync(ctx, producer, records...) {
			steps[fmt.Sprintf("%s.produce%d", label, i)] = name
		}
		steps[label+".end"] = errName(producer.EndTransaction(ctx, commit))
	}
	run("commit", kgo.TryCommit, "c1", "c2")
	run("abort", kgo.TryAbort, "a1", "a2")
	run("commit2", kgo.TryCommit, "c3")
	completed, err := describeTxn(ctx, adm, topic, topic+"-txn")
	if err != nil {
		return nil, err
	}

	// Leave one transaction open to see what the admin APIs report for it (the last stable
	// offset, the open transaction's first offset), then abort it.
	steps["ongoing.begin"] = errName(producer.BeginTransaction())
	steps["ongoing.produce0"] = produceSync(ctx, producer, &kgo.Record{Key: []byte("ongoing"), Value: []byte("o1")})[0]
	ongoing, err := describeTxn(ctx, adm, topic, topic+"-txn")
	if err != nil {
		return nil, err
	}
	steps["ongoing.end"] = errName(producer.EndTransaction(ctx, kgo.TryAbort))
	producer.Close()

	read := func(level kgo.IsolationLevel, want int) ([]string, []string, error) {
		cl, err := newClient(bootstrap, kgo.FetchIsolationLevel(level),
			kgo.ConsumePartitions(map[string]map[int32]kgo.Offset{topic: {0: kgo.NewOffset().AtStart()}}))
		if err != nil {
			return nil, nil, err
		}
		defer cl.Close()
		got, errs := consumeN(ctx, cl, want)
		values := make([]string, len(got))
		for i, r := range got {
			values[i] = fmt.Sprintf("%d:%s", r.Offset, r.Value)
		}
		return values, errs, nil
	}
	committed, committedErrs, err := read(kgo.ReadCommitted(), 3)
	if err != nil {
		return nil, err
	}
	uncommitted, uncommittedErrs, err := read(kgo.ReadUncommitted(), 6)
	if err != nil {
		return nil, err
	}
	ends, err := endOffsets(ctx, adm, topic)
	if err != nil {
		return nil, err
	}
	return observation{"steps": steps, "read_committed": committed, "read_uncommitted": uncommitted,
		"fetch_errors": append(committedErrs, uncommittedErrs...), "end_offsets": ends,
		"completed": completed, "ongoing": ongoing}, nil
}

// describeTxn is what kadm's transaction APIs say about one transactional ID and its partition:
// DescribeTransactions, ListTransactions, DescribeProducers and the last stable offset.
func describeTxn(ctx context.Context, adm *kadm.Client, topic, txnID string) (observation, error) {
	// EndTxn returns once the coordinator logged Prepare*; Kafka writes the markers and moves to
	// Complete* afterwards, so wait for a settled state as any careful admin client would.
	var d kadm.DescribedTransaction
	for {
		described, err := adm.DescribeTransactions(ctx, txnID)
		if err != nil {
			return nil, err
		}
		d = described[txnID]
		if !strings.HasPrefix(d.State, "Prepare") {
			break
		}
		if err := pause(ctx); err != nil {
			return nil, err
		}
	}
	partitions := []string{}
	d.Topics.Each(func(t string, p int32) {
		partitions = append(partitions, fmt.Sprintf("%s/%d", placeholder(t, topic), p))
	})
	sort.Strings(partitions)
	listed, err := adm.ListTransactions(ctx, nil, nil)
	if err != nil {
		return nil, err
	}
	listedState := "absent"
	if l, ok := listed[txnID]; ok {
		listedState = l.State
	}
	set := kadm.TopicsSet{}
	set.Add(topic, 0)
	producers, err := adm.DescribeProducers(ctx, set)
	if err != nil {
		return nil, err
	}
	producerViews := []observation{}
	producers.EachProducer(func(p kadm.DescribedProducer) {
		producerViews = append(producerViews, observation{"epoch": p.ProducerEpoch, "last_sequence": p.LastSequence,
			"txn_start_offset": p.CurrentTxnStartOffset, "same_producer_id": p.ProducerID == d.ProducerID})
	})
	stable, err := adm.ListCommittedOffsets(ctx, topic)
	if err != nil {
		return nil, err
	}
	lso := int64(-2)
	stable.Each(func(o kadm.ListedOffset) { lso = o.Offset })
	ends, err := endOffsets(ctx, adm, topic)
	if err != nil {
		return nil, err
	}
	return observation{"state": d.State, "error": errName(d.Err), "timeout_ms": d.TimeoutMillis,
		"epoch": d.ProducerEpoch, "partitions": partitions, "listed_state": listedState,
		"producers": producerViews, "last_stable_offset": lso, "end_offsets": ends}, nil
}

func allLed(partitions kadm.PartitionDetails) bool {
	for _, p := range partitions {
		if p.Leader < 0 {
			return false
		}
	}
	return true
}

// pause waits a little before the next poll of an eventually consistent view.
func pause(ctx context.Context) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(100 * time.Millisecond):
		return nil
	}
}

// placeholder hides the generated topic name so observations compare across runs.
func placeholder(name, topic string) string {
	if name == topic {
		return "<topic>"
	}
	return name
}

// adminExtra: kadm partition growth, incremental config changes, delete records, offsets by
// time, broker metadata, and group offsets written, listed and deleted through the admin API.
func adminExtra(ctx context.Context, bootstrap, topic string) (observation, error) {
	cl, err := newClient(bootstrap, kgo.DefaultProduceTopic(topic))
	if err != nil {
		return nil, err
	}
	defer cl.Close()
	adm := kadm.NewClient(cl)
	if err := createTopic(ctx, adm, topic, 1); err != nil {
		return nil, err
	}
	base := time.Now().Add(-time.Hour).Truncate(time.Second)
	var records []*kgo.Record
	for i := 0; i < 5; i++ {
		records = append(records, &kgo.Record{Value: []byte(fmt.Sprintf("r%d", i)), Timestamp: base.Add(time.Duration(i) * time.Second)})
	}
	produced := produceSync(ctx, cl, records...)

	grown, err := adm.CreatePartitions(ctx, 2, topic)
	if err != nil {
		return nil, err
	}
	shrunk, err := adm.UpdatePartitions(ctx, 2, topic)
	if err != nil {
		return nil, err
	}
	segment := "1048576"
	altered, err := adm.AlterTopicConfigs(ctx, []kadm.AlterConfig{
		{Op: kadm.SetConfig, Name: "segment.bytes", Value: &segment},
		{Op: kadm.AppendConfig, Name: "cleanup.policy", Value: strPtr("compact")},
	}, topic)
	if err != nil {
		return nil, err
	}
	// Kafka applies config and partition changes from its metadata log a moment after it
	// answers: read them back once visible (or report what is there when the deadline hits).
	described := map[string]any{}
	for {
		configs, err := adm.DescribeTopicConfigs(ctx, topic)
		if err != nil {
			return nil, err
		}
		visible := false
		for _, rc := range configs {
			for _, c := range rc.Configs {
				if c.Key == "segment.bytes" || c.Key == "cleanup.policy" {
					described[c.Key] = map[string]any{"value": c.MaybeValue(), "source": c.Source.String()}
					visible = visible || (c.Key == "segment.bytes" && c.MaybeValue() == segment)
				}
			}
		}
		if visible || pause(ctx) != nil {
			break
		}
	}
	for {
		details, err := adm.ListTopics(ctx, topic)
		if err == nil && len(details[topic].Partitions) == 3 && allLed(details[topic].Partitions) {
			break
		}
		if pause(ctx) != nil {
			break
		}
	}
	deleteAt := kadm.Offsets{}
	deleteAt.AddOffset(topic, 0, 2, -1)
	deleted, err := adm.DeleteRecords(ctx, deleteAt)
	if err != nil {
		return nil, err
	}
	low, lowErr := int64(-1), "missing"
	if d, ok := deleted.Lookup(topic, 0); ok {
		low, lowErr = d.LowWatermark, errName(d.Err)
	}
	starts, err := adm.ListStartOffsets(ctx, topic)
	if err != nil {
		return nil, err
	}
	startView := map[string]int64{}
	starts.Each(func(o kadm.ListedOffset) { startView[fmt.Sprint(o.Partition)] = o.Offset })
	afterMilli, err := adm.ListOffsetsAfterMilli(ctx, base.Add(2500*time.Millisecond).UnixMilli(), topic)
	if err != nil {
		return nil, err
	}
	byTime := map[string]any{}
	afterMilli.Each(func(o kadm.ListedOffset) {
		delta := int64(-1) // no record at or after the time: the broker answers timestamp -1
		if o.Timestamp >= 0 {
			delta = o.Timestamp - base.UnixMilli()
		}
		byTime[fmt.Sprint(o.Partition)] = map[string]int64{"offset": o.Offset, "timestamp_delta": delta}
	})
	meta, err := adm.BrokerMetadata(ctx)
	if err != nil {
		return nil, err
	}

	groupID := topic + "-admin-group"
	commit := kadm.Offsets{}
	commit.Add(kadm.Offset{Topic: topic, Partition: 0, At: 4, LeaderEpoch: -1, Metadata: "by-kadm"})
	committed, err := adm.CommitOffsets(ctx, groupID, commit)
	if err != nil {
		return nil, err
	}
	commitErr := "missing"
	if c, ok := committed.Lookup(topic, 0); ok {
		commitErr = errName(c.Err)
	}
	fetched, err := adm.FetchOffsets(ctx, groupID)
	if err != nil {
		return nil, err
	}
	fetchedView := map[string]any{}
	fetched.Each(func(o kadm.OffsetResponse) {
		fetchedView[fmt.Sprintf("<topic>/%d", o.Partition)] = map[string]any{"at": o.At, "metadata": o.Metadata, "error": errName(o.Err)}
	})
	groups, err := adm.ListGroups(ctx)
	if err != nil {
		return nil, err
	}
	listed := map[string]string{}
	if g, ok := groups[groupID]; ok {
		listed = map[string]string{"state": g.State, "protocol_type": g.ProtocolType}
	}
	deletedGroup, err := adm.DeleteGroups(ctx, groupID)
	if err != nil {
		return nil, err
	}
	deletedAgain, err := adm.DeleteGroups(ctx, groupID)
	if err != nil {
		return nil, err
	}
	return observation{
		"produced":           produced,
		"create_partitions":  errName(grown[topic].Err),
		"shrink_partitions":  errName(shrunk[topic].Err),
		"alter_configs":      errName(altered[0].Err),
		"configs":            described,
		"delete_records":     map[string]any{"error": lowErr, "low_watermark": low},
		"start_offsets":      startView,
		"offsets_by_time":    byTime,
		"brokers":            len(meta.Brokers),
		"has_cluster_id":     meta.Cluster != "",
		"has_controller":     meta.Controller >= 0,
		"commit":             commitErr,
		"fetched":            fetchedView,
		"listed_group":       listed,
		"delete_group":       errName(deletedGroup[groupID].Err),
		"delete_group_again": errName(deletedAgain[groupID].Err),
	}, nil
}

func strPtr(s string) *string { return &s }

// rebalance: a second member joins a cooperative-sticky group (franz-go's default balancer) and
// leaves again; the admin view of the group is sampled once each assignment settles.
func rebalance(ctx context.Context, bootstrap, topic string) (observation, error) {
	admCl, err := newClient(bootstrap)
	if err != nil {
		return nil, err
	}
	defer admCl.Close()
	adm := kadm.NewClient(admCl)
	if err := createTopic(ctx, adm, topic, 4); err != nil {
		return nil, err
	}
	groupID := topic + "-group"
	join := func() (*kgo.Client, error) {
		return newClient(bootstrap, kgo.ConsumerGroup(groupID), kgo.ConsumeTopics(topic),
			kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
	}
	first, err := join()
	if err != nil {
		return nil, err
	}
	defer first.Close()
	// Polling in the background keeps each member taking part in rebalances.
	pollCtx, stopPolling := context.WithCancel(ctx)
	defer stopPolling()
	go func() {
		for pollCtx.Err() == nil {
			first.PollFetches(pollCtx)
		}
	}()
	one, err := settled(ctx, adm, groupID, 1, 4)
	if err != nil {
		return nil, err
	}
	second, err := join()
	if err != nil {
		return nil, err
	}
	go func() {
		for pollCtx.Err() == nil {
			second.PollFetches(pollCtx)
		}
	}()
	two, err := settled(ctx, adm, groupID, 2, 4)
	if err != nil {
		return nil, err
	}
	second.Close() // leaves the group: the first member takes every partition back
	back, err := settled(ctx, adm, groupID, 1, 4)
	if err != nil {
		return nil, err
	}
	return observation{"one_member": one, "two_members": two, "after_leave": back}, nil
}

// settled waits until the group is Stable with `members` members that together own `partitions`
// partitions, and returns its state, protocol and the sorted per-member partition counts.
func settled(ctx context.Context, adm *kadm.Client, groupID string, members, partitions int) (observation, error) {
	for {
		described, err := adm.DescribeGroups(ctx, groupID)
		if err == nil {
			g := described[groupID]
			counts := []int{}
			total := 0
			for _, m := range g.Members {
				n := 0
				if a, ok := m.Assigned.AsConsumer(); ok {
					for _, t := range a.Topics {
						n += len(t.Partitions)
					}
				}
				counts = append(counts, n)
				total += n
			}
			sort.Ints(counts)
			if g.State == "Stable" && len(g.Members) == members && total == partitions {
				return observation{"state": g.State, "protocol_type": g.ProtocolType, "protocol": g.Protocol,
					"partitions_per_member": counts}, nil
			}
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("group %s did not settle with %d members: %w", groupID, members, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func main() {
	if len(os.Args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: franzgo <bootstrap> <scenario> <topic>")
		os.Exit(2)
	}
	bootstrap, scenario, topic := os.Args[1], os.Args[2], os.Args[3]
	scenarios := map[string]func(context.Context, string, string) (observation, error){
		"produce_consume": produceConsume,
		"group":           group,
		"admin":           admin,
		"txn":             txn,
		"admin_extra":     adminExtra,
		"rebalance":       rebalance,
	}
	fn, ok := scenarios[scenario]
	if !ok {
		fmt.Fprintf(os.Stderr, "unknown scenario %q\n", scenario)
		os.Exit(2)
	}
	ctx, cancel := context.WithTimeout(context.Background(), scenarioTimeout)
	defer cancel()
	obs, err := fn(ctx, bootstrap, topic)
	if err != nil {
		fmt.Fprintf(os.Stderr, "scenario %s failed: %s\n", scenario, errName(err))
		os.Exit(1)
	}
	if err := json.NewEncoder(os.Stdout).Encode(obs); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
