import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from './request-body';

/**
 * A local stand-in for the AWS calls `lakewise deploy` and `lakewise destroy` make, speaking
 * their wire protocols so the real SDK clients and the CDK toolkit reach it through
 * `AWS_ENDPOINT_URL`:
 * - CloudFormation ListStackResources, DescribeStacks, DescribeStackEvents and DeleteStack,
 *   and STS GetCallerIdentity (AWS Query protocol: form POST, XML answer). A stack exists
 *   once ListStackResources was asked about it, until DeleteStack;
 * - S3 ListObjectVersions and DeleteObjects (REST XML, path-style buckets).
 * Every other call is answered with an error and recorded, so a test sees what reached "AWS".
 */

export interface StoredVersion {
  readonly key: string;
  readonly versionId: string;
  /** A delete marker rather than an object version. */
  readonly deleteMarker?: boolean;
}

export interface LocalAwsServer {
  readonly endpoint: string;
  /** Bucket name → what it holds now. */
  readonly buckets: Map<string, StoredVersion[]>;
  /** Stack names ListStackResources was asked about, in order. */
  readonly stacksListed: string[];
  /** `METHOD path?query` (or the query API's Action) of every request, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

const ACCOUNT = '123456789012';

/** S3 answers at most this many versions per ListObjectVersions page, as AWS does. */
const PAGE_SIZE = 1000;

const xmlText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function listStackResources(buckets: Map<string, StoredVersion[]>): string {
  const members = [...buckets.keys()]
    .map(
      (bucket, index) =>
        `<member><LogicalResourceId>bucket${index}</LogicalResourceId><PhysicalResourceId>${xmlText(bucket)}</PhysicalResourceId><ResourceType>AWS::S3::Bucket</ResourceType><LastUpdatedTimestamp>2026-12-01T00:00:00Z</LastUpdatedTimestamp><ResourceStatus>CREATE_COMPLETE</ResourceStatus></member>`,
    )
    .join('');
  const key = `<member><LogicalResourceId>key</LogicalResourceId><PhysicalResourceId>0000-key</PhysicalResourceId><ResourceType>AWS::KMS::Key</ResourceType><LastUpdatedTimestamp>2026-12-01T00:00:00Z</LastUpdatedTimestamp><ResourceStatus>CREATE_COMPLETE</ResourceStatus></member>`;
  return `<ListStackResourcesResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><ListStackResourcesResult><StackResourceSummaries>${members}${key}</StackResourceSummaries></ListStackResourcesResult><ResponseMetadata><RequestId>local</RequestId></ResponseMetadata></ListStackResourcesResponse>`;
}

function listObjectVersions(bucket: string, versions: readonly StoredVersion[], keyMarker: string | null, versionIdMarker: string | null): string {
  let start = 0;
  if (keyMarker !== null) start = versions.findIndex((entry) => entry.key === keyMarker && entry.versionId === versionIdMarker) + 1;
  const page = versions.slice(start, start + PAGE_SIZE);
  const truncated = start + PAGE_SIZE < versions.length;
  const last = page.at(-1);
  const entries = page
    .map((entry) =>
      entry.deleteMarker
        ? `<DeleteMarker><Key>${xmlText(entry.key)}</Key><VersionId>${entry.versionId}</VersionId><IsLatest>true</IsLatest></DeleteMarker>`
        : `<Version><Key>${xmlText(entry.key)}</Key><VersionId>${entry.versionId}</VersionId><IsLatest>false</IsLatest><Size>1</Size></Version>`,
    )
    .join('');
  const next = truncated && last ? `<NextKeyMarker>${xmlText(last.key)}</NextKeyMarker><NextVersionIdMarker>${last.versionId}</NextVersionIdMarker>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?><ListVersionsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${xmlText(bucket)}</Name><IsTruncated>${truncated}</IsTruncated>${next}<MaxKeys>${PAGE_SIZE}</MaxKeys>${entries}</ListVersionsResult>`;
}

function deleteObjects(versions: StoredVersion[], requestXml: string): { remaining: StoredVersion[]; deletedXml: string } {
  const doomed = new Set<string>();
  for (const match of requestXml.matchAll(/<Object><Key>([^<]*)<\/Key>(?:<VersionId>([^<]*)<\/VersionId>)?<\/Object>/g)) doomed.add(`${match[1]}\u0000${match[2] ?? ''}`);
  const remaining = versions.filter((entry) => !doomed.has(`${xmlText(entry.key)}\u0000${entry.versionId}`));
  return { remaining, deletedXml: `<?xml version="1.0" encoding="UTF-8"?><DeleteResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"></DeleteResult>` };
}

const queryError = (code: string, message: string) =>
  `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${xmlText(message)}</Message></Error><RequestId>local</RequestId></ErrorResponse>`;

export async function startLocalAwsServer(buckets: Map<string, StoredVersion[]>): Promise<LocalAwsServer> {
  const stacksListed: string[] = [];
  const deletedStacks: string[] = [];
  const requests: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const text = await readBody(request);
    const xml = (status: number, payload: string) => {
      response.writeHead(status, { 'content-type': 'text/xml' });
      response.end(payload);
    };
    if (request.method === 'POST' && url.pathname === '/' && (request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
      const form = new URLSearchParams(text);
      const action = form.get('Action') ?? '';
      requests.push(action);
      if (action === 'ListStackResources') {
        stacksListed.push(form.get('StackName') ?? '');
        return xml(200, listStackResources(buckets));
      }
      if (action === 'GetCallerIdentity') {
        return xml(200, `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::${ACCOUNT}:user/lakewise-test</Arn><UserId>AIDALOCALTEST</UserId><Account>${ACCOUNT}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>local</RequestId></ResponseMetadata></GetCallerIdentityResponse>`);
      }
      if (action === 'DescribeStacks') {
        const name = form.get('StackName') ?? '';
        if (deletedStacks.includes(name) || !stacksListed.includes(name)) return xml(400, queryError('ValidationError', `Stack with id ${name} does not exist`));
        return xml(200, `<DescribeStacksResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><DescribeStacksResult><Stacks><member><StackName>${xmlText(name)}</StackName><StackId>arn:aws:cloudformation:sa-east-1:${ACCOUNT}:stack/${xmlText(name)}/local</StackId><StackStatus>CREATE_COMPLETE</StackStatus><CreationTime>2026-12-01T00:00:00Z</CreationTime></member></Stacks></DescribeStacksResult><ResponseMetadata><RequestId>local</RequestId></ResponseMetadata></DescribeStacksResponse>`);
      }
      if (action === 'DescribeStackEvents') {
        return xml(200, `<DescribeStackEventsResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><DescribeStackEventsResult><StackEvents></StackEvents></DescribeStackEventsResult><ResponseMetadata><RequestId>local</RequestId></ResponseMetadata></DescribeStackEventsResponse>`);
      }
      if (action === 'DeleteStack') {
        deletedStacks.push(form.get('StackName') ?? '');
        return xml(200, `<DeleteStackResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><ResponseMetadata><RequestId>local</RequestId></ResponseMetadata></DeleteStackResponse>`);
      }
      return xml(400, queryError('InvalidAction', `${action} is not served by the local test server`));
    }
    const bucket = decodeURIComponent(url.pathname.split('/')[1] ?? '');
    requests.push(`${request.method} ${url.pathname}${url.search}`);
    const versions = buckets.get(bucket);
    if (versions === undefined) return xml(404, `<Error><Code>NoSuchBucket</Code><Message>no bucket ${xmlText(bucket)}</Message></Error>`);
    if (request.method === 'GET' && url.searchParams.has('versions')) {
      return xml(200, listObjectVersions(bucket, versions, url.searchParams.get('key-marker'), url.searchParams.get('version-id-marker')));
    }
    if (request.method === 'POST' && url.searchParams.has('delete')) {
      const { remaining, deletedXml } = deleteObjects(versions, text);
      buckets.set(bucket, remaining);
      return xml(200, deletedXml);
    }
    return xml(501, `<Error><Code>NotImplemented</Code><Message>${xmlText(`${request.method} ${url.pathname}${url.search}`)} is not served by the local test server</Message></Error>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    buckets,
    stacksListed,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
