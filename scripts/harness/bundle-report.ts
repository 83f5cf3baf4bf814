import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PROJECT_ROOT } from './bench-paths';
import { PAGE_ENTRIES, type PageBundle } from './bundle';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Sizes of the pipeline bundle and, when the extension is built, of its content scripts. */
export function bundleReport(ours: PageBundle): string[] {
  const gz = gzipSync(ours.code).length;
  const lines = [
    'Content-script bundle',
    `  ${PAGE_ENTRIES.ours.file} (esbuild, minified): ${ours.bytes} bytes (${kb(ours.bytes)}), ${gz} bytes gzipped`,
  ];
  const built = path.join(PROJECT_ROOT, '.output', 'chrome-mv3', 'content-scripts');
  if (!existsSync(built)) return [...lines, '  .output/chrome-mv3/content-scripts/: not built'];
  for (const name of readdirSync(built).filter((n) => n.endsWith('.js')).sort()) {
    const size = statSync(path.join(built, name)).size;
    lines.push(`  .output/chrome-mv3/content-scripts/${name}: ${size} bytes (${kb(size)})`);
  }
  return lines;
}
