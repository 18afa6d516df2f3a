import { defaultProvider } from '@aws-sdk/credential-provider-node';

export type CredentialCheck =
  | { readonly ok: true; readonly source: string }
  | { readonly ok: false; readonly message: string };

/**
 * Looks for AWS credentials the way the AWS SDK and CLI do (environment variables, the
 * shared config and credentials files with `--profile` / AWS_PROFILE, SSO, web identity,
 * credential_process), without asking the EC2 instance metadata service: on a laptop that
 * lookup only times out, and Lakewise deploys with the user's own credentials anyway.
 * Nothing is sent to AWS; only whether credentials resolve is checked.
 */
export async function findCredentials(profile?: string): Promise<CredentialCheck> {
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
  try {
    const credentials = await defaultProvider(profile ? { profile } : {})();
    const source = process.env.AWS_ACCESS_KEY_ID === credentials.accessKeyId ? 'environment variables' : `profile ${profile ?? process.env.AWS_PROFILE ?? 'default'}`;
    return { ok: true, source };
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      ok: false,
      message: [
        'No AWS credentials found, so nothing was deployed or changed.',
        `Looked in: AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, ${profile ? `profile "${profile}"` : 'AWS_PROFILE or the default profile'} in ~/.aws/config and ~/.aws/credentials, SSO and web identity (the EC2 metadata service is skipped).`,
        `The SDK said: ${detail}`,
        'Lakewise deploys with your own credentials: run `aws configure` or `aws sso login` (or pass --profile <name>), then try again.',
      ].join('\n'),
    };
  }
}
