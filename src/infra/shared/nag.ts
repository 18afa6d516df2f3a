import { Stack, Validations, type CfnElement } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';

/**
 * cdk-nag v3 findings are acknowledged through CDK's own `Validations.of(...).acknowledge`,
 * one exact finding id at a time (`AwsSolutions-IAM5[Action::s3:List*]`), on the narrowest
 * construct that causes it. Nothing here acknowledges a rule wholesale: each helper names
 * the findings a specific, reviewed pattern produces, with the reason a reviewer reads.
 */
export interface Finding {
  readonly id: string;
  readonly reason: string;
}

export function acknowledge(scope: IConstruct, ...findings: readonly Finding[]): void {
  for (const finding of findings) Validations.of(scope).acknowledge({ id: finding.id, reason: finding.reason });
}

/** How cdk-nag prints a token for a resource attribute, e.g. `<LakeBronzeBucket1A2B3C.Arn>`. */
export function nagAttribute(element: IConstruct, attribute: string): string {
  const stack = Stack.of(element);
  const cfn = (element.node.defaultChild ?? element) as CfnElement;
  return `<${stack.getLogicalId(cfn)}.${attribute}>`;
}

const GRANT_ACTIONS = {
  read: ['s3:GetObject*', 's3:GetBucket*', 's3:List*'],
  write: ['s3:DeleteObject*', 's3:Abort*'],
  put: ['s3:Abort*'],
} as const;

/**
 * The wildcard findings a `bucket.grantRead/grantWrite/grantReadWrite/grantPut(role)` leaves
 * on the role's policy: CDK's grant action groups, on this bucket's objects only.
 */
export function acknowledgeBucketGrant(principalScope: IConstruct, bucket: IBucket, access: 'read' | 'write' | 'read-write' | 'put', purpose: string): void {
  const actions = new Set<string>([
    ...(access === 'read' || access === 'read-write' ? GRANT_ACTIONS.read : []),
    ...(access === 'write' || access === 'read-write' ? GRANT_ACTIONS.write : []),
    ...(access === 'put' ? GRANT_ACTIONS.put : []),
  ]);
  const findings: Finding[] = [...actions].map((action) => ({
    id: `AwsSolutions-IAM5[Action::${action}]`,
    reason: `CDK grant action group (${action}) from bucket.grant*; the statement is limited to the ${bucket.node.id} bucket and its objects, which this role ${purpose}.`,
  }));
  findings.push({
    id: `AwsSolutions-IAM5[Resource::${nagAttribute(bucket, 'Arn')}/*]`,
    reason: `Object-level access to every key in the ${bucket.node.id} bucket, which this role ${purpose}; the bucket itself is the boundary.`,
  });
  acknowledge(principalScope, ...findings);
}

/** The wildcard findings of `key.grantEncryptDecrypt` / `grantEncrypt`: KMS's own action families on one key. */
export function acknowledgeKeyGrant(principalScope: IConstruct, access: 'encrypt' | 'encrypt-decrypt' | 'decrypt'): void {
  if (access === 'decrypt') return;
  acknowledge(
    principalScope,
    { id: 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]', reason: 'KMS data-key family from key.grantEncrypt*, limited to this stack\'s customer-managed key; needed to write SSE-KMS objects and records.' },
    { id: 'AwsSolutions-IAM5[Action::kms:ReEncrypt*]', reason: 'KMS re-encrypt family from key.grantEncrypt*, limited to this stack\'s customer-managed key.' },
  );
}
