import { describe, expect, it } from 'vitest';
import { newUserProblems, passwordProblems, tokenProblems, userNameProblems } from './user-checks';

const required = { key: 'form.required' };

describe('staff account checks in the browser', () => {
  it('when a new user is sent empty, then email, name and password are each required', () => {
    expect(newUserProblems({ email: ' ', name: '', password: '' })).toEqual({ email: required, name: required, password: required });
  });

  it('when the email is not an address, the name too long or the password too short, then each says so', () => {
    expect(newUserProblems({ email: 'zhao@', name: '赵'.repeat(101), password: 'short' })).toEqual({
      email: { key: 'form.email' }, name: { key: 'form.tooLong', max: 100 }, password: { key: 'form.tooShort', min: 10 },
    });
    expect(newUserProblems({ email: ' zhao@example.test ', name: '赵排期', password: 'scheduler-pass-1' })).toEqual({});
  });

  it('when a name or a reset password is checked alone, then the same rules apply', () => {
    expect(userNameProblems('  ')).toEqual({ name: required });
    expect(userNameProblems('李经纪')).toEqual({});
    expect(passwordProblems('123456789')).toEqual({ password: { key: 'form.tooShort', min: 10 } });
    expect(passwordProblems('1234567890')).toEqual({});
    expect(passwordProblems('x'.repeat(201))).toEqual({ password: { key: 'form.tooLong', max: 200 } });
  });

  it('when a token has no user or no name, then both are required', () => {
    expect(tokenProblems({ userId: null, name: '' })).toEqual({ userId: required, name: required });
    expect(tokenProblems({ userId: 3, name: '财务月报脚本' })).toEqual({});
  });
});
