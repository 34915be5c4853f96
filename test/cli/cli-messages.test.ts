// The command line's own usage errors in the language of the command (--lang); commander's own
// messages (an unknown option, a missing argument) too (localised-command.test.ts).
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CLI_MESSAGES, cliTexts } from '../../src/cli/cli-messages.js';
import { countWorkers } from '../../src/cli/audit-files.js';
import { parseSize } from '../../src/cli/parse-size.js';
import { parseWhatIf } from '../../src/staffing/parse-what-if.js';
import { runCli } from '../helpers/cli.js';
import { expectBothLanguages } from '../helpers/message-catalogue.js';

const GOOD = 'fixtures/good-practice.yaml';
const RETAILER = 'fixtures/retailer-offshore.yaml';

describe('the command-line message catalogue', () => {
  test('has an English and a Dutch text for every message, taking the same arguments and keeping each', () => {
    expectBothLanguages(CLI_MESSAGES);
  });

  test('binds a language, English by default', () => {
    expect(cliTexts().dateTakes('x')).toBe('--date takes a date as YYYY-MM-DD, not "x"');
    expect(cliTexts('nl').dateTakes('x')).toBe('--date verwacht een datum als YYYY-MM-DD, niet "x"');
    expect(cliTexts('nl').wroteBaseline(1, 'b.json')).toBe('1 bevinding geschreven naar de baseline b.json');
    expect(cliTexts().wroteBaseline(1, 'b.json')).toBe('wrote 1 finding to the baseline b.json');
  });
});

