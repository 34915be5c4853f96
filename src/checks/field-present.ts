// Generic check for rule packs: the named field is filled in on every selected subject.
import type { Check, Outcome } from '../model/rule.js';
import { FIELD_PARAMS, isAbsentValue, readField, selectFieldSubjects } from './field-subjects.js';

export const fieldPresent: Check = {
  id: 'field-present',
  options: { ...FIELD_PARAMS },
  evaluate(ctx, options, selector) {
    const field = String(options.field);
    return selectFieldSubjects(ctx.org, options, selector).map((subject): Outcome => {
      const { value, path } = readField(subject, field);
      // The one field check where absence is the failure, not a gap in what we know.
      return isAbsentValue(value)
        ? { subject: subject.subject, status: 'fail', path, values: { field }, data: { field } }
        : { subject: subject.subject, status: 'pass', path };
    });
  },
};
