/**
 * `npm run --silent extract -- [--baseline] [--force] FILE...` — the extraction contract of
 * DESIGN.md: each saved page (.html or .html.gz) is loaded in headless Chromium with page
 * scripts off and no network, at its canonical / og:url (else http://127.0.0.1/<file name>,
 * see scripts/harness/page-url.ts), and the bundled pipeline runs on it. One JSON line per
 * file on stdout; diagnostics go to stderr.
 *
 * --baseline  plain @mozilla/readability 0.6.0, default options, instead of our pipeline
 * --force     skip the readerable check (our pipeline only; "Show it anyway")
 * --timeout S per-file limit in seconds (default 30): load plus extraction
 */
import { BrowserSession, type PageCall } from './harness/browser-session';
import { bundlePageEntry } from './harness/bundle';
import { DEFAULT_TIMEOUT_MS, extractFile } from './harness/extract-files';
import { toExtractLine } from './harness/page-result';

const USAGE = 'usage: npm run --silent extract -- [--baseline] [--force] [--timeout SECONDS] FILE...\n';

function parseArgs(argv: string[]) {
  const files: string[] = [];
  let baseline = false;
  let force = false;
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--baseline') baseline = true;
    else if (arg === '--timeout') {
      timeoutMs = Number(argv[++i]) * 1000;
      if (!(timeoutMs > 0)) throw new Error('--timeout needs a number of seconds');
    }
    else if (arg === '--force') force = true;
    else if (arg === '--') continue;
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else files.push(arg);
  }
  return { files, baseline, force, timeoutMs };
}

function writeLine(line: unknown): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(`${JSON.stringify(line)}\n`)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.files.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  const bundle = await bundlePageEntry(args.baseline ? 'baseline' : 'ours');
  const expression = args.baseline ? `${bundle.globalName}.run()` : `${bundle.globalName}.run(${args.force})`;
  const calls: PageCall[] = [{ bundle, expression }];
  const session = await BrowserSession.launch();
  try {
    for (const file of args.files) {
      const outcome = await extractFile(session, { file }, calls, args.timeoutMs);
      await writeLine(toExtractLine(file, outcome.results[0]!));
    }
  } finally {
    await session.close();
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`extract: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
