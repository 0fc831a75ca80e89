// npm run classify -- <answers.json> [--today YYYY-MM-DD]
// Prints the engine's result as JSON. Any problem ends with one plain line on stderr and a
// non-zero exit code, never a stack trace: the people who run this are not always developers.
import { readFileSync } from 'node:fs';

const USAGE = 'usage: npm run classify -- <answers.json> [--today YYYY-MM-DD]';

function fail(message: string, code = 1): never {
  process.stderr.write(`semaforo-ia: ${message}\n`);
  process.exit(code);
}

async function main(args: string[]) {
  // The data files are checked as the build checks them: a malformed one is reported, never used.
  const { checkDataFiles } = await import('../questionnaire/checkData');
  try {
    checkDataFiles();
  } catch (e) {
    fail((e as Error).message.split('\n')[0]!);
  }
  const { content } = await import('../questionnaire/content');
  const { migrations } = await import('../questionnaire/migrations');
  const { classify, isoDate, parseAnswersFile } = await import('../engine');
  let today = isoDate(new Date());
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--today') today = args[++i] ?? fail(`--today needs a date\n${USAGE}`, 2);
    else if (arg.startsWith('--today=')) today = arg.slice('--today='.length);
    else if (arg.startsWith('-')) fail(`unknown option ${arg}\n${USAGE}`, 2);
    else files.push(arg);
  }
  if (files.length !== 1) fail(USAGE, 2);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) fail(`--today: expected a date as YYYY-MM-DD, got "${today}"`, 2);
  const file = files[0]!;

  let text: string;
  try {
    // Decoded as the browser reads an imported file (Blob.text()): a UTF-8 byte order mark, as
    // Notepad writes, is dropped instead of failing JSON.parse.
    text = new TextDecoder('utf-8').decode(readFileSync(file));
  } catch (e) {
    fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const parsed = parseAnswersFile(content, text, migrations);
  if (!parsed.ok) fail(`${file}: ${parsed.error}`);
  // A file of an older questionnaire is carried over; what was dropped goes to stderr, so the
  // output stays the engine's result alone.
  const m = parsed.migration;
  if (m) {
    const dropped = m.dropped.map((d) => `${d.questionId}=${d.value} (${d.reason})`).join(', ') || 'none';
    process.stderr.write(`semaforo-ia: ${file}: questionnaire ${m.from} carried over to ${m.to}; answers dropped: ${dropped}\n`);
  }
  process.stdout.write(`${JSON.stringify(classify(content, parsed.answers, { today }), null, 2)}\n`);
}

main(process.argv.slice(2)).catch((e: unknown) => fail(`unexpected error: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`));
