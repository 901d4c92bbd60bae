/** The process edge, handed to commands so the commands themselves stay testable. */
export interface Io {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly isTTY: boolean;
  /** The terminal's width, when standard output is a terminal; undefined when it is piped or a file. */
  readonly columns?: number;
}

export function processIo(): Io {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => void (text && process.stdout.write(text)),
    stderr: (text) => void (text && process.stderr.write(text)),
    isTTY: Boolean(process.stdout.isTTY),
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  };
}
