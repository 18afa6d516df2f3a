import { RemovalPolicy } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

/** How long pipeline logs are kept: long enough to investigate last month's run. */
export const LOG_RETENTION = logs.RetentionDays.THREE_MONTHS;

/** A log group encrypted with the operations key and removed with the stack. */
export function encryptedLogGroup(scope: Construct, id: string, key: kms.IKey, logGroupName?: string): logs.LogGroup {
  return new logs.LogGroup(scope, id, {
    logGroupName,
    encryptionKey: key,
    retention: LOG_RETENTION,
    removalPolicy: RemovalPolicy.DESTROY,
  });
}
