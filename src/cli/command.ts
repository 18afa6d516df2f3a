/** Where a command writes; tests pass their own to capture output. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface CliCommand {
  /** Returns the process exit code: 0 success, 1 bad input, 2 bad usage. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}