describe('usage errors in Dutch with --lang nl, exit 2, one line and no stack', () => {
  const dutch = async (argv: string[]) => {
    const { code, stdout, stderr } = await runCli(argv);
    expect(code, argv.join(' ')).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).not.toMatch(/\n\s+at /);
    return stderr;
  };

  test('check: --date, the gates, --update-baseline, the outputs, --max-input-size', async () => {
    expect(await dutch(['check', GOOD, '--lang', 'nl', '--date', '2026-13-01'])).toBe('contact-audit: --date verwacht een datum als YYYY-MM-DD, niet "2026-13-01"\n');
    expect(await dutch(['check', GOOD, '--lang', 'nl', '--min-score', '300'])).toBe('contact-audit: --min-score verwacht een getal van 0 tot 100, niet "300"\n');
    expect(await dutch(['check', GOOD, '--lang', 'nl', '--min-category-score', 'socal=70'])).toBe(
      'contact-audit: --min-category-score: er is geen categorie "socal" (bedoel je social? categorieën: availability, responsiveness, social, consistency, people, strategy)\n',
    );
    expect(await dutch(['check', GOOD, '--lang', 'nl', '--min-category-score', 'social'])).toBe('contact-audit: --min-category-score verwacht categorie=N (bv. social=70), niet "social"\n');
    expect(await dutch(['check', GOOD, '--lang', 'nl', '--max-warnings', 'veel'])).toBe('contact-audit: --max-warnings verwacht een geheel getal, 0 of meer, niet "veel"\n');
    expect(await dutch(['check', GOOD, '--lang', 'nl', '--update-baseline'])).toBe('contact-audit: --update-baseline werkt alleen met --baseline FILE: het bestand dat geschreven wordt\n');
    expect(await dutch(['check', GOOD, '--lang', 'nl', '-f', 'json', '-f', 'sarif'])).toBe(
      'contact-audit: json en sarif zouden allebei naar de standaarduitvoer gaan; geef ze op één na allemaal een --output-bestand\n',
    );
    expect(await dutch(['check', GOOD, '--lang', 'nl', '-f', 'pdf'])).toMatch(/^contact-audit: onbekend formaat "pdf" \(formaten: /);
    expect(await dutch(['check', GOOD, '--lang', 'nl', '--max-input-size', '5x'])).toBe(
      'contact-audit: --max-input-size verwacht een grootte zoals 50MB, 50MiB of 5000000 (bytes), niet "5x"\n',
    );
  });

  test('the same errors stay English without --lang', async () => {
    const { code, stderr } = await runCli(['check', GOOD, '--date', '2026-13-01']);
    expect(code).toBe(2);
    expect(stderr).toBe('contact-audit: --date takes a date as YYYY-MM-DD, not "2026-13-01"\n');
  });

  test('config, coverage and staffing', async () => {
    expect(await dutch(['config', '--lang', 'nl'])).toBe('contact-audit: config: zeg wat er moet gebeuren: --print toont de configuratie die geldt\n');
    expect(await dutch(['config', '--print', '--lang', 'nl', '--min-score', '200'])).toBe('contact-audit: --min-score verwacht een getal van 0 tot 100, niet "200"\n');
    expect(await dutch(['coverage', GOOD, '--lang', 'nl', '--date', 'morgen'])).toBe('contact-audit: --date verwacht een datum als YYYY-MM-DD, niet "morgen"\n');
    expect(await dutch(['coverage', GOOD, '--lang', 'nl', '--slot', '2h'])).toBe('contact-audit: --slot verwacht 1h (de standaard) of 30m, niet "2h"\n');
    const staffing = await dutch(['staffing', RETAILER, '--lang', 'nl', '--volume', '+20', '--target', '80%', '--agents', 'ghost=3']);
    expect(staffing.split('\n')).toEqual([
      'contact-audit: --volume +20: schrijf een relatieve verandering met % (+20%) of contacten per uur zonder teken',
      'contact-audit: --target verwacht een aandeel en een tijd, zoals 80%/20s of 90%/15m, niet "80%"',
      expect.stringMatching(/^contact-audit: --agents ghost=3: geen team "ghost" \(teams: /),
      '',
    ]);
  });

  test('the helpers take the language too, English by default', () => {
    expect(() => countWorkers('99', 100, { cores: 8, lang: 'nl' })).toThrow('--concurrency verwacht auto, off of een aantal threads van 1 tot 64, niet "99"');
    expect(() => parseSize('1GB', '--max-input-size', 'nl')).toThrow('--max-input-size 1GB is meer dan 512MiB, het meeste dat in één keer gelezen kan worden');
    expect(parseWhatIf({ handleTime: '0s', lang: 'nl' }, [])).toEqual({ ok: false, errors: ['--handle-time 0s: een behandeltijd moet meer dan 0 zijn'] });
    expect(parseWhatIf({ handleTime: '0s' }, [])).toEqual({ ok: false, errors: ['--handle-time 0s: a handle time must be more than 0'] });
  });

  test("commander's own messages come in Dutch too (localised-command.test.ts has every kind)", async () => {
    expect(await dutch(['check', GOOD, '--lang', 'nl', '--no-such-flag'])).toBe("fout: onbekende optie '--no-such-flag'\n(zie contact-audit --help voor het gebruik)\n");
  });

  test('a report file that cannot be written: the path and the reason, in Dutch and in English', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'contact-audit-write-'));
    try {
      expect(await dutch(['check', GOOD, '--lang', 'nl', '-f', 'json', '-o', join(dir, 'nowhere', 'audit.json')])).toBe(
        `contact-audit: ${join(dir, 'nowhere', 'audit.json')} kan niet geschreven worden: de map bestaat niet\n`,
      );
      mkdirSync(join(dir, 'audit.sarif'));
      expect(await dutch(['check', GOOD, '--lang', 'nl', '-f', 'sarif', '-o', join(dir, 'audit.sarif')])).toBe(`contact-audit: ${join(dir, 'audit.sarif')} kan niet geschreven worden: het is een map\n`);
      writeFileSync(join(dir, 'file'), '');
      expect(await dutch(['check', GOOD, '--lang', 'nl', '-f', 'sarif=' + join(dir, 'file', 'audit.sarif')])).toBe(
        `contact-audit: ${join(dir, 'file', 'audit.sarif')} kan niet geschreven worden: een deel van het pad is een bestand, geen map\n`,
      );
      const english = await runCli(['check', GOOD, '-f', 'json', '-o', join(dir, 'nowhere', 'audit.json')]);
      expect(english.code).toBe(2);
      expect(english.stderr).toBe(`contact-audit: cannot write ${join(dir, 'nowhere', 'audit.json')}: its folder does not exist\n`);
      expect(readdirSync(dir).sort()).toEqual(['audit.sarif', 'file']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
