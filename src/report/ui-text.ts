// The report's own words (not the rules'), in English and Dutch.
import type { Band } from '../model/report.js';
import type { Category, Lang, Severity } from '../model/rule.js';

export interface UiText {
  score: string;
  band: Record<Band, string>;
  notScored: string;
  category: Record<Category, string>;
  categoryHeader: string;
  scoreHeader: string;
  bandHeader: string;
  severity: Record<Severity, string>;
  weekAnalysed: string;
  timezoneSource: Record<'explicit' | 'country' | 'default', string>;
  referenceDate: string;
  findings: string;
  noFindings: string;
  notAssessed: string;
  add: string;
  points: string;
  fixGain: string;
  errorsIn: string;
  noReport: string;
  organisationWide: string;
  /** suppressions (audit.ignore) and baselines in the text report */
  suppression: {
    heading: string;
    reason: string;
    until: string;
    noticesHeading: string;
    status: Record<'expired' | 'unused', string>;
    known: string;
    /** an entry without a subject */
    everySubject: string;
  };
  problems: (n: number) => string;
  counts: (errors: number, warnings: number, infos: number, notAssessed: number) => string;
  summary: (files: number, unreadable: number, errors: number, warnings: number, infos: number) => string;
  /** the words of the markdown, SARIF, JUnit and GitHub formats */
  formats: FormatsText;
}

