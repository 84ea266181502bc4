// The save step every staff settings form shares: submitting runs the save, then says it is saved,
// or shows the one-sentence error that stopped it in the same place.
import { useState, type FormEvent } from 'react';
import { useI18n, type MessageKey } from '../i18n';
import { apiErrorText } from '../api-error';

export function useSaveForm(savedKey: MessageKey) {
  const { t } = useI18n();
  const [message, setMessage] = useState<string | null>(null);
  async function submit(event: FormEvent, save: () => Promise<unknown>) {
    event.preventDefault();
    try {
      await save();
      setMessage(t(savedKey));
    } catch (error) {
      setMessage(apiErrorText(t, error));
    }
  }
  return { message, setMessage, submit };
}
