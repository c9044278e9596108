import { email, firstProblems, maxLength, minLength, required, type FormProblem, type Problems } from '../../lib/form-checks';

// What the browser can tell of a staff account before the server does (server/shared/api/users.ts): a name of
// 1 to 100 characters, an email address, a password of 10 to 200 characters; a token named in 1 to 100.

export type UserField = 'email' | 'name' | 'password';
export type TokenField = 'userId' | 'name';

const nameChecks = (name: string): (FormProblem | null)[] => [required(name), maxLength(name, 100)];
const passwordChecks = (password: string): (FormProblem | null)[] => [required(password), minLength(password, 10), maxLength(password, 200)];

export const newUserProblems = (form: { email: string; name: string; password: string }): Problems<UserField> =>
  firstProblems<UserField>({ email: [required(form.email), email(form.email), maxLength(form.email, 254)], name: nameChecks(form.name), password: passwordChecks(form.password) });

export const userNameProblems = (name: string): Problems<'name'> => firstProblems({ name: nameChecks(name) });

export const passwordProblems = (password: string): Problems<'password'> => firstProblems({ password: passwordChecks(password) });

export const tokenProblems = (form: { userId: number | null; name: string }): Problems<TokenField> =>
  firstProblems<TokenField>({ userId: [form.userId === null ? { key: 'form.required' } : null], name: nameChecks(form.name) });
