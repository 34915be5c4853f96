// Generic check for rule packs: the named field is at least `at_least` (`3`, `80%`, `1h`).
import { createFieldCompare } from './field-compare.js';

export const fieldAtLeast = createFieldCompare('field-at-least', 'at_least');
