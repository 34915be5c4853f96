// What the flow needs from whoever answers: one question at a time. The terminal (inquirer),
// an --answers file and the tests' script each implement it; the flow does the checking.
import type { AnswerValue, Checked, Question, QuestionKind } from './questions.js';

export interface AskContext {
  /** the question's id with `{type}` and `{n}` filled in */
  id: string;
  kind: QuestionKind;
  /** the question in the chosen language, with its help */
  message: string;
  help?: string;
  /** what Enter gives */
  default: AnswerValue;
  choices?: Array<{ value: string; name: string }>;
  /** the flow's check, for prompters that check as the user types */
  check(raw: unknown): Checked;
  /** why the previous answer to this question was refused (the prompter shows it or gives up) */
  error?: string;
  /** the hours warnings that the KEEP_HOURS confirmation asks about */
  warnings?: string[];
}

export interface Prompter {
  ask(question: Question, context: AskContext): Promise<unknown>;
  /** a section starts (a terminal prompter prints its title) */
  section?(title: string): void;
  /** hours that were given (not typed) parse with warnings: they are kept, and told here */
  warn?(id: string, warnings: string[]): void;
}
