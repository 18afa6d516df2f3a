import { describe, expect, test } from 'vitest';
import { ESTATE_KINDS, SOURCE_KINDS } from '../../../src/core/answers/options';
import { fieldDomId, toggleChoice } from '../../../src/islands/wizard/choices';

describe('toggleChoice', () => {
  test('adds and removes values, keeping the options’ order', () => {
    expect(toggleChoice('sources.kinds', ['logs'], 'iot', true, SOURCE_KINDS)).toEqual(['iot', 'logs']);
    expect(toggleChoice('sources.kinds', ['iot', 'logs'], 'iot', false, SOURCE_KINDS)).toEqual(['logs']);
  });

  test('"Nothing yet" clears the other platforms, and another platform clears it', () => {
    expect(toggleChoice('estate.existing', ['kafka', 'onprem-dw'], 'none', true, ESTATE_KINDS)).toEqual(['none']);
    expect(toggleChoice('estate.existing', ['none'], 'kafka', true, ESTATE_KINDS)).toEqual(['kafka']);
  });
});

describe('fieldDomId', () => {
  test('is a valid, stable element id', () => {
    expect(fieldDomId('volume.dailyIngestGb')).toBe('field-volume-dailyIngestGb');
    expect(fieldDomId('freshness')).toBe('field-freshness');
  });
});
