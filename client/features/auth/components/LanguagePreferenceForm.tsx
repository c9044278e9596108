import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Field } from '../../../components/ui/Field';
import { Select } from '../../../components/ui/Select';
import { useToast } from '../../../components/ui/Toast';
import { useErrorMessage } from '../../../lib/error-message';
import { currentLanguage, LANGUAGES, type Language } from '../../../lib/i18n';
import { useSavePreferredLanguage } from '../account-api';

// Each language named in itself, so that someone who cannot read the current one still finds theirs.
const names: Record<Language, string> = { 'zh-CN': '中文', en: 'English' };

/** The interface language, kept on the server: it follows the user to every browser they sign in from. */
export function LanguagePreferenceForm() {
  const { t } = useTranslation();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const save = useSavePreferredLanguage();
  const [language, setLanguageChoice] = useState<Language>(currentLanguage());

  function submit(event: FormEvent) {
    event.preventDefault();
    // Said in the language just chosen: this render's `t` still speaks the one before.
    save.mutate(language, { onSuccess: () => toast.show(t('account.languageSaved', { lng: language })) });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-6" aria-labelledby="language-title">
      <h2 id="language-title" className="text-lg font-semibold text-slate-900">{t('account.languageTitle')}</h2>
      {save.isError && <Alert tone="error">{errorMessage(save.error)}</Alert>}
      <Field label={t('account.fields.language')} hint={t('account.languageHint')}>
        {(c) => (
          <Select
            {...c}
            options={LANGUAGES.map((value) => ({ value, label: names[value] }))}
            value={language}
            onChange={(e) => setLanguageChoice(e.target.value as Language)}
          />
        )}
      </Field>
      <Button type="submit" variant="primary" pending={save.isPending}>
        {t('common.save')}
      </Button>
    </form>
  );
}
