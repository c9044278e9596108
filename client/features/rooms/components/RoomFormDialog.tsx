import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Dialog, DialogActions } from '../../../components/ui/Dialog';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { useToast } from '../../../components/ui/Toast';
import { firstProblems, maxLength, required, useFormChecks, wholeInRange } from '../../../lib/form-checks';
import { useFormErrors } from '../../../lib/form-errors';
import { useSaveRoom, type Room } from '../api';

/** Create a room (room null) or edit one. */
export function RoomFormDialog({ open, room, onClose }: { open: boolean; room: Room | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={room ? t('rooms.editTitle', { name: room.name }) : t('rooms.createTitle')}>
      <RoomForm room={room} onClose={onClose} />
    </Dialog>
  );
}

function RoomForm({ room, onClose }: { room: Room | null; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const save = useSaveRoom();
  const [form, setForm] = useState({ name: room?.name ?? '', location: room?.location ?? '', bufferMinutes: String(room?.bufferMinutes ?? 0) });
  const { fieldError: serverError, formError } = useFormErrors(save.error, ['name', 'location', 'bufferMinutes']);
  const checks = useFormChecks<'name' | 'location' | 'bufferMinutes'>();
  const fieldError = (field: Parameters<typeof serverError>[0]) => checks.message(field) ?? serverError(field);
  const set = (patch: Partial<typeof form>) => {
    setForm((f) => ({ ...f, ...patch }));
    checks.clear(Object.keys(patch));
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!checks.passes(firstProblems({
      name: [required(form.name), maxLength(form.name, 100)],
      location: [maxLength(form.location, 200)],
      bufferMinutes: [required(form.bufferMinutes), wholeInRange(form.bufferMinutes, 0, 240)],
    }))) return;
    const input = { name: form.name.trim(), location: form.location.trim(), bufferMinutes: Number(form.bufferMinutes.trim()) };
    save.mutate(room ? { id: room.id, ...input } : input, {
      onSuccess: (saved) => {
        toast.show(t(room ? 'rooms.updated' : 'rooms.created', { name: saved.name }));
        onClose();
      },
    });
  }

  return (
    <form ref={checks.formRef} onSubmit={submit} noValidate className="space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      <Field label={t('rooms.fields.name')} error={fieldError('name')}>
        {(c) => <Input {...c} value={form.name} onChange={(e) => set({ name: e.target.value })} />}
      </Field>
      <Field label={t('rooms.fields.location')} error={fieldError('location')}>
        {(c) => <Input {...c} value={form.location} onChange={(e) => set({ location: e.target.value })} />}
      </Field>
      <Field label={t('rooms.fields.bufferMinutes')} hint={t('rooms.bufferHint')} error={fieldError('bufferMinutes')}>
        {(c) => <Input {...c} inputMode="numeric" value={form.bufferMinutes} onChange={(e) => set({ bufferMinutes: e.target.value })} />}
      </Field>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" pending={save.isPending}>
          {room ? t('common.save') : t('common.create')}
        </Button>
      </DialogActions>
    </form>
  );
}
