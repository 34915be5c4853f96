// The questionnaire as data: sections of questions, each with an id, its text in English and
// Dutch, a kind, a default, a check and, where it branches, a `when`. The flow (run-interview.ts)
// walks it; the prompter (prompter.ts) only shows one question at a time. Question ids are the
// keys of an --answers file and of the draft; `{type}` is a channel type, `{n}` the number of a
// team or contact type (1, 2, …).
import {
  CHANNEL_TYPES,
  MESSAGING_TYPES,
  OWNERS,
  SOCIAL_TYPES,
  VOICE_TYPES,
  type ChannelType,
} from '../model/organisation.js';
import type { Lang } from '../model/rule.js';
import {
  checkCheckbox,
  checkConfirm,
  checkCountry,
  checkDate,
  checkDuration,
  checkHours,
  checkId,
  checkLanguages,
  checkPositiveNumber,
  checkSelect,
  checkShare,
  checkText,
  checkTimezone,
  checkWholeNumber,
  HOURS_EXAMPLE,
  type AnswerValue,
  type Checked,
} from './check-answer.js';

export type { AnswerValue, Checked } from './check-answer.js';
export type Answers = Record<string, AnswerValue>;
export type QuestionKind = 'input' | 'confirm' | 'select' | 'checkbox' | 'number';
export type Texts = Record<Lang, string>;
export type SectionId = 'organisation' | 'channels' | 'teams' | 'policies' | 'monitoring' | 'contact_types';

export interface QuestionContext {
  lang: Lang;
  /** every answer so far, by question id (`{type}` and `{n}` filled in) */
  answers: Answers;
  /** the channel type, in the per-channel block */
  type?: ChannelType;
  /** the number of the team or contact type, in a repeated block */
  n?: number;
  /** today, YYYY-MM-DD (the default review date) */
  today: string;
}

export interface Choice {
  value: string;
  text: Texts;
}

export interface Question {
  /** the key in answers; `{type}` and `{n}` are filled in per channel, team or contact type */
  id: string;
  kind: QuestionKind;
  text: Texts;
  /** shown with the question: an example or what an empty answer means */
  help?: Texts;
  /** the answer when the user presses Enter; the same value everywhere (tests, --answers) */
  default: (ctx: QuestionContext) => AnswerValue;
  /** only asked when this holds (branching) */
  when?: (ctx: QuestionContext) => boolean;
  /** in words, for --list-questions and the README */
  condition?: string;
  choices?: (ctx: QuestionContext) => Choice[];
  check: (raw: unknown, ctx: QuestionContext) => Checked;
}

export type Block =
  | { kind: 'once'; questions: Question[] }
  /** asked for every channel type chosen, in the order of the format's type list */
  | { kind: 'each-channel'; questions: Question[] }
  /** asked while `when` holds for the first and the last `more` question says yes */
  | { kind: 'repeat'; questions: Question[]; more: Question };

export interface Section {
  id: SectionId;
  title: Texts;
  /** the comment above the section in the written file */
  comment: Texts;
  blocks: Block[];
}

/** Fill `{type}` and `{n}` into a question id. */
export function resolveId(template: string, ctx: Pick<QuestionContext, 'type' | 'n'>): string {
  return template.replace('{type}', ctx.type ?? '{type}').replace('{n}', ctx.n === undefined ? '{n}' : String(ctx.n));
}

/** The answer to a question of the current channel, team or contact type. */
export function answerOf(ctx: QuestionContext, template: string): AnswerValue | undefined {
  return ctx.answers[resolveId(template, ctx)];
}

const t = (en: string, nl: string): Texts => ({ en, nl });

