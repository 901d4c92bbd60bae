/** `tpm-prep schema`: print the JSON Schema for story files. */
import { storyJsonSchema } from '../bank/json-schema.js';
import type { Io } from '../io.js';

export function schemaCommand(io: Io): number {
  io.stdout(JSON.stringify(storyJsonSchema(), null, 2) + '\n');
  return 0;
}
