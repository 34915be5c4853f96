// An answer as the user types it: lists joined with `, `, everything else as text.
import type { AnswerValue } from './check-answer.js';

export function formatValue(value: AnswerValue | undefined): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? value.join(', ') : String(value);
}