export const CHANNEL_NAMES: Record<ChannelType, Texts> = {
  phone: t('phone', 'telefoon'),
  callback: t('call-me-back', 'terugbelverzoek'),
  ivr: t('voice menu (IVR)', 'keuzemenu (IVR)'),
  video: t('video call', 'videogesprek'),
  email: t('e-mail', 'e-mail'),
  webform: t('web form', 'webformulier'),
  letter: t('letter', 'brief'),
  webchat: t('webchat', 'webchat'),
  whatsapp: t('WhatsApp', 'WhatsApp'),
  messenger: t('Messenger', 'Messenger'),
  sms: t('SMS', 'sms'),
  app: t('app', 'app'),
  facebook: t('Facebook', 'Facebook'),
  x: t('X (Twitter)', 'X (Twitter)'),
  instagram: t('Instagram', 'Instagram'),
  linkedin: t('LinkedIn', 'LinkedIn'),
  youtube: t('YouTube', 'YouTube'),
  tiktok: t('TikTok', 'TikTok'),
  community: t('community forum', 'communityforum'),
};

export const isVoice = (type: ChannelType | undefined): boolean => type !== undefined && VOICE_TYPES.includes(type);
export const isSocial = (type: ChannelType | undefined): boolean => type !== undefined && SOCIAL_TYPES.includes(type);
export const isMessaging = (type: ChannelType | undefined): boolean => type !== undefined && MESSAGING_TYPES.includes(type);

/** The channel types chosen, in the format's order. */
export function chosenTypes(answers: Answers): ChannelType[] {
  const chosen = answers.channels;
  return Array.isArray(chosen) ? CHANNEL_TYPES.filter((type) => chosen.includes(type)) : [];
}

/** The ids given to the chosen channels so far. */
export function channelIds(answers: Answers): string[] {
  return chosenTypes(answers)
    .map((type) => answers[`channel.${type}.id`])
    .filter((id): id is string => typeof id === 'string');
}

function isInbound(ctx: QuestionContext, type = ctx.type): boolean {
  return ctx.answers[`channel.${type}.inbound`] !== false;
}

/** Ids given in a repeated block before the current one (`team.1.id`, `team.2.id`, …). */
function earlierIds(ctx: QuestionContext, prefix: string): string[] {
  const ids: string[] = [];
  for (let i = 1; i < (ctx.n ?? 1); i++) {
    const id = ctx.answers[`${prefix}.${i}.id`];
    if (typeof id === 'string') ids.push(id);
  }
  return ids;
}

function hoursContext(ctx: QuestionContext): { country?: string; region?: string } {
  const country = ctx.answers['organisation.country'];
  const region = ctx.answers['organisation.region'];
  return { country: typeof country === 'string' && country ? country : undefined, region: typeof region === 'string' && region ? region : undefined };
}

/** Office hours; `PH off` only when there is a country to take the holidays from. */
function officeHours(ctx: QuestionContext): string {
  return hoursContext(ctx).country ? 'Mo-Fr 09:00-17:00; PH off' : 'Mo-Fr 09:00-17:00';
}

const HOURS_HELP = t(
  `opening_hours syntax, e.g. ${HOURS_EXAMPLE}; empty: none`,
  `opening_hours-syntax, bv. ${HOURS_EXAMPLE}; leeg: geen`,
);
const UNKNOWN_HELP = t('e.g. 85%; empty: unknown', 'bv. 85%; leeg: onbekend');

/** Default service levels by channel kind, within the shipped rules' limits (rules/*-slow-answer.yaml). */
function defaultTarget(type: ChannelType | undefined): { answered: string; within: string } {
  if (isVoice(type)) return { answered: '80%', within: '20s' };
  if (type === 'webchat') return { answered: '80%', within: '1m' };
  if (isMessaging(type)) return { answered: '90%', within: '1h' };
  if (type === 'letter') return { answered: '90%', within: '5d' };
  return { answered: '90%', within: '24h' };
}

const LANGUAGE_DEFAULTS: Record<string, string[]> = { BE: ['nl', 'fr'], NL: ['nl'], LU: ['fr', 'de'], FR: ['fr'], DE: ['de'], AT: ['de'], CH: ['de', 'fr'], GB: ['en'], IE: ['en'], US: ['en'] };

