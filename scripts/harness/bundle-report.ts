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
  const output = path.join(PROJECT_ROOT, '.output', 'chrome-mv3');
  const built = path.join(output, 'content-scripts');
  if (!existsSync(built)) return [...lines, '  .output/chrome-mv3/: not built (npm run build)'];
  // The script the popup and background inject to read a page, as the extension ships it
  // (the build also drops Readability's debug output, which the esbuild bundle above keeps).
  const files = ['extract.js', ...readdirSync(built).filter((n) => n.endsWith('.js')).sort().map((n) => `content-scripts/${n}`)];
  for (const file of files) {
    if (!existsSync(path.join(output, file))) continue;
    const size = statSync(path.join(output, file)).size;
    lines.push(`  .output/chrome-mv3/${file}: ${size} bytes (${(size / 1000).toFixed(2)} kB = ${kb(size)}), target 90 kB`);
  }
  return lines;
}
