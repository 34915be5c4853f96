// The two generic threshold checks of rule packs share this: read a numeric field and compare it
// with a threshold written as in the organisation file (`4h`, `80%`, `3`).
import type { Check, Outcome } from '../model/rule.js';
import { FIELD_PARAMS, isAbsentValue, readField, selectFieldSubjects, shownValue, toNumber } from './field-subjects.js';

// Binary noise in shares (0.1 + 0.2): a value this close to the limit meets it.
const EPSILON = 1e-9;

export function createFieldCompare(id: string, name: 'at_least' | 'at_most'): Check {
  return {
    id,
    options: { ...FIELD_PARAMS, [name]: { type: 'quantity', required: true, description: 'the limit: a number, a duration (`4h`) or a share (`80%`)' } },
    evaluate(ctx, options, selector) {
      const field = String(options.field);
      const threshold = options[name];
      const limit = toNumber(threshold);
      return selectFieldSubjects(ctx.org, options, selector).map((subject): Outcome => {
        const { value, path } = readField(subject, field);
        if (isAbsentValue(value)) return { subject: subject.subject, status: 'unknown', missing: field, path };
        // A value that is not a number cannot meet a numeric limit: the pack reads the wrong field.
        const isMet = typeof value === 'number' && limit !== undefined &&
          (name === 'at_least' ? value >= limit - EPSILON : value <= limit + EPSILON);
        if (isMet) return { subject: subject.subject, status: 'pass', path, values: { value: shownValue(value, threshold) } };
        return {
          subject: subject.subject,
          status: 'fail',
          path,
          values: { field, value: shownValue(value, threshold) },
          data: { field, value, [name]: limit },
        };
      });
    },
  };
}
