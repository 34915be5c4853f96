// `contact-audit init` in-process: --answers, no terminal, refusal to overwrite, --force,
// resume after an interruption, --from, --list-questions.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runInit, type InitOptions } from '../../src/cli/init-command.js';
import { CliError, type CliIo } from '../../src/cli/io.js';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import type { Prompter } from '../../src/interview/prompter.js';
import { runCli } from '../helpers/cli.js';
import { scriptedPrompter } from '../interview/scripted-prompter.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'contact-audit-init-'));
});

async function init(file: string | undefined, options: InitOptions, prompter?: Prompter, tty = true) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s), isTTY: tty },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Object.assign(process.stdin, {}) as CliIo['stdin'],
    env: {},
    cwd: dir,
  };
  let code: number;
  try {
    code = await runInit(file, options, io, { prompter });
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    stderr += error.message;
    code = error.exitCode;
  }
  return { code, stdout, stderr };
}

async function loads(path: string) {
  return loadOrganisation(readFileSync(path, 'utf8'), path);
}

describe('init --answers', () => {
  it('writes a valid file from a YAML answers file (flat or nested ids), audits it and exits 0', async () => {
    writeFileSync(
      join(dir, 'answers.yaml'),
      'organisation:\n  name: Scripted\n  country: NL\nchannels: [phone, whatsapp]\nchannel.whatsapp.target.within: 2h\nteam.1.agents: 5\n',
    );
    const result = await init('org.yaml', { answers: 'answers.yaml' }, undefined, false);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/written: org\.yaml/);
    expect(result.stdout).toMatch(/Audit score: \d+/);
    const loaded = await loads(join(dir, 'org.yaml'));
    expect(loaded.errors).toEqual([]);
    expect(loaded.org!.organisation).toMatchObject({ name: 'Scripted', country: 'NL', languages: ['nl'] });
    expect(loaded.org!.channels[1].target).toEqual({ answered: 0.9, within: 7200 });
    expect(loaded.org!.teams[0].agents).toBe(5);
    expect(existsSync(join(dir, 'org.yaml.draft.json'))).toBe(false);
  });

  it('takes JSON, and notes hours warnings without refusing them', async () => {
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ 'channel.phone.hours': 'Mo-Fr 08:00-18:00 PH off' }));
    const result = await init('org.yaml', { answers: 'a.json' }, undefined, false);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/note: channel\.phone\.hours: .*";" is probably missing/);
  });

  it('an invalid answer exits 2 naming the question id and the reason', async () => {
    writeFileSync(join(dir, 'a.yaml'), 'channel.phone.target.answered: 80\n');
    const result = await init('org.yaml', { answers: 'a.yaml' }, undefined, false);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/channel\.phone\.target\.answered: .*80%/);
    expect(existsSync(join(dir, 'org.yaml'))).toBe(false);
  });

  it('an unknown id exits 2 with a suggestion', async () => {
    writeFileSync(join(dir, 'a.yaml'), 'organisation.nmae: X\n');
    const result = await init('org.yaml', { answers: 'a.yaml' }, undefined, false);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/organisation\.nmae: not a question id \(did you mean organisation\.name\?\)/);
  });

  it('never replaces an existing file without --force', async () => {
    writeFileSync(join(dir, 'a.yaml'), '{}\n');
    writeFileSync(join(dir, 'org.yaml'), 'mine\n');
    const refused = await init('org.yaml', { answers: 'a.yaml' }, undefined, false);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/exists; give --force/);
    expect(readFileSync(join(dir, 'org.yaml'), 'utf8')).toBe('mine\n');
    const forced = await init('org.yaml', { answers: 'a.yaml', force: true }, undefined, false);
    expect(forced.code).toBe(0);
    expect((await loads(join(dir, 'org.yaml'))).errors).toEqual([]);
  });
});

