// `contact-audit init [file]` (alias `interview`): ask the questionnaire (src/interview), write
// the organisation file atomically, audit it and show the score. Nothing is lost: the answers go
// to a draft beside the target after each one; Ctrl-C or a closed terminal keep it and exit 130;
// `--resume` continues it. Without a terminal, answers come from `--answers FILE`.
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYamlText } from 'yaml';
import { auditOrganisation } from '../engine/audit-organisation.js';
import { loadRuleSet } from '../engine/rule-set.js';
import { closestMatch } from '../load/closest-match.js';
import { loadOrganisation } from '../load/load-organisation.js';
import type { Lang } from '../model/rule.js';
import { answersFromOrganisation } from '../interview/answers-from-organisation.js';
import { createAnswersPrompter } from '../interview/answers-prompter.js';
import { buildOrganisation, type Carry } from '../interview/build-organisation.js';
import { formatQuestionList, matchesQuestionId } from '../interview/describe-questions.js';
import { draftPathFor, parseDraft, serialiseDraft, type Draft } from '../interview/draft.js';
import { interviewTexts } from '../interview/interview-texts.js';
import type { Prompter } from '../interview/prompter.js';
import { allQuestions, type Answers, type Question } from '../interview/questions.js';
import { renderOrganisationYaml } from '../interview/render-organisation-yaml.js';
import { AnswerRefused, runInterview } from '../interview/run-interview.js';
import { cliTexts, type CliTexts } from './cli-messages.js';
import { CliError, type CliIo } from './io.js';
import { writeError } from './write-error.js';
import { writeFileAtomic } from './write-file-atomic.js';

export interface InitOptions {
  lang?: Lang;
  resume?: boolean;
  from?: string;
  answers?: string;
  force?: boolean;
  listQuestions?: boolean;
}

export interface InitDependencies {
  /** the terminal prompter; tests pass a scripted one (default: inquirer on io.stdin/io.stdout) */
  prompter?: Prompter;
  /** YYYY-MM-DD, for the default review date */
  today?: string;
}

export const DEFAULT_TARGET = 'organisation.yaml';
const CANCELLED = 130;

/** inquirer's Ctrl-C (ExitPromptError) and an aborted prompt (AbortPromptError), by name: the classes live in inquirer. */
function isCancel(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** A confirm outside the questionnaire (draft found, file exists), through the same prompter. */
async function confirm(prompter: Prompter, id: string, message: string, defaultValue: boolean): Promise<boolean> {
  const question: Question = {
    id,
    kind: 'confirm',
    text: { en: message, nl: message },
    default: () => defaultValue,
    check: (raw) => ({ ok: true, value: raw === true }),
  };
  const answer = await prompter.ask(question, { id, kind: 'confirm', message, default: defaultValue, check: (raw) => ({ ok: true, value: raw === true }) });
  return answer === true;
}

/** Nested YAML maps read as dotted ids: `organisation: {name: X}` is `organisation.name: X`. */
export function flattenAnswers(data: unknown, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return out;
  for (const [key, value] of Object.entries(data)) {
    const id = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)) Object.assign(out, flattenAnswers(value, id));
    else out[id] = value;
  }
  return out;
}

async function readAnswersFile(path: string, cwd: string, t: CliTexts): Promise<Answers> {
  const text = await readText(resolve(cwd, path));
  if (text === undefined) throw new CliError(t.flagNoSuchFile('--answers', path));
  let data: unknown;
  try {
    data = parseYamlText(text);
  } catch (error) {
    // The YAML library's own words (the first line of its message) stay as they are.
    throw new CliError(t.answersNotYaml(path, error instanceof Error ? error.message.split('\n')[0] : String(error)));
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new CliError(t.answersNotMap(path));
  const answers = flattenAnswers(data);
  const templates = allQuestions().map((q) => q.id);
  const unknown = Object.keys(answers).filter((key) => !matchesQuestionId(key));
  if (unknown.length > 0) {
    const lines = unknown.map((key) => {
      const near = closestMatch(key, templates);
      return `${t.notAQuestionId(path, key)}${near ? ` (${t.didYouMean(near)})` : ''}`;
    });
    throw new CliError(`${lines.join('\n')}\n${t.questionIdsListed()}`);
  }
  return answers as Answers;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The shipped schema, relative to the target's folder, for the editor line. */
function schemaPathFor(target: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'schemas', 'organisation.schema.json');
    if (existsSync(candidate) && existsSync(join(dir, 'package.json'))) {
      const rel = relative(dirname(target), candidate).split(sep).join('/');
      return rel.startsWith('.') ? rel : `./${rel}`;
    }
    dir = dirname(dir);
  }
  return 'https://contact-audit.dev/schemas/organisation.schema.json';
}

