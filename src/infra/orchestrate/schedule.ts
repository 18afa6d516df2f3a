import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';

export interface PipelineScheduleProps {
  /** Minutes between runs (1440 ÷ ETL runs per day the estimate priced). */
  readonly everyMinutes: number;
  /** Start the workflow… */
  readonly stateMachine?: sfn.IStateMachine;
  /** …or, without one, invoke the sample generator so data keeps arriving. */
  readonly generator: lambda.IFunction;
}

/** Amazon EventBridge schedule that starts a pipeline run as often as the estimate assumed. */
export class PipelineSchedule extends Construct {
  readonly rule: events.Rule;

  constructor(scope: Construct, id: string, props: PipelineScheduleProps) {
    super(scope, id);
    this.rule = new events.Rule(this, 'rule', {
      description: `Lakewise pipeline run every ${props.everyMinutes} minutes`,
      schedule: events.Schedule.rate(Duration.minutes(props.everyMinutes)),
      targets: [props.stateMachine ? new targets.SfnStateMachine(props.stateMachine) : new targets.LambdaFunction(props.generator)],
    });
  }
}