const ORGANISATION: Section = {
  id: 'organisation',
  title: t('The organisation', 'De organisatie'),
  comment: t('Who the organisation is and what it shares across channels.', 'Wie de organisatie is en wat ze over kanalen heen deelt.'),
  blocks: [
    {
      kind: 'once',
      questions: [
        {
          id: 'organisation.name',
          kind: 'input',
          text: t("The organisation's name", 'De naam van de organisatie'),
          default: (ctx) => (ctx.lang === 'nl' ? 'Mijn organisatie' : 'My organisation'),
          check: (raw, ctx) => checkText(raw, ctx.lang, true, 'Energie Vlaanderen'),
        },
        {
          id: 'organisation.country',
          kind: 'input',
          text: t('Country (ISO code, for public holidays)', 'Land (ISO-code, voor feestdagen)'),
          help: t('e.g. BE, NL; empty: none', 'bv. BE, NL; leeg: geen'),
          default: () => 'BE',
          check: (raw, ctx) => checkCountry(raw, ctx.lang),
        },
        {
          id: 'organisation.region',
          kind: 'input',
          text: t('Region, for regional holidays', 'Regio, voor regionale feestdagen'),
          help: t('e.g. Vlaanderen; empty: none', 'bv. Vlaanderen; leeg: geen'),
          when: (ctx) => Boolean(ctx.answers['organisation.country']),
          condition: 'when a country is given',
          default: () => '',
          check: (raw, ctx) => checkText(raw, ctx.lang, false, 'Vlaanderen'),
        },
        {
          id: 'organisation.timezone',
          kind: 'input',
          text: t('Time zone the hours are written in', 'Tijdzone waarin de uren staan'),
          help: t("e.g. Europe/Brussels; empty: the country's zone", 'bv. Europe/Brussels; leeg: de zone van het land'),
          default: () => '',
          check: (raw, ctx) => checkTimezone(raw, ctx.lang),
        },
        {
          id: 'organisation.languages',
          kind: 'input',
          text: t('Languages customers are served in', 'Talen waarin klanten geholpen worden'),
          help: t('ISO 639-1 codes, e.g. nl, fr', 'ISO 639-1-codes, bv. nl, fr'),
          default: (ctx) => LANGUAGE_DEFAULTS[String(ctx.answers['organisation.country'] ?? '')] ?? [ctx.lang],
          check: (raw, ctx) => checkLanguages(raw, ctx.lang),
        },
        {
          id: 'organisation.customer_view',
          kind: 'select',
          text: t('Is there one customer record across channels?', 'Is er één klantbeeld over alle kanalen?'),
          choices: () => [
            { value: 'unified', text: t('unified: one record across channels', 'unified: één klantbeeld over de kanalen') },
            { value: 'per-channel', text: t('per-channel: each channel keeps its own', 'per-channel: elk kanaal zijn eigen') },
            { value: 'none', text: t('none', 'geen') },
          ],
          default: () => 'per-channel',
          check: (raw, ctx) => checkSelect(raw, ctx.lang, ['unified', 'per-channel', 'none']),
        },
        sharingQuestion('organisation.knowledge_base', t('Do all channels answer from the same knowledge base?', 'Antwoorden alle kanalen vanuit dezelfde kennisbank?')),
        sharingQuestion('organisation.tone_of_voice', t('Is there one tone-of-voice guideline for all channels?', 'Is er één tone-of-voice-richtlijn voor alle kanalen?')),
      ],
    },
  ],
};

function sharingQuestion(id: string, text: Texts): Question {
  return {
    id,
    kind: 'select',
    text,
    choices: () => [
      { value: 'shared', text: t('shared by every channel', 'gedeeld door alle kanalen') },
      { value: 'per-channel', text: t('one per channel', 'één per kanaal') },
      { value: 'none', text: t('none', 'geen') },
    ],
    default: () => 'shared',
    check: (raw, ctx) => checkSelect(raw, ctx.lang, ['shared', 'per-channel', 'none']),
  };
}

