import { describe, expect, test } from 'vitest';
import { CONFIG_MESSAGES, configTexts } from '../../src/config/config-messages.js';
import { expectBothLanguages } from '../helpers/message-catalogue.js';

describe('the configuration message catalogue', () => {
  test('has an English and a Dutch text for every message, taking the same arguments and keeping each', () => {
    expectBothLanguages(CONFIG_MESSAGES);
  });

  test('binds a language, English by default', () => {
    expect(configTexts().noRule('x')).toBe('there is no rule x');
    expect(configTexts('nl').noRule('x')).toBe('er is geen regel x');
    expect(configTexts('nl').configurationUnusable(1)).toBe('de configuratie is niet bruikbaar (1 probleem):');
    expect(configTexts('nl').rulePackUnusable(3)).toBe('het regelpakket is niet bruikbaar (3 problemen):');
  });
});
