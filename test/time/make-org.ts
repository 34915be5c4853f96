// Build a normalised Organisation inline for the hours tests (the loader is not needed here).
import type { Channel, Organisation, OrganisationInfo, Team } from '../../src/model/organisation.js';

export function makeOrg(
  info: Partial<OrganisationInfo>,
  channels: Array<Partial<Channel> & { id: string }>,
  teams: Array<Partial<Team> & { id: string }> = [],
): Organisation {
  return {
    version: 1,
    organisation: { name: 'Test', timezone: 'Europe/Brussels', timezone_source: 'explicit', ...info },
    channels: channels.map((c, index) => ({ type: 'phone', inbound: true, concurrency: 1, index, ...c })),
    teams: teams.map((t, index) => ({ agents: 1, shrinkage: 0, channels: [], index, ...t })),
    policies: {},
    monitoring: {},
    contact_types: [],
  };
}