const CHANNELS: Section = {
  id: 'channels',
  title: t('Channels', 'Kanalen'),
  comment: t('Every way a customer can reach the organisation.', 'Elke manier waarop een klant de organisatie kan bereiken.'),
  blocks: [
    {
      kind: 'once',
      questions: [
        {
          id: 'channels',
          kind: 'checkbox',
          text: t('Which channels does the organisation offer?', 'Welke kanalen biedt de organisatie aan?'),
          help: t('space to tick, Enter when done', 'spatie om aan te vinken, Enter als je klaar bent'),
          choices: () => CHANNEL_TYPES.map((type) => ({ value: type, text: CHANNEL_NAMES[type] })),
          default: () => ['phone', 'email'],
          check: (raw, ctx) => checkCheckbox(raw, ctx.lang, CHANNEL_TYPES, true),
        },
        {
          id: 'organisation.phone_numbers',
          kind: 'number',
          text: t('How many public customer-service phone numbers are there?', 'Hoeveel publieke klantenservicenummers zijn er?'),
          when: (ctx) => chosenTypes(ctx.answers).some((type) => isVoice(type)),
          condition: 'when a voice channel is chosen',
          default: () => 1,
          check: (raw, ctx) => checkWholeNumber(raw, ctx.lang),
        },
      ],
    },
    {
      kind: 'each-channel',
      questions: [
        {
          id: 'channel.{type}.id',
          kind: 'input',
          text: t('{channel}: id', '{channel}: id'),
          help: t('lower-case letters, digits and -', 'kleine letters, cijfers en -'),
          default: (ctx) => ctx.type ?? 'channel',
          check: (raw, ctx) => checkId(raw, ctx.lang, channelIds(ctx.answers).filter((id) => id !== answerOf(ctx, 'channel.{type}.id'))),
        },
        {
          id: 'channel.{type}.owner',
          kind: 'select',
          text: t('{channel}: which department answers customers here?', '{channel}: welke afdeling beantwoordt hier klanten?'),
          choices: () => OWNERS.map((owner) => ({ value: owner, text: t(owner, owner) })),
          default: () => 'contact-center',
          check: (raw, ctx) => checkSelect(raw, ctx.lang, OWNERS),
        },
        {
          id: 'channel.{type}.inbound',
          kind: 'confirm',
          text: t('{channel}: are customers answered here? (no: presence only)', '{channel}: worden klanten hier geholpen? (nee: enkel aanwezig)'),
          when: (ctx) => isSocial(ctx.type),
          condition: 'social channels',
          default: () => true,
          check: (raw, ctx) => checkConfirm(raw, ctx.lang),
        },
        {
          id: 'channel.{type}.redirect',
          kind: 'input',
          text: t('{channel}: where are customers pointed instead?', '{channel}: waarheen worden klanten doorverwezen?'),
          when: (ctx) => isSocial(ctx.type) && !isInbound(ctx),
          condition: 'social channels that are presence only',
          default: (ctx) => (ctx.lang === 'nl' ? 'Vragen gaan naar de klantenservice' : 'Questions go to customer service'),
          check: (raw, ctx) => checkText(raw, ctx.lang, true, 'Questions go to the webchat'),
        },
        {
          id: 'channel.{type}.hours',
          kind: 'input',
          text: t('{channel}: published opening hours', '{channel}: gepubliceerde openingsuren'),
          help: HOURS_HELP,
          default: (ctx) => officeHours(ctx),
          check: (raw, ctx) => checkHours(raw, ctx.lang, hoursContext(ctx)),
        },
        {
          id: 'channel.{type}.target.answered',
          kind: 'input',
          text: t('{channel}: service level, share answered', '{channel}: serviceniveau, aandeel beantwoord'),
          help: t('e.g. 80%; empty: no target', 'bv. 80%; leeg: geen doel'),
          when: (ctx) => !isSocial(ctx.type),
          condition: 'voice, written and messaging channels (not social)',
          default: (ctx) => defaultTarget(ctx.type).answered,
          check: (raw, ctx) => checkShare(raw, ctx.lang, false),
        },
        {
          id: 'channel.{type}.target.within',
          kind: 'input',
          text: t('{channel}: … answered within', '{channel}: … beantwoord binnen'),
          help: t('a number and a unit: 20s, 5m, 24h', 'een getal en een eenheid: 20s, 5m, 24h'),
          when: (ctx) => !isSocial(ctx.type) && Boolean(answerOf(ctx, 'channel.{type}.target.answered')),
          condition: 'when a service-level share is given',
          default: (ctx) => defaultTarget(ctx.type).within,
          check: (raw, ctx) => checkDuration(raw, ctx.lang, true),
        },
        {
          id: 'channel.{type}.visibility',
          kind: 'select',
          text: t('{channel}: when does the chat button show?', '{channel}: wanneer is de chatknop zichtbaar?'),
          when: (ctx) => ctx.type === 'webchat',
          condition: 'webchat',
          choices: () => [
            { value: 'scheduled', text: t('scheduled: at the published hours', 'scheduled: op de gepubliceerde uren') },
            { value: 'always', text: t('always', 'altijd') },
            { value: 'when-agents-available', text: t('when-agents-available: comes and goes', 'when-agents-available: komt en gaat') },
          ],
          default: () => 'scheduled',
          check: (raw, ctx) => checkSelect(raw, ctx.lang, ['scheduled', 'always', 'when-agents-available']),
        },
        {
          id: 'channel.{type}.answered',
          kind: 'input',
          text: t('{channel}: measured share of messages that get an answer', '{channel}: gemeten aandeel berichten dat een antwoord krijgt'),
          help: UNKNOWN_HELP,
          when: (ctx) => isSocial(ctx.type) && isInbound(ctx),
          condition: 'social channels where customers are answered',
          default: () => '',
          check: (raw, ctx) => checkShare(raw, ctx.lang, false),
        },
        {
          id: 'channel.{type}.monitored',
          kind: 'confirm',
          text: t('{channel}: are mentions and messages watched?', '{channel}: worden vermeldingen en berichten opgevolgd?'),
          when: (ctx) => isSocial(ctx.type),
          condition: 'social channels',
          default: () => true,
          check: (raw, ctx) => checkConfirm(raw, ctx.lang),
        },
        {
          id: 'channel.{type}.promise',
          kind: 'input',
          text: t('{channel}: call-back time promised to the customer', '{channel}: beloofde terugbeltijd'),
          help: t('e.g. 2h, 1d', 'bv. 2h, 1d'),
          when: (ctx) => ctx.type === 'callback',
          condition: 'callback',
          default: () => '4h',
          check: (raw, ctx) => checkDuration(raw, ctx.lang, false),
        },
        {
          id: 'channel.{type}.promise_kept',
          kind: 'input',
          text: t('{channel}: measured share of call-backs within the promise', '{channel}: gemeten aandeel teruggebeld binnen de belofte'),
          help: UNKNOWN_HELP,
          when: (ctx) => ctx.type === 'callback',
          condition: 'callback',
          default: () => '',
          check: (raw, ctx) => checkShare(raw, ctx.lang, false),
        },
      ],
    },
  ],
};

