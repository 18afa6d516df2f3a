import { BaseCredentials, Toolkit, type IIoHost, type IoMessage, type IoRequest } from '@aws-cdk/toolkit-lib';
import type { CliIo } from '../cli/command';

/** Toolkit requests Lakewise has already put to the user itself (deploy and destroy confirmations). */
const CONFIRMED_BY_LAKEWISE = new Set(['CDK_TOOLKIT_I5060', 'CDK_TOOLKIT_I7010']);

/**
 * Routes the CDK toolkit's messages to the CLI's output: results and progress to stdout,
 * warnings and errors to stderr, debug chatter nowhere. Confirmations the toolkit asks for
 * are answered "yes" only for the deploy/destroy question Lakewise already asked the user.
 */
export function cliIoHost(io: CliIo): IIoHost {
  return {
    async notify(message: IoMessage<unknown>) {
      if (message.level === 'debug' || message.level === 'trace') return;
      const text = `${message.message}\n`;
      if (message.level === 'error' || message.level === 'warn') io.stderr(text);
      else io.stdout(text);
    },
    async requestResponse<T>(request: IoRequest<unknown, T>): Promise<T> {
      if (CONFIRMED_BY_LAKEWISE.has(request.code)) return true as T;
      return request.defaultResponse;
    },
  };
}

export function createToolkit(io: CliIo, profile?: string): Toolkit {
  return new Toolkit({
    ioHost: cliIoHost(io),
    color: false,
    emojis: false,
    sdkConfig: profile ? { baseCredentials: BaseCredentials.awsCliCompatible({ profile }) } : undefined,
  });
}
