/** A problem with how the tool was called, its config, or the files it reads: exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
