import { describe, expect, it } from 'vitest';
import { deviceClassOf } from './device-class';

describe('deviceClassOf', () => {
  it.each([
    [
      'iPhone Safari',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148',
    ],
    [
      'Android Chrome',
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36',
    ],
    [
      'Android tablet',
      'Mozilla/5.0 (Linux; Android 13; SM-X710) AppleWebKit/537.36 Chrome/126.0 Safari/537.36',
    ],
    [
      'HarmonyOS',
      'Mozilla/5.0 (Phone; OpenHarmony 4.1) AppleWebKit/537.36 Chrome/114.0 Safari/537.36 ArkWeb/4.1',
    ],
    ['WeChat', 'Mozilla/5.0 (Linux; U; zh-CN) AppleWebKit/537.36 MicroMessenger/8.0.49'],
  ])('%s is mobile', (_name, userAgent) => {
    expect(deviceClassOf(userAgent)).toBe('mobile');
  });

  it.each([
    [
      'Windows Chrome',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36',
    ],
    [
      'macOS Safari',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/17.5 Safari/605.1.15',
    ],
    ['a script', 'curl/8.5.0'],
    ['no header', undefined],
  ])('%s is desktop', (_name, userAgent) => {
    expect(deviceClassOf(userAgent)).toBe('desktop');
  });
});