export interface FormatsText {
  rule: string;
  subject: string;
  severity: string;
  finding: string;
  recommendation: string;
  where: string;
  reason: string;
  until: string;
  fieldToAdd: string;
  field: string;
  source: string;
  documentation: string;
  suppressed: string;
  suppressionNotices: string;
  noticeStatus: Record<'expired' | 'unused', string>;
  notAssessedAdd: (field: string) => string;
  suppressedNotAnnotated: (n: number) => string;
  knownInBaseline: string;
  notApplicable: string;
  invalidFile: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const en: UiText = {
  score: 'Score',
  band: { good: 'good', 'needs-work': 'needs work', poor: 'poor' },
  notScored: 'not scored (nothing could be assessed)',
  category: {
    availability: 'Availability',
    responsiveness: 'Responsiveness',
    social: 'Social media',
    consistency: 'Consistency',
    people: 'People',
    strategy: 'Strategy',
  },
  categoryHeader: 'Category',
  scoreHeader: 'Score',
  bandHeader: 'Band',
  severity: { error: 'error', warning: 'warning', info: 'info' },
  weekAnalysed: 'Week analysed',
  timezoneSource: { explicit: 'from the file', country: 'the zone of the country', default: 'no zone or country given: UTC' },
  referenceDate: 'reference date',
  findings: 'Findings',
  noFindings: 'No findings: every assessed rule passes.',
  notAssessed: 'Not assessed (add the field to have it checked)',
  add: 'add',
  points: 'points',
  fixGain: 'fixing this adds',
  errorsIn: 'cannot be audited',
  noReport: 'no report',
  organisationWide: 'organisation',
  suppression: {
    heading: 'Suppressed',
    reason: 'reason',
    until: 'until',
    noticesHeading: 'Suppressions to review',
    status: { expired: 'expired', unused: 'unused' },
    known: 'in the baseline',
    everySubject: 'every subject',
  },
  problems: (n) => plural(n, 'problem', 'problems'),
  counts: (errors, warnings, infos, notAssessed) =>
    `${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}, ${infos} info; ${notAssessed} not assessed`,
  summary: (files, unreadable, errors, warnings, infos) =>
    `${plural(files, 'file', 'files')}${unreadable ? ` (${unreadable} not audited)` : ''}: ${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}, ${infos} info`,
  formats: {
    rule: 'Rule',
    subject: 'Subject',
    severity: 'Severity',
    finding: 'Finding',
    recommendation: 'Recommendation',
    where: 'Where',
    reason: 'Reason',
    until: 'Until',
    fieldToAdd: 'Field to add',
    field: 'Field',
    source: 'Source',
    documentation: 'Documentation',
    suppressed: 'Suppressed (audit.ignore)',
    suppressionNotices: 'Suppressions that need attention',
    noticeStatus: { expired: 'expired', unused: 'unused' },
    notAssessedAdd: (field) => `not assessed: add ${field}`,
    suppressedNotAnnotated: (n) => `${n} suppressed (not annotated)`,
    knownInBaseline: 'known in the baseline',
    notApplicable: 'not applicable: nothing to check',
    invalidFile: 'the file cannot be audited',
  },
};

const nl: UiText = {
  score: 'Score',
  band: { good: 'goed', 'needs-work': 'werk aan de winkel', poor: 'zwak' },
  notScored: 'geen score (niets kon beoordeeld worden)',
  category: {
    availability: 'Bereikbaarheid',
    responsiveness: 'Reactiesnelheid',
    social: 'Sociale media',
    consistency: 'Consistentie',
    people: 'Medewerkers',
    strategy: 'Strategie',
  },
  categoryHeader: 'Categorie',
  scoreHeader: 'Score',
  bandHeader: 'Oordeel',
  severity: { error: 'fout', warning: 'waarschuwing', info: 'info' },
  weekAnalysed: 'Geanalyseerde week',
  timezoneSource: { explicit: 'uit het bestand', country: 'de tijdzone van het land', default: 'geen tijdzone of land opgegeven: UTC' },
  referenceDate: 'referentiedatum',
  findings: 'Bevindingen',
  noFindings: 'Geen bevindingen: elke beoordeelde regel slaagt.',
  notAssessed: 'Niet beoordeeld (vul het veld aan om het te laten controleren)',
  add: 'vul aan',
  points: 'punten',
  fixGain: 'oplossen levert op',
  errorsIn: 'kan niet beoordeeld worden',
  noReport: 'geen rapport',
  organisationWide: 'organisatie',
  suppression: {
    heading: 'Onderdrukt',
    reason: 'reden',
    until: 'tot',
    noticesHeading: 'Na te kijken onderdrukkingen',
    status: { expired: 'verlopen', unused: 'ongebruikt' },
    known: 'in de baseline',
    everySubject: 'elk onderwerp',
  },
  problems: (n) => plural(n, 'probleem', 'problemen'),
  counts: (errors, warnings, infos, notAssessed) =>
    `${plural(errors, 'fout', 'fouten')}, ${plural(warnings, 'waarschuwing', 'waarschuwingen')}, ${infos} info; ${notAssessed} niet beoordeeld`,
  summary: (files, unreadable, errors, warnings, infos) =>
    `${plural(files, 'bestand', 'bestanden')}${unreadable ? ` (${unreadable} niet beoordeeld)` : ''}: ${plural(errors, 'fout', 'fouten')}, ${plural(warnings, 'waarschuwing', 'waarschuwingen')}, ${infos} info`,
  formats: {
    rule: 'Regel',
    subject: 'Onderwerp',
    severity: 'Ernst',
    finding: 'Bevinding',
    recommendation: 'Aanbeveling',
    where: 'Waar',
    reason: 'Reden',
    until: 'Tot',
    fieldToAdd: 'Aan te vullen veld',
    field: 'Veld',
    source: 'Bron',
    documentation: 'Documentatie',
    suppressed: 'Onderdrukt (audit.ignore)',
    suppressionNotices: 'Onderdrukkingen die aandacht vragen',
    noticeStatus: { expired: 'verlopen', unused: 'ongebruikt' },
    notAssessedAdd: (field) => `niet beoordeeld: vul ${field} aan`,
    suppressedNotAnnotated: (n) => `${n} onderdrukt (niet geannoteerd)`,
    knownInBaseline: 'al bekend in de baseline',
    notApplicable: 'niet van toepassing: niets te controleren',
    invalidFile: 'het bestand kan niet beoordeeld worden',
  },
};

export const UI_TEXT: Record<Lang, UiText> = { en, nl };
