import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { ServiceId } from '../../src/core/catalog/services';
import { ADVISOR_SHAPES, removeSyntheses, resourcesOf, shapeInputs, synthesize } from './support/synth';

/**
 * The CloudFormation resource that proves a model component was deployed. Services a
 * stack cannot create (physical devices, desktop tools) must appear as plan notes instead.
 */
const EVIDENCE: Partial<Record<ServiceId, string>> = {
  'kinesis-data-streams': 'AWS::Kinesis::Stream',
  'data-firehose': 'AWS::KinesisFirehose::DeliveryStream',
  'managed-flink': 'AWS::KinesisAnalyticsV2::Application',
  'kinesis-video-streams': 'AWS::KinesisVideo::Stream',
  msk: 'AWS::MSK::ServerlessCluster',
  dms: 'AWS::DMS::Endpoint',
  s3: 'AWS::S3::Bucket',
  'lake-formation': 'AWS::LakeFormation::DataLakeSettings',
  redshift: 'AWS::RedshiftServerless::Workgroup',
  dynamodb: 'AWS::DynamoDB::GlobalTable',
  rds: 'AWS::RDS::DBInstance',
  aurora: 'AWS::RDS::DBCluster',
  opensearch: 'AWS::OpenSearchService::Domain',
  glue: 'AWS::Glue::Job',
  'glue-data-catalog': 'AWS::Glue::Database',
  emr: 'AWS::EMRServerless::Application',
  athena: 'AWS::Athena::WorkGroup',
  quicksight: 'AWS::QuickSight::DataSource',
  sagemaker: 'AWS::SageMaker::NotebookInstance',
  macie: 'AWS::Macie::CustomDataIdentifier',
  cloudwatch: 'AWS::CloudWatch::Dashboard',
  lambda: 'AWS::Lambda::Function',
  'step-functions': 'AWS::StepFunctions::StateMachine',
  sqs: 'AWS::SQS::Queue',
  eventbridge: 'AWS::Events::Rule',
};

interface ValidationReport {
  readonly pluginReports: readonly { readonly pluginName: string; readonly violations: readonly { readonly ruleName: string; readonly severity?: string }[] }[];
}

afterAll(removeSyntheses);

describe.each(ADVISOR_SHAPES)('%s', (shape) => {
  test('synthesizes with cdk-nag AwsSolutions and CloudFormation validation leaving no unacknowledged finding', async () => {
    const inputs = await shapeInputs(shape);
    // synthesize() throws on any unacknowledged cdk-nag finding or CloudFormation schema error.
    const built = synthesize(inputs.model, inputs.answers, inputs.estimate.totals.expectedUsd, inputs);
    const reportPath = join(built.outdir, 'validation-report.json');
    const report: ValidationReport = existsSync(reportPath) ? JSON.parse(readFileSync(reportPath, 'utf8')) : { pluginReports: [] };
    const remaining = report.pluginReports.flatMap((plugin) => plugin.violations.map((violation) => `${plugin.pluginName} ${violation.ruleName} (${violation.severity ?? 'error'})`));
    expect(remaining).toEqual([]);

    // The budget is the estimate's monthly total, to the cent.
    const [[, budget]] = resourcesOf(built.template, 'AWS::Budgets::Budget') as [[string, { Properties: { Budget: { BudgetLimit: { Amount: number } } } }]];
    expect(budget.Properties.Budget.BudgetLimit.Amount.toFixed(2)).toBe(inputs.estimate.totals.expectedUsd);

    // Every component of the model is deployed, or explained in a note.
    const noted = new Set(built.plan.notes.map((note) => note.serviceId));
    for (const component of inputs.model.components) {
      const type = EVIDENCE[component.serviceId];
      if (type === undefined) {
        if (component.serviceId === 's3-glacier') {
          expect(JSON.stringify(built.template.toJSON()), component.id).toContain('"archive-then-expire-raw"');
        } else if (component.serviceId === 'redshift-spectrum') {
          expect(built.plan.services.has('redshift') || noted.has('redshift-spectrum'), component.id).toBe(true);
        } else {
          expect(noted.has(component.serviceId), `${component.id} has neither resources nor a note`).toBe(true);
        }
        continue;
      }
      expect(resourcesOf(built.template, type).length, `${component.id} → ${type}`).toBeGreaterThan(0);
    }
  });
});
