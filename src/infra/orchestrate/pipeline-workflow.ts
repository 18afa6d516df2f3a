import { Aws, Duration } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
import type { GluePipeline } from '../process/glue-pipeline';
import type { SparkServerless } from '../process/spark-serverless';
import { encryptedLogGroup } from '../shared/log-groups';
import { acknowledge, nagAttribute } from '../shared/nag';

export interface PipelineWorkflowProps {
  /** Lands a fresh sample batch in bronze before the run. */
  readonly generator: lambda.IFunction;
  /** Transform with Glue… */
  readonly glue?: GluePipeline;
  /** …or with EMR Serverless when the model chose it instead of Glue. */
  readonly spark?: SparkServerless;
  readonly logKey: kms.IKey;
}

/**
 * AWS Step Functions workflow for one pipeline run: generate sample data, bronze → silver,
 * silver → gold, then refresh the catalog. Every event is logged and traced.
 */
export class PipelineWorkflow extends Construct {
  readonly stateMachine: sfn.StateMachine;

  constructor(scope: Construct, id: string, props: PipelineWorkflowProps) {
    super(scope, id);
    const generate = new tasks.LambdaInvoke(this, 'generate-sample', { lambdaFunction: props.generator, payload: sfn.TaskInput.fromObject({}), resultPath: sfn.JsonPath.DISCARD });
    let chain: sfn.IChainable & sfn.INextable = generate;
    const next = (state: sfn.IChainable & sfn.INextable) => {
      (chain as sfn.INextable).next(state);
      chain = state;
    };
    if (props.glue) {
      next(new tasks.GlueStartJobRun(this, 'bronze-to-silver', { glueJobName: props.glue.silverJob.ref, integrationPattern: sfn.IntegrationPattern.RUN_JOB, resultPath: sfn.JsonPath.DISCARD }));
      next(new tasks.GlueStartJobRun(this, 'silver-to-gold', { glueJobName: props.glue.goldJob.ref, integrationPattern: sfn.IntegrationPattern.RUN_JOB, resultPath: sfn.JsonPath.DISCARD }));
      for (const [stateId, crawler] of [['crawl-silver', props.glue.silverCrawler], ['crawl-gold', props.glue.goldCrawler]] as const) {
        next(
          new tasks.CallAwsService(this, stateId, {
            service: 'glue',
            action: 'startCrawler',
            parameters: { Name: crawler.ref },
            iamResources: [`arn:${Aws.PARTITION}:glue:${Aws.REGION}:${Aws.ACCOUNT_ID}:crawler/${crawler.ref}`],
            resultPath: sfn.JsonPath.DISCARD,
          }),
        );
      }
    } else if (props.spark) {
      const spark = props.spark;
      for (const stage of ['silver', 'gold'] as const) {
        next(
          new tasks.CallAwsService(this, `spark-${stage}`, {
            service: 'emrserverless',
            action: 'startJobRun',
            iamAction: 'emr-serverless:StartJobRun',
            parameters: {
              ApplicationId: spark.application.attrApplicationId,
              ExecutionRoleArn: spark.jobRole.roleArn,
              ClientToken: sfn.JsonPath.format(`{}-${stage}`, sfn.JsonPath.executionName),
              JobDriver: spark.jobDriver(stage),
            },
            iamResources: [spark.application.attrArn],
            resultPath: sfn.JsonPath.DISCARD,
          }),
        );
      }
    }
    this.stateMachine = new sfn.StateMachine(this, 'state-machine', {
      definitionBody: sfn.DefinitionBody.fromChainable(generate),
      timeout: Duration.hours(3),
      tracingEnabled: true,
      logs: { destination: encryptedLogGroup(this, 'log', props.logKey), level: sfn.LogLevel.ALL, includeExecutionData: false },
    });
    if (props.spark) props.spark.jobRole.grantPassRole(this.stateMachine.role);
    acknowledge(
      this.stateMachine.role,
      { id: `AwsSolutions-IAM5[Resource::${nagAttribute(props.generator, 'Arn')}:*]`, reason: 'Step Functions\' Lambda integration invokes any version or alias of this one generator function.' },
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'X-Ray (PutTraceSegments, PutTelemetryRecords, GetSampling*) and CloudWatch Logs delivery (logs:*LogDelivery, DescribeLogGroups…) APIs have no resource-level permissions; AWS documents "*" as the only valid resource for them.',
      },
    );
  }
}
