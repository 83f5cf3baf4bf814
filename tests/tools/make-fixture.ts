/**
 * Writes the golden outputs of fixture pages: `expected.json` (title, byline, siteName, lang,
 * dir, text, wordCount — or `{reason}` for a page that must fail) and `expected.html` (the
 * sanitized article HTML).
 *
 *   npx tsx tests/tools/make-fixture.ts <slug>... | --all [--accept] [--print]
 *
 * A golden is only written when the output meets the page's `meta.json` expectations, so
 * clutter or lost paragraphs are never blessed by accident; `--accept` writes it anyway (use
 * it only after reading the output). `--print` shows the text for review.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../../lib/extract/extract-article';
import { expectationFailures, goldenOf, listFixtureSlugs, loadFixture, STOPPED_CLOCK } from '../helpers/load-fixture';

async function makeOne(slug: string, accept: boolean, print: boolean): Promise<boolean> {
  const fixture = loadFixture(slug);
  const result = await extractArticle(fixture.doc, {
    url: fixture.meta.url,
    force: fixture.meta.force,
    now: STOPPED_CLOCK,
  });
  const failures = expectationFailures(result, fixture.meta.expect);
  if (print) {
    console.log(`===== ${slug}`);
    console.log(JSON.stringify({ ...goldenOf(result), text: undefined }, null, 2));
    if (result.ok) console.log(result.article.text);
  }
  for (const failure of failures) console.log(`${slug}: ${failure}`);
  if (failures.length > 0 && !accept) {
    console.log(`${slug}: golden NOT written (fails its meta.json expectations)`);
    return false;
  }
  writeFileSync(path.join(fixture.folder, 'expected.json'), `${JSON.stringify(goldenOf(result), null, 2)}\n`);
  if (result.ok) writeFileSync(path.join(fixture.folder, 'expected.html'), `${result.article.html}\n`);
  console.log(`${slug}: golden written${failures.length > 0 ? ' (accepted despite failures)' : ''}`);
  return failures.length === 0;
}

async function main(args: string[]): Promise<void> {
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  const named = args.filter((a) => !a.startsWith('--'));
  const slugs = flags.has('--all') ? listFixtureSlugs() : named;
  if (slugs.length === 0) {
    console.error('usage: npx tsx tests/tools/make-fixture.ts <slug>... | --all [--accept] [--print]');
    process.exit(2);
  }
  let allGood = true;
  for (const slug of slugs) {
    if (!(await makeOne(slug, flags.has('--accept'), flags.has('--print')))) allGood = false;
  }
  process.exitCode = allGood ? 0 : 1;
}

await main(process.argv.slice(2));