const TRAINING = ['writing', 'social-media', 'tone-of-voice', 'de-escalation', 'product'] as const;

const TEAMS: Section = {
  id: 'teams',
  title: t('Teams', 'Teams'),
  comment: t('Who answers customers, how many, when and on which channels.', 'Wie klanten helpt, met hoeveel, wanneer en op welke kanalen.'),
  blocks: [
    {
      kind: 'once',
      questions: [
        {
          id: 'teams',
          kind: 'confirm',
          text: t('Describe the teams that answer customers?', 'De teams beschrijven die klanten helpen?'),
          default: () => true,
          check: (raw, ctx) => checkConfirm(raw, ctx.lang),
        },
      ],
    },
    {
      kind: 'repeat',
      questions: [
        {
          id: 'team.{n}.id',
          kind: 'input',
          text: t('Team {n}: id', 'Team {n}: id'),
          help: t('e.g. front-nl', 'bv. front-nl'),
          when: (ctx) => ctx.answers.teams === true,
          condition: 'when teams is yes',
          default: (ctx) => (ctx.n === 1 ? 'team' : `team-${ctx.n}`),
          check: (raw, ctx) => checkId(raw, ctx.lang, earlierIds(ctx, 'team')),
        },
        {
          id: 'team.{n}.agents',
          kind: 'number',
          text: t('{team}: agents (FTE)', '{team}: medewerkers (fte)'),
          default: () => 3,
          check: (raw, ctx) => checkPositiveNumber(raw, ctx.lang),
        },
        {
          id: 'team.{n}.shrinkage',
          kind: 'input',
          text: t('{team}: shrinkage (time lost to breaks, training, absence)', '{team}: shrinkage (tijd kwijt aan pauzes, opleiding, afwezigheid)'),
          help: t('e.g. 30%', 'bv. 30%'),
          default: () => '30%',
          check: (raw, ctx) => checkShare(raw, ctx.lang, true),
        },
        {
          id: 'team.{n}.channels',
          kind: 'checkbox',
          text: t('{team}: which channels does it handle?', '{team}: welke kanalen behandelt het?'),
          choices: (ctx) => channelIds(ctx.answers).map((id) => ({ value: id, text: t(id, id) })),
          default: (ctx) => {
            const handled = new Set<string>();
            for (let i = 1; i < (ctx.n ?? 1); i++) {
              const list = ctx.answers[`team.${i}.channels`];
              if (Array.isArray(list)) for (const id of list) handled.add(id);
            }
            const inbound = chosenTypes(ctx.answers).filter((type) => isInbound(ctx, type)).map((type) => String(ctx.answers[`channel.${type}.id`]));
            const open = inbound.filter((id) => !handled.has(id));
            return open.length > 0 ? open : inbound.slice(0, 1);
          },
          check: (raw, ctx) => checkCheckbox(raw, ctx.lang, channelIds(ctx.answers), true),
        },
        {
          id: 'team.{n}.hours',
          kind: 'input',
          text: t('{team}: working hours', '{team}: werkuren'),
          help: t(`opening_hours syntax, e.g. ${HOURS_EXAMPLE}; empty: whenever its channels are open`, `opening_hours-syntax, bv. ${HOURS_EXAMPLE}; leeg: wanneer zijn kanalen open zijn`),
          default: (ctx) => {
            const first = (answerOf(ctx, 'team.{n}.channels') as string[] | undefined)?.[0];
            const type = chosenTypes(ctx.answers).find((ty) => ctx.answers[`channel.${ty}.id`] === first);
            const hours = type ? ctx.answers[`channel.${type}.hours`] : undefined;
            return typeof hours === 'string' && hours !== '' ? hours : officeHours(ctx);
          },
          check: (raw, ctx) => checkHours(raw, ctx.lang, hoursContext(ctx)),
        },
        {
          id: 'team.{n}.languages',
          kind: 'input',
          text: t('{team}: languages it serves customers in', '{team}: talen waarin het klanten helpt'),
          help: t('ISO 639-1 codes, e.g. nl, fr', 'ISO 639-1-codes, bv. nl, fr'),
          default: (ctx) => (ctx.answers['organisation.languages'] as string[] | undefined) ?? [ctx.lang],
          check: (raw, ctx) => checkLanguages(raw, ctx.lang),
        },
        {
          id: 'team.{n}.training',
          kind: 'checkbox',
          text: t('{team}: what is it trained in?', '{team}: waarin is het opgeleid?'),
          choices: () => TRAINING.map((value) => ({ value, text: t(value, value) })),
          default: () => ['product'],
          check: (raw, ctx) => checkCheckbox(raw, ctx.lang, TRAINING, false),
        },
      ],
      more: {
        id: 'team.{n}.more',
        kind: 'confirm',
        text: t('Add another team?', 'Nog een team toevoegen?'),
        default: () => false,
        check: (raw, ctx) => checkConfirm(raw, ctx.lang),
      },
    },
  ],
};

