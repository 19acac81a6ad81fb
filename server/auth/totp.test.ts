import { base32, checkTotp, fromBase32, hotp, newRecoveryCodes, newTotpSecret, otpauthUri } from './totp';

// The vectors of RFC 6238 (SHA-1, secret "12345678901234567890"): any authenticator app agrees with these.
const RFC_SECRET = base32(Buffer.from('12345678901234567890'));

describe('authenticator codes (TOTP)', () => {
  it.each([
    [59, '287082'],
    [1111111109, '081804'],
    [1111111111, '050471'],
    [1234567890, '005924'],
    [2000000000, '279037'],
  ])('at %i s the code is %s', (seconds, code) => {
    expect(hotp(RFC_SECRET, Math.floor(seconds / 30))).toBe(code);
    expect(checkTotp(RFC_SECRET, code, seconds * 1000, null)).toBe(Math.floor(seconds / 30));
  });

  it('takes a code one step early or late, not two, and never the same step twice', () => {
    const now = 1111111109 * 1000;
    const step = Math.floor(1111111109 / 30);
    expect(checkTotp(RFC_SECRET, hotp(RFC_SECRET, step - 1), now, null)).toBe(step - 1);
    expect(checkTotp(RFC_SECRET, hotp(RFC_SECRET, step + 1), now, null)).toBe(step + 1);
    expect(checkTotp(RFC_SECRET, hotp(RFC_SECRET, step - 2), now, null)).toBeNull();
    expect(checkTotp(RFC_SECRET, hotp(RFC_SECRET, step), now, step)).toBeNull();
    expect(checkTotp(RFC_SECRET, '12345', now, null)).toBeNull();
    expect(checkTotp(RFC_SECRET, 'abcdef', now, null)).toBeNull();
  });

  it('makes 160-bit secrets that round-trip through base32, and a URI the apps read', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(fromBase32(secret)).toHaveLength(20);
    expect(base32(fromBase32(secret))).toBe(secret);
    expect(otpauthUri(secret, 'anna@example.org')).toBe(
      `otpauth://totp/LiBri%20Strategy%20Builder%3Aanna%40example.org?secret=${secret}&issuer=LiBri%20Strategy%20Builder&algorithm=SHA1&digits=6&period=30`,
    );
  });

  it('makes ten different recovery codes', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[A-Z2-7]{5}-[A-Z2-7]{5}$/);
  });
});
