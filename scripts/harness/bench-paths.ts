import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The project root (this file lives in `scripts/harness/`). `import.meta.dirname` is set by
 * Node and by Vitest; `import.meta.url` is not a file URL under Vitest's jsdom environment.
 */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The shared benchmark folder: `BENCH_DIR`, else `../shared/bench`, resolved against the
 * project root so the scripts and tests work from any working directory.
 */
export function benchDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(PROJECT_ROOT, env.BENCH_DIR ?? '../shared/bench');
}

/** True when the Zyte extraction set (pages plus ground truth) is present. */
export function hasExtractionBench(dir: string = benchDir()): boolean {
  return existsSync(path.join(dir, 'extraction', 'ground-truth.json'));
}
