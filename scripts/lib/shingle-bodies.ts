import { readFileSync } from 'node:fs';

/** One page's article body, keyed by page id, as the benchmark's JSON files store it. */
export type Bodies = Record<string, { articleBody?: string; url?: string }>;

/**
 * Reads a benchmark JSON file of bodies: either `{"<id>": {"articleBody"}}` or the upstream
 * wrapped form `{"version", "output": {"<id>": ...}}`.
 */
export function readBodies(file: string): Bodies {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Bodies | { output: Bodies };
  return 'output' in data && typeof data.output === 'object' ? (data.output as Bodies) : (data as Bodies);
}
