import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as firehose from 'aws-cdk-lib/aws-kinesisfirehose';
import type * as kinesis from 'aws-cdk-lib/aws-kinesis';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';

export interface MonitoringProps {
  readonly topic: sns.ITopic;
  /** Dashboard name (answers hash, not customer text). */
  readonly dashboardName: string;
  readonly stateMachine?: sfn.IStateMachine;
  readonly functions: readonly { readonly label: string; readonly function: lambda.IFunction }[];
  readonly deadLetterQueues: readonly { readonly label: string; readonly queue: sqs.IQueue }[];
  readonly stream?: kinesis.IStream;
  readonly deliveryStream?: firehose.IDeliveryStream;
  /** Athena workgroup whose scanned bytes are charted. */
  readonly workgroupName?: string;
}

/** Kinesis consumers further behind than this are paging someone. */
const ITERATOR_AGE_ALARM_MS = 5 * 60_000;
/** Firehose data older than this in the buffer means delivery to bronze is stuck. */
const FIREHOSE_FRESHNESS_ALARM_SECONDS = 15 * 60;

/**
 * Amazon CloudWatch dashboard of the pipeline and alarms that publish to the notification
 * topic: failed runs, function errors, parked messages, consumer lag, delivery delays.
 */
export class Monitoring extends Construct {
  readonly dashboard: cloudwatch.Dashboard;
  readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    this.dashboard = new cloudwatch.Dashboard(this, 'dashboard', { dashboardName: props.dashboardName, defaultInterval: Duration.days(1) });
    const alarm = (alarmId: string, metric: cloudwatch.IMetric, threshold: number, description: string) => {
      const created = new cloudwatch.Alarm(this, alarmId, {
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
      created.addAlarmAction(new actions.SnsAction(props.topic));
      this.alarms.push(created);
      return created;
    };
    const widgets: cloudwatch.IWidget[] = [];
    if (props.stateMachine) {
      const failed = props.stateMachine.metricFailed({ period: Duration.minutes(5), statistic: 'Sum' });
      alarm('pipeline-failed', failed, 1, 'A Lakewise pipeline run failed');
      widgets.push(new cloudwatch.GraphWidget({ title: 'Pipeline runs', left: [props.stateMachine.metricSucceeded({ statistic: 'Sum' }), failed] }));
    }
    for (const { label, function: fn } of props.functions) {
      const errors = fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' });
      alarm(`${label}-errors`, errors, 1, `The ${label} function reported errors`);
      widgets.push(new cloudwatch.GraphWidget({ title: `${label}: invocations and errors`, left: [fn.metricInvocations({ statistic: 'Sum' }), errors] }));
    }
    for (const { label, queue } of props.deadLetterQueues) {
      const parked = queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' });
      alarm(`${label}-parked`, parked, 1, `Messages were parked in the ${label} dead-letter queue`);
      widgets.push(new cloudwatch.GraphWidget({ title: `${label}: parked messages`, left: [parked] }));
    }
    if (props.stream) {
      const lag = props.stream.metricGetRecordsIteratorAgeMilliseconds({ period: Duration.minutes(5), statistic: 'Maximum' });
      alarm('stream-lag', lag, ITERATOR_AGE_ALARM_MS, 'Stream consumers are more than five minutes behind');
      widgets.push(new cloudwatch.GraphWidget({ title: 'Event stream: records in and consumer lag', left: [props.stream.metricIncomingRecords({ statistic: 'Sum' })], right: [lag] }));
    }
    if (props.deliveryStream) {
      const freshness = props.deliveryStream.metric('DeliveryToS3.DataFreshness', { period: Duration.minutes(5), statistic: 'Maximum' });
      alarm('delivery-delay', freshness, FIREHOSE_FRESHNESS_ALARM_SECONDS, 'Firehose has not delivered to bronze for 15 minutes');
      widgets.push(new cloudwatch.GraphWidget({ title: 'Delivery to bronze: age of oldest record (s)', left: [freshness] }));
    }
    if (props.workgroupName) {
      widgets.push(
        new cloudwatch.GraphWidget({
          title: 'Athena: bytes scanned',
          left: [new cloudwatch.Metric({ namespace: 'AWS/Athena', metricName: 'ProcessedBytes', dimensionsMap: { WorkGroup: props.workgroupName }, statistic: 'Sum', period: Duration.hours(1) })],
        }),
      );
    }
    for (let index = 0; index < widgets.length; index += 2) this.dashboard.addWidgets(...widgets.slice(index, index + 2));
  }
}