describe('init in a terminal', () => {
  it('refuses a file in a folder that does not exist before asking anything (exit 2)', async () => {
    const prompter = scriptedPrompter();
    const result = await init('missing/org.yaml', {}, prompter);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/folder does not exist/);
    expect(prompter.asked).toEqual([]);
  });

  it('without a terminal and without --answers exits 2 naming --answers (does not hang)', async () => {
    const result = await runCli(['init', join(dir, 'org.yaml')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--answers/);
  });

  it('asks before replacing an existing file; no leaves it and exits 130', async () => {
    writeFileSync(join(dir, 'org.yaml'), 'mine\n');
    const prompter = scriptedPrompter({ 'init.overwrite': false });
    const result = await init('org.yaml', {}, prompter);
    expect(result.code).toBe(130);
    expect(prompter.asked).toEqual(['init.overwrite']);
    expect(readFileSync(join(dir, 'org.yaml'), 'utf8')).toBe('mine\n');
    const yes = await init('org.yaml', {}, scriptedPrompter({ 'init.overwrite': true }));
    expect(yes.code).toBe(0);
  });

  it('keeps the answers in a draft on Ctrl-C (exit 130) and --resume continues without asking them again', async () => {
    const first = scriptedPrompter({ 'organisation.name': 'Interrupted Ltd', channels: ['phone', 'webchat'], 'channel.webchat.id': 'chat' }, { stopAt: 'team.1.agents' });
    const stopped = await init('org.yaml', { lang: 'nl' }, first);
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toMatch(/org\.yaml\.draft\.json/);
    expect(stopped.stderr).toMatch(/contact-audit init org\.yaml --resume --lang nl/);
    expect(existsSync(join(dir, 'org.yaml'))).toBe(false);
    const draft = JSON.parse(readFileSync(join(dir, 'org.yaml.draft.json'), 'utf8'));
    expect(draft.answers).toMatchObject({ 'organisation.name': 'Interrupted Ltd', 'channel.webchat.id': 'chat', 'team.1.id': 'team' });

    const second = scriptedPrompter({ 'team.1.agents': 9 });
    const resumed = await init('org.yaml', { resume: true }, second);
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toMatch(/geschreven: org\.yaml/);
    expect(second.asked[0]).toBe('team.1.agents');
    expect(second.asked).not.toContain('organisation.name');
    const loaded = await loads(join(dir, 'org.yaml'));
    expect(loaded.errors).toEqual([]);
    expect(loaded.org!.organisation.name).toBe('Interrupted Ltd');
    expect(loaded.org!.channels.map((c) => c.id)).toEqual(['phone', 'chat']);
    expect(loaded.org!.teams[0].agents).toBe(9);
    expect(existsSync(join(dir, 'org.yaml.draft.json'))).toBe(false);
  });

  it('offers a draft it finds without --resume; --resume without a draft exits 2', async () => {
    expect((await init('org.yaml', { resume: true }, scriptedPrompter())).code).toBe(2);
    await init('org.yaml', {}, scriptedPrompter({ 'organisation.name': 'Draft Co' }, { stopAt: 'channels' }));
    const again = scriptedPrompter({ 'init.resume-draft': false });
    expect((await init('org.yaml', {}, again)).code).toBe(0);
    expect(again.asked).toContain('organisation.name');
    expect((await loads(join(dir, 'org.yaml'))).org!.organisation.name).toBe('My organisation');
  });

  it('keeps the draft and says how to resume when something crashes', async () => {
    const crashing: Prompter = {
      async ask(_q, ctx) {
        if (ctx.id === 'channels') throw new Error('boom');
        return ctx.default;
      },
    };
    await expect(init('org.yaml', {}, crashing)).rejects.toThrow('boom');
    expect(existsSync(join(dir, 'org.yaml.draft.json'))).toBe(true);
  });
});

describe('init --from', () => {
  it("walks the questions with the file's values as defaults and keeps the fields it does not ask", async () => {
    const source = join(process.cwd(), 'fixtures', 'energie-vlaanderen.yaml');
    const prompter = scriptedPrompter();
    const result = await init('copy.yaml', { from: source }, prompter);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(prompter.contexts.get('organisation.name')!.default).toBe('Energie Vlaanderen');
    expect(prompter.contexts.get('channel.phone.target.answered')!.default).toBe('80%');
    const original = (await loads(source)).org!;
    const copy = (await loads(join(dir, 'copy.yaml'))).org!;
    expect(copy.organisation).toEqual(original.organisation);
    // Channels come out in the questionnaire's type order; each is the same.
    const byId = (channels: typeof copy.channels) => [...channels].map(({ index: _, ...c }) => c).sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(copy.channels)).toEqual(byId(original.channels));
    // Lists of channel ids also follow the channels' order.
    const sorted = <T extends { channels: string[] }>(items: T[]) => items.map((item) => ({ ...item, channels: [...item.channels].sort() }));
    expect(sorted(copy.teams)).toEqual(sorted(original.teams));
    expect(copy.policies).toEqual(original.policies);
    expect(copy.monitoring).toEqual(original.monitoring);
    expect(sorted(copy.contact_types)).toEqual(sorted(original.contact_types));
  });

  it('refuses an invalid --from file with its errors (exit 2)', async () => {
    writeFileSync(join(dir, 'bad.yaml'), 'version: 1\norganisation: {name: X}\nchannels: []\n');
    const result = await init('org.yaml', { from: 'bad.yaml' }, scriptedPrompter());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/bad\.yaml:3:/);
  });
});

