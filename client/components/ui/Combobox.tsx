import clsx from 'clsx';
import { useCombobox } from 'downshift';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlProps } from './Field';
import { controlClass } from './Input';

export type ComboboxProps<T> = Partial<ControlProps> & {
  /** The options for what is typed now (the caller searches; the combobox only shows and picks). */
  items: readonly T[];
  selectedItem: T | null;
  /** A pick, or null when the user clears the field (the × button, or erasing the text). */
  onSelect: (item: T | null) => void;
  /** Every keystroke's text: feed it (debounced) to a search. */
  onInputChange?: (text: string) => void;
  itemKey: (item: T) => string | number;
  /** The text the field shows once the item is chosen. */
  itemLabel: (item: T) => string;
  /** A second, quieter line under an option: legal name, handles, dates. */
  itemDetail?: (item: T) => ReactNode;
  isItemDisabled?: (item: T) => boolean;
  loading?: boolean;
  placeholder?: string;
  disabled?: boolean;
  className?: string;
  name?: string;
};

/**
 * A searchable picker (WAI-ARIA combobox, on downshift's useCombobox): type part of a name, move with the arrow
 * keys, Enter picks, Escape closes, the × clears. Put it in a Field: `<Field label>{(c) => <Combobox {...c} />}</Field>`.
 */
export function Combobox<T>(props: ComboboxProps<T>) {
  const { t } = useTranslation();
  const { items, selectedItem, onSelect, onInputChange, itemKey, itemLabel, itemDetail, isItemDisabled, loading, placeholder, disabled, className, name } = props;
  const combobox = useCombobox<T>({
    items: items as T[],
    selectedItem,
    itemToString: (item) => (item ? itemLabel(item) : ''),
    itemToKey: (item) => (item ? itemKey(item) : null),
    ...(isItemDisabled ? { isItemDisabled } : {}),
    ...(props.id ? { inputId: props.id } : {}),
    onSelectedItemChange: ({ selectedItem: picked }) => onSelect(picked ?? null),
    onInputValueChange: ({ inputValue, type }) => {
      if (type !== useCombobox.stateChangeTypes.InputChange) return;
      onInputChange?.(inputValue);
      // Erasing the text clears the choice, so a filter can be removed from the keyboard.
      if (inputValue === '' && selectedItem !== null) onSelect(null);
    },
  });
  const { isOpen, highlightedIndex, getInputProps, getMenuProps, getItemProps, getToggleButtonProps, reset } = combobox;

  return (
    <div className={clsx('relative', className)}>
      <div className="relative">
        <input
          {...getInputProps({
            disabled,
            placeholder,
            name,
            'aria-describedby': props['aria-describedby'],
            'aria-invalid': props['aria-invalid'],
            // The Field's <label for> names the input; downshift's own label id would point at nothing.
            'aria-labelledby': undefined,
          })}
          autoComplete="off"
          className={clsx(controlClass, 'pr-16')}
        />
        <div className="absolute inset-y-0 right-1 flex items-center gap-0.5">
          {selectedItem !== null && !disabled && (
            <button type="button" tabIndex={-1} className="rounded px-1.5 text-lg leading-none text-slate-400 hover:text-slate-700" aria-label={t('combobox.clear')} onClick={() => { reset(); onSelect(null); onInputChange?.(''); }}>
              ×
            </button>
          )}
          <button type="button" {...getToggleButtonProps({ disabled, tabIndex: -1, 'aria-label': t('combobox.toggle') })} className="rounded px-1.5 text-slate-400 hover:text-slate-700">
            ▾
          </button>
        </div>
      </div>
      <ul
        {...getMenuProps({ 'aria-labelledby': undefined, 'aria-label': t('combobox.options') })}
        className={clsx('absolute z-30 mt-1 max-h-72 w-full min-w-56 overflow-y-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg', !isOpen && 'hidden')}
      >
        {isOpen && loading && items.length === 0 && <li className="px-3 py-2 text-sm text-slate-500">{t('common.loading')}</li>}
        {isOpen && !loading && items.length === 0 && <li className="px-3 py-2 text-sm text-slate-500">{t('combobox.noMatches')}</li>}
        {isOpen &&
          items.map((item, index) => {
            const itemDisabled = isItemDisabled?.(item) ?? false;
            return (
              <li
                key={itemKey(item)}
                {...getItemProps({ item, index })}
                className={clsx(
                  'cursor-pointer px-3 py-1.5 text-sm',
                  highlightedIndex === index && 'bg-indigo-50',
                  itemDisabled && 'cursor-not-allowed text-slate-400',
                  selectedItem !== null && itemKey(selectedItem) === itemKey(item) && 'font-medium text-indigo-800',
                )}
              >
                <span className="block truncate">{itemLabel(item)}</span>
                {itemDetail && <span className="block truncate text-xs text-slate-500">{itemDetail(item)}</span>}
              </li>
            );
          })}
      </ul>
    </div>
  );
}
