// A normalised Organisation written by hand, for unit tests of the checks that do not need the
// loader: defaults applied as the normaliser applies them (inbound true, concurrency 1, shrinkage 0).
import type { Channel, ContactType, Organisation, OrganisationInfo, Team } from '../../src/model/organisation.js';
import type { CheckContext } from '../../src/model/rule.js';

export interface OrganisationDraft {
  organisation?: Partial<OrganisationInfo>;
  channels: Array<Partial<Channel> & Pick<Channel, 'id' | 'type'>>;
  teams?: Array<Partial<Team> & Pick<Team, 'id' | 'channels'>>;
  policies?: Organisation['policies'];
  monitoring?: Organisation['monitoring'];
  contact_types?: Array<Partial<ContactType> & Pick<ContactType, 'id' | 'channels'>>;
}

export function buildOrganisation(draft: OrganisationDraft): Organisation {
  return {
    version: 1,
    organisation: { name: 'Test BV', timezone: 'Europe/Brussels', timezone_source: 'explicit', ...draft.organisation },
    channels: draft.channels.map((c, index) => ({ inbound: true, concurrency: 1, ...c, index })),
    teams: (draft.teams ?? []).map((t, index) => ({ agents: 1, shrinkage: 0, ...t, index })),
    policies: draft.policies ?? {},
    monitoring: draft.monitoring ?? {},
    contact_types: (draft.contact_types ?? []).map((t, index) => ({ ...t, index })),
  };
}

export function buildContext(draft: OrganisationDraft): CheckContext {
  return {
    org: buildOrganisation(draft),
    referenceDate: '2026-06-15',
    coverage: () => {
      throw new Error('these checks do not read hours');
    },
  };
}