const COVERS = ['tone-of-voice', 'language', 'escalation', 'response-times', 'personal-use'] as const;

const POLICIES: Section = {
  id: 'policies',
  title: t('Policies', 'Beleid'),
  comment: t('The social media policy and coaching.', 'Het socialemediabeleid en coaching.'),
  blocks: [
    {
      kind: 'once',
      questions: [
        {
          id: 'policies.social_media',
          kind: 'confirm',
          text: t('Is there a social media policy (code of conduct)?', 'Is er een socialemediabeleid (gedragscode)?'),
          default: () => false,
          check: (raw, ctx) => checkConfirm(raw, ctx.lang),
        },
        {
          id: 'policies.social_media.reviewed',
          kind: 'input',
          text: t('When was it last reviewed?', 'Wanneer werd het laatst herzien?'),
          help: t('YYYY-MM-DD', 'JJJJ-MM-DD'),
          when: (ctx) => ctx.answers['policies.social_media'] === true,
          condition: 'when there is a social media policy',
          default: (ctx) => ctx.today,
          check: (raw, ctx) => checkDate(raw, ctx.lang),
        },
        {
          id: 'policies.social_media.covers',
          kind: 'checkbox',
          text: t('What does it cover?', 'Wat behandelt het?'),
          when: (ctx) => ctx.answers['policies.social_media'] === true,
          condition: 'when there is a social media policy',
          choices: () => COVERS.map((value) => ({ value, text: t(value, value) })),
          default: () => ['tone-of-voice', 'escalation'],
          check: (raw, ctx) => checkCheckbox(raw, ctx.lang, COVERS, false),
        },
        {
          id: 'policies.coaching',
          kind: 'confirm',
          text: t('Do agents get ongoing coaching on written and social contact?', 'Krijgen medewerkers doorlopend coaching op schriftelijk en sociaal contact?'),
          default: () => false,
          check: (raw, ctx) => checkConfirm(raw, ctx.lang),
        },
      ],
    },
  ],
};

