// Generic check for rule packs: the named field is at most `at_most` (`4h`, `85%`, `2`).
import { createFieldCompare } from './field-compare.js';

export const fieldAtMost = createFieldCompare('field-at-most', 'at_most');
