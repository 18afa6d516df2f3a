import * as dms from 'aws-cdk-lib/aws-dms';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledgeBucketGrant, acknowledgeKeyGrant } from '../shared/nag';

export interface DatabaseCaptureProps {
  readonly bronze: s3.IBucket;
  /** The key bronze is encrypted with; DMS writes SSE-KMS objects with it. */
  readonly key: kms.IKey;
}

/**
 * AWS DMS target side: an S3 endpoint writing full loads and changes into bronze as CSV
 * (under `dms/`), and the role DMS assumes to do it. The source endpoint and the task need
 * the customer's database address and credentials, so they are added once those exist.
 */
export class DatabaseCapture extends Construct {
  readonly targetEndpoint: dms.CfnEndpoint;
  readonly accessRole: iam.Role;

  constructor(scope: Construct, id: string, props: DatabaseCaptureProps) {
    super(scope, id);
    this.accessRole = new iam.Role(this, 'access-role', {
      assumedBy: new iam.ServicePrincipal('dms.amazonaws.com'),
      description: 'Lakewise: lets AWS DMS write captured tables into the bronze zone',
    });
    props.bronze.grantReadWrite(this.accessRole);
    acknowledgeBucketGrant(this.accessRole, props.bronze, 'read-write', 'writes captured tables to (DMS lists and replaces its own files)');
    acknowledgeKeyGrant(this.accessRole, 'encrypt-decrypt');
    this.targetEndpoint = new dms.CfnEndpoint(this, 'target', {
      endpointType: 'target',
      engineName: 's3',
      s3Settings: {
        bucketName: props.bronze.bucketName,
        bucketFolder: 'dms',
        serviceAccessRoleArn: this.accessRole.roleArn,
        encryptionMode: 'SSE_KMS',
        serverSideEncryptionKmsKeyId: props.key.keyArn,
        dataFormat: 'csv',
        addColumnName: true,
        includeOpForFullLoad: true,
        timestampColumnName: 'captured_at',
      },
    });
  }
}