const MONITORING: Section = {
  id: 'monitoring',
  title: t('Monitoring', 'Monitoring'),
  comment: t('Watching what is said about the organisation.', 'Opvolgen wat er over de organisatie gezegd wordt.'),
  blocks: [
    {
      kind: 'once',
      questions: [
        {
          id: 'monitoring.social_listening',
          kind: 'confirm',
          text: t('Is what is said about the organisation on social media watched (social listening)?', 'Wordt opgevolgd wat er op sociale media over de organisatie gezegd wordt (social listening)?'),
          default: () => false,
          check: (raw, ctx) => checkConfirm(raw, ctx.lang),
        },
        {
          id: 'monitoring.social_listening.tool',
          kind: 'input',
          text: t('With which tool?', 'Met welke tool?'),
          help: t('e.g. Coosto; empty: not named', 'bv. Coosto; leeg: niet genoemd'),
          when: (ctx) => ctx.answers['monitoring.social_listening'] === true,
          condition: 'when social listening is yes',
          default: () => '',
          check: (raw, ctx) => checkText(raw, ctx.lang, false, 'Coosto'),
        },
        {
          id: 'monitoring.social_listening.hours',
          kind: 'input',
          text: t('When is it watched?', 'Wanneer wordt het opgevolgd?'),
          help: HOURS_HELP,
          when: (ctx) => ctx.answers['monitoring.social_listening'] === true,
          condition: 'when social listening is yes',
          default: (ctx) => officeHours(ctx),
          check: (raw, ctx) => checkHours(raw, ctx.lang, hoursContext(ctx)),
        },
        {
          id: 'monitoring.escalation_procedure',
          kind: 'confirm',
          text: t('Is there a documented path for a post that threatens to go viral?', 'Is er een vastgelegde aanpak voor een bericht dat viraal dreigt te gaan?'),
          default: () => false,
          check: (raw, ctx) => checkConfirm(raw, ctx.lang),
        },
      ],
    },
  ],
};