describe("init's usage errors follow --lang, or the language of the draft it resumes", () => {
  const ANSWERS = 'organisation.name: Acme\n';
  const run = (argv: string[]) => runCli(argv, { cwd: dir });

  it('a folder that does not exist, --answers with --resume: in Dutch, and in English without --lang', async () => {
    const nl = await run(['init', 'missing/org.yaml', '--lang', 'nl']);
    expect(nl).toEqual({ code: 2, stdout: '', stderr: 'contact-audit: missing/org.yaml kan niet geschreven worden: de map bestaat niet\n' });
    const en = await run(['init', 'missing/org.yaml']);
    expect(en).toEqual({ code: 2, stdout: '', stderr: 'contact-audit: cannot write missing/org.yaml: its folder does not exist\n' });
    const both = await run(['init', 'org.yaml', '--answers', 'a.yaml', '--resume', '--lang', 'nl']);
    expect(both.stderr).toBe('contact-audit: --answers en --resume gaan niet samen: --answers geeft zelf elk antwoord\n');
  });

  it('without a terminal: in Dutch with --lang nl, and in the language of a draft found beside the file', async () => {
    const nl = await run(['init', 'org.yaml', '--lang', 'nl']);
    expect(nl.code).toBe(2);
    expect(nl.stderr).toBe(
      'contact-audit: init stelt zijn vragen in een terminal, en de standaardinvoer is er geen. Geef de antwoorden in een script in een bestand:\n' +
        '  contact-audit init org.yaml --answers answers.yaml --lang nl\n' +
        "(YAML of JSON met per vraag-id een antwoord; contact-audit init --list-questions toont de id's)\n",
    );
    writeFileSync(join(dir, 'org.yaml.draft.json'), JSON.stringify({ draft_version: 1, target: 'org.yaml', lang: 'nl', answers: { 'organisation.name': 'Acme' }, updated: '2026-01-01T00:00:00Z' }));
    const fromDraft = await run(['init', 'org.yaml']);
    expect(fromDraft.code).toBe(2);
    expect(fromDraft.stderr).toMatch(/^contact-audit: init stelt zijn vragen in een terminal.*\n {2}contact-audit init org\.yaml --answers answers\.yaml\n/s);
    const en = await run(['init', 'org.yaml', '--lang', 'en']);
    expect(en.stderr).toMatch(/^contact-audit: init asks its questions in a terminal, and standard input is not one\./);
  });

  it('a draft that is not one, and --resume without a draft', async () => {
    writeFileSync(join(dir, 'org.yaml.draft.json'), '{ half');
    expect((await init('org.yaml', { lang: 'nl' }, scriptedPrompter())).stderr).toBe(
      'org.yaml.draft.json is geen concept van de vragenlijst van contact-audit (geen JSON); zet het opzij om opnieuw te beginnen',
    );
    expect((await init('org.yaml', {}, scriptedPrompter())).stderr).toBe('org.yaml.draft.json is not a contact-audit questionnaire draft (not JSON); move it away to start over');
    writeFileSync(join(dir, 'org.yaml.draft.json'), '{"draft_version": 2}');
    expect((await init('org.yaml', { lang: 'nl' }, scriptedPrompter())).stderr).toBe(
      'org.yaml.draft.json is geen concept van de vragenlijst van contact-audit; zet het opzij om opnieuw te beginnen',
    );
    const none = await init('other.yaml', { lang: 'nl', resume: true }, scriptedPrompter());
    expect(none).toEqual({ code: 2, stdout: '', stderr: '--resume: er is geen concept om mee verder te gaan (other.yaml.draft.json)' });
  });

  it('--answers: a missing file, not YAML, not a map, an unknown id, a file that exists', async () => {
    const nl = (options: InitOptions, file = 'org.yaml') => init(file, { lang: 'nl', ...options }, undefined, false);
    expect((await nl({ answers: 'nope.yaml' })).stderr).toBe('--answers nope.yaml: dat bestand bestaat niet');
    writeFileSync(join(dir, 'broken.yaml'), 'a: [1\n');
    expect((await nl({ answers: 'broken.yaml' })).stderr).toMatch(/^--answers broken\.yaml: geen YAML of JSON: \S/);
    writeFileSync(join(dir, 'list.yaml'), '- organisation.name\n');
    expect((await nl({ answers: 'list.yaml' })).stderr).toBe("--answers list.yaml: verwacht per vraag-id een antwoord (contact-audit init --list-questions toont de id's)");
    writeFileSync(join(dir, 'typo.yaml'), 'organisation.nmae: Acme\nfoo: 1\n');
    expect((await nl({ answers: 'typo.yaml' })).stderr).toBe(
      "--answers typo.yaml: organisation.nmae: geen vraag-id (bedoel je organisation.name?)\n--answers typo.yaml: foo: geen vraag-id\n(contact-audit init --list-questions toont de id's)",
    );
    writeFileSync(join(dir, 'answers.yaml'), ANSWERS);
    writeFileSync(join(dir, 'org.yaml'), 'mine\n');
    const exists = await nl({ answers: 'answers.yaml' });
    expect(exists).toEqual({ code: 2, stdout: '', stderr: 'org.yaml bestaat al; geef --force om het te vervangen' });
    expect((await init('org.yaml', { answers: 'answers.yaml' }, undefined, false)).stderr).toBe('org.yaml exists; give --force to replace it');
  });

  it('--from: a missing or invalid file; the notes in Dutch', async () => {
    expect((await init('org.yaml', { lang: 'nl', from: 'nope.yaml' }, scriptedPrompter())).stderr).toBe('--from nope.yaml: dat bestand bestaat niet');
    writeFileSync(join(dir, 'bad.yaml'), 'version: 1\norganisation: {name: X}\nchannels: []\n');
    const invalid = await init('org.yaml', { lang: 'nl', from: 'bad.yaml' }, scriptedPrompter());
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/^--from bad\.yaml is geen geldig organisatiebestand:\nbad\.yaml:3:/);
    const twoEmails = readFileSync('fixtures/good-practice.yaml', 'utf8').replace('  - id: chat\n', '  - id: email-b2b\n    type: email\n    owner: contact-center\n  - id: chat\n');
    writeFileSync(join(dir, 'two-emails.yaml'), twoEmails);
    const dropped = await init('copy.yaml', { lang: 'nl', from: 'two-emails.yaml' }, scriptedPrompter());
    expect(dropped.code).toBe(0);
    expect(dropped.stderr).toBe('let op: de vragenlijst kent één kanaal per type; niet overgenomen uit two-emails.yaml: email-b2b\n');
    writeFileSync(join(dir, 'answers.yaml'), `${ANSWERS}channels: [phone]\nchannel.webchat.id: chat\n`);
    const unused = await init('org.yaml', { lang: 'nl', answers: 'answers.yaml' }, undefined, false);
    expect(unused.code).toBe(0);
    expect(unused.stderr).toBe('let op: --answers: niet gevraagd, dus niet gebruikt: channel.webchat.id\n');
  });

  it('a file that cannot be written: the reason in words, in the language asked', async () => {
    writeFileSync(join(dir, 'answers.yaml'), ANSWERS);
    mkdirSync(join(dir, 'org.yaml'));
    const nl = await init('org.yaml', { lang: 'nl', answers: 'answers.yaml', force: true }, undefined, false);
    expect(nl).toEqual({ code: 2, stdout: '', stderr: 'org.yaml kan niet geschreven worden: het is een map' });
    const en = await init('org.yaml', { answers: 'answers.yaml', force: true }, undefined, false);
    expect(en.stderr).toBe('cannot write org.yaml: it is a folder');
  });
});

describe('init --list-questions', () => {
  it('lists every question id with its default', async () => {
    const result = await runCli(['init', '--list-questions']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^organisation\.name\n {4}The organisation's name \(input; default: My organisation\)/);
    expect(result.stdout).toMatch(/channel\.\{type\}\.visibility\n.*only webchat/);
  });
});
