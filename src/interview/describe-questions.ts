// The question ids, for `init --list-questions` and the README: what an --answers file may set.
import { CHANNEL_TYPES } from '../model/organisation.js';
import type { Lang } from '../model/rule.js';
import { formatValue } from './format-value.js';
import { allQuestions, type Question, type QuestionContext } from './questions.js';

export interface QuestionDescription {
  id: string;
  kind: string;
  text: string;
  /** the default with no other answers given (it may depend on earlier answers) */
  default: string;
  condition?: string;
  choices?: string[];
}

export function describeQuestions(lang: Lang): QuestionDescription[] {
  const ctx: QuestionContext = { lang, answers: { 'organisation.country': 'BE' }, today: 'today', type: undefined, n: 1 };
  return allQuestions().map((question) => {
    const scoped = { ...ctx, type: question.id.includes('{type}') ? ('phone' as const) : undefined };
    const choices = question.choices?.(scoped).map((c) => c.value);
    return {
      id: question.id,
      kind: question.kind,
      text: question.text[lang].replace('{channel}', '<channel>').replace('{team}', '<team>').replace('{contact}', '<contact type>').replace('{n}', '<n>'),
      default: question.id.endsWith('.id') && question.id.includes('{type}') ? '<type>' : formatValue(question.default(scoped)),
      condition: question.condition,
      choices: choices && choices.length > 0 && !question.id.endsWith('.channels') ? choices : undefined,
    };
  });
}

export function formatQuestionList(lang: Lang): string {
  const lines = describeQuestions(lang).map((q) => {
    const extra = [
      `${q.kind}`,
      q.default !== '' ? `default: ${q.default}` : 'default: empty',
      q.condition ? `only ${q.condition}` : undefined,
      q.choices ? `one of: ${q.choices.join(', ')}` : undefined,
    ].filter(Boolean);
    return `${q.id}\n    ${q.text} (${extra.join('; ')})`;
  });
  return `${lines.join('\n')}\n\n{type} is a channel type: ${CHANNEL_TYPES.join(', ')}; {n} numbers teams and contact types from 1.\n`;
}

/** The README's table of question ids (test/interview/readme-questions.test.ts keeps it in step). */
export function renderQuestionTable(): string {
  const rows = describeQuestions('en').map((q) => {
    const asked = q.condition ? `only ${q.condition}` : '';
    const values = q.choices ? ` (${q.choices.map((c) => `\`${c}\``).join(', ')})` : '';
    return `| \`${q.id}\` | ${q.kind}${values} | ${q.text.replace(/\|/g, '\\|')} | ${q.default === '' ? 'empty' : `\`${q.default}\``} | ${asked} |`;
  });
  return ['| id | kind | question | default | asked |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** The answer keys an --answers file may use: every id, with `{type}` and `{n}` filled in. */
export function matchesQuestionId(key: string, questions: Question[] = allQuestions()): boolean {
  return questions.some((q) => idPattern(q.id).test(key));
}

function idPattern(template: string): RegExp {
  const escaped = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace('{type}', `(${CHANNEL_TYPES.join('|')})`).replace('{n}', '[1-9]\\d*')}$`);
}