const CONTACT_TYPES: Section = {
  id: 'contact_types',
  title: t('Contact types', 'Contactredenen'),
  comment: t('What customers contact the organisation about, and where each is offered.', 'Waarover klanten contact opnemen, en via welke kanalen elk wordt aangeboden.'),
  blocks: [
    {
      kind: 'once',
      questions: [
        {
          id: 'contact_types',
          kind: 'confirm',
          text: t('List what customers contact the organisation about?', 'Oplijsten waarover klanten contact opnemen?'),
          default: () => false,
          check: (raw, ctx) => checkConfirm(raw, ctx.lang),
        },
      ],
    },
    {
      kind: 'repeat',
      questions: [
        {
          id: 'contact_type.{n}.id',
          kind: 'input',
          text: t('Contact type {n}: id', 'Contactreden {n}: id'),
          help: t('e.g. final-bill', 'bv. final-bill'),
          when: (ctx) => ctx.answers.contact_types === true,
          condition: 'when contact_types is yes',
          default: (ctx) => `question-${ctx.n}`,
          check: (raw, ctx) => checkId(raw, ctx.lang, earlierIds(ctx, 'contact_type')),
        },
        {
          id: 'contact_type.{n}.label',
          kind: 'input',
          text: t('{contact}: description', '{contact}: omschrijving'),
          help: t('e.g. A question about the final bill; empty: none', 'bv. Vraag over de eindafrekening; leeg: geen'),
          default: () => '',
          check: (raw, ctx) => checkText(raw, ctx.lang, false, 'A question about the final bill'),
        },
        {
          id: 'contact_type.{n}.complexity',
          kind: 'select',
          text: t('{contact}: simple, or does it need a conversation?', '{contact}: eenvoudig, of is er een gesprek nodig?'),
          choices: () => [
            { value: 'simple', text: t('simple', 'eenvoudig') },
            { value: 'complex', text: t('complex: needs a conversation', 'complex: vraagt een gesprek') },
          ],
          default: () => 'simple',
          check: (raw, ctx) => checkSelect(raw, ctx.lang, ['simple', 'complex']),
        },
        {
          id: 'contact_type.{n}.channels',
          kind: 'checkbox',
          text: t('{contact}: offered through which channels?', '{contact}: via welke kanalen aangeboden?'),
          choices: (ctx) => channelIds(ctx.answers).map((id) => ({ value: id, text: t(id, id) })),
          default: (ctx) => chosenTypes(ctx.answers).filter((type) => isInbound(ctx, type)).map((type) => String(ctx.answers[`channel.${type}.id`])),
          check: (raw, ctx) => checkCheckbox(raw, ctx.lang, channelIds(ctx.answers), true),
        },
      ],
      more: {
        id: 'contact_type.{n}.more',
        kind: 'confirm',
        text: t('Add another contact type?', 'Nog een contactreden toevoegen?'),
        default: () => false,
        check: (raw, ctx) => checkConfirm(raw, ctx.lang),
      },
    },
  ],
};

export const QUESTIONNAIRE: readonly Section[] = [ORGANISATION, CHANNELS, TEAMS, POLICIES, MONITORING, CONTACT_TYPES];

/** Every question, in order (the `more` question of a repeated block after its questions). */
export function allQuestions(): Question[] {
  return QUESTIONNAIRE.flatMap((section) => section.blocks.flatMap((block) => (block.kind === 'repeat' ? [...block.questions, block.more] : block.questions)));
}

/** The question's text for the current channel, team or contact type. */
export function questionText(text: Texts, ctx: QuestionContext): string {
  const channel = ctx.type ? CHANNEL_NAMES[ctx.type][ctx.lang] : '';
  const team = ctx.n !== undefined ? String(ctx.answers[`team.${ctx.n}.id`] ?? `team ${ctx.n}`) : '';
  const contact = ctx.n !== undefined ? String(ctx.answers[`contact_type.${ctx.n}.id`] ?? ctx.n) : '';
  const capital = channel.charAt(0).toUpperCase() + channel.slice(1);
  return text[ctx.lang]
    .replace(/^\{channel\}/, capital)
    .replace('{channel}', channel)
    .replace('{team}', team)
    .replace('{contact}', contact)
    .replace('{n}', String(ctx.n ?? ''));
}
