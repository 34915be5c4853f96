// The flow: walk the questionnaire's sections, branch on the answers, ask through the prompter,
// check every answer, and hand the answers so far to `onAnswer` after each one (the draft). Pure
// but for the prompter and that callback.
import type { Lang } from '../model/rule.js';
import { loadHoursLibrary } from '../time/hours-library.js';
import { formatValue } from './format-value.js';
import { interviewTexts } from './interview-texts.js';
import type { AskContext, Prompter } from './prompter.js';
import {
  chosenTypes,
  QUESTIONNAIRE,
  questionText,
  resolveId,
  type Answers,
  type Question,
  type QuestionContext,
} from './questions.js';

export interface InterviewOptions {
  lang: Lang;
  prompter: Prompter;
  /** answers already given (a resumed draft, an --answers file): used as they are, not asked again */
  given?: Answers;
  /** values offered as defaults instead of the questionnaire's own (`--from`) */
  defaults?: Answers;
  /** after every answer: every answer known so far, the given ones not yet reached included */
  onAnswer?: (answers: Answers) => Promise<void> | void;
  /** YYYY-MM-DD */
  today: string;
}

/** A prompter gave up on a question (an --answers file with a wrong value): no answer to take. */
export class AnswerRefused extends Error {
  constructor(
    readonly questionId: string,
    readonly reason: string,
  ) {
    super(`${questionId}: ${reason}`);
  }
}

// A scripted or broken prompter must not loop for ever on a refused answer or "add another".
const MAX_ATTEMPTS = 25;
const MAX_REPEATS = 50;

/** The hours warning's confirmation: not an answer of the file, asked only when hours warn. */
export const KEEP_HOURS: Question = {
  id: '{id}.keep',
  kind: 'confirm',
  text: { en: 'Keep these hours as written?', nl: 'Deze uren zo houden?' },
  default: () => false,
  check: (raw) => (typeof raw === 'boolean' ? { ok: true, value: raw } : { ok: false, message: 'yes or no' }),
};

export async function runInterview(options: InterviewOptions): Promise<Answers> {
  const { lang, prompter } = options;
  const given = options.given ?? {};
  const defaults = options.defaults ?? {};
  const texts = interviewTexts(lang);
  // Hours are checked as they are typed.
  await loadHoursLibrary();
  const answers: Answers = {};

  const ask = async (question: Question, scope: Pick<QuestionContext, 'type' | 'n'>): Promise<boolean> => {
    const ctx: QuestionContext = { lang, answers, today: options.today, ...scope };
    const id = resolveId(question.id, scope);
    if (question.when && !question.when(ctx)) return false;
    const check = (raw: unknown) => question.check(raw, ctx);
    let error: string | undefined;
    if (id in given) {
      const checked = check(given[id]);
      if (checked.ok) {
        if (checked.warnings?.length) prompter.warn?.(id, checked.warnings);
        answers[id] = checked.value;
        return true;
      }
      error = describeRefusal(checked.message, checked.example, texts.example);
    }
    let offered = id in defaults ? defaults[id] : question.default(ctx);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const context: AskContext = {
        id,
        kind: question.kind,
        message: questionText(question.text, ctx),
        help: question.help?.[lang],
        default: offered,
        choices: question.choices?.(ctx).map((choice) => ({ value: choice.value, name: choice.text[lang] })),
        check,
        error,
      };
      const raw = await prompter.ask(question, context);
      const checked = check(raw);
      if (!checked.ok) {
        error = describeRefusal(checked.message, checked.example, texts.example);
        continue;
      }
      if (checked.warnings?.length) {
        const keep = await prompter.ask(KEEP_HOURS, {
          id: `${id}.keep`,
          kind: 'confirm',
          message: texts.keepHours(checked.warnings.join('\n  ')),
          default: false,
          warnings: checked.warnings,
          check: (answer) => KEEP_HOURS.check(answer, ctx),
        });
        if (keep !== true) {
          // Offer what they typed, to correct it.
          offered = formatValue(checked.value);
          error = undefined;
          continue;
        }
      }
      answers[id] = checked.value;
      await options.onAnswer?.({ ...given, ...answers });
      return true;
    }
    throw new AnswerRefused(id, error ?? 'no answer');
  };

  for (const section of QUESTIONNAIRE) {
    prompter.section?.(section.title[lang]);
    for (const block of section.blocks) {
      if (block.kind === 'once') {
        for (const question of block.questions) await ask(question, {});
      } else if (block.kind === 'each-channel') {
        for (const type of chosenTypes(answers)) for (const question of block.questions) await ask(question, { type });
      } else {
        for (let n = 1; n <= MAX_REPEATS; n++) {
          const [first, ...rest] = block.questions;
          if (!(await ask(first, { n }))) break;
          for (const question of rest) await ask(question, { n });
          await ask(block.more, { n });
          if (answers[resolveId(block.more.id, { n })] !== true) break;
        }
      }
    }
  }
  return answers;
}

function describeRefusal(message: string, example: string | undefined, exampleText: (v: string) => string): string {
  return example ? `${message}; ${exampleText(example)}` : message;
}