export async function runInit(file: string | undefined, options: InitOptions, io: CliIo, deps: InitDependencies = {}): Promise<number> {
  const given = file ?? DEFAULT_TARGET;
  const target = resolve(io.cwd, given);
  const draftPath = draftPathFor(target);
  const draftShown = draftPathFor(given);
  const resumeCommand = `contact-audit init ${given} --resume${options.lang ? ` --lang ${options.lang}` : ''}`;

  if (options.listQuestions) {
    io.stdout.write(formatQuestionList(options.lang ?? 'en'));
    return 0;
  }
  // Until a draft is read, only --lang gives the language of the errors.
  const early = cliTexts(options.lang);
  if (options.answers && options.resume) throw new CliError(early.answersWithResume());

  if (!existsSync(dirname(target))) throw new CliError(early.cannotWrite(given, early.folderMissing()));
  const scripted = options.answers !== undefined;

  let draft: Draft | undefined;
  if (!scripted) {
    const text = await readText(draftPath);
    if (text !== undefined) {
      try {
        draft = parseDraft(text, draftShown);
      } catch {
        throw new CliError(isJson(text) ? early.draftInvalid(draftShown) : early.draftNotJson(draftShown));
      }
    }
    if (options.resume && !draft) throw new CliError(early.noDraftToResume(draftShown));
  }
  const lang: Lang = options.lang ?? (draft?.lang === 'nl' ? 'nl' : 'en');
  const texts = interviewTexts(lang);
  const t = cliTexts(lang);
  if (!scripted && !deps.prompter && !io.stdin?.isTTY) {
    throw new CliError(t.initNeedsTerminal(`contact-audit init ${given} --answers answers.yaml${options.lang ? ` --lang ${options.lang}` : ''}`));
  }

  // The terminal: a closed terminal (SIGHUP, the end of stdin) aborts the open prompt like Ctrl-C.
  const abort = new AbortController();
  const onHangUp = () => abort.abort(new Error('the terminal closed'));
  let prompter: Prompter;
  const hintNotes: string[] = [];
  if (scripted) {
    prompter = createAnswersPrompter((id, warnings) => hintNotes.push(texts.hoursNote(id, warnings.join('; '))));
  } else if (deps.prompter) {
    prompter = deps.prompter;
  } else {
    const { createInquirerPrompter } = await import('../interview/inquirer-prompter.js');
    prompter = await createInquirerPrompter({ input: io.stdin!, output: io.stdout as unknown as NodeJS.WritableStream, signal: abort.signal });
    process.once('SIGHUP', onHangUp);
    io.stdin!.once('end', onHangUp);
  }

  let draftWritten = false;
  try {
    let answersGiven: Answers = {};
    let defaults: Answers | undefined = draft?.defaults;
    let carry: Carry | undefined = draft?.carry;
    if (scripted) {
      answersGiven = await readAnswersFile(options.answers!, io.cwd, t);
    } else if (draft) {
      const count = Object.keys(draft.answers).length;
      const resume = options.resume || (await confirm(prompter, 'init.resume-draft', texts.draftExists(draftShown, count), true));
      if (resume) {
        answersGiven = draft.answers;
        io.stdout.write(texts.resuming(count, draftShown));
      } else {
        defaults = undefined;
        carry = undefined;
      }
    }

    if (existsSync(target) && !options.force) {
      if (scripted) throw new CliError(t.targetExists(given));
      if (!(await confirm(prompter, 'init.overwrite', texts.overwrite(given), false))) {
        io.stderr.write(texts.notOverwritten(given));
        return CANCELLED;
      }
    }

    if (options.from) {
      const fromText = await readText(resolve(io.cwd, options.from));
      if (fromText === undefined) throw new CliError(t.flagNoSuchFile('--from', options.from));
      const loaded = await loadOrganisation(fromText, options.from, { lang });
      if (loaded.errors.length > 0) {
        const lines = loaded.errors.map((e) => `${options.from}:${e.line}:${e.column}  ${e.path}  ${e.message}${e.hint ? ` (${e.hint})` : ''}`);
        throw new CliError(`${t.fromInvalid(options.from)}\n${lines.join('\n')}`);
      }
      const from = answersFromOrganisation(parseYamlText(fromText));
      defaults = from.defaults;
      carry = from.carry;
      if (from.dropped.length > 0) {
        io.stderr.write(`${t.fromDropped(options.from, from.dropped.join(', '))}\n`);
      }
    }

    const saveDraft = async (answers: Answers) => {
      if (scripted) return;
      const next: Draft = { draft_version: 1, target: given, lang, answers, defaults, carry, updated: new Date().toISOString() };
      await writeFileAtomic(draftPath, serialiseDraft(next));
      draftWritten = true;
    };

    const answers = await runInterview({ lang, prompter, given: answersGiven, defaults, onAnswer: saveDraft, today: new Date().toISOString().slice(0, 10) });
    if (scripted) {
      const unused = Object.keys(answersGiven).filter((key) => !(key in answers));
      if (unused.length > 0) io.stderr.write(`${t.answersUnused(unused.join(', '))}\n`);
    }
    for (const line of hintNotes) io.stderr.write(`${line}\n`);

    const text = renderOrganisationYaml(buildOrganisation(answers, carry), { lang, schemaPath: schemaPathFor(target) });
    const loaded = await loadOrganisation(text, given, { lang });
    if (loaded.errors.length > 0) {
      // The answers were checked one by one; a file that still does not load is our bug.
      const lines = loaded.errors.map((e) => `  ${e.path}: ${e.message}`).join('\n');
      throw new Error(`the questionnaire built a file that does not load:\n${lines}`);
    }
    try {
      await writeFileAtomic(target, text);
    } catch (error) {
      throw writeError(given, error, lang);
    }
    await rm(draftPath, { force: true });
    draftWritten = false;

    const report = await auditOrganisation(loaded, { rules: loadRuleSet(), lang });
    io.stdout.write(`\n${texts.written(given)}`);
    if (report.score !== null) io.stdout.write(texts.score(String(report.score), texts.bands(report.band ?? '')));
    const top = [...report.findings]
      .sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || b.score_gain - a.score_gain)
      .slice(0, 5);
    if (top.length === 0) io.stdout.write(texts.noFindings());
    else {
      io.stdout.write(texts.topFindings());
      for (const finding of top) io.stdout.write(`  [${finding.severity}] ${finding.title}${finding.subject ? ` (${finding.subject})` : ''}\n`);
    }
    io.stdout.write(texts.fullReport(`contact-audit check ${given}${lang === 'nl' ? ' --lang nl' : ''}`));
    return 0;
  } catch (error) {
    if (isCancel(error)) {
      io.stderr.write(`\n${draftWritten || existsSync(draftPath) ? texts.draftKept(draftShown, resumeCommand) : ''}`);
      return CANCELLED;
    }
    if (error instanceof AnswerRefused) {
      throw new CliError(`--answers ${options.answers}: ${error.questionId}: ${error.reason}`);
    }
    if (!(error instanceof CliError) && (draftWritten || (!scripted && existsSync(draftPath)))) {
      io.stderr.write(texts.draftKept(draftShown, resumeCommand));
    }
    throw error;
  } finally {
    process.removeListener('SIGHUP', onHangUp);
    io.stdin?.removeListener('end', onHangUp);
  }
}

function severityRank(severity: string): number {
  return severity === 'error' ? 0 : severity === 'warning' ? 1 : 2;
}
