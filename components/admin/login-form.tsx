'use client';

import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';

export function LoginForm({ returnTo }: { returnTo: string }) {
  const t = useTranslations('login');
  const [error, setError] = useState<string | null>(null);
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
      setError(result?.status === 401 || result?.error === 'CredentialsSignin' ? t('invalid') : t('failed'));
    } catch {
      setError(t('failed'));
    }
    setIsPending(false);
  }

  return (
    <form className="stacked-form" onSubmit={handleSubmit} noValidate>
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
