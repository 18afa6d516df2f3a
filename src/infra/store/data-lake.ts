import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledge } from '../shared/nag';

export const LAKE_ZONES = ['bronze', 'silver', 'gold'] as const;
export type LakeZone = (typeof LAKE_ZONES)[number];

export interface DataLakeProps {
  /** Encrypts every zone and the query results (SSE-KMS with an S3 bucket key). */
  readonly key: kms.IKey;
  /** Days raw objects stay queryable in bronze (and silver, which is derived from it). */
  readonly queryableDays: number;
  /** Archive bronze instead of deleting it: storage class and days in the archive. */
  readonly archive?: { readonly storageClass: 'DEEP_ARCHIVE' | 'GLACIER'; readonly days: number };
}

/** Old object versions are kept this long so an overwrite or delete can be undone. */
const NONCURRENT_VERSION_DAYS = 30;
/** Query results are working files: a week is enough to re-download one. */
const QUERY_RESULT_DAYS = 7;

/**
 * The medallion lake: bronze (as received), silver (typed, checked), gold (aggregates),
 * plus a bucket for Athena results and one for S3 server access logs. Every bucket blocks
 * public access, accepts TLS only, is versioned and logs its access.
 */
export class DataLake extends Construct {
  readonly zones: Readonly<Record<LakeZone, s3.Bucket>>;
  readonly queryResults: s3.Bucket;
  readonly accessLogs: s3.Bucket;

  constructor(scope: Construct, id: string, props: DataLakeProps) {
    super(scope, id);
    this.accessLogs = new s3.Bucket(this, 'access-logs', {
      // S3 delivers server access logs only to buckets encrypted with S3-managed keys.
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: RemovalPolicy.DESTROY,
      lifecycleRules: [
        { id: 'expire-access-logs', expiration: Duration.days(props.queryableDays), noncurrentVersionExpiration: Duration.days(NONCURRENT_VERSION_DAYS) },
      ],
    });
    acknowledge(this.accessLogs, {
      id: 'AwsSolutions-S1',
      reason: 'This is the server access log bucket for the other buckets; logging it to itself would loop. Access to it is limited by its bucket policy.',
    });

    const zoneBucket = (zone: LakeZone | 'query-results', lifecycleRules: s3.LifecycleRule[]) =>
      new s3.Bucket(this, zone, {
        encryption: s3.BucketEncryption.KMS,
        encryptionKey: props.key,
        bucketKeyEnabled: true,
        blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
        enforceSSL: true,
        versioned: true,
        objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
        serverAccessLogsBucket: this.accessLogs,
        serverAccessLogsPrefix: `${zone}/`,
        removalPolicy: RemovalPolicy.DESTROY,
        lifecycleRules: [
          { id: 'housekeeping', abortIncompleteMultipartUploadAfter: Duration.days(7), noncurrentVersionExpiration: Duration.days(NONCURRENT_VERSION_DAYS) },
          ...lifecycleRules,
        ],
      });

    const bronzeRules: s3.LifecycleRule[] = props.archive
      ? [
          {
            id: 'archive-then-expire-raw',
            transitions: [{ storageClass: props.archive.storageClass === 'GLACIER' ? s3.StorageClass.GLACIER : s3.StorageClass.DEEP_ARCHIVE, transitionAfter: Duration.days(props.queryableDays) }],
            expiration: Duration.days(props.queryableDays + props.archive.days),
          },
        ]
      : [{ id: 'expire-raw', expiration: Duration.days(props.queryableDays) }];
    this.zones = {
      bronze: zoneBucket('bronze', bronzeRules),
      silver: zoneBucket('silver', [{ id: 'expire-with-raw-history', expiration: Duration.days(props.queryableDays) }]),
      // Gold holds small curated aggregates the business keeps; it has no expiry.
      gold: zoneBucket('gold', []),
    };
    this.queryResults = zoneBucket('query-results', [{ id: 'expire-query-results', expiration: Duration.days(QUERY_RESULT_DAYS) }]);
  }
}
