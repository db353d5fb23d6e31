'use client';

import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { parseThrottledError, unavailableErrorCode } from '@/lib/auth/login-error-code';

/** The message for a refused sign-in's error code (from signIn()'s result or the `?error=` parameter). */
function useLoginErrorMessage(): (code: string | null | undefined) => string | null {
  const t = useTranslations('login');
  return (code) => {
    if (!code) return null;
    const minutes = parseThrottledError(code);
    if (minutes !== null) return t('throttled', { minutes });
    return code === 'CredentialsSignin' ? t('invalid') : t('failed');
  };
}

export function LoginForm({ returnTo, initialError }: { returnTo: string; initialError?: string }) {
  const t = useTranslations('login');
  const errorMessage = useLoginErrorMessage();
  const [error, setError] = useState<string | null>(() => errorMessage(initialError));
  const [isPending, setIsPending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setIsPending(true);
    setError(null);
    try {
      const result = await signIn('credentials', {
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
        redirect: false,
      });
      if (result?.ok) {
        window.location.assign(returnTo);
        return;
      }
      setError(errorMessage(result?.error ?? unavailableErrorCode));
    } catch {
      setError(t('failed'));
    }
    setIsPending(false);
  }

  return (
    // POST: a submit before hydration must not put the password into a URL.
    <form className="stacked-form" method="post" onSubmit={handleSubmit} noValidate>
      <label>
        {t('email')}
        <input name="email" type="email" autoComplete="username" required maxLength={254} />
      </label>
      <label>
        {t('password')}
        <input name="password" type="password" autoComplete="current-password" required maxLength={128} />
      </label>
      {error ? <p role="alert" className="form-error">{error}</p> : null}
      <button type="submit" disabled={isPending}>{isPending ? t('submitting') : t('submit')}</button>
    </form>
  );
}
