// Organisation-level checks name the field they read in the rule file (`organisation.tone_of_voice`,
// `policies.social_media`), so a rule pack can point a check at another field without TypeScript.
import type { FieldPath, Organisation } from '../model/organisation.js';

export interface OrgField {
  value: unknown;
  path: FieldPath;
}

/** Read a dotted path (`monitoring.escalation_procedure`) from the normalised organisation. */
export function readOrgField(org: Organisation, dotted: string): OrgField {
  const path = dotted.split('.').filter((part) => part !== '');
  let value: unknown = org;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return { value: undefined, path };
    value = (value as Record<string, unknown>)[key];
  }
  return { value, path };
}

/** A field a consultant filled in: `false` and `null` are answers only for the first. */
export function isAbsent(value: unknown): boolean {
  return value === undefined || value === null;
}

/** A written-out safeguard: `true`, or an object such as `{ reviewed, covers }` or `{ tool, hours }`. */
export function isInPlace(value: unknown): boolean {
  return value === true || (value !== null && typeof value === 'object' && !Array.isArray(value));
}
