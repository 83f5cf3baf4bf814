/**
 * Summary harness (DESIGN.md "Contracts"):
 *
 *   npm run --silent summarize -- [--sentences N] [--lang CODE] FILE...
 *
 * Prints one JSON line per file, `{"file","lang","summary":[...]}` with the sentences in
 * document order, or `{"file","error"}` when the file cannot be read; the run goes on.
 */
import { parseSummaryArgs, summarizeFile } from './lib/summary-cli';

async function main(): Promise<void> {
  const args = parseSummaryArgs(process.argv.slice(2));
  for (const file of args.files) {
    const line = await summarizeFile(file, args);
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
