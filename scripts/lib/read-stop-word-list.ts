import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { StopWordListReader } from '../../lib/summarize/load-stop-words';
import { PROJECT_ROOT } from '../harness/bench-paths';

/** Reads a stop-word list from the project's `public/` folder, as the built extension has it. */
export const readStopWordList: StopWordListReader = async (listPath) => {
  try {
    return await readFile(path.join(PROJECT_ROOT, 'public', listPath), 'utf8');
  } catch {
    return null;
  }
};
