// Generic check for rule packs: the named field equals a value (`equals`) or one of several
// (`one_of`). A list field passes when it holds the value; numbers compare in the file's units.
import type { Check, Outcome } from '../model/rule.js';
import { FIELD_PARAMS, isAbsentValue, isMatch, readField, selectFieldSubjects, shownValue } from './field-subjects.js';

export const fieldEquals: Check = {
  id: 'field-equals',
  options: {
    ...FIELD_PARAMS,
    equals: { type: 'value', description: 'the value wanted' },
    one_of: { type: 'value[]', description: 'the values accepted (any of)' },
  },
  evaluate(ctx, options, selector) {
    const field = String(options.field);
    const wanted = options.one_of !== undefined ? (options.one_of as unknown[]) : options.equals !== undefined ? [options.equals] : [];
    return selectFieldSubjects(ctx.org, options, selector).map((subject): Outcome => {
      const { value, path } = readField(subject, field);
      if (isAbsentValue(value)) return { subject: subject.subject, status: 'unknown', missing: field, path };
      if (wanted.some((w) => isMatch(value, w))) return { subject: subject.subject, status: 'pass', path };
      return {
        subject: subject.subject,
        status: 'fail',
        path,
        values: { field, value: shownValue(value), wanted: { list: wanted.map(String) } },
        data: { field, value, wanted },
      };
    });
  },
};
