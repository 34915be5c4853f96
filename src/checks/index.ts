// The one list of named checks. Each check lives in its own file, named after its id.
import type { Check } from '../model/rule.js';

// -- availability and responsiveness checks (hours, answer times, callback, capacity)
// (add imports and entries between these markers)
import { capacityOccupancy } from './capacity-occupancy.js';
import { capacityServiceLevel } from './capacity-service-level.js';
import { chatVisibility } from './chat-visibility.js';
import { hoursParity } from './hours-parity.js';
import { hoursStaffed } from './hours-staffed.js';
import { hoursWarnings } from './hours-warnings.js';
import { promiseKept } from './promise-kept.js';
import { responseWithin } from './response-within.js';
const AVAILABILITY_CHECKS: Check[] = [
  chatVisibility, hoursStaffed, hoursParity, hoursWarnings,
  responseWithin, promiseKept, capacityServiceLevel, capacityOccupancy,
];

// -- social, consistency, people and strategy checks
// (add imports and entries between these markers)
import { answeredAtLeast } from './answered-at-least.js';
import { channelDefined } from './channel-defined.js';
import { channelMonitored } from './channel-monitored.js';
import { channelPresent } from './channel-present.js';
import { contactTypeOnFamily } from './contact-type-on-family.js';
import { languageCoverage } from './language-coverage.js';
import { orgCountAtMost } from './org-count-at-most.js';
import { orgFieldEnabled } from './org-field-enabled.js';
import { orgFieldShared } from './org-field-shared.js';
import { ownerNotIn } from './owner-not-in.js';
import { policyCovers } from './policy-covers.js';
import { purposePresent } from './purpose-present.js';
import { teamTrained } from './team-trained.js';
const ORGANISATION_CHECKS: Check[] = [
  channelPresent, answeredAtLeast, channelMonitored, ownerNotIn, orgFieldEnabled, policyCovers, purposePresent,
  orgFieldShared, orgCountAtMost, teamTrained, languageCoverage, channelDefined, contactTypeOnFamily,
];

// -- generic field checks, for custom rule packs (a consultant's rules without TypeScript)
// (add imports and entries between these markers)
import { fieldAtLeast } from './field-at-least.js';
import { fieldAtMost } from './field-at-most.js';
import { fieldEquals } from './field-equals.js';
import { fieldPresent } from './field-present.js';
const FIELD_CHECKS: Check[] = [fieldPresent, fieldEquals, fieldAtLeast, fieldAtMost];

export const CHECKS: ReadonlyMap<string, Check> = new Map(
  [...AVAILABILITY_CHECKS, ...ORGANISATION_CHECKS, ...FIELD_CHECKS].map((check) => [check.id, check]),
);
